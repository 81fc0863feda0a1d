//! [`RetryLayer`]: tower's retry service driven by Sendbird's rules.
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

use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::StatusCode;
use tower::retry::budget::{Budget, TpsBudget};
use tower::retry::{Policy, Retry};
use tower::Layer;

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

    /// The back-off before the first retry; it doubles for each further retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest back-off.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// With jitter (the default) each back-off is drawn between half and all of its value.
    pub fn jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// The longest server-requested wait honoured; a longer one ends the retries and returns
    /// the error, whose [`ApiError::retry_after`] tells how long to wait.
    pub fn max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
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

/// The [`Policy`] behind [`RetryLayer`]; one clone lives for each call.
#[derive(Clone, Debug)]
pub struct RetryPolicy {
    config: Arc<RetryConfig>,
    budget: Option<Arc<TpsBudget>>,
    attempts: u32,
}

impl RetryPolicy {
    /// A policy with its own budget.
    pub fn new(config: RetryConfig) -> Self {
        let budget = config
            .budget
            .as_ref()
            .map(|b| Arc::new(TpsBudget::new(b.ttl, b.min_per_sec, b.retry_percent)));
        Self {
            config: Arc::new(config),
            budget,
            attempts: 0,
        }
    }
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

impl Policy<ApiRequest, http::Response<Bytes>, Error> for RetryPolicy {
    type Future = Pin<Box<tokio::time::Sleep>>;

    fn retry(
        &mut self,
        request: &mut ApiRequest,
        result: &mut Result<http::Response<Bytes>, Error>,
    ) -> Option<Self::Future> {
        self.attempts += 1;
        if self.attempts == 1 {
            if let Some(budget) = &self.budget {
                budget.deposit();
            }
        }
        let Decision::Retry { server_wait } = classify(result, request.idempotent) else {
            return None;
        };
        let max_attempts = request
            .call_options()
            .and_then(|options| options.max_attempts)
            .unwrap_or(self.config.max_attempts);
        if self.attempts >= max_attempts {
            return None;
        }
        let delay = match server_wait {
            Some(wait) if wait > self.config.max_retry_after => return None,
            Some(wait) => wait,
            None => {
                let backoff = self.config.backoff(self.attempts);
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
            operation = request.meta.operation,
            attempt = self.attempts + 1,
            delay_ms = delay.as_millis() as u64,
            "retrying Sendbird request"
        );
        Some(Box::pin(tokio::time::sleep(delay)))
    }

    fn clone_request(&mut self, request: &ApiRequest) -> Option<ApiRequest> {
        Some(request.clone())
    }
}

/// Retries calls according to a [`RetryConfig`]. Clones of the layer share one budget.
#[derive(Clone, Debug)]
pub struct RetryLayer {
    policy: RetryPolicy,
}

impl RetryLayer {
    /// The layer for `config`.
    pub fn new(config: RetryConfig) -> Self {
        Self {
            policy: RetryPolicy::new(config),
        }
    }
}

impl<S> Layer<S> for RetryLayer {
    type Service = Retry<RetryPolicy, S>;

    fn layer(&self, inner: S) -> Self::Service {
        Retry::new(self.policy.clone(), inner)
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
