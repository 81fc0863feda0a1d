//! [`TimeoutLayer`]: a deadline per attempt or per call, failing with [`Error::Timeout`].

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use pin_project_lite::pin_project;
use tower::{Layer, Service};

use crate::error::{Error, TimeoutKind};

/// Fails a call with [`Error::Timeout`] when the inner service takes longer than the limit.
///
/// Use [`TimeoutLayer::attempt`] inside the retry layer (one try, body included) and
/// [`TimeoutLayer::total`] outside it (the whole call, back-off included).
#[derive(Clone, Copy, Debug)]
pub struct TimeoutLayer {
    kind: TimeoutKind,
}

impl TimeoutLayer {
    /// A limit for one attempt.
    pub fn attempt(limit: Duration) -> Self {
        Self {
            kind: TimeoutKind::Attempt(limit),
        }
    }

    /// A limit for the whole call.
    pub fn total(limit: Duration) -> Self {
        Self {
            kind: TimeoutKind::Total(limit),
        }
    }
}

impl<S> Layer<S> for TimeoutLayer {
    type Service = Timeout<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Timeout {
            inner,
            kind: self.kind,
        }
    }
}

/// The service made by [`TimeoutLayer`].
#[derive(Clone, Debug)]
pub struct Timeout<S> {
    inner: S,
    kind: TimeoutKind,
}

impl<S, R> Service<R> for Timeout<S>
where
    S: Service<R, Error = Error>,
{
    type Response = S::Response;
    type Error = Error;
    type Future = TimeoutFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: R) -> Self::Future {
        let limit = match self.kind {
            TimeoutKind::Attempt(d) | TimeoutKind::Total(d) => d,
        };
        TimeoutFuture {
            inner: self.inner.call(request),
            sleep: tokio::time::sleep(limit),
            kind: self.kind,
        }
    }
}

pin_project! {
    /// The future of [`Timeout`].
    #[derive(Debug)]
    pub struct TimeoutFuture<F> {
        #[pin]
        inner: F,
        #[pin]
        sleep: tokio::time::Sleep,
        kind: TimeoutKind,
    }
}

impl<F, T> Future for TimeoutFuture<F>
where
    F: Future<Output = Result<T, Error>>,
{
    type Output = Result<T, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Poll::Ready(output) = this.inner.poll(cx) {
            return Poll::Ready(output);
        }
        match this.sleep.poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(Error::Timeout(*this.kind))),
            Poll::Pending => Poll::Pending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::{service_fn, ServiceExt};

    #[tokio::test(start_paused = true)]
    async fn times_out_slow_services() {
        let slow = service_fn(|()| async {
            tokio::time::sleep(Duration::from_secs(10)).await;
            Ok::<_, Error>(1)
        });
        let result = TimeoutLayer::attempt(Duration::from_secs(2))
            .layer(slow)
            .oneshot(())
            .await;
        assert!(matches!(
            result,
            Err(Error::Timeout(TimeoutKind::Attempt(d))) if d == Duration::from_secs(2)
        ));
    }

    #[tokio::test(start_paused = true)]
    async fn passes_fast_answers() {
        let fast = service_fn(|()| async { Ok::<_, Error>(1) });
        let result = TimeoutLayer::total(Duration::from_secs(2))
            .layer(fast)
            .oneshot(())
            .await;
        assert_eq!(result.ok(), Some(1));
    }
}
