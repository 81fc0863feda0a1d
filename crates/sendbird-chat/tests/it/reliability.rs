//! The SDK's retry policy against the emulator's rate limits and injected faults.

use std::time::Duration;

use sendbird_chat::users::{CreateUser, GetUser};
use sendbird_emulator::{Emulator, Fault, RateLimit};

use crate::support::{retrying_client_with_user, start};

#[tokio::test]
async fn rate_limited_calls_succeed_after_the_servers_retry_after() {
    let (emulator, chat) =
        retrying_client_with_user("rl-user", 6, Duration::from_millis(50), |b| b).await;
    emulator
        .controls()
        .set_rate_limit(RateLimit::per_second(2, 2));
    for _ in 0..5 {
        let user = chat
            .send(&GetUser::new("rl-user"))
            .await
            .expect("retried until allowed");
        assert_eq!(user.user_id, "rl-user");
    }
    assert!(
        emulator.controls().request_count() > 6,
        "some of the 5 GETs must have been answered 429 and retried"
    );
}

#[tokio::test]
async fn without_retries_the_rate_limit_error_surfaces() {
    let (_emulator, chat) =
        start(Emulator::builder().rate_limit(RateLimit::per_second(1, 1))).await;
    let mut limited = None;
    for _ in 0..5 {
        if let Err(err) = chat.send(&GetUser::new("nobody")).await {
            if err.is_rate_limited() {
                limited = Some(err);
                break;
            }
        }
    }
    let err = limited.expect("a 429 within 5 quick calls");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(err.code(), Some(500910));
    assert!(
        err.as_api().and_then(|a| a.retry_after).is_some(),
        "X-RateLimit-RetryAfter parsed"
    );
}

#[tokio::test]
async fn transient_faults_are_retried_for_reads_but_not_for_creates() {
    let (emulator, chat) =
        retrying_client_with_user("f-user", 6, Duration::from_millis(50), |b| b).await;

    emulator.controls().fail_next(2, Fault::ServiceUnavailable);
    chat.send(&GetUser::new("f-user"))
        .await
        .expect("GET retried past two 503s");

    emulator.controls().fail_next(1, Fault::DropConnection);
    chat.send(&GetUser::new("f-user"))
        .await
        .expect("GET retried past a dropped connection");

    emulator.controls().fail_next(1, Fault::InternalError);
    let err = chat
        .send(&CreateUser::new("g-user", "G", ""))
        .await
        .expect_err("a POST is not repeated after a 500");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.code(), Some(500901));
}
