//! [`TraceLayer`]: one `tracing` span per call, with the operation and outcome (never the
//! token or the body).

use std::future::Future;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use tower::{Layer, Service};
use tracing::Instrument;

use crate::error::Error;
use crate::request::ApiRequest;

/// Wraps each call in a `sendbird.request` span (fields `operation`, `method`, `path`) and logs
/// the status or error at `debug`, with the elapsed time.
#[derive(Clone, Copy, Debug, Default)]
pub struct TraceLayer;

impl<S> Layer<S> for TraceLayer {
    type Service = TraceService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        TraceService { inner }
    }
}

/// The service made by [`TraceLayer`].
#[derive(Clone, Debug)]
pub struct TraceService<S> {
    inner: S,
}

impl<S> Service<ApiRequest> for TraceService<S>
where
    S: Service<ApiRequest, Response = http::Response<Bytes>, Error = Error>,
    S::Future: Send + 'static,
{
    type Response = http::Response<Bytes>;
    type Error = Error;
    type Future = crate::BoxFuture<'static, Result<http::Response<Bytes>, Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: ApiRequest) -> Self::Future {
        let span = tracing::debug_span!(
            "sendbird.request",
            operation = request.meta.operation,
            method = %request.method,
            path = request.meta.path,
        );
        let future = self.inner.call(request);
        Box::pin(traced(future).instrument(span))
    }
}

async fn traced(
    future: impl Future<Output = Result<http::Response<Bytes>, Error>>,
) -> Result<http::Response<Bytes>, Error> {
    let started = Instant::now();
    let result = future.await;
    match &result {
        Ok(response) => tracing::debug!(
            status = response.status().as_u16(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "sendbird response"
        ),
        Err(error) => tracing::debug!(
            %error,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "sendbird request failed"
        ),
    }
    result
}
