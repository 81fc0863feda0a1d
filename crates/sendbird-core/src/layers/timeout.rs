//! [`TimeoutLayer`]: a deadline per attempt or per call, failing with [`Error::Timeout`].

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use pin_project_lite::pin_project;
use tower::Service;

use crate::error::{Error, TimeoutKind};
use crate::options::{CallDeadline, HasCallOptions};

/// Fails a call with [`Error::Timeout`] when the inner service takes longer than the limit.
///
/// [`TimeoutLayer::attempt`] limits one try (body included) and never lets it run past the
/// call's [`CallDeadline`] (which [`RetryLayer`](super::RetryLayer) sets from the total
/// timeout), so the default stack needs one timer per attempt for both limits.
/// [`TimeoutLayer::total`] is the standalone form for custom stacks: it limits everything
/// inside it and yields to the call's own [`CallOptions::timeout`](crate::CallOptions::timeout).
/// With no limit at all no timer is armed.
#[derive(Clone, Copy, Debug)]
pub struct TimeoutLayer {
    total: bool,
    limit: Option<Duration>,
}

impl TimeoutLayer {
    /// A limit for one attempt (`None`: no limit).
    pub fn attempt(limit: impl Into<Option<Duration>>) -> Self {
        Self {
            total: false,
            limit: limit.into(),
        }
    }

    /// A limit for the whole call (`None`: no limit unless the call sets one).
    pub fn total(limit: impl Into<Option<Duration>>) -> Self {
        Self {
            total: true,
            limit: limit.into(),
        }
    }
}

layer_service!(TimeoutLayer => Timeout { total: bool, limit: Option<Duration> });

impl<S, R> Service<R> for Timeout<S>
where
    S: Service<R, Error = Error>,
    R: HasCallOptions,
{
    type Response = S::Response;
    type Error = Error;
    type Future = TimeoutFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: R) -> Self::Future {
        let limit = if self.total {
            request
                .call_options()
                .and_then(|options| options.timeout)
                .or(self.limit)
                .map(|limit| {
                    (
                        tokio::time::Instant::now() + limit,
                        TimeoutKind::Total(limit),
                    )
                })
        } else {
            attempt_deadline(self.limit, request.call_deadline())
        };
        let inner = self.inner.call(request);
        let state = match limit {
            Some((at, kind)) => TimeoutState::Limited {
                inner,
                timer: Timer::Unarmed { at },
                kind,
            },
            None => TimeoutState::Unlimited { inner },
        };
        TimeoutFuture { state }
    }
}

/// An attempt ends at its own limit or at the call's deadline, whichever comes first.
fn attempt_deadline(
    limit: Option<Duration>,
    call: Option<CallDeadline>,
) -> Option<(tokio::time::Instant, TimeoutKind)> {
    match (limit, call) {
        (None, None) => None,
        (Some(limit), None) => Some((
            tokio::time::Instant::now() + limit,
            TimeoutKind::Attempt(limit),
        )),
        (None, Some(call)) => Some((call.at, TimeoutKind::Total(call.total))),
        (Some(limit), Some(call)) => {
            let own = tokio::time::Instant::now() + limit;
            Some(if call.at < own {
                (call.at, TimeoutKind::Total(call.total))
            } else {
                (own, TimeoutKind::Attempt(limit))
            })
        }
    }
}

pin_project! {
    /// The future of [`Timeout`].
    #[derive(Debug)]
    pub struct TimeoutFuture<F> {
        #[pin]
        state: TimeoutState<F>,
    }
}

pin_project! {
    #[project = TimeoutProjection]
    #[derive(Debug)]
    enum TimeoutState<F> {
        // With a deadline.
        Limited {
            #[pin]
            inner: F,
            #[pin]
            timer: Timer,
            kind: TimeoutKind,
        },
        // Without one: no timer is armed.
        Unlimited {
            #[pin]
            inner: F,
        },
    }
}

pin_project! {
    /// The deadline's timer, armed only once the inner future has to wait: an answer that is
    /// ready at once (a cache, an in-process transport) never touches the timer wheel.
    #[project = TimerProjection]
    #[derive(Debug)]
    enum Timer {
        Unarmed { at: tokio::time::Instant },
        Armed {
            #[pin]
            sleep: tokio::time::Sleep,
        },
    }
}

impl Timer {
    /// Polls the timer, arming it first if needed.
    fn poll_expired(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if let TimerProjection::Unarmed { at } = self.as_mut().project() {
            let sleep = tokio::time::sleep_until(*at);
            self.set(Timer::Armed { sleep });
        }
        match self.project() {
            TimerProjection::Armed { sleep } => sleep.poll(cx),
            // Armed just above.
            TimerProjection::Unarmed { .. } => Poll::Pending,
        }
    }
}

impl<F, T> Future for TimeoutFuture<F>
where
    F: Future<Output = Result<T, Error>>,
{
    type Output = Result<T, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project().state.project() {
            TimeoutProjection::Unlimited { inner } => inner.poll(cx),
            TimeoutProjection::Limited { inner, timer, kind } => {
                if let Poll::Ready(output) = inner.poll(cx) {
                    return Poll::Ready(output);
                }
                match timer.poll_expired(cx) {
                    Poll::Ready(()) => Poll::Ready(Err(Error::Timeout(*kind))),
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::{service_fn, Layer, ServiceExt};

    #[tokio::test(start_paused = true)]
    async fn times_out_slow_services() {
        let slow = service_fn(|_: http::Request<()>| async {
            tokio::time::sleep(Duration::from_secs(10)).await;
            Ok::<_, Error>(1)
        });
        let result = TimeoutLayer::attempt(Duration::from_secs(2))
            .layer(slow)
            .oneshot(http::Request::new(()))
            .await;
        assert!(matches!(
            result,
            Err(Error::Timeout(TimeoutKind::Attempt(d))) if d == Duration::from_secs(2)
        ));
    }

    #[tokio::test(start_paused = true)]
    async fn passes_fast_answers() {
        let fast = service_fn(|_: http::Request<()>| async { Ok::<_, Error>(1) });
        let result = TimeoutLayer::total(Duration::from_secs(2))
            .layer(fast)
            .oneshot(http::Request::new(()))
            .await;
        assert_eq!(result.ok(), Some(1));
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_timeout_overrides_the_total_limit() {
        let slow = service_fn(|_: http::Request<()>| async {
            tokio::time::sleep(Duration::from_secs(10)).await;
            Ok::<_, Error>(1)
        });
        let mut request = http::Request::new(());
        request
            .extensions_mut()
            .insert(crate::CallOptions::new().timeout(Duration::from_millis(100)));
        let result = TimeoutLayer::total(None).layer(slow).oneshot(request).await;
        assert!(matches!(
            result,
            Err(Error::Timeout(TimeoutKind::Total(d))) if d == Duration::from_millis(100)
        ));
    }
}
