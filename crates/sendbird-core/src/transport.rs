//! The bottom of the stack: any `tower::Service<http::Request<Bytes>>`, with the response body
//! collected under a size cap; by default hyper-util's pooled client over rustls.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::BodyExt;
use tower::util::BoxCloneSyncService;
use tower::Service;

use crate::error::{BoxError, Error, TimeoutKind, TransportError, TransportErrorKind};

/// The erased service at the `http::Request` level: what user per-attempt layers wrap.
pub type HttpService = BoxCloneSyncService<http::Request<Bytes>, http::Response<Bytes>, Error>;

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

    /// Sets the body cap.
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// Sets the read timeout.
    pub fn read_timeout(mut self, limit: Duration) -> Self {
        self.read_timeout = limit;
        self
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
    BoxCloneSyncService::new(CollectBody {
        inner: service,
        config,
    })
}

#[derive(Clone)]
struct CollectBody<S> {
    inner: S,
    config: TransportConfig,
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

/// Reads a body frame by frame, each under the read timeout, under the size cap.
async fn read_body<B>(body: B, config: TransportConfig) -> Result<Bytes, Error>
where
    B: http_body::Body<Data = Bytes>,
    B::Error: Into<BoxError>,
{
    let mut body = std::pin::pin!(body);
    let mut first: Option<Bytes> = None;
    let mut rest: Option<bytes::BytesMut> = None;
    let mut total = 0usize;
    loop {
        let next = if config.read_timer {
            tokio::time::timeout(config.read_timeout, body.frame())
                .await
                .map_err(|_| Error::Timeout(TimeoutKind::Read(config.read_timeout)))?
        } else {
            body.frame().await
        };
        let frame = match next {
            None => break,
            Some(frame) => frame.map_err(|e| transport_error(e.into()))?,
        };
        let Ok(data) = frame.into_data() else {
            continue;
        };
        total = total.saturating_add(data.len());
        if total > config.max_body {
            return Err(Error::BodyTooLarge {
                limit: config.max_body,
            });
        }
        match (&mut first, &mut rest) {
            (None, _) => first = Some(data),
            (Some(head), None) => {
                let mut buffer = bytes::BytesMut::with_capacity(head.len() + data.len());
                buffer.extend_from_slice(head);
                buffer.extend_from_slice(&data);
                rest = Some(buffer);
            }
            (Some(_), Some(buffer)) => buffer.extend_from_slice(&data),
        }
    }
    Ok(match (first, rest) {
        (_, Some(buffer)) => buffer.freeze(),
        (Some(head), None) => head,
        (None, None) => Bytes::new(),
    })
}

impl<S, B> Service<http::Request<Bytes>> for CollectBody<S>
where
    S: Service<http::Request<Bytes>, Response = http::Response<B>>,
    S::Error: Into<BoxError>,
    S::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    type Response = http::Response<Bytes>;
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<http::Response<Bytes>, Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner
            .poll_ready(cx)
            .map_err(|e| transport_error(e.into()))
    }

    fn call(&mut self, request: http::Request<Bytes>) -> Self::Future {
        let config = self.config;
        let future = self.inner.call(request);
        Box::pin(async move {
            let response = if config.read_timer {
                tokio::time::timeout(config.read_timeout, future)
                    .await
                    .map_err(|_| Error::Timeout(TimeoutKind::Read(config.read_timeout)))?
            } else {
                future.await
            }
            .map_err(|e| transport_error(e.into()))?;
            let (parts, body) = response.into_parts();
            if declared_length(&parts.headers).is_some_and(|len| len > config.max_body as u64) {
                return Err(Error::BodyTooLarge {
                    limit: config.max_body,
                });
            }
            let body = read_body(body, config).await?;
            Ok(http::Response::from_parts(parts, body))
        })
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

    impl Service<http::Request<Bytes>> for HyperTransport {
        type Response = http::Response<hyper::body::Incoming>;
        type Error = Error;
        type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Error>> + Send>>;

        fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
            Poll::Ready(Ok(()))
        }

        fn call(&mut self, request: http::Request<Bytes>) -> Self::Future {
            let future = self.client.request(request.map(Full::new));
            Box::pin(async move {
                future.await.map_err(|error| {
                    let kind = if error.is_connect() {
                        TransportErrorKind::Connect
                    } else {
                        TransportErrorKind::Other
                    };
                    Error::Transport(TransportError::new(kind, error))
                })
            })
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
