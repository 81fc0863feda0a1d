//! `users` against the emulator.

use std::collections::HashMap;

use futures_util::TryStreamExt;
use sendbird_chat::users::{ActiveMode, MemberStateFilter, Users};
use sendbird_chat::FilePart;
use sendbird_emulator::Seed;

use crate::support::{chat, refused, seeded, uploaded_url, user_ids, users};
use sendbird_core::test_util::collect_ok;

/// The URLs of every group channel of `user`, empty ones included (one page).
async fn all_channels_of(users: &Users<'_>, user: &str) -> Vec<String> {
    users
        .my_group_channels(user)
        .show_empty(true)
        .await
        .unwrap_or_else(|e| panic!("{user}'s channels: {e}"))
        .channels
        .into_iter()
        .map(|c| c.channel_url)
        .collect()
}

#[tokio::test]
async fn user_lifecycle_create_read_list_update_delete() {
    let (_emulator, chat) = chat().await;
    let users = chat.users();

    // Create (with a hostile id) and read back.
    let created = users
        .create("alice@example.com/ü", "Alice", "https://example.com/a.png")
        .issue_access_token(true)
        .discovery_keys(["alice@example.com"])
        .metadata(HashMap::from([("team".to_owned(), "support".to_owned())]))
        .await
        .expect("create");
    assert_eq!(created.user_id, "alice@example.com/ü");
    assert_eq!(created.nickname.as_deref(), Some("Alice"));
    assert_eq!(created.is_active, Some(true));
    assert_eq!(created.metadata["team"], "support");
    assert_eq!(created.discovery_keys, ["alice@example.com"]);
    let token = created.access_token.clone().expect("access token present");
    assert!(!token.expose().is_empty(), "an access token was issued");

    let fetched = users.get("alice@example.com/ü").await.expect("get");
    assert_eq!(fetched.user_id, created.user_id);
    assert_eq!(
        fetched.profile_url.as_deref(),
        Some("https://example.com/a.png")
    );
    assert_eq!(fetched.access_token, Some(token));
    assert_eq!(fetched.unread_message_count, None);
    let with_counts = users
        .get("alice@example.com/ü")
        .include_unread_count(true)
        .await
        .expect("get with unread counts");
    assert_eq!(with_counts.unread_message_count, Some(0));
    assert_eq!(with_counts.unread_channel_count, Some(0));

    // List, two per page, to the end.
    for i in 0..4 {
        users
            .create(format!("user-{i}"), format!("User {i}"), "")
            .await
            .expect("create more");
    }
    let everyone: Vec<_> = collect_ok(users.list().limit(2).stream(), "list all pages").await;
    assert_eq!(
        user_ids(&everyone),
        [
            "alice@example.com/ü",
            "user-0",
            "user-1",
            "user-2",
            "user-3"
        ]
    );
    let pages: Vec<_> = collect_ok(users.list().limit(2).pages(), "pages").await;
    assert_eq!(pages.len(), 3);
    let filtered = users
        .list()
        .user_ids(["user-1", "user-3", "nobody"])
        .await
        .expect("filtered list");
    assert_eq!(user_ids(&filtered.users), ["user-1", "user-3"]);
    let by_metadata = users
        .list()
        .metadatakey("team")
        .metadatavalues_in(["support", "sales"])
        .await
        .expect("metadata filter");
    assert_eq!(by_metadata.users.len(), 1);
    assert_eq!(by_metadata.users[0].user_id, "alice@example.com/ü");

    // Update, then deactivate.
    let updated = users
        .update("alice@example.com/ü")
        .nickname("Alice B.")
        .preferred_languages(["ko", "en"])
        .await
        .expect("update");
    assert_eq!(updated.nickname.as_deref(), Some("Alice B."));
    assert_eq!(updated.preferred_languages, ["ko", "en"]);
    assert_eq!(updated.discovery_keys, ["alice@example.com"], "unchanged");
    let deactivated = users
        .update("user-0")
        .is_active(false)
        .await
        .expect("deactivate");
    assert_eq!(deactivated.is_active, Some(false));
    let active: Vec<_> =
        collect_ok(users.list().stream().map_ok(|u| u.user_id), "active users").await;
    assert!(!active.contains(&"user-0".to_owned()));
    let inactive = users
        .list()
        .active_mode(ActiveMode::Deactivated)
        .await
        .expect("deactivated users");
    assert_eq!(user_ids(&inactive.users), ["user-0"]);

    // Delete; the user is gone.
    users.delete("alice@example.com/ü").await.expect("delete");
    refusals! { refused;
        users.get("alice@example.com/ü") => 400201, "deleted user is not found";
        users.delete("alice@example.com/ü") => 400201, "second delete fails";
    }
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = chat().await;
    let users = chat.users();
    users.create("bob", "Bob", "").await.expect("create");

    refused(
        users.create("bob", "Bobby", "").await,
        400202,
        "duplicate user id",
    );

    let long_id = "x".repeat(81);
    refusals! { refused;
        users.create(long_id, "Long", "") => 400305, "user id over 80 characters";
        users.update("bob").nickname("n".repeat(81)) => 400110, "nickname over 80 characters";
        users.update("nobody").nickname("x") => 400201, "unknown user";
    }
}

#[tokio::test]
async fn profile_images_are_uploaded_as_multipart() {
    let (_emulator, chat) = chat().await;
    let users = chat.users();
    let created = users
        .create("carol", "Carol", "")
        .profile_file(FilePart::new("carol.png", &b"\x89PNG\r\n"[..]))
        .await
        .expect("create with a profile file");
    let first_url = uploaded_url(created.profile_url, "create");

    let updated = users
        .update("carol")
        .nickname("Carol C.")
        .profile_file(FilePart::new("carol2.jpg", &b"\xff\xd8\xff"[..]))
        .await
        .expect("update with a profile file");
    assert_eq!(updated.nickname.as_deref(), Some("Carol C."));
    assert_ne!(uploaded_url(updated.profile_url, "update"), first_url);
}

#[tokio::test]
async fn my_group_channels_pages_and_deactivation_leaves_them() {
    let seed = users(["dave", "erin", "frank"])
        .group_channel("dave-erin", ["dave", "erin"])
        .group_channel("dave-frank", ["dave", "frank"])
        .group_channel("all/three", ["dave", "erin", "frank"])
        .group_channel("erin-frank", ["erin", "frank"]);
    let (_emulator, chat) = seeded(seed).await;
    let users = chat.users();

    let mut urls: Vec<String> = collect_ok(
        users
            .my_group_channels("dave")
            .show_empty(true)
            .limit(1)
            .stream()
            .map_ok(|c| c.channel_url),
        "dave's channels",
    )
    .await;
    urls.sort();
    assert_eq!(urls, ["all/three", "dave-erin", "dave-frank"]);
    let without_empty = users
        .my_group_channels("dave")
        .await
        .expect("default listing");
    assert!(
        without_empty.channels.is_empty(),
        "channels without messages are hidden unless show_empty=true"
    );

    let pages: Vec<_> = collect_ok(
        users
            .my_group_channels("dave")
            .show_empty(true)
            .limit(2)
            .pages(),
        "pages",
    )
    .await;
    assert_eq!(pages.len(), 2);

    let joined = users
        .my_group_channels("erin")
        .member_state_filter(MemberStateFilter::JoinedOnly)
        .show_empty(true)
        .limit(10)
        .await
        .expect("erin's joined channels");
    assert_eq!(joined.channels.len(), 3);

    // Deactivating with the default leave_all_when_deactivated=true leaves every channel.
    users
        .update("dave")
        .is_active(false)
        .leave_all_when_deactivated(true)
        .await
        .expect("deactivate dave");
    assert!(
        all_channels_of(&users, "dave").await.is_empty(),
        "dave's channels after deactivation"
    );

    refused(
        users.my_group_channels("nobody").await,
        400201,
        "unknown user",
    );
}

// Session tokens, channel invitation and count preferences, group channel count, mark
// all as read, leaving group channels and unread counts.

#[tokio::test]
async fn session_tokens_issue_and_revoke() {
    let (_emulator, chat) = seeded(Seed::new().user("gina", "Gina")).await;
    let users = chat.users();
    let issued = users
        .issue_session_token("gina")
        .expires_at(4_102_444_800_000_i64)
        .await
        .expect("issue");
    assert!(!issued.token.expose().is_empty());
    assert_eq!(issued.expires_at, Some(4_102_444_800_000));
    users
        .revoke_all_session_tokens("gina")
        .await
        .expect("revoke");
    refused(
        users.issue_session_token("nobody").await,
        400201,
        "unknown user",
    );
}

#[tokio::test]
async fn preferences_round_trip() {
    let seed = users(["hana", "ivan"]).group_channel("hana-ivan", ["hana", "ivan"]);
    let (_emulator, chat) = seeded(seed).await;
    let users = chat.users();
    let set = users
        .update_channel_invitation_preference("hana", false)
        .await
        .expect("update invitation preference");
    assert_eq!(set.auto_accept, Some(false));
    let got = users
        .channel_invitation_preference("hana")
        .await
        .expect("get invitation preference");
    assert_eq!(got.auto_accept, Some(false));

    let set = users
        .update_count_preference("hana", "hana-ivan", "unread_message_count_only")
        .await
        .expect("update count preference");
    assert_eq!(
        set.count_preference.as_ref().map(|p| p.as_str()),
        Some("unread_message_count_only")
    );
    let got = users
        .count_preference("hana", "hana-ivan")
        .await
        .expect("get count preference");
    assert_eq!(got.count_preference, set.count_preference);
}

#[tokio::test]
async fn counts_read_state_and_leaving() {
    let seed = users(["jo", "kim"])
        .group_channel("jo-kim", ["jo", "kim"])
        .group_message("jo-kim", "kim", "hi")
        .group_message("jo-kim", "kim", "are you there?");
    let (_emulator, chat) = seeded(seed).await;
    let users = chat.users();
    let unread = users.unread_message_count("jo").await.expect("unread");
    assert_eq!(unread.unread_count, Some(2));
    let channels = users
        .unread_channel_count("jo")
        .await
        .expect("unread channels");
    assert_eq!(channels.unread_count, Some(1));
    let items = users
        .unread_item_count("jo", ["group_channel_unread_message_count"])
        .await
        .expect("unread items");
    assert_eq!(items.group_channel_unread_message_count, Some(2));
    let joined = users
        .group_channel_count("jo")
        .state(sendbird_chat::users::JoinState::Joined)
        .await
        .expect("group channel count");
    assert_eq!(joined.group_channel_count, Some(1));

    users.mark_all_as_read("jo").await.expect("mark all read");
    let unread = users.unread_message_count("jo").await.expect("unread");
    assert_eq!(unread.unread_count, Some(0));

    users
        .leave_my_group_channels("jo")
        .await
        .expect("leave all");
    assert!(all_channels_of(&users, "jo").await.is_empty());
}
