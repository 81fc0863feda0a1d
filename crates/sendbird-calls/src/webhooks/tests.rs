//! Unit tests: the webhook settings endpoints on the wire and their fixtures decoded.

use super::*;
use crate::models::events;
use crate::test_support::KIT;
use sendbird_core::test_util::json_body;

#[test]
fn get_webhook_settings_on_the_wire() {
    KIT.assert_wire(
        &GetWebhookSettings::new("APP/1").display_all_webhook_categories(true),
        "GET",
        "/v1/applications/APP%2F1/settings/webhook?display_all_webhook_categories=true",
    );
}

#[test]
fn update_webhook_settings_on_the_wire() {
    let request = KIT.assert_wire_json(
        &UpdateWebhookSettings::new("A1B2")
            .enabled(true)
            .url("https://example.com/calls")
            .enabled_events([events::DIRECT_CALL_DIAL, events::DIRECT_CALL_END]),
        "PUT",
        "/v1/applications/A1B2/settings/webhook",
        serde_json::json!({
            "enabled": true,
            "url": "https://example.com/calls",
            "enabled_events": ["direct_call:dial", "direct_call:end"]
        }),
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

// ---- Webhook events ----------------------------------------------------------------------

sendbird_core::webhook_fixture_test!(WebhookEvent);

#[test]
fn every_fixture_names_the_application() {
    for category in WebhookEvent::CATEGORIES {
        assert_eq!(
            FIXTURES.event(category).application_id(),
            Some("XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"),
            "{category}"
        );
    }
}

#[test]
fn direct_call_and_room_fields() {
    let WebhookEvent::DirectCallEnd(end) = FIXTURES.event("direct_call:end") else {
        panic!("variant")
    };
    assert_eq!(
        end.direct_call.call_id,
        "c3e1a4c0-1111-2222-3333-444455556666"
    );
    assert_eq!(end.direct_call.caller_id.as_deref(), Some("alice"));
    assert_eq!(end.direct_call.duration, Some(34000));
    assert_eq!(end.end_result(), Some(&crate::models::EndResult::Completed));
    assert_eq!(end.occurred_at, Some(1608011234567));
    let WebhookEvent::DirectCallDial(dial) = FIXTURES.event("direct_call:dial") else {
        panic!("variant")
    };
    assert_eq!(dial.direct_call.is_video_call, Some(false));
    assert_eq!(dial.end_result(), None);
    let WebhookEvent::RoomParticipantExited(exited) = FIXTURES.event("room:participant_exited")
    else {
        panic!("variant")
    };
    let participant = exited.participant.expect("participant");
    assert_eq!(participant.exited_at, Some(1608011165000));
    assert_eq!(
        exited.room.map(|r| r.room_id),
        Some("2f8a3f4e-5b6c-4d7e-8f90-a1b2c3d4e5f6".to_owned())
    );
}

#[test]
fn unknown_and_unreadable_events() {
    let unknown =
        WebhookEvent::parse(br#"{"category":"room:invitation_sent","room":{}}"#).expect("parses");
    assert_eq!(unknown.variant_name(), "Unknown");
    assert_eq!(unknown.category(), "room:invitation_sent");
    let broken = br#"{"category":"direct_call:end","direct_call":{"custom_items":[1]}}"#;
    assert_eq!(
        WebhookEvent::parse(broken).expect("lenient").variant_name(),
        "Unknown"
    );
    let error = WebhookEvent::parse_strict(broken).expect_err("strict");
    assert!(
        error.to_string().contains("direct_call.custom_items"),
        "{error}"
    );
    assert!(WebhookEvent::parse(b"{").is_err());
}

#[cfg(feature = "webhook")]
#[tokio::test]
async fn the_receiver_verifies_calls_events() {
    use sendbird_core::{webhook, ApiToken};
    use tower::ServiceExt;

    let (receiver, mut events) = channel_receiver("calls-master", 4);
    let body = FIXTURES.read("room:create");
    let signature = webhook::sign(&body, &ApiToken::new("calls-master")).expect("signs");
    let request = http::Request::post("/calls")
        .header(webhook::SIGNATURE_HEADER, signature)
        .body(http_body_util::Full::new(bytes::Bytes::from(body.clone())))
        .expect("request");
    let answer = receiver.clone().oneshot(request).await.expect("infallible");
    assert_eq!(answer.status(), 200);
    assert!(matches!(
        events.try_recv().expect("handed off").event,
        WebhookEvent::RoomCreate(_)
    ));
    let forged = http::Request::post("/calls")
        .header(webhook::SIGNATURE_HEADER, "0".repeat(64))
        .body(http_body_util::Full::new(bytes::Bytes::from(body)))
        .expect("request");
    assert_eq!(
        receiver.oneshot(forged).await.expect("infallible").status(),
        401
    );
    assert!(events.try_recv().is_err());
}
