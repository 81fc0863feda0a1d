/// Declares a product client (`ChatClient`, `CallsClient`, ...) and its pending-request type.
///
/// The client wraps a [`Client`](crate::Client) built by a
/// [`ClientBuilder`](crate::ClientBuilder) whose base URL follows from the application id and
/// the template given here. It implements `AsRef<Client>` and `Deref<Target = Client>`, so
/// `send`, `paginate`, `pages` and `execute` are available on it.
///
/// The pending type is an endpoint bound to a client: `.await` sends it, `.stream()` /
/// `.pages()` walk a paged list, `.timeout(..)` and `.max_attempts(..)` override the client's
/// settings for this call, and [`endpoints!`](crate::endpoints) adds each endpoint's optional
/// parameters as setters.
///
/// ```
/// sendbird_core::product! {
///     /// A client for an imaginary product.
///     pub struct ExampleClient;
///     base_url: "https://api-{app_id}.example.com/v1";
///     /// A request bound to an [`ExampleClient`].
///     pub struct Pending;
/// }
///
/// let client = ExampleClient::builder().app_id("APP").api_token("token").build()?;
/// assert_eq!(client.base_url().to_string(), "https://api-APP.example.com/v1");
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
///
/// A product crate's root goes on with the crate-level pieces every product has, each
/// optional and in this order:
///
/// - `endpoints: [family, ..];` declares `pub fn endpoints()`, every
///   [`EndpointInfo`](crate::EndpointInfo) of the named family modules (each has a
///   `pub const ENDPOINTS`), with the docs written before it;
/// - `fixtures: path::to::KIT;` adds the unit test `fixture_tests::every_fixture_matches_its_declaration`,
///   which checks the crate's fixtures against `endpoints()` with that
///   `test_util::TestKit` (needs `endpoints`);
/// - `readme: "../README.md";` (needs `endpoints`) compiles that file's examples as doctests (the path is relative
///   to the file holding the invocation).
///
/// ```
/// mod users {
///     /// The users family's endpoints.
///     pub const ENDPOINTS: &[sendbird_core::EndpointInfo] = &[];
/// }
///
/// sendbird_core::product! {
///     /// A client.
///     pub struct ExampleClient;
///     base_url: "https://api-{app_id}.example.com/v1";
///     /// A request bound to an [`ExampleClient`].
///     pub struct Pending;
///     /// Every endpoint of the example.
///     endpoints: [users];
/// }
///
/// assert_eq!(endpoints().count(), 0);
/// ```
#[macro_export]
macro_rules! product {
    (
        $(#[$cmeta:meta])*
        $cvis:vis struct $client:ident;
        base_url: $template:literal;
        $(#[$pmeta:meta])*
        $pvis:vis struct $pending:ident;
        $(
            $(#[$emeta:meta])*
            endpoints: [$($family:ident),* $(,)?];
            $(fixtures: $kit:path;)?
            $(
                $(#[$rmeta:meta])*
                readme: $readme:literal;
            )?
        )?
    ) => {
        $(
            $(#[$emeta])*
            pub fn endpoints() -> impl ::core::iter::Iterator<Item = &'static $crate::EndpointInfo> {
                [$($family::ENDPOINTS),*].into_iter().flatten()
            }

            $(
                #[cfg(test)]
                mod fixture_tests {
                    #[test]
                    fn every_fixture_matches_its_declaration() {
                        $kit.check_fixtures(super::endpoints());
                    }
                }
            )?

            $(
                $(#[$rmeta])*
                #[cfg(doctest)]
                #[doc = include_str!($readme)]
                mod readme {}
            )?
        )?

        $(#[$cmeta])*
        #[derive(Clone, Debug)]
        $cvis struct $client {
            client: $crate::Client,
        }

        impl $crate::Product for $client {
            const BASE_URL_TEMPLATE: ::core::option::Option<&'static str> =
                ::core::option::Option::Some($template);

            fn from_client(client: $crate::Client) -> Self {
                Self { client }
            }
        }

        impl ::core::convert::From<$crate::Client> for $client {
            fn from(client: $crate::Client) -> Self {
                Self { client }
            }
        }

        impl ::core::convert::AsRef<$crate::Client> for $client {
            fn as_ref(&self) -> &$crate::Client {
                &self.client
            }
        }

        impl ::core::ops::Deref for $client {
            type Target = $crate::Client;

            fn deref(&self) -> &$crate::Client {
                &self.client
            }
        }

        impl $client {
            #[doc = concat!("A builder: set `app_id` (the base URL is `", $template, "`) or `base_url`, and `api_token`.")]
            pub fn builder() -> $crate::ClientBuilder<$client> {
                ::core::default::Default::default()
            }

            /// Binds an endpoint to this client: await it, or `.stream()` it when paginated.
            pub fn request<E>(&self, endpoint: E) -> $pending<'_, E> {
                $pending::new(&self.client, endpoint)
            }
        }

        $(#[$pmeta])*
        #[must_use = "a pending request does nothing until awaited or streamed"]
        #[derive(Debug, Clone)]
        $pvis struct $pending<'a, E> {
            client: &'a $crate::Client,
            /// The endpoint that will be sent.
            pub endpoint: E,
            options: $crate::CallOptions,
            max_pages: ::core::option::Option<::core::option::Option<usize>>,
        }

        impl<'a, E> $pending<'a, E> {
            /// Binds `endpoint` to `client`.
            pub fn new(client: &'a $crate::Client, endpoint: E) -> Self {
                Self {
                    client,
                    endpoint,
                    options: $crate::CallOptions::new(),
                    max_pages: ::core::option::Option::None,
                }
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

            /// Limits this call (every page of a stream) to `limit`, retries and back-off
            /// included, instead of the client's total timeout.
            pub fn timeout(mut self, limit: ::core::time::Duration) -> Self {
                self.options = self.options.timeout(limit);
                self
            }

            /// Makes at most `attempts` attempts for this call (`1`: no retry), instead of the
            /// client's retry setting.
            pub fn max_attempts(mut self, attempts: u32) -> Self {
                self.options = self.options.max_attempts(attempts);
                self
            }

            /// Stops a stream after `pages` pages with an error (`None`: no cap), instead of
            /// the client's page cap.
            pub fn max_pages(mut self, pages: impl ::core::convert::Into<::core::option::Option<usize>>) -> Self {
                self.max_pages = ::core::option::Option::Some(pages.into());
                self
            }

            /// The per-call options set so far.
            pub fn options(&self) -> &$crate::CallOptions {
                &self.options
            }
        }

        impl<'a, E> ::core::future::IntoFuture for $pending<'a, E>
        where
            E: $crate::Endpoint,
        {
            type Output = ::core::result::Result<E::Response, $crate::Error>;
            type IntoFuture = $crate::SendFuture<'a, E>;

            fn into_future(self) -> Self::IntoFuture {
                self.client.send_with(&self.endpoint, self.options)
            }
        }

        impl<'a, E: $crate::StreamPaginated> $pending<'a, E> {
            /// Every item of every page, fetched page by page as the stream is polled.
            pub fn stream(
                self,
            ) -> impl $crate::futures_util::Stream<
                Item = ::core::result::Result<$crate::PageItem<E>, $crate::Error>,
            > + Send
                   + 'static {
                let max_pages = self.max_pages.unwrap_or(self.client.max_pages());
                self.client.paginate_with(self.endpoint, self.options, max_pages)
            }

            /// Every page, fetched as the stream is polled.
            pub fn pages(
                self,
            ) -> impl $crate::futures_util::Stream<
                Item = ::core::result::Result<$crate::Page<$crate::PageItem<E>>, $crate::Error>,
            > + Send
                   + 'static {
                let max_pages = self.max_pages.unwrap_or(self.client.max_pages());
                self.client.pages_with(self.endpoint, self.options, max_pages)
            }
        }
    };
}
