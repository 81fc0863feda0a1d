//! [`CallOptions`]: per-call overrides of the client's timeout and retry settings.

use std::time::Duration;

/// Per-call overrides, carried in the [`ApiRequest`](crate::ApiRequest)'s extensions and
/// honoured by [`TimeoutLayer`](crate::layers::TimeoutLayer) (the total limit) and
/// [`RetryLayer`](crate::layers::RetryLayer) (the number of attempts).
///
/// Set them on a pending request (`.timeout(..)`, `.max_attempts(..)`) or insert them into
/// `ApiRequest::extensions` from a middleware layer:
///
/// ```
/// use std::time::Duration;
/// use sendbird_core::CallOptions;
///
/// let fail_fast = CallOptions::new().timeout(Duration::from_millis(200)).max_attempts(1);
/// assert_eq!(fail_fast.max_attempts, Some(1));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallOptions {
    /// The total time of this call, retries and back-off included (instead of the client's
    /// total timeout).
    pub timeout: Option<Duration>,
    /// The attempts of this call, the first included; `1` means no retry.
    pub max_attempts: Option<u32>,
}

impl CallOptions {
    /// No overrides: the client's settings apply.
    pub fn new() -> Self {
        Self::default()
    }

    /// Limits the whole call to `limit`.
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// Makes at most `attempts` attempts (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts.max(1));
        self
    }

    /// `true` when nothing is overridden.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Requests that may carry [`CallOptions`]: [`ApiRequest`](crate::ApiRequest) and
/// `http::Request<B>`, both in their extensions.
pub trait HasCallOptions {
    /// The overrides of this call, if any.
    fn call_options(&self) -> Option<&CallOptions>;
}

impl HasCallOptions for crate::ApiRequest {
    fn call_options(&self) -> Option<&CallOptions> {
        self.extensions.get()
    }
}

impl<B> HasCallOptions for http::Request<B> {
    fn call_options(&self) -> Option<&CallOptions> {
        self.extensions().get()
    }
}
