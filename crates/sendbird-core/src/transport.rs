//! The bottom of the stack: any `tower::Service<http::Request<Bytes>>`, with the response body
//! collected under a size cap; by default hyper-util's pooled client over rustls.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use tower::util::BoxCloneSyncService;
use tower::Service;

use crate::error::{BoxError, Error, TransportError, TransportErrorKind};

/// The erased service at the `http::Request` level: what user per-attempt layers wrap.
pub type HttpService = BoxCloneSyncService<http::Request<Bytes>, http::Response<Bytes>, Error>;

/// Default response body cap: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 32 * 1024 * 1024;

/// Wraps any HTTP service: its errors become [`Error::Transport`] (unless they already are an
/// [`Error`]) and its response body is collected, failing with [`Error::BodyTooLarge`] past
/// `max_body` bytes.
pub fn collect_body<S, B>(service: S, max_body: usize) -> HttpService
where
    S: Service<http::Request<Bytes>, Response = http::Response<B>> + Clone + Send + Sync + 'static,
    S::Error: Into<BoxError>,
    S::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    BoxCloneSyncService::new(CollectBody {
        inner: service,
        max_body,
    })
}

#[derive(Clone)]
struct CollectBody<S> {
    inner: S,
    max_body: usize,
}

fn transport_error(error: BoxError) -> Error {
    match error.downcast::<Error>() {
        Ok(error) => *error,
        Err(other) => Error::Transport(TransportError::new(TransportErrorKind::Other, other)),
    }
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
        let max_body = self.max_body;
        let future = self.inner.call(request);
        Box::pin(async move {
            let response = future.await.map_err(|e| transport_error(e.into()))?;
            let (parts, body) = response.into_parts();
            let collected = Limited::new(body, max_body)
                .collect()
                .await
                .map_err(|error| {
                    if error.is::<http_body_util::LengthLimitError>() {
                        Error::BodyTooLarge { limit: max_body }
                    } else {
                        transport_error(error)
                    }
                })?;
            Ok(http::Response::from_parts(parts, collected.to_bytes()))
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

/// The default transport (hyper-util + rustls), with the body cap applied.
#[cfg(feature = "default-transport")]
pub fn default_transport(max_body: usize) -> Result<HttpService, crate::error::BuildError> {
    Ok(collect_body(
        hyper_transport::HyperTransport::new()?,
        max_body,
    ))
}
