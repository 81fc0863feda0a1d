//! `custom_channel_types` against the emulator.

use sendbird_chat::custom_channel_types::{
    CustomChannelTypeSettings, DomainFilter, DomainFilterType, ProfanityFilter,
    ProfanityFilterType, ProfanityTriggeredModeration,
};
use sendbird_chat::group_channels::OperatorFilter;
use sendbird_chat::models::{ChannelRole, ChannelType, User};
use sendbird_chat::ChatErrorCode;
use sendbird_emulator::Seed;

use crate::support::{channel_of_type, refused, seeded};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::strs;

const SPORTS: &str = "sports/ü 50%";

fn seed() -> Seed {
    let mut seed = Seed::new();
    for i in 0..7 {
        seed = seed.user(format!("user{i}"), format!("User {i}"));
    }
    seed
}

#[tokio::test]
async fn settings_life_cycle() {
    let (_emulator, chat) = seeded(seed()).await;

    let created = chat
        .custom_channel_types()
        .create(SPORTS)
        .display_past_message(true)
        .max_message_length(1000)
        .domain_filter(
            DomainFilter::new()
                .domains(["espn.com"])
                .filter_type(DomainFilterType::ALLOW),
        )
        .profanity_filter(ProfanityFilter::new().keywords(["dumb", "dummy*"]))
        .await
        .expect("create");
    assert_eq!(created.custom_type, SPORTS);
    assert_eq!(created.display_past_message, Some(true));
    assert_eq!(created.allow_links, Some(true), "default");
    assert_eq!(created.max_message_length, Some(1000));
    assert_eq!(created.user_messages_per_channel, Some(-1), "default");
    let profanity = created.profanity_filter.clone().expect("profanity filter");
    assert_eq!(
        profanity.keywords,
        Some(vec!["dumb".to_owned(), "dummy*".to_owned()])
    );
    assert_eq!(profanity.filter_type, Some(ProfanityFilterType::REPLACE));

    let sports = chat.custom_channel_type(SPORTS);
    assert_eq!(sports.settings().await.expect("get"), created);

    for name in ["music", "movies", "news"] {
        chat.custom_channel_type(name)
            .create_settings()
            .await
            .expect("create more");
    }
    let all: Vec<CustomChannelTypeSettings> =
        collect_ok(chat.custom_channel_types().list().limit(3).stream(), "list").await;
    let names = strs(&all, |s| s.custom_type.as_str());
    assert_eq!(names, [SPORTS, "music", "movies", "news"]);

    // Update merges: a filter changes only the fields given.
    let updated = sports
        .update_settings()
        .allow_links(false)
        .domain_filter(DomainFilter::new().should_check_global(true))
        .profanity_triggered_moderation(ProfanityTriggeredModeration::new(3, 60, 0))
        .await
        .expect("update");
    assert_eq!(updated.allow_links, Some(false));
    assert_eq!(updated.max_message_length, Some(1000));
    let domains = updated.domain_filter.expect("domain filter");
    assert_eq!(domains.domains, Some(vec!["espn.com".to_owned()]));
    assert_eq!(domains.filter_type, Some(DomainFilterType::ALLOW));
    assert_eq!(domains.should_check_global, Some(true));
    let moderation = updated.profanity_triggered_moderation.expect("moderation");
    assert_eq!(moderation.count, Some(3));
    assert_eq!(moderation.duration, Some(60));

    sports.delete_settings().await.expect("delete");
    refused(
        sports.settings().await,
        ChatErrorCode::ResourceNotFound.code(),
        "deleted",
    );
    let left: Vec<CustomChannelTypeSettings> =
        collect_ok(chat.custom_channel_types().list().stream(), "list").await;
    assert_eq!(left.len(), 3);
}

#[tokio::test]
async fn operators_paged_to_the_end_and_applied_to_channels_of_the_type() {
    let (_emulator, chat) = seeded(seed()).await;
    let sports = chat.custom_channel_type(SPORTS);

    sports
        .register_operators(["user0", "user1", "user2", "user3"])
        .await
        .expect("register");
    // Registering again changes nothing.
    sports
        .register_operators(["user1"])
        .await
        .expect("register again");
    chat.user("user4")
        .register_as_operator_by_custom_channel_types([SPORTS, "esports"])
        .await
        .expect("register by user");
    sports
        .register_operators(["newcomer"])
        .on_demand_upsert(true)
        .await
        .expect("register with upsert");
    assert!(chat.users().get("newcomer").await.is_ok(), "user created");

    let operators: Vec<User> =
        collect_ok(sports.operators().limit(2).stream(), "list operators").await;
    let ids = strs(&operators, |u| u.user_id.as_str());
    assert_eq!(
        ids,
        ["user0", "user1", "user2", "user3", "user4", "newcomer"]
    );
    assert_eq!(operators[0].nickname.as_deref(), Some("User 0"));
    let esports: Vec<User> = collect_ok(
        chat.custom_channel_type("esports").operators().stream(),
        "esports operators",
    )
    .await;
    assert_eq!(esports.len(), 1);

    sports
        .unregister_operators(["user2", "newcomer", "not-an-operator"])
        .await
        .expect("unregister");
    let operators: Vec<User> = collect_ok(sports.operators().stream(), "list operators").await;
    let ids = strs(&operators, |u| u.user_id.as_str());
    assert_eq!(ids, ["user0", "user1", "user3", "user4"]);

    // A channel of that custom type: its custom type operators are its operators.
    let url = channel_of_type(&chat, &["user0", "user2", "user5"], SPORTS).await;
    let other = channel_of_type(&chat, &["user0", "user5"], "chess").await;
    let members = chat.group_channels().members(&url);
    let operator_members: Vec<_> = collect_ok(
        members.operator_filter(OperatorFilter::Operator).stream(),
        "operator members",
    )
    .await;
    let ids = strs(&operator_members, |m| m.user_id.as_str());
    assert_eq!(ids, ["user0"]);
    assert_eq!(operator_members[0].role, Some(ChannelRole::Operator));

    let room = chat.messages(ChannelType::GroupChannels, &url);
    let by_operator = room.send_text("user0", "Kick-off!").await.expect("send");
    let by_member = room.send_text("user5", "Go!").await.expect("send");
    assert_eq!(by_operator.common().and_then(|c| c.is_op_msg), Some(true));
    assert_eq!(by_member.common().and_then(|c| c.is_op_msg), Some(false));
    // Not in a channel of another custom type.
    let elsewhere = chat
        .messages(ChannelType::GroupChannels, &other)
        .send_text("user0", "Check.")
        .await
        .expect("send");
    assert_eq!(elsewhere.common().and_then(|c| c.is_op_msg), Some(false));

    // Unregistered: no longer an operator there.
    sports
        .unregister_operators(["user0"])
        .await
        .expect("unregister");
    let again = room.send_text("user0", "Half-time.").await.expect("send");
    assert_eq!(again.common().and_then(|c| c.is_op_msg), Some(false));
}

#[tokio::test]
async fn settings_apply_to_channels_of_the_type() {
    let (_emulator, chat) = seeded(seed()).await;
    chat.custom_channel_types()
        .create(SPORTS)
        .max_message_length(50)
        .profanity_filter(
            ProfanityFilter::new()
                .keywords(["dumb", "*crap"])
                .filter_type(ProfanityFilterType::REPLACE),
        )
        .await
        .expect("create settings");
    let url = channel_of_type(&chat, &["user0", "user1"], SPORTS).await;
    let room = chat.messages(ChannelType::GroupChannels, &url);

    let replaced = room
        .send_text("user0", "What a dumb call, total supercrap")
        .await
        .expect("send");
    assert_eq!(replaced.text(), Some("What a **** call, total *********"));
    refusals! { refused;
        room.send_text("user0", "x".repeat(51))
            => ChatErrorCode::ParameterValueLengthExceeded.code(), "too long for the custom type";
    }

    chat.custom_channel_type(SPORTS)
        .update_settings()
        .profanity_filter(ProfanityFilter::new().filter_type(ProfanityFilterType::BLOCK))
        .await
        .expect("block instead");
    refused(room.send_text("user0", "dumb").await, 900060, "blocked");
    room.send_text("user0", "Nice pass")
        .await
        .expect("clean text passes");
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = seeded(seed()).await;
    let types = chat.custom_channel_types();
    types.create(SPORTS).await.expect("create");

    refused(
        types.create(SPORTS).await,
        ChatErrorCode::ResourceAlreadyExists.code(),
        "duplicate",
    );

    let unknown = chat.custom_channel_type("unknown");
    for error in [
        unknown.settings().await.expect_err("get"),
        unknown
            .update_settings()
            .allow_links(false)
            .await
            .expect_err("update"),
        unknown.delete_settings().await.expect_err("delete"),
    ] {
        assert_eq!(error.code(), Some(400201), "{error}");
    }
    // An unknown custom type has no operators (not an error).
    let none: Vec<User> = collect_ok(unknown.operators().stream(), "empty list").await;
    assert!(none.is_empty());

    refusals! { refused;
        types.create("music").max_message_length(42)
            => ChatErrorCode::InvalidValue.code(), "unsupported length";
        types.create("c".repeat(129))
            => ChatErrorCode::ParameterValueLengthExceeded.code(), "custom type too long";
    }

    let sports = chat.custom_channel_type(SPORTS);
    refused(
        sports.register_operators(["user0", "ghost"]).await,
        400201,
        "unknown user",
    );
    let listed: Vec<User> = collect_ok(sports.operators().stream(), "list").await;
    assert!(listed.is_empty(), "nothing registered on error");
    refusals! { refused;
        sports.register_operators(Vec::<String>::new())
            => ChatErrorCode::MissingRequiredParameters.code(), "no ids";
        chat.user("ghost").register_as_operator_by_custom_channel_types([SPORTS])
            => 400201, "unknown user";
    }
}
