//! `application` against the emulator: secondary API tokens that authenticate until they
//! are revoked, the IP whitelist enforced on the client's address, the default invitation
//! preference of new users, auto event messages and global settings.

use sendbird_chat::application::{
    AutoEventMessages, DomainFilter, DomainFilterType, ImageModeration, ProfanityFilter,
    ProfanityFilterType, ProfanityTriggeredModeration,
};
use sendbird_chat::models::MemberState;
use sendbird_emulator::Emulator;

use crate::support::{chat, client_with_token, refused, seeded, start, users};

#[tokio::test]
async fn secondary_tokens_authenticate_until_revoked() {
    let (emulator, chat) = chat().await;
    let app = chat.application();
    assert!(app.api_tokens().await.expect("list").api_tokens.is_empty());

    // Generate: 40 hex characters, created "now" in seconds.
    let generated = app.generate_api_token().await.expect("generate");
    let token = generated.token.expose().to_owned();
    assert_eq!(token.len(), 40);
    assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));
    let created_at = generated.created_at.expect("created_at");
    assert!(
        (created_at - emulator.now_ms() / 1000).abs() <= 2,
        "seconds"
    );
    let listed = app.api_tokens().await.expect("list");
    assert_eq!(listed.api_tokens, std::slice::from_ref(&generated));
    assert_eq!(app.api_token(token.as_str()).await.expect("get"), generated);

    // The new token authenticates ordinary calls...
    let secondary = client_with_token(&emulator, &token);
    secondary
        .users()
        .create("made-with-secondary", "Second", "")
        .await
        .expect("a secondary token authenticates");
    secondary
        .application()
        .ip_whitelist()
        .await
        .expect("settings too");
    // ...but token management needs the master token (400108).
    refusals! { refused;
        secondary.application().api_tokens() => 400108, "master only";
        secondary.application().generate_api_token() => 400108, "master only";
    }

    // Revoked: the token fails with 400401 from now on.
    app.revoke_api_token(token.as_str()).await.expect("revoke");
    refused(
        secondary.users().get("made-with-secondary").await,
        400401,
        "revoked",
    );
    assert!(app.api_tokens().await.expect("list").api_tokens.is_empty());

    // An unknown (or revoked) token is not found.
    refusals! { refused;
        app.api_token(token.as_str()) => 400201, "revoked token";
        app.revoke_api_token(token.as_str()) => 400201, "already revoked";
        app.revoke_api_token(emulator.api_token())
            => 400201, "the master token is no secondary token";
    }
    chat.users()
        .list()
        .await
        .expect("the master token still works");
}

#[tokio::test]
async fn at_most_ten_secondary_tokens_and_builder_tokens_are_listed() {
    let (emulator, chat) = start(Emulator::builder().secondary_token("configured-secondary")).await;
    let app = chat.application();
    let listed = app.api_tokens().await.expect("list");
    assert_eq!(listed.api_tokens.len(), 1);
    assert_eq!(listed.api_tokens[0].token.expose(), "configured-secondary");

    for _ in 0..9 {
        app.generate_api_token()
            .http_api_token(emulator.api_token())
            .await
            .expect("generate");
    }
    refused(app.generate_api_token().await, 400203, "an 11th token");

    // A configured token can be revoked like any other.
    let configured = client_with_token(&emulator, "configured-secondary");
    configured.users().list().await.expect("authenticates");
    app.revoke_api_token("configured-secondary")
        .await
        .expect("revoke");
    refused(configured.users().list().await, 400401, "revoked");
    app.generate_api_token().await.expect("room for one more");
}

#[tokio::test]
async fn ip_whitelist_refuses_addresses_outside_it() {
    let (_emulator, chat) = chat().await;
    let app = chat.application();
    assert!(app
        .ip_whitelist()
        .await
        .expect("empty")
        .ip_whitelist_addresses
        .is_empty());

    // A list with the loopback range: the emulator sees 127.0.0.1, so calls still work.
    let list = app
        .add_ips_to_whitelist(["192.0.2.1", "127.0.0.0/8", "160.8.1.0/24"])
        .await
        .expect("add");
    assert_eq!(
        list.ip_whitelist_addresses,
        ["127.0.0.0/8", "160.8.1.0/24", "192.0.2.1/32"],
        "sorted, bare hosts as /32"
    );
    chat.users().list().await.expect("127.0.0.1 is allowed");
    let again = app
        .add_ips_to_whitelist(["192.0.2.1/32"])
        .await
        .expect("adding twice changes nothing");
    assert_eq!(again.ip_whitelist_addresses.len(), 3);
    refused(
        app.add_ips_to_whitelist(["192.0.2.300"]).await,
        400111,
        "not an address",
    );

    // Remove two entries (the query carries one pair per entry).
    let left = app
        .delete_ips_from_whitelist(["160.8.1.0/24", "192.0.2.1/32"])
        .await
        .expect("delete");
    assert_eq!(left.ip_whitelist_addresses, ["127.0.0.0/8"]);

    // A list without 127.0.0.1: every later call from it is refused (400307).
    let left = app
        .add_ips_to_whitelist(["198.51.100.0/24"])
        .await
        .expect("add");
    assert_eq!(left.ip_whitelist_addresses.len(), 2);
    let left = app
        .delete_ips_from_whitelist(["127.0.0.0/8"])
        .await
        .expect("the change is answered");
    assert_eq!(left.ip_whitelist_addresses, ["198.51.100.0/24"]);
    refusals! { refused;
        chat.users().list() => 400307, "outside the list";
        app.ip_whitelist() => 400307, "settings too";
    }
}

#[tokio::test]
async fn default_invitation_preference_applies_to_new_users() {
    let (_emulator, chat) = seeded(users(["alice", "early"])).await;
    let app = chat.application();
    let preference = app
        .default_channel_invitation_preference()
        .await
        .expect("get");
    assert_eq!(preference.auto_accept, Some(true));

    let updated = app
        .update_default_channel_invitation_preference(false)
        .await
        .expect("update");
    assert_eq!(updated.auto_accept, Some(false));
    assert_eq!(
        app.default_channel_invitation_preference()
            .await
            .expect("get")
            .auto_accept,
        Some(false)
    );

    // Users created from now on inherit it; existing users keep theirs.
    chat.users()
        .create("late", "Late", "")
        .await
        .expect("create");
    for (user, auto_accept) in [("late", false), ("early", true)] {
        let preference = chat
            .users()
            .channel_invitation_preference(user)
            .await
            .expect(user);
        assert_eq!(preference.auto_accept, Some(auto_accept), "{user}");
    }

    // So an invitation to a private channel leaves the new user invited, not joined.
    let gc = chat.group_channels();
    let url = gc
        .create(["alice"])
        .channel_url("private-room")
        .await
        .expect("create channel")
        .channel_url;
    gc.invite(&url, ["late", "early"])
        .inviter_id("alice")
        .await
        .expect("invite");
    let late = gc.check_member(&url, "late").await.expect("check late");
    assert_eq!(late.state, Some(MemberState::Invited));
    let early = gc.check_member(&url, "early").await.expect("check early");
    assert_eq!(early.state, Some(MemberState::Joined));
}

#[tokio::test]
async fn auto_event_messages_are_stored_and_merged() {
    let (_emulator, chat) = chat().await;
    let app = chat.application();
    let initial = app
        .auto_event_messages()
        .await
        .expect("list")
        .auto_event_message
        .expect("settings");
    let leave = initial.user_leave.expect("user_leave");
    assert_eq!(leave.left_by_own_choice, Some(false));
    assert_eq!(leave.admin_deleted, Some(false));
    assert_eq!(initial.user_join.and_then(|j| j.user_join), Some(false));

    let configured = app
        .configure_auto_event_messages(
            AutoEventMessages::new()
                .user_join(true)
                .admin_removed(true)
                .private_channel_created(true),
        )
        .await
        .expect("configure")
        .auto_event_message
        .expect("settings");
    assert_eq!(configured.user_join.and_then(|j| j.user_join), Some(true));
    let leave = configured.user_leave.expect("user_leave");
    assert_eq!(leave.admin_removed, Some(true));
    assert_eq!(leave.left_by_own_choice, Some(false), "untouched");
    let create = configured.channel_create.expect("channel_create");
    assert_eq!(create.private_channel, Some(true));
    assert_eq!(create.public_channel, Some(false));

    // A second change merges into the first.
    app.configure_auto_event_messages(
        AutoEventMessages::new()
            .user_join(false)
            .channel_change(true),
    )
    .await
    .expect("configure again");
    let stored = app
        .auto_event_messages()
        .await
        .expect("list")
        .auto_event_message
        .expect("settings");
    assert_eq!(stored.user_join.and_then(|j| j.user_join), Some(false));
    assert_eq!(
        stored.channel_change.and_then(|c| c.channel_change),
        Some(true)
    );
    assert_eq!(
        stored.user_leave.and_then(|l| l.admin_removed),
        Some(true),
        "kept"
    );
}

#[tokio::test]
async fn global_settings_round_trip() {
    let (_emulator, chat) = chat().await;
    let app = chat.application();
    let defaults = app.global_settings().await.expect("get");
    assert_eq!(defaults.max_message_length, Some(5000));
    assert_eq!(defaults.allow_links, Some(true));
    assert_eq!(defaults.display_past_message, Some(false));
    assert_eq!(defaults.user_messages_per_channel, Some(-1));
    assert!(defaults
        .profanity_filter
        .expect("profanity_filter")
        .keywords
        .unwrap_or_default()
        .is_empty());

    let domain_filter = DomainFilter::new()
        .domains(["example.com"])
        .filter_type(DomainFilterType::BLOCK);
    let profanity_filter = ProfanityFilter::new()
        .keywords(["dumb", "dummy*"])
        .regex_filters(["cr+ap"])
        .filter_type(ProfanityFilterType::REPLACE);
    let penalty = ProfanityTriggeredModeration::new(3, 60, 1);
    let updated = app
        .update_global_settings()
        .display_past_message(true)
        .max_message_length(1000)
        .user_messages_per_channel(3)
        .user_messages_per_channel_duration(10)
        .domain_filter(domain_filter.clone())
        .profanity_filter(profanity_filter.clone())
        .profanity_triggered_moderation(penalty.clone())
        .image_moderation(ImageModeration::new().moderation_type(1).soft_block(true))
        .await
        .expect("update");
    assert_eq!(updated.display_past_message, Some(true));
    assert_eq!(updated.max_message_length, Some(1000));
    assert_eq!(updated.allow_links, Some(true), "unchanged");
    assert_eq!(updated.user_messages_per_channel_duration, Some(10));
    let stored = app.global_settings().await.expect("get");
    assert_eq!(stored, updated);
    // Stored as sent, with `should_check_global` defaulting to false.
    assert_eq!(
        stored.domain_filter,
        Some(domain_filter.should_check_global(false))
    );
    assert_eq!(
        stored.profanity_filter,
        Some(profanity_filter.should_check_global(false))
    );
    assert_eq!(stored.profanity_triggered_moderation, Some(penalty));
    let images = stored.image_moderation.expect("image_moderation");
    assert_eq!(images.moderation_type, Some(1));
    assert_eq!(images.soft_block, Some(true));
    let limits = images.limits.expect("limits kept by the merge");
    assert_eq!(limits.adult, Some(3));

    // A length outside the allowed set is a bad value.
    refusals! { refused;
        app.update_global_settings().max_message_length(1234) => 400111, "not an allowed length";
    }
    assert_eq!(
        app.global_settings().await.expect("get").max_message_length,
        Some(1000)
    );
}
