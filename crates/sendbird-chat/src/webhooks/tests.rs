//! Unit tests: the webhook settings endpoints on the wire, and their docs-shaped fixtures
//! decoded.

use sendbird_core::test_util::{json_body, path_and_query};
use serde_json::json;

use super::*;
use crate::test_support::KIT;

#[test]
fn get_webhook_settings_wire_and_fixture() {
    let plain = KIT.wire(&GetWebhookSettings::new());
    assert_eq!(plain.method(), "GET");
    assert_eq!(path_and_query(&plain), "/v3/applications/settings/webhook");
    assert!(plain.body().is_empty());
    let all = KIT.wire(&GetWebhookSettings::new().display_all_webhook_categories(true));
    assert_eq!(
        path_and_query(&all),
        "/v3/applications/settings/webhook?display_all_webhook_categories=true"
    );

    let settings = KIT.decode::<GetWebhookSettings>().webhook;
    assert_eq!(settings.enabled, Some(true));
    assert_eq!(
        settings.url.as_deref(),
        Some("https://example.com/chat/notifications")
    );
    assert_eq!(settings.include_members, Some(true));
    assert_eq!(settings.include_unread_count, Some(false));
    assert_eq!(
        settings.enabled_events,
        [
            "open_channel:create",
            "group_channel:create",
            "group_channel:leave"
        ]
    );
    assert_eq!(settings.all_webhook_categories.len(), 36);
    assert!(settings
        .all_webhook_categories
        .iter()
        .any(|c| c == "group_channel:reaction_add"));
}

#[test]
fn update_webhook_settings_wire_and_fixture() {
    let request = KIT.wire(
        &UpdateWebhookSettings::new()
            .enabled(true)
            .url("https://example.com/notification")
            .include_members(true)
            .include_unread_count(false)
            .enabled_events(["*"]),
    );
    assert_eq!(request.method(), "PUT");
    assert_eq!(
        path_and_query(&request),
        "/v3/applications/settings/webhook"
    );
    assert_eq!(
        json_body(&request),
        KIT.request_fixture::<UpdateWebhookSettings>()
    );
    let off = KIT.wire(&UpdateWebhookSettings::new().enabled(false));
    assert_eq!(
        json_body(&off),
        json!({"enabled": false}),
        "only what is set"
    );

    let settings = KIT.decode::<UpdateWebhookSettings>().webhook;
    assert_eq!(settings.enabled_events.len(), 18, "`*` comes back expanded");
    assert!(settings.all_webhook_categories.is_empty());
}
