//! [`TraceLayer`]: one `tracing` span per call, with the operation and outcome (never the
//! token, a body or a server message).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use pin_project_lite::pin_project;
use tower::Service;

use crate::error::Error;
use crate::request::ApiRequest;

/// Wraps each call in a `sendbird.request` span (fields `operation`, `method`, `path`) and logs
/// the status or error at `debug`, with the elapsed time.
#[derive(Clone, Copy, Debug, Default)]
pub struct TraceLayer;

layer_service!(TraceLayer => TraceService {});

impl<S> Service<ApiRequest> for TraceService<S>
where
    S: Service<ApiRequest, Response = http::Response<Bytes>, Error = Error>,
{
    type Response = http::Response<Bytes>;
    type Error = Error;
    type Future = TraceFuture<S::Future>;

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
        let inner = self.inner.call(request);
        let state = if span.is_disabled() {
            // Nobody listens: no clock read, no span to enter on every poll.
            TraceState::Plain { inner }
        } else {
            TraceState::Traced {
                inner,
                span,
                started: Instant::now(),
            }
        };
        TraceFuture { state }
    }
}

pin_project! {
    /// The future of [`TraceService`].
    #[derive(Debug)]
    pub struct TraceFuture<F> {
        #[pin]
        state: TraceState<F>,
    }
}

pin_project! {
    #[project = TraceProjection]
    #[derive(Debug)]
    enum TraceState<F> {
        Plain {
            #[pin]
            inner: F,
        },
        Traced {
            #[pin]
            inner: F,
            span: tracing::Span,
            started: Instant,
        },
    }
}

impl<F> Future for TraceFuture<F>
where
    F: Future<Output = Result<http::Response<Bytes>, Error>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project().state.project() {
            TraceProjection::Plain { inner } => inner.poll(cx),
            TraceProjection::Traced {
                inner,
                span,
                started,
            } => {
                let _entered = span.enter();
                let result = std::task::ready!(inner.poll(cx));
                let elapsed_ms = started.elapsed().as_millis() as u64;
                match &result {
                    Ok(response) => tracing::debug!(
                        status = response.status().as_u16(),
                        elapsed_ms,
                        "sendbird response"
                    ),
                    // Only the class, status and code: server texts may echo secrets.
                    Err(error) => tracing::debug!(
                        error = error.class(),
                        status = error.status().map(|s| s.as_u16()),
                        code = error.code(),
                        elapsed_ms,
                        "sendbird request failed"
                    ),
                }
                Poll::Ready(result)
            }
        }
    }
}
