//! Unit tests: the webhook settings endpoints on the wire and their fixtures decoded.

use super::*;
use crate::models::events;
use crate::test_support::KIT;
use sendbird_core::test_util::{json_body, path_and_query};

#[test]
fn get_webhook_settings_on_the_wire() {
    let request = KIT.wire(&GetWebhookSettings::new("APP/1").display_all_webhook_categories(true));
    assert_eq!(request.method(), "GET");
    assert_eq!(
        path_and_query(&request),
        "/v1/applications/APP%2F1/settings/webhook?display_all_webhook_categories=true"
    );
}

#[test]
fn update_webhook_settings_on_the_wire() {
    let request = KIT.wire(
        &UpdateWebhookSettings::new("A1B2")
            .enabled(true)
            .url("https://example.com/calls")
            .enabled_events([events::DIRECT_CALL_DIAL, events::DIRECT_CALL_END]),
    );
    assert_eq!(request.method(), "PUT");
    assert_eq!(
        path_and_query(&request),
        "/v1/applications/A1B2/settings/webhook"
    );
    assert_eq!(
        json_body(&request),
        serde_json::json!({
            "enabled": true,
            "url": "https://example.com/calls",
            "enabled_events": ["direct_call:dial", "direct_call:end"]
        })
    );
    assert_eq!(
        json_body(&request),
        KIT.request_fixture::<UpdateWebhookSettings>()
    );
    let only_url = KIT.wire(&UpdateWebhookSettings::new("A1B2").url("https://e.x/h"));
    assert_eq!(
        json_body(&only_url),
        serde_json::json!({"url": "https://e.x/h"})
    );
}

#[test]
fn decodes_webhook_settings() {
    let got = KIT.decode::<GetWebhookSettings>().webhook;
    assert_eq!(got.enabled, Some(true));
    assert_eq!(got.enabled_events, ["direct_call:dial", "direct_call:end"]);
    assert!(got
        .all_webhook_categories
        .contains(&events::ROOM_CREATE.to_owned()));
    let updated = KIT.decode::<UpdateWebhookSettings>().webhook;
    assert_eq!(updated.url.as_deref(), Some("https://example.com/calls"));
    assert!(updated.all_webhook_categories.is_empty());
}
