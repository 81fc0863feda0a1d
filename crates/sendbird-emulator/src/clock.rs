//! The emulator's clock: the wall clock plus an offset that tests (and the `--clock-offset-ms`
//! flag) can move forward, with millisecond readings that never repeat.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Hands out strictly increasing Unix-millisecond timestamps, `offset_ms` ahead of the wall
/// clock. Everything time-driven (expiring bans and mutes, scheduled messages, announcements,
/// exports) reads this clock, so [`Clock::advance`] moves all of it at once.
#[derive(Debug, Default)]
pub(crate) struct Clock {
    last_ms: AtomicI64,
    offset_ms: AtomicI64,
}

impl Clock {
    /// A clock `offset_ms` away from the wall clock (negative: in the past).
    pub(crate) fn with_offset(offset_ms: i64) -> Self {
        Self {
            last_ms: AtomicI64::new(0),
            offset_ms: AtomicI64::new(offset_ms),
        }
    }

    /// Moves the clock forward by `by`.
    pub(crate) fn advance(&self, by: Duration) {
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.offset_ms.fetch_add(by, Ordering::Relaxed);
    }

    /// The current time in Unix milliseconds, strictly greater than any earlier reading.
    pub(crate) fn now_ms(&self) -> i64 {
        let wall = wall_ms().saturating_add(self.offset_ms.load(Ordering::Relaxed));
        let mut previous = self.last_ms.load(Ordering::Relaxed);
        loop {
            let next = wall.max(previous.saturating_add(1));
            match self.last_ms.compare_exchange_weak(
                previous,
                next,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return next,
                Err(actual) => previous = actual,
            }
        }
    }
}

/// The wall clock in Unix milliseconds (0 if the clock is before 1970).
pub(crate) fn wall_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advancing_moves_every_reading() {
        let clock = Clock::with_offset(-1_000);
        let before = clock.now_ms();
        assert!(before < wall_ms());
        clock.advance(Duration::from_secs(3600));
        let after = clock.now_ms();
        assert!(after >= before + 3_600_000 - 1_000, "{before} -> {after}");
    }

    #[test]
    fn readings_strictly_increase() {
        let clock = Clock::default();
        let mut last = 0;
        for _ in 0..10_000 {
            let now = clock.now_ms();
            assert!(now > last);
            last = now;
        }
    }
}
