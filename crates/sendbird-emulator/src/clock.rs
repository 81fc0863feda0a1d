//! A wall clock whose millisecond readings never repeat.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Hands out strictly increasing Unix-millisecond timestamps.
#[derive(Debug, Default)]
pub(crate) struct Clock {
    last_ms: AtomicI64,
}

impl Clock {
    /// The current time in Unix milliseconds, strictly greater than any earlier reading.
    pub(crate) fn now_ms(&self) -> i64 {
        let wall = wall_ms();
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
