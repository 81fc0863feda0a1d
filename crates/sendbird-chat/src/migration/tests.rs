//! Unit tests: requests on the wire and fixture decoding.

use super::*;
use crate::models::SortedMetaarrayItem;
use crate::test_support::KIT;
use sendbird_core::test_util::{json_body, path_and_query};
use sendbird_core::Endpoint;
use serde_json::json;

fn fixture_messages() -> Vec<MigrationMessage> {
    vec![
        MigrationMessage::text("Jeff", "Hello from the old system", 1_600_000_000_000)
            .custom_type("legacy")
            .data(r#"{"origin":"v1"}"#)
            .mentioned_user_ids(["Glen"])
            .dedup_id("legacy-1")
            .sorted_metaarray(vec![SortedMetaarrayItem::new("source", ["v1"])]),
        {
            let mut file = MigrationMessage::file(
                "Glen",
                "https://example.com/files/report.pdf",
                1_600_000_060_000,
            )
            .file_info("report.pdf", 20480, "application/pdf")
            .thumbnails(["https://example.com/files/report_thumb.png"])
            .dedup_id("legacy-2");
            file.require_auth = Some(false);
            file.custom_field = Some(r#"{"pages":3}"#.into());
            file
        },
        MigrationMessage::admin("Imported", 1_600_000_120_000)
            .silent(true)
            .dedup_id("legacy-3"),
    ]
}

#[test]
fn migrate_messages_wire() {
    KIT.assert_wire_json(
        &MigrateMessages::new("a/b ü", fixture_messages()).update_read_ts(true),
        "POST",
        "/v3/migration/a%2Fb%20%C3%BC",
        KIT.request_fixture::<MigrateMessages>(),
    );
    let minimal = KIT.wire(&MigrateMessages::new(
        "user@example.com",
        vec![MigrationMessage::admin("x", 5)],
    ));
    assert_eq!(path_and_query(&minimal), "/v3/migration/user%40example.com");
    assert_eq!(
        json_body(&minimal),
        json!({"messages": [{"message_type": "ADMM", "message": "x", "timestamp": 5}]})
    );
    assert!(!MigrateMessages::new("c", Vec::new()).is_idempotent());
}

#[test]
fn migrate_messages_fixture_and_entry_point() {
    assert_eq!(KIT.decode::<MigrateMessages>(), sendbird_core::Empty);
    let transport = sendbird_core::test_util::ScriptedTransport::new();
    let chat: crate::ChatClient = KIT.client(&transport);
    assert_eq!(
        chat.migrate("room", fixture_messages())
            .rewind_read_ts(true)
            .into_endpoint(),
        MigrateMessages::new("room", fixture_messages()).rewind_read_ts(true)
    );
}
