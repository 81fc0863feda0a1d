/// Declares a string enum that decodes unknown (and empty) values into `Unknown(String)`.
///
/// A variant's wire value is the `snake_case` of its name (`MentionOnly` is `mention_only`,
/// computed at compile time), unless the declaration spells it out: `Fcm = "gcm"`.
///
/// ```
/// sendbird_core::string_enum! {
///     /// A channel's kind.
///     pub enum ChannelType {
///         /// Open channel.
///         Open = "open_channels",
///         /// Group channel.
///         Group = "group_channels",
///     }
/// }
///
/// sendbird_core::string_enum! {
///     /// Who may see a message.
///     pub enum Audience {
///         /// Everybody.
///         Everyone,
///         /// Only the channel's operators.
///         OperatorsOnly,
///     }
/// }
///
/// let parsed: ChannelType = serde_json::from_str("\"group_channels\"")?;
/// assert_eq!(parsed, ChannelType::Group);
/// let unknown: ChannelType = serde_json::from_str("\"\"")?;
/// assert_eq!(unknown, ChannelType::Unknown(String::new()));
/// assert_eq!(ChannelType::Open.as_str(), "open_channels");
/// assert_eq!(Audience::OperatorsOnly.as_str(), "operators_only");
/// assert_eq!(Audience::from("operators_only"), Audience::OperatorsOnly);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[macro_export]
macro_rules! string_enum {
    (@wire $variant:ident $value:literal) => { $value };
    (@wire $variant:ident) => {{
        const NAME: $crate::__private::WireName =
            $crate::__private::WireName::snake_case(::core::stringify!($variant));
        const WIRE: &str = NAME.as_str();
        WIRE
    }};
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $(= $value:literal)? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of the SDK does not know (kept verbatim, may be empty).
            Unknown(::std::string::String),
        }

        impl $name {
            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $crate::string_enum!(@wire $variant $($value)?), )*
                    $name::Unknown(other) => other.as_str(),
                }
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                $(
                    if value == $crate::string_enum!(@wire $variant $($value)?) {
                        return $name::$variant;
                    }
                )*
                $name::Unknown(value.to_owned())
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(Self::from(value))
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let value = <::std::borrow::Cow<'de, str> as $crate::serde::Deserialize>::deserialize(deserializer)?;
                ::core::result::Result::Ok(Self::from(value.as_ref()))
            }
        }

        impl $crate::QueryParam for $name {
            fn push_query(&self, key: &'static str, query: &mut $crate::Query) {
                query.push(key, self.as_str());
            }
        }

        impl $crate::PathParam for $name {
            fn to_path_segment(&self) -> ::std::borrow::Cow<'_, str> {
                ::std::borrow::Cow::Borrowed(self.as_str())
            }
        }

        impl $crate::IntoParam<$name> for &str {
            fn into_param(self) -> $name {
                $name::from(self)
            }
        }

        impl $crate::IntoParam<$crate::CommaList<$name>> for $name {
            fn into_param(self) -> $crate::CommaList<$name> {
                $crate::CommaList::from([self])
            }
        }
    };
}

/// Implements [`PageResponse`](crate::PageResponse) for a list response:
/// `page_response!(ListUsersResponse, users: User)` (Chat: `next`), or
/// `page_response!(ListRoomsResponse, rooms: Room, prev)` (also `prev`).
#[macro_export]
macro_rules! page_response {
    ($name:ty, $items:ident : $item:ty) => {
        impl $crate::PageResponse for $name {
            type Item = $item;
            fn into_page(self) -> $crate::Page<$item> {
                $crate::Page::new(self.$items, self.next, ::core::option::Option::None)
            }
        }
    };
    ($name:ty, $items:ident : $item:ty, prev) => {
        impl $crate::PageResponse for $name {
            type Item = $item;
            fn into_page(self) -> $crate::Page<$item> {
                $crate::Page::new(self.$items, self.next, self.prev)
            }
        }
    };
}

/// Declares a product's table of known error codes: an enum with `from_code`, `code`, and,
/// when the product sends a `type` with its codes (Calls, Live), `error_type` and
/// `from_error_type`.
///
/// With a type on every code, `error_type()` returns `&'static str`; with types on some
/// codes, `Option<&'static str>`; with none, there is no `error_type()`.
///
/// ```
/// sendbird_core::error_codes! {
///     /// A known error code.
///     pub enum ExampleErrorCode {
///         /// Not found.
///         NotFound = 400200, "NOT_FOUND";
///         /// Rate limited.
///         RateLimitExceeded = 429100, "RATE_LIMIT_EXCEEDED";
///     }
/// }
///
/// assert_eq!(ExampleErrorCode::from_code(400200), Some(ExampleErrorCode::NotFound));
/// assert_eq!(ExampleErrorCode::NotFound.error_type(), "NOT_FOUND");
/// assert_eq!(ExampleErrorCode::from_error_type("RATE_LIMIT_EXCEEDED").map(|c| c.code()), Some(429100));
/// ```
#[macro_export]
macro_rules! error_codes {
    // Every code has a type.
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$doc:meta])* $variant:ident = $code:literal, $kind:literal; )*
        }
    ) => {
        $crate::error_codes!(@enum [$(#[$meta])*] $vis $name { $( [$(#[$doc])*] $variant = $code; )* });

        impl $name {
            /// The `type` Sendbird sends with the code, e.g. `NOT_FOUND`.
            pub fn error_type(self) -> &'static str {
                match self {
                    $( Self::$variant => $kind, )*
                }
            }

            /// The code for an envelope `type`, for errors that carry no numeric code.
            pub fn from_error_type(error_type: &str) -> ::core::option::Option<Self> {
                match error_type {
                    $( $kind => ::core::option::Option::Some(Self::$variant), )*
                    _ => ::core::option::Option::None,
                }
            }
        }
    };
    // No code has a type.
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$doc:meta])* $variant:ident = $code:literal; )*
        }
    ) => {
        $crate::error_codes!(@enum [$(#[$meta])*] $vis $name { $( [$(#[$doc])*] $variant = $code; )* });
    };
    // Some codes have a type.
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$doc:meta])* $variant:ident = $code:literal $(, $kind:literal)?; )*
        }
    ) => {
        $crate::error_codes!(@enum [$(#[$meta])*] $vis $name { $( [$(#[$doc])*] $variant = $code; )* });

        impl $name {
            /// The envelope's `type` that goes with this code, where documented
            /// (e.g. `NOT_FOUND`).
            pub fn error_type(self) -> ::core::option::Option<&'static str> {
                match self {
                    $( Self::$variant => $crate::error_codes!(@kind $($kind)?), )*
                }
            }

            /// The code for an envelope `type`, for errors that carry no numeric code.
            pub fn from_error_type(error_type: &str) -> ::core::option::Option<Self> {
                [$( Self::$variant, )*]
                    .into_iter()
                    .find(|code| code.error_type() == ::core::option::Option::Some(error_type))
            }
        }
    };

    (@kind) => { ::core::option::Option::None };
    (@kind $kind:literal) => { ::core::option::Option::Some($kind) };

    (@enum [$(#[$meta:meta])*] $vis:vis $name:ident { $( [$(#[$doc:meta])*] $variant:ident = $code:literal; )* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$doc])* $variant, )*
        }

        impl $name {
            /// The code for a number, if it is a known code.
            pub fn from_code(code: u32) -> ::core::option::Option<Self> {
                match code {
                    $( $code => ::core::option::Option::Some(Self::$variant), )*
                    _ => ::core::option::Option::None,
                }
            }

            /// The number.
            pub fn code(self) -> u32 {
                match self {
                    $( Self::$variant => $code, )*
                }
            }
        }
    };
}

/// Declares a product's extension trait on [`Error`](crate::Error): a method that looks up
/// the product's code of an API error (an enum from [`error_codes!`](crate::error_codes)),
/// and predicates that are `true` for some of its codes.
///
/// The lookup reads the numeric `code` (`by code`), or failing that the envelope's `type`
/// (`by code or type`, for a table with `from_error_type`).
///
/// ```
/// use sendbird_core::{ApiError, Error};
///
/// sendbird_core::error_codes! {
///     /// A known error code.
///     pub enum ExampleErrorCode {
///         /// Not found.
///         NotFound = 400200, "NOT_FOUND";
///         /// Gone.
///         Gone = 400210, "GONE";
///     }
/// }
///
/// sendbird_core::error_code_ext! {
///     /// Example views of an [`Error`].
///     pub trait ExampleErrorExt {
///         /// The known code of an API error.
///         fn example_code -> ExampleErrorCode, by code or type;
///         /// `true` for 400200 and 400210.
///         fn is_not_found: NotFound | Gone;
///     }
/// }
///
/// let body = bytes::Bytes::from_static(br#"{"type":"GONE","message":"gone"}"#);
/// let status = http::StatusCode::BAD_REQUEST;
/// let err = Error::from(ApiError::from_response(status, &http::HeaderMap::new(), body));
/// assert_eq!(err.example_code(), Some(ExampleErrorCode::Gone));
/// assert!(err.is_not_found());
/// ```
#[macro_export]
macro_rules! error_code_ext {
    (
        $(#[$meta:meta])*
        $vis:vis trait $trait:ident {
            $(#[$lookup_meta:meta])*
            fn $lookup:ident -> $code:ident, by code $(or $by_type:tt)?;
            $(
                $(#[$pred_meta:meta])*
                fn $pred:ident: $($variant:ident)|+;
            )*
        }
    ) => {
        $(#[$meta])*
        $vis trait $trait {
            $(#[$lookup_meta])*
            fn $lookup(&self) -> ::core::option::Option<$code>;

            $(
                $(#[$pred_meta])*
                fn $pred(&self) -> bool {
                    ::core::matches!(
                        self.$lookup(),
                        ::core::option::Option::Some($($code::$variant)|+)
                    )
                }
            )*
        }

        impl $trait for $crate::Error {
            fn $lookup(&self) -> ::core::option::Option<$code> {
                $crate::error_code_ext!(@lookup self $code $($by_type)?)
            }
        }
    };

    (@lookup $this:ident $code:ident) => {
        $this.code().and_then($code::from_code)
    };
    (@lookup $this:ident $code:ident type) => {{
        let api = $this.as_api()?;
        match api.code {
            ::core::option::Option::Some(code) => $code::from_code(code),
            ::core::option::Option::None => {
                api.error_type.as_deref().and_then($code::from_error_type)
            }
        }
    }};
}

/// Declares a token-paged list response (`Debug, Clone, PartialEq, Serialize, Deserialize`,
/// `#[non_exhaustive]`) and its [`PageResponse`](crate::PageResponse) impl: the page's items
/// (a list that may be null, decoded as empty), the `next` token, with `with prev` also the
/// `prev` token, then the model's own fields. The product crate derives with its own `serde`.
///
/// ```
/// use sendbird_core::PageResponse;
///
/// sendbird_core::list_page! {
///     /// A page of names.
///     pub struct ListNamesResponse with prev {
///         /// The names of this page.
///         names: Vec<String>,
///     }
/// }
///
/// let page: ListNamesResponse = serde_json::from_str(r#"{"names": null, "next": "n2"}"#)?;
/// assert!(page.names.is_empty() && page.prev.is_none());
/// assert_eq!(page.into_page().next.as_deref(), Some("n2"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[macro_export]
macro_rules! list_page {
    (
        $(#[$meta:meta])*
        pub struct $name:ident $(with $prev:ident)? {
            $(#[$items_meta:meta])*
            $items:ident: Vec<$item:ty>,
            $($own:tt)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #[non_exhaustive]
        pub struct $name {
            $(#[$items_meta])*
            #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
            pub $items: ::std::vec::Vec<$item>,
            /// The token of the next page; empty, `null` or absent on the last page.
            #[serde(default)]
            pub next: ::core::option::Option<::std::string::String>,
            $(
                /// The token of the previous page; empty, `null` or absent on the first page.
                #[serde(default)]
                pub $prev: ::core::option::Option<::std::string::String>,
            )?
            $($own)*
        }

        $crate::page_response!($name, $items: $item $(, $prev)?);
    };
}
