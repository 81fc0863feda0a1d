//! [`Client`]: the assembled stack, and [`ClientBuilder`].

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use bytes::Bytes;
use futures_util::{FutureExt, Stream};
use tower::{Layer, Service, ServiceExt};

use crate::endpoint::{Endpoint, Page, PageItem, StreamPaginated};
use crate::error::{ApiError, BoxError, BuildError, Error};
use crate::layers::{
    ApiTokenLayer, BaseUrl, RequestLayers, RetryConfig, RetryLayer, TimeoutLayer, TraceLayer,
    UserAgentLayer,
};
use crate::options::CallOptions;
use crate::pagination::PageLimits;
use crate::request::ApiRequest;
use crate::secret::ApiToken;
use crate::shared_service::SharedService;
use crate::transport::{CollectBody, HttpService, TransportConfig};

/// The erased service at the [`ApiRequest`] level: what user outer layers wrap.
pub type ApiService = SharedService<ApiRequest, http::Response<Bytes>>;

type ApiLayerFn = Box<dyn FnOnce(ApiService) -> ApiService + Send>;
type HttpLayerFn = Box<dyn FnOnce(HttpService) -> HttpService + Send>;
type TransportFn =
    Box<dyn FnOnce(TransportConfig, CallStack) -> Result<ApiService, BuildError> + Send>;

/// The client's own layers, outermost first: trace, retry (total timeout), attempt timeout,
/// then the request side.
type ClientLayers = tower::ServiceBuilder<
    tower::layer::util::Stack<
        RequestLayers,
        tower::layer::util::Stack<
            TimeoutLayer,
            tower::layer::util::Stack<
                RetryLayer,
                tower::layer::util::Stack<TraceLayer, tower::layer::util::Identity>,
            >,
        >,
    >,
>;

/// Everything above the transport, ready to be put on it. The stack is type-erased once, at
/// the top: the transport stays a concrete type below it unless attempt layers are added
/// (they are written against the erased [`HttpService`]), so a call boxes one future, not
/// two.
struct CallStack {
    layers: ClientLayers,
    attempt_layers: Vec<HttpLayerFn>,
}

impl CallStack {
    fn on<S>(self, transport: S) -> ApiService
    where
        S: Service<http::Request<Bytes>, Response = http::Response<Bytes>, Error = Error>
            + Clone
            + Send
            + Sync
            + 'static,
        S::Future: Send + 'static,
    {
        if self.attempt_layers.is_empty() {
            return SharedService::new(self.layers.service(transport));
        }
        let mut http: HttpService = SharedService::new(transport);
        for wrap in self.attempt_layers.into_iter().rev() {
            http = wrap(http);
        }
        SharedService::new(self.layers.service(http))
    }
}

/// A configured Sendbird client: a base URL plus the tower stack. Cheap to clone.
///
/// Product crates wrap it (`ChatClient`, `CallsClient`, `LiveClient`, see
/// [`product!`](crate::product)); middleware authors use [`ClientBuilder::layer`] and
/// [`ClientBuilder::attempt_layer`].
#[derive(Clone)]
pub struct Client {
    service: ApiService,
    base_url: BaseUrl,
    max_pages: Option<usize>,
    token: ApiToken,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url.to_string())
            .finish_non_exhaustive()
    }
}

impl AsRef<Client> for Client {
    fn as_ref(&self) -> &Client {
        self
    }
}

impl Client {
    /// A builder; set `base_url` and `api_token`.
    pub fn builder() -> ClientBuilder<Client> {
        ClientBuilder::default()
    }

    /// The API base URL.
    pub fn base_url(&self) -> &BaseUrl {
        &self.base_url
    }

    /// Sends an endpoint and decodes its response (or its error).
    pub fn send<E: Endpoint>(&self, endpoint: &E) -> SendFuture<'_, E> {
        self.send_with(endpoint, CallOptions::default())
    }

    /// Sends an endpoint with per-call [`CallOptions`] (timeout, attempts). The request is
    /// built now; the future sends it and decodes the answer.
    pub fn send_with<E: Endpoint>(&self, endpoint: &E, options: CallOptions) -> SendFuture<'_, E> {
        let state = match endpoint.to_request() {
            Ok(mut request) => {
                if !options.is_empty() {
                    request.extensions.insert(options);
                }
                SendState::Sending {
                    call: self.service.clone().oneshot(request),
                }
            }
            Err(error) => SendState::Failed {
                error: Some(error.into()),
            },
        };
        SendFuture {
            client: self,
            state,
            endpoint: PhantomData,
        }
    }

    /// Sends a raw [`ApiRequest`] through the stack and returns the raw response, whatever its
    /// status. For endpoints this SDK does not know yet.
    pub async fn execute(&self, request: ApiRequest) -> Result<http::Response<Bytes>, Error> {
        self.service
            .clone()
            .oneshot(request)
            .await
            .map_err(|error| error.redact(self.token.expose()))
    }

    /// Every item of a token-paged list, fetched lazily page by page.
    pub fn paginate<E: StreamPaginated>(
        &self,
        endpoint: E,
    ) -> impl Stream<Item = Result<PageItem<E>, Error>> + Send + 'static {
        self.paginate_with(endpoint, CallOptions::default(), self.max_pages)
    }

    /// Every page of a token-paged list.
    pub fn pages<E: StreamPaginated>(
        &self,
        endpoint: E,
    ) -> impl Stream<Item = Result<Page<PageItem<E>>, Error>> + Send + 'static {
        self.pages_with(endpoint, CallOptions::default(), self.max_pages)
    }

    /// [`paginate`](Self::paginate) with per-call options for every page request and a page
    /// cap (`None`: no cap; a repeated page token always ends the stream with an error).
    pub fn paginate_with<E: StreamPaginated>(
        &self,
        endpoint: E,
        options: CallOptions,
        max_pages: Option<usize>,
    ) -> impl Stream<Item = Result<PageItem<E>, Error>> + Send + 'static {
        crate::pagination::items(self.clone(), endpoint, options, PageLimits { max_pages })
    }

    /// [`pages`](Self::pages) with per-call options and a page cap.
    pub fn pages_with<E: StreamPaginated>(
        &self,
        endpoint: E,
        options: CallOptions,
        max_pages: Option<usize>,
    ) -> impl Stream<Item = Result<Page<PageItem<E>>, Error>> + Send + 'static {
        crate::pagination::pages(self.clone(), endpoint, options, PageLimits { max_pages })
    }

    /// The client's default page cap for [`paginate`](Self::paginate) and
    /// [`pages`](Self::pages).
    pub fn max_pages(&self) -> Option<usize> {
        self.max_pages
    }
}

pin_project_lite::pin_project! {
    /// The future of [`Client::send`]: the call through the stack, then the decoded answer.
    #[must_use = "futures do nothing unless polled"]
    pub struct SendFuture<'a, E> {
        client: &'a Client,
        #[pin]
        state: SendState,
        endpoint: PhantomData<fn() -> E>,
    }
}

pin_project_lite::pin_project! {
    #[project = SendProjection]
    enum SendState {
        Sending {
            #[pin]
            call: tower::util::Oneshot<ApiService, ApiRequest>,
        },
        Failed {
            error: Option<Error>,
        },
    }
}

impl<E> fmt::Debug for SendFuture<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendFuture").finish_non_exhaustive()
    }
}

impl<E: Endpoint> std::future::Future for SendFuture<'_, E> {
    type Output = Result<E::Response, Error>;

    fn poll(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let this = self.project();
        let secret = this.client.token.expose();
        let result = match this.state.project() {
            SendProjection::Sending { call } => match std::task::ready!(call.poll(cx)) {
                Ok(response) => decode_response::<E>(response),
                Err(error) => Err(error),
            },
            SendProjection::Failed { error } => Err(error
                .take()
                .unwrap_or_else(|| Error::Middleware("polled after completion".into()))),
        };
        std::task::Poll::Ready(result.map_err(|error| error.redact(secret)))
    }
}

/// Builds the exact `http::Request` the stack would send for `endpoint` (`User-Agent`, token,
/// content type, encoded URL and body), without sending it: it runs the same
/// [`RequestLayers`] as a real call, over a service that captures the request.
///
/// ```
/// use sendbird_core::{build_http_request, layers::BaseUrl, ApiToken};
/// # sendbird_core::product! { /// A client.
/// #   pub struct TestClient; base_url: "https://api-{app_id}.sendbird.com/v3";
/// #   /// A pending request.
/// #   pub struct Pending; }
/// # sendbird_core::endpoints! { registry: const R; client: TestClient; pending: Pending;
/// #   /// Users.
/// #   family Users = users() {
/// #   /// Gets a user.
/// #   fn get -> pub struct GetUser { operation: "get_user", request: GET "/users/{user_id}",
/// #     idempotent: yes, response: sendbird_core::Empty, required { path user_id: String } } } }
///
/// let base = BaseUrl::parse("https://api-APP.sendbird.com/v3")?;
/// let request = build_http_request(&GetUser::new("a/b"), &base, &ApiToken::new("t"))?;
/// assert_eq!(request.uri(), "https://api-APP.sendbird.com/v3/users/a%2Fb");
/// assert!(request.headers()["user-agent"].to_str().is_ok_and(|ua| ua.starts_with("sendbird-rs/")));
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
pub fn build_http_request<E: Endpoint>(
    endpoint: &E,
    base_url: &BaseUrl,
    token: &ApiToken,
) -> Result<http::Request<Bytes>, BuildError> {
    let layers = RequestLayers::new(
        UserAgentLayer::default(),
        ApiTokenLayer::new(token)?,
        base_url.clone(),
    );
    encode_request(&layers, endpoint.to_request()?)
}

/// Runs `layers` over a capturing service: the `http::Request` one attempt would send.
pub(crate) fn encode_request(
    layers: &RequestLayers,
    request: ApiRequest,
) -> Result<http::Request<Bytes>, BuildError> {
    let capture = tower::service_fn(|request: http::Request<Bytes>| {
        futures_util::future::ready(Ok::<_, Error>(request))
    });
    match layers.layer(capture).oneshot(request).now_or_never() {
        Some(Ok(request)) => Ok(request),
        Some(Err(Error::Build(error))) => Err(error),
        Some(Err(other)) => Err(BuildError::Header(other.to_string())),
        None => Err(BuildError::Header(
            "the request layers did not complete synchronously".into(),
        )),
    }
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

/// A client type a [`ClientBuilder`] can build: [`Client`] itself, or a product client
/// declared with [`product!`](crate::product).
pub trait Product: Sized {
    /// The base URL with an `{app_id}` placeholder, e.g.
    /// `https://api-{app_id}.sendbird.com/v3` (`None` for the bare [`Client`], which needs an
    /// explicit base URL).
    const BASE_URL_TEMPLATE: Option<&'static str>;

    /// Wraps the assembled client.
    fn from_client(client: Client) -> Self;
}

impl Product for Client {
    const BASE_URL_TEMPLATE: Option<&'static str> = None;

    fn from_client(client: Client) -> Self {
        client
    }
}

/// Builds a [`Client`] or a product client (`ChatClient::builder()` is a
/// `ClientBuilder<ChatClient>`).
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
pub struct ClientBuilder<P = Client> {
    app_id: Option<String>,
    base_url: Option<String>,
    token: Option<ApiToken>,
    retry: RetryConfig,
    attempt_timeout: Option<Duration>,
    total_timeout: Option<Duration>,
    transport: TransportConfig,
    max_pages: Option<usize>,
    allow_insecure_http: bool,
    user_agent_suffix: Option<String>,
    outer_layers: Vec<ApiLayerFn>,
    attempt_layers: Vec<HttpLayerFn>,
    custom_transport: Option<TransportFn>,
    product: PhantomData<fn() -> P>,
}

/// The default page cap of [`Client::paginate`] and [`Client::pages`].
pub const DEFAULT_MAX_PAGES: usize = 100_000;

impl<P> Default for ClientBuilder<P> {
    fn default() -> Self {
        Self {
            app_id: None,
            base_url: None,
            token: None,
            retry: RetryConfig::default(),
            attempt_timeout: Some(Duration::from_secs(30)),
            total_timeout: Some(Duration::from_secs(120)),
            transport: TransportConfig::default(),
            max_pages: Some(DEFAULT_MAX_PAGES),
            allow_insecure_http: false,
            user_agent_suffix: None,
            outer_layers: Vec::new(),
            attempt_layers: Vec::new(),
            custom_transport: None,
            product: PhantomData,
        }
    }
}

impl<P> fmt::Debug for ClientBuilder<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("app_id", &self.app_id)
            .field("base_url", &self.base_url.as_ref().map(|_| "<set>"))
            .field("token", &self.token)
            .field("retry", &self.retry)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("total_timeout", &self.total_timeout)
            .field("transport", &self.transport)
            .field("max_pages", &self.max_pages)
            .finish_non_exhaustive()
    }
}

impl<P: Product> ClientBuilder<P> {
    /// The Sendbird application id; the base URL follows from the product's template.
    pub fn app_id(mut self, app_id: impl Into<String>) -> Self {
        self.app_id = Some(app_id.into());
        self
    }

    /// An explicit base URL, e.g. `https://api-APP_ID.sendbird.com/v3` (the Dashboard's "API
    /// request URL", a proxy, or the emulator); wins over [`app_id`](Self::app_id). Must be
    /// `https` unless the host is loopback or
    /// [`allow_insecure_http`](Self::allow_insecure_http) is set.
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

    /// How long the transport waits for the next bytes of a response (its headers, then each
    /// chunk of its body) before failing the attempt (default 60 s). It cannot be turned off,
    /// so no configuration hangs forever on a stalled server.
    pub fn read_timeout(mut self, limit: Duration) -> Self {
        self.transport.read_timeout = limit;
        self
    }

    /// Cap on a response body (default 32 MiB); a larger `Content-Length` fails before the
    /// body is read.
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.transport.max_body = bytes;
        self
    }

    /// The default page cap of streamed lists (default [`DEFAULT_MAX_PAGES`]; `None`: no cap).
    pub fn max_pages(mut self, pages: impl Into<Option<usize>>) -> Self {
        self.max_pages = pages.into();
        self
    }

    /// Allows a plain-`http` base URL on a non-loopback host (e.g. a TLS-terminating proxy).
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Appends your application's product token to `User-Agent`
    /// (`sendbird-rs/<version> <suffix>`, e.g. `billing-service/2.3`).
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
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
            SharedService::new(layer.layer(inner).map_err(
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
            SharedService::new(layer.layer(inner).map_err(
                |e: <L::Service as Service<http::Request<Bytes>>>::Error| {
                    Error::from_boxed(e.into())
                },
            ))
        }));
        self
    }

    /// Replaces the transport with any HTTP service (a proxy client, a test double...). Its
    /// response body is still collected under the body cap and the read timeout.
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
        self.custom_transport = Some(Box::new(move |config, stack: CallStack| {
            Ok(stack.on(CollectBody::new(service, config)))
        }));
        self
    }

    fn resolve_base_url(&mut self) -> Result<String, BuildError> {
        if let Some(url) = self.base_url.take() {
            return Ok(url);
        }
        let app_id = self
            .app_id
            .take()
            .ok_or(BuildError::Missing("app_id or base_url"))?;
        let template = P::BASE_URL_TEMPLATE.ok_or(BuildError::Missing("base_url"))?;
        let valid = !app_id.is_empty()
            && app_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !valid {
            return Err(BuildError::InvalidBaseUrl(format!(
                "application id `{app_id}` (letters, digits and `-` only)"
            )));
        }
        Ok(template.replace("{app_id}", &app_id))
    }

    /// Assembles the stack.
    pub fn build(mut self) -> Result<P, BuildError> {
        let url = self.resolve_base_url()?;
        let base_url = BaseUrl::parse_with(&url, self.allow_insecure_http)?;
        let token = self.token.ok_or(BuildError::Missing("api_token"))?;
        let user_agent = match &self.user_agent_suffix {
            Some(suffix) => UserAgentLayer::with_suffix(suffix)?,
            None => UserAgentLayer::default(),
        };
        let request_layers =
            RequestLayers::new(user_agent, ApiTokenLayer::new(&token)?, base_url.clone());

        // An attempt timeout no longer than the read timeout already ends any stall; arm the
        // transport's read timers only when it does not (or is off).
        let mut transport = self.transport;
        if self
            .attempt_timeout
            .is_some_and(|attempt| attempt <= transport.read_timeout)
        {
            transport.read_timer = false;
        }
        let stack = CallStack {
            layers: tower::ServiceBuilder::new()
                .layer(TraceLayer)
                .layer(RetryLayer::new(self.retry).total_timeout(self.total_timeout))
                .layer(TimeoutLayer::attempt(self.attempt_timeout))
                .layer(request_layers),
            attempt_layers: self.attempt_layers,
        };
        let mut service: ApiService = match self.custom_transport {
            Some(make) => make(transport, stack)?,
            None => default_transport(transport, stack)?,
        };
        for wrap in self.outer_layers.into_iter().rev() {
            service = wrap(service);
        }
        Ok(P::from_client(Client {
            service,
            base_url,
            max_pages: self.max_pages,
            token,
        }))
    }
}

#[cfg(feature = "default-transport")]
fn default_transport(config: TransportConfig, stack: CallStack) -> Result<ApiService, BuildError> {
    Ok(stack.on(crate::transport::default_collecting_transport(config)?))
}

#[cfg(not(feature = "default-transport"))]
fn default_transport(
    _config: TransportConfig,
    _stack: CallStack,
) -> Result<ApiService, BuildError> {
    Err(BuildError::Missing(
        "a transport (enable the `default-transport` feature or call with_service)",
    ))
}
