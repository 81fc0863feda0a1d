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

/// When the whole call must be over: set by [`RetryLayer`](crate::layers::RetryLayer) from the
/// total timeout (or the call's [`CallOptions::timeout`]), and honoured by
/// [`TimeoutLayer::attempt`](crate::layers::TimeoutLayer::attempt), which never lets an
/// attempt run past it. One timer per attempt thus enforces both limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallDeadline {
    /// The instant the call must be over.
    pub at: tokio::time::Instant,
    /// The total limit it came from (reported in [`TimeoutKind::Total`](crate::TimeoutKind)).
    pub total: Duration,
}

impl CallDeadline {
    /// A deadline `total` from now.
    pub fn after(total: Duration) -> Self {
        Self {
            at: tokio::time::Instant::now() + total,
            total,
        }
    }
}

/// Requests that may carry [`CallOptions`] and a [`CallDeadline`]:
/// [`ApiRequest`](crate::ApiRequest) (options in its extensions, the deadline in a field) and
/// `http::Request<B>` (both in its extensions).
pub trait HasCallOptions {
    /// The overrides of this call, if any.
    fn call_options(&self) -> Option<&CallOptions>;

    /// When the whole call must be over, if anyone said.
    fn call_deadline(&self) -> Option<CallDeadline>;
}

impl HasCallOptions for crate::ApiRequest {
    fn call_options(&self) -> Option<&CallOptions> {
        self.extensions.get()
    }

    fn call_deadline(&self) -> Option<CallDeadline> {
        self.deadline
    }
}

impl<B> HasCallOptions for http::Request<B> {
    fn call_options(&self) -> Option<&CallOptions> {
        self.extensions().get()
    }

    fn call_deadline(&self) -> Option<CallDeadline> {
        self.extensions().get().copied()
    }
}
