//! The hyper server: the accept loop, the connection cap, per-connection deadlines and
//! graceful shutdown (in-flight requests finish; unused connections close at once).

use std::sync::Arc;
use std::time::Duration;

use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::time::Instant;

use super::budget::BodyBudget;
use super::connections::{Closing, Connections, Deadlines};
use super::handler::{self, DroppedConnection};
use super::limits::Limits;
use super::request::PeerAddr;
use super::router::Backend;
use super::tracked_io::TrackedIo;

/// How long shutdown waits for in-flight requests before closing connections.
const GRACE: Duration = Duration::from_secs(5);

/// How long a connection closed for being unused may take to finish writing its last
/// answer.
const DRAIN: Duration = Duration::from_secs(1);

/// How long the accept loop backs off after an accept error it could not make room for.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(10);

/// The HTTP side of a running emulator: its limits and what they guard.
#[derive(Debug)]
pub(crate) struct Server {
    limits: Limits,
    budget: Arc<BodyBudget>,
    connections: Connections,
}

impl Server {
    /// A server with these (normalized) limits, buffering bodies within `budget`.
    pub(crate) fn new(limits: Limits, budget: Arc<BodyBudget>) -> Self {
        let limits = limits.normalized();
        Self {
            limits,
            budget,
            connections: Connections::new(limits.max_connections),
        }
    }

    /// Accepts connections until `shutdown` flips to `true`, then drains gracefully.
    ///
    /// A connection accepted at the connection cap closes the oldest connection without a
    /// request in progress to make room; when all are busy, it waits (and new ones wait in
    /// the listen backlog) until one finishes. An accept error (such as running out of
    /// file descriptors) also closes an unused connection, then retries.
    pub(crate) async fn serve<B: Backend>(
        self: Arc<Self>,
        listener: TcpListener,
        backend: Arc<B>,
        mut shutdown: watch::Receiver<bool>,
    ) {
        loop {
            let accepted = tokio::select! {
                accepted = listener.accept() => accepted,
                () = stopping(&mut shutdown) => break,
            };
            let Ok((stream, peer)) = accepted else {
                self.connections.evict_one();
                tokio::select! {
                    () = self.connections.maybe_room() => {}
                    () = tokio::time::sleep(ACCEPT_BACKOFF) => {}
                }
                continue;
            };
            if !self.make_room(&mut shutdown).await {
                break;
            }
            self.spawn_connection(
                stream,
                PeerAddr(peer.ip().to_canonical()),
                &backend,
                &shutdown,
            );
        }
        drop(listener);
        // Every connection closes itself on the signal; wait for in-flight requests.
        let deadline = Instant::now() + GRACE;
        while self.connections.count() > 0 {
            tokio::select! {
                () = self.connections.maybe_room() => {}
                () = tokio::time::sleep_until(deadline) => break,
            }
        }
    }

    /// Brings the open connections under the cap for one more: closes the oldest unused
    /// one, or waits until a connection finishes a request or closes. `false` when the
    /// server is shutting down meanwhile.
    async fn make_room(&self, shutdown: &mut watch::Receiver<bool>) -> bool {
        while self.connections.is_full() && !self.connections.evict_one() {
            tokio::select! {
                () = self.connections.maybe_room() => {}
                () = stopping(shutdown) => return false,
            }
        }
        true
    }

    /// Serves one connection in its own task until it ends, is closed to make room, runs
    /// past its idle or head deadline, or the server shuts down. Every request carries the
    /// peer's address as a [`PeerAddr`] extension.
    fn spawn_connection<B: Backend>(
        self: &Arc<Self>,
        stream: TcpStream,
        peer: PeerAddr,
        backend: &Arc<B>,
        shutdown: &watch::Receiver<bool>,
    ) {
        let (id, slot) = self.connections.open();
        let service = {
            let server = Arc::clone(self);
            let backend = Arc::clone(backend);
            let slot = Arc::clone(&slot);
            service_fn(move |mut request: hyper::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(peer);
                let server = Arc::clone(&server);
                let backend = Arc::clone(&backend);
                let in_flight = slot.begin();
                async move {
                    // Closed to make room just as the request arrived: refuse it.
                    let Some(_in_flight) = in_flight else {
                        return Err(DroppedConnection);
                    };
                    handler::handle(&*backend, &server.limits, &server.budget, request).await
                }
            })
        };
        let deadlines = Deadlines {
            idle: self.limits.idle_timeout,
            header: self.limits.header_read_timeout,
        };
        // hyper starts its header clock as soon as a connection waits for a request, so
        // it is only a backstop here: the slot's watchdog enforces the idle deadline and
        // the header deadline from a request's first byte.
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(deadlines.idle + deadlines.header)
            .serve_connection(
                TokioIo::new(TrackedIo::new(stream, Arc::clone(&slot))),
                service,
            );
        let server = Arc::clone(self);
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            let mut connection = std::pin::pin!(connection);
            let (closing, grace) = tokio::select! {
                _ = connection.as_mut() => (Closing::Abort, Duration::ZERO),
                closing = slot.expired(deadlines) => (closing, DRAIN),
                () = stopping(&mut shutdown) => (slot.close_now(), GRACE),
            };
            if closing == Closing::Drain {
                // Let hyper finish what it owes (an idle connection closes at once).
                connection.as_mut().graceful_shutdown();
                let _ = tokio::time::timeout(grace, connection).await;
            }
            // The connection is dropped here, which closes the socket.
            server.connections.release(id);
        });
    }

    /// Connections open right now.
    pub(crate) fn open_connections(&self) -> usize {
        self.connections.count()
    }
}

/// Resolves once the server is shutting down (or its handle is gone).
async fn stopping(shutdown: &mut watch::Receiver<bool>) {
    loop {
        if *shutdown.borrow_and_update() {
            return;
        }
        if shutdown.changed().await.is_err() {
            return;
        }
    }
}
