//! Unit tests: requests on the wire, fixture decoding and the wait helper.

use std::time::Duration;

use super::*;
use crate::test_support::KIT;
use crate::ChatClient;
use sendbird_core::test_util::{json_body, ScriptedTransport};
use serde_json::json;

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListGdprRequests::new().token("a/b ü").limit(5_u32),
            "GET",
            "/v3/privacy/gdpr?token=a%2Fb%20%C3%BC&limit=5",
        ),
        KIT.fixture_case(
            &RegisterGdprRequest::new()
                .action(GdprAction::Delete)
                .user_ids(["Jacob", "Glen", "John"])
                .channel_delete_option(ChannelDeleteOption::DoNotDelete),
            "POST",
            "/v3/privacy/gdpr",
        ),
        KIT.case(
            &GetGdprRequest::new("a/b ü"),
            "GET",
            "/v3/privacy/gdpr/a%2Fb%20%C3%BC",
        ),
    ]);
}

#[test]
fn list_gdpr_requests_wire_and_fixture() {
    let list = KIT.decode::<ListGdprRequests>();
    assert_eq!(list.requests.len(), 4);
    assert_eq!(list.next.as_deref(), Some("YXBwX2lkOjEyMzQ="));
    let delete = &list.requests[0];
    assert_eq!(delete.action, Some(GdprAction::Delete));
    assert_eq!(delete.status, Some(GdprRequestStatus::Scheduled));
    assert_eq!(delete.user_ids, ["Jacob", "Glen", "John"]);
    assert_eq!(
        delete.channel_delete_option,
        Some(ChannelDeleteOption::DoNotDelete)
    );
    assert!(!delete.is_done());
    let done_delete = &list.requests[1];
    assert_eq!(
        done_delete.channel_delete_option,
        Some(ChannelDeleteOption::All)
    );
    assert_eq!(done_delete.files.as_ref().map(|f| f.url.as_str()), Some(""));
    assert!(done_delete.is_done());
    assert_eq!(list.requests[2].user_id.as_deref(), Some("Mickey"));
    assert!(list.requests[2].user_ids.is_empty());
}

#[test]
fn register_gdpr_request_wire_and_fixture() {
    let registered = KIT.decode::<RegisterGdprRequest>();
    assert_eq!(registered.request_id, "944a3469aa5j831");
    assert_eq!(registered.created_at, 1_565_343_241_000);
    assert_eq!(registered.files, None);
}

#[test]
fn register_helpers() {
    let transport = ScriptedTransport::new();
    let chat: ChatClient = KIT.client(&transport);
    let access = KIT.wire(
        &chat
            .privacy()
            .register_access("user@example.com")
            .into_endpoint(),
    );
    assert_eq!(
        json_body(&access),
        json!({"action": "access", "user_id": "user@example.com"})
    );
    let deletion = KIT.wire(
        &chat
            .privacy()
            .register_deletion(["a", "b"])
            .channel_delete_option(ChannelDeleteOption::OneOnOne)
            .into_endpoint(),
    );
    assert_eq!(
        json_body(&deletion),
        json!({"action": "delete", "user_ids": ["a", "b"], "channel_delete_option": "1_on_1"})
    );
}

#[test]
fn get_and_cancel_wire_and_fixtures() {
    let request = KIT.decode::<GetGdprRequest>();
    assert_eq!(request.action, Some(GdprAction::Access));
    assert_eq!(request.user_id.as_deref(), Some("Minnie"));
    let files = request.files.expect("files");
    assert!(files
        .url
        .starts_with("https://sendbird-gdpr.s3.amazonaws.com/"));
    assert_eq!(files.expires_at, 1_565_859_131_000);

    KIT.assert_wire_empty(
        &CancelGdprRequest::new("user@example.com"),
        "DELETE",
        "/v3/privacy/gdpr/user%40example.com",
    );
    assert_eq!(KIT.decode::<CancelGdprRequest>(), Empty);
}

#[test]
fn unknown_statuses_are_kept_and_not_terminal() {
    let request: GdprRequest = serde_json::from_value(json!({
        "request_id": "r", "status": "queued", "files": null, "user_ids": null
    }))
    .expect("decodes");
    assert_eq!(
        request.status,
        Some(GdprRequestStatus::Unknown("queued".into()))
    );
    assert!(!request.is_done());
}

/// Waits for GDPR request `id` through a client answering from `transport`, polling every
/// `interval_s` seconds for up to `deadline_s`.
async fn wait_for(
    transport: &ScriptedTransport,
    id: &str,
    interval_s: u64,
    deadline_s: u64,
) -> Result<GdprRequest, crate::jobs::WaitError<GdprRequest>> {
    let chat: ChatClient = KIT.client(transport);
    let [interval, deadline] = [interval_s, deadline_s].map(Duration::from_secs);
    chat.privacy().wait_until_done(id, interval, deadline).await
}

const SCHEDULED: &str = r#"{"request_id": "r1", "action": "delete", "status": "scheduled"}"#;
const DONE: &str = r#"{"request_id": "r1", "action": "delete", "status": "done"}"#;

#[tokio::test(start_paused = true)]
async fn wait_until_done_polls_at_the_interval() {
    let transport = ScriptedTransport::new()
        .ok_json(SCHEDULED)
        .ok_json(SCHEDULED)
        .ok_json(DONE);
    let start = tokio::time::Instant::now();
    let done = wait_for(&transport, "r/1", 2, 60).await.expect("done");
    assert!(done.is_done());
    assert_eq!(start.elapsed(), Duration::from_secs(4));
    assert_eq!(transport.paths(), vec!["/v3/privacy/gdpr/r%2F1"; 3]);
}

#[tokio::test(start_paused = true)]
async fn wait_until_done_times_out_with_the_last_state() {
    let transport = ScriptedTransport::new()
        .ok_json(SCHEDULED)
        .ok_json(SCHEDULED)
        .ok_json(SCHEDULED)
        .ok_json(SCHEDULED);
    let error = wait_for(&transport, "r1", 2, 5)
        .await
        .expect_err("times out");
    assert!(error.is_deadline_exceeded());
    assert_eq!(
        error.last_status().and_then(|r| r.status.clone()),
        Some(GdprRequestStatus::Scheduled)
    );
    // Reads at 0, 2 and 4 s, then one last read at the 5 s deadline.
    assert_eq!(transport.requests().len(), 4);
    assert!(error.to_string().contains("5.0 s"), "{error}");
}

#[tokio::test(start_paused = true)]
async fn wait_until_done_stops_on_a_failed_read() {
    let transport = ScriptedTransport::new().status(
        400,
        r#"{"error": true, "code": 400201, "message": "not found"}"#,
    );
    let error = wait_for(&transport, "gone", 1, 10)
        .await
        .expect_err("fails");
    match error {
        crate::jobs::WaitError::Request(inner) => {
            assert_eq!(inner.code(), Some(400201));
        }
        other => panic!("unexpected {other:?}"),
    }
}
