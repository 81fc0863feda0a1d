//! `webhooks` against the emulator: the webhook settings round trip.

use crate::support::{chat, refused};

#[tokio::test]
async fn webhook_settings_round_trip() {
    let (_emulator, chat) = chat().await;
    let app = chat.application();

    let initial = app.webhook_settings().await.expect("get").webhook;
    assert_eq!(initial.enabled, Some(false));
    assert_eq!(initial.url.as_deref(), Some(""));
    assert!(initial.enabled_events.is_empty());
    assert!(initial.all_webhook_categories.is_empty());

    // Turning it on needs a URL.
    refused(
        app.update_webhook_settings().enabled(true).await,
        400105,
        "no url yet",
    );

    let updated = app
        .update_webhook_settings()
        .enabled(true)
        .url("https://example.com/sendbird/events")
        .enabled_events(["group_channel:create", "group_channel:message_send"])
        .include_members(true)
        .include_unread_count(true)
        .await
        .expect("update")
        .webhook;
    assert_eq!(updated.enabled, Some(true));
    assert_eq!(
        updated.url.as_deref(),
        Some("https://example.com/sendbird/events")
    );
    assert_eq!(
        updated.enabled_events,
        ["group_channel:create", "group_channel:message_send"]
    );
    assert_eq!(updated.include_members, Some(true));
    assert_eq!(updated.include_unread_count, Some(true));
    assert_eq!(app.webhook_settings().await.expect("get").webhook, updated);

    // Only what is sent changes.
    let paused = app
        .update_webhook_settings()
        .enabled(false)
        .await
        .expect("pause")
        .webhook;
    assert_eq!(paused.enabled, Some(false));
    assert_eq!(paused.url, updated.url);
    assert_eq!(paused.enabled_events, updated.enabled_events);

    // `*` subscribes to every category, answered expanded.
    let everything = app
        .update_webhook_settings()
        .enabled_events(["*"])
        .await
        .expect("subscribe to all")
        .webhook;
    let with_all = app
        .webhook_settings()
        .display_all_webhook_categories(true)
        .await
        .expect("get with categories")
        .webhook;
    assert!(with_all.all_webhook_categories.len() > 30);
    assert_eq!(everything.enabled_events, with_all.all_webhook_categories);
    let none = app
        .update_webhook_settings()
        .enabled_events(Vec::<String>::new())
        .await
        .expect("unsubscribe")
        .webhook;
    assert!(none.enabled_events.is_empty());

    // Unknown categories and bad URLs are bad values.
    refusals! { refused;
        app.update_webhook_settings().enabled_events(["group_channel:teleport"])
            => 400111, "unknown category";
        app.update_webhook_settings().url("example.com/no-scheme") => 400111, "bad url";
    }
}
