//! Retry behaviour with paused time against a scripted in-process transport.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use sendbird_core::layers::RetryConfig;
use sendbird_core::{Client, Endpoint, Error, TransportError, TransportErrorKind};
use tokio::time::Instant;

use crate::endpoints::{CreateUser, GetUser};

/// What the fake transport does for one attempt.
#[derive(Clone)]
pub enum Step {
    Respond(u16, &'static str, &'static [(&'static str, &'static str)]),
    Connect,
    Reset,
    Hang(Duration),
}

pub type Log = Arc<Mutex<Vec<(Instant, http::Request<Bytes>)>>>;

/// A transport playing `steps` in order (then answering 200 `{"user_id":"done"}`).
pub fn scripted(
    steps: Vec<Step>,
) -> (
    impl tower::Service<
            http::Request<Bytes>,
            Response = http::Response<Full<Bytes>>,
            Error = Error,
            Future = impl Send,
        > + Clone
        + Send
        + Sync
        + 'static,
    Log,
) {
    let queue = Arc::new(Mutex::new(VecDeque::from(steps)));
    let log: Log = Arc::new(Mutex::new(Vec::new()));
    let seen = log.clone();
    let service = tower::service_fn(move |request: http::Request<Bytes>| {
        seen.lock().expect("lock").push((Instant::now(), request));
        let step = queue.lock().expect("lock").pop_front();
        async move {
            match step.unwrap_or(Step::Respond(200, r#"{"user_id":"done"}"#, &[])) {
                Step::Respond(status, body, headers) => {
                    let mut builder = http::Response::builder().status(status);
                    for (name, value) in headers {
                        builder = builder.header(*name, *value);
                    }
                    Ok(builder
                        .body(Full::new(Bytes::from_static(body.as_bytes())))
                        .expect("response"))
                }
                Step::Connect => Err(Error::Transport(TransportError::new(
                    TransportErrorKind::Connect,
                    "refused",
                ))),
                Step::Reset => Err(Error::Transport(TransportError::new(
                    TransportErrorKind::Other,
                    "reset",
                ))),
                Step::Hang(duration) => {
                    tokio::time::sleep(duration).await;
                    Ok(http::Response::new(Full::new(Bytes::from_static(
                        br#"{"user_id":"late"}"#,
                    ))))
                }
            }
        }
    });
    (service, log)
}

pub fn client_with(steps: Vec<Step>, retry: RetryConfig) -> (Client, Log) {
    let (service, log) = scripted(steps);
    let client = Client::builder()
        .base_url("https://api-test.sendbird.com/v3")
        .api_token("t")
        .retry(retry)
        .with_service(service)
        .build()
        .expect("client");
    (client, log)
}

fn config() -> RetryConfig {
    RetryConfig::default()
        .max_attempts(3)
        .initial_backoff(Duration::from_secs(1))
        .jitter(false)
        .without_budget()
}

/// Sends `endpoint` through a client playing `steps` with [`config`]: the outcome and how many
/// attempts reached the transport.
async fn attempts<E: Endpoint>(
    steps: Vec<Step>,
    endpoint: &E,
) -> (Result<E::Response, Error>, usize) {
    let (client, log) = client_with(steps, config());
    let outcome = client.send(endpoint).await;
    let attempts = log.lock().expect("lock").len();
    (outcome, attempts)
}

const TOO_MANY_REQUESTS: &str = r#"{"error":true,"code":500910,"message":"Too many requests."}"#;
/// Sendbird's answer to too many requests: 429, code 500910, no hint how long to wait.
const RATE_LIMITED: Step = Step::Respond(429, TOO_MANY_REQUESTS, &[]);
/// The header of a 429 that says how long to wait, in seconds.
const RETRY_AFTER: &str = "x-ratelimit-retryafter";

#[tokio::test(start_paused = true)]
async fn rate_limited_then_ok_waits_for_the_server_hint() {
    let hinted = Step::Respond(429, TOO_MANY_REQUESTS, &[(RETRY_AFTER, "2.5")]);
    let (client, log) = client_with(vec![hinted], config());
    let user = client
        .send(&CreateUser::new("u", "n", ""))
        .await
        .expect("retried");
    assert_eq!(user.user_id, "done");
    let log = log.lock().expect("lock");
    assert_eq!(log.len(), 2, "429 is retried even for POST");
    assert_eq!(log[1].0 - log[0].0, Duration::from_millis(2500));
}

#[tokio::test(start_paused = true)]
async fn rate_limited_without_hint_uses_backoff() {
    let (client, log) = client_with(vec![RATE_LIMITED, RATE_LIMITED], config());
    client
        .send(&GetUser::new("u"))
        .await
        .expect("third attempt succeeds");
    let log = log.lock().expect("lock");
    assert_eq!(log.len(), 3);
    assert_eq!(log[1].0 - log[0].0, Duration::from_secs(1));
    assert_eq!(log[2].0 - log[1].0, Duration::from_secs(2));
}

#[tokio::test(start_paused = true)]
async fn service_unavailable_is_retried_for_get_but_not_post() {
    let unavailable = || vec![Step::Respond(503, "", &[])];
    let (outcome, tries) = attempts(unavailable(), &GetUser::new("u")).await;
    outcome.expect("GET retried");
    assert_eq!(tries, 2);

    let (outcome, tries) = attempts(unavailable(), &CreateUser::new("u", "n", "")).await;
    let err = outcome.expect_err("POST not retried");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(tries, 1);
}

#[tokio::test(start_paused = true)]
async fn connection_errors_are_retried_even_for_post_but_resets_only_for_get() {
    let create = CreateUser::new("u", "n", "");
    let (outcome, tries) = attempts(vec![Step::Connect], &create).await;
    outcome.expect("never left, retried");
    assert_eq!(tries, 2);

    let (outcome, tries) = attempts(vec![Step::Reset], &create).await;
    let err = outcome.expect_err("may have reached the server");
    assert!(matches!(err, Error::Transport(_)));
    assert_eq!(tries, 1);

    let (outcome, tries) = attempts(vec![Step::Reset], &GetUser::new("u")).await;
    outcome.expect("idempotent, retried");
    assert_eq!(tries, 2);
}

#[tokio::test(start_paused = true)]
async fn gives_up_after_max_attempts() {
    let steps = vec![Step::Respond(503, "", &[]); 5];
    let (outcome, tries) = attempts(steps, &GetUser::new("u")).await;
    let err = outcome.expect_err("exhausted");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(tries, 3);
}

#[tokio::test(start_paused = true)]
async fn exhausted_budget_stops_retries() {
    let steps = vec![RATE_LIMITED; 20];
    let budget = RetryConfig::default().max_attempts(5).jitter(false).budget(
        Duration::from_secs(10),
        0,
        0.0,
    );
    let (client, log) = client_with(steps, budget);
    let err = client
        .send(&GetUser::new("u"))
        .await
        .expect_err("no budget for retries");
    assert!(err.is_rate_limited());
    assert_eq!(
        log.lock().expect("lock").len(),
        1,
        "the budget allowed no retry"
    );
}

#[tokio::test(start_paused = true)]
async fn a_wait_longer_than_allowed_returns_the_error_with_its_hint() {
    let hinted = Step::Respond(429, TOO_MANY_REQUESTS, &[(RETRY_AFTER, "120")]);
    let (client, log) = client_with(
        vec![hinted],
        config().max_retry_after(Duration::from_secs(30)),
    );
    let err = client
        .send(&GetUser::new("u"))
        .await
        .expect_err("too long to wait");
    assert_eq!(
        err.as_api().and_then(|a| a.retry_after),
        Some(Duration::from_secs(120))
    );
    assert_eq!(log.lock().expect("lock").len(), 1);
}

#[tokio::test(start_paused = true)]
async fn disabled_retries_make_one_attempt() {
    let (client, log) = client_with(vec![RATE_LIMITED], RetryConfig::disabled());
    let err = client
        .send(&GetUser::new("u"))
        .await
        .expect_err("not retried");
    assert!(err.is_rate_limited());
    assert_eq!(log.lock().expect("lock").len(), 1);
}
