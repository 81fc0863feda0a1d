//! Attempt and total timeouts, and the response body cap.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use sendbird_core::layers::RetryConfig;
use sendbird_core::{Client, Error, TimeoutKind};

use crate::endpoints::{CreateUser, GetUser};
use crate::retry::{scripted, Step};

/// A builder for the test host with token `t`; each test adds its own settings.
fn test_host() -> sendbird_core::ClientBuilder<Client> {
    Client::builder()
        .base_url("https://api-test.sendbird.com/v3")
        .api_token("t")
}

fn client(steps: Vec<Step>, attempt: Duration, total: Duration) -> (Client, crate::retry::Log) {
    let (service, log) = scripted(steps);
    let client = test_host()
        .retry(
            RetryConfig::default()
                .max_attempts(3)
                .initial_backoff(Duration::from_secs(1))
                .jitter(false)
                .without_budget(),
        )
        .attempt_timeout(attempt)
        .total_timeout(total)
        .with_service(service)
        .build()
        .expect("client");
    (client, log)
}

/// Sends `GetUser("u")`, which must fail (`why`): the error and the (paused-clock) time it took.
async fn get_user_error(client: &Client, why: &str) -> (Error, Duration) {
    let started = tokio::time::Instant::now();
    let err = client.send(&GetUser::new("u")).await.expect_err(why);
    (err, started.elapsed())
}

#[tokio::test(start_paused = true)]
async fn a_hung_attempt_times_out_and_an_idempotent_call_is_retried() {
    let hang = Step::Hang(Duration::from_secs(60));
    let (client, log) = client(
        vec![hang.clone(), hang],
        Duration::from_secs(2),
        Duration::from_secs(100),
    );
    let user = client
        .send(&GetUser::new("u"))
        .await
        .expect("third attempt answers");
    assert_eq!(user.user_id, "done");
    assert_eq!(log.lock().expect("lock").len(), 3);
}

#[tokio::test(start_paused = true)]
async fn a_timed_out_post_is_not_retried() {
    let (client, log) = client(
        vec![Step::Hang(Duration::from_secs(60))],
        Duration::from_secs(2),
        Duration::from_secs(100),
    );
    let err = client
        .send(&CreateUser::new("u", "n", ""))
        .await
        .expect_err("timeout");
    assert!(matches!(err, Error::Timeout(TimeoutKind::Attempt(d)) if d == Duration::from_secs(2)));
    assert_eq!(log.lock().expect("lock").len(), 1);
}

#[tokio::test(start_paused = true)]
async fn the_total_timeout_covers_retries_and_backoff() {
    let hang = Step::Hang(Duration::from_secs(60));
    let (client, _) = client(
        vec![hang.clone(), hang.clone(), hang],
        Duration::from_secs(4),
        Duration::from_secs(5),
    );
    let (err, took) = get_user_error(&client, "total timeout").await;
    assert!(
        matches!(err, Error::Timeout(TimeoutKind::Total(_))),
        "{err:?}"
    );
    assert_eq!(took, Duration::from_secs(5));
}

#[tokio::test]
async fn bodies_over_the_cap_fail() {
    let big = Bytes::from(vec![b' '; 2 * 1024 * 1024]);
    let service = tower::service_fn(move |_req: http::Request<Bytes>| {
        let big = big.clone();
        async move { Ok::<_, Error>(http::Response::new(Full::new(big))) }
    });
    let client = test_host()
        .max_response_body(1024 * 1024)
        .with_service(service)
        .build()
        .expect("client");
    let (err, _) = get_user_error(&client, "too large").await;
    assert!(
        matches!(err, Error::BodyTooLarge { limit } if limit == 1024 * 1024),
        "{err:?}"
    );
}

/// A body that yields `first` and then never another byte (nor its end).
fn stalled_body(
    first: &'static [u8],
) -> http_body_util::StreamBody<
    futures_util::stream::BoxStream<'static, Result<http_body::Frame<Bytes>, std::io::Error>>,
> {
    use futures_util::StreamExt;
    let head = futures_util::stream::once(async move {
        Ok::<_, std::io::Error>(http_body::Frame::data(Bytes::from_static(first)))
    });
    http_body_util::StreamBody::new(head.chain(futures_util::stream::pending()).boxed())
}

#[tokio::test(start_paused = true)]
async fn with_every_timeout_off_a_stalled_body_still_fails_after_the_read_timeout() {
    let service = tower::service_fn(|_req: http::Request<Bytes>| async {
        Ok::<_, Error>(http::Response::new(stalled_body(b"{\"user_id\":")))
    });
    let client = test_host()
        .retry(RetryConfig::disabled())
        .attempt_timeout(None)
        .total_timeout(None)
        .read_timeout(Duration::from_secs(7))
        .with_service(service)
        .build()
        .expect("client");
    let (err, took) = get_user_error(&client, "the stall ends the attempt").await;
    assert!(
        matches!(err, Error::Timeout(TimeoutKind::Read(d)) if d == Duration::from_secs(7)),
        "{err:?}"
    );
    assert_eq!(took, Duration::from_secs(7));
}

#[tokio::test(start_paused = true)]
async fn a_server_that_never_answers_fails_after_the_read_timeout_by_default() {
    let service = tower::service_fn(|_req: http::Request<Bytes>| async {
        futures_util::future::pending::<()>().await;
        Ok::<_, Error>(http::Response::new(Full::new(Bytes::new())))
    });
    let client = test_host()
        .retry(RetryConfig::disabled())
        .attempt_timeout(None)
        .total_timeout(None)
        .with_service(service)
        .build()
        .expect("client");
    let (err, _) = get_user_error(&client, "no hang").await;
    assert!(
        matches!(err, Error::Timeout(TimeoutKind::Read(d)) if d == sendbird_core::DEFAULT_READ_TIMEOUT),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_declared_length_over_the_cap_fails_before_reading_the_body() {
    let service = tower::service_fn(|_req: http::Request<Bytes>| async {
        let mut response = http::Response::new(stalled_body(b"{"));
        response.headers_mut().insert(
            http::header::CONTENT_LENGTH,
            http::HeaderValue::from_static("40000000"),
        );
        Ok::<_, Error>(response)
    });
    let client = test_host()
        .max_response_body(1024 * 1024)
        .with_service(service)
        .build()
        .expect("client");
    // The body would stall forever: only a check of Content-Length can answer at once.
    let err = tokio::time::timeout(Duration::from_secs(5), client.send(&GetUser::new("u")))
        .await
        .expect("answered without reading the body")
        .expect_err("too large");
    assert!(
        matches!(err, Error::BodyTooLarge { limit } if limit == 1024 * 1024),
        "{err:?}"
    );
}

#[test]
fn an_empty_token_is_refused_when_the_client_is_built() {
    for token in ["", "   "] {
        let result = Client::builder()
            .base_url("https://api-test.sendbird.com/v3")
            .api_token(token)
            .build();
        assert!(
            matches!(result, Err(sendbird_core::BuildError::EmptyApiToken)),
            "{token:?}"
        );
    }
}
