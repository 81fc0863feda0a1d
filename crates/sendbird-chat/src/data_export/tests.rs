//! Unit tests: requests on the wire, fixture decoding and the wait helper.

use std::time::Duration;

use super::*;
use crate::test_support::KIT;
use crate::ChatClient;
use sendbird_core::test_util::{json_body, path_and_query, ScriptedTransport};
use serde_json::json;

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListDataExports::new(DataType::FailedWebhooks)
                .token("a/b")
                .limit(3_u32),
            "GET",
            "/v3/export/failed_webhooks?token=a%2Fb&limit=3",
        ),
        KIT.fixture_case(
            &RegisterDataExport::new(
                DataType::Messages,
                1_704_067_200_000_i64,
                1_706_745_599_000_i64,
            )
            .format(ExportFormat::Csv)
            .csv_delimiter("|")
            .timezone("US/Pacific")
            .sender_ids(["Tom", "Jeff"])
            .exclude_sender_ids(["Bot"])
            .channel_urls(["public_chat_room_031"])
            .exclude_channel_urls(["public_chat_room_099"])
            .channel_custom_types(["support"])
            .show_read_receipt(true)
            .show_channel_metadata(false)
            .neighboring_message_limit(3_u32),
            "POST",
            "/v3/export/messages",
        ),
        KIT.case(
            &GetDataExport::new(DataType::Channels, "a/b ü"),
            "GET",
            "/v3/export/channels/a%2Fb%20%C3%BC",
        )
        .empty(),
    ]);
}

#[test]
fn list_data_exports_wire_and_fixture() {
    let list = KIT.decode::<ListDataExports>();
    assert_eq!(list.exported_data.len(), 2);
    assert_eq!(list.next.as_deref(), Some("NzY1NzhmOWEyYmZjNDY5"));
    let first = &list.exported_data[0];
    assert_eq!(first.data_type, None, "list items carry no data_type");
    assert_eq!(first.status, Some(ExportStatus::Scheduled));
    assert_eq!(first.format, Some(ExportFormat::Csv));
    assert_eq!(first.csv_delimiter.as_deref(), Some("|"));
    assert_eq!(first.sender_ids, ["Tom", "Jeff", "Rommel"]);
    assert_eq!(list.exported_data[1].status, Some(ExportStatus::Exporting));
    assert!(!list.exported_data[1].is_finished());
}

#[test]
fn register_data_export_wire_and_fixture() {
    let minimal =
        KIT.wire(&RegisterDataExport::new(DataType::Users, 1_i64, 2_i64).user_ids(["a/b"]));
    assert_eq!(path_and_query(&minimal), "/v3/export/users");
    assert_eq!(
        json_body(&minimal),
        json!({"start_ts": 1, "end_ts": 2, "user_ids": ["a/b"]})
    );
    let export = KIT.decode::<RegisterDataExport>();
    assert_eq!(export.request_id, "8a6b1c2d3e4f501");
    assert_eq!(export.data_type, Some(DataType::Messages));
    assert_eq!(export.status, Some(ExportStatus::Scheduled));
    assert_eq!(export.start_ts, 1_704_067_200_000);
    assert_eq!(export.file, None);
}

#[test]
fn get_data_export_wire_and_fixture() {
    let export = KIT.decode::<GetDataExport>();
    assert_eq!(export.status, Some(ExportStatus::Done));
    assert!(export.is_finished());
    assert_eq!(export.timezone.as_deref(), Some("US/Pacific"));
    assert!(export.channel_custom_types.is_empty());
    let file = export.file.expect("file");
    assert!(file
        .url
        .starts_with("https://sendbird-us-1.s3.amazonaws.com/"));
    assert_eq!(file.expires_at, 1_579_502_105_432);
}

#[test]
fn statuses() {
    for (raw, terminal) in [
        ("scheduled", false),
        ("exporting", false),
        ("done", true),
        ("no_data", true),
        ("failed", true),
        ("paused", false),
    ] {
        let status = ExportStatus::from(raw);
        assert_eq!(status.is_terminal(), terminal, "{raw}");
        assert_eq!(status.as_str(), raw);
    }
}

/// Waits for export `e1` of `data_type` through a client answering from `transport`, polling
/// every `interval_ms` for up to `deadline_ms`.
async fn wait_for_e1(
    transport: &ScriptedTransport,
    data_type: DataType,
    interval_ms: u64,
    deadline_ms: u64,
) -> Result<DataExport, crate::jobs::WaitError<DataExport>> {
    let chat: ChatClient = KIT.client(transport);
    let [interval, deadline] = [interval_ms, deadline_ms].map(Duration::from_millis);
    chat.exports(data_type)
        .wait_until_done("e1", interval, deadline)
        .await
}

#[tokio::test(start_paused = true)]
async fn wait_until_done_returns_the_finished_export() {
    let transport = ScriptedTransport::new()
        .ok_json(r#"{"request_id": "e1", "status": "scheduled"}"#)
        .ok_json(r#"{"request_id": "e1", "status": "exporting"}"#)
        .ok_json(
            r#"{"request_id": "e1", "status": "done",
                "file": {"url": "https://files/e1.json", "expires_at": 99}}"#,
        );
    let done = wait_for_e1(&transport, DataType::Messages, 500, 10_000)
        .await
        .expect("done");
    assert_eq!(
        done.file.map(|f| f.url),
        Some("https://files/e1.json".into())
    );
    assert_eq!(transport.paths(), vec!["/v3/export/messages/e1"; 3]);
}

#[tokio::test(start_paused = true)]
async fn wait_until_done_times_out() {
    let transport = ScriptedTransport::new()
        .ok_json(r#"{"request_id": "e1", "status": "exporting"}"#)
        .ok_json(r#"{"request_id": "e1", "status": "exporting"}"#);
    let error = wait_for_e1(&transport, DataType::Users, 10_000, 1_000)
        .await
        .expect_err("times out");
    assert_eq!(
        error.last_status().and_then(|e| e.status.clone()),
        Some(ExportStatus::Exporting)
    );
    assert_eq!(transport.requests().len(), 2);
}
