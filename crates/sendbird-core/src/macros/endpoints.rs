/// Declares a family of endpoints: the endpoint structs, their registry, the family handle
/// with one entry-point method per endpoint, and its accessor on the product client.
///
/// An invocation names the registry constant, the product client and its pending-request
/// type (both from [`product!`](crate::product)), then one or more groups:
///
/// - `family Name = accessor(<bound parameters>) { <endpoints> }` declares the handle
///   `Name<'a>` and `client.accessor(..)`. Bound parameters (e.g. the `channel_type` and
///   `channel_url` of `chat.messages(type, url)`) are declared once here: every endpoint of
///   the group gets them as its first fields and takes them from the handle.
/// - `client { <endpoints> }` puts the entry points on the product client itself.
///
/// Each endpoint is one block: its docs, an optional entry point `fn name ->` (or
/// `fn name(extra: Type, ..) ->` to also take optional parameters as arguments), and
/// `pub struct Name { .. }` with:
///
/// - `operation`: the catalog operation name; `request`: the catalog method and path;
/// - `idempotent: yes | no | by_mode(|this: &Self| ..)`: may the request be repeated once it
///   may have reached the server? Decided from what the operation does (creates, sends,
///   increments, appends: `no`) and checked against the catalog by `cargo xtask coverage`;
///   `by_mode` decides per request;
/// - `response`: the decoded type;
/// - `paginate: token, limit "Users per page, 1–100 (default 10).",` for token-paged lists:
///   `token` names the query parameter that carries the page token (the field
///   [`Paginated`](crate::Paginated) sets), and the macro declares it (`String`) and `limit`
///   (`u32`, documented by the string) as the first optional query parameters, in that order.
///   `paginate: next, prev "..", limit "..",` also declares the backward token `prev`
///   (`String`, documented by its string) between them; it is sent, never followed by streams;
///   `paginate: token,` alone pages through a `token` declared by hand, for lists whose wire
///   order puts other parameters first or that have no `limit`;
/// - `required { .. }` and `optional { .. }` (each may be left out): parameters
///   `<place> <name> [as "wire_name"]: Type` with place `path`, `query`, `body` or `file`,
///   and `..group` for the parameters of a [`param_group!`](crate::param_group), which stand
///   there in their order.
///
/// The macro generates the `#[non_exhaustive]` struct (public fields, `new` taking the bound
/// and required parameters, a setter per optional one), its [`Endpoint`](crate::Endpoint)
/// impl (and [`Paginated`](crate::Paginated)), the registry entry `INFO`, the setters on the
/// pending type, and the entry point. A body is JSON; it becomes `multipart/form-data` when a
/// `file` parameter is set.
///
/// ```
/// use sendbird_core::{Empty, Endpoint};
///
/// sendbird_core::product! {
///     /// A client.
///     pub struct ExampleClient;
///     base_url: "https://api-{app_id}.sendbird.com/v3";
///     /// A request bound to a client.
///     pub struct Pending;
/// }
///
/// /// A page of user ids.
/// #[derive(serde::Deserialize)]
/// pub struct ListUsersResponse {
///     users: Vec<String>,
///     next: Option<String>,
/// }
/// sendbird_core::page_response!(ListUsersResponse, users: String);
///
/// sendbird_core::endpoints! {
///     /// The users family.
///     registry: pub const USER_ENDPOINTS;
///     client: ExampleClient;
///     pending: Pending;
///
///     /// Users: `client.users()`.
///     family Users = users() {
///         /// Lists the users, a page at a time.
///         fn list -> pub struct ListUsers {
///             operation: "list_users",
///             request: GET "/users",
///             idempotent: yes,
///             response: ListUsersResponse,
///             paginate: token, limit "Users per page, 1–100 (default 10).",
///             optional {
///                 /// Only users whose nickname starts with this.
///                 query nickname_startswith: String,
///             }
///         }
///
///         /// Deletes a user.
///         fn delete -> pub struct DeleteUser {
///             operation: "delete_user",
///             request: DELETE "/users/{user_id}",
///             idempotent: yes,
///             response: Empty,
///             required {
///                 /// The user to delete.
///                 path user_id: String,
///             }
///         }
///     }
/// }
///
/// let client = ExampleClient::builder().app_id("APP").api_token("token").build()?;
/// let pending = client.users().delete("a/b");
/// assert_eq!(pending.endpoint.to_request()?.raw_path(), "/users/a/b");
/// assert_eq!(USER_ENDPOINTS[1].meta.operation, "delete_user");
///
/// // The paging clause declared `token` and `limit`, sent before the other parameters.
/// let list = client.users().list().nickname_startswith("a").limit(5u32).token("t1");
/// let query: Vec<_> = list.endpoint.to_request()?.query.iter().map(|(k, _)| k.to_owned()).collect();
/// assert_eq!(query, ["token", "limit", "nickname_startswith"]);
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
#[macro_export]
macro_rules! endpoints {
    (
        $(#[$rmeta:meta])*
        registry: $rvis:vis const $registry:ident;
        client: $client:ty;
        pending: $pending:ident;
        $($groups:tt)*
    ) => {
        $crate::endpoints!(@groups [[$(#[$rmeta])*] $rvis $registry] [$client] [$pending] [] $($groups)*);
    };

    // All groups done: the registry.
    (@groups [[$(#[$rmeta:meta])*] $rvis:vis $registry:ident] [$client:ty] [$pending:ident] [$($names:ident)*]) => {
        $(#[$rmeta])*
        $rvis const $registry: &[$crate::EndpointInfo] = &[$($names::INFO),*];
    };

    // A family handle with its bound parameters.
    (@groups $reg:tt [$client:ty] [$pending:ident] [$($names:ident)*]
        $(#[$fmeta:meta])*
        family $fam:ident = $acc:ident $bound:tt {
            $(
                $(#[$smeta:meta])*
                $(fn $entry:ident $(($($extra:tt)*))? ->)?
                pub struct $name:ident { $($body:tt)* }
            )*
        }
        $($rest:tt)*
    ) => {
        $crate::endpoints!(@handle [$client] [$(#[$fmeta])*] $fam $acc $bound);
        $(
            $crate::endpoints!(@one [$pending] [family $fam] $bound [$(#[$smeta])*]
                [$(fn $entry $(($($extra)*))?)?] $name { $($body)* });
        )*
        $crate::endpoints!(@groups $reg [$client] [$pending] [$($names)* $($name)*] $($rest)*);
    };

    // More endpoints on a handle declared elsewhere (in another module), restating its bound
    // parameters: the generated entry points reach the handle through its public getters.
    (@groups $reg:tt [$client:ty] [$pending:ident] [$($names:ident)*]
        extend $fam:ident $bound:tt {
            $(
                $(#[$smeta:meta])*
                $(fn $entry:ident $(($($extra:tt)*))? ->)?
                pub struct $name:ident { $($body:tt)* }
            )*
        }
        $($rest:tt)*
    ) => {
        $(
            $crate::endpoints!(@one [$pending] [family $fam] $bound [$(#[$smeta])*]
                [$(fn $entry $(($($extra)*))?)?] $name { $($body)* });
        )*
        $crate::endpoints!(@groups $reg [$client] [$pending] [$($names)* $($name)*] $($rest)*);
    };

    // Entry points on the product client itself.
    (@groups $reg:tt [$client:ty] [$pending:ident] [$($names:ident)*]
        client {
            $(
                $(#[$smeta:meta])*
                $(fn $entry:ident $(($($extra:tt)*))? ->)?
                pub struct $name:ident { $($body:tt)* }
            )*
        }
        $($rest:tt)*
    ) => {
        $(
            $crate::endpoints!(@one [$pending] [client $client] () [$(#[$smeta])*]
                [$(fn $entry $(($($extra)*))?)?] $name { $($body)* });
        )*
        $crate::endpoints!(@groups $reg [$client] [$pending] [$($names)* $($name)*] $($rest)*);
    };

    (@handle [$client:ty] [$(#[$fmeta:meta])*] $fam:ident $acc:ident (
        $( $(#[$bmeta:meta])* $bplace:ident $bname:ident $(as $bwire:literal)? : $bty:ty ),* $(,)?
    )) => {
        $(#[$fmeta])*
        #[derive(Debug, Clone)]
        pub struct $fam<'a> {
            client: &'a $client,
            $( $bname: $bty, )*
        }

        impl $client {
            $(#[$fmeta])*
            pub fn $acc(&self, $($bname: impl $crate::IntoParam<$bty>),*) -> $fam<'_> {
                $fam {
                    client: self,
                    $( $bname: $crate::IntoParam::into_param($bname), )*
                }
            }
        }

        impl<'a> $fam<'a> {
            /// The client this handle sends with.
            pub fn client(&self) -> &'a $client {
                self.client
            }

            $(
                $(#[$bmeta])*
                pub fn $bname(&self) -> &$bty {
                    &self.$bname
                }
            )*
        }
    };

    // A token-paged list whose paging clause gives the page size's docs: the page token (and
    // the backward token) and the page size become its first optional query parameters.
    (@one $pending:tt $handle:tt $bound:tt $smeta:tt $entry:tt $name:ident {
        operation: $op:literal,
        request: $method:ident $path:literal,
        idempotent: $idem:ident $(($idem_fn:expr))?,
        response: $resp:ty,
        paginate: $page_field:ident, $(prev $prev_doc:literal,)? limit $limit_doc:literal,
        $(required { $($required:tt)* })?
        $(optional { $($optional:tt)* })?
    }) => {
        $crate::endpoints!(@one $pending $handle $bound $smeta $entry $name {
            operation: $op,
            request: $method $path,
            idempotent: $idem $(($idem_fn))?,
            response: $resp,
            paginate: $page_field,
            $(required { $($required)* })?
            optional {
                /// The page token from the previous response's `next`.
                query $page_field: ::std::string::String,
                $(
                    #[doc = $prev_doc]
                    query prev: ::std::string::String,
                )?
                #[doc = $limit_doc]
                query limit: u32,
                $($($optional)*)?
            }
        });
    };

    // Any other endpoint: its parameter lists go through `@params`, which splices the named
    // groups (`..group`) in, then to `@emit`.
    (@one $pending:tt $handle:tt $bound:tt $smeta:tt $entry:tt $name:ident {
        operation: $op:literal,
        request: $method:ident $path:literal,
        idempotent: $idem:ident $(($idem_fn:expr))?,
        response: $resp:ty,
        $(paginate: $page_field:ident,)?
        $(required { $($required:tt)* })?
        $(optional { $($optional:tt)* })?
    }) => {
        $crate::endpoints!(@params [
            [$pending $handle $bound $smeta $entry $name]
            [
                operation: $op,
                request: $method $path,
                idempotent: $idem $(($idem_fn))?,
                response: $resp,
                $(paginate: $page_field,)?
            ]
            required [$($($optional)*)?]
        ] [] $($($required)*)?);
    };

    // `@params [context phase ..] [parameters done] parameters left`: a named group is
    // replaced by its parameters (its macro, from `param_group!`, calls back here with them).
    (@params $state:tt $done:tt , $($rest:tt)*) => {
        $crate::endpoints!(@params $state $done $($rest)*);
    };
    (@params $state:tt [$($done:tt)*] .. $group:ident $(, $($rest:tt)*)?) => {
        $group!($state [$($done)*] $($($rest)*)?);
    };
    (@params $state:tt [$($done:tt)*]
        $(#[$meta:meta])* $place:ident $pname:ident $(as $wire:literal)? : $ty:ty
        $(, $($rest:tt)*)?
    ) => {
        $crate::endpoints!(@params $state
            [$($done)* $(#[$meta])* $place $pname $(as $wire)? : $ty,] $($($rest)*)?);
    };
    // The required parameters are done: on to the optional ones.
    (@params [$pre:tt $head:tt required [$($optional:tt)*]] [$($done:tt)*]) => {
        $crate::endpoints!(@params [$pre $head optional [$($done)*]] [] $($optional)*);
    };
    // Both lists are done.
    (@params [[$($pre:tt)*] [$($head:tt)*] optional [$($required:tt)*]] [$($done:tt)*]) => {
        $crate::endpoints!(@emit $($pre)* {
            $($head)*
            required { $($required)* }
            optional { $($done)* }
        });
    };

    (@emit [$pending:ident] [$($handle:tt)*] (
            $( $(#[$bmeta:meta])* $bplace:ident $bname:ident $(as $bwire:literal)? : $bty:ty ),* $(,)?
        )
        [$(#[$smeta:meta])*] [$($entry:tt)*] $name:ident {
        operation: $op:literal,
        request: $method:ident $path:literal,
        idempotent: $idem:ident $(($idem_fn:expr))?,
        response: $resp:ty,
        $(paginate: $page_field:ident,)?
        $(required {
            $( $(#[$rmeta:meta])* $rplace:ident $rname:ident $(as $rwire:literal)? : $rty:ty ),* $(,)?
        })?
        $(optional {
            $( $(#[$ometa:meta])* $oplace:ident $oname:ident $(as $owire:literal)? : $oty:ty ),* $(,)?
        })?
    }) => {
        $(#[$smeta])*
        ///
        #[doc = concat!("`", stringify!($method), " ", $path, "` (operation `", $op, "`).")]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub struct $name {
            $( $(#[$bmeta])* pub $bname: $bty, )*
            $($( $(#[$rmeta])* pub $rname: $rty, )*)?
            $($( $(#[$ometa])* pub $oname: ::core::option::Option<$oty>, )*)?
        }

        impl $name {
            /// Creates the request from its required parameters.
            #[allow(clippy::new_without_default, clippy::too_many_arguments)]
            pub fn new(
                $($bname: impl $crate::IntoParam<$bty>,)*
                $($($rname: impl $crate::IntoParam<$rty>,)*)?
            ) -> Self {
                Self {
                    $( $bname: $crate::IntoParam::into_param($bname), )*
                    $($( $rname: $crate::IntoParam::into_param($rname), )*)?
                    $($( $oname: ::core::option::Option::None, )*)?
                }
            }

            $($(
                $(#[$ometa])*
                pub fn $oname(mut self, value: impl $crate::IntoParam<$oty>) -> Self {
                    self.$oname = ::core::option::Option::Some($crate::IntoParam::into_param(value));
                    self
                }
            )*)?

            const HAS_BODY: bool = false
                $( || $crate::endpoints!(@has_body $bplace) )*
                $($( || $crate::endpoints!(@has_body $rplace) )*)?
                $($( || $crate::endpoints!(@has_body $oplace) )*)?;

            const HAS_FILE: bool = false
                $($( || $crate::endpoints!(@has_file $rplace) )*)?
                $($( || $crate::endpoints!(@has_file $oplace) )*)?;

            /// This endpoint's registry entry.
            pub const INFO: $crate::EndpointInfo = $crate::__private::endpoint_info(
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
                $crate::__private::check_response::<$resp>,
                if Self::HAS_BODY {
                    ::core::option::Option::Some(Self::check_request_body)
                } else {
                    ::core::option::Option::None
                },
            );

            fn check_request_body(
                body: &$crate::bytes::Bytes,
            ) -> ::core::result::Result<(), $crate::DecodeError> {
                #[allow(unused_mut)]
                let mut checker = $crate::__private::BodyChecker::new(stringify!($name), body)?;
                $( $crate::endpoints!(@check $bplace required checker, $bty, $crate::endpoints!(@wire $bname $($bwire)?)); )*
                $($( $crate::endpoints!(@check $rplace required checker, $rty, $crate::endpoints!(@wire $rname $($rwire)?)); )*)?
                $($( $crate::endpoints!(@check $oplace optional checker, $oty, $crate::endpoints!(@wire $oname $($owire)?)); )*)?
                checker.finish()
            }
        }

        impl<'a> $pending<'a, $name> {
            $($(
                $(#[$ometa])*
                pub fn $oname(mut self, value: impl $crate::IntoParam<$oty>) -> Self {
                    self.endpoint.$oname =
                        ::core::option::Option::Some($crate::IntoParam::into_param(value));
                    self
                }
            )*)?
        }

        impl $crate::Endpoint for $name {
            type Response = $resp;

            const META: $crate::EndpointMeta = $crate::EndpointMeta::new(
                $op,
                $crate::http::Method::$method,
                $path,
                $crate::endpoints!(@idempotency $idem),
            );

            fn is_idempotent(&self) -> bool {
                $crate::endpoints!(@is_idempotent self $idem $(($idem_fn))?)
            }

            #[allow(unused_variables)]
            fn path_arg(&self, name: &str) -> ::core::option::Option<::std::borrow::Cow<'_, str>> {
                $( $crate::endpoints!(@path_arg $bplace name, &self.$bname, $crate::endpoints!(@wire $bname $($bwire)?)); )*
                $($( $crate::endpoints!(@path_arg $rplace name, &self.$rname, $crate::endpoints!(@wire $rname $($rwire)?)); )*)?
                ::core::option::Option::None
            }

            #[allow(unused_variables)]
            fn query(&self, query: &mut $crate::Query) {
                $( $crate::endpoints!(@query $bplace query, &self.$bname, $crate::endpoints!(@wire $bname $($bwire)?)); )*
                $($( $crate::endpoints!(@query $rplace query, &self.$rname, $crate::endpoints!(@wire $rname $($rwire)?)); )*)?
                $($( $crate::endpoints!(@query $oplace query, &self.$oname, $crate::endpoints!(@wire $oname $($owire)?)); )*)?
            }

            fn body(&self) -> ::core::result::Result<$crate::RequestBody, $crate::BuildError> {
                if !Self::HAS_BODY {
                    return ::core::result::Result::Ok($crate::RequestBody::Empty);
                }
                #[allow(unused_mut)]
                let mut body = $crate::__private::BodyBuilder::new();
                // Files first: the builder then knows whether it writes JSON or a form.
                $($( $crate::endpoints!(@file $rplace body, &self.$rname, $crate::endpoints!(@wire $rname $($rwire)?)); )*)?
                $($( $crate::endpoints!(@file $oplace body, &self.$oname, $crate::endpoints!(@wire $oname $($owire)?)); )*)?
                $( $crate::endpoints!(@body $bplace body, &self.$bname, $crate::endpoints!(@wire $bname $($bwire)?)); )*
                $($( $crate::endpoints!(@body $rplace body, &self.$rname, $crate::endpoints!(@wire $rname $($rwire)?)); )*)?
                $($( $crate::endpoints!(@body $oplace body, &self.$oname, $crate::endpoints!(@wire $oname $($owire)?)); )*)?
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

        $crate::endpoints!(@entry [$pending] [$($handle)*] [$(#[$smeta])*] [$($entry)*] $name
            [$($bname)*] [$($($rname : $rty),*)?]);
    };

    // No entry point: the endpoint is reached through a hand-written helper or `request`.
    (@entry $pending:tt $handle:tt $docs:tt [] $($rest:tt)*) => {};

    // An entry point on a family handle: the bound parameters come from the handle.
    (@entry [$pending:ident] [family $fam:ident] $docs:tt $sig:tt $name:ident
        [$($bname:ident)*] $required:tt
    ) => {
        $crate::endpoints!(@entry_fn [impl<'a> $fam<'a>] ['a] [self] [$pending] $docs $sig $name
            [::core::convert::AsRef::<$crate::Client>::as_ref(self.client())]
            [$(::core::clone::Clone::clone(self.$bname()),)*] $required);
    };

    // An entry point on the product client.
    (@entry [$pending:ident] [client $client:ty] $docs:tt $sig:tt $name:ident [] $required:tt) => {
        $crate::endpoints!(@entry_fn [impl $client] ['_] [self] [$pending] $docs $sig $name
            [::core::convert::AsRef::<$crate::Client>::as_ref(self)] [] $required);
    };

    // The entry point method: `$this` is the `self` the client and bound-value expressions use.
    (@entry_fn [$($impl:tt)*] [$lt:lifetime] [$this:tt] [$pending:ident] [$(#[$smeta:meta])*]
        [fn $entry:ident $(($($xname:ident : $xty:ty),* $(,)?))?] $name:ident
        [$client:expr] [$($bound:tt)*] [$($rname:ident : $rty:ty),*]
    ) => {
        $($impl)* {
            $(#[$smeta])*
            #[doc = concat!("\n\nSends [`", stringify!($name), "`]; set its optional parameters on the result.")]
            #[allow(clippy::too_many_arguments)]
            pub fn $entry(
                &$this,
                $($rname: impl $crate::IntoParam<$rty>,)*
                $($($xname: impl $crate::IntoParam<$xty>,)*)?
            ) -> $pending<$lt, $name> {
                $pending::new(
                    $client,
                    $name::new($($bound)* $($rname),*) $($(.$xname($xname))*)?,
                )
            }
        }
    };

    (@idempotency yes) => { $crate::Idempotency::Yes };
    (@idempotency no) => { $crate::Idempotency::No };
    (@idempotency by_mode) => { $crate::Idempotency::ByMode };

    (@is_idempotent $this:ident yes) => { true };
    (@is_idempotent $this:ident no) => { false };
    (@is_idempotent $this:ident by_mode ($decide:expr)) => {{
        let decide: fn(&Self) -> bool = $decide;
        decide($this)
    }};

    (@wire $name:ident) => { stringify!($name) };
    (@wire $name:ident $wire:literal) => { $wire };

    (@present) => { false };
    (@present $field:ident) => { true };

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
    (@body $place:ident $($rest:tt)*) => {};

    (@file file $body:ident, $value:expr, $wire:expr) => {
        $body.file($wire, $value);
    };
    (@file $place:ident $($rest:tt)*) => {};

    (@check body $req:ident $checker:ident, $ty:ty, $wire:expr) => {
        $checker.$req::<$ty>($wire)?;
    };
    (@check file $req:ident $checker:ident, $ty:ty, $wire:expr) => {
        $checker.file($wire)?;
    };
    (@check $place:ident $($rest:tt)*) => {};
}

/// Declares named groups of parameters that several [`endpoints!`](crate::endpoints) share
/// (the filters of two list endpoints, the cover fields of create and update, ...). A
/// parameter list names a group as `..name`, where its parameters then stand, in their order:
///
/// ```
/// # sendbird_core::product! {
/// #     /// A client.
/// #     pub struct ExampleClient;
/// #     base_url: "https://api-{app_id}.sendbird.com/v3";
/// #     /// A request bound to a client.
/// #     pub struct Pending;
/// # }
/// use sendbird_core::{Empty, Endpoint};
///
/// sendbird_core::param_group! {
///     /// The period a statistic is asked for.
///     period {
///         /// The first year.
///         query start_year: u32,
///         /// The last year.
///         query end_year: u32,
///     }
/// }
///
/// sendbird_core::endpoints! {
///     /// The endpoints.
///     registry: pub const ENDPOINTS;
///     client: ExampleClient;
///     pending: Pending;
///
///     client {
///         /// Peak connections.
///         pub struct GetPeaks {
///             operation: "get_peaks",
///             request: GET "/peaks",
///             idempotent: yes,
///             response: Empty,
///             required { query kind: String, ..period }
///             optional { query limit: u32 }
///         }
///     }
/// }
///
/// let request = GetPeaks::new("daily", 2023u32, 2024u32).to_request()?;
/// let query: Vec<_> = request.query.iter().map(|(k, _)| k.to_owned()).collect();
/// assert_eq!(query, ["kind", "start_year", "end_year"]);
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
///
/// One invocation may declare several groups, each with its docs. A group is a `macro_rules!`
/// macro of that name; with a visibility (`pub(crate) name { .. }`) it is also re-exported
/// with that visibility, so other modules import it with `use`. The types its parameters name
/// resolve where the group is used.
#[macro_export]
macro_rules! param_group {
    ($($(#[$meta:meta])* $vis:vis $name:ident { $($params:tt)* })*) => {
        $crate::param_group!(@with_dollar ($) $([$(#[$meta])*] $vis $name { $($params)* })*);
    };
    (@with_dollar ($d:tt) $([$(#[$meta:meta])*] $vis:vis $name:ident { $($params:tt)* })*) => {
        $(
            $(#[$meta])*
            #[allow(unused_macros)]
            macro_rules! $name {
                ($d state:tt [$d($d done:tt)*] $d($d rest:tt)*) => {
                    $crate::endpoints!(@params $d state [$d($d done)*] $($params)* , $d($d rest)*);
                };
            }
            #[allow(unused_imports)]
            $vis use $name;
        )*
    };
}
