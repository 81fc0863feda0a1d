//! The bottom of the stack: any `tower::Service<http::Request<Bytes>>`, with the response body
//! collected under a size cap; by default hyper-util's pooled client over rustls.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use tower::Service;

use crate::error::{BoxError, Error, TimeoutKind, TransportError, TransportErrorKind};
use crate::shared_service::SharedService;

/// The erased service at the `http::Request` level: what user per-attempt layers wrap.
pub type HttpService = SharedService<http::Request<Bytes>, http::Response<Bytes>>;

/// Default response body cap: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 32 * 1024 * 1024;

/// Default read timeout: how long to wait for the next bytes of a response.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(60);

/// How a transport's responses are read: the body cap and the read (idle) timeout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TransportConfig {
    /// The largest response body accepted, in bytes.
    pub max_body: usize,
    /// How long to wait for the response headers, then for each further chunk of the body.
    pub read_timeout: Duration,
    /// Whether the read timeout needs timers of its own. The client turns it off when an
    /// attempt timeout no longer than `read_timeout` bounds every attempt anyway.
    pub read_timer: bool,
}

impl Default for TransportConfig {
    fn default() -> Self {
        Self {
            max_body: DEFAULT_MAX_RESPONSE_BODY,
            read_timeout: DEFAULT_READ_TIMEOUT,
            read_timer: true,
        }
    }
}

impl TransportConfig {
    /// The defaults: 32 MiB, 60 s.
    pub fn new() -> Self {
        Self::default()
    }

    crate::macros::setters! {
        /// Sets the body cap.
        max_body: usize;
        /// Sets the read timeout.
        read_timeout: Duration;
    }
}

/// Wraps any HTTP service: its errors become [`Error::Transport`] (unless they already are an
/// [`Error`]) and its response body is collected, failing with [`Error::BodyTooLarge`] past
/// `config.max_body` bytes (before reading anything when `Content-Length` says so) and with
/// a [`TimeoutKind::Read`] timeout when no bytes arrive for `config.read_timeout`.
pub fn collect_body<S, B>(service: S, config: TransportConfig) -> HttpService
where
    S: Service<http::Request<Bytes>, Response = http::Response<B>> + Clone + Send + Sync + 'static,
    S::Error: Into<BoxError>,
    S::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    SharedService::new(CollectBody::new(service, config))
}

/// The service [`collect_body`] erases; the client builder layers it unerased.
#[derive(Clone)]
pub(crate) struct CollectBody<S> {
    inner: S,
    config: TransportConfig,
}

impl<S> CollectBody<S> {
    pub(crate) fn new(inner: S, config: TransportConfig) -> Self {
        Self { inner, config }
    }
}

fn transport_error(error: BoxError) -> Error {
    match error.downcast::<Error>() {
        Ok(error) => *error,
        Err(other) => Error::Transport(TransportError::new(TransportErrorKind::Other, other)),
    }
}

fn declared_length(headers: &http::HeaderMap) -> Option<u64> {
    headers
        .get(http::header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// The collected body so far: the first chunk as is, further chunks copied together.
#[derive(Default)]
struct Collected {
    first: Option<Bytes>,
    rest: Option<bytes::BytesMut>,
    total: usize,
}

impl Collected {
    fn push(&mut self, data: Bytes, max_body: usize) -> Result<(), Error> {
        self.total = self.total.saturating_add(data.len());
        if self.total > max_body {
            return Err(Error::BodyTooLarge { limit: max_body });
        }
        match (&mut self.first, &mut self.rest) {
            (None, _) => self.first = Some(data),
            (Some(head), None) => {
                let mut buffer = bytes::BytesMut::with_capacity(head.len() + data.len());
                buffer.extend_from_slice(head);
                buffer.extend_from_slice(&data);
                self.rest = Some(buffer);
            }
            (Some(_), Some(buffer)) => buffer.extend_from_slice(&data),
        }
        Ok(())
    }

    fn into_bytes(self) -> Bytes {
        match (self.first, self.rest) {
            (_, Some(buffer)) => buffer.freeze(),
            (Some(head), None) => head,
            (None, None) => Bytes::new(),
        }
    }
}

pin_project_lite::pin_project! {
    /// The future of a collecting transport: the response, then its whole body, under the
    /// body cap and (when armed) the read timeout. A hand-written state machine, so the only
    /// allocation is the erased service's box around it.
    pub(crate) struct CollectFuture<F, B> {
        #[pin]
        state: CollectState<F, B>,
        config: TransportConfig,
        // Armed only when the read timeout needs timers of its own.
        timer: Option<Pin<Box<tokio::time::Sleep>>>,
    }
}

pin_project_lite::pin_project! {
    #[project = CollectProjection]
    enum CollectState<F, B> {
        Waiting {
            #[pin]
            future: F,
        },
        Reading {
            parts: Option<http::response::Parts>,
            #[pin]
            body: B,
            collected: Collected,
        },
        Done,
    }
}

impl<F, B, E> Future for CollectFuture<F, B>
where
    F: Future<Output = Result<http::Response<B>, E>>,
    E: Into<BoxError>,
    B: http_body::Body<Data = Bytes>,
    B::Error: Into<BoxError>,
{
    type Output = Result<http::Response<Bytes>, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        let config = *this.config;
        loop {
            let progress = match this.state.as_mut().project() {
                CollectProjection::Waiting { future } => match future.poll(cx) {
                    Poll::Pending => false,
                    Poll::Ready(Err(error)) => {
                        this.state.set(CollectState::Done);
                        return Poll::Ready(Err(transport_error(error.into())));
                    }
                    Poll::Ready(Ok(response)) => {
                        let (parts, body) = response.into_parts();
                        if declared_length(&parts.headers)
                            .is_some_and(|len| len > config.max_body as u64)
                        {
                            this.state.set(CollectState::Done);
                            return Poll::Ready(Err(Error::BodyTooLarge {
                                limit: config.max_body,
                            }));
                        }
                        this.state.set(CollectState::Reading {
                            parts: Some(parts),
                            body,
                            collected: Collected::default(),
                        });
                        true
                    }
                },
                CollectProjection::Reading {
                    parts,
                    body,
                    collected,
                } => match body.poll_frame(cx) {
                    Poll::Pending => false,
                    Poll::Ready(None) => {
                        let collected = std::mem::take(collected).into_bytes();
                        let Some(parts) = parts.take() else {
                            return Poll::Ready(Err(Error::Middleware(
                                "response polled after completion".into(),
                            )));
                        };
                        this.state.set(CollectState::Done);
                        return Poll::Ready(Ok(http::Response::from_parts(parts, collected)));
                    }
                    Poll::Ready(Some(Err(error))) => {
                        this.state.set(CollectState::Done);
                        return Poll::Ready(Err(transport_error(error.into())));
                    }
                    Poll::Ready(Some(Ok(frame))) => {
                        if let Ok(data) = frame.into_data() {
                            if let Err(error) = collected.push(data, config.max_body) {
                                this.state.set(CollectState::Done);
                                return Poll::Ready(Err(error));
                            }
                        }
                        true
                    }
                },
                CollectProjection::Done => {
                    return Poll::Ready(Err(Error::Middleware(
                        "response polled after completion".into(),
                    )))
                }
            };
            if progress {
                // Bytes arrived: the read deadline starts again.
                if let Some(timer) = this.timer.as_mut() {
                    timer
                        .as_mut()
                        .reset(tokio::time::Instant::now() + config.read_timeout);
                }
                continue;
            }
            if let Some(timer) = this.timer.as_mut() {
                if timer.as_mut().poll(cx).is_ready() {
                    this.state.set(CollectState::Done);
                    return Poll::Ready(Err(Error::Timeout(TimeoutKind::Read(
                        config.read_timeout,
                    ))));
                }
            }
            return Poll::Pending;
        }
    }
}

impl<S, B> Service<http::Request<Bytes>> for CollectBody<S>
where
    S: Service<http::Request<Bytes>, Response = http::Response<B>>,
    S::Error: Into<BoxError>,
    B: http_body::Body<Data = Bytes>,
    B::Error: Into<BoxError>,
{
    type Response = http::Response<Bytes>;
    type Error = Error;
    type Future = CollectFuture<S::Future, B>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner
            .poll_ready(cx)
            .map_err(|e| transport_error(e.into()))
    }

    fn call(&mut self, request: http::Request<Bytes>) -> Self::Future {
        let config = self.config;
        let timer = config
            .read_timer
            .then(|| Box::pin(tokio::time::sleep(config.read_timeout)));
        CollectFuture {
            state: CollectState::Waiting {
                future: self.inner.call(request),
            },
            config,
            timer,
        }
    }
}

#[cfg(feature = "default-transport")]
mod hyper_transport {
    use std::sync::Arc;
    use std::time::Duration;

    use bytes::Bytes;
    use http_body_util::Full;
    use hyper_util::client::legacy::connect::HttpConnector;
    use hyper_util::client::legacy::Client;
    use hyper_util::rt::{TokioExecutor, TokioTimer};

    use super::*;
    use crate::error::BuildError;

    type HyperClient = Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>;

    /// hyper-util's pooled client over rustls (ring provider, webpki roots), HTTP/1.1 and
    /// HTTP/2 via ALPN. Plain `http` is allowed here; the base URL check decides.
    #[derive(Clone, Debug)]
    pub(crate) struct HyperTransport {
        client: HyperClient,
    }

    impl HyperTransport {
        pub(crate) fn new() -> Result<Self, BuildError> {
            let mut http = HttpConnector::new();
            http.enforce_http(false);
            http.set_nodelay(true);
            http.set_connect_timeout(Some(Duration::from_secs(10)));
            let provider = Arc::new(rustls::crypto::ring::default_provider());
            let https = hyper_rustls::HttpsConnectorBuilder::new()
                .with_provider_and_webpki_roots(provider)
                .map_err(|e| BuildError::Header(format!("TLS setup failed: {e}")))?
                .https_or_http()
                .enable_http1()
                .enable_http2()
                .wrap_connector(http);
            let client = Client::builder(TokioExecutor::new())
                .pool_timer(TokioTimer::new())
                .pool_idle_timeout(Duration::from_secs(60))
                .build(https);
            Ok(Self { client })
        }
    }

    /// A hyper error as a transport error: `Connect` when the request never left.
    fn hyper_error(error: hyper_util::client::legacy::Error) -> Error {
        let kind = if error.is_connect() {
            TransportErrorKind::Connect
        } else {
            TransportErrorKind::Other
        };
        Error::Transport(TransportError::new(kind, error))
    }

    impl Service<http::Request<Bytes>> for HyperTransport {
        type Response = http::Response<hyper::body::Incoming>;
        type Error = Error;
        type Future = futures_util::future::MapErr<
            hyper_util::client::legacy::ResponseFuture,
            fn(hyper_util::client::legacy::Error) -> Error,
        >;

        fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
            Poll::Ready(Ok(()))
        }

        fn call(&mut self, request: http::Request<Bytes>) -> Self::Future {
            use futures_util::TryFutureExt;
            self.client
                .request(request.map(Full::new))
                .map_err(hyper_error as fn(_) -> Error)
        }
    }
}

/// The default transport (hyper-util + rustls), with the body cap and read timeout applied.
#[cfg(feature = "default-transport")]
pub fn default_transport(config: TransportConfig) -> Result<HttpService, crate::error::BuildError> {
    Ok(collect_body(
        hyper_transport::HyperTransport::new()?,
        config,
    ))
}

/// The default transport with its body collection, unerased (for the client builder).
#[cfg(feature = "default-transport")]
pub(crate) fn default_collecting_transport(
    config: TransportConfig,
) -> Result<CollectBody<hyper_transport::HyperTransport>, crate::error::BuildError> {
    Ok(CollectBody::new(
        hyper_transport::HyperTransport::new()?,
        config,
    ))
}
