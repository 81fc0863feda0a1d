//! [`RetryLayer`]: retries driven by Sendbird's rules.
//!
//! - HTTP 429 (or the rate-limit codes 500910 / 429100) is retried on **any** method, after the
//!   server's `X-RateLimit-RetryAfter` / `Retry-After` when given (and not longer than
//!   [`RetryConfig::max_retry_after`]), after the back-off otherwise.
//! - 500, 502, 503, 504, attempt timeouts and transport errors are retried only when the
//!   request is idempotent ([`ApiRequest::idempotent`], decided per operation and, for
//!   mode-dependent operations, per request), except connection failures, where the request
//!   never left.
//! - A call's [`CallOptions::max_attempts`](crate::CallOptions) overrides the configured
//!   number of attempts.
//! - Back-off is exponential with jitter; a shared [`TpsBudget`] stops retry storms.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::StatusCode;
use pin_project_lite::pin_project;
use tower::retry::budget::{Budget, TpsBudget};
use tower::{Layer, Service};

use crate::error::{retry_after_from_headers, ApiError, Error, TimeoutKind};
use crate::options::HasCallOptions;
use crate::request::ApiRequest;

/// Retry settings. `RetryConfig::default()` makes up to 3 attempts.
///
/// ```
/// use std::time::Duration;
/// use sendbird_core::layers::RetryConfig;
///
/// let config = RetryConfig::default()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(200))
///     .max_retry_after(Duration::from_secs(10));
/// assert_eq!(config.attempts(), 5);
/// assert_eq!(RetryConfig::disabled().attempts(), 1);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    jitter: bool,
    max_retry_after: Duration,
    budget: Option<BudgetConfig>,
}

#[derive(Clone, Debug, PartialEq)]
struct BudgetConfig {
    ttl: Duration,
    min_per_sec: u32,
    retry_percent: f32,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
            jitter: true,
            max_retry_after: Duration::from_secs(30),
            budget: Some(BudgetConfig {
                ttl: Duration::from_secs(10),
                min_per_sec: 10,
                retry_percent: 0.2,
            }),
        }
    }
}

impl RetryConfig {
    /// No retries at all: every call is one attempt.
    pub fn disabled() -> Self {
        Self::default().max_attempts(1)
    }

    /// Total attempts, first one included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The configured number of attempts.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    crate::macros::setters! {
        /// The back-off before the first retry; it doubles for each further retry.
        initial_backoff: Duration;
        /// The longest back-off.
        max_backoff: Duration;
        /// With jitter (the default) each back-off is drawn between half and all of its value.
        jitter: bool;
        /// The longest server-requested wait honoured; a longer one ends the retries and
        /// returns the error, whose [`ApiError::retry_after`] tells how long to wait.
        max_retry_after: Duration;
    }

    /// A retry budget: retries may add at most `retry_percent` (0.0–1000.0) on top of the
    /// calls of the last `ttl`, plus `min_per_sec` retries per second.
    pub fn budget(mut self, ttl: Duration, min_per_sec: u32, retry_percent: f32) -> Self {
        self.budget = Some(BudgetConfig {
            ttl,
            min_per_sec,
            retry_percent,
        });
        self
    }

    /// No budget: only `max_attempts` limits retries.
    pub fn without_budget(mut self) -> Self {
        self.budget = None;
        self
    }

    /// The back-off before retry number `retry` (1-based), without jitter.
    pub fn backoff(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.saturating_sub(1));
        self.initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff)
    }
}

/// What every call of one [`RetryLayer`] shares: the settings and the budget.
#[derive(Debug)]
struct Shared {
    config: RetryConfig,
    budget: Option<TpsBudget>,
    total_timeout: Option<Duration>,
}

enum Decision {
    Stop,
    Retry { server_wait: Option<Duration> },
}

fn classify(result: &Result<http::Response<Bytes>, Error>, idempotent: bool) -> Decision {
    match result {
        Ok(response) => {
            let status = response.status();
            if status.is_success() {
                return Decision::Stop;
            }
            let server_wait = retry_after_from_headers(response.headers());
            if status == StatusCode::TOO_MANY_REQUESTS {
                return Decision::Retry { server_wait };
            }
            let error =
                ApiError::from_response(status, response.headers(), response.body().clone());
            if error.is_rate_limited() {
                return Decision::Retry { server_wait };
            }
            let transient = matches!(status.as_u16(), 500 | 502 | 503 | 504);
            if transient && idempotent {
                Decision::Retry { server_wait }
            } else {
                Decision::Stop
            }
        }
        Err(Error::Transport(error)) if error.is_connect() || idempotent => {
            Decision::Retry { server_wait: None }
        }
        Err(Error::Timeout(TimeoutKind::Attempt(_) | TimeoutKind::Read(_))) if idempotent => {
            Decision::Retry { server_wait: None }
        }
        Err(_) => Decision::Stop,
    }
}

impl Shared {
    /// How long to wait before attempt `attempts + 1`, or `None` to stop.
    fn next_delay(
        &self,
        attempts: u32,
        max_attempts: u32,
        idempotent: bool,
        operation: &'static str,
        result: &Result<http::Response<Bytes>, Error>,
    ) -> Option<Duration> {
        let Decision::Retry { server_wait } = classify(result, idempotent) else {
            return None;
        };
        if attempts >= max_attempts {
            return None;
        }
        let delay = match server_wait {
            Some(wait) if wait > self.config.max_retry_after => return None,
            Some(wait) => wait,
            None => {
                let backoff = self.config.backoff(attempts);
                if self.config.jitter {
                    backoff.mul_f64(0.5 + fastrand::f64() * 0.5)
                } else {
                    backoff
                }
            }
        };
        if let Some(budget) = &self.budget {
            if !budget.withdraw() {
                return None;
            }
        }
        tracing::debug!(
            operation,
            attempt = attempts + 1,
            delay_ms = delay.as_millis() as u64,
            "retrying Sendbird request"
        );
        Some(delay)
    }
}

/// Retries calls according to a [`RetryConfig`]. Clones of the layer share one budget.
#[derive(Clone, Debug)]
pub struct RetryLayer {
    shared: Arc<Shared>,
}

impl RetryLayer {
    /// The layer for `config`.
    pub fn new(config: RetryConfig) -> Self {
        let budget = config
            .budget
            .as_ref()
            .map(|b| TpsBudget::new(b.ttl, b.min_per_sec, b.retry_percent));
        Self {
            shared: Arc::new(Shared {
                config,
                budget,
                total_timeout: None,
            }),
        }
    }

    /// Also bounds the whole call, retries and back-off included (a call's own
    /// [`CallOptions::timeout`](crate::CallOptions::timeout) wins): the layer sets the request's
    /// [`CallDeadline`](crate::CallDeadline), which [`TimeoutLayer::attempt`](super::TimeoutLayer)
    /// below it honours, and never sleeps past it. The call then fails with
    /// [`TimeoutKind::Total`].
    pub fn total_timeout(self, limit: Option<Duration>) -> Self {
        let shared = Shared {
            config: self.shared.config.clone(),
            budget: self
                .shared
                .config
                .budget
                .as_ref()
                .map(|b| TpsBudget::new(b.ttl, b.min_per_sec, b.retry_percent)),
            total_timeout: limit,
        };
        Self {
            shared: Arc::new(shared),
        }
    }
}

impl<S: Clone> Layer<S> for RetryLayer {
    type Service = RetryService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RetryService {
            spare: Arc::new(inner.clone()),
            inner,
            shared: self.shared.clone(),
        }
    }
}

/// The service made by [`RetryLayer`].
///
/// A call that may be retried keeps one copy of its request (the bodies are shared bytes) and
/// a shared handle on the inner service, which is cloned only when a retry actually happens;
/// a call limited to one attempt keeps nothing.
#[derive(Debug)]
pub struct RetryService<S> {
    inner: S,
    spare: Arc<S>,
    shared: Arc<Shared>,
}

impl<S: Clone> Clone for RetryService<S> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
            spare: self.spare.clone(),
            shared: self.shared.clone(),
        }
    }
}

impl<S> Service<ApiRequest> for RetryService<S>
where
    S: Service<ApiRequest, Response = http::Response<Bytes>, Error = Error> + Clone,
{
    type Response = http::Response<Bytes>;
    type Error = Error;
    type Future = RetryFuture<S>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: ApiRequest) -> Self::Future {
        if let Some(budget) = &self.shared.budget {
            budget.deposit();
        }
        if let Some(total) = request
            .call_options()
            .and_then(|options| options.timeout)
            .or(self.shared.total_timeout)
        {
            request.deadline = Some(crate::CallDeadline::after(total));
        }
        let deadline = request.deadline;
        let max_attempts = request
            .call_options()
            .and_then(|options| options.max_attempts)
            .unwrap_or(self.shared.config.max_attempts);
        let again = (max_attempts > 1).then(|| Again {
            request: request.clone(),
            spare: self.spare.clone(),
            service: None,
        });
        let idempotent = request.idempotent;
        let operation = request.meta.operation;
        RetryFuture {
            state: RetryState::Calling {
                future: self.inner.call(request),
            },
            again,
            shared: self.shared.clone(),
            attempts: 1,
            max_attempts,
            idempotent,
            operation,
            deadline,
        }
    }
}

/// What a retry needs: the request to send again and the service to send it with.
struct Again<S> {
    request: ApiRequest,
    spare: Arc<S>,
    // Cloned out of `spare` on the first retry only (boxed: most calls never retry, and the
    // future stays small).
    service: Option<Box<S>>,
}

pin_project! {
    /// The future of [`RetryService`].
    pub struct RetryFuture<S: Service<ApiRequest>> {
        #[pin]
        state: RetryState<S::Future>,
        again: Option<Again<S>>,
        shared: Arc<Shared>,
        attempts: u32,
        max_attempts: u32,
        idempotent: bool,
        operation: &'static str,
        deadline: Option<crate::CallDeadline>,
    }
}

pin_project! {
    #[project = RetryProjection]
    enum RetryState<F> {
        Calling {
            #[pin]
            future: F,
        },
        Waiting {
            #[pin]
            sleep: tokio::time::Sleep,
        },
        // The call's deadline falls before the next attempt could start: wait for it, then
        // fail with the total timeout.
        Expiring {
            #[pin]
            sleep: tokio::time::Sleep,
            total: Duration,
        },
        Readying,
    }
}

impl<S> std::fmt::Debug for RetryFuture<S>
where
    S: Service<ApiRequest>,
{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RetryFuture")
            .field("operation", &self.operation)
            .field("attempts", &self.attempts)
            .field("max_attempts", &self.max_attempts)
            .finish_non_exhaustive()
    }
}

impl<S> Future for RetryFuture<S>
where
    S: Service<ApiRequest, Response = http::Response<Bytes>, Error = Error> + Clone,
{
    type Output = Result<http::Response<Bytes>, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        loop {
            match this.state.as_mut().project() {
                RetryProjection::Calling { future } => {
                    let result = std::task::ready!(future.poll(cx));
                    let delay = match this.again.as_ref() {
                        None => None,
                        Some(_) => this.shared.next_delay(
                            *this.attempts,
                            *this.max_attempts,
                            *this.idempotent,
                            this.operation,
                            &result,
                        ),
                    };
                    match (delay, *this.deadline) {
                        (None, _) => return Poll::Ready(result),
                        (Some(delay), Some(deadline))
                            if tokio::time::Instant::now() + delay >= deadline.at =>
                        {
                            this.state.set(RetryState::Expiring {
                                sleep: tokio::time::sleep_until(deadline.at),
                                total: deadline.total,
                            })
                        }
                        (Some(delay), _) => this.state.set(RetryState::Waiting {
                            sleep: tokio::time::sleep(delay),
                        }),
                    }
                }
                RetryProjection::Waiting { sleep } => {
                    std::task::ready!(sleep.poll(cx));
                    this.state.set(RetryState::Readying);
                }
                RetryProjection::Expiring { sleep, total } => {
                    let total = *total;
                    std::task::ready!(sleep.poll(cx));
                    return Poll::Ready(Err(Error::Timeout(TimeoutKind::Total(total))));
                }
                RetryProjection::Readying => {
                    let Some(again) = this.again.as_mut() else {
                        return Poll::Ready(Err(Error::Middleware(
                            "retry state lost its request".into(),
                        )));
                    };
                    let service = again
                        .service
                        .get_or_insert_with(|| Box::new(S::clone(&again.spare)));
                    std::task::ready!(service.poll_ready(cx))?;
                    *this.attempts += 1;
                    let request = if *this.attempts >= *this.max_attempts {
                        // The last attempt: nothing to keep for later.
                        match this.again.take() {
                            Some(Again {
                                request,
                                service: Some(mut service),
                                ..
                            }) => {
                                let future = service.call(request);
                                this.state.set(RetryState::Calling { future });
                                continue;
                            }
                            _ => {
                                return Poll::Ready(Err(Error::Middleware(
                                    "retry state lost its service".into(),
                                )))
                            }
                        }
                    } else {
                        again.request.clone()
                    };
                    let future = service.call(request);
                    this.state.set(RetryState::Calling { future });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let config = RetryConfig::default()
            .initial_backoff(Duration::from_secs(1))
            .max_backoff(Duration::from_secs(5));
        assert_eq!(config.backoff(1), Duration::from_secs(1));
        assert_eq!(config.backoff(2), Duration::from_secs(2));
        assert_eq!(config.backoff(3), Duration::from_secs(4));
        assert_eq!(config.backoff(4), Duration::from_secs(5));
        assert_eq!(config.backoff(60), Duration::from_secs(5));
    }

    fn response(status: u16, body: &'static str) -> Result<http::Response<Bytes>, Error> {
        let mut response = http::Response::new(Bytes::from_static(body.as_bytes()));
        *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
        Ok(response)
    }

    #[test]
    fn classification_table() {
        let retry = |r: &Result<_, _>, idem| matches!(classify(r, idem), Decision::Retry { .. });
        assert!(retry(&response(429, ""), false));
        assert!(retry(&response(503, ""), true));
        assert!(!retry(&response(503, ""), false));
        assert!(!retry(&response(501, ""), true));
        assert!(!retry(&response(400, r#"{"code":400201}"#), true));
        assert!(retry(
            &response(500, r#"{"code":500910,"message":"rate"}"#),
            false
        ));
        assert!(!retry(&response(200, ""), true));
        let connect = Err(Error::Transport(crate::error::TransportError::new(
            crate::error::TransportErrorKind::Connect,
            "refused",
        )));
        assert!(retry(&connect, false));
        let reset = Err(Error::Transport(crate::error::TransportError::new(
            crate::error::TransportErrorKind::Other,
            "reset",
        )));
        assert!(!retry(&reset, false));
        assert!(retry(&reset, true));
        let timeout = Err(Error::Timeout(TimeoutKind::Attempt(Duration::from_secs(1))));
        assert!(retry(&timeout, true));
        assert!(!retry(&timeout, false));
    }
}
