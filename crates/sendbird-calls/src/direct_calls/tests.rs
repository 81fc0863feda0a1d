//! Unit tests: every direct calls endpoint on the wire, its fixture decoded, and paging.

use super::*;
use crate::models::{CallType, CallUserRole, DirectCall, EndResult, RecordingStatus};
use crate::test_support::KIT;
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::{json_body, path_and_query, ScriptedTransport};

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListDirectCalls::new().limit(20).next("tok/1").user_id("user@example.com").end_result([EndResult::NoAnswer, EndResult::Canceled]),
            "GET",
            "/v1/direct_calls?next=tok%2F1&limit=20&user_id=user%40example.com&end_result=no_answer,canceled",
        )
        .empty(),
        KIT.case(
            &GetDirectCall::new("a/b ü"),
            "GET",
            "/v1/direct_calls/a%2Fb%20%C3%BC",
        ),
        KIT.case(
            &DeleteDirectCallCustomItems::new("c 1").keys(["priority", "a,b"]),
            "DELETE",
            "/v1/direct_calls/c%201/custom_items",
        )
        .json(serde_json::json!({"keys": ["priority", "a,b"]})),
    ]);
}

#[test]
fn update_custom_items_on_the_wire() {
    let items = CustomItems::try_new([("ticket", "T-1"), ("priority", "high")]).expect("ok");
    let request =
        KIT.wire(&UpdateDirectCallCustomItems::new("50%", items).mode(CustomItemsMode::Upsert));
    assert_eq!(request.method(), "PUT");
    assert_eq!(
        path_and_query(&request),
        "/v1/direct_calls/50%25/custom_items"
    );
    assert_eq!(
        json_body(&request),
        serde_json::json!({"custom_items": {"priority": "high", "ticket": "T-1"}, "mode": "upsert"})
    );
    assert_eq!(
        json_body(&request),
        KIT.request_fixture::<UpdateDirectCallCustomItems>()
    );
}

#[test]
fn delete_custom_items_on_the_wire() {
    let all = KIT.wire(&DeleteDirectCallCustomItems::new("c1"));
    assert_eq!(json_body(&all), serde_json::json!({}));
    let fixture = KIT.request_fixture::<DeleteDirectCallCustomItems>();
    assert_eq!(
        json_body(&KIT.wire(&DeleteDirectCallCustomItems::new("c1").keys(["priority"]))),
        fixture
    );
}

#[test]
fn decodes_list_direct_calls() {
    let list = KIT.decode::<ListDirectCalls>();
    assert_eq!(list.calls.len(), 2);
    let first = &list.calls[0];
    assert_eq!(first.call_id, "8a5c6e2b-61c4-4bb6-9c11-2c2f2d4d1d01");
    assert_eq!(first.call_type, Some(CallType::Direct));
    assert_eq!(first.is_video_call, Some(true));
    assert_eq!(first.end_result, Some(EndResult::Completed));
    assert_eq!(first.user_role, Some(CallUserRole::Caller));
    assert_eq!(first.duration, Some(73_000));
    assert_eq!(first.started_at, Some(1_700_000_000_000));
    assert_eq!(first.participants.len(), 2);
    assert_eq!(first.participants[1].role, Some(CallUserRole::Callee));
    assert_eq!(first.custom_items.get("ticket"), Some("T-1"));
    assert_eq!(
        first.cloud_recordings[0].status,
        Some(RecordingStatus::Completed)
    );
    let second = &list.calls[1];
    assert_eq!(second.end_result, Some(EndResult::UnknownReason));
    assert_eq!(
        second.is_video_call,
        Some(false),
        "string \"false\" decodes"
    );
    assert!(
        second.custom_items.is_empty(),
        "null custom_items decode as empty"
    );
    assert_eq!(second.ended_by.as_deref(), Some(""));
    assert_eq!(list.next.as_deref(), Some("MTcwMDAwMDAwMDAwMA"));
}

#[test]
fn decodes_get_direct_call_wrapped_or_bare() {
    let call = KIT.decode::<GetDirectCall>().call;
    assert_eq!(call.call_id, "8a5c6e2b-61c4-4bb6-9c11-2c2f2d4d1d01");
    assert_eq!(call.participants[0].metadata["team"], "support");
    let bare: DirectCallResponse =
        serde_json::from_str(r#"{"call_id": 42, "end_result": "no_answer"}"#).expect("bare");
    assert_eq!(bare.call.call_id, "42");
    assert_eq!(bare.call.end_result, Some(EndResult::NoAnswer));
}

#[test]
fn decodes_custom_items_answers() {
    let updated = KIT.decode::<UpdateDirectCallCustomItems>();
    assert_eq!(
        updated.call_id.as_deref(),
        Some("8a5c6e2b-61c4-4bb6-9c11-2c2f2d4d1d01")
    );
    assert_eq!(updated.updated, ["priority", "ticket"]);
    assert_eq!(updated.custom_items.get("priority"), Some("high"));
    let deleted = KIT.decode::<DeleteDirectCallCustomItems>();
    assert_eq!(deleted.deleted, ["priority"]);
    assert_eq!(deleted.custom_items.len(), 1);
    assert_eq!(deleted.custom_items.get("ticket"), Some("T-1"));
}

#[tokio::test]
async fn list_streams_every_page() {
    let transport = ScriptedTransport::new()
        .ok_json(r#"{"calls": [{"call_id": "c1"}, {"call_id": "c2"}], "next": "p2"}"#)
        .ok_json(r#"{"calls": [{"call_id": "c3"}], "next": ""}"#);
    let calls = KIT.client::<CallsClient>(&transport);
    let all: Vec<DirectCall> = collect_ok(
        calls
            .direct_calls()
            .list()
            .limit(2)
            .end_result(EndResult::Completed)
            .stream(),
        "pages",
    )
    .await;
    let ids: Vec<_> = all.iter().map(|c| c.call_id.as_str()).collect();
    assert_eq!(ids, ["c1", "c2", "c3"]);
    assert_eq!(
        transport.paths(),
        [
            "/v1/direct_calls?limit=2&end_result=completed",
            "/v1/direct_calls?next=p2&limit=2&end_result=completed",
        ]
    );
}
