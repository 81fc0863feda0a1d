//! The shape every token-paged Chat list response shares.

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
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[non_exhaustive]
        pub struct $name {
            $(#[$items_meta])*
            #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
            pub $items: Vec<$item>,
            /// The token of the next page; empty on the last page.
            #[serde(default)]
            pub next: Option<String>,
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        sendbird_core::page_response!($name, $items: $item);
    };
}
