//! `group_channels` against the emulator.

use std::collections::HashMap;

use sendbird_chat::group_channels::{GroupChannels, InvitationStatus};
use sendbird_chat::models::{ChannelRole, GroupChannel, MemberState};
use sendbird_chat::{ChatClient, ChatErrorExt, FilePart};
use sendbird_emulator::{Emulator, Seed};

use crate::support::{member_ids, refused, seeded, uploaded_url, users};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::find_listed;

const ODD_USER: &str = "user@example.com/ü";

/// A few users.
fn seed() -> Seed {
    users(["alice", "bob", "carol", "dave"]).user(ODD_USER, "Odd")
}

/// The seeded emulator, a client, and a group channel of alice and bob created at `url`
/// (alice its operator when `operator` is set).
async fn alice_and_bob_at(url: &str, operator: bool) -> (Emulator, ChatClient) {
    let (emulator, chat) = seeded(seed()).await;
    let create = chat
        .group_channels()
        .create(["alice", "bob"])
        .channel_url(url);
    let create = if operator {
        create.operator_ids(["alice"])
    } else {
        create
    };
    assert_eq!(create.await.expect("create").channel_url, url);
    (emulator, chat)
}

/// Whether `user` is a member of the channel at `url`.
async fn is_member(gc: &GroupChannels<'_>, url: &str, user: &str) -> Option<bool> {
    gc.check_member(url, user).await.expect("check").is_member
}

#[tokio::test]
async fn create_read_list_update_delete() {
    let (_emulator, chat) = seeded(seed()).await;
    let gc = chat.group_channels();

    // Create (JSON), distinct, with an operator.
    let channel = gc
        .create(["alice", "bob"])
        .name("Weekend")
        .custom_type("it-crud")
        .data("{\"k\":1}")
        .is_distinct(true)
        .operator_ids(["alice"])
        .await
        .expect("create");
    let url = channel.channel_url.clone();
    assert_eq!(channel.name.as_deref(), Some("Weekend"));
    assert_eq!(channel.is_distinct, Some(true));
    assert_eq!(channel.member_count, Some(2));
    assert_eq!(member_ids(&channel), ["alice", "bob"]);
    assert_eq!(channel.operators.len(), 1);
    assert_eq!(channel.operators[0].user_id, "alice");
    // Channel `created_at` is in seconds.
    let created_at = channel.created_at.expect("created_at");
    assert!(created_at > 1_000_000_000 && created_at < 100_000_000_000);

    // Distinct: the same members get the same channel back (server behaviour).
    let again = gc
        .create(["bob", "alice"])
        .is_distinct(true)
        .await
        .expect("create distinct again");
    assert_eq!(again.channel_url, url);

    // Create (multipart) with a cover file and explicit URL.
    let with_cover = gc
        .create(["carol"])
        .channel_url("it_cover_channel")
        .custom_type("it-crud")
        .cover_file(FilePart::new("cover.png", &b"\x89PNG\r\n"[..]))
        .await
        .expect("create with cover");
    assert_eq!(with_cover.channel_url, "it_cover_channel");
    uploaded_url(with_cover.cover_url, "create with cover");

    let third = gc
        .create(["dave", ODD_USER])
        .custom_type("it-crud")
        .await
        .expect("create third");

    // Read.
    let read = gc.get(&url).show_member(true).await.expect("get");
    assert_eq!(read.name.as_deref(), Some("Weekend"));
    assert_eq!(read.data.as_deref(), Some("{\"k\":1}"));
    assert_eq!(member_ids(&read), ["alice", "bob"]);
    let alice = find_listed(&read.members, |m| m.user_id == "alice", "alice is a member");
    assert_eq!(alice.role, Some(ChannelRole::Operator));
    assert_eq!(alice.state, Some(MemberState::Joined));
    let bob = find_listed(&read.members, |m| m.user_id == "bob", "bob");
    assert!(!bob.role.as_ref().is_some_and(ChannelRole::is_operator));

    // List, paged to the end one channel at a time.
    let listed: Vec<GroupChannel> = collect_ok(
        gc.list()
            .custom_types(["it-crud"])
            .show_empty(true)
            .limit(1)
            .stream(),
        "list",
    )
    .await;
    let mut urls: Vec<_> = listed.iter().map(|c| c.channel_url.as_str()).collect();
    urls.sort_unstable();
    let mut expected = vec![url.as_str(), "it_cover_channel", third.channel_url.as_str()];
    expected.sort_unstable();
    assert_eq!(urls, expected);
    let exact: Vec<GroupChannel> = collect_ok(
        gc.list()
            .show_empty(true)
            .members_exactly_in(["dave", ODD_USER])
            .stream(),
        "list by members",
    )
    .await;
    assert_eq!(exact.len(), 1);
    assert_eq!(exact[0].channel_url, third.channel_url);

    // Update.
    let updated = gc
        .update(&url)
        .name("Renamed")
        .is_public(true)
        .await
        .expect("update");
    assert_eq!(updated.name.as_deref(), Some("Renamed"));
    assert_eq!(updated.is_public, Some(true));
    assert_eq!(
        gc.get(&url).await.expect("get").name.as_deref(),
        Some("Renamed")
    );

    // Delete, then the documented not-found error.
    gc.delete(&url).await.expect("delete");
    let err = refused(gc.get(&url).await, 400201, "deleted channel");
    assert!(err.is_not_found());
}

#[tokio::test]
async fn membership_and_operators() {
    let url = "it_members";
    let (_emulator, chat) = alice_and_bob_at(url, true).await;
    let gc = chat.group_channels();

    // Invite, then check with a user id that needs encoding.
    let invited = gc
        .invite(url, ["carol", ODD_USER])
        .inviter_id("alice")
        .await
        .expect("invite");
    assert_eq!(invited.member_count, Some(4));
    let check = gc.check_member(url, ODD_USER).await.expect("check");
    assert_eq!(check.is_member, Some(true));
    assert_eq!(check.state, Some(MemberState::Joined));
    let outsider = gc.check_member(url, "dave").await.expect("check");
    assert_eq!(outsider.is_member, Some(false));
    assert_eq!(outsider.state, Some(MemberState::NotMember));

    // Members, paged to the end.
    let members: Vec<_> = collect_ok(gc.members(url).limit(1).stream(), "members").await;
    let mut ids: Vec<_> = members.iter().map(|m| m.user_id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["alice", "bob", "carol", ODD_USER]);

    // Operators: register, list paged, unregister.
    gc.register_operators(url, ["bob"]).await.expect("register");
    let operators: Vec<_> = collect_ok(gc.operators(url).limit(1).stream(), "operators").await;
    let mut ops: Vec<_> = operators.iter().map(|u| u.user_id.as_str()).collect();
    ops.sort_unstable();
    assert_eq!(ops, ["alice", "bob"]);
    gc.unregister_operators(url, ["bob"])
        .await
        .expect("unregister");
    let operators = gc.operators(url).await.expect("operators");
    assert_eq!(operators.operators.len(), 1);
    assert_eq!(operators.operators[0].user_id, "alice");

    // Joining a private channel is refused (400108).
    refused(gc.join(url, "dave").await, 400108, "private channel");

    // After making it public, dave can join.
    gc.update(url).is_public(true).await.expect("update");
    let joined = gc.join(url, "dave").await.expect("join");
    if let Some(channel) = joined.channel {
        assert_eq!(channel.member_count, Some(5));
    }
    assert_eq!(is_member(&gc, url, "dave").await, Some(true));

    // Hide and unhide for one user.
    gc.hide(url, "bob")
        .allow_auto_unhide(false)
        .await
        .expect("hide");
    gc.unhide(url, "bob").await.expect("unhide");

    // Leave.
    gc.leave(url, ["dave", ODD_USER]).await.expect("leave");
    assert_eq!(is_member(&gc, url, "dave").await, Some(false));
    let after = gc.get(url).await.expect("get");
    assert_eq!(after.member_count, Some(3));

    // A missing channel answers 400201.
    refused(
        gc.invite("it_no_such_channel", ["alice"]).await,
        400201,
        "missing channel",
    );
}

#[tokio::test]
async fn invitations_accept_and_decline() {
    let (_emulator, chat) = seeded(seed()).await;
    let gc = chat.group_channels();
    let channel = gc
        .create(["alice", "carol", "dave"])
        .channel_url("it_invitations")
        .inviter_id("alice")
        .invitation_status(HashMap::from([
            ("carol".to_owned(), InvitationStatus::InvitedByFriend),
            ("dave".to_owned(), InvitationStatus::InvitedByNonFriend),
        ]))
        .await
        .expect("create");
    let state_of = |c: &GroupChannel, id: &str| {
        c.members
            .iter()
            .find(|m| m.user_id == id)
            .and_then(|m| m.state.clone())
    };
    assert_eq!(state_of(&channel, "carol"), Some(MemberState::Invited));
    assert_eq!(channel.joined_member_count, Some(1));

    let accepted = gc
        .accept_invitation(&channel.channel_url, "carol")
        .await
        .expect("accept");
    assert_eq!(state_of(&accepted, "carol"), Some(MemberState::Joined));
    assert_eq!(accepted.joined_member_count, Some(2));

    gc.decline_invitation(&channel.channel_url, "dave")
        .await
        .expect("decline");
    assert_eq!(
        is_member(&gc, &channel.channel_url, "dave").await,
        Some(false)
    );

    // Declining without an invitation is an invalid value (400111).
    refused(
        gc.decline_invitation(&channel.channel_url, "carol").await,
        400111,
        "carol has joined",
    );
}

#[tokio::test]
async fn history_reset_and_typing_indicators() {
    let url = "it_typing";
    let (_emulator, chat) = alice_and_bob_at(url, false).await;
    let gc = chat.group_channels();
    let reset = gc.reset_chat_history(url, "bob").await.expect("reset one");
    assert!(reset.ts_message_offset.is_some());
    gc.reset_all_chat_history(url).await.expect("reset all");
    gc.start_typing(url, ["alice"]).await.expect("start typing");
    gc.stop_typing(url, ["alice"]).await.expect("stop typing");
}
