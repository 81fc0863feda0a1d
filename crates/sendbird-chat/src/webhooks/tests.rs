//! Unit tests: the webhook settings endpoints on the wire, and their docs-shaped fixtures
//! decoded.

use sendbird_core::test_util::{json_body, path_and_query};
use serde_json::json;

use super::*;
use crate::test_support::KIT;

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &GetWebhookSettings::new(),
            "GET",
            "/v3/applications/settings/webhook",
        )
        .empty(),
        KIT.fixture_case(
            &UpdateWebhookSettings::new()
                .enabled(true)
                .url("https://example.com/notification")
                .include_members(true)
                .include_unread_count(false)
                .enabled_events(["*"]),
            "PUT",
            "/v3/applications/settings/webhook",
        ),
    ]);
}

#[test]
fn get_webhook_settings_wire_and_fixture() {
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

// ---- Webhook events ----------------------------------------------------------------------

sendbird_core::webhook_fixture_test!(WebhookEvent);

#[test]
fn group_channel_message_send_reads_the_docs_example() {
    let WebhookEvent::GroupChannelMessageSend(send) = FIXTURES.event("group_channel:message_send")
    else {
        panic!("variant")
    };
    assert_eq!(
        send.sender.as_ref().map(|u| u.user_id.as_str()),
        Some("Jeff")
    );
    assert_eq!(send.silent, Some(false));
    assert_eq!(send.message_type, Some(crate::models::MessageType::User));
    assert_eq!(send.mention_type, Some(crate::models::MentionType::Users));
    assert_eq!(send.payload.message_id, 238303376);
    assert_eq!(send.payload.message.as_deref(), Some("Webhook simulation"));
    assert_eq!(send.payload.created_at, Some(1540798555343));
    assert_eq!(send.payload.translations.len(), 2);
    assert_eq!(
        send.channel.channel_url,
        "sendbird_group_channel_47226288_21c0d617e45a7db4e12a7f5efdb4df4743b11c16"
    );
    assert_eq!(send.channel.custom_type.as_deref(), Some("business"));
    assert_eq!(send.sdk.as_deref(), Some("API"));
    let jeff = &send.members[0];
    assert_eq!(jeff.is_hidden, Some(0));
    assert_eq!(jeff.state, Some(crate::models::MemberState::Joined));
    assert_eq!(jeff.is_blocking_sender, Some(false));
    assert_eq!(jeff.unread_message_count, Some(16));
    assert_eq!(jeff.channel_unread_message_count, Some(5));
    assert_eq!(
        jeff.push_trigger_option,
        Some(crate::models::ChannelPushTriggerOption::Default)
    );
    let event = FIXTURES.event("group_channel:message_send");
    assert_eq!(event.as_message_event(), Some(&send));
    assert_eq!(event.channel_url(), Some(send.channel.channel_url.as_str()));
    assert_eq!(event.app_id(), Some("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
}

#[test]
fn timestamp_and_role_key_quirks() {
    let WebhookEvent::OpenChannelRemove(removed) = FIXTURES.event("open_channel:remove") else {
        panic!("variant")
    };
    assert_eq!(removed.removed_at, Some(1586446261706));
    let WebhookEvent::OpenChannelCreate(created) = FIXTURES.event("open_channel:create") else {
        panic!("variant")
    };
    assert_eq!(created.created_at, Some(1540866408000));
    assert_eq!(created.operators[0].user_id, "Jay");
    let WebhookEvent::UserUnblock(unblock) = FIXTURES.event("user:unblock") else {
        panic!("variant")
    };
    assert_eq!(
        unblock.unblockee.as_ref().map(|u| u.user_id.as_str()),
        Some("Matthew")
    );
    let WebhookEvent::GroupChannelMessageRead(read) = FIXTURES.event("group_channel:message_read")
    else {
        panic!("variant")
    };
    assert_eq!(read.read_updates[0].read_ts, Some(1540864257418));
    assert_eq!(read.read_updates[0].total_unread_message_count, Some(3));
    let WebhookEvent::ProfanityFilterReplace(replace) = FIXTURES.event("profanity_filter:replace")
    else {
        panic!("variant")
    };
    assert_eq!(replace.replaced_text.as_deref(), Some("You guys suck!"));
    assert_eq!(replace.payload.message.as_deref(), Some("You guys ****!"));
    let WebhookEvent::ImageModerationBlock(image) = FIXTURES.event("image_moderation:block") else {
        panic!("variant")
    };
    assert!(image
        .message_text
        .as_deref()
        .is_some_and(|t| t.contains("sally.jpg")));
    let WebhookEvent::MessageReport(report) = FIXTURES.event("message:report") else {
        panic!("variant")
    };
    assert_eq!(
        report.created_at,
        Some(1568791754),
        "kept as sent (seconds)"
    );
    let reported = report.reported_message.expect("reported message");
    assert_eq!(reported.payload.message_id, 592281302);
    assert_eq!(
        report
            .offending_user
            .map(|u| u.metadata["font_color"].clone()),
        Some("gray".to_owned())
    );
    let WebhookEvent::OperatorsUnregisterByOperator(ops) =
        FIXTURES.event("operators:unregister_by_operator")
    else {
        panic!("variant")
    };
    assert_eq!(ops.channel_type.as_deref(), Some("group_channel"));
    assert_eq!(ops.operators[0].user_id, "Tei");
}

#[test]
fn membership_changes_and_reactions() {
    let WebhookEvent::GroupChannelChanged(changed) = FIXTURES.event("group_channel:changed") else {
        panic!("variant")
    };
    assert_eq!(changed.changes[0].key, "name");
    assert_eq!(
        changed.changes[0].new_str(),
        Some("Sport center VIP members")
    );
    let WebhookEvent::GroupChannelLeave(left) = FIXTURES.event("group_channel:leave") else {
        panic!("variant")
    };
    assert_eq!(left.users[0].channel_unread_message_count, Some(3));
    let WebhookEvent::GroupChannelFreezeUnfreeze(freeze) =
        FIXTURES.event("group_channel:freeze_unfreeze")
    else {
        panic!("variant")
    };
    assert_eq!(freeze.is_frozen(), Some(true));
    let WebhookEvent::GroupChannelReactionAdd(reaction) =
        FIXTURES.event("group_channel:reaction_add")
    else {
        panic!("variant")
    };
    assert_eq!(reaction.reaction.as_deref(), Some("smile"));
    assert_eq!(reaction.reacted_message_id(), Some(238303376));
    // Alternative spellings seen in transcriptions of the docs.
    let declined = WebhookEvent::parse_strict(
        br#"{"category":"group_channel:decline_invite","declined_at":5,"users":[{"user_id":"t"}],"channel":{"channel_url":"c"}}"#,
    )
    .expect("decodes");
    let WebhookEvent::GroupChannelDeclineInvite(declined) = declined else {
        panic!("variant")
    };
    assert_eq!(declined.declined_invite_at, Some(5));
    let hidden = WebhookEvent::parse_strict(
        br#"{"category":"group_channel:join","members":[{"user_id":"u","is_hidden":true}]}"#,
    )
    .expect("a boolean is_hidden decodes");
    let WebhookEvent::GroupChannelJoin(join) = hidden else {
        panic!("variant")
    };
    assert_eq!(join.members[0].is_hidden, Some(1));
}

#[test]
fn secrets_in_payloads_are_not_printed() {
    let WebhookEvent::BotMessageNotification(bot) = FIXTURES.event("bot_message_notification")
    else {
        panic!("variant")
    };
    let token = bot
        .bot
        .as_ref()
        .and_then(|b| b.bot_token.as_ref())
        .expect("token");
    assert_eq!(token.expose(), "0d5b0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b");
    assert!(!format!("{bot:?}").contains("0d5b0a1b2c3d"));
    let WebhookEvent::UserDeviceTokenRegister(token) = FIXTURES.event("user:device_token_register")
    else {
        panic!("variant")
    };
    assert!(!format!("{token:?}").contains("fcm_token_xxxxxxxx"));
}

#[test]
fn unknown_categories_and_unreadable_payloads() {
    let legacy = WebhookEvent::parse(
        br#"{"category":"group_channel:old_kick_out:join","channel":{"channel_url":"c"}}"#,
    )
    .expect("parses");
    assert_eq!(legacy.category(), "group_channel:old_kick_out:join");
    assert_eq!(legacy.variant_name(), "Unknown");
    let WebhookEvent::Unknown { raw, .. } = &legacy else {
        panic!("variant")
    };
    assert_eq!(raw["channel"]["channel_url"], "c");

    // A known category whose payload cannot be read: Unknown when lenient, an error naming
    // the field when strict.
    let broken = br#"{"category":"user:block","blocker":{"user_id":"a","metadata":{"k":1}}}"#;
    let lenient = WebhookEvent::parse(broken).expect("never fails on a category");
    assert_eq!(lenient.category(), "user:block");
    assert_eq!(lenient.variant_name(), "Unknown");
    let strict = WebhookEvent::parse_strict(broken).expect_err("strict");
    assert!(
        strict.to_string().contains("blocker.metadata.k"),
        "{strict}"
    );

    for not_an_event in [&b"not json"[..], b"[]", b"{}", br#"{"category":7}"#, b""] {
        assert!(matches!(
            WebhookEvent::parse(not_an_event),
            Err(sendbird_core::webhook::WebhookError::InvalidBody(_))
        ));
    }
}

#[test]
fn hostile_bytes_never_panic() {
    for category in WebhookEvent::CATEGORIES {
        let body = FIXTURES.read(category);
        for cut in (0..body.len()).step_by(7) {
            let _ = WebhookEvent::parse(&body[..cut]);
            let _ = WebhookEvent::parse_strict(&body[..cut]);
        }
        let mut flipped = body.clone();
        for i in (0..flipped.len()).step_by(13) {
            flipped[i] ^= 0x55;
            let _ = WebhookEvent::parse(&flipped);
        }
    }
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(WebhookEvent::parse(deep.as_bytes()).is_err());
}

#[cfg(feature = "webhook")]
#[test]
fn verify_and_parse_rejects_before_parsing() {
    use sendbird_core::{webhook, ApiToken};
    let token = ApiToken::new("master");
    let body = FIXTURES.read("group_channel:message_send");
    let mut headers = sendbird_core::http::HeaderMap::new();
    assert_eq!(
        verify_and_parse(&body, &headers, &token),
        Err(WebhookError::MissingSignature)
    );
    let signature = webhook::sign(&body, &token).expect("signs");
    headers.insert(
        webhook::SIGNATURE_HEADER,
        signature.parse().expect("header value"),
    );
    assert!(matches!(
        verify_and_parse(&body, &headers, &token),
        Ok(WebhookEvent::GroupChannelMessageSend(_))
    ));
    assert_eq!(
        verify_and_parse(&body, &headers, &ApiToken::new("secondary")),
        Err(WebhookError::Mismatch)
    );
    assert_eq!(
        verify_and_parse(&body, &headers, &ApiToken::new("")),
        Err(WebhookError::EmptyToken)
    );
    let mut tampered = body.clone();
    tampered[20] ^= 1;
    assert_eq!(
        verify_and_parse(&tampered, &headers, &token),
        Err(WebhookError::Mismatch)
    );
}
