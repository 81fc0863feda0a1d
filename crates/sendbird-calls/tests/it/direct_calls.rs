//! Direct calls against the emulator (seeded: client SDKs make calls), and a user's calls.

use sendbird_calls::models::{CallType, CallUserRole, DirectCall, EndResult};
use sendbird_calls::users::ListUserCalls;
use sendbird_calls::{CallsClient, CallsErrorCode, Pending};
use sendbird_emulator::{DirectCallSeed, Emulator, Seed};

use crate::support::{assert_unique, expect_calls_error, seeded, T0};
use sendbird_core::test_util::collect_ok;

/// Alice's calls c1–c5 (c5 still connected) and one without her (c6), dialed a
/// hundred seconds apart or more.
fn call_seed() -> Seed {
    Seed::new()
        .user_json(serde_json::json!({
            "user_id": "alice@example.com",
            "nickname": "Alice",
            "profile_url": "",
            "metadata": {"team": "support"}
        }))
        .user("bob", "Bob")
        .user("carol", "Carol")
        .direct_call(
            DirectCallSeed::new("c1", "alice@example.com", "bob")
                .video(true)
                .started_at(T0)
                .accepted_at(T0 + 2_000)
                .ended(T0 + 62_000, "completed")
                .ended_by("bob")
                .custom_item("ticket", "T-1"),
        )
        .direct_call(
            DirectCallSeed::new("c2", "bob", "alice@example.com")
                .started_at(T0 + 100_000)
                .ended(T0 + 110_000, "no_answer"),
        )
        .direct_call(
            DirectCallSeed::new("c3", "alice@example.com", "carol")
                .started_at(T0 + 200_000)
                .accepted_at(T0 + 201_000)
                .ended(T0 + 500_000, "completed"),
        )
        .direct_call(
            DirectCallSeed::new("c4", "carol", "alice@example.com")
                .started_at(T0 + 600_000)
                .ended(T0 + 605_000, "declined"),
        )
        .direct_call(
            DirectCallSeed::new("c5", "alice@example.com", "bob")
                .video(true)
                .started_at(T0 + 700_000)
                .accepted_at(T0 + 703_000),
        )
        .direct_call(
            DirectCallSeed::new("c6", "bob", "carol")
                .started_at(T0 + 800_000)
                .ended(T0 + 801_000, "canceled"),
        )
}

async fn with_calls() -> (Emulator, CallsClient) {
    seeded(call_seed()).await
}

/// Every call of a user's filtered call list (two per page), as ids in the server's order.
async fn listed(pending: Pending<'_, ListUserCalls>) -> Vec<String> {
    let found: Vec<DirectCall> = collect_ok(pending.limit(2).stream(), "calls").await;
    found.iter().map(|c| c.call_id.clone()).collect()
}

fn call_ids(calls: &[DirectCall]) -> Vec<&str> {
    calls.iter().map(|c| c.call_id.as_str()).collect()
}

#[tokio::test]
async fn direct_calls_list_newest_first_to_the_end() {
    let (_emulator, calls) = with_calls().await;
    let all: Vec<DirectCall> =
        collect_ok(calls.direct_calls().list().limit(4).stream(), "stream").await;
    assert_eq!(call_ids(&all), ["c6", "c5", "c4", "c3", "c2", "c1"]);
    let owned: Vec<String> = all.iter().map(|c| c.call_id.clone()).collect();
    assert_unique(&owned);
    assert!(
        all.iter().all(|c| c.user_role.is_none()),
        "no user_role without a user scope"
    );

    let first = calls.direct_calls().list().limit(4).await.expect("page");
    assert_eq!(first.calls.len(), 4);
    assert!(first.next.as_deref().is_some_and(|t| !t.is_empty()));
}

#[tokio::test]
async fn direct_calls_filter_by_user_and_end_result() {
    let (_emulator, calls) = with_calls().await;
    let alices: Vec<DirectCall> = collect_ok(
        calls
            .direct_calls()
            .list()
            .user_id("alice@example.com")
            .stream(),
        "alice",
    )
    .await;
    assert_eq!(call_ids(&alices), ["c5", "c4", "c3", "c2", "c1"]);
    let roles: Vec<Option<CallUserRole>> = alices.iter().map(|c| c.user_role.clone()).collect();
    assert_eq!(
        roles,
        [
            Some(CallUserRole::Caller),
            Some(CallUserRole::Callee),
            Some(CallUserRole::Caller),
            Some(CallUserRole::Callee),
            Some(CallUserRole::Caller),
        ]
    );

    let missed = calls
        .direct_calls()
        .list()
        .end_result([EndResult::NoAnswer, EndResult::Declined])
        .await
        .expect("end_result");
    assert_eq!(call_ids(&missed.calls), ["c4", "c2"]);
    assert!(missed.next.as_deref().is_none_or(str::is_empty));

    refusals! { expect_calls_error;
        calls.direct_calls().list().end_result(EndResult::Unknown("dropped".into()))
            => CallsErrorCode::InvalidParams, 400, "bad";
    }
}

#[tokio::test]
async fn direct_call_get_reads_every_field() {
    let (_emulator, calls) = with_calls().await;
    let call = calls.direct_calls().get("c1").await.expect("get").call;
    assert_eq!(call.call_id, "c1");
    assert_eq!(call.call_type, Some(CallType::Direct));
    assert_eq!(call.is_video_call, Some(true));
    assert_eq!(call.state.as_deref(), Some("ended"));
    assert_eq!(call.end_result, Some(EndResult::Completed));
    assert_eq!(call.started_by.as_deref(), Some("alice@example.com"));
    assert_eq!(call.started_at, Some(T0));
    assert_eq!(call.ended_by.as_deref(), Some("bob"));
    assert_eq!(call.ended_at, Some(T0 + 62_000));
    assert_eq!(call.duration, Some(60_000), "accept → end, milliseconds");
    assert_eq!(call.custom_items.get("ticket"), Some("T-1"));
    assert_eq!(call.participants.len(), 2);
    let caller = &call.participants[0];
    assert_eq!(caller.user_id, "alice@example.com");
    assert_eq!(caller.role, Some(CallUserRole::Caller));
    assert_eq!(caller.nickname.as_deref(), Some("Alice"));
    assert_eq!(
        caller.metadata.get("team").map(String::as_str),
        Some("support")
    );
    assert_eq!(call.participants[1].role, Some(CallUserRole::Callee));

    let ongoing = calls.direct_calls().get("c5").await.expect("get").call;
    assert_eq!(ongoing.state.as_deref(), Some("connected"));
    assert_eq!(ongoing.end_result, None);
    assert_eq!(ongoing.ended_at, None);

    refusals! { expect_calls_error;
        calls.direct_calls().get("c404") => CallsErrorCode::NotFound, 400, "unknown";
    }
}

#[tokio::test]
async fn user_calls_filter_by_role_seconds_and_end_result() {
    let (_emulator, calls) = with_calls().await;
    let user = "alice@example.com";
    assert_eq!(
        listed(calls.users().calls(user)).await,
        ["c5", "c4", "c3", "c2", "c1"]
    );
    assert_eq!(
        listed(calls.users().calls(user).call_type(CallType::Direct)).await,
        ["c5", "c4", "c3", "c2", "c1"]
    );
    assert_eq!(
        listed(calls.users().calls(user).role(CallUserRole::Caller)).await,
        ["c5", "c3", "c1"]
    );

    // `start_ts` / `end_ts` are Unix seconds: started at or after, ended at or before.
    let start = (T0 + 100_000) / 1000;
    let end = (T0 + 500_000) / 1000;
    assert_eq!(
        listed(calls.users().calls(user).start_ts(start)).await,
        ["c5", "c4", "c3", "c2"]
    );
    assert_eq!(
        listed(calls.users().calls(user).end_ts(end)).await,
        ["c3", "c2", "c1"],
        "unfinished calls never match end_ts"
    );
    assert_eq!(
        listed(calls.users().calls(user).start_ts(start).end_ts(end)).await,
        ["c3", "c2"]
    );
    assert_eq!(
        listed(
            calls
                .users()
                .calls(user)
                .start_ts(start)
                .end_ts(end)
                .end_result(EndResult::Completed)
        )
        .await,
        ["c3"]
    );
    // Milliseconds where seconds are expected lie far in the future: nothing matches.
    assert!(listed(calls.users().calls(user).start_ts(T0))
        .await
        .is_empty());

    let page = calls.users().calls(user).limit(2).await.expect("page");
    assert_eq!(page.has_next, Some(true));
    assert!(
        page.calls.iter().all(|c| c.user_role.is_some()),
        "a user's calls carry user_role"
    );

    refusals! { expect_calls_error;
        calls.users().calls("nobody") => CallsErrorCode::NotFound, 400, "unknown";
    }
}

#[tokio::test]
async fn call_summary_counts_roles_and_names_the_last_call() {
    let (_emulator, calls) = with_calls().await;
    let summary = calls
        .users()
        .call_summary("alice@example.com")
        .await
        .expect("summary");
    let count = summary.call_count.expect("call_count");
    assert_eq!(count.total, Some(5));
    let direct = count.direct_call.expect("direct_call");
    assert_eq!((direct.caller, direct.callee), (Some(3), Some(2)));
    let last = summary.last_call.expect("last_call");
    assert_eq!(last.call_id.as_deref(), Some("c5"));
    assert_eq!(last.started_at, Some(T0 + 700_000));
    assert_eq!(last.end_result, None, "c5 has not ended");

    let carol = calls.users().call_summary("carol").await.expect("carol");
    let count = carol.call_count.expect("call_count");
    assert_eq!(count.total, Some(3));
    assert_eq!(
        carol.last_call.and_then(|c| c.end_result),
        Some(EndResult::Canceled)
    );

    refusals! { expect_calls_error;
        calls.users().call_summary("nobody") => CallsErrorCode::NotFound, 400, "unknown";
    }
}
