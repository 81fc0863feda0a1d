//! [`Client`]: the assembled stack, and [`ClientBuilder`].

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use futures_util::Stream;
use http::header::USER_AGENT;
use http::HeaderValue;
use tower::util::BoxCloneSyncService;
use tower::{Layer, Service, ServiceBuilder, ServiceExt};

use crate::endpoint::{Endpoint, Page, PageResponse, Paginated};
use crate::error::{ApiError, BoxError, BuildError, Error};
use crate::layers::{
    ApiTokenLayer, BaseUrl, ContentTypeLayer, RetryConfig, RetryLayer, TimeoutLayer, TraceLayer,
    UrlEncodingLayer,
};
use crate::request::ApiRequest;
use crate::secret::ApiToken;
use crate::transport::{collect_body, HttpService, DEFAULT_MAX_RESPONSE_BODY};

/// The erased service at the [`ApiRequest`] level: what user outer layers wrap.
pub type ApiService = BoxCloneSyncService<ApiRequest, http::Response<Bytes>, Error>;

type ApiLayerFn = Box<dyn FnOnce(ApiService) -> ApiService + Send>;
type HttpLayerFn = Box<dyn FnOnce(HttpService) -> HttpService + Send>;

/// A configured Sendbird client: a base URL plus the tower stack. Cheap to clone.
///
/// Product crates wrap it (`ChatClient`, `CallsClient`, `LiveClient`); middleware authors use
/// [`ClientBuilder::layer`] and [`ClientBuilder::attempt_layer`].
#[derive(Clone)]
pub struct Client {
    service: ApiService,
    base_url: BaseUrl,
    user_agent: HeaderValue,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url.to_string())
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The API base URL.
    pub fn base_url(&self) -> &BaseUrl {
        &self.base_url
    }

    /// Sends an endpoint and decodes its response (or its error).
    pub async fn send<E: Endpoint + Sync>(&self, endpoint: &E) -> Result<E::Response, Error> {
        let request = endpoint.to_request()?;
        let response = self.execute(request).await?;
        decode_response::<E>(response)
    }

    /// Sends a raw [`ApiRequest`] through the stack and returns the raw response, whatever its
    /// status. For endpoints this SDK does not know yet.
    pub async fn execute(&self, mut request: ApiRequest) -> Result<http::Response<Bytes>, Error> {
        request
            .headers
            .entry(USER_AGENT)
            .or_insert_with(|| self.user_agent.clone());
        self.service.clone().oneshot(request).await
    }

    /// Every item of a token-paged list, fetched lazily page by page.
    pub fn paginate<E>(
        &self,
        endpoint: E,
    ) -> impl Stream<Item = Result<<E::Response as PageResponse>::Item, Error>> + Send + 'static
    where
        E: Paginated + Send + Sync + 'static,
        E::Response: PageResponse + Send + 'static,
        <E::Response as PageResponse>::Item: Send + 'static,
    {
        crate::pagination::items(self.clone(), endpoint)
    }

    /// Every page of a token-paged list.
    pub fn pages<E>(
        &self,
        endpoint: E,
    ) -> impl Stream<Item = Result<Page<<E::Response as PageResponse>::Item>, Error>> + Send + 'static
    where
        E: Paginated + Send + Sync + 'static,
        E::Response: PageResponse + Send + 'static,
        <E::Response as PageResponse>::Item: Send + 'static,
    {
        crate::pagination::pages(self.clone(), endpoint)
    }
}

/// Builds the exact `http::Request` the stack would send for `endpoint` (token, content type,
/// encoded URL and body), without sending it: for tests and for inspecting requests.
///
/// ```
/// use sendbird_core::{build_http_request, layers::BaseUrl, ApiToken};
/// # sendbird_core::define_pending! { struct Pending; }
/// # sendbird_core::endpoints! { registry: const R; pending: Pending;
/// #   /// Gets a user.
/// #   pub struct GetUser { operation: "get_user", request: GET "/users/{user_id}",
/// #     response: sendbird_core::Empty, required { path user_id: String } optional {} } }
///
/// let base = BaseUrl::parse("https://api-APP.sendbird.com/v3")?;
/// let request = build_http_request(&GetUser::new("a/b"), &base, &ApiToken::new("t"))?;
/// assert_eq!(request.uri(), "https://api-APP.sendbird.com/v3/users/a%2Fb");
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
pub fn build_http_request<E: Endpoint>(
    endpoint: &E,
    base_url: &BaseUrl,
    token: &ApiToken,
) -> Result<http::Request<Bytes>, BuildError> {
    let mut request = endpoint.to_request()?;
    request.headers.insert(
        crate::layers::API_TOKEN_HEADER,
        crate::layers::token_header_value(token)?,
    );
    crate::layers::encode_body(&mut request)?;
    crate::layers::to_http_request(base_url, request)
}

/// Decodes a raw response for endpoint `E`: its response type on 2xx, an [`ApiError`] otherwise.
pub fn decode_response<E: Endpoint>(response: http::Response<Bytes>) -> Result<E::Response, Error> {
    let (parts, body) = response.into_parts();
    if parts.status.is_success() {
        Ok(E::decode_response(&body)?)
    } else {
        Err(ApiError::from_response(parts.status, &parts.headers, body).into())
    }
}

/// Builds a [`Client`].
///
/// ```no_run
/// use std::time::Duration;
/// use sendbird_core::{Client, layers::RetryConfig};
///
/// let client = Client::builder()
///     .base_url("https://api-APP_ID.sendbird.com/v3")
///     .api_token("secondary-token")
///     .retry(RetryConfig::default().max_attempts(4))
///     .attempt_timeout(Duration::from_secs(10))
///     .total_timeout(Duration::from_secs(60))
///     .build()?;
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
pub struct ClientBuilder {
    base_url: Option<String>,
    token: Option<ApiToken>,
    retry: RetryConfig,
    attempt_timeout: Option<Duration>,
    total_timeout: Option<Duration>,
    max_response_body: usize,
    allow_insecure_http: bool,
    user_agent: String,
    outer_layers: Vec<ApiLayerFn>,
    attempt_layers: Vec<HttpLayerFn>,
    transport: Option<Box<dyn FnOnce(usize) -> HttpService + Send>>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            base_url: None,
            token: None,
            retry: RetryConfig::default(),
            attempt_timeout: Some(Duration::from_secs(30)),
            total_timeout: Some(Duration::from_secs(120)),
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
            allow_insecure_http: false,
            user_agent: concat!("sendbird-rs/", env!("CARGO_PKG_VERSION")).to_owned(),
            outer_layers: Vec::new(),
            attempt_layers: Vec::new(),
            transport: None,
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("token", &self.token)
            .field("retry", &self.retry)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("total_timeout", &self.total_timeout)
            .field("max_response_body", &self.max_response_body)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The API base URL, e.g. `https://api-APP_ID.sendbird.com/v3`. Must be `https` unless
    /// the host is loopback or [`allow_insecure_http`](Self::allow_insecure_http) is set.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The master or secondary API token.
    pub fn api_token(mut self, token: impl Into<ApiToken>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Retry settings ([`RetryConfig::disabled`] turns retries off).
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// Limit for one attempt, response body included (default 30 s; `None` = no limit).
    pub fn attempt_timeout(mut self, limit: impl Into<Option<Duration>>) -> Self {
        self.attempt_timeout = limit.into();
        self
    }

    /// Limit for the whole call, retries included (default 120 s; `None` = no limit).
    pub fn total_timeout(mut self, limit: impl Into<Option<Duration>>) -> Self {
        self.total_timeout = limit.into();
        self
    }

    /// Cap on a response body (default 32 MiB).
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.max_response_body = bytes;
        self
    }

    /// Allows a plain-`http` base URL on a non-loopback host (e.g. a TLS-terminating proxy).
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// The `User-Agent` header (default `sendbird-rs/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Adds a layer around the whole call, outside retries and timeouts; it sees each
    /// [`ApiRequest`] once. The first layer added is the outermost.
    pub fn layer<L>(mut self, layer: L) -> Self
    where
        L: Layer<ApiService> + Send + 'static,
        L::Service:
            Service<ApiRequest, Response = http::Response<Bytes>> + Clone + Send + Sync + 'static,
        <L::Service as Service<ApiRequest>>::Error: Into<BoxError>,
        <L::Service as Service<ApiRequest>>::Future: Send + 'static,
    {
        self.outer_layers.push(Box::new(move |inner| {
            BoxCloneSyncService::new(layer.layer(inner).map_err(
                |e: <L::Service as Service<ApiRequest>>::Error| Error::from_boxed(e.into()),
            ))
        }));
        self
    }

    /// Adds a layer on the final `http::Request`, once per attempt (it sees the `Api-Token`,
    /// `Content-Type`, encoded URL and body). The first layer added is the outermost.
    pub fn attempt_layer<L>(mut self, layer: L) -> Self
    where
        L: Layer<HttpService> + Send + 'static,
        L::Service: Service<http::Request<Bytes>, Response = http::Response<Bytes>>
            + Clone
            + Send
            + Sync
            + 'static,
        <L::Service as Service<http::Request<Bytes>>>::Error: Into<BoxError>,
        <L::Service as Service<http::Request<Bytes>>>::Future: Send + 'static,
    {
        self.attempt_layers.push(Box::new(move |inner| {
            BoxCloneSyncService::new(layer.layer(inner).map_err(
                |e: <L::Service as Service<http::Request<Bytes>>>::Error| {
                    Error::from_boxed(e.into())
                },
            ))
        }));
        self
    }

    /// Replaces the transport with any HTTP service (a proxy client, a test double...). Its
    /// response body is still collected under the body cap.
    pub fn with_service<S, B>(mut self, service: S) -> Self
    where
        S: Service<http::Request<Bytes>, Response = http::Response<B>>
            + Clone
            + Send
            + Sync
            + 'static,
        S::Error: Into<BoxError>,
        S::Future: Send + 'static,
        B: http_body::Body<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        self.transport = Some(Box::new(move |max_body| collect_body(service, max_body)));
        self
    }

    /// Assembles the stack.
    pub fn build(self) -> Result<Client, BuildError> {
        let url = self.base_url.ok_or(BuildError::Missing("base_url"))?;
        let base_url = BaseUrl::parse_with(&url, self.allow_insecure_http)?;
        let token = self.token.ok_or(BuildError::Missing("api_token"))?;
        let user_agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|_| BuildError::Header("invalid user agent".into()))?;

        let mut http: HttpService = match self.transport {
            Some(make) => make(self.max_response_body),
            None => default_transport(self.max_response_body)?,
        };
        for wrap in self.attempt_layers.into_iter().rev() {
            http = wrap(http);
        }

        let mut service: ApiService = BoxCloneSyncService::new(
            ServiceBuilder::new()
                .layer(ApiTokenLayer::new(&token)?)
                .layer(ContentTypeLayer::new())
                .layer(UrlEncodingLayer::new(base_url.clone()))
                .service(http),
        );
        if let Some(limit) = self.attempt_timeout {
            service = BoxCloneSyncService::new(TimeoutLayer::attempt(limit).layer(service));
        }
        if self.retry.attempts() > 1 {
            service = BoxCloneSyncService::new(RetryLayer::new(self.retry).layer(service));
        }
        if let Some(limit) = self.total_timeout {
            service = BoxCloneSyncService::new(TimeoutLayer::total(limit).layer(service));
        }
        service = BoxCloneSyncService::new(TraceLayer.layer(service));
        for wrap in self.outer_layers.into_iter().rev() {
            service = wrap(service);
        }
        Ok(Client {
            service,
            base_url,
            user_agent,
        })
    }
}

#[cfg(feature = "default-transport")]
fn default_transport(max_body: usize) -> Result<HttpService, BuildError> {
    crate::transport::default_transport(max_body)
}

#[cfg(not(feature = "default-transport"))]
fn default_transport(_max_body: usize) -> Result<HttpService, BuildError> {
    Err(BuildError::Missing(
        "a transport (enable the `default-transport` feature or call with_service)",
    ))
}
