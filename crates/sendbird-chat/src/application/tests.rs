//! Unit tests: every application endpoint on the wire, and its docs-shaped fixture decoded.

use bytes::Bytes;
use sendbird_core::test_util::json_body;
use sendbird_core::Endpoint;
use serde_json::json;

use super::*;
use crate::test_support::KIT;

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListSecondaryApiTokens::new(),
            "GET",
            "/v3/applications/api_tokens",
        )
        .empty(),
        KIT.case(
            &RevokeSecondaryApiToken::new("user@example.com"),
            "DELETE",
            "/v3/applications/api_tokens/user%40example.com",
        )
        .empty(),
        KIT.case(
            &GetDefaultChannelInvitationPreference::new(),
            "GET",
            "/v3/applications/default_channel_invitation_preference",
        )
        .empty(),
        KIT.case(
            &ListAutoEventMessages::new(),
            "GET",
            "/v3/applications/settings/auto_event_message",
        )
        .empty(),
        KIT.case(
            &GetIpWhitelist::new(),
            "GET",
            "/v3/applications/settings/ip_whitelist",
        )
        .empty(),
        KIT.case(
            &DeleteIpsFromWhitelist::new(vec!["160.8.1.0/24", "192.0.2.2/32",]),
            "DELETE",
            "/v3/applications/settings/ip_whitelist?ip_whitelist_addresses=160.8.1.0%2F24&ip_whitelist_addresses=192.0.2.2%2F32",
        )
        .empty(),
        KIT.case(
            &GetGlobalApplicationSettings::new(),
            "GET",
            "/v3/applications/settings_global",
        )
        .empty(),
        KIT.fixture_case(
            &UpdateGlobalApplicationSettings::new()
                .display_past_message(true)
                .max_message_length(1000)
                .profanity_filter(
                    ProfanityFilter::new()
                        .keywords(["dumb", "dummy*"])
                        .regex_filters(Vec::<String>::new())
                        .filter_type(ProfanityFilterType::REPLACE),
                )
                .image_moderation(
                    ImageModeration::new()
                        .moderation_type(1)
                        .soft_block(true)
                        .limits(ImageModerationLimits::new(2, 5, 5, 2, 3))
                        .check_urls(true),
                ),
            "PUT",
            "/v3/applications/settings_global",
        ),
    ]);
}

#[test]
fn list_secondary_api_tokens_wire_and_fixture() {
    let list = KIT.decode::<ListSecondaryApiTokens>();
    assert_eq!(list.api_tokens.len(), 2);
    assert_eq!(
        list.api_tokens[0].token.expose(),
        "9a3f152afd3efbbf728059fceafb67b5406dd8a9"
    );
    assert_eq!(list.api_tokens[1].created_at, Some(1_596_607_063));
}

#[test]
fn generate_secondary_api_token_wire_and_fixture() {
    let request = KIT.assert_wire(
        &GenerateSecondaryApiToken::new(),
        "POST",
        "/v3/applications/api_tokens",
    );
    assert_eq!(
        json_body(&request),
        json!({}),
        "the docs send an empty object"
    );
    let legacy = KIT.wire(&GenerateSecondaryApiToken::new().http_api_token("master"));
    assert_eq!(json_body(&legacy), json!({"HTTP_API_TOKEN": "master"}));
    assert!(!format!(
        "{:?}",
        GenerateSecondaryApiToken::new().http_api_token("master")
    )
    .contains("master"));

    let token = KIT.decode::<GenerateSecondaryApiToken>();
    assert_eq!(
        token.token.expose(),
        "b3d79100dedf80cf4afdf3de5385b64c3be8cf71"
    );
    assert_eq!(token.created_at, Some(1_596_607_063), "seconds");
    assert!(
        !format!("{token:?}").contains("b3d79100"),
        "the token is redacted"
    );
}

#[test]
fn get_secondary_api_token_wire_and_fixture() {
    let endpoint = GetSecondaryApiToken::new("a/b ü");
    assert!(
        !format!("{endpoint:?}").contains("a/b"),
        "the token is redacted"
    );
    KIT.assert_wire_empty(
        &endpoint,
        "GET",
        "/v3/applications/api_tokens/a%2Fb%20%C3%BC",
    );

    let token = KIT.decode::<GetSecondaryApiToken>();
    assert_eq!(
        token.token.expose(),
        "9a3f152afd3efbbf728059fceafb67b5406dd8a9"
    );
    assert_eq!(token.created_at, Some(1_596_607_063));
}

#[test]
fn revoke_secondary_api_token_wire_and_fixture() {
    KIT.decode::<RevokeSecondaryApiToken>();
    // The spec answers the revoked token instead of an empty body: that decodes too.
    let echoed = Bytes::from_static(br#"{"token": "9a3f", "created_at": 1596607063}"#);
    assert!(RevokeSecondaryApiToken::decode_response(&echoed).is_ok());
    assert!(RevokeSecondaryApiToken::decode_response(&Bytes::new()).is_ok());
}

#[test]
fn default_channel_invitation_preference_wire_and_fixtures() {
    let preference = KIT.decode::<GetDefaultChannelInvitationPreference>();
    assert_eq!(preference.auto_accept, Some(true));

    KIT.assert_wire_json(
        &UpdateDefaultChannelInvitationPreference::new(false),
        "PUT",
        "/v3/applications/default_channel_invitation_preference",
        json!({"auto_accept": false}),
    );
    let preference = KIT.decode::<UpdateDefaultChannelInvitationPreference>();
    assert_eq!(preference.auto_accept, Some(false));
}

#[test]
fn list_auto_event_messages_wire_and_fixture() {
    let settings = KIT
        .decode::<ListAutoEventMessages>()
        .auto_event_message
        .expect("settings");
    let leave = settings.user_leave.expect("user_leave");
    assert_eq!(leave.left_by_own_choice, Some(true));
    assert_eq!(leave.admin_deactivated, Some(true));
    assert_eq!(leave.deleted, Some(false), "deprecated switches decode too");
    assert_eq!(settings.user_join.and_then(|j| j.user_join), Some(true));
    let create = settings.channel_create.expect("channel_create");
    assert_eq!(create.public_channel, Some(true));
    assert_eq!(create.private_channel, Some(true));
    assert_eq!(
        settings.channel_change.and_then(|c| c.channel_change),
        Some(false)
    );
}

#[test]
fn configure_auto_event_messages_sends_only_what_is_set() {
    let settings = AutoEventMessages::new()
        .user_join(true)
        .left_by_own_choice(true)
        .admin_removed(true);
    KIT.assert_wire_json(
        &ConfigureAutoEventMessages::new(settings),
        "PUT",
        "/v3/applications/settings/auto_event_message",
        KIT.request_fixture::<ConfigureAutoEventMessages>(),
    );
    let everything = AutoEventMessages::new()
        .channel_operator_removed(false)
        .admin_deleted(true)
        .admin_deactivated(false)
        .public_channel_created(true)
        .private_channel_created(false)
        .channel_change(true);
    let request = KIT.wire(&ConfigureAutoEventMessages::new(everything));
    assert_eq!(
        json_body(&request),
        json!({"auto_event_message": {
            "user_leave": {
                "channel_operator_removed": false,
                "admin_deleted": true,
                "admin_deactivated": false,
            },
            "channel_create": {"public_channel": true, "private_channel": false},
            "channel_change": {"channel_change": true},
        }})
    );

    let answer = KIT.decode::<ConfigureAutoEventMessages>();
    let leave = answer
        .auto_event_message
        .and_then(|s| s.user_leave)
        .expect("user_leave");
    assert_eq!(leave.channel_operator_removed, Some(true));
}

#[test]
fn ip_whitelist_wire_and_fixtures() {
    let list = KIT.decode::<GetIpWhitelist>();
    assert_eq!(
        list.ip_whitelist_addresses,
        [
            "160.8.1.0/24",
            "192.0.2.2/32",
            "192.168.0.0/28",
            "192.168.100.10/32"
        ]
    );
    // "An empty response" when nothing is listed.
    let empty = GetIpWhitelist::decode_response(&Bytes::new()).expect("empty body");
    assert!(empty.ip_whitelist_addresses.is_empty());

    KIT.assert_wire_json(
        &AddIpsToWhitelist::new(["192.0.0.0/24", "192.165.0.0/21"]),
        "PUT",
        "/v3/applications/settings/ip_whitelist",
        KIT.request_fixture::<AddIpsToWhitelist>(),
    );
    let added = KIT.decode::<AddIpsToWhitelist>();
    assert_eq!(added.ip_whitelist_addresses.len(), 6);
    assert_eq!(added.ip_whitelist_addresses[1], "192.0.0.0/24");
}

#[test]
fn delete_ips_from_whitelist_repeats_the_query_key() {
    let one = KIT.wire(&DeleteIpsFromWhitelist::new("10.0.0.1"));
    assert_eq!(one.uri().query(), Some("ip_whitelist_addresses=10.0.0.1"));

    let left = KIT.decode::<DeleteIpsFromWhitelist>();
    assert_eq!(
        left.ip_whitelist_addresses,
        ["192.165.0.0/21", "192.168.0.0/28", "192.168.100.10/32"]
    );
}

#[test]
fn get_global_application_settings_wire_and_fixture() {
    let settings = KIT.decode::<GetGlobalApplicationSettings>();
    assert_eq!(settings.message_retention_hours, Some(4380));
    assert_eq!(settings.display_past_message, Some(true));
    assert_eq!(settings.allow_links, Some(true));
    assert_eq!(settings.max_message_length, Some(500));
    assert_eq!(settings.user_messages_per_channel, Some(3));
    assert_eq!(settings.user_messages_per_channel_duration, Some(1));
    assert_eq!(
        settings.domain_filter,
        Some(
            DomainFilter::new()
                .domains(["s3.amazon.com", "vision.googleapis.com"])
                .filter_type(DomainFilterType::ALLOW)
                .should_check_global(false)
        )
    );
    assert_eq!(
        settings.profanity_filter,
        Some(
            ProfanityFilter::new()
                .keywords(["dumb", "dummy"])
                .regex_filters(["[^!@#$%^&*]*(damn|crap)[^!@#$%^&*]*"])
                .filter_type(ProfanityFilterType::BLOCK)
                .should_check_global(false)
        ),
        "keywords arrive as a comma-joined string"
    );
    assert_eq!(
        settings.profanity_triggered_moderation,
        Some(ProfanityTriggeredModeration::new(3, 60, 1))
    );
    assert_eq!(
        settings.image_moderation,
        Some(
            ImageModeration::new()
                .moderation_type(0)
                .soft_block(false)
                .check_urls(false)
                .limits(ImageModerationLimits::new(3, 5, 5, 3, 4))
        )
    );
}

#[test]
fn update_global_application_settings_wire_and_fixture() {
    let more = KIT.wire(
        &UpdateGlobalApplicationSettings::new()
            .allow_links(false)
            .user_messages_per_channel(5)
            .user_messages_per_channel_duration(10)
            .domain_filter(
                DomainFilter::new()
                    .domains(["example.com"])
                    .filter_type(DomainFilterType::BLOCK),
            )
            .profanity_filter(
                ProfanityFilter::new()
                    .keywords(Vec::<String>::new())
                    .regex_filters(["a+"])
                    .filter_type(ProfanityFilterType::BLOCK),
            )
            .profanity_triggered_moderation(ProfanityTriggeredModeration::new(3, 60, 1)),
    );
    assert_eq!(
        json_body(&more),
        json!({
            "allow_links": false,
            "user_messages_per_channel": 5,
            "user_messages_per_channel_duration": 10,
            "domain_filter": {"domains": ["example.com"], "type": 2},
            "profanity_filter": {"keywords": [], "regex_filters": [{"regex": "a+"}], "type": 2},
            "profanity_triggered_moderation": {"count": 3, "duration": 60, "action": 1},
        })
    );

    let settings = KIT.decode::<UpdateGlobalApplicationSettings>();
    assert_eq!(settings.max_message_length, Some(1000));
    let profanity = settings.profanity_filter.expect("profanity_filter");
    assert_eq!(
        profanity.keywords,
        Some(vec!["dumb".to_owned(), "dummy*".to_owned()]),
        "a list"
    );
    assert_eq!(profanity.filter_type, Some(ProfanityFilterType::REPLACE));
}

#[test]
fn keywords_decode_from_any_shape() {
    for (keywords, expected) in [
        (json!(""), Some(Vec::<&str>::new())),
        (json!(null), None),
        (json!("a, b ,,c"), Some(vec!["a", "b", "c"])),
        (json!(["x,y", "z"]), Some(vec!["x,y", "z"])),
    ] {
        let filter: ProfanityFilter =
            serde_json::from_value(json!({ "keywords": keywords })).expect("decodes");
        assert_eq!(
            filter.keywords,
            expected.map(|words| words.into_iter().map(str::to_owned).collect::<Vec<_>>())
        );
    }
    assert!(serde_json::from_value::<ProfanityFilter>(json!({"keywords": 3})).is_err());
}
