//! [`Receiver`]: the webhook endpoint as a `tower::Service`.
//!
//! Sendbird waits 5 seconds (Chat) or 1 second (Calls) for an answer and sends the same POST
//! up to three times, so the receiver answers as soon as the event is authentic and handed
//! off; the handler runs on its own task (or the event waits in a channel).

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::{header, HeaderValue, Method, Request, Response, StatusCode};
use http_body::Body;
use http_body_util::{BodyExt, Full, Limited};
use tokio::sync::mpsc;

use super::{verify_headers, WebhookError, WebhookPayload, SIGNATURE_HEADER};
use crate::error::BoxError;
use crate::secret::ApiToken;

/// The default cap on a webhook body: 2 MiB (a group channel payload with `include_members`
/// for a few thousand members). Larger bodies are answered `413` without being read.
pub const DEFAULT_MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// The default time a sender may take to send the body once the headers are in: 10 s
/// (Sendbird itself gives up after 5 s). Slower bodies are answered `408`.
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// An authentic, parsed webhook delivery.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Delivery<E> {
    /// The event.
    pub event: E,
    /// The `x-sendbird-signature` that authenticated it, lowercase hex.
    pub signature: String,
}

impl<E> Delivery<E> {
    /// What identifies this event across Sendbird's resends.
    ///
    /// Sendbird documents no event or delivery id; it resends the *same* POST (same bytes, so
    /// the same signature) when an attempt fails or times out. The signature is an HMAC of
    /// the body, so two deliveries with the same key carry byte-identical events: keep the
    /// keys of recently handled deliveries (a few minutes is plenty) and drop repeats.
    pub fn dedup_key(&self) -> &str {
        &self.signature
    }
}

type Handler<E> =
    Arc<dyn Fn(Delivery<E>) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

enum Sink<E> {
    Handler(Handler<E>),
    Channel(mpsc::Sender<Delivery<E>>),
}

struct Inner<E> {
    token: ApiToken,
    max_body_bytes: usize,
    body_timeout: Duration,
    sink: Sink<E>,
}

/// A webhook endpoint: a `tower::Service<http::Request<B>>` for any body type (hyper's
/// `Incoming`, axum's `Body`, `Full<Bytes>`...), cheap to clone.
///
/// For each request it:
/// 1. refuses anything but `POST` (`405`) and bodies over the cap (`413`, from
///    `Content-Length` before reading, or while reading) or too slow (`408`);
/// 2. checks `x-sendbird-signature` against the raw body with the master API token: missing,
///    malformed or wrong answers `401` (an empty token answers `500`: the receiver is
///    misconfigured) and the handler never sees the request;
/// 3. parses the body as `E` (`400` when it is not a JSON webhook event);
/// 4. hands the [`Delivery`] off — spawns the handler on the Tokio runtime, or queues it on
///    the channel (`503` when the channel is full or closed, so Sendbird resends) — and
///    answers `200` without waiting for the handler.
///
/// It never panics on hostile input. The product crates build it with their event type, e.g.
/// `sendbird_chat::webhooks::receiver(token, handler)`.
pub struct Receiver<E> {
    inner: Arc<Inner<E>>,
}

impl<E> Clone for Receiver<E> {
    fn clone(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<E> fmt::Debug for Receiver<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Receiver")
            .field("max_body_bytes", &self.inner.max_body_bytes)
            .field("body_timeout", &self.inner.body_timeout)
            .field(
                "sink",
                &match self.inner.sink {
                    Sink::Handler(_) => "handler",
                    Sink::Channel(_) => "channel",
                },
            )
            .finish_non_exhaustive()
    }
}

impl<E: WebhookPayload + Send + 'static> Receiver<E> {
    /// A receiver that runs `handler` on a new Tokio task for every authentic event (so a
    /// slow handler never delays the answer). Must be called from within a Tokio runtime
    /// when requests are served.
    pub fn new<F, Fut>(master_token: impl Into<ApiToken>, handler: F) -> Self
    where
        F: Fn(Delivery<E>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let handler: Handler<E> = Arc::new(move |delivery| Box::pin(handler(delivery)));
        Self::with_sink(master_token.into(), Sink::Handler(handler))
    }

    /// A receiver that queues every authentic event on a bounded channel of `capacity`
    /// (at least 1) and the channel's receiving end. A full or closed channel answers `503`,
    /// so Sendbird sends the event again later.
    pub fn channel(
        master_token: impl Into<ApiToken>,
        capacity: usize,
    ) -> (Self, mpsc::Receiver<Delivery<E>>) {
        let (tx, rx) = mpsc::channel(capacity.max(1));
        (Self::with_sink(master_token.into(), Sink::Channel(tx)), rx)
    }

    fn with_sink(token: ApiToken, sink: Sink<E>) -> Self {
        Self {
            inner: Arc::new(Inner {
                token,
                max_body_bytes: DEFAULT_MAX_BODY_BYTES,
                body_timeout: DEFAULT_BODY_TIMEOUT,
                sink,
            }),
        }
    }

    fn inner_mut(&mut self) -> Option<&mut Inner<E>> {
        Arc::get_mut(&mut self.inner)
    }

    /// The largest accepted body in bytes (default [`DEFAULT_MAX_BODY_BYTES`]). Configure
    /// before cloning the receiver: clones share their settings.
    pub fn max_body_bytes(mut self, bytes: usize) -> Self {
        if let Some(inner) = self.inner_mut() {
            inner.max_body_bytes = bytes;
        }
        self
    }

    /// How long the body may take to arrive (default [`DEFAULT_BODY_TIMEOUT`]). Configure
    /// before cloning the receiver: clones share their settings.
    pub fn body_timeout(mut self, timeout: Duration) -> Self {
        if let Some(inner) = self.inner_mut() {
            inner.body_timeout = timeout;
        }
        self
    }
}

fn answer(status: StatusCode, text: &'static str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

impl<E: WebhookPayload + Send + 'static> Inner<E> {
    async fn receive<B>(&self, request: Request<B>) -> Response<Full<Bytes>>
    where
        B: Body + Send + 'static,
        B::Data: Send,
        B::Error: Into<BoxError>,
    {
        if request.method() != Method::POST {
            let mut response = answer(StatusCode::METHOD_NOT_ALLOWED, "POST only\n");
            response
                .headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static("POST"));
            return response;
        }
        let declared = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        if declared.is_some_and(|len| len > self.max_body_bytes as u64) {
            return answer(StatusCode::PAYLOAD_TOO_LARGE, "body too large\n");
        }
        let (parts, body) = request.into_parts();
        let collected = tokio::time::timeout(
            self.body_timeout,
            Limited::new(body, self.max_body_bytes).collect(),
        )
        .await;
        let body = match collected {
            Err(_elapsed) => return answer(StatusCode::REQUEST_TIMEOUT, "body too slow\n"),
            Ok(Err(error)) => {
                return if error.is::<http_body_util::LengthLimitError>() {
                    answer(StatusCode::PAYLOAD_TOO_LARGE, "body too large\n")
                } else {
                    answer(StatusCode::BAD_REQUEST, "could not read the body\n")
                };
            }
            Ok(Ok(collected)) => collected.to_bytes(),
        };
        if let Err(error) = verify_headers(&body, &parts.headers, &self.token) {
            tracing::debug!(%error, "webhook refused");
            return match error {
                WebhookError::EmptyToken => answer(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the receiver has no master API token\n",
                ),
                _ => answer(StatusCode::UNAUTHORIZED, "invalid signature\n"),
            };
        }
        let event = match E::parse(&body) {
            Ok(event) => event,
            Err(error) => {
                tracing::debug!(%error, "webhook body refused");
                return answer(StatusCode::BAD_REQUEST, "not a webhook event\n");
            }
        };
        let signature = parts
            .headers
            .get(SIGNATURE_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let delivery = Delivery { event, signature };
        match &self.sink {
            Sink::Handler(handler) => {
                tokio::spawn(handler(delivery));
            }
            Sink::Channel(tx) => {
                if tx.try_send(delivery).is_err() {
                    return answer(StatusCode::SERVICE_UNAVAILABLE, "busy, send again\n");
                }
            }
        }
        answer(StatusCode::OK, "")
    }
}

impl<E, B> tower::Service<Request<B>> for Receiver<E>
where
    E: WebhookPayload + Send + 'static,
    B: Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<BoxError>,
{
    type Response = Response<Full<Bytes>>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let inner = Arc::clone(&self.inner);
        Box::pin(async move { Ok(inner.receive(request).await) })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use tower::ServiceExt;

    use super::super::{read_category, sign};
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Event(String);

    impl WebhookPayload for Event {
        fn parse(body: &[u8]) -> Result<Self, WebhookError> {
            read_category(body).map(|c| Event(c.into_owned()))
        }
    }

    const TOKEN: &str = "master";

    fn post(body: &'static [u8], signature: Option<String>) -> Request<Full<Bytes>> {
        let mut builder = Request::post("/sendbird").header("content-type", "application/json");
        if let Some(signature) = signature {
            builder = builder.header(SIGNATURE_HEADER, signature);
        }
        builder
            .body(Full::new(Bytes::from_static(body)))
            .expect("request")
    }

    fn signed(body: &'static [u8]) -> Request<Full<Bytes>> {
        post(
            body,
            Some(sign(body, &ApiToken::new(TOKEN)).expect("signs")),
        )
    }

    async fn status(receiver: &Receiver<Event>, request: Request<Full<Bytes>>) -> u16 {
        receiver
            .clone()
            .oneshot(request)
            .await
            .expect("infallible")
            .status()
            .as_u16()
    }

    #[test]
    fn fits_hyper_axum_and_tower() {
        // axum's `route_service` and hyper's `TowerToHyperService` need a cloneable,
        // thread-safe service with an infallible, `Send` future.
        fn assert_service<S>()
        where
            S: tower::Service<
                    Request<Full<Bytes>>,
                    Response = Response<Full<Bytes>>,
                    Error = Infallible,
                > + Clone
                + Send
                + Sync
                + 'static,
            S::Future: Send + 'static,
        {
        }
        assert_service::<Receiver<Event>>();
    }

    #[tokio::test]
    async fn answers_by_outcome_and_only_hands_off_authentic_events() {
        let (receiver, mut events) = Receiver::<Event>::channel(TOKEN, 8);
        assert_eq!(
            status(&receiver, signed(br#"{"category":"a:b"}"#)).await,
            200
        );
        let delivery = events.try_recv().expect("handed off");
        assert_eq!(delivery.event, Event("a:b".into()));
        assert_eq!(delivery.dedup_key().len(), 64);

        assert_eq!(
            status(&receiver, post(br#"{"category":"x"}"#, None)).await,
            401
        );
        assert_eq!(
            status(&receiver, post(br#"{"category":"x"}"#, Some("zz".into()))).await,
            401
        );
        assert_eq!(
            status(
                &receiver,
                post(br#"{"category":"x"}"#, Some("0".repeat(64)))
            )
            .await,
            401
        );
        assert_eq!(status(&receiver, signed(b"not json")).await, 400);
        assert_eq!(
            status(&receiver, signed(br#"{"no":"category"}"#)).await,
            400
        );
        let get = Request::get("/")
            .body(Full::new(Bytes::new()))
            .expect("request");
        assert_eq!(status(&receiver, get).await, 405);
        assert!(events.try_recv().is_err(), "nothing else was handed off");
    }

    #[tokio::test]
    async fn caps_the_body_before_and_while_reading() {
        let (receiver, _events) = Receiver::<Event>::channel(TOKEN, 1);
        let receiver = receiver.max_body_bytes(8);
        assert_eq!(
            status(&receiver, signed(br#"{"category":"a:b"}"#)).await,
            413
        );
        let mut request = signed(br#"{"category":"a:b"}"#);
        request
            .headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from_static("4"));
        assert_eq!(status(&receiver, request).await, 413);
    }

    #[tokio::test]
    async fn a_full_channel_answers_503_and_an_empty_token_500() {
        let (receiver, events) = Receiver::<Event>::channel(TOKEN, 1);
        assert_eq!(status(&receiver, signed(br#"{"category":"a"}"#)).await, 200);
        assert_eq!(status(&receiver, signed(br#"{"category":"b"}"#)).await, 503);
        drop(events);
        assert_eq!(status(&receiver, signed(br#"{"category":"c"}"#)).await, 503);
        let (empty, _events) = Receiver::<Event>::channel("", 1);
        assert_eq!(status(&empty, signed(br#"{"category":"a"}"#)).await, 500);
    }

    #[tokio::test]
    async fn a_slow_handler_does_not_delay_the_answer() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (release, released) = tokio::sync::watch::channel(false);
        let handler_seen = Arc::clone(&seen);
        let receiver = Receiver::<Event>::new(TOKEN, move |delivery: Delivery<Event>| {
            let seen = Arc::clone(&handler_seen);
            let mut released = released.clone();
            async move {
                let _ = released.wait_for(|r| *r).await;
                seen.lock().expect("lock").push(delivery.event.0);
            }
        });
        assert_eq!(
            status(&receiver, signed(br#"{"category":"slow"}"#)).await,
            200
        );
        assert!(
            seen.lock().expect("lock").is_empty(),
            "answered before handling"
        );
        release.send(true).expect("handler waits");
        for _ in 0..100 {
            if !seen.lock().expect("lock").is_empty() {
                break;
            }
            tokio::task::yield_now().await;
        }
        assert_eq!(*seen.lock().expect("lock"), ["slow"]);
    }
}
