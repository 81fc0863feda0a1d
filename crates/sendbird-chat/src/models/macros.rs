//! The macros that stamp response models: [`model_with_fields!`] (shared leading fields
//! written into each struct, instead of `#[serde(flatten)]`, which is slow), the channel
//! head `channel_model!`, the token-paged `list_response!`, and the request builders'
//! `option_setters!`.

/// Declares a response model (`Debug, Clone, PartialEq, Serialize, Deserialize`,
/// `#[non_exhaustive]`) whose fields are the bracketed shared fields (if any) followed by the
/// model's own; with `then [..]`, the shared fields follow the model's own. The family macros
/// (`user_model!`, `channel_settings!`, `channel_summary_model!`, `text_message!`) pass their
/// shared fields through it.
macro_rules! model_with_fields {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($own:tt)* }
    ) => {
        model_with_fields! { [] $(#[$meta])* pub struct $name { $($own)* } }
    };
    (
        then [ $($trailing:tt)* ]
        $(#[$meta:meta])*
        pub struct $name:ident { $($own:tt)* }
    ) => {
        model_with_fields! { [] $(#[$meta])* pub struct $name { $($own)* $($trailing)* } }
    };
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

/// Declares a token-paged list response: Sendbird core's
/// [`list_page!`](sendbird_core::list_page) (the page's items, a list that may be null,
/// decoded as empty; the `next` token; the model's own fields; the
/// [`PageResponse`](sendbird_core::PageResponse) impl).
///
/// ```text
/// list_response! {
///     /// The response of [`ListBots`](super::ListBots).
///     pub struct ListBotsResponse {
///         /// The bots of this page.
///         bots: Vec<Bot>,
///     }
/// }
/// ```
macro_rules! list_response {
    ($($model:tt)*) => {
        sendbird_core::list_page! { $($model)* }
    };
}

/// Declares a channel-like response model: its `channel_url` field as the model writes it
/// (required on full channels, defaulted on summaries), then the head every channel shape
/// shares (`name`, `cover_url`, `custom_type`, `data`), then the model's own fields.
macro_rules! channel_model {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(#[$url_meta:meta])*
            pub channel_url: $url_ty:ty,
            $($own:tt)*
        }
    ) => {
        model_with_fields! {
            [
                $(#[$url_meta])*
                pub channel_url: $url_ty,
                /// The name (the channel topic).
                #[serde(default)]
                pub name: Option<String>,
                /// The cover image URL.
                #[serde(default)]
                pub cover_url: Option<String>,
                /// The custom channel type (may be empty).
                #[serde(default)]
                pub custom_type: Option<String>,
                /// Free-form channel data (often JSON text; may be empty).
                #[serde(default)]
                pub data: Option<String>,
            ]
            $(#[$meta])*
            pub struct $name { $($own)* }
        }
    };
}

/// Writes a request builder's setters of `Option` fields: `field: into T` takes
/// `impl Into<T>`, `field: value T` takes a `T`, `field: list T` takes any iterable of
/// `Into<T>` items (collected into the field's `Vec`); each sets `Some(..)` and returns the
/// builder.
macro_rules! option_setters {
    (
        impl $ty:ty {
            $( $(#[$meta:meta])* $field:ident : $kind:ident $arg:ty, )*
        }
    ) => {
        impl $ty {
            $( option_setters!(@setter [$(#[$meta])*] $field $kind $arg); )*
        }
    };
    (@setter [$(#[$meta:meta])*] $field:ident into $arg:ty) => {
        $(#[$meta])*
        pub fn $field(mut self, $field: impl Into<$arg>) -> Self {
            self.$field = Some($field.into());
            self
        }
    };
    (@setter [$(#[$meta:meta])*] $field:ident list $arg:ty) => {
        $(#[$meta])*
        pub fn $field<I, S>(mut self, $field: I) -> Self
        where
            I: IntoIterator<Item = S>,
            S: Into<$arg>,
        {
            self.$field = Some($field.into_iter().map(Into::into).collect());
            self
        }
    };
    (@setter [$(#[$meta:meta])*] $field:ident value $arg:ty) => {
        $(#[$meta])*
        pub fn $field(mut self, $field: $arg) -> Self {
            self.$field = Some($field);
            self
        }
    };
}
