//! `push` against the emulator: device tokens and their owners, push preferences (user
//! level and per channel), template choice and content templates, push settings, and push
//! configurations (APNs uploaded as multipart, FCM, HMS).

use sendbird_chat::handles::Application;
use sendbird_chat::push::{
    AddApnsPushConfiguration, ApnsEnvironment, ChannelPushTriggerOption,
    ChoosePushNotificationTemplate, DayOfWeek, DeviceToken, DndSchedule, DndTimeWindow,
    ListPushConfigurations, PushConfigType, PushConfiguration, PushConfigurations,
    PushTemplateFormats, PushTemplateName, PushTriggerOption, PushType, TemplateText, TokenType,
};
use sendbird_chat::FilePart;
use sendbird_core::Endpoint;
use sendbird_emulator::Seed;

use crate::support::{refused, seeded};

fn users() -> Seed {
    Seed::new()
        .user("alice@example.com/ü", "Alice")
        .user("bob", "Bob")
        .user("carol", "Carol")
        .group_channel("team/chat ü", ["alice@example.com/ü", "bob"])
}

const ALICE: &str = "alice@example.com/ü";
const FCM_1: &str = "fP7c4oBk_hU:APA91bEzrb3ks301HRvtXxZEdubB/first+token==";
const FCM_2: &str = "dK64CBNk_pH:BKvxZP394bEzrb3ks20LRvtXxZEb/second";
const APNS_1: &str = "6e0c1b3f2f9a4d8e9b7c5a3d1e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f";

/// The push configurations the application lists for `push_type`.
async fn configurations(app: &Application<'_>, push_type: PushType) -> Vec<PushConfiguration> {
    app.push_configurations(push_type.clone())
        .await
        .unwrap_or_else(|e| panic!("list {push_type:?}: {e}"))
        .push_configurations
}

/// The push configuration `id` of `push_type`, read back.
async fn configuration(app: &Application<'_>, push_type: PushType, id: &str) -> PushConfiguration {
    app.push_configuration(push_type.clone(), id)
        .await
        .unwrap_or_else(|e| panic!("get {push_type:?} {id}: {e}"))
        .push_configurations
        .into_iter()
        .next()
        .expect("one configuration")
}

#[tokio::test]
async fn device_tokens_add_list_find_owner_and_remove_for_two_types() {
    let (_emulator, chat) = seeded(users()).await;
    let alice = chat.user(ALICE);

    // Add two FCM tokens and one APNs token.
    let added = alice
        .add_push_token(TokenType::Fcm, FCM_1)
        .await
        .expect("add fcm 1");
    assert_eq!(added.token, Some(DeviceToken::new(FCM_1)));
    assert_eq!(added.token_type, Some(TokenType::Fcm));
    assert_eq!(added.user.as_ref().map(|u| u.user_id.as_str()), Some(ALICE));
    alice
        .add_push_token(TokenType::Fcm, FCM_2)
        .await
        .expect("add fcm 2");
    alice
        .add_push_token(TokenType::Fcm, FCM_1)
        .await
        .expect("re-adding is harmless");
    let apns = alice
        .add_push_token(TokenType::Apns, APNS_1)
        .await
        .expect("add apns");
    assert_eq!(apns.token_type, Some(TokenType::Apns));

    // List each type, oldest first.
    let fcm = alice.push_tokens(TokenType::Fcm).await.expect("list fcm");
    assert_eq!(
        fcm.tokens,
        [DeviceToken::new(FCM_1), DeviceToken::new(FCM_2)]
    );
    assert_eq!(fcm.token_type, Some(TokenType::Fcm));
    assert_eq!(fcm.user.map(|u| u.nickname), Some(Some("Alice".to_owned())));
    let apple = alice.push_tokens(TokenType::Apns).await.expect("list apns");
    assert_eq!(apple.tokens, [DeviceToken::new(APNS_1)]);
    assert!(alice
        .push_tokens(TokenType::Huawei)
        .await
        .expect("list huawei")
        .tokens
        .is_empty());

    // The owner lookup finds the user, for both types; a token of one type is unknown
    // under another.
    for (token_type, token) in [(TokenType::Fcm, FCM_1), (TokenType::Apns, APNS_1)] {
        let owner = chat
            .device_token(token_type.clone(), token)
            .owner()
            .await
            .unwrap_or_else(|e| panic!("owner of {token_type:?}: {e}"));
        assert_eq!(owner.user_id(), Some(ALICE), "owner of {token_type:?}");
    }
    refusals! { refused;
        chat.device_token(TokenType::Huawei, APNS_1).owner() => 400201, "not a huawei token";
    }

    // Remove the APNs token from the user: the owner lookup then answers 400201.
    let removed = alice
        .remove_push_token(TokenType::Apns, APNS_1)
        .await
        .expect("remove apns");
    assert_eq!(removed.token, [DeviceToken::new(APNS_1)]);
    assert_eq!(removed.user.map(|u| u.user_id).as_deref(), Some(ALICE));
    refusals! { refused;
        chat.device_token(TokenType::Apns, APNS_1).owner() => 400201, "removed token has no owner";
        alice.remove_push_token(TokenType::Apns, APNS_1) => 400201, "removing it again";
    }

    // Remove an FCM token through its owner, without naming the user.
    let owner = chat
        .device_token(TokenType::Fcm, FCM_2)
        .remove_from_owner()
        .await
        .expect("remove from owner");
    assert_eq!(owner.user_id(), Some(ALICE));
    refusals! { refused;
        chat.device_token(TokenType::Fcm, FCM_2).owner() => 400201, "gone";
        chat.device_token(TokenType::Fcm, FCM_2).remove_from_owner() => 400201, "gone too";
    }

    // Remove everything left.
    alice
        .add_push_token(TokenType::Huawei, "hms-token-1")
        .await
        .expect("add huawei");
    let all = alice.remove_all_push_tokens().await.expect("remove all");
    let mut removed: Vec<_> = all.token.iter().map(DeviceToken::expose).collect();
    removed.sort_unstable();
    assert_eq!(removed, [FCM_1, "hms-token-1"]);
    for token_type in [TokenType::Fcm, TokenType::Huawei] {
        let left = alice.push_tokens(token_type).await.expect("list");
        assert!(left.tokens.is_empty());
    }
}

#[tokio::test]
async fn a_token_has_one_owner_and_twenty_per_type_are_kept() {
    let (_emulator, chat) = seeded(users()).await;
    chat.user("bob")
        .add_push_token(TokenType::ApnsVoip, "voip-1")
        .await
        .expect("bob adds");
    chat.user("carol")
        .add_push_token(TokenType::ApnsVoip, "voip-1")
        .await
        .expect("carol adds the same token");
    let owner = chat
        .device_token(TokenType::ApnsVoip, "voip-1")
        .owner()
        .await
        .expect("owner");
    assert_eq!(owner.user_id(), Some("carol"), "the token moved");
    let bob = chat
        .user("bob")
        .push_tokens(TokenType::ApnsVoip)
        .await
        .expect("bob's tokens");
    assert!(bob.tokens.is_empty());

    for i in 0..21 {
        chat.user("bob")
            .add_push_token(TokenType::Fcm, format!("token-{i:02}"))
            .await
            .expect("add");
    }
    let tokens = chat
        .user("bob")
        .push_tokens(TokenType::Fcm)
        .await
        .expect("list");
    assert_eq!(tokens.tokens.len(), 20);
    assert_eq!(
        tokens.tokens[0].expose(),
        "token-01",
        "the oldest was dropped"
    );
    assert_eq!(tokens.tokens[19].expose(), "token-20");

    // Deleting a user unregisters its tokens.
    chat.users().delete("carol").await.expect("delete carol");
    refusals! { refused;
        chat.device_token(TokenType::ApnsVoip, "voip-1").owner() => 400201, "owner deleted";
    }
}

#[tokio::test]
async fn device_token_errors() {
    let (_emulator, chat) = seeded(users()).await;
    refusals! { refused;
        chat.user("nobody").add_push_token(TokenType::Fcm, "t") => 400201, "unknown user";
        chat.user("nobody").push_tokens(TokenType::Fcm) => 400201, "unknown user";
        chat.user("bob").push_tokens("web") => 400111, "unknown token type";
        chat.user("bob").add_push_token("web", "t") => 400111, "unknown token type";
        chat.send(&sendbird_chat::push::AddDeviceToken::new("bob", TokenType::Fcm))
            => 400105, "no token in the body";
        chat.user("bob").remove_push_token(TokenType::Fcm, "never-added")
            => 400201, "unknown token";
    }
}

#[tokio::test]
async fn push_preferences_life_cycle_with_reset() {
    let (_emulator, chat) = seeded(users()).await;
    let alice = chat.user(ALICE);

    let defaults = alice.push_preferences().await.expect("defaults");
    assert_eq!(defaults.push_trigger_option, Some(PushTriggerOption::All));
    assert_eq!(defaults.do_not_disturb, Some(false));
    assert_eq!(defaults.snooze_enabled, Some(false));
    assert_eq!(defaults.timezone.as_deref(), Some("UTC"));
    assert_eq!(defaults.push_sound.as_deref(), Some("default"));
    assert!(defaults.dnd_schedules.is_empty());

    let updated = alice
        .update_push_preferences()
        .push_trigger_option(PushTriggerOption::MentionOnly)
        .do_not_disturb(true)
        .start_hour(22)
        .start_min(30)
        .end_hour(7)
        .end_min(15)
        .snooze_enabled(true)
        .snooze_start_ts(1_700_000_000_000_i64)
        .snooze_end_ts(1_700_086_400_000_i64)
        .timezone("Asia/Seoul")
        .push_sound("bell.caf")
        .block_push_from_bots(true)
        .push_blocked_bot_ids(["bot-1"])
        .await
        .expect("update");
    assert_eq!(
        updated.push_trigger_option,
        Some(PushTriggerOption::MentionOnly)
    );
    assert_eq!(updated.do_not_disturb, Some(true));
    assert_eq!(
        (
            updated.start_hour,
            updated.start_min,
            updated.end_hour,
            updated.end_min
        ),
        (Some(22), Some(30), Some(7), Some(15))
    );
    assert_eq!(updated.snooze_end_ts, Some(1_700_086_400_000));
    assert_eq!(updated.push_blocked_bot_ids, ["bot-1"]);

    // A partial update keeps the rest; a weekly schedule replaces the daily window and is
    // split at midnight.
    let scheduled = alice
        .update_push_preferences()
        .dnd_schedules(vec![DndSchedule::new(
            DayOfWeek::Sunday,
            [DndTimeWindow::new(23, 0, 6, 0)],
        )])
        .await
        .expect("schedule");
    assert_eq!(scheduled.do_not_disturb, Some(false));
    assert_eq!(scheduled.timezone.as_deref(), Some("Asia/Seoul"));
    let days: Vec<_> = scheduled
        .dnd_schedules
        .iter()
        .map(|s| (s.day_of_week.clone(), s.time_windows.clone()))
        .collect();
    assert_eq!(
        days,
        [
            (DayOfWeek::Monday, vec![DndTimeWindow::new(0, 0, 6, 0)]),
            (DayOfWeek::Sunday, vec![DndTimeWindow::new(23, 0, 23, 59)]),
        ]
    );
    let read_back = alice.push_preferences().await.expect("get");
    assert_eq!(read_back, scheduled);

    // Bad values answer 400111 and change nothing.
    for bad in [
        alice.update_push_preferences().start_hour(24),
        alice.update_push_preferences().end_min(60),
        alice
            .update_push_preferences()
            .timezone("Mars Standard Time"),
        alice
            .update_push_preferences()
            .push_trigger_option(PushTriggerOption::Unknown("sometimes".into())),
        alice
            .update_push_preferences()
            .snooze_start_ts(2_000_i64)
            .snooze_end_ts(1_000_i64),
    ] {
        refused(bad.await, 400111, "invalid value");
    }
    assert_eq!(alice.push_preferences().await.expect("get"), scheduled);

    // Reset: DND, snooze, time frames, time zone and sound back to their defaults.
    alice.reset_push_preferences().await.expect("reset");
    let reset = alice.push_preferences().await.expect("get after reset");
    assert_eq!(reset.do_not_disturb, Some(false));
    assert_eq!(reset.snooze_enabled, Some(false));
    assert_eq!(
        (reset.start_hour, reset.end_hour, reset.snooze_start_ts),
        (Some(0), Some(0), Some(0))
    );
    assert_eq!(reset.timezone.as_deref(), Some("UTC"));
    assert_eq!(reset.push_sound.as_deref(), Some("default"));
    assert!(reset.dnd_schedules.is_empty());
    assert_eq!(
        reset.push_trigger_option,
        Some(PushTriggerOption::MentionOnly),
        "the trigger option is not part of the reset"
    );

    refused(
        chat.user("nobody").reset_push_preferences().await,
        400201,
        "unknown user",
    );
}

#[tokio::test]
async fn channel_push_preferences_per_member() {
    let (_emulator, chat) = seeded(users()).await;
    let alice = chat.user(ALICE);
    let channel = "team/chat ü";

    let defaults = alice
        .channel_push_preferences(channel)
        .await
        .expect("defaults");
    assert_eq!(
        defaults.push_trigger_option,
        Some(ChannelPushTriggerOption::Default)
    );
    assert_eq!(defaults.enable, Some(true));

    let updated = alice
        .update_channel_push_preferences(channel, ChannelPushTriggerOption::Off)
        .push_sound("chime.caf")
        .await
        .expect("update");
    assert_eq!(
        updated.push_trigger_option,
        Some(ChannelPushTriggerOption::Off)
    );
    assert_eq!(updated.push_sound.as_deref(), Some("chime.caf"));
    assert_eq!(
        alice.channel_push_preferences(channel).await.expect("get"),
        updated
    );
    let bob = chat
        .user("bob")
        .channel_push_preferences(channel)
        .await
        .expect("bob unaffected");
    assert_eq!(
        bob.push_trigger_option,
        Some(ChannelPushTriggerOption::Default)
    );

    // The user-level reset leaves channel preferences alone.
    alice.reset_push_preferences().await.expect("reset");
    assert_eq!(
        alice.channel_push_preferences(channel).await.expect("get"),
        updated
    );

    refusals! { refused;
        chat.user("carol").channel_push_preferences(channel) => 400201, "not a member";
        alice.channel_push_preferences("no-such-channel") => 400201, "unknown channel";
        alice.update_channel_push_preferences(channel, "loud") => 400111, "invalid option";
    }
}

#[tokio::test]
async fn templates_choice_list_update_and_preview() {
    let (_emulator, chat) = seeded(users()).await;

    let choice = chat
        .user(ALICE)
        .choose_push_template(PushTemplateName::Alternative)
        .await
        .expect("choose");
    assert_eq!(choice.name, Some(PushTemplateName::Alternative));
    refusals! { refused;
        chat.send(&ChoosePushNotificationTemplate::new(ALICE, "fancy"))
            => 400111, "no such template";
        chat.user("nobody").choose_push_template(PushTemplateName::Default)
            => 400201, "unknown user";
    }

    let app = chat.application();
    let list = app.push_notification_templates().await.expect("list");
    assert_eq!(list.push_message_templates.len(), 2);
    let default = list.push_message_templates[0]
        .template
        .clone()
        .expect("formats");
    assert_eq!(
        default.message,
        Some(TemplateText::from("{sender_name}: {message}"))
    );

    let updated = app
        .update_push_notification_template(
            PushTemplateName::Default,
            PushTemplateFormats::new(
                TemplateText::with_title("{channel_name}", "{sender_name}: {message}"),
                "{sender_name} sent {file_type_friendly}",
                "Notice: {message}",
            ),
        )
        .await
        .expect("update");
    let template = &updated.push_message_templates[0];
    let preview = template.push_message_preview.clone().expect("preview");
    assert_eq!(
        preview.message,
        Some(TemplateText::with_title("Sample channel", "Cindy: Hi!"))
    );
    assert_eq!(preview.file, Some(TemplateText::from("Cindy sent Image")));

    let got = app
        .push_notification_template(PushTemplateName::Default)
        .await
        .expect("get");
    assert_eq!(got.push_message_templates[0].template, template.template);
    let alternative = app
        .push_notification_template(PushTemplateName::Alternative)
        .await
        .expect("get alternative");
    assert_eq!(
        alternative.push_message_templates[0]
            .template
            .as_ref()
            .and_then(|t| t.admin.clone()),
        Some(TemplateText::from("New announcement!"))
    );
    refused(
        app.push_notification_template("fancy").await,
        400201,
        "unknown template",
    );
}

#[tokio::test]
async fn push_settings_switch() {
    let (_emulator, chat) = seeded(Seed::new()).await;
    let app = chat.application();
    let settings = app.push_notification_settings().await.expect("get");
    assert_eq!(settings.push_enabled, Some(false));
    let on = app
        .update_push_notification_settings(true)
        .await
        .expect("turn on");
    assert_eq!(on.push_enabled, Some(true));
    let settings = app.push_notification_settings().await.expect("get");
    assert_eq!(settings.push_enabled, Some(true));
}

#[tokio::test]
async fn apns_configuration_uploaded_as_multipart_listed_updated_and_deleted() {
    let (_emulator, chat) = seeded(Seed::new()).await;
    let app = chat.application();
    let certificate_bytes = b"\x30\x82\x0a\x1fCERTIFICATE-BYTES".to_vec();
    let password = "p12-export-password";

    // Add through the raw response, to check what comes back on the wire.
    let add = AddApnsPushConfiguration::new(FilePart::new(
        "com.example.chatapp.p12",
        certificate_bytes.clone(),
    ))
    .apns_cert_env_type(ApnsEnvironment::Production)
    .apns_cert_password(password)
    .mutable_content(true)
    .push_sound("bell.caf");
    let response = chat
        .execute(add.to_request().expect("request builds"))
        .await
        .expect("add apns");
    assert_eq!(response.status(), 200);
    let raw = String::from_utf8_lossy(response.body()).into_owned();
    assert!(!raw.contains(password), "password echoed: {raw}");
    assert!(
        !raw.contains("CERTIFICATE-BYTES"),
        "certificate echoed: {raw}"
    );
    let added: PushConfigurations = serde_json::from_str(&raw).expect("decodes");
    let config = &added.push_configurations[0];
    assert_eq!(config.push_type, Some(PushConfigType::Apns));
    assert_eq!(config.apns_name.as_deref(), Some("com.example.chatapp"));
    assert_eq!(config.apns_type, Some(ApnsEnvironment::Production));
    assert_eq!(config.apns_env_cert_type, Some(ApnsEnvironment::Production));
    assert_eq!(config.has_unread_count_badge, Some(true));
    assert_eq!(config.mutable_content, Some(true));
    assert_eq!(config.content_available, Some(false));
    assert_eq!(config.push_sound.as_deref(), Some("bell.caf"));
    let created_at = config.created_at.expect("created_at");
    assert_eq!(
        config.apns_expiration,
        Some(created_at + 365 * 24 * 60 * 60),
        "seconds"
    );
    let id = config.id.clone();

    // Listed (no secret there either).
    let response = chat
        .execute(
            ListPushConfigurations::new(PushType::Apns)
                .to_request()
                .expect("request builds"),
        )
        .await
        .expect("list apns");
    let raw = String::from_utf8_lossy(response.body()).into_owned();
    assert!(!raw.contains(password) && !raw.contains("CERTIFICATE-BYTES"));
    assert_eq!(
        configurations(&app, PushType::Apns).await,
        added.push_configurations
    );
    assert!(configurations(&app, PushType::Fcm).await.is_empty());

    // Update options (JSON), then the certificate (multipart).
    let updated = app
        .update_apns_push_configuration(&id)
        .has_unread_count_badge(false)
        .content_available(true)
        .await
        .expect("update options");
    assert_eq!(updated.provider_ids, [id.as_str()]);
    let updated = app
        .update_apns_push_configuration(&id)
        .apns_cert(FilePart::new("com.example.other.p12", certificate_bytes))
        .apns_cert_env_type(ApnsEnvironment::Development)
        .apns_cert_password("new-password")
        .await
        .expect("update certificate");
    assert_eq!(updated.provider_ids, [id.as_str()]);
    let config = configuration(&app, PushType::Apns, &id).await;
    assert_eq!(config.apns_name.as_deref(), Some("com.example.other"));
    assert_eq!(config.apns_type, Some(ApnsEnvironment::Development));
    assert_eq!(config.has_unread_count_badge, Some(false));
    assert_eq!(config.content_available, Some(true));
    assert_eq!(config.mutable_content, Some(true), "kept");

    // A file that is not a certificate.
    refusals! { refused;
        app.add_apns_push_configuration(FilePart::new("cert.p12", "-----BEGIN CERTIFICATE-----"))
            => 400111, "not a p12";
    }

    // Deleting the certificate removes the provider.
    let deleted = app.delete_apns_certificate(&id).await.expect("delete cert");
    assert_eq!(deleted.provider_ids, [id.as_str()]);
    refusals! { refused;
        app.push_configuration(PushType::Apns, &id) => 400201, "gone";
        app.delete_apns_certificate(&id) => 400201, "gone already";
    }
}

#[tokio::test]
async fn fcm_and_hms_configurations_updated_and_removed() {
    let (_emulator, chat) = seeded(Seed::new()).await;
    let app = chat.application();

    let added = app
        .add_fcm_push_configuration("AAAA:legacy-server-key")
        .push_sound("ring.swf")
        .await
        .expect("add fcm");
    let fcm = &added.push_configurations[0];
    assert_eq!(fcm.push_type, Some(PushConfigType::Fcm));
    assert_eq!(
        fcm.api_key.as_ref().map(|k| k.expose()),
        Some("AAAA:legacy-server-key"),
        "Sendbird returns the key as given (no masking found in its docs)"
    );
    assert!(!format!("{fcm:?}").contains("legacy-server-key"));
    assert_eq!(fcm.use_v1_api, Some(false));
    let id = fcm.id.clone();
    assert_eq!(id.len(), 40);

    let updated = app
        .update_fcm_push_configuration(&id)
        .api_key("BBBB:rotated-key")
        .push_sound("chime.swf")
        .await
        .expect("update fcm");
    assert_eq!(updated.provider_ids, [id.as_str()]);
    let fcm = configuration(&app, PushType::Fcm, &id).await;
    assert_eq!(
        fcm.api_key.as_ref().map(|k| k.expose()),
        Some("BBBB:rotated-key")
    );
    assert_eq!(fcm.push_sound.as_deref(), Some("chime.swf"));
    refusals! { refused;
        app.update_fcm_push_configuration(&id).use_fcm_v1_api(true)
            => 400111, "no service-account key";
        app.update_fcm_push_configuration(
            "0000000000000000000000000000000000000000",
        ).push_sound("x")
            => 400201, "unknown provider";
    }

    let hms = app
        .add_hms_push_configuration("123124124", "hms-app-secret")
        .await
        .expect("add hms");
    let hms_id = hms.push_configurations[0].id.clone();
    assert_eq!(
        hms.push_configurations[0].push_type,
        Some(PushConfigType::Huawei)
    );
    app.update_hms_push_configuration(&hms_id)
        .huawei_app_secret("rotated-secret")
        .await
        .expect("update hms");
    let list = configurations(&app, PushType::Huawei).await;
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].huawei_app_secret.as_ref().map(|s| s.expose()),
        Some("rotated-secret")
    );
    refusals! { refused;
        app.push_configuration(PushType::Fcm, &hms_id)
            => 400201, "an HMS id is not an FCM provider";
    }

    let removed = app
        .remove_push_configuration(PushType::Fcm, &id)
        .await
        .expect("remove fcm");
    assert_eq!(removed.provider_ids, [id]);
    assert!(configurations(&app, PushType::Fcm).await.is_empty());
    app.remove_push_configuration(PushType::Huawei, &hms_id)
        .await
        .expect("remove hms");
    refusals! { refused;
        app.remove_push_configuration(PushType::Huawei, &hms_id) => 400201, "removed twice";
        app.push_configurations("web") => 400111, "unknown push type";
    }
}
