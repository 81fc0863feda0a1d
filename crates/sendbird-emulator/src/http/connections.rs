//! Open connections: what each one is doing, when it must close, and the connection cap.
//!
//! A connection is *idle* (no request in progress and nothing received since the last
//! answer), *receiving a head* (bytes of a request arrived, its headers are not complete),
//! *busy* (a request is being read, handled or answered) or *closed*. Idle connections close
//! after `idle_timeout`; a head must be complete within `header_read_timeout` of its first
//! byte. Busy connections have no deadline here: their body has its own, and handling is
//! bounded by the emulator itself.
//!
//! At the connection cap, and when accepting fails (out of file descriptors), the oldest
//! connection without a request in progress is closed to make room. When every connection
//! is busy, new ones wait in the listen backlog until one finishes: in-flight requests
//! are never cut short.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::futures::Notified;
use tokio::sync::Notify;
use tokio::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Idle,
    Head,
    Busy,
    Closed,
}

#[derive(Debug)]
struct SlotState {
    phase: Phase,
    /// When the phase began.
    since: Instant,
    /// Requests in progress (HTTP/1 handles one at a time; counted to be safe).
    requests: usize,
    /// Whether the idle phase follows an answer (which may still be being written).
    answered: bool,
    /// How to close, once closed.
    closing: Closing,
}

/// How a connection that must close is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Closing {
    /// At once: nothing is owed to the client (no request yet, or a head still coming).
    Abort,
    /// After letting the HTTP layer finish writing what it owes (the last answer, or the
    /// request in progress), within a grace period.
    Drain,
}

/// The deadlines of the idle and head phases.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Deadlines {
    /// How long an idle connection stays open.
    pub(crate) idle: Duration,
    /// How long a request head may take from its first byte.
    pub(crate) header: Duration,
}

/// One open connection's bookkeeping, shared by its IO, its requests and its watchdog.
#[derive(Debug)]
pub(crate) struct Slot {
    state: Mutex<SlotState>,
    /// Wakes this connection's watchdog.
    changed: Notify,
    /// Wakes the accept loop when the connection could make room (it finished a request).
    room: Arc<Notify>,
}

impl Slot {
    fn new(room: Arc<Notify>) -> Self {
        Self {
            state: Mutex::new(SlotState {
                phase: Phase::Idle,
                since: Instant::now(),
                requests: 0,
                answered: false,
                closing: Closing::Abort,
            }),
            changed: Notify::new(),
            room,
        }
    }

    fn lock(&self) -> MutexGuard<'_, SlotState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Bytes arrived: an idle connection starts receiving a request head.
    pub(crate) fn received(&self) {
        let mut state = self.lock();
        if state.phase == Phase::Idle {
            state.phase = Phase::Head;
            state.since = Instant::now();
            state.answered = false;
            drop(state);
            self.changed.notify_one();
        }
    }

    /// A request's headers are complete and it starts being handled; `None` when the
    /// connection was closed meanwhile (the request is then refused).
    pub(crate) fn begin(self: &Arc<Self>) -> Option<InFlight> {
        let mut state = self.lock();
        if state.phase == Phase::Closed {
            return None;
        }
        state.phase = Phase::Busy;
        state.requests += 1;
        drop(state);
        self.changed.notify_one();
        Some(InFlight {
            slot: Arc::clone(self),
        })
    }

    fn end(&self) {
        let mut state = self.lock();
        state.requests = state.requests.saturating_sub(1);
        if state.requests == 0 && state.phase == Phase::Busy {
            state.phase = Phase::Idle;
            state.since = Instant::now();
            state.answered = true;
        }
        drop(state);
        self.changed.notify_one();
        self.room.notify_one();
    }

    /// Closes the connection unless a request is in progress; `true` when this call
    /// closed it.
    pub(crate) fn close_if_unused(&self) -> bool {
        let mut state = self.lock();
        if !matches!(state.phase, Phase::Idle | Phase::Head) {
            return false;
        }
        state.closing = if state.phase == Phase::Idle && state.answered {
            Closing::Drain
        } else {
            Closing::Abort
        };
        state.phase = Phase::Closed;
        drop(state);
        self.changed.notify_one();
        true
    }

    /// Closes the connection now (the server is shutting down): unused connections as
    /// [`close_if_unused`](Self::close_if_unused) does, busy ones after their request.
    pub(crate) fn close_now(&self) -> Closing {
        if self.close_if_unused() || self.is_closed() {
            self.lock().closing
        } else {
            Closing::Drain
        }
    }

    fn is_closed(&self) -> bool {
        self.lock().phase == Phase::Closed
    }

    /// When the current phase runs out (`None` while busy or closed).
    fn deadline(&self, deadlines: Deadlines) -> Option<Instant> {
        let state = self.lock();
        match state.phase {
            Phase::Idle => Some(state.since + deadlines.idle),
            Phase::Head => Some(state.since + deadlines.header),
            Phase::Busy | Phase::Closed => None,
        }
    }

    /// Resolves when the connection must close, and how: it was closed to make room, or
    /// its idle or head deadline passed with nothing happening.
    pub(crate) async fn expired(&self, deadlines: Deadlines) -> Closing {
        loop {
            let changed = self.changed.notified();
            if self.is_closed() {
                return self.lock().closing;
            }
            match self.deadline(deadlines) {
                None => changed.await,
                Some(at) => {
                    tokio::select! {
                        () = changed => {}
                        () = tokio::time::sleep_until(at) => {
                            // Still the same phase past its deadline?
                            if self.deadline(deadlines).is_some_and(|d| d <= Instant::now()) {
                                self.close_if_unused();
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A request in progress on a connection; the connection is busy until it is dropped.
#[derive(Debug)]
pub(crate) struct InFlight {
    slot: Arc<Slot>,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.slot.end();
    }
}

/// Every open connection of one emulator, oldest first, and the cap on their number.
#[derive(Debug)]
pub(crate) struct Connections {
    open: Mutex<BTreeMap<u64, Arc<Slot>>>,
    next_id: AtomicU64,
    /// Notified when a connection closes or finishes a request.
    room: Arc<Notify>,
    cap: usize,
}

impl Connections {
    /// No connections yet; at most `cap` at once.
    pub(crate) fn new(cap: usize) -> Self {
        Self {
            open: Mutex::new(BTreeMap::new()),
            next_id: AtomicU64::new(0),
            room: Arc::new(Notify::new()),
            cap,
        }
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<u64, Arc<Slot>>> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Registers a new connection.
    pub(crate) fn open(&self) -> (u64, Arc<Slot>) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let slot = Arc::new(Slot::new(Arc::clone(&self.room)));
        self.lock().insert(id, Arc::clone(&slot));
        (id, slot)
    }

    /// Forgets a connection whose socket is closed.
    pub(crate) fn release(&self, id: u64) {
        self.lock().remove(&id);
        self.room.notify_one();
    }

    /// Resolves after a connection closed or finished a request, so that there may be
    /// room now (possibly one that did so before the call).
    pub(crate) fn maybe_room(&self) -> Notified<'_> {
        self.room.notified()
    }

    /// Whether the connections not yet closed fill the cap.
    pub(crate) fn is_full(&self) -> bool {
        let open = self.lock();
        open.values().filter(|slot| !slot.is_closed()).count() >= self.cap
    }

    /// Closes the oldest connection without a request in progress; `false` when every
    /// open connection is busy.
    pub(crate) fn evict_one(&self) -> bool {
        let open = self.lock();
        open.values().any(|slot| slot.close_if_unused())
    }

    /// Connections open right now (closing ones included until their socket is gone).
    pub(crate) fn count(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const DEADLINES: Deadlines = Deadlines {
        idle: Duration::from_millis(100),
        header: Duration::from_millis(50),
    };

    #[tokio::test(start_paused = true)]
    async fn idle_and_head_deadlines() {
        let slot = Arc::new(Slot::new(Arc::default()));
        let started = Instant::now();
        assert_eq!(slot.expired(DEADLINES).await, Closing::Abort);
        assert_eq!(started.elapsed(), DEADLINES.idle);

        let slot = Arc::new(Slot::new(Arc::default()));
        tokio::time::advance(Duration::from_millis(80)).await;
        slot.received();
        let started = Instant::now();
        assert_eq!(slot.expired(DEADLINES).await, Closing::Abort);
        assert_eq!(started.elapsed(), DEADLINES.header);

        // Idle after an answer: the answer may still be on its way out.
        let slot = Arc::new(Slot::new(Arc::default()));
        drop(slot.begin().unwrap());
        assert_eq!(slot.expired(DEADLINES).await, Closing::Drain);
        assert_eq!(slot.close_now(), Closing::Drain);
    }

    #[tokio::test(start_paused = true)]
    async fn busy_connections_never_expire_nor_get_evicted() {
        let connections = Connections::new(2);
        let (_, busy) = connections.open();
        let (_, idle) = connections.open();
        assert!(connections.is_full());
        let request = busy.begin().unwrap();
        let watchdog = tokio::spawn({
            let busy = Arc::clone(&busy);
            async move { busy.expired(DEADLINES).await }
        });
        tokio::time::advance(Duration::from_secs(10)).await;
        assert!(!watchdog.is_finished());
        assert!(connections.evict_one(), "the idle one goes");
        assert!(idle.begin().is_none());
        assert!(!connections.is_full());
        assert!(!connections.evict_one(), "the busy one stays");
        drop(request);
        tokio::time::advance(DEADLINES.idle).await;
        assert_eq!(watchdog.await.unwrap(), Closing::Drain);
    }

    #[tokio::test]
    async fn a_finished_request_makes_room_at_the_cap() {
        let connections = Connections::new(1);
        let (_, slot) = connections.open();
        let request = slot.begin().unwrap();
        assert!(connections.is_full());
        assert!(!connections.evict_one());
        let room = connections.maybe_room();
        drop(request);
        room.await;
        assert!(connections.evict_one());
    }
}
