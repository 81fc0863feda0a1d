//! Wire and fixture tests of the custom channel types endpoints.

use serde_json::json;

use super::*;
use crate::test_support::KIT;
use sendbird_core::test_util::json_body;

/// A hostile custom type: a slash, a space, non-ASCII and a percent sign.
const CT: &str = "sports/ü 50%";
/// [`CT`] as one encoded path segment.
const CT_ENCODED: &str = "sports%2F%C3%BC%2050%25";
const USER: &str = "user@example.com/ü";
const USER_ENCODED: &str = "user%40example.com%2F%C3%BC";
const BASE: &str = "/v3/applications/settings_by_channel_custom_type";

fn sports_settings() -> CustomChannelTypeSettings {
    KIT.decode::<GetCustomChannelTypeSettings>()
}

/// The Sports type's filters: sent by the create request and carried by its response.
fn sports_domain_filter() -> DomainFilter {
    DomainFilter::new()
        .domains(["espn.com", "sports.yahoo.com"])
        .filter_type(DomainFilterType::ALLOW)
        .should_check_global(true)
}

fn sports_profanity_filter() -> ProfanityFilter {
    ProfanityFilter::new()
        .keywords(["dumb", "dummy"])
        .regex_filters(["[^!@#$%^&*]*(damn|crap)[^!@#$%^&*]*"])
        .filter_type(ProfanityFilterType::BLOCK)
        .should_check_global(false)
}

fn sports_image_moderation() -> ImageModeration {
    ImageModeration::new()
        .moderation_type(0)
        .soft_block(false)
        .limits(ImageModerationLimits::new(3, 5, 5, 3, 4))
        .check_urls(false)
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListCustomChannelTypeSettings::new().token("abc").limit(2),
            "GET",
            format!("{BASE}?token=abc&limit=2"),
        )
        .empty(),
        KIT.fixture_case(
            &CreateCustomChannelTypeSettings::new("Sports")
                .display_past_message(true)
                .allow_links(true)
                .max_message_length(5000)
                .user_messages_per_channel(-1)
                .user_messages_per_channel_duration(1)
                .message_retention_hours(1440)
                .domain_filter(sports_domain_filter())
                .profanity_filter(sports_profanity_filter())
                .profanity_triggered_moderation(ProfanityTriggeredModeration::new(0, 1, 0))
                .image_moderation(sports_image_moderation()),
            "POST",
            BASE,
        ),
        KIT.case(
            &GetCustomChannelTypeSettings::new(CT),
            "GET",
            format!("{BASE}/{CT_ENCODED}"),
        )
        .empty(),
        KIT.case(
            &UpdateCustomChannelTypeSettings::new(CT)
                .domain_filter(DomainFilter::new().filter_type(DomainFilterType::BLOCK)),
            "PUT",
            format!("{BASE}/{CT_ENCODED}"),
        )
        .json(json!({"domain_filter": {"type": 2}})),
        KIT.case(
            &DeleteCustomChannelTypeSettings::new(CT),
            "DELETE",
            format!("{BASE}/{CT_ENCODED}"),
        )
        .empty(),
        KIT.case(
            &ListOperatorsByCustomChannelType::new(CT)
                .limit(1)
                .token("n"),
            "GET",
            format!("{BASE}/{CT_ENCODED}/operators?token=n&limit=1"),
        ),
        KIT.fixture_case(
            &RegisterOperatorsByCustomChannelType::new(CT, ["Grace", "Janna", "Benjamin"])
                .on_demand_upsert(false),
            "POST",
            format!("{BASE}/{CT_ENCODED}/operators"),
        ),
        KIT.case(
            &UnregisterOperatorsByCustomChannelType::new(CT, ["Janna", "a,b", USER]),
            "DELETE",
            format!("{BASE}/{CT_ENCODED}/operators?operator_ids=Janna,a%2Cb,{USER_ENCODED}"),
        )
        .empty(),
        KIT.fixture_case(
            &RegisterUserAsOperatorByCustomChannelTypes::new(USER, ["movie", "music"]),
            "POST",
            format!("/v3/users/{USER_ENCODED}/operating_channel_custom_types"),
        ),
    ]);
}

#[test]
fn list_settings_query_and_decode() {
    let list = KIT.decode::<ListCustomChannelTypeSettings>();
    assert_eq!(list.next.as_deref(), Some(""));
    assert_eq!(list.channel_custom_type_settings.len(), 2);
    let music = &list.channel_custom_type_settings[1];
    assert_eq!(music.custom_type, "Music");
    assert_eq!(music.max_message_length, Some(200));
    assert_eq!(music.user_messages_per_channel, Some(5));
    let filter = music.profanity_filter.as_ref().expect("profanity filter");
    // An empty comma-joined string is an empty list.
    assert_eq!(filter.keywords, Some(Vec::new()));
    assert_eq!(music.push_template, None);
}

#[test]
fn settings_decode_every_documented_field() {
    let settings = KIT.decode::<CreateCustomChannelTypeSettings>();
    assert_eq!(settings, sports_settings());
    assert_eq!(settings.custom_type, "Sports");
    assert_eq!(settings.display_past_message, Some(true));
    assert_eq!(settings.allow_links, Some(true));
    assert_eq!(settings.max_message_length, Some(5000));
    assert_eq!(settings.user_messages_per_channel, Some(-1));
    assert_eq!(settings.user_messages_per_channel_duration, Some(1));
    assert_eq!(settings.message_retention_hours, Some(1440));
    assert_eq!(settings.domain_filter, Some(sports_domain_filter()));
    // The response's comma-joined keywords are split.
    assert_eq!(settings.profanity_filter, Some(sports_profanity_filter()));
    assert_eq!(
        settings.profanity_triggered_moderation,
        Some(ProfanityTriggeredModeration::new(0, 1, 0))
    );
    assert_eq!(settings.image_moderation, Some(sports_image_moderation()));
    let template = settings.push_template.as_ref().expect("push template");
    assert_eq!(template["MESG"]["body"], "A new message arrived.");
    assert_eq!(template["FILE"], "{sender_name} sent {filename} file");
}

#[test]
fn update_settings_sends_only_what_is_set() {
    let full = KIT.wire(
        &UpdateCustomChannelTypeSettings::new(CT)
            .allow_links(false)
            .max_message_length(1000)
            .profanity_filter(
                ProfanityFilter::new()
                    .keywords(["dumb", "dummy", "*crap"])
                    .regex_filters(Vec::<String>::new())
                    .filter_type(ProfanityFilterType::REPLACE)
                    .should_check_global(true),
            )
            .profanity_triggered_moderation(ProfanityTriggeredModeration::new(3, 60, 2)),
    );
    assert_eq!(
        json_body(&full),
        KIT.request_fixture::<UpdateCustomChannelTypeSettings>()
    );

    let updated = KIT.decode::<UpdateCustomChannelTypeSettings>();
    assert_eq!(updated.allow_links, Some(false));
    assert_eq!(updated.max_message_length, Some(1000));
    let profanity = updated.profanity_filter.expect("profanity filter");
    // Keywords as a list decode too.
    assert_eq!(
        profanity.keywords,
        Some(vec![
            "dumb".to_owned(),
            "dummy".to_owned(),
            "*crap".to_owned()
        ])
    );
    assert_eq!(profanity.regex_filters, Some(Vec::new()));
    assert_eq!(profanity.filter_type, Some(ProfanityFilterType::REPLACE));
}

#[test]
fn turning_moderation_off_sends_count_zero() {
    let request = KIT.wire(
        &UpdateCustomChannelTypeSettings::new(CT)
            .profanity_triggered_moderation(ProfanityTriggeredModeration::off()),
    );
    assert_eq!(
        json_body(&request),
        json!({"profanity_triggered_moderation": {"count": 0}})
    );
}

#[test]
fn list_operators_query_and_decode() {
    let list = KIT.decode::<ListOperatorsByCustomChannelType>();
    assert_eq!(
        list.next.as_deref(),
        Some("Fa3Re7dFdVNrEUBRfFRdFR1f2Fk4D6~~")
    );
    assert_eq!(list.operators.len(), 2);
    assert_eq!(list.operators[0].user_id, "Jeremy");
    assert_eq!(list.operators[0].nickname.as_deref(), Some("Bishop"));
    assert_eq!(list.operators[0].metadata["font_color"], "black");
    assert_eq!(list.operators[1].nickname.as_deref(), Some(""));
}

#[test]
fn entry_points_build_the_endpoints() {
    let chat: crate::ChatClient = KIT.idle_client();
    let sports = chat.custom_channel_type(CT);
    assert_eq!(
        sports.settings().into_endpoint(),
        GetCustomChannelTypeSettings::new(CT)
    );
    assert_eq!(
        sports.create_settings().allow_links(false).into_endpoint(),
        CreateCustomChannelTypeSettings::new(CT).allow_links(false)
    );
    assert_eq!(
        sports.register_operators(["a"]).into_endpoint(),
        RegisterOperatorsByCustomChannelType::new(CT, ["a"])
    );
    assert_eq!(
        sports.unregister_operators(["a"]).into_endpoint(),
        UnregisterOperatorsByCustomChannelType::new(CT, ["a"])
    );
    assert_eq!(
        chat.user(USER)
            .register_as_operator_by_custom_channel_types([CT])
            .into_endpoint(),
        RegisterUserAsOperatorByCustomChannelTypes::new(USER, [CT])
    );
    assert_eq!(
        chat.custom_channel_types().list().limit(5).into_endpoint(),
        ListCustomChannelTypeSettings::new().limit(5)
    );
}

#[test]
fn keywords_accept_null_and_reject_numbers() {
    let filter: ProfanityFilter =
        serde_json::from_value(json!({"keywords": null, "type": 7})).expect("decodes");
    assert_eq!(filter.keywords, None);
    assert_eq!(
        filter.filter_type,
        Some(ProfanityFilterType(7)),
        "unknown kept"
    );
    assert!(serde_json::from_value::<ProfanityFilter>(json!({"keywords": 3})).is_err());
    assert!(serde_json::from_value::<ProfanityFilter>(json!({"keywords": [3]})).is_err());
}
