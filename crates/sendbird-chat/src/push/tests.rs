//! Unit tests: every push endpoint on the wire, and its docs-shaped fixture decoded.

use sendbird_core::Endpoint;
use serde_json::json;

use super::*;
use crate::test_support::KIT;
use sendbird_core::test_util::{json_body, multipart_form, path_and_query};

const FCM_TOKEN: &str = "fP7c4oBk_hU:APA91bEzrb3ks301HRvtXxZEdubB_sEhpPFAb0i3cycvd3E9UvFO7ia2uwu2ms7gR-Ra8AmaRNluCT_0frTWBv45jzPvE";

// ---- device tokens --------------------------------------------------------------------

#[test]
fn device_tokens_never_show_in_debug() {
    let request = AddDeviceToken::with_token("u1", TokenType::Fcm, "secret-device-token");
    let remove = RemoveDeviceToken::new("u1", TokenType::Apns, "secret-device-token");
    let owner = GetDeviceTokenOwner::new(TokenType::Huawei, "secret-device-token");
    for shown in [
        format!("{request:?}"),
        format!("{remove:?}"),
        format!("{owner:?}"),
        format!("{}", DeviceToken::new("secret-device-token")),
    ] {
        assert!(!shown.contains("secret-device-token"), "{shown}");
    }
}

#[test]
fn token_type_wire_values() {
    assert_eq!(TokenType::Fcm.as_str(), "gcm");
    assert_eq!(TokenType::ApnsVoip.as_str(), "apns_voip");
    assert_eq!(TokenType::from("huawei"), TokenType::Huawei);
    assert_eq!(
        TokenType::from("web"),
        TokenType::Unknown("web".to_owned()),
        "unknown types are kept"
    );
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &AddDeviceToken::with_token("a/b ü", TokenType::Fcm, FCM_TOKEN),
            "POST",
            "/v3/users/a%2Fb%20%C3%BC/push/gcm",
        )
        .json(json!({"gcm_reg_token": FCM_TOKEN})),
        KIT.case(
            &ListDeviceTokens::new("user@example.com", TokenType::Huawei),
            "GET",
            "/v3/users/user%40example.com/push/huawei",
        )
        .empty(),
        KIT.case(
            &RemoveDeviceToken::new("a/b ü", TokenType::Fcm, "x:y/z=="),
            "DELETE",
            "/v3/users/a%2Fb%20%C3%BC/push/gcm/x%3Ay%2Fz%3D%3D",
        )
        .empty(),
        KIT.case(
            &RemoveAllDeviceTokens::new("a/b ü"),
            "DELETE",
            "/v3/users/a%2Fb%20%C3%BC/push",
        )
        .empty(),
        KIT.case(
            &GetDeviceTokenOwner::new(TokenType::Apns, "a/b ü"),
            "GET",
            "/v3/push/device_tokens/apns/a%2Fb%20%C3%BC",
        )
        .empty(),
        KIT.case(
            &RemoveDeviceTokenFromOwner::new(TokenType::Fcm, "user@example.com"),
            "DELETE",
            "/v3/push/device_tokens/gcm/user%40example.com",
        )
        .empty(),
        KIT.case(
            &ChoosePushNotificationTemplate::new("a/b ü", PushTemplateName::Alternative),
            "PUT",
            "/v3/users/a%2Fb%20%C3%BC/push/template",
        )
        .json(json!({"name": "alternative"})),
        KIT.case(
            &GetPushPreferences::new("a/b ü"),
            "GET",
            "/v3/users/a%2Fb%20%C3%BC/push_preference",
        )
        .empty(),
        KIT.case(
            &UpdatePushPreferences::new("user@example.com").push_trigger_option(PushTriggerOption::MentionOnly).do_not_disturb(true).start_hour(22).start_min(30).end_hour(7).end_min(0).snooze_enabled(true).snooze_start_ts(1_542_108_000_000).snooze_end_ts(1_542_194_400_000).timezone("Asia/Seoul").push_sound("bell_ring.swf").block_push_from_bots(true).push_blocked_bot_ids(["bot_123"]).enable_push_for_replies(true).dnd_schedules(vec![DndSchedule::new(DayOfWeek::Monday, [DndTimeWindow::new(22, 0, 23, 59)],)]),
            "PUT",
            "/v3/users/user%40example.com/push_preference",
        )
        .json(json!({ "push_trigger_option": "mention_only", "do_not_disturb": true, "start_hour": 22, "start_min": 30, "end_hour": 7, "end_min": 0, "snooze_enabled": true, "snooze_start_ts": 1_542_108_000_000_i64, "snooze_end_ts": 1_542_194_400_000_i64, "timezone": "Asia/Seoul", "push_sound": "bell_ring.swf", "block_push_from_bots": true, "push_blocked_bot_ids": ["bot_123"], "enable_push_for_replies": true, "dnd_schedules": [{"day_of_week": "monday", "time_windows": [{"start_hour": 22, "start_min": 0, "end_hour": 23, "end_min": 59}]}], })),
        KIT.case(
            &ResetPushPreferences::new("a/b ü"),
            "DELETE",
            "/v3/users/a%2Fb%20%C3%BC/push_preference",
        )
        .empty(),
        KIT.case(
            &GetChannelPushPreferences::new("a/b ü", "user@example.com"),
            "GET",
            "/v3/users/a%2Fb%20%C3%BC/push_preference/user%40example.com",
        )
        .empty(),
        KIT.case(
            &UpdateChannelPushPreferences::new(
                "user@example.com",
                "a/b ü",
                ChannelPushTriggerOption::Off,
            )
            .push_sound("bell.caf")
            .enable(false),
            "PUT",
            "/v3/users/user%40example.com/push_preference/a%2Fb%20%C3%BC",
        )
        .json(json!({"push_trigger_option": "off", "push_sound": "bell.caf", "enable": false})),
        KIT.case(
            &DeleteApnsCertificate::new("a/b ü"),
            "DELETE",
            "/v3/applications/push/apns/cert/a%2Fb%20%C3%BC",
        )
        .empty(),
        KIT.case(
            &AddFcmPushConfiguration::new("AAAA:server-key").push_sound("ring.swf"),
            "POST",
            "/v3/applications/push/fcm",
        )
        .json(json!({"api_key": "AAAA:server-key", "push_sound": "ring.swf"})),
        KIT.case(
            &UpdateFcmPushConfiguration::new("user@example.com")
                .api_key("new-key")
                .push_sound("ring.swf")
                .use_fcm_v1_api(false),
            "PUT",
            "/v3/applications/push/fcm/user%40example.com",
        )
        .json(json!({"api_key": "new-key", "push_sound": "ring.swf", "use_fcm_v1_api": false})),
        KIT.case(
            &UpdateHmsPushConfiguration::new("a/b ü")
                .huawei_app_id("1")
                .huawei_app_secret("s")
                .push_sound("p"),
            "PUT",
            "/v3/applications/push/hms/a%2Fb%20%C3%BC",
        )
        .json(json!({"huawei_app_id": "1", "huawei_app_secret": "s", "push_sound": "p"})),
        KIT.case(
            &ListPushConfigurations::new(PushType::Fcm),
            "GET",
            "/v3/applications/push/fcm",
        )
        .empty(),
        KIT.case(
            &GetPushConfiguration::new(PushType::Apns, "a/b ü"),
            "GET",
            "/v3/applications/push/apns/a%2Fb%20%C3%BC",
        )
        .empty(),
        KIT.case(
            &RemovePushConfiguration::new(PushType::Huawei, "user@example.com"),
            "DELETE",
            "/v3/applications/push/huawei/user%40example.com",
        )
        .empty(),
        KIT.case(
            &GetPushNotificationSettings::new(),
            "GET",
            "/v3/applications/push/settings",
        )
        .empty(),
        KIT.case(
            &ListPushNotificationTemplates::new(),
            "GET",
            "/v3/applications/push/message_templates",
        )
        .empty(),
        KIT.case(
            &GetPushNotificationTemplate::new(PushTemplateName::Alternative),
            "GET",
            "/v3/applications/push/message_templates/alternative",
        ),
    ]);
}

#[test]
fn add_device_token_wire_and_fixture() {
    let apns = KIT.wire(&AddDeviceToken::with_token("u", TokenType::Apns, "ab12"));
    assert_eq!(path_and_query(&apns), "/v3/users/u/push/apns");
    assert_eq!(json_body(&apns), json!({"apns_device_token": "ab12"}));
    let voip = KIT.wire(&AddDeviceToken::with_token("u", "apns_voip", "cd34"));
    assert_eq!(path_and_query(&voip), "/v3/users/u/push/apns_voip");
    assert_eq!(json_body(&voip), json!({"apns_device_token": "cd34"}));
    let huawei = KIT.wire(&AddDeviceToken::with_token("u", TokenType::Huawei, "hms"));
    assert_eq!(json_body(&huawei), json!({"huawei_device_token": "hms"}));
    assert!(AddDeviceToken::new("u", TokenType::Fcm).is_idempotent());

    let added = KIT.decode::<AddDeviceToken>();
    assert_eq!(
        added.token.as_ref().map(DeviceToken::expose),
        Some(FCM_TOKEN)
    );
    assert_eq!(added.token_type, Some(TokenType::Fcm), "GCM decodes as Fcm");
    let user = added.user.expect("user");
    assert_eq!(user.user_id, "Chris");
    assert_eq!(user.nickname.as_deref(), Some("Christopher"));
    assert!(user.metadata.is_empty());
}

#[test]
fn list_device_tokens_wire_and_fixture() {
    let list = KIT.decode::<ListDeviceTokens>();
    assert_eq!(list.tokens.len(), 2);
    assert_eq!(list.tokens[0].expose(), FCM_TOKEN);
    assert!(list.tokens[1].expose().starts_with("dK64CBNk_pH:"));
    assert_eq!(list.token, list.tokens, "the deprecated duplicate");
    assert_eq!(list.token_type, Some(TokenType::Fcm));
    let user = list.user.expect("user");
    assert_eq!(user.metadata["font_color"], "black");
}

#[test]
fn remove_device_token_wire_and_fixture() {
    let removed = KIT.decode::<RemoveDeviceToken>();
    assert_eq!(removed.token.len(), 1);
    assert_eq!(removed.token[0].expose(), FCM_TOKEN);
    assert_eq!(removed.user.map(|u| u.user_id).as_deref(), Some("Chris"));

    let as_string: RemovedDeviceTokens =
        serde_json::from_str(r#"{"token": "abc", "user": {"user_id": "u"}}"#).expect("decodes");
    assert_eq!(as_string.token, [DeviceToken::new("abc")]);
}

#[test]
fn remove_all_device_tokens_wire_and_fixture() {
    let removed = KIT.decode::<RemoveAllDeviceTokens>();
    assert!(removed.token.is_empty());
    let user = removed.user.expect("user");
    assert_eq!(user.user_id, "Chris");
    assert_eq!(user.metadata["font_preference"], "times new roman");
}

#[test]
fn device_token_owner_wire_and_fixture() {
    let owner = KIT.decode::<GetDeviceTokenOwner>();
    assert_eq!(owner.user_id(), Some("Fluo"));
    assert_eq!(owner.owners.len(), 1);

    let as_list: DeviceTokenOwners =
        serde_json::from_str(r#"[{"user_id": "a"}, {"user_id": "b"}]"#).expect("list form");
    assert_eq!(as_list.owners.len(), 2);
    assert_eq!(as_list.user_id(), Some("a"));
    let none: DeviceTokenOwners = serde_json::from_str("[]").expect("empty list");
    assert_eq!(none.user_id(), None);
}

#[test]
fn remove_device_token_from_owner_wire_and_fixture() {
    let owner = KIT.decode::<RemoveDeviceTokenFromOwner>();
    assert_eq!(owner.user_id(), Some("Jeff"));
}

// ---- preferences and template choice --------------------------------------------------

#[test]
fn choose_push_template_wire_and_fixture() {
    let choice = KIT.decode::<ChoosePushNotificationTemplate>();
    assert_eq!(choice.name, Some(PushTemplateName::Alternative));
}

#[test]
fn get_push_preferences_wire_and_fixture() {
    let prefs = KIT.decode::<GetPushPreferences>();
    assert_eq!(prefs.push_trigger_option, Some(PushTriggerOption::All));
    assert_eq!(prefs.do_not_disturb, Some(false));
    assert_eq!(prefs.start_hour, Some(0));
    assert_eq!(prefs.end_min, Some(0));
    assert_eq!(prefs.snooze_enabled, Some(false));
    assert_eq!(prefs.snooze_start_ts, Some(0));
    assert_eq!(prefs.timezone.as_deref(), Some("UTC"));
    assert_eq!(prefs.push_sound.as_deref(), Some("default"));
    assert_eq!(prefs.block_push_from_bots, Some(false));
    assert!(prefs.push_blocked_bot_ids.is_empty());
    assert_eq!(prefs.enable_push_for_replies, Some(false));
    assert!(prefs.dnd_schedules.is_empty());
}

#[test]
fn update_push_preferences_wire_and_fixture() {
    let only_timezone = KIT.wire(&UpdatePushPreferences::new("u").timezone("UTC"));
    assert_eq!(json_body(&only_timezone), json!({"timezone": "UTC"}));

    let prefs = KIT.decode::<UpdatePushPreferences>();
    assert_eq!(
        prefs.push_trigger_option,
        Some(PushTriggerOption::MentionOnly)
    );
    assert_eq!(prefs.do_not_disturb, Some(true));
    assert_eq!((prefs.start_hour, prefs.start_min), (Some(22), Some(30)));
    assert_eq!((prefs.end_hour, prefs.end_min), (Some(7), Some(0)));
    assert_eq!(prefs.snooze_start_ts, Some(1_542_108_000_000));
    assert_eq!(
        prefs.snooze_end_ts,
        Some(1_542_194_400_000),
        "a numeric string decodes"
    );
    assert_eq!(prefs.timezone.as_deref(), Some("Asia/Seoul"));
    assert_eq!(prefs.push_blocked_bot_ids, ["bot_123"]);
    assert_eq!(prefs.dnd_schedules.len(), 2);
    assert_eq!(prefs.dnd_schedules[1].day_of_week, DayOfWeek::Tuesday);
    assert_eq!(
        prefs.dnd_schedules[1].time_windows,
        [DndTimeWindow::new(0, 0, 6, 0)]
    );
}

#[test]
fn reset_push_preferences_wire_and_fixture() {
    let _: Empty = KIT.decode::<ResetPushPreferences>();
}

#[test]
fn channel_push_preferences_fixtures() {
    let read = KIT.decode::<GetChannelPushPreferences>();
    assert_eq!(read.enable, Some(true));
    for (operation, prefs, trigger) in [
        ("get", read, ChannelPushTriggerOption::Default),
        (
            "update",
            KIT.decode::<UpdateChannelPushPreferences>(),
            ChannelPushTriggerOption::MentionOnly,
        ),
    ] {
        assert_eq!(prefs.push_trigger_option, Some(trigger), "{operation}");
        assert_eq!(
            prefs.push_sound.as_deref(),
            Some("bell_ring.swf"),
            "{operation}"
        );
    }
}

// ---- push configurations --------------------------------------------------------------

#[tokio::test]
async fn add_apns_configuration_multipart_and_fixture() {
    let cert = FilePart::new("cert.p12", &b"\x30\x82p12-bytes"[..]);
    let request = KIT.assert_wire(
        &AddApnsPushConfiguration::new(cert)
            .apns_cert_env_type(ApnsEnvironment::Production)
            .apns_cert_password("p12 password")
            .has_unread_count_badge(true)
            .content_available(false)
            .mutable_content(true)
            .push_sound("bell.caf"),
        "POST",
        "/v3/applications/push/apns",
    );
    let form = multipart_form(&request).await;
    let fields = form.fields();
    assert_eq!(
        fields,
        [
            ("apns_cert_env_type", &b"production"[..]),
            ("apns_cert_password", b"p12 password"),
            ("has_unread_count_badge", b"true"),
            ("content_available", b"false"),
            ("mutable_content", b"true"),
            ("push_sound", b"bell.caf"),
            ("apns_cert", b"\x30\x82p12-bytes"),
        ]
    );
    let cert_part = &form.parts[6];
    assert_eq!(cert_part.file_name.as_deref(), Some("cert.p12"));
    assert!(!AddApnsPushConfiguration::new(FilePart::new("c.p12", "x")).is_idempotent());
    let debug = format!(
        "{:?}",
        AddApnsPushConfiguration::new(FilePart::new("c.p12", "x")).apns_cert_password("hunter2")
    );
    assert!(!debug.contains("hunter2"), "{debug}");

    let added = KIT.decode::<AddApnsPushConfiguration>();
    let config = &added.push_configurations[0];
    assert_eq!(config.id, "7757a4d45610dfb0c772f14134610c6ff3121e59");
    assert_eq!(config.push_type, Some(PushConfigType::Apns));
    assert_eq!(config.created_at, Some(1_718_000_000));
    assert_eq!(config.apns_name.as_deref(), Some("com.example.chatapp"));
    assert_eq!(config.apns_type, Some(ApnsEnvironment::Development));
    assert_eq!(
        config.apns_env_cert_type,
        Some(ApnsEnvironment::Development)
    );
    assert_eq!(config.apns_expiration, Some(1_749_535_999));
    assert_eq!(
        config.has_unread_count_badge,
        Some(true),
        "1 decodes as true"
    );
    assert_eq!(config.content_available, Some(false));
    assert_eq!(config.mutable_content, Some(false));
    assert_eq!(config.push_sound.as_deref(), Some(""));
    assert_eq!(config.api_key, None);
}

#[tokio::test]
async fn update_apns_configuration_wire_and_fixture() {
    KIT.assert_wire_json(
        &UpdateApnsPushConfiguration::new("a/b ü")
            .mutable_content(true)
            .push_sound("chime.caf"),
        "PUT",
        "/v3/applications/push/apns/a%2Fb%20%C3%BC",
        json!({"mutable_content": true, "push_sound": "chime.caf"}),
    );

    let with_cert = KIT.wire(
        &UpdateApnsPushConfiguration::new("p1")
            .apns_cert(FilePart::new("new.p12", "new-cert"))
            .apns_cert_password("pw"),
    );
    let form = multipart_form(&with_cert).await;
    let names = form.names();
    assert_eq!(names, ["apns_cert_password", "apns_cert"]);

    let updated = KIT.decode::<UpdateApnsPushConfiguration>();
    assert_eq!(
        updated.provider_ids,
        ["7757a4d45610dfb0c772f14134610c6ff3121e59"]
    );
}

#[test]
fn delete_apns_certificate_wire_and_fixture() {
    let deleted = KIT.decode::<DeleteApnsCertificate>();
    assert_eq!(
        deleted.provider_ids,
        ["7757a4d45610dfb0c772f14134610c6ff3121e59"]
    );
}

#[test]
fn add_fcm_configuration_wire_and_fixture() {
    let debug = format!("{:?}", AddFcmPushConfiguration::new("AAAA:server-key"));
    assert!(!debug.contains("server-key"), "{debug}");

    let added = KIT.decode::<AddFcmPushConfiguration>();
    let config = &added.push_configurations[0];
    assert_eq!(config.id, "fbdd6d0071217ac71b5d8acab65d615cfab3f7b1");
    assert_eq!(config.push_type, Some(PushConfigType::Fcm));
    assert!(config
        .api_key
        .as_ref()
        .is_some_and(|key| key.expose().starts_with("AAAAEEuCTTE:")));
    assert!(!format!("{config:?}").contains("AAAAEEuCTTE"));
    assert_eq!(config.push_sound.as_deref(), Some("bird_clock_alarm.swf"));
    assert_eq!(config.created_at, None);
}

#[test]
fn update_fcm_configuration_wire_and_fixture() {
    let updated = KIT.decode::<UpdateFcmPushConfiguration>();
    assert_eq!(
        updated.provider_ids,
        ["d2364415c208c0d0799e6247b24f89fd408944e2"]
    );
}

#[test]
fn add_hms_configuration_wire_and_fixture() {
    let request =
        KIT.wire(&AddHmsPushConfiguration::new("123124124", "app-secret").push_sound("hello.swf"));
    assert_eq!(request.method(), "POST");
    assert_eq!(path_and_query(&request), "/v3/applications/push/hms");
    assert_eq!(
        json_body(&request),
        json!({"huawei_app_id": "123124124", "huawei_app_secret": "app-secret", "push_sound": "hello.swf"})
    );

    let added = KIT.decode::<AddHmsPushConfiguration>();
    let config = &added.push_configurations[0];
    assert_eq!(config.push_type, Some(PushConfigType::Huawei));
    assert_eq!(config.huawei_app_id.as_deref(), Some("123124124"));
    assert_eq!(
        config.huawei_app_secret.as_ref().map(|s| s.expose()),
        Some("asd884fdafjdklii303k9mk")
    );
    assert!(!format!("{config:?}").contains("asd884"));
}

#[test]
fn update_hms_configuration_wire_and_fixture() {
    let updated = KIT.decode::<UpdateHmsPushConfiguration>();
    assert_eq!(
        updated.provider_ids,
        ["e58833c983kkb3918d0799e6247b24f89fd408944e2"]
    );
}

#[test]
fn list_push_configurations_wire_and_fixture() {
    let huawei = KIT.wire(&ListPushConfigurations::new(PushType::Huawei));
    assert_eq!(path_and_query(&huawei), "/v3/applications/push/huawei");

    let list = KIT.decode::<ListPushConfigurations>();
    assert_eq!(list.push_configurations.len(), 2);
    let v1 = &list.push_configurations[0];
    assert_eq!(v1.use_v1_api, Some(true));
    assert_eq!(v1.api_key.as_ref().map(|k| k.expose()), Some(""));
    assert_eq!(v1.project_id.as_deref(), Some("sample-app-project"));
    assert_eq!(
        v1.private_key_id.as_deref(),
        Some("b17fc85aea21f21e2e3a93f18dd038a9d55f8d84")
    );
    assert_eq!(v1.created_at, Some(1_596_607_063));
    let legacy = &list.push_configurations[1];
    assert_eq!(legacy.use_v1_api, Some(false));
    assert_eq!(legacy.push_sound.as_deref(), Some("ring.swf"));
}

#[test]
fn get_push_configuration_wire_and_fixture() {
    let got = KIT.decode::<GetPushConfiguration>();
    let config = &got.push_configurations[0];
    assert_eq!(config.id, "fbdd6d0071217ac71b5d8acab65d615cfab3f7b1");
    assert_eq!(config.sender_id.as_deref(), Some("69982227377"));
}

#[test]
fn remove_push_configuration_wire_and_fixture() {
    let removed = KIT.decode::<RemovePushConfiguration>();
    assert_eq!(
        removed.provider_ids,
        ["7757a4d45610dfb0c772f14134610c6ff3121e59"]
    );
}

// ---- settings and templates -----------------------------------------------------------

#[test]
fn push_notification_settings_wire_and_fixture() {
    let settings = KIT.decode::<GetPushNotificationSettings>();
    assert_eq!(settings.push_enabled, Some(true));
    assert_eq!(settings.always_push, None);

    KIT.assert_wire_json(
        &UpdatePushNotificationSettings::new(false),
        "PUT",
        "/v3/applications/push/settings",
        json!({"push_enabled": false}),
    );
    let updated = KIT.decode::<UpdatePushNotificationSettings>();
    assert_eq!(updated.push_enabled, Some(false));
}

#[test]
fn list_push_templates_wire_and_fixture() {
    let list = KIT.decode::<ListPushNotificationTemplates>();
    let names: Vec<_> = list
        .push_message_templates
        .iter()
        .map(|t| t.template_name.clone())
        .collect();
    assert_eq!(
        names,
        [
            Some(PushTemplateName::Default),
            Some(PushTemplateName::Alternative)
        ]
    );
    let default = list.push_message_templates[0]
        .template
        .as_ref()
        .expect("formats");
    assert_eq!(
        default.message,
        Some(TemplateText::from("{sender_name}: {message}"))
    );
    assert_eq!(default.admin, Some(TemplateText::from("{message}")));
    assert_eq!(list.push_message_templates[0].push_message_preview, None);
}

#[test]
fn get_push_template_wire_and_fixture() {
    let hostile = KIT.wire(&GetPushNotificationTemplate::new("a/b ü"));
    assert_eq!(
        path_and_query(&hostile),
        "/v3/applications/push/message_templates/a%2Fb%20%C3%BC"
    );

    let got = KIT.decode::<GetPushNotificationTemplate>();
    let template = &got.push_message_templates[0];
    assert_eq!(template.template_name, Some(PushTemplateName::Alternative));
    let preview = template.push_message_preview.as_ref().expect("preview");
    assert_eq!(
        preview.file,
        Some(TemplateText::from("New file delivered!"))
    );

    let bare: PushMessageTemplates = serde_json::from_str(
        r#"{"push_message_templates": {"template_name": "default", "template": {"MESG": "m"}}}"#,
    )
    .expect("a bare object decodes too");
    assert_eq!(bare.push_message_templates.len(), 1);
}

#[test]
fn update_push_template_wire_and_fixture() {
    let formats = PushTemplateFormats::new(
        TemplateText::with_title("{channel_name}", "{sender_name}: {message}"),
        "{filename}",
        "{message}",
    );
    KIT.assert_wire_json(&UpdatePushNotificationTemplate::new(PushTemplateName::Default, formats,), "PUT", "/v3/applications/push/message_templates/default", json!({"template": { "MESG": {"title": "{channel_name}", "body": "{sender_name}: {message}"}, "FILE": "{filename}", "ADMM": "{message}", }}));

    let updated = KIT.decode::<UpdatePushNotificationTemplate>();
    let template = &updated.push_message_templates[0];
    let formats = template.template.as_ref().expect("formats");
    assert_eq!(
        formats.message,
        Some(TemplateText::with_title(
            "{channel_name}",
            "{sender_name}: {message}"
        ))
    );
    let preview = template.push_message_preview.as_ref().expect("preview");
    assert_eq!(
        preview.message.as_ref().map(|t| t.body.as_str()),
        Some("Cindy: Hi!")
    );
    assert_eq!(preview.file, Some(TemplateText::from("Cindy sent Image")));
}
