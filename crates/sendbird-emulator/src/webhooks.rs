//! Webhook delivery: what Sendbird POSTs to an application's webhook URL.
//!
//! Handlers queue events (`chat::Ctx::emit`); once the request that caused them has
//! succeeded they go to the [`Outbox`], which signs each body and hands it to one background
//! task with its own HTTP client. That task delivers the events in the order they happened,
//! one at a time: `POST` with `content-type: application/json`, `user-agent: SendBird` and
//! `x-sendbird-signature` (lowercase hex HMAC-SHA256 of the raw body keyed with the master API
//! token); an attempt fails on a non-2xx answer, a connection error or the timeout (5 s, as
//! Sendbird); the same bytes are sent again after the back-off, up to the attempt limit
//! (3 in total, as Sendbird). Nothing here ever blocks the API call that caused the event.
//! Every attempt is recorded in the delivery log ([`crate::Emulator::webhook_deliveries`]).

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use bytes::Bytes;
use hmac::{Hmac, Mac};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use sha2::Sha256;
use tokio::sync::{mpsc, Notify};

/// How deliveries are attempted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DeliveryConfig {
    /// How long one attempt may take (default 5 s, Sendbird's wait for Chat).
    pub(crate) timeout: Duration,
    /// Attempts per event, the first included (default 3, as Sendbird; at least 1).
    pub(crate) max_attempts: u32,
    /// The pause between two attempts (default 100 ms; Sendbird documents none).
    pub(crate) backoff: Duration,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(5),
            max_attempts: 3,
            backoff: Duration::from_millis(100),
        }
    }
}

/// One attempt to deliver an event.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookAttempt {
    /// The receiver's HTTP status, when it answered.
    pub status: Option<u16>,
    /// Why the attempt failed without an answer (connection error, timeout).
    pub error: Option<String>,
    /// How long the attempt took.
    pub elapsed: Duration,
}

impl WebhookAttempt {
    /// Whether the receiver answered 2xx.
    pub fn succeeded(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

/// One event the emulator posted (or is posting) to a webhook URL, with every attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookDelivery {
    /// The emitting order, from 1.
    pub seq: u64,
    /// `chat` or `calls`.
    pub product: &'static str,
    /// The event category, e.g. `group_channel:message_send`.
    pub category: String,
    /// Where it was posted.
    pub url: String,
    /// The exact body (the same bytes on every attempt).
    pub body: String,
    /// The `x-sendbird-signature` sent with it.
    pub signature: String,
    /// The attempts so far, in order.
    pub attempts: Vec<WebhookAttempt>,
    /// Whether no more attempts will be made (delivered, or out of attempts).
    pub finished: bool,
}

impl WebhookDelivery {
    /// Whether an attempt was answered 2xx.
    pub fn delivered(&self) -> bool {
        self.attempts.iter().any(WebhookAttempt::succeeded)
    }

    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

struct Job {
    seq: u64,
    url: String,
    body: Bytes,
    signature: String,
    timeout: Duration,
}

#[derive(Debug, Default)]
struct Shared {
    log: Mutex<Vec<WebhookDelivery>>,
    pending: AtomicUsize,
    idle: Notify,
}

impl Shared {
    fn log(&self) -> MutexGuard<'_, Vec<WebhookDelivery>> {
        self.log.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn update(&self, seq: u64, change: impl FnOnce(&mut WebhookDelivery)) {
        let mut log = self.log();
        if let Some(entry) = log.iter_mut().find(|d| d.seq == seq) {
            change(entry);
        }
    }
}

/// Signs and queues events for the delivery task; reads the log.
#[derive(Debug)]
pub(crate) struct Outbox {
    token: String,
    config: DeliveryConfig,
    next_seq: AtomicU64,
    tx: Option<mpsc::UnboundedSender<Job>>,
    shared: Arc<Shared>,
}

/// Lowercase hex HMAC-SHA256 of `body` keyed with `token`.
pub(crate) fn sign(token: &str, body: &[u8]) -> String {
    match Hmac::<Sha256>::new_from_slice(token.as_bytes()) {
        Ok(mut mac) => {
            mac.update(body);
            mac.finalize()
                .into_bytes()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        }
        Err(_) => String::new(),
    }
}

impl Outbox {
    /// An outbox signing with the master `token`, and its delivery task on the current Tokio
    /// runtime (none outside one: events are then logged as undeliverable).
    pub(crate) fn start(token: &str, config: DeliveryConfig) -> Self {
        let shared = Arc::new(Shared::default());
        let tx = tokio::runtime::Handle::try_current().ok().map(|runtime| {
            let (tx, rx) = mpsc::unbounded_channel();
            runtime.spawn(deliver_all(rx, Arc::clone(&shared), config));
            tx
        });
        Self {
            token: token.to_owned(),
            config: DeliveryConfig {
                max_attempts: config.max_attempts.max(1),
                ..config
            },
            next_seq: AtomicU64::new(0),
            tx,
            shared,
        }
    }

    /// Signs `body` and queues it for `url`; `timeout` overrides the configured one (Calls
    /// waits 1 s). Returns at once.
    pub(crate) fn send(
        &self,
        product: &'static str,
        category: &str,
        url: &str,
        body: Vec<u8>,
        timeout: Option<Duration>,
    ) {
        let seq = self.next_seq.fetch_add(1, Ordering::Relaxed) + 1;
        let signature = sign(&self.token, &body);
        let body = Bytes::from(body);
        self.shared.log().push(WebhookDelivery {
            seq,
            product,
            category: category.to_owned(),
            url: url.to_owned(),
            body: String::from_utf8_lossy(&body).into_owned(),
            signature: signature.clone(),
            attempts: Vec::new(),
            finished: false,
        });
        let job = Job {
            seq,
            url: url.to_owned(),
            body,
            signature,
            timeout: timeout.unwrap_or(self.config.timeout),
        };
        self.shared.pending.fetch_add(1, Ordering::SeqCst);
        let queued = self.tx.as_ref().is_some_and(|tx| tx.send(job).is_ok());
        if !queued {
            self.shared.update(seq, |d| d.finished = true);
            self.finish_one();
        }
    }

    fn finish_one(&self) {
        finish_one(&self.shared);
    }

    /// Every delivery so far, in emitting order.
    pub(crate) fn deliveries(&self) -> Vec<WebhookDelivery> {
        self.shared.log().clone()
    }

    /// Empties the delivery log (deliveries in progress keep being attempted but are no longer
    /// listed).
    pub(crate) fn clear(&self) {
        self.shared.log().clear();
    }

    /// Waits until every queued event is finished, at most `timeout`; `true` when idle.
    pub(crate) async fn settle(&self, timeout: Duration) -> bool {
        let shared = &self.shared;
        let wait = async {
            loop {
                let notified = shared.idle.notified();
                if shared.pending.load(Ordering::SeqCst) == 0 {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(timeout, wait).await.is_ok()
    }
}

fn finish_one(shared: &Shared) {
    if shared.pending.fetch_sub(1, Ordering::SeqCst) == 1 {
        shared.idle.notify_waiters();
    }
}

/// The delivery task: one event at a time, in order.
async fn deliver_all(
    mut rx: mpsc::UnboundedReceiver<Job>,
    shared: Arc<Shared>,
    config: DeliveryConfig,
) {
    let client: Client<_, Full<Bytes>> =
        Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    while let Some(job) = rx.recv().await {
        let attempts = config.max_attempts.max(1);
        for attempt in 1..=attempts {
            let started = Instant::now();
            let outcome = tokio::time::timeout(job.timeout, post(&client, &job)).await;
            let (status, error) = match outcome {
                Ok(Ok(status)) => (Some(status), None),
                Ok(Err(error)) => (None, Some(error)),
                Err(_) => (None, Some(format!("no answer within {:?}", job.timeout))),
            };
            let record = WebhookAttempt {
                status,
                error,
                elapsed: started.elapsed(),
            };
            let succeeded = record.succeeded();
            let last = succeeded || attempt == attempts;
            shared.update(job.seq, |d| {
                d.attempts.push(record);
                d.finished = last;
            });
            if last {
                break;
            }
            tokio::time::sleep(config.backoff).await;
        }
        finish_one(&shared);
    }
}

type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

/// One POST; the answer's status (its body is read and dropped).
async fn post(client: &HttpClient, job: &Job) -> Result<u16, String> {
    if !job.url.starts_with("http://") {
        return Err("only http:// webhook URLs are supported by the emulator".to_owned());
    }
    let request = http::Request::post(job.url.as_str())
        .header(http::header::CONTENT_TYPE, "application/json")
        .header(http::header::USER_AGENT, "SendBird")
        .header("x-sendbird-signature", job.signature.as_str())
        .body(Full::new(job.body.clone()))
        .map_err(|e| format!("invalid webhook URL: {e}"))?;
    let response = client.request(request).await.map_err(|e| e.to_string())?;
    let status = response.status().as_u16();
    // Drain the answer so the connection can be reused.
    let _ = response.into_body().collect().await;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_is_lowercase_hex_hmac_sha256() {
        // HMAC-SHA256(key="key", "The quick brown fox jumps over the lazy dog")
        assert_eq!(
            sign("key", b"The quick brown fox jumps over the lazy dog"),
            "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        );
    }

    #[tokio::test]
    async fn an_unreachable_url_is_attempted_then_finished() {
        let outbox = Outbox::start(
            "master",
            DeliveryConfig {
                timeout: Duration::from_millis(500),
                max_attempts: 2,
                backoff: Duration::from_millis(1),
            },
        );
        outbox.send(
            "chat",
            "user:block",
            "https://example.com/",
            b"{}".to_vec(),
            None,
        );
        assert!(outbox.settle(Duration::from_secs(5)).await);
        let log = outbox.deliveries();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].attempts.len(), 2);
        assert!(log[0].finished && !log[0].delivered());
        assert!(log[0].attempts[0]
            .error
            .as_deref()
            .is_some_and(|e| e.contains("http://")));
        assert_eq!(log[0].signature, sign("master", b"{}"));
    }
}
