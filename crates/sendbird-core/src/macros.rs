//! Declaration macros used by the product crates.

/// Declares a family of endpoints and its registry.
///
/// Each endpoint is one block: the struct's docs, its operation name (from the catalog),
/// method and path template, response type, an optional page-token field and idempotency
/// override, then `required { .. }` and `optional { .. }` parameters. A parameter is
/// `<place> <name> [as "wire_name"]: Type`, with place one of `path`, `query`, `body`,
/// `file`. The macro generates:
///
/// - the struct (`#[non_exhaustive]`, public fields, `Debug + Clone + PartialEq`), a `new`
///   taking the required parameters and one setter per optional parameter;
/// - the [`Endpoint`](crate::Endpoint) impl (and [`Paginated`](crate::Paginated) with
///   `paginate: field`);
/// - `INFO`, the registry entry, and the family constant listing every entry;
/// - the same setters on the family's pending-request type (see [`define_pending!`](crate::define_pending)).
///
/// A body is JSON; when a `file` parameter is set it becomes `multipart/form-data`.
///
/// ```
/// use sendbird_core::{Endpoint, Empty};
///
/// sendbird_core::define_pending! {
///     /// A request bound to a client.
///     pub struct Pending;
/// }
///
/// sendbird_core::endpoints! {
///     registry: pub const USER_ENDPOINTS;
///     pending: Pending;
///
///     /// Deletes a user.
///     pub struct DeleteUser {
///         operation: "delete_user",
///         request: DELETE "/users/{user_id}",
///         response: Empty,
///         required {
///             /// The user to delete.
///             path user_id: String,
///         }
///         optional {}
///     }
/// }
///
/// let request = DeleteUser::new("a/b").to_request()?;
/// assert_eq!(request.raw_path(), "/users/a/b");
/// assert_eq!(USER_ENDPOINTS[0].meta.operation, "delete_user");
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
#[macro_export]
macro_rules! endpoints {
    (
        registry: $rvis:vis const $registry:ident;
        pending: $pending:ident;
        $(
            $(#[$smeta:meta])*
            $vis:vis struct $name:ident { $($body:tt)* }
        )*
    ) => {
        $(
            $crate::endpoints!(@one [$pending] [$(#[$smeta])*] $vis $name { $($body)* });
        )*

        /// Every endpoint of this family, for coverage checks and `cargo xtask decode`.
        $rvis const $registry: &[$crate::EndpointInfo] = &[$($name::INFO),*];
    };

    (@one [$pending:ident] [$(#[$smeta:meta])*] $vis:vis $name:ident {
        operation: $op:literal,
        request: $method:ident $path:literal,
        response: $resp:ty,
        $(paginate: $page_field:ident,)?
        $(idempotent: $idem:literal,)?
        required {
            $( $(#[$rmeta:meta])* $rplace:ident $rname:ident $(as $rwire:literal)? : $rty:ty ),* $(,)?
        }
        optional {
            $( $(#[$ometa:meta])* $oplace:ident $oname:ident $(as $owire:literal)? : $oty:ty ),* $(,)?
        }
    }) => {
        $(#[$smeta])*
        ///
        #[doc = concat!("`", stringify!($method), " ", $path, "` (operation `", $op, "`).")]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        $vis struct $name {
            $( $(#[$rmeta])* pub $rname: $rty, )*
            $( $(#[$ometa])* pub $oname: ::core::option::Option<$oty>, )*
        }

        impl $name {
            /// Creates the request from its required parameters.
            #[allow(clippy::new_without_default, clippy::too_many_arguments)]
            pub fn new($($rname: impl $crate::IntoParam<$rty>),*) -> Self {
                Self {
                    $( $rname: $crate::IntoParam::into_param($rname), )*
                    $( $oname: ::core::option::Option::None, )*
                }
            }

            $(
                $(#[$ometa])*
                pub fn $oname(mut self, value: impl $crate::IntoParam<$oty>) -> Self {
                    self.$oname = ::core::option::Option::Some($crate::IntoParam::into_param(value));
                    self
                }
            )*

            const HAS_BODY: bool = false
                $( || $crate::endpoints!(@has_body $rplace) )*
                $( || $crate::endpoints!(@has_body $oplace) )*;

            const HAS_FILE: bool = false
                $( || $crate::endpoints!(@has_file $rplace) )*
                $( || $crate::endpoints!(@has_file $oplace) )*;

            /// This endpoint's registry entry.
            pub const INFO: $crate::EndpointInfo = $crate::EndpointInfo::new(
                <Self as $crate::Endpoint>::META,
                if Self::HAS_FILE {
                    $crate::BodyKind::Multipart
                } else if Self::HAS_BODY {
                    $crate::BodyKind::Json
                } else {
                    $crate::BodyKind::None
                },
                $crate::endpoints!(@present $($page_field)?),
                stringify!($name),
                $crate::check_response::<$resp>,
                if Self::HAS_BODY { ::core::option::Option::Some(Self::check_request_body) } else { ::core::option::Option::None },
            );

            fn check_request_body(body: &$crate::bytes::Bytes) -> ::core::result::Result<(), $crate::DecodeError> {
                #[allow(unused_mut)]
                let mut checker = $crate::BodyChecker::new(stringify!($name), body)?;
                $( $crate::endpoints!(@check $rplace required checker, $rty, $crate::endpoints!(@wire $rname $($rwire)?)); )*
                $( $crate::endpoints!(@check $oplace optional checker, $oty, $crate::endpoints!(@wire $oname $($owire)?)); )*
                checker.finish()
            }
        }

        impl<'a> $pending<'a, $name> {
            $(
                $(#[$ometa])*
                pub fn $oname(mut self, value: impl $crate::IntoParam<$oty>) -> Self {
                    self.endpoint.$oname = ::core::option::Option::Some($crate::IntoParam::into_param(value));
                    self
                }
            )*
        }

        impl $crate::Endpoint for $name {
            type Response = $resp;

            const META: $crate::EndpointMeta = $crate::EndpointMeta::new(
                $op,
                $crate::http::Method::$method,
                $path,
                $crate::endpoints!(@idempotent [$($idem)?] $method),
            );

            #[allow(unused_variables)]
            fn path_arg(&self, name: &str) -> ::core::option::Option<::std::borrow::Cow<'_, str>> {
                $( $crate::endpoints!(@path_arg $rplace name, &self.$rname, $crate::endpoints!(@wire $rname $($rwire)?)); )*
                ::core::option::Option::None
            }

            #[allow(unused_variables)]
            fn query(&self, query: &mut $crate::Query) {
                $( $crate::endpoints!(@query $rplace query, &self.$rname, $crate::endpoints!(@wire $rname $($rwire)?)); )*
                $( $crate::endpoints!(@query $oplace query, &self.$oname, $crate::endpoints!(@wire $oname $($owire)?)); )*
            }

            fn body(&self) -> ::core::result::Result<$crate::RequestBody, $crate::BuildError> {
                if !Self::HAS_BODY {
                    return ::core::result::Result::Ok($crate::RequestBody::Empty);
                }
                #[allow(unused_mut)]
                let mut body = $crate::BodyBuilder::new();
                $( $crate::endpoints!(@body $rplace body, &self.$rname, $crate::endpoints!(@wire $rname $($rwire)?)); )*
                $( $crate::endpoints!(@body $oplace body, &self.$oname, $crate::endpoints!(@wire $oname $($owire)?)); )*
                ::core::result::Result::Ok(body.finish())
            }
        }

        $(
            impl $crate::Paginated for $name {
                fn set_page_token(&mut self, token: ::core::option::Option<::std::string::String>) {
                    self.$page_field = token;
                }
            }
        )?
    };

    (@wire $name:ident) => { stringify!($name) };
    (@wire $name:ident $wire:literal) => { $wire };

    (@present) => { false };
    (@present $field:ident) => { true };

    (@idempotent [$idem:literal] $method:ident) => { $idem };
    (@idempotent [] POST) => { false };
    (@idempotent [] PATCH) => { false };
    (@idempotent [] $method:ident) => { true };

    (@has_body body) => { true };
    (@has_body file) => { true };
    (@has_body $place:ident) => { false };

    (@has_file file) => { true };
    (@has_file $place:ident) => { false };

    (@path_arg path $name:ident, $value:expr, $wire:expr) => {
        if $name == $wire {
            return ::core::option::Option::Some($crate::PathParam::to_path_segment($value));
        }
    };
    (@path_arg $place:ident $($rest:tt)*) => {};

    (@query query $query:ident, $value:expr, $wire:expr) => {
        $crate::QueryParam::push_query($value, $wire, $query);
    };
    (@query $place:ident $($rest:tt)*) => {};

    (@body body $body:ident, $value:expr, $wire:expr) => {
        $body.field($wire, $value)?;
    };
    (@body file $body:ident, $value:expr, $wire:expr) => {
        $body.file($wire, $value);
    };
    (@body $place:ident $($rest:tt)*) => {};

    (@check body $req:ident $checker:ident, $ty:ty, $wire:expr) => {
        $checker.$req::<$ty>($wire)?;
    };
    (@check file $req:ident $checker:ident, $ty:ty, $wire:expr) => {
        $checker.file($wire)?;
    };
    (@check $place:ident $($rest:tt)*) => {};
}

/// Defines a product crate's pending-request type: an endpoint bound to a
/// [`Client`](crate::Client), sent when awaited, streamed when paginated.
///
/// [`endpoints!`] adds each endpoint's optional-parameter setters to it, so
/// `chat.users().list().limit(50).stream()` and `chat.users().get("id").await` both work.
#[macro_export]
macro_rules! define_pending {
    ($(#[$meta:meta])* $vis:vis struct $name:ident;) => {
        $(#[$meta])*
        #[must_use = "a pending request does nothing until awaited or streamed"]
        #[derive(Debug, Clone)]
        $vis struct $name<'a, E> {
            client: &'a $crate::Client,
            /// The endpoint that will be sent.
            pub endpoint: E,
        }

        impl<'a, E> $name<'a, E> {
            /// Binds `endpoint` to `client`.
            pub fn new(client: &'a $crate::Client, endpoint: E) -> Self {
                Self { client, endpoint }
            }

            /// The endpoint, without sending it.
            pub fn into_endpoint(self) -> E {
                self.endpoint
            }

            /// Changes the endpoint with any of its setters.
            pub fn map(mut self, change: impl FnOnce(E) -> E) -> Self {
                self.endpoint = change(self.endpoint);
                self
            }
        }

        impl<'a, E> ::core::future::IntoFuture for $name<'a, E>
        where
            E: $crate::Endpoint + Send + Sync + 'a,
            E::Response: Send + 'a,
        {
            type Output = ::core::result::Result<E::Response, $crate::Error>;
            type IntoFuture = $crate::BoxFuture<'a, Self::Output>;

            fn into_future(self) -> Self::IntoFuture {
                ::std::boxed::Box::pin(async move { self.client.send(&self.endpoint).await })
            }
        }

        impl<'a, E> $name<'a, E>
        where
            E: $crate::Paginated + Send + Sync + 'static,
            E::Response: $crate::PageResponse + Send + 'static,
            <E::Response as $crate::PageResponse>::Item: Send + 'static,
        {
            /// Every item of every page, fetched page by page as the stream is polled.
            pub fn stream(
                self,
            ) -> impl $crate::futures_util::Stream<
                Item = ::core::result::Result<<E::Response as $crate::PageResponse>::Item, $crate::Error>,
            > + Send
                   + 'static {
                self.client.paginate(self.endpoint)
            }

            /// Every page, fetched as the stream is polled.
            pub fn pages(
                self,
            ) -> impl $crate::futures_util::Stream<
                Item = ::core::result::Result<$crate::Page<<E::Response as $crate::PageResponse>::Item>, $crate::Error>,
            > + Send
                   + 'static {
                self.client.pages(self.endpoint)
            }
        }
    };
}

/// Declares a string enum that decodes unknown (and empty) values into `Unknown(String)`.
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
/// let parsed: ChannelType = serde_json::from_str("\"group_channels\"")?;
/// assert_eq!(parsed, ChannelType::Group);
/// let unknown: ChannelType = serde_json::from_str("\"\"")?;
/// assert_eq!(unknown, ChannelType::Unknown(String::new()));
/// assert_eq!(ChannelType::Open.as_str(), "open_channels");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[macro_export]
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal ),* $(,)?
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
                    $( $name::$variant => $value, )*
                    $name::Unknown(other) => other.as_str(),
                }
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $value => $name::$variant, )*
                    other => $name::Unknown(other.to_owned()),
                }
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
