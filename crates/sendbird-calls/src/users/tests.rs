//! Unit tests: every Calls users endpoint on the wire, its fixture decoded, and paging.

use super::*;
use crate::models::EndResult;
use crate::test_support::KIT;
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::ScriptedTransport;

#[test]
fn requests_on_the_wire() {
    let add_token = AddPushToken::new("u1", "fcm_voip", "device-token").is_unique(true);
    KIT.assert_cases([
        KIT.case(
            &ListUsers::new().limit(100).next("a b"),
            "GET",
            "/v1/users?next=a%20b&limit=100",
        ),
        KIT.case(
            &ListUserCalls::new("user@example.com").limit(10).call_type(CallType::Direct).role(CallUserRole::Callee).start_ts(1_700_000_000).end_ts(1_700_086_400).end_result(["no_answer", "declined"]),
            "GET",
            "/v1/users/user%40example.com/calls?limit=10&type=direct&role=dc_callee&start_ts=1700000000&end_ts=1700086400&end_result=no_answer,declined",
        ),
        KIT.case(
            &GetUserCallSummary::new("a/b"),
            "GET",
            "/v1/users/a%2Fb/call_summary",
        ),
        KIT.case(
            &ListPushTokens::new("ü 漢", PushTokenType::ApnsVoip),
            "GET",
            "/v1/users/%C3%BC%20%E6%BC%A2/push/apns_voip",
        ),
        KIT.case(&add_token, "POST", "/v1/users/u1/push/fcm_voip")
            .json(serde_json::json!({"token": "device-token", "is_unique": true})),
        KIT.fixture_case(&add_token, "POST", "/v1/users/u1/push/fcm_voip"),
        KIT.case(
            &RemovePushToken::new("u1", PushTokenType::ApnsVoip, "ab/cd=="),
            "DELETE",
            "/v1/users/u1/push/apns_voip/ab%2Fcd%3D%3D",
        ),
        KIT.case(
            &RemovePushTokensOfType::new("50%", PushTokenType::FcmVoip),
            "DELETE",
            "/v1/users/50%25/push/fcm_voip",
        )
        .empty(),
    ]);
}

#[test]
fn push_tokens_stay_out_of_debug() {
    let endpoint = AddPushToken::new("u1", PushTokenType::FcmVoip, "device-token");
    assert!(
        !format!("{endpoint:?}").contains("device-token"),
        "the token stays out of Debug"
    );
}

#[test]
fn decodes_users_and_calls() {
    let users = KIT.decode::<ListUsers>();
    assert_eq!(users.users.len(), 2);
    assert_eq!(users.users[0].user_id, "alice");
    assert_eq!(users.users[0].session_tokens.len(), 1);
    assert_eq!(
        users.users[0].session_tokens[0].expires_at,
        Some(1_700_086_400_000)
    );
    assert_eq!(
        users.users[1]
            .access_token
            .as_ref()
            .map(SecretString::expose),
        Some("")
    );
    assert!(users.next.is_some_and(|n| !n.is_empty()));

    let calls = KIT.decode::<ListUserCalls>();
    assert_eq!(calls.calls.len(), 1);
    assert_eq!(calls.calls[0].user_role, Some(CallUserRole::Callee));
    assert_eq!(calls.calls[0].end_result, Some(EndResult::NoAnswer));
    assert_eq!(calls.calls[0].end_result_ex, Some(EndResult::NoAnswer));
    assert_eq!(calls.has_next, Some(false));
    assert_eq!(calls.next.as_deref(), Some(""));
}

#[test]
fn decodes_call_summary() {
    let summary = KIT.decode::<GetUserCallSummary>();
    let last = summary.last_call.expect("last call");
    assert_eq!(last.started_at, Some(1_700_000_000_000));
    assert_eq!(last.end_result, Some(EndResult::Completed));
    let count = summary.call_count.expect("counts");
    assert_eq!(count.total, Some(42));
    let direct = count.direct_call.expect("direct");
    assert_eq!((direct.caller, direct.callee), (Some(30), Some(12)));
}

#[test]
fn decodes_push_token_answers() {
    let list = KIT.decode::<ListPushTokens>();
    assert_eq!(list.tokens.len(), 2);
    assert_eq!(list.tokens[0].expose(), "a1b2c3");
    assert_eq!(list.token_type.as_deref(), Some("apns_voip"));
    assert_eq!(list.user.map(|u| u.user_id).as_deref(), Some("alice"));

    let added = KIT.decode::<AddPushToken>();
    assert_eq!(added.tokens.len(), 1, "`token` as a string decodes");
    assert_eq!(added.tokens[0].expose(), "device-token");

    let removed = KIT.decode::<RemovePushToken>();
    assert_eq!(removed.tokens.len(), 1, "`token` as a list decodes");
    let removed_all = KIT.decode::<RemovePushTokensOfType>();
    assert!(removed_all.tokens.is_empty());
    assert!(removed_all.user.is_some());
}

#[tokio::test]
async fn user_calls_stream_through_next_tokens() {
    use futures_util::TryStreamExt;

    let transport = ScriptedTransport::new()
        .ok_json(r#"{"calls": [{"call_id": "c1"}], "next": "n1", "has_next": true}"#)
        .ok_json(r#"{"calls": [{"call_id": "c2"}], "next": "n2", "has_next": true}"#)
        .ok_json(r#"{"calls": [], "next": null, "has_next": false}"#);
    let calls = KIT.client::<CallsClient>(&transport);
    let ids: Vec<String> = collect_ok(
        calls
            .users()
            .calls("u 1")
            .start_ts(1_700_000_000)
            .stream()
            .map_ok(|call| call.call_id),
        "pages",
    )
    .await;
    assert_eq!(ids, ["c1", "c2"]);
    assert_eq!(
        transport.paths(),
        [
            "/v1/users/u%201/calls?start_ts=1700000000",
            "/v1/users/u%201/calls?next=n1&start_ts=1700000000",
            "/v1/users/u%201/calls?next=n2&start_ts=1700000000",
        ]
    );
}
