//! The public handle ([`Emulator`]) and its builder.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::controls::{Controls, Fault, RateLimit};
use crate::http::budget::BodyBudget;
use crate::http::config::Config;
use crate::http::limits::Limits;
use crate::http::server::Server;
use crate::seed::Seed;
use crate::state::State;
use crate::webhooks::{DeliveryConfig, Outbox, WebhookDelivery};

/// The default application id.
pub const DEFAULT_APP_ID: &str = "EMULATOR";
/// The default master API token.
pub const DEFAULT_API_TOKEN: &str = "emulator-master-token";

/// Why the emulator could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// The listening socket could not be bound.
    #[error("could not bind the emulator to {addr}: {source}")]
    Bind {
        /// The address that was tried.
        addr: SocketAddr,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A seed step was rejected (the message names the step and the API error).
    #[error("invalid seed data: {0}")]
    Seed(String),
}

/// Configures and starts an [`Emulator`].
#[derive(Debug, Clone)]
pub struct EmulatorBuilder {
    port: u16,
    app_id: String,
    api_token: String,
    secondary_tokens: Vec<String>,
    seed: Seed,
    log_requests: bool,
    rate_limit: RateLimit,
    latency: Duration,
    clock_offset_ms: i64,
    fail_rate: Option<(f64, Fault)>,
    fail_next: Option<(u32, Fault)>,
    limits: Limits,
    webhook_url: Option<String>,
    webhook_delivery: DeliveryConfig,
}

impl Default for EmulatorBuilder {
    fn default() -> Self {
        Self {
            port: 0,
            app_id: DEFAULT_APP_ID.to_owned(),
            api_token: DEFAULT_API_TOKEN.to_owned(),
            secondary_tokens: Vec::new(),
            seed: Seed::default(),
            log_requests: false,
            rate_limit: RateLimit::unlimited(),
            latency: Duration::ZERO,
            clock_offset_ms: 0,
            fail_rate: None,
            fail_next: None,
            limits: Limits::default(),
            webhook_url: None,
            webhook_delivery: DeliveryConfig::default(),
        }
    }
}

impl EmulatorBuilder {
    builder_setters! {
        /// The loopback port to listen on (default 0: a free port chosen by the OS).
        pub fn port(port: u16) => port = port;
        /// The application id (default [`DEFAULT_APP_ID`]).
        pub fn app_id(app_id: impl Into<String>) => app_id = app_id.into();
        /// The master API token (default [`DEFAULT_API_TOKEN`]).
        pub fn api_token(token: impl Into<String>) => api_token = token.into();
    }

    /// Adds a secondary API token (repeatable). It is accepted like the master token except
    /// for API token management, is listed by `GET /v3/applications/api_tokens`, and stops
    /// working once revoked through the API. Tokens generated through the API work the same.
    pub fn secondary_token(mut self, token: impl Into<String>) -> Self {
        self.secondary_tokens.push(token.into());
        self
    }

    builder_setters! {
        /// Data to create before serving.
        pub fn seed(seed: Seed) => seed = seed;
        /// Logs one line per request (method, path, status, duration) to stderr.
        pub fn log_requests(enabled: bool) => log_requests = enabled;
        /// Initial rate limits (see [`Controls::set_rate_limit`]).
        pub fn rate_limit(limit: RateLimit) => rate_limit = limit;
        /// Initial injected latency (see [`Controls::set_latency`]).
        pub fn latency(latency: Duration) => latency = latency;
        /// Runs the emulator's clock `offset_ms` milliseconds ahead of the wall clock (negative:
        /// behind). Timestamps, expiring bans and mutes and scheduled work all follow this clock;
        /// [`Emulator::advance_clock`] moves it while running.
        pub fn clock_offset_ms(offset_ms: i64) => clock_offset_ms = offset_ms;
        /// Initial fault probability (see [`Controls::set_fail_rate`]).
        pub fn fail_rate(rate: f64, fault: Fault) => fail_rate = Some((rate, fault));
        /// Faults for the first `count` requests (see [`Controls::fail_next`]).
        pub fn fail_next(count: u32, fault: Fault) => fail_next = Some((count, fault));
        /// How long a client may take to send a request's headers, from their first byte
        /// (default 10 s). A connection that runs past it is closed without an answer.
        pub fn header_read_timeout(timeout: Duration) => limits.header_read_timeout = timeout;
        /// How long a client may take to send a request's body once its headers are in
        /// (default 30 s). Past it the request is answered HTTP 408 (code 400111) and the
        /// connection closes.
        pub fn body_read_timeout(timeout: Duration) => limits.body_read_timeout = timeout;
        /// How long a connection may stay open with no request in progress, between
        /// keep-alive requests or before the first one (default 60 s).
        pub fn idle_timeout(timeout: Duration) => limits.idle_timeout = timeout;
        /// The most connections open at once (default 256). To make room for a new one, the
        /// oldest connection without a request in progress (idle, or still sending its
        /// headers) is closed; when every connection is busy, new ones wait in the listen
        /// backlog until one finishes. In-flight requests are never cut short.
        pub fn max_connections(connections: usize) => limits.max_connections = connections;
        /// The largest request body in bytes (default 32 MiB: a 25 MB file plus form
        /// overhead). Larger bodies are answered HTTP 413 (code 400110) without being read.
        /// Capped at [`body_budget_bytes`](Self::body_budget_bytes).
        pub fn max_body_bytes(bytes: usize) => limits.max_body_bytes = bytes;
        /// How many request body bytes all requests together may have buffered at once
        /// (default 64 MiB: two bodies of the largest size). A request whose body doesn't fit
        /// in what is left is answered HTTP 503 (code 500901) at once; requests without a
        /// body are never refused for it.
        pub fn body_budget_bytes(bytes: usize) => limits.body_budget_bytes = bytes;
        /// Turns Chat webhooks on from the start (after the seed is applied, so seeding posts
        /// nothing): `enabled`, this `url`, every category, no members, as if set through
        /// `PUT /v3/applications/settings/webhook`, which can change it later. The emulator then
        /// POSTs each event its resources produce, signed with the master API token (see
        /// [`Emulator::webhook_deliveries`]). Only `http://` URLs are delivered.
        pub fn webhook_url(url: impl Into<String>) => webhook_url = Some(url.into());
        /// How long one webhook delivery attempt may take before it counts as failed (default
        /// 5 s, Sendbird's wait for Chat; Calls events always use 1 s, Sendbird's wait for Calls).
        pub fn webhook_timeout(timeout: Duration) => webhook_delivery.timeout = timeout;
        /// How many times an event is posted before giving up, the first attempt included
        /// (default 3, as Sendbird; at least 1). An attempt fails on a non-2xx answer, a
        /// connection error or the timeout.
        pub fn webhook_max_attempts(attempts: u32) => webhook_delivery.max_attempts = attempts.max(1);
        /// The pause before posting a failed event again (default 100 ms; Sendbird documents
        /// none). Events are delivered one at a time in the order they happened, so a failing
        /// receiver delays the events behind it by its retries.
        pub fn webhook_retry_backoff(backoff: Duration) => webhook_delivery.backoff = backoff;
    }

    /// Binds `127.0.0.1:port`, applies the seed and starts serving in the background.
    ///
    /// Must be called inside a Tokio runtime.
    pub async fn start(self) -> Result<Emulator, StartError> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| StartError::Bind { addr, source })?;
        let local_addr = listener
            .local_addr()
            .map_err(|source| StartError::Bind { addr, source })?;
        let base_url = format!("http://{local_addr}");
        let controls = Controls::default();
        let config = Config {
            app_id: self.app_id.clone(),
            api_token: self.api_token.clone(),
            secondary_tokens: self.secondary_tokens.clone(),
            base_url: base_url.clone(),
            log_requests: self.log_requests,
        };
        let state = Arc::new(State::new(
            config,
            controls.clone(),
            &self.app_id,
            self.clock_offset_ms,
            Outbox::start(&self.api_token, self.webhook_delivery),
        ));
        self.seed.apply(&state).map_err(StartError::Seed)?;
        if let Some(url) = &self.webhook_url {
            state.chat().subscribe_webhooks(url);
        }
        controls.set_rate_limit(self.rate_limit);
        controls.set_latency(self.latency);
        if let Some((rate, fault)) = self.fail_rate {
            controls.set_fail_rate(rate, fault);
        }
        if let Some((count, fault)) = self.fail_next {
            controls.fail_next(count, fault);
        }
        let limits = self.limits.normalized();
        let budget = Arc::new(BodyBudget::new(limits.body_budget_bytes));
        let server = Arc::new(Server::new(limits, Arc::clone(&budget)));
        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        let task =
            tokio::spawn(Arc::clone(&server).serve(listener, Arc::clone(&state), shutdown_rx));
        Ok(Emulator {
            state,
            server,
            budget,
            local_addr,
            base_url,
            app_id: self.app_id,
            api_token: self.api_token,
            secondary_tokens: self.secondary_tokens,
            controls,
            shutdown: shutdown_tx,
            task: Some(task),
        })
    }
}

/// A running emulator. Dropping it stops the server (in-flight requests finish first).
///
/// ```
/// # async fn demo() -> Result<(), sendbird_emulator::StartError> {
/// use sendbird_emulator::Emulator;
///
/// let emulator = Emulator::start().await?;
/// assert!(emulator.chat_base_url().ends_with("/v3"));
/// emulator.shutdown().await;
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Emulator {
    state: Arc<State>,
    server: Arc<Server>,
    budget: Arc<BodyBudget>,
    local_addr: SocketAddr,
    base_url: String,
    app_id: String,
    api_token: String,
    secondary_tokens: Vec<String>,
    controls: Controls,
    shutdown: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl Emulator {
    /// Starts an emulator with default settings on a free loopback port.
    pub async fn start() -> Result<Self, StartError> {
        EmulatorBuilder::default().start().await
    }

    /// A builder for custom settings.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }

    /// Moves the emulator's clock forward by `by`: bans and mutes expire, scheduled messages
    /// and announcements come due, exactly as if that much time had passed.
    pub fn advance_clock(&self, by: Duration) {
        self.state.clock.advance(by);
    }

    /// The emulator's current time, Unix milliseconds.
    pub fn now_ms(&self) -> i64 {
        self.state.clock.now_ms()
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The Chat API base URL, `http://127.0.0.1:PORT/v3`.
    pub fn chat_base_url(&self) -> String {
        format!("{}/v3", self.base_url)
    }

    /// The Calls (and Live) API base URL, `http://127.0.0.1:PORT/v1`.
    pub fn calls_base_url(&self) -> String {
        format!("{}/v1", self.base_url)
    }

    /// The master API token.
    pub fn api_token(&self) -> &str {
        &self.api_token
    }

    /// The secondary API tokens given to the builder (whether or not revoked since; tokens
    /// generated through the API are not included).
    pub fn secondary_tokens(&self) -> &[String] {
        &self.secondary_tokens
    }

    /// The application id.
    pub fn app_id(&self) -> &str {
        &self.app_id
    }

    /// The socket address the server listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The test controls (rate limits, latency, faults).
    pub fn controls(&self) -> Controls {
        self.controls.clone()
    }

    /// Applies more seed data to the running server, as if a client SDK had acted: for
    /// example a [`DirectCallSeed`](crate::DirectCallSeed) or a
    /// [`LiveParticipantSeed`](crate::LiveParticipantSeed) for a live event created through
    /// the API. Steps apply in order; the first failure stops (earlier steps stay applied)
    /// and is returned as [`StartError::Seed`].
    pub fn apply_seed(&self, seed: &Seed) -> Result<(), StartError> {
        seed.apply(&self.state).map_err(StartError::Seed)
    }

    /// Every webhook event posted so far (Chat, and Calls), in the order the events happened,
    /// each with its exact body, signature and every attempt's outcome. Deliveries still in
    /// progress are included (`finished == false`); see [`wait_for_webhooks`](Self::wait_for_webhooks).
    pub fn webhook_deliveries(&self) -> Vec<WebhookDelivery> {
        self.state.webhooks.deliveries()
    }

    /// Waits until every webhook event emitted so far is finished (delivered, or out of
    /// attempts), at most `timeout`. Returns `false` on timeout.
    pub async fn wait_for_webhooks(&self, timeout: Duration) -> bool {
        self.state.webhooks.settle(timeout).await
    }

    /// Empties the webhook delivery log (deliveries in progress go on, unlisted).
    pub fn clear_webhook_deliveries(&self) {
        self.state.webhooks.clear();
    }

    /// Request body bytes buffered right now (for tests of the body budget).
    #[doc(hidden)]
    pub fn body_bytes_in_flight(&self) -> usize {
        self.budget.in_use()
    }

    /// The most request body bytes ever buffered at once (for tests of the body budget).
    #[doc(hidden)]
    pub fn body_bytes_high_water(&self) -> usize {
        self.budget.high_water()
    }

    /// Connections open right now (for tests of the connection limits).
    #[doc(hidden)]
    pub fn open_connections(&self) -> usize {
        self.server.open_connections()
    }

    /// Stops accepting connections and waits until open connections have finished
    /// (at most a few seconds).
    pub async fn shutdown(mut self) {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
    }
}
