//! The in-flight request body budget: how many body bytes all requests may have buffered
//! at once. A request reserves its declared length up front (or its bytes as they arrive)
//! and gives them back when it has been answered.

use std::sync::atomic::{AtomicUsize, Ordering};

/// A byte budget shared by every request of one emulator.
#[derive(Debug)]
pub(crate) struct BodyBudget {
    limit: usize,
    in_use: AtomicUsize,
    high_water: AtomicUsize,
}

impl BodyBudget {
    /// A budget of `limit` bytes.
    pub(crate) fn new(limit: usize) -> Self {
        Self {
            limit,
            in_use: AtomicUsize::new(0),
            high_water: AtomicUsize::new(0),
        }
    }

    /// Reserves `bytes`, or `None` when they don't fit in what is left.
    pub(crate) fn reserve(&self, bytes: usize) -> Option<Reservation<'_>> {
        if !self.take(bytes) {
            return None;
        }
        // Built only once taken: a dropped reservation gives its bytes back.
        Some(Reservation {
            budget: self,
            bytes,
        })
    }

    /// Bytes reserved right now.
    pub(crate) fn in_use(&self) -> usize {
        self.in_use.load(Ordering::Acquire)
    }

    /// The most bytes ever reserved at once.
    pub(crate) fn high_water(&self) -> usize {
        self.high_water.load(Ordering::Acquire)
    }

    fn take(&self, bytes: usize) -> bool {
        let mut current = self.in_use.load(Ordering::Acquire);
        loop {
            let Some(next) = current.checked_add(bytes).filter(|n| *n <= self.limit) else {
                return false;
            };
            match self.in_use.compare_exchange_weak(
                current,
                next,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => {
                    self.high_water.fetch_max(next, Ordering::AcqRel);
                    return true;
                }
                Err(actual) => current = actual,
            }
        }
    }

    fn give_back(&self, bytes: usize) {
        self.in_use.fetch_sub(bytes, Ordering::AcqRel);
    }
}

/// Bytes held from a [`BodyBudget`]; given back when dropped.
#[derive(Debug)]
pub(crate) struct Reservation<'a> {
    budget: &'a BodyBudget,
    bytes: usize,
}

impl Reservation<'_> {
    /// Grows the reservation to `total` bytes; `false` (nothing changes) when the
    /// difference doesn't fit.
    pub(crate) fn grow_to(&mut self, total: usize) -> bool {
        let extra = total.saturating_sub(self.bytes);
        if extra == 0 {
            return true;
        }
        if !self.budget.take(extra) {
            return false;
        }
        self.bytes = total;
        true
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        self.budget.give_back(self.bytes);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn reservations_never_exceed_the_limit() {
        let budget = BodyBudget::new(100);
        let mut a = budget.reserve(60).unwrap();
        assert!(budget.reserve(41).is_none());
        let b = budget.reserve(40).unwrap();
        assert!(budget.reserve(0).is_some(), "an empty body always fits");
        assert!(!a.grow_to(61));
        drop(b);
        assert!(a.grow_to(100));
        assert_eq!((budget.in_use(), budget.high_water()), (100, 100));
        drop(a);
        assert_eq!(budget.in_use(), 0);
        assert!(budget.reserve(usize::MAX).is_none());
    }
}
