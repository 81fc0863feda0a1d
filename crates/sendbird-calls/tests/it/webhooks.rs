//! Calls webhook settings against the emulator.

use sendbird_calls::models::events;
use sendbird_calls::CallsErrorCode;

use crate::support::{calls, expect_calls_error};

#[tokio::test]
async fn webhook_settings_get_and_update() {
    let (emulator, calls) = calls().await;
    let app_id = emulator.app_id().to_owned();
    let settings = calls.webhook_settings(&app_id);

    let initial = settings.get().await.expect("get").webhook;
    assert_eq!(initial.enabled, Some(false));
    assert_eq!(initial.url.as_deref(), Some(""));
    assert!(initial.enabled_events.is_empty());
    assert!(initial.all_webhook_categories.is_empty(), "only on request");

    let updated = settings
        .update()
        .enabled(true)
        .url("https://example.com/calls-hook")
        .enabled_events([events::DIRECT_CALL_END, events::ROOM_CREATE])
        .await
        .expect("update")
        .webhook;
    assert_eq!(updated.enabled, Some(true));
    assert_eq!(
        updated.url.as_deref(),
        Some("https://example.com/calls-hook")
    );
    assert_eq!(updated.enabled_events, ["direct_call:end", "room:create"]);

    // Unset fields stay as they are.
    let partial = settings
        .update()
        .enabled_events([events::DIRECT_CALL_DIAL])
        .await
        .expect("partial update")
        .webhook;
    assert_eq!(partial.enabled, Some(true));
    assert_eq!(
        partial.url.as_deref(),
        Some("https://example.com/calls-hook")
    );
    assert_eq!(partial.enabled_events, ["direct_call:dial"]);

    let all = settings
        .get()
        .display_all_webhook_categories(true)
        .await
        .expect("get all")
        .webhook;
    assert_eq!(all.enabled_events, ["direct_call:dial"]);
    for known in [
        events::DIRECT_CALL_DIAL,
        events::DIRECT_CALL_ACCEPT,
        events::DIRECT_CALL_END,
        events::ROOM_CREATE,
    ] {
        assert!(
            all.all_webhook_categories.iter().any(|c| c == known),
            "{known} in {:?}",
            all.all_webhook_categories
        );
    }

    // A bad URL is refused and changes nothing.
    let bad = settings.update().url("ftp://example.com").await;
    expect_calls_error(bad, CallsErrorCode::InvalidParams, 400);
    let after = settings.get().await.expect("get").webhook;
    assert_eq!(after.url.as_deref(), Some("https://example.com/calls-hook"));
}

#[tokio::test]
async fn webhook_settings_of_another_application_are_not_found() {
    let (_emulator, calls) = calls().await;
    let other = calls.webhook_settings("SOME-OTHER-APP").get().await;
    expect_calls_error(other, CallsErrorCode::NotFound, 400);
}
