//! `moderation` against the emulator: bans, mutes, freezes, custom-type bans and mutes,
//! blocks.

use std::time::Duration;

use futures_util::TryStreamExt;
use sendbird_chat::models::{ChannelType, User};
use sendbird_chat::moderation::{Ban, BanRequest, BlockList, BlockUsers, MutedUser};
use sendbird_chat::{ChatClient, ChatErrorCode, ChatErrorExt, Error};
use sendbird_emulator::Seed;
use serde_json::json;

use crate::support::{group_members, member_ids, refused, seeded, user_ids, users};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::find_listed;

const ODD: &str = "user@example.com/ü";
const GROUP: &str = "mod-group";
const OPEN: &str = "mod-open";
const TEN_YEARS_MS: i64 = 10 * 365 * 24 * 60 * 60 * 1000;

/// Users, a public group channel (alice operates it), a second public channel of another
/// custom type, an open channel with participants.
fn seed() -> Seed {
    users(["alice", "bob", "carol", "dave", "erin"])
        .user(ODD, "Odd")
        .group_channel_json(json!({
            "channel_url": GROUP,
            "user_ids": ["alice", "bob", "carol", "dave", ODD],
            "operator_ids": ["alice"],
            "is_public": true,
            "custom_type": "support",
        }))
        .group_channel_json(json!({
            "channel_url": "mod-other",
            "user_ids": ["alice"],
            "is_public": true,
            "custom_type": "sales",
        }))
        .open_channel_json(json!({
            "channel_url": OPEN,
            "name": "Lobby",
            "custom_type": "support",
            "operator_ids": ["alice"],
        }))
        .open_channel_participant(OPEN, "bob")
        .open_channel_participant(OPEN, "carol")
}

fn ids(bans: &[Ban]) -> Vec<&str> {
    bans.iter().map(Ban::user_id).collect()
}

/// The group channel [`GROUP`], as `send` takes it.
const IN_GROUP: (ChannelType, &str) = (ChannelType::GroupChannels, GROUP);
/// The open channel [`OPEN`], as `send` takes it.
const IN_OPEN: (ChannelType, &str) = (ChannelType::OpenChannels, OPEN);

async fn send(
    chat: &ChatClient,
    (kind, url): (ChannelType, &str),
    user: &str,
) -> Result<(), Error> {
    chat.messages(kind, url)
        .send_text(user, "hello")
        .await
        .map(|_| ())
}

/// Freezes or thaws [`GROUP`]; returns `freeze` as answered.
async fn freeze_group(chat: &ChatClient, freeze: bool) -> Option<bool> {
    chat.group_channel(GROUP)
        .freeze(freeze)
        .await
        .unwrap_or_else(|e| panic!("freeze {freeze}: {e}"))
        .freeze
}

/// Asserts that `user` may join the group channel at `url`; `case` names the join in a failure.
async fn joins(chat: &ChatClient, url: &str, user: &str, case: &str) {
    chat.group_channels()
        .join(url, user)
        .await
        .unwrap_or_else(|e| panic!("{case}: {e}"));
}

/// Asserts that `user` may send to `channel`; `case` names the send in a failure.
async fn sends(chat: &ChatClient, channel: (ChannelType, &str), user: &str, case: &str) {
    send(chat, channel, user)
        .await
        .unwrap_or_else(|e| panic!("{case}: {e}"));
}

#[tokio::test]
async fn group_channel_ban_life_cycle() {
    let (emulator, chat) = seeded(seed()).await;
    let channel = chat.group_channel(GROUP);

    // Ban: the user is removed from the channel at once.
    let ban = channel
        .ban("bob")
        .seconds(3600)
        .description("spam")
        .agent_id("alice")
        .await
        .expect("ban");
    assert_eq!(ban.user_id(), "bob");
    assert_eq!(
        ban.user.as_ref().and_then(|u| u.nickname.as_deref()),
        Some("Bob")
    );
    let (start, end) = (ban.start_at.expect("start"), ban.end_at.expect("end"));
    assert_eq!(end - start, 3_600_000);
    assert_eq!(ban.description.as_deref(), Some("spam"));
    assert_eq!(
        member_ids(&group_members(&chat, GROUP).await),
        ["alice", "carol", "dave", ODD]
    );

    // A banned user can't join, be invited or send.
    let err = refused(
        chat.group_channels().join(GROUP, "bob").await,
        400750,
        "banned join",
    );
    assert_eq!(
        err.chat_code(),
        Some(ChatErrorCode::BannedUserEnterChannelNotAllowed)
    );
    refusals! { refused;
        chat.group_channels().invite(GROUP, ["bob"]) => 400750, "banned invite";
        send(&chat, IN_GROUP, "bob") => 900100, "banned send";
    }

    // Read one, then more bans listed page by page.
    let read = channel.get_ban("bob").await.expect("get ban");
    assert_eq!(read, ban);
    channel.ban("carol").await.expect("ban carol");
    channel
        .ban(ODD)
        .description("odd")
        .await
        .expect("ban odd id");
    let listed: Vec<Ban> = collect_ok(channel.banned_users().limit(1).stream(), "list bans").await;
    assert_eq!(ids(&listed), ["bob", "carol", ODD]);
    let first = channel
        .banned_users()
        .limit(2)
        .show_total_ban_count(true)
        .await
        .expect("first page");
    assert_eq!(first.total_ban_count, Some(3));
    assert_eq!(first.banned_list.len(), 2);
    assert!(first.next.as_deref().is_some_and(|n| !n.is_empty()));

    // Without `seconds` the ban lasts ten years.
    let carol = channel.get_ban("carol").await.expect("carol's ban");
    assert_eq!(
        carol.end_at.expect("end") - carol.start_at.expect("start"),
        TEN_YEARS_MS
    );

    // Update: the new duration counts from now; the start stays.
    let before = emulator.now_ms();
    let updated = channel
        .update_ban("bob", 60)
        .description("shorter")
        .await
        .expect("update ban");
    assert_eq!(updated.start_at, ban.start_at);
    let new_end = updated.end_at.expect("end");
    assert!(new_end >= before + 60_000 && new_end <= emulator.now_ms() + 60_000);
    assert_eq!(updated.description.as_deref(), Some("shorter"));

    // A user's banned channels.
    let banned_channels: Vec<_> = collect_ok(
        chat.user("bob").banned_channels().limit(1).stream(),
        "banned channels",
    )
    .await;
    assert_eq!(banned_channels.len(), 1);
    assert_eq!(banned_channels[0].end_at, Some(new_end));
    let summary = banned_channels[0].channel.as_ref().expect("channel");
    assert_eq!(summary.channel_url, GROUP);
    assert_eq!(summary.custom_type.as_deref(), Some("support"));

    // Unban: the user is not added back, but may join again.
    channel.unban("carol").await.expect("unban");
    refusals! { refused;
        channel.get_ban("carol") => 400201, "no ban left";
        channel.unban("carol") => 400201, "unban twice";
    }
    assert!(!member_ids(&group_members(&chat, GROUP).await).contains(&"carol"));
    joins(&chat, GROUP, "carol", "join after unban").await;
    assert!(member_ids(&group_members(&chat, GROUP).await).contains(&"carol"));
}

#[tokio::test]
async fn bans_expire_on_the_emulator_clock() {
    let (emulator, chat) = seeded(seed()).await;
    let channel = chat.group_channel(GROUP);
    channel.ban("dave").seconds(60).await.expect("ban");
    refused(
        chat.group_channels().join(GROUP, "dave").await,
        400750,
        "still banned",
    );

    emulator.advance_clock(Duration::from_secs(61));

    refused(channel.get_ban("dave").await, 400201, "expired");
    let bans = channel.banned_users().await.expect("list");
    assert!(bans.banned_list.is_empty());
    assert!(chat
        .user("dave")
        .banned_channels()
        .await
        .expect("banned channels")
        .banned_channels
        .is_empty());
    joins(&chat, GROUP, "dave", "join after expiry").await;
    sends(&chat, IN_GROUP, "dave", "send after expiry").await;
}

#[tokio::test]
async fn group_channel_mute_life_cycle() {
    let (emulator, chat) = seeded(seed()).await;
    let channel = chat.group_channel(GROUP);

    channel
        .mute("bob")
        .seconds(600)
        .description("too loud")
        .await
        .expect("mute");
    let err = refused(send(&chat, IN_GROUP, "bob").await, 900041, "muted send");
    assert_eq!(
        err.chat_code(),
        Some(ChatErrorCode::MutedUserSendNotAllowed)
    );
    // Muted users stay members.
    assert!(member_ids(&group_members(&chat, GROUP).await).contains(&"bob"));

    let status = channel.mute_status("bob").await.expect("status");
    assert!(status.is_muted);
    let remaining = status.remaining_duration.expect("remaining");
    assert!(remaining > 590_000 && remaining <= 600_000, "{remaining}");
    assert_eq!(
        status.end_at.expect("end") - status.start_at.expect("start"),
        600_000
    );
    assert_eq!(status.description.as_deref(), Some("too loud"));
    let not_muted = channel.mute_status("carol").await.expect("carol");
    assert!(!not_muted.is_muted);

    // Permanent mutes report -1.
    channel.mute("carol").await.expect("mute carol");
    channel.mute(ODD).await.expect("mute odd id");
    let muted: Vec<MutedUser> =
        collect_ok(channel.muted_users().limit(2).stream(), "list mutes").await;
    let muted_ids: Vec<_> = muted.iter().map(|m| m.user_id.as_str()).collect();
    assert_eq!(muted_ids, ["bob", "carol", ODD]);
    assert_eq!(muted[1].end_at, Some(-1));
    assert_eq!(muted[1].remaining_duration, Some(-1));
    assert_eq!(muted[0].nickname.as_deref(), Some("Bob"));
    let counted = channel
        .muted_users()
        .show_total_mute_count(true)
        .await
        .expect("count");
    assert_eq!(counted.total_mute_count, Some(3));

    // Members show their mute.
    let members = chat
        .group_channels()
        .members(GROUP)
        .muted_member_filter(sendbird_chat::group_channels::MutedMemberFilter::Muted)
        .show_member_is_muted(true)
        .await
        .expect("muted members");
    let mut listed: Vec<_> = members
        .members
        .iter()
        .map(|m| (m.user_id.as_str(), m.is_muted, m.muted_end_at))
        .collect();
    listed.sort_unstable_by_key(|(id, _, _)| *id);
    assert_eq!(listed[0].0, "bob");
    assert_eq!(listed[0].1, Some(true));
    assert_eq!(listed[1], ("carol", Some(true), Some(-1)));
    assert_eq!(listed.len(), 3);

    // A user's muted channels.
    let channels = chat
        .user("carol")
        .muted_channels()
        .await
        .expect("muted channels");
    assert_eq!(channels.muted_channels.len(), 1);
    assert_eq!(channels.muted_channels[0].channel_url, GROUP);
    assert_eq!(channels.muted_channels[0].end_at, Some(-1));

    // Unmute: sending works again.
    channel.unmute("carol").await.expect("unmute");
    sends(&chat, IN_GROUP, "carol", "send after unmute").await;
    refused(channel.unmute("carol").await, 400201, "unmute twice");

    // A timed mute ends by itself.
    emulator.advance_clock(Duration::from_secs(601));
    sends(&chat, IN_GROUP, "bob", "send after the mute expired").await;
    assert!(!channel.mute_status("bob").await.expect("status").is_muted);
}

#[tokio::test]
async fn frozen_channels_accept_only_operators() {
    let (_emulator, chat) = seeded(seed()).await;
    assert_eq!(freeze_group(&chat, true).await, Some(true));
    assert_eq!(
        chat.group_channels().get(GROUP).await.expect("get").freeze,
        Some(true)
    );
    let err = refused(
        send(&chat, IN_GROUP, "bob").await,
        900050,
        "member in a frozen channel",
    );
    assert_eq!(
        err.chat_code(),
        Some(ChatErrorCode::FrozenChannelSendNotAllowed)
    );
    sends(&chat, IN_GROUP, "alice", "operator in a frozen channel").await;

    assert_eq!(freeze_group(&chat, false).await, Some(false));
    sends(&chat, IN_GROUP, "bob", "member after unfreeze").await;

    // Open channels too.
    let open = chat.open_channel(OPEN).freeze(true).await.expect("freeze");
    assert_eq!(open.freeze, Some(true));
    refusals! { refused;
        send(&chat, IN_OPEN, "bob")
            => 900050, "participant in a frozen channel";
    }
    sends(&chat, IN_OPEN, "alice", "operator in a frozen open channel").await;
}

#[tokio::test]
async fn open_channel_bans_and_mutes() {
    let (_emulator, chat) = seeded(seed()).await;
    let channel = chat.open_channel(OPEN);

    let ban = channel.ban("bob").seconds(120).await.expect("ban");
    assert_eq!(
        ban.end_at.expect("end") - ban.start_at.expect("start"),
        120_000
    );
    let participants: Vec<User> = collect_ok(
        chat.open_channels().participants(OPEN).stream(),
        "participants",
    )
    .await;
    assert_eq!(user_ids(&participants), ["carol"]);
    refusals! { refused;
        send(&chat, IN_OPEN, "bob") => 900100, "banned send";
    }
    assert_eq!(
        ids(&channel.banned_users().await.expect("bans").banned_list),
        ["bob"]
    );
    let updated = channel
        .update_ban("bob", -1)
        .description("forever")
        .await
        .expect("update");
    // Ten years from the update (the start stays).
    let lasting = updated.end_at.expect("end") - updated.start_at.expect("start");
    assert!(
        (TEN_YEARS_MS..TEN_YEARS_MS + 60_000).contains(&lasting),
        "{lasting}"
    );
    assert_eq!(
        channel
            .get_ban("bob")
            .await
            .expect("get")
            .description
            .as_deref(),
        Some("forever")
    );
    channel.unban("bob").await.expect("unban");
    sends(&chat, IN_OPEN, "bob", "send after unban").await;

    // Muting in an open channel answers the channel.
    let muted = channel
        .mute("carol")
        .description("caps lock")
        .await
        .expect("mute");
    assert_eq!(muted.channel_url, OPEN);
    refusals! { refused;
        send(&chat, IN_OPEN, "carol") => 900041, "muted send";
    }
    let list = channel.muted_users().await.expect("mutes");
    assert_eq!(list.muted_list.len(), 1);
    assert_eq!(list.muted_list[0].description.as_deref(), Some("caps lock"));
    assert_eq!(
        channel.mute_status("carol").await.expect("status").end_at,
        Some(-1)
    );
    channel.unmute("carol").await.expect("unmute");
    sends(&chat, IN_OPEN, "carol", "send after unmute").await;

    // Both kinds show in a user's lists.
    chat.group_channel(GROUP)
        .ban("dave")
        .await
        .expect("group ban");
    channel.ban("dave").await.expect("open ban");
    let urls: Vec<String> = collect_ok(
        chat.user("dave")
            .banned_channels()
            .limit(1)
            .stream()
            .map_ok(|c| c.channel.map(|c| c.channel_url).unwrap_or_default()),
        "banned channels",
    )
    .await;
    assert_eq!(urls, [GROUP, OPEN]);
}

#[tokio::test]
async fn custom_type_bans_apply_to_every_channel_of_the_type() {
    let (emulator, chat) = seeded(seed()).await;
    let support = chat.custom_channel_type("support");

    support
        .ban_users(vec![
            BanRequest::new("bob").seconds(600).description("abuse"),
            BanRequest::new("ghost"),
        ])
        .await
        .expect("ban by custom type");
    // Unknown users are skipped without `on_demand_upsert`.
    refused(chat.users().get("ghost").await, 400201, "not created");
    // Removed from the support channels, refused on joining them, free elsewhere.
    assert!(!member_ids(&group_members(&chat, GROUP).await).contains(&"bob"));
    refusals! { refused;
        chat.group_channels().join(GROUP, "bob") => 400751, "custom-type ban";
        send(&chat, IN_OPEN, "bob")
            => 900100, "banned in the open channel of the type";
    }
    joins(&chat, "mod-other", "bob", "another custom type").await;

    // Upsert creates the users first.
    support
        .ban_users(vec![BanRequest::new("newbie").seconds(60)])
        .on_demand_upsert(true)
        .await
        .expect("ban with upsert");
    chat.users().get("newbie").await.expect("created");
    let listed: Vec<Ban> = collect_ok(support.banned_users().limit(1).stream(), "list").await;
    assert_eq!(ids(&listed), ["bob", "newbie"]);
    assert_eq!(listed[0].description.as_deref(), Some("abuse"));

    // A user banned from several types at once, for ten years.
    chat.user("carol")
        .ban_from_custom_types(["support", "sales"])
        .await
        .expect("ban from types");
    refused(
        chat.group_channels().join("mod-other", "carol").await,
        400751,
        "sales ban",
    );

    // Lifting and expiry.
    support.unban_users(["bob", "carol"]).await.expect("unban");
    joins(&chat, GROUP, "bob", "join after unban").await;
    emulator.advance_clock(Duration::from_secs(61));
    let remaining: Vec<Ban> = collect_ok(support.banned_users().stream(), "list").await;
    assert!(remaining.is_empty(), "{remaining:?}");
}

#[tokio::test]
async fn custom_type_mutes() {
    let (_emulator, chat) = seeded(seed()).await;
    let support = chat.custom_channel_type("support");
    support
        .mute_users(["dave", "fresh"])
        .seconds(300)
        .description("cool down")
        .on_demand_upsert(true)
        .await
        .expect("mute by custom type");
    refusals! { refused;
        send(&chat, IN_GROUP, "dave") => 900041, "muted by type";
    }
    let muted: Vec<MutedUser> = collect_ok(support.muted_users().limit(1).stream(), "list").await;
    let muted_ids: Vec<_> = muted.iter().map(|m| m.user_id.as_str()).collect();
    assert_eq!(muted_ids, ["dave", "fresh"]);
    assert_eq!(muted[0].description.as_deref(), Some("cool down"));

    chat.user("carol")
        .mute_in_custom_types(["support"])
        .await
        .expect("mute in types");
    refusals! { refused;
        send(&chat, IN_OPEN, "carol")
            => 900041, "muted in the open channel of the type";
    }
    let carol = support
        .muted_users()
        .await
        .expect("list")
        .muted_list
        .into_iter()
        .find(|m| m.user_id == "carol")
        .expect("carol listed");
    assert_eq!(carol.end_at, Some(-1));

    support
        .unmute_users(["dave", "carol"])
        .await
        .expect("unmute");
    sends(&chat, IN_GROUP, "dave", "send after unmute").await;
    sends(&chat, IN_OPEN, "carol", "send after unmute").await;
}

#[tokio::test]
async fn block_life_cycle() {
    let (_emulator, chat) = seeded(seed()).await;
    let alice = chat.user("alice");

    let blocked = alice.block(["bob", "carol"]).await.expect("block");
    assert_eq!(user_ids(&blocked.users), ["bob", "carol"]);
    assert_eq!(blocked.users[0].nickname.as_deref(), Some("Bob"));
    let one = chat
        .send(&BlockUsers::new("alice").target_id(ODD))
        .await
        .expect("block one");
    assert_eq!(one.users[0].user_id, ODD);
    alice.block(["dave", "bob"]).await.expect("block again");

    // Paged to the end, in block order.
    let listed: Vec<User> = collect_ok(alice.blocked_users().limit(2).stream(), "list").await;
    assert_eq!(user_ids(&listed), ["bob", "carol", ODD, "dave"]);
    let filtered = alice
        .blocked_users()
        .user_ids(["dave", "erin"])
        .await
        .expect("filtered");
    assert_eq!(filtered.users.len(), 1);
    let blocking_bob = chat
        .user("bob")
        .blocked_users()
        .list(BlockList::BlockingMe)
        .await
        .expect("blocking me");
    assert_eq!(blocking_bob.users[0].user_id, "alice");

    // Unblock.
    alice.unblock("carol").await.expect("unblock");
    refused(alice.unblock("carol").await, 400201, "unblock twice");
    let left: Vec<User> = collect_ok(alice.blocked_users().stream(), "list").await;
    assert_eq!(left.len(), 3);

    // Documented errors.
    refusals! { refused;
        alice.block(["alice"]) => 400111, "block oneself";
        alice.block(["nobody"]) => 400201, "unknown user";
        chat.user("nobody").blocked_users() => 400201, "unknown blocker";
    }
}

#[tokio::test]
async fn blocks_in_a_distinct_one_to_one_channel() {
    let (_emulator, chat) = seeded(seed()).await;
    let dm = chat
        .group_channels()
        .create(["erin", "dave"])
        .is_distinct(true)
        .await
        .expect("distinct 1:1");
    let url = dm.channel_url.clone();
    let in_dm = || (ChannelType::GroupChannels, url.as_str());
    chat.user("erin").block(["dave"]).await.expect("block");

    // The blocker can't send to the blocked user; the blocked user's messages are accepted.
    refusals! { refused;
        send(&chat, in_dm(), "erin") => 900080, "blocker sends";
    }
    sends(&chat, in_dm(), "dave", "blocked user sends").await;

    // Members seen by the blocker.
    let members = chat
        .group_channels()
        .members(&url)
        .user_id("erin")
        .await
        .expect("members");
    let dave = find_listed(&members.members, |m| m.user_id == "dave", "dave");
    assert_eq!(dave.is_blocked_by_me, Some(true));
    assert_eq!(dave.is_blocking_me, Some(false));

    // Once unblocked, or in a channel with more members, the blocker sends again.
    chat.user("erin").unblock("dave").await.expect("unblock");
    sends(&chat, in_dm(), "erin", "after unblock").await;
    chat.user("alice")
        .block(["bob"])
        .await
        .expect("block in group");
    sends(&chat, IN_GROUP, "alice", "1-to-N channels are not affected").await;
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = seeded(seed()).await;
    let channel = chat.group_channel(GROUP);

    refusals! { refused;
        channel.ban("nobody") => 400201, "unknown user";
        chat.group_channel("no-such-channel").ban("bob") => 400201, "unknown channel";
        chat.open_channel("no-such-channel").muted_users() => 400201, "unknown open channel";
        channel.ban("bob").seconds(0) => 400111, "zero";
        channel.mute("bob").seconds(-5) => 400111, "negative";
        channel.ban("bob").description("x".repeat(251)) => 400110, "long reason";
    }
    channel
        .mute("bob")
        .description("x".repeat(2048))
        .await
        .expect("a mute reason may be 2,048 characters");
    refusals! { refused;
        channel.update_ban("carol", 60) => 400201, "not banned";
        channel.banned_users().limit(101) => 400111, "limit";
        chat.custom_channel_type("support").ban_users(Vec::new()) => 400105, "empty banned_list";
        chat.user("nobody").ban_from_custom_types(["support"]) => 400201, "unknown user";
    }
}
