//! Test controls: rate limits, injected latency and injected faults.
//!
//! Everything is off by default. A [`Controls`] handle is cheap to clone and takes effect
//! immediately for every request that arrives afterwards.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use http::Method;
use tokio::time::Instant;

/// What an injected fault does to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Fault {
    /// Answer HTTP 500 with `{"error":true,"code":500901,...}`.
    #[default]
    InternalError,
    /// Answer HTTP 503 with the error envelope (code 500901).
    ServiceUnavailable,
    /// Close the connection without answering.
    DropConnection,
}

/// Per-second request budgets, by method family.
///
/// `None` means unlimited. Sendbird's Chat limits count GET requests together and each
/// write method (POST, PUT, DELETE) on its own, so `write` applies to each of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateLimit {
    /// Allowed GET requests per second.
    pub get: Option<u32>,
    /// Allowed POST, PUT or DELETE requests per second, counted per method.
    pub write: Option<u32>,
}

impl RateLimit {
    /// No limits.
    pub const fn unlimited() -> Self {
        Self {
            get: None,
            write: None,
        }
    }

    /// `get` GET requests and `write` requests of each write method per second.
    pub const fn per_second(get: u32, write: u32) -> Self {
        Self {
            get: Some(get),
            write: Some(write),
        }
    }
}

/// What the server should do with one request, decided on arrival.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Serve it normally.
    Serve,
    /// Answer 429 with this retry-after in seconds.
    RateLimited(u64),
    /// Inject this fault.
    Fault(Fault),
}

#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    count: u32,
}

#[derive(Debug, Default)]
struct ControlState {
    rate_limit: RateLimit,
    windows: [Option<Window>; 4],
    latency: Duration,
    fail_rate: f64,
    fail_rate_fault: Fault,
    fail_next: u32,
    fail_next_fault: Fault,
    served: u64,
}

/// A cloneable handle to the running emulator's test controls.
///
/// ```
/// # async fn demo() -> Result<(), sendbird_emulator::StartError> {
/// use std::time::Duration;
/// use sendbird_emulator::{Emulator, Fault, RateLimit};
///
/// let emulator = Emulator::start().await?;
/// let controls = emulator.controls();
/// controls.set_rate_limit(RateLimit::per_second(10, 5));
/// controls.set_latency(Duration::from_millis(20));
/// controls.fail_next(2, Fault::ServiceUnavailable);
/// controls.reset();
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default)]
pub struct Controls {
    inner: Arc<Mutex<ControlState>>,
}

impl Controls {
    fn lock(&self) -> MutexGuard<'_, ControlState> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Sets the per-second rate limits (answered with HTTP 429, code 500910 and an
    /// `X-RateLimit-RetryAfter` header). Resets the current windows.
    pub fn set_rate_limit(&self, limit: RateLimit) {
        let mut state = self.lock();
        state.rate_limit = limit;
        state.windows = [None; 4];
    }

    /// The current rate limits.
    pub fn rate_limit(&self) -> RateLimit {
        self.lock().rate_limit
    }

    /// Delays every API request by `latency` before answering.
    pub fn set_latency(&self, latency: Duration) {
        self.lock().latency = latency;
    }

    /// The injected latency.
    pub fn latency(&self) -> Duration {
        self.lock().latency
    }

    /// Injects `fault` into each API request with probability `rate` (clamped to 0–1).
    pub fn set_fail_rate(&self, rate: f64, fault: Fault) {
        let mut state = self.lock();
        state.fail_rate = if rate.is_nan() {
            0.0
        } else {
            rate.clamp(0.0, 1.0)
        };
        state.fail_rate_fault = fault;
    }

    /// Injects `fault` into the next `count` API requests (replacing any pending count).
    pub fn fail_next(&self, count: u32, fault: Fault) {
        let mut state = self.lock();
        state.fail_next = count;
        state.fail_next_fault = fault;
    }

    /// How many injected faults from [`fail_next`](Self::fail_next) are still pending.
    pub fn pending_failures(&self) -> u32 {
        self.lock().fail_next
    }

    /// The number of API requests that have arrived so far (including refused ones).
    pub fn request_count(&self) -> u64 {
        self.lock().served
    }

    /// Turns every control off (the request counter is kept).
    pub fn reset(&self) {
        let mut state = self.lock();
        let served = state.served;
        *state = ControlState {
            served,
            ..ControlState::default()
        };
    }

    /// Counts a request and decides its fate. Also returns the latency to apply.
    pub(crate) fn decide(&self, method: &Method) -> (Duration, Decision) {
        let mut state = self.lock();
        state.served += 1;
        let latency = state.latency;
        if state.fail_next > 0 {
            state.fail_next -= 1;
            return (latency, Decision::Fault(state.fail_next_fault));
        }
        if state.fail_rate > 0.0 && fastrand::f64() < state.fail_rate {
            return (latency, Decision::Fault(state.fail_rate_fault));
        }
        let (slot, limit) = match *method {
            Method::GET | Method::HEAD => (0, state.rate_limit.get),
            Method::POST => (1, state.rate_limit.write),
            Method::PUT | Method::PATCH => (2, state.rate_limit.write),
            _ => (3, state.rate_limit.write),
        };
        let Some(limit) = limit else {
            return (latency, Decision::Serve);
        };
        let now = Instant::now();
        let window = match state.windows[slot] {
            Some(w) if now.duration_since(w.started) < Duration::from_secs(1) => w,
            _ => Window {
                started: now,
                count: 0,
            },
        };
        if window.count >= limit {
            state.windows[slot] = Some(window);
            let elapsed = now.duration_since(window.started);
            let remaining = Duration::from_secs(1).saturating_sub(elapsed);
            let secs = remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0);
            return (latency, Decision::RateLimited(secs.max(1)));
        }
        state.windows[slot] = Some(Window {
            count: window.count + 1,
            ..window
        });
        (latency, Decision::Serve)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The decision for each request in turn.
    fn decide_each(controls: &Controls, methods: &[Method]) -> Vec<Decision> {
        methods
            .iter()
            .map(|method| controls.decide(method).1)
            .collect()
    }

    #[test]
    fn fail_next_counts_down() {
        let controls = Controls::default();
        controls.fail_next(2, Fault::DropConnection);
        let dropped = Decision::Fault(Fault::DropConnection);
        assert_eq!(
            decide_each(&controls, &[Method::GET, Method::GET, Method::GET]),
            [dropped, dropped, Decision::Serve]
        );
        assert_eq!(controls.request_count(), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn rate_limit_windows() {
        let controls = Controls::default();
        controls.set_rate_limit(RateLimit::per_second(2, 1));
        let (serve, limited) = (Decision::Serve, Decision::RateLimited(1));
        assert_eq!(
            decide_each(&controls, &[Method::GET, Method::GET, Method::GET]),
            [serve, serve, limited]
        );
        // POST and PUT each count in a window of their own.
        assert_eq!(
            decide_each(&controls, &[Method::POST, Method::PUT, Method::POST]),
            [serve, serve, limited]
        );
        tokio::time::advance(Duration::from_millis(1001)).await;
        assert_eq!(decide_each(&controls, &[Method::GET]), [serve]);
    }

    #[test]
    fn fail_rate_extremes() {
        let controls = Controls::default();
        controls.set_fail_rate(1.0, Fault::InternalError);
        assert_eq!(
            decide_each(&controls, &[Method::GET]),
            [Decision::Fault(Fault::InternalError)]
        );
        controls.set_fail_rate(f64::NAN, Fault::InternalError);
        assert_eq!(decide_each(&controls, &[Method::GET]), [Decision::Serve]);
        controls.reset();
        assert_eq!(controls.latency(), Duration::ZERO);
    }
}
