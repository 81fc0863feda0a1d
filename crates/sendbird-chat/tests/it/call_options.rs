//! Per-call options (`.timeout(..)`, `.max_attempts(..)`) against the emulator's latency and
//! fault controls: one call can fail fast while the client's defaults stay patient.

use std::time::{Duration, Instant};

use sendbird_chat::{ChatClient, Error};
use sendbird_core::TimeoutKind;
use sendbird_emulator::{Emulator, Fault};

use crate::support::retrying_client_with_user;

/// A fresh emulator holding user `user_id`, and a client of it whose defaults are patient:
/// four attempts, a 30-second total timeout.
async fn patient_client_with_user(user_id: &str) -> (Emulator, ChatClient) {
    retrying_client_with_user(user_id, 4, Duration::from_millis(20), |b| {
        b.total_timeout(Duration::from_secs(30))
    })
    .await
}

#[tokio::test]
async fn a_call_timeout_fails_fast_against_a_slow_server() {
    let (emulator, chat) = patient_client_with_user("slow").await;
    emulator.controls().set_latency(Duration::from_millis(600));

    let started = Instant::now();
    let error = chat
        .users()
        .get("slow")
        .timeout(Duration::from_millis(100))
        .max_attempts(1)
        .await
        .expect_err("the server is slower than the call's timeout");
    let elapsed = started.elapsed();
    assert!(
        matches!(error, Error::Timeout(TimeoutKind::Total(d)) if d == Duration::from_millis(100)),
        "{error:?}"
    );
    assert!(elapsed < Duration::from_millis(500), "took {elapsed:?}");

    // Without options the client's defaults apply: the same call waits and succeeds.
    let user = chat
        .users()
        .get("slow")
        .await
        .expect("defaults are patient");
    assert_eq!(user.user_id, "slow");
}

#[tokio::test]
async fn max_attempts_one_disables_retries_for_one_call_only() {
    let (emulator, chat) = patient_client_with_user("flaky").await;

    emulator.controls().fail_next(1, Fault::ServiceUnavailable);
    let before = emulator.controls().request_count();
    let error = chat
        .users()
        .get("flaky")
        .max_attempts(1)
        .await
        .expect_err("one attempt, answered 503");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(emulator.controls().request_count() - before, 1);

    emulator.controls().fail_next(1, Fault::ServiceUnavailable);
    let before = emulator.controls().request_count();
    let user = chat.users().get("flaky").await.expect("retried by default");
    assert_eq!(user.user_id, "flaky");
    assert_eq!(emulator.controls().request_count() - before, 2);
}
