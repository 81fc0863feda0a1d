//! The server's resource limits: deadlines, the connection cap and request body sizes.

use std::time::Duration;

/// Default [`Limits::header_read_timeout`]: 10 s.
pub(crate) const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Default [`Limits::body_read_timeout`]: 30 s.
pub(crate) const DEFAULT_BODY_READ_TIMEOUT: Duration = Duration::from_secs(30);
/// Default [`Limits::idle_timeout`]: 60 s (what load balancers in front of Sendbird use).
pub(crate) const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// Default [`Limits::max_connections`]: 256.
pub(crate) const DEFAULT_MAX_CONNECTIONS: usize = 256;
/// Default [`Limits::max_body_bytes`]: 32 MiB (a 25 MB file plus form overhead).
pub(crate) const DEFAULT_MAX_BODY_BYTES: usize = 32 * 1024 * 1024;
/// Default [`Limits::body_budget_bytes`]: 64 MiB (two bodies of the largest size at once).
pub(crate) const DEFAULT_BODY_BUDGET_BYTES: usize = 64 * 1024 * 1024;

/// The shortest accepted deadline.
const MIN_TIMEOUT: Duration = Duration::from_millis(1);

/// How much a running emulator lets clients use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// From the first byte of a request to the end of its headers.
    pub(crate) header_read_timeout: Duration,
    /// From the end of a request's headers to the end of its body.
    pub(crate) body_read_timeout: Duration,
    /// How long a connection may stay open with no request in progress.
    pub(crate) idle_timeout: Duration,
    /// Open connections at most; beyond, unused ones are closed to make room.
    pub(crate) max_connections: usize,
    /// The largest request body (413 beyond).
    pub(crate) max_body_bytes: usize,
    /// Request body bytes buffered across all requests at once (503 beyond).
    pub(crate) body_budget_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_read_timeout: DEFAULT_HEADER_READ_TIMEOUT,
            body_read_timeout: DEFAULT_BODY_READ_TIMEOUT,
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            body_budget_bytes: DEFAULT_BODY_BUDGET_BYTES,
        }
    }
}

impl Limits {
    /// The limits made consistent: deadlines of at least 1 ms, at least one connection
    /// and one byte, and no body larger than the whole budget (it could never be read).
    pub(crate) fn normalized(self) -> Self {
        let body_budget_bytes = self.body_budget_bytes.max(1);
        Self {
            header_read_timeout: self.header_read_timeout.max(MIN_TIMEOUT),
            body_read_timeout: self.body_read_timeout.max(MIN_TIMEOUT),
            idle_timeout: self.idle_timeout.max(MIN_TIMEOUT),
            max_connections: self.max_connections.max(1),
            max_body_bytes: self.max_body_bytes.clamp(1, body_budget_bytes),
            body_budget_bytes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalized_keeps_defaults_and_fixes_nonsense() {
        assert_eq!(Limits::default().normalized(), Limits::default());
        let odd = Limits {
            header_read_timeout: Duration::ZERO,
            body_read_timeout: Duration::ZERO,
            idle_timeout: Duration::ZERO,
            max_connections: 0,
            max_body_bytes: 100,
            body_budget_bytes: 10,
        }
        .normalized();
        assert_eq!(odd.header_read_timeout, MIN_TIMEOUT);
        assert_eq!(odd.idle_timeout, MIN_TIMEOUT);
        assert_eq!(odd.max_connections, 1);
        assert_eq!((odd.max_body_bytes, odd.body_budget_bytes), (10, 10));
    }
}
