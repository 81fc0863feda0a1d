//! The fault suite: the SDK against the emulator through a proxy that resets, stalls,
//! truncates, answers HTML 502s, oversized bodies and 429s, or drops a response after the
//! emulator applied the request. For GET, POST (create), PUT-set, PUT-increment and DELETE it
//! asserts how many attempts reached the server, what was stored, and the error.

use std::future::IntoFuture;
use std::time::Duration;

use sendbird_core::layers::RetryConfig;
use sendbird_core::{Error, TimeoutKind};
use sendbird_emulator::{Emulator, Seed};

use crate::endpoints::{Pending, TestClient};
use crate::fault_proxy::{Fault, FaultProxy};

sendbird_core::endpoints! {
    registry: const FAULT_ENDPOINTS;
    client: TestClient;
    pending: Pending;

    /// A channel's counters.
    family KeyedCounters = keyed_counters(path channel_url: String) {
        /// PUT with a mode: `set` may be repeated, `increase` may not.
        fn update -> pub struct UpdateCounter {
            operation: "update_channel_metacounter_by_key",
            request: PUT "/group_channels/{channel_url}/metacounter/{key}",
            idempotent: by_mode(|this: &Self| this.mode.as_deref().is_none_or(|m| m == "set")),
            response: std::collections::HashMap<String, i64>,
            required { path key: String, body value: i64 }
            optional { body mode: String, body upsert: bool }
        }

        /// GET a counter.
        fn get -> pub struct GetCounter {
            operation: "get_channel_metacounter_by_key",
            request: GET "/group_channels/{channel_url}/metacounter/{key}",
            idempotent: yes,
            response: std::collections::HashMap<String, i64>,
            required { path key: String }
        }
    }
}

struct Rig {
    _emulator: Emulator,
    proxy: FaultProxy,
    sdk: TestClient,
    direct: TestClient,
}

async fn rig() -> Rig {
    let emulator = Emulator::builder()
        .seed(
            Seed::new()
                .user("alice", "Alice")
                .group_channel("room", ["alice"]),
        )
        .start()
        .await
        .expect("emulator");
    let upstream = emulator.chat_base_url().trim_end_matches("/v3").to_owned();
    let proxy = FaultProxy::start(upstream).await;
    let retry = RetryConfig::default()
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(10))
        .jitter(false)
        .without_budget();
    let sdk = TestClient::builder()
        .base_url(proxy.chat_base_url())
        .api_token(emulator.api_token())
        .retry(retry)
        .attempt_timeout(Duration::from_millis(300))
        .max_response_body(1024 * 1024)
        .build()
        .expect("client through the proxy");
    let direct = TestClient::builder()
        .base_url(emulator.chat_base_url())
        .api_token(emulator.api_token())
        .retry(RetryConfig::disabled())
        .build()
        .expect("client straight to the emulator");
    Rig {
        _emulator: emulator,
        proxy,
        sdk,
        direct,
    }
}

impl Rig {
    async fn counter(&self) -> i64 {
        let stored = self
            .direct
            .keyed_counters("room")
            .get("clicks")
            .await
            .expect("counter");
        stored.get("clicks").copied().unwrap_or_default()
    }

    /// Sets the counter to 0, straight on the emulator.
    async fn reset_counter(&self) {
        self.direct
            .keyed_counters("room")
            .update("clicks", 0)
            .upsert(true)
            .await
            .expect("counter created");
    }

    async fn user_exists(&self, id: &str) -> bool {
        self.direct.users().get(id).await.is_ok()
    }

    fn attempts_since(&self, before: usize) -> usize {
        self.proxy.requests() - before
    }

    /// Injects `fault` for the next request and runs `call` through the proxy: its outcome and
    /// how many attempts reached the server.
    async fn faulted<T>(&self, fault: Fault, call: impl IntoFuture<Output = T>) -> (T, usize) {
        self.proxy.inject([fault]);
        let before = self.proxy.requests();
        let outcome = call.await;
        (outcome, self.attempts_since(before))
    }
}

#[tokio::test]
async fn a_lost_increment_is_applied_once_and_not_retried() {
    let rig = rig().await;
    rig.reset_counter().await;
    let increment = rig.sdk.keyed_counters("room").update("clicks", 1);
    let (outcome, attempts) = rig
        .faulted(Fault::DropAfterApply, increment.mode("increase"))
        .await;
    let error = outcome.expect_err("the response was lost");
    assert!(
        matches!(&error, Error::Transport(t) if !t.is_connect()),
        "{error:?}"
    );
    assert_eq!(attempts, 1, "an increment is never repeated");
    assert_eq!(rig.counter().await, 1, "applied exactly once");
}

#[tokio::test]
async fn a_lost_set_is_repeated_and_lands_once() {
    let rig = rig().await;
    let set = rig.sdk.keyed_counters("room").update("clicks", 7);
    let (outcome, attempts) = rig
        .faulted(Fault::DropAfterApply, set.mode("set").upsert(true))
        .await;
    let stored = outcome.expect("a set is safe to repeat");
    assert_eq!(stored.get("clicks"), Some(&7));
    assert_eq!(attempts, 2);
    assert_eq!(rig.counter().await, 7);
}

#[tokio::test]
async fn a_lost_create_is_sent_once() {
    let rig = rig().await;
    let create = rig.sdk.users().create("bob", "Bob", "");
    let (outcome, attempts) = rig.faulted(Fault::DropAfterApply, create).await;
    let error = outcome.expect_err("the response was lost");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_eq!(attempts, 1, "a create is never repeated");
    assert!(rig.user_exists("bob").await, "the create was applied");
}

#[tokio::test]
async fn a_lost_delete_is_repeated_and_answers_not_found() {
    let rig = rig().await;
    rig.direct
        .users()
        .create("carol", "Carol", "")
        .await
        .expect("created");
    let delete = rig.sdk.users().delete("carol");
    let (outcome, attempts) = rig.faulted(Fault::DropAfterApply, delete).await;
    let error = outcome.expect_err("the repeat finds nothing to delete");
    assert_eq!(error.code(), Some(400201), "{error:?}");
    assert_eq!(attempts, 2);
    assert!(!rig.user_exists("carol").await);
}

#[tokio::test]
async fn resets_stalls_truncations_and_502s_are_retried_for_reads() {
    let rig = rig().await;
    for fault in [
        Fault::Reset,
        Fault::Stall(Duration::from_secs(5)),
        Fault::Truncate,
        Fault::Html502,
    ] {
        let (user, attempts) = rig.faulted(fault, rig.sdk.users().get("alice")).await;
        assert_eq!(
            user.map(|u| u.user_id).ok().as_deref(),
            Some("alice"),
            "{fault:?}"
        );
        assert_eq!(attempts, 2, "{fault:?}");
    }
}

#[tokio::test]
async fn resets_stalls_and_502s_are_not_retried_for_creates() {
    let rig = rig().await;
    let create = |id| rig.sdk.users().create(id, "D", "");
    let (outcome, attempts) = rig.faulted(Fault::Reset, create("d1")).await;
    let reset = outcome.expect_err("reset");
    assert!(matches!(reset, Error::Transport(_)), "{reset:?}");
    assert_eq!(attempts, 1);
    assert!(!rig.user_exists("d1").await, "the proxy never forwarded it");

    let stall = Fault::Stall(Duration::from_secs(5));
    let (outcome, attempts) = rig.faulted(stall, create("d2")).await;
    let stalled = outcome.expect_err("stall");
    assert!(
        matches!(stalled, Error::Timeout(TimeoutKind::Attempt(_))),
        "{stalled:?}"
    );
    assert_eq!(attempts, 1);

    let (outcome, attempts) = rig.faulted(Fault::Html502, create("d3")).await;
    let bad_gateway = outcome.expect_err("502");
    assert_eq!(bad_gateway.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(bad_gateway.code(), None);
    assert!(
        bad_gateway
            .as_api()
            .is_some_and(|api| api.message.contains("502 Bad Gateway")),
        "{bad_gateway:?}"
    );
    assert_eq!(attempts, 1);
}

#[tokio::test]
async fn a_429_is_retried_for_every_request_after_the_servers_wait() {
    let rig = rig().await;
    let started = std::time::Instant::now();
    let create = rig.sdk.users().create("erin", "Erin", "");
    let (outcome, attempts) = rig.faulted(Fault::RateLimited(0.2), create).await;
    let user = outcome.expect("a 429 means nothing was applied: retried");
    assert_eq!(user.user_id, "erin");
    assert!(started.elapsed() >= Duration::from_millis(200));
    assert_eq!(attempts, 2);

    rig.proxy.inject([Fault::RateLimited(0.05)]);
    rig.reset_counter().await;
    rig.sdk
        .keyed_counters("room")
        .update("clicks", 5)
        .mode("increase")
        .await
        .expect("retried after the 429");
    assert_eq!(rig.counter().await, 5, "the increment landed once");
}

#[tokio::test]
async fn an_oversized_body_fails_without_a_retry() {
    let rig = rig().await;
    let (outcome, attempts) = rig
        .faulted(Fault::Oversize, rig.sdk.users().get("alice"))
        .await;
    let error = outcome.expect_err("too large");
    assert!(
        matches!(error, Error::BodyTooLarge { limit } if limit == 1024 * 1024),
        "{error:?}"
    );
    assert_eq!(attempts, 1);
}
