//! Calls webhook settings against the emulator.

use sendbird_calls::models::{events, WebhookSettings};
use sendbird_calls::CallsErrorCode;

use crate::support::{calls, expect_calls_error};
use sendbird_core::test_util::strs;

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
    let hook = |webhook: &WebhookSettings, expected: &[&str]| {
        assert_eq!(webhook.enabled, Some(true));
        assert_eq!(
            webhook.url.as_deref(),
            Some("https://example.com/calls-hook")
        );
        assert_eq!(webhook.enabled_events, expected);
    };
    hook(&updated, &["direct_call:end", "room:create"]);

    // Unset fields stay as they are.
    let partial = settings
        .update()
        .enabled_events([events::DIRECT_CALL_DIAL])
        .await
        .expect("partial update")
        .webhook;
    hook(&partial, &["direct_call:dial"]);

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
    refusals! { expect_calls_error;
        settings.update().url("ftp://example.com") => CallsErrorCode::InvalidParams, 400, "bad";
    }
    let after = settings.get().await.expect("get").webhook;
    assert_eq!(after.url.as_deref(), Some("https://example.com/calls-hook"));
}

#[tokio::test]
async fn webhook_settings_of_another_application_are_not_found() {
    let (_emulator, calls) = calls().await;
    refusals! { expect_calls_error;
        calls.webhook_settings("SOME-OTHER-APP").get() => CallsErrorCode::NotFound, 400, "other";
    }
}

#[tokio::test]
async fn room_events_are_posted_signed_and_decode() {
    use sendbird_calls::models::RoomType;
    use sendbird_calls::webhooks::WebhookEvent;
    use sendbird_core::{webhook, ApiToken};

    let (emulator, calls) = calls().await;
    let app_id = emulator.app_id().to_owned();
    calls
        .webhook_settings(&app_id)
        .update()
        .enabled(true)
        // Nothing listens there: every attempt fails at once and is logged.
        .url("http://127.0.0.1:9/calls-hook")
        .enabled_events(["room:create", "room:delete"])
        .await
        .expect("settings");
    let room = calls
        .rooms()
        .create(RoomType::SmallRoomForVideo)
        .await
        .expect("room")
        .room;
    calls.rooms().delete(&room.room_id).await.expect("delete");
    assert!(
        emulator
            .wait_for_webhooks(std::time::Duration::from_secs(10))
            .await
    );
    let log = emulator.webhook_deliveries();
    let categories = strs(&log, |d| d.category.as_str());
    assert_eq!(categories, ["room:create", "room:delete"]);
    for delivery in &log {
        assert_eq!(delivery.product, "calls");
        assert_eq!(delivery.attempts.len(), 3, "retried up to 3 attempts");
        let signature = webhook::sign(
            delivery.body.as_bytes(),
            &ApiToken::new(emulator.api_token()),
        )
        .expect("signs");
        assert_eq!(delivery.signature, signature);
        let event = WebhookEvent::parse_strict(delivery.body.as_bytes()).expect("decodes");
        assert_eq!(event.category(), delivery.category);
        assert_eq!(event.application_id(), Some(app_id.as_str()));
        let (WebhookEvent::RoomCreate(payload) | WebhookEvent::RoomDelete(payload)) = &event else {
            panic!("{event:?}")
        };
        assert_eq!(
            payload.room.as_ref().map(|r| r.room_id.as_str()),
            Some(room.room_id.as_str())
        );
    }
}
