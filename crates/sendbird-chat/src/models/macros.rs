//! The macros that stamp response models: [`model_with_fields!`] (shared leading fields
//! written into each struct, instead of `#[serde(flatten)]`, which is slow) and the
//! token-paged `list_response!`.

/// Declares a response model (`Debug, Clone, PartialEq, Serialize, Deserialize`,
/// `#[non_exhaustive]`) whose fields are the bracketed shared fields followed by the model's
/// own. The family macros (`user_model!`, `channel_settings!`, `channel_summary_model!`) pass
/// their shared fields through it.
macro_rules! model_with_fields {
    (
        [ $($shared:tt)* ]
        $(#[$meta:meta])*
        pub struct $name:ident { $($own:tt)* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[non_exhaustive]
        pub struct $name {
            $($shared)*
            $($own)*
        }
    };
}

/// Declares a token-paged list response: the page's items (a list that may be null, decoded
/// as empty), the model's own fields, and the `next` token, with its
/// [`PageResponse`](sendbird_core::PageResponse) impl.
///
/// ```ignore
/// list_response! {
///     /// The response of [`ListBots`](super::ListBots).
///     pub struct ListBotsResponse {
///         /// The bots of this page.
///         bots: Vec<Bot>,
///     }
/// }
/// ```
macro_rules! list_response {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(#[$items_meta:meta])*
            $items:ident: Vec<$item:ty>,
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty, )*
        }
    ) => {
        model_with_fields! {
            [
                $(#[$items_meta])*
                #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
                pub $items: Vec<$item>,
                /// The token of the next page; empty on the last page.
                #[serde(default)]
                pub next: Option<String>,
            ]
            $(#[$meta])*
            pub struct $name { $( $(#[$fmeta])* pub $field: $ty, )* }
        }

        sendbird_core::page_response!($name, $items: $item);
    };
}
