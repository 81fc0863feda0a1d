//! `bots` against the emulator.

use sendbird_chat::bots::Bot;
use sendbird_chat::models::{ChannelType, GroupChannel, Message, MessageType};
use sendbird_chat::{ChatClient, ChatErrorCode, FilePart};
use sendbird_emulator::{Emulator, Seed};

use crate::support::{group_members, member_ids, refused, seeded, users};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::strs;

const BOT: &str = "lunch/bot ü";
const ROOM: &str = "lunch crew/1";
const OTHER_ROOM: &str = "dinner_crew";

/// Two users and two group channels.
fn seed() -> Seed {
    users(["alice", "bob"])
        .group_channel(ROOM, ["alice", "bob"])
        .group_channel(OTHER_ROOM, ["alice"])
        .open_channel("lobby", "Lobby")
}

/// The sorted member ids of [`ROOM`] and of [`OTHER_ROOM`].
async fn room_members(chat: &ChatClient) -> [Vec<String>; 2] {
    let mut members = [ROOM, OTHER_ROOM].map(|_| Vec::new());
    for (ids, url) in members.iter_mut().zip([ROOM, OTHER_ROOM]) {
        let channel = group_members(chat, url).await;
        *ids = member_ids(&channel)
            .into_iter()
            .map(str::to_owned)
            .collect();
    }
    members
}

/// [`ROOM`] with its members' read receipts.
async fn room_with_read_receipts(chat: &ChatClient) -> GroupChannel {
    chat.group_channels()
        .get(ROOM)
        .show_read_receipt(true)
        .await
        .expect("channel")
}

/// A seeded emulator and its client, with [`BOT`] created and a member of both rooms.
async fn bot_in_both_rooms() -> (Emulator, ChatClient) {
    let (emulator, chat) = seeded(seed()).await;
    create_bot(&chat, BOT).await;
    chat.bots()
        .join_channels(BOT, [ROOM, OTHER_ROOM])
        .await
        .expect("join");
    (emulator, chat)
}

async fn create_bot(chat: &ChatClient, id: &str) -> Bot {
    chat.bots()
        .create(
            id,
            format!("{id} nickname"),
            "https://example.com/bot.png",
            "helper",
            "https://example.com/callback",
            false,
        )
        .await
        .expect("create bot")
}

#[tokio::test]
async fn bot_life_cycle() {
    let (_emulator, chat) = seeded(seed()).await;
    let bots = chat.bots();

    let created = bots
        .create(
            BOT,
            "Lunch helper",
            "https://example.com/lunch.png",
            "marketer",
            "https://example.com/bots/lunch",
            false,
        )
        .show_member(true)
        .channel_invitation_preference(1)
        .await
        .expect("create");
    assert_eq!(created.bot_userid(), BOT);
    assert_eq!(created.bot.bot_nickname.as_deref(), Some("Lunch helper"));
    assert_eq!(created.bot.bot_type.as_deref(), Some("marketer"));
    assert_eq!(created.is_privacy_mode, Some(false));
    assert_eq!(created.enable_mark_as_read, Some(true), "default");
    assert_eq!(created.show_member, Some(true));
    assert_eq!(created.channel_invitation_preference, Some(1));
    let token = created.bot.bot_token.clone().expect("a bot token");
    assert_eq!(token.expose().len(), 40);
    assert!(!format!("{created:?}").contains(token.expose()));
    let created_at = created.created_at.expect("created_at");
    assert!(
        created_at > 1_000_000_000 && created_at < 100_000_000_000,
        "seconds"
    );

    // A bot is a user.
    let user = chat.users().get(BOT).await.expect("the bot's user");
    assert_eq!(user.nickname.as_deref(), Some("Lunch helper"));

    // Read.
    let read = bots.get(BOT).await.expect("get");
    assert_eq!(read, created);

    // List, paged to the end.
    for i in 0..4 {
        create_bot(&chat, &format!("bot_{i}")).await;
    }
    let listed: Vec<Bot> = collect_ok(bots.list().limit(2).stream(), "list bots").await;
    let ids: Vec<&str> = listed.iter().map(Bot::bot_userid).collect();
    assert_eq!(ids, [BOT, "bot_0", "bot_1", "bot_2", "bot_3"]);
    let page = bots.list().limit(2).await.expect("first page");
    assert_eq!(page.bots.len(), 2);
    assert!(page.next.is_some_and(|n| !n.is_empty()));

    // Bots can be hidden from the user list.
    let humans: Vec<_> =
        collect_ok(chat.users().list().show_bot(false).stream(), "list users").await;
    let humans = strs(&humans, |u| u.user_id.as_str());
    assert_eq!(humans, ["alice", "bob"]);

    // Update: only what is given changes; the token stays.
    let updated = bots
        .update(BOT)
        .bot_nickname("Lunch & dinner helper")
        .is_privacy_mode(true)
        .enable_mark_as_read(false)
        .await
        .expect("update");
    assert_eq!(
        updated.bot.bot_nickname.as_deref(),
        Some("Lunch & dinner helper")
    );
    assert_eq!(updated.is_privacy_mode, Some(true));
    assert_eq!(updated.enable_mark_as_read, Some(false));
    assert_eq!(updated.show_member, Some(true));
    assert_eq!(
        updated.bot.bot_profile_url.as_deref(),
        Some("https://example.com/lunch.png")
    );
    assert_eq!(updated.bot.bot_token, Some(token));
    assert_eq!(updated.created_at, Some(created_at));
    let user = chat.users().get(BOT).await.expect("the bot's user");
    assert_eq!(user.nickname.as_deref(), Some("Lunch & dinner helper"));

    // Delete: gone as a bot and as a user.
    bots.delete(BOT).await.expect("delete");
    refusals! { refused;
        bots.get(BOT) => ChatErrorCode::ResourceNotFound.code(), "deleted";
        chat.users().get(BOT) => 400201, "user deleted";
    }
    let remaining: Vec<Bot> = collect_ok(bots.list().stream(), "list").await;
    assert_eq!(remaining.len(), 4);
}

#[tokio::test]
async fn bot_joins_and_its_messages_show_in_the_history() {
    let (emulator, chat) = seeded(seed()).await;
    let bots = chat.bots();
    create_bot(&chat, BOT).await;

    let joined = bots
        .join_channels(BOT, [ROOM, OTHER_ROOM])
        .await
        .expect("join");
    let urls = strs(&joined.channels, |c| c.channel_url.as_str());
    assert_eq!(urls, [ROOM, OTHER_ROOM]);
    assert!(joined.channels[0].members.iter().any(|m| m.user_id == BOT));
    assert_eq!(
        member_ids(&group_members(&chat, ROOM).await),
        ["alice", "bob", BOT]
    );
    // Joining again changes nothing.
    bots.join_channels(BOT, [ROOM]).await.expect("join again");
    assert_eq!(
        member_ids(&group_members(&chat, ROOM).await),
        ["alice", "bob", BOT]
    );

    let room = chat.messages(ChannelType::GroupChannels, ROOM);
    room.send_text("alice", "Where do we eat?")
        .await
        .expect("alice asks");
    emulator.advance_clock(std::time::Duration::from_secs(5));
    let sent = bots
        .send_text(BOT, ROOM, "Pizza or sushi?")
        .custom_type("suggestion")
        .mentioned(["alice"])
        .await
        .expect("bot sends")
        .message;
    assert_eq!(sent.text(), Some("Pizza or sushi?"));
    assert_eq!(sent.custom_type(), Some("suggestion"));
    assert_eq!(sent.sender().map(|u| u.user_id.as_str()), Some(BOT));
    assert_eq!(
        sent.sender().and_then(|u| u.nickname.as_deref()),
        Some("lunch/bot ü nickname")
    );
    let file = bots
        .send_file(BOT, ROOM, FilePart::new("menu.txt", "margherita"))
        .await
        .expect("bot sends a file")
        .message;
    assert_eq!(file.message_type(), MessageType::File);
    let uploaded = file.as_file().and_then(|f| f.file.as_ref());
    assert_eq!(
        uploaded.and_then(|f| f.name.as_deref()),
        Some("menu.txt"),
        "{file:?}"
    );

    // The history shows both, with the bot as sender.
    let history: Vec<Message> = room
        .list(sent.created_at())
        .prev_limit(10)
        .next_limit(10)
        .await
        .expect("list messages")
        .messages;
    let lines: Vec<(Option<&str>, Option<&str>)> = history
        .iter()
        .map(|m| (m.sender().map(|u| u.user_id.as_str()), m.text()))
        .collect();
    assert_eq!(
        lines,
        [
            (Some("alice"), Some("Where do we eat?")),
            (Some(BOT), Some("Pizza or sushi?")),
            (Some(BOT), None),
        ]
    );
    let channel = room_with_read_receipts(&chat).await;
    assert_eq!(
        channel.last_message.as_ref().map(Message::message_id),
        Some(file.message_id())
    );
    // The bot has read its own messages (mark_as_read and enable_mark_as_read default true).
    assert_eq!(
        channel.read_receipt.get(BOT).copied(),
        Some(file.created_at())
    );

    // `mark_as_read(false)` leaves the bot's read receipt where it was.
    let quiet = bots
        .send_text(BOT, ROOM, "(thinking)")
        .mark_as_read(false)
        .await
        .expect("send without reading")
        .message;
    let channel = room_with_read_receipts(&chat).await;
    assert!(channel.read_receipt.get(BOT).copied() < Some(quiet.created_at()));

    // A dedup id is honoured once.
    bots.send_text(BOT, ROOM, "once")
        .dedup_id("d-1")
        .await
        .expect("first");
    refused(
        bots.send_text(BOT, ROOM, "once").dedup_id("d-1").await,
        400202,
        "duplicate",
    );
}

#[tokio::test]
async fn bot_leaves_one_channel_then_all() {
    let (_emulator, chat) = bot_in_both_rooms().await;
    let bots = chat.bots();

    bots.leave_channel(BOT, ROOM).await.expect("leave one");
    assert_eq!(
        room_members(&chat).await,
        [&["alice", "bob"][..], &["alice", BOT]]
    );
    // Sending where it is no longer a member fails.
    refused(
        bots.send_text(BOT, ROOM, "still here?").await,
        900020,
        "not a member",
    );
    bots.send_text(BOT, OTHER_ROOM, "hello")
        .await
        .expect("still a member there");

    // Leaving a channel it is not in is harmless.
    bots.leave_channel(BOT, ROOM).await.expect("leave again");

    bots.join_channels(BOT, [ROOM]).await.expect("join back");
    bots.leave_all_channels(BOT).await.expect("leave all");
    assert_eq!(
        room_members(&chat).await,
        [&["alice", "bob"][..], &["alice"]]
    );
}

#[tokio::test]
async fn deleting_a_bot_removes_it_from_its_channels() {
    let (_emulator, chat) = bot_in_both_rooms().await;
    let bots = chat.bots();
    let sent = bots
        .send_text(BOT, ROOM, "bye")
        .await
        .expect("send")
        .message;

    bots.delete(BOT).await.expect("delete");
    assert_eq!(
        room_members(&chat).await,
        [&["alice", "bob"][..], &["alice"]]
    );
    // Its messages stay.
    let kept = chat
        .messages(ChannelType::GroupChannels, ROOM)
        .get(sent.message_id())
        .await
        .expect("message stays");
    assert_eq!(kept.sender().map(|u| u.user_id.as_str()), Some(BOT));
    // The id is free again, for a bot or a user.
    create_bot(&chat, BOT).await;
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = seeded(seed()).await;
    let bots = chat.bots();
    create_bot(&chat, BOT).await;

    // A duplicate bot, or a bot over an existing user: 400202.
    refusals! { refused;
        bots.create(BOT, "Again", "", "helper", "https://example.com/cb", false)
            => ChatErrorCode::ResourceAlreadyExists.code(), "duplicate bot";
    }
    refusals! { refused;
        bots.create("alice", "Alice bot", "", "helper", "https://example.com/cb", false)
            => 400202, "existing user id";
    }

    // Unknown bot: 400201 on every call.
    let ghost = "ghost";
    for error in [
        bots.get(ghost).await.expect_err("get"),
        bots.update(ghost)
            .show_member(true)
            .await
            .expect_err("update"),
        bots.delete(ghost).await.expect_err("delete"),
        bots.join_channels(ghost, [ROOM]).await.expect_err("join"),
        bots.leave_all_channels(ghost).await.expect_err("leave all"),
        bots.leave_channel(ghost, ROOM).await.expect_err("leave"),
        bots.send_text(ghost, ROOM, "hi").await.expect_err("send"),
    ] {
        assert_eq!(error.code(), Some(400201), "{error}");
    }

    // Unknown channels (an open channel is not a group channel): 400201, nothing joined.
    refused(
        bots.join_channels(BOT, [ROOM, "lobby"]).await,
        400201,
        "open channel",
    );
    assert_eq!(
        member_ids(&group_members(&chat, ROOM).await),
        ["alice", "bob"]
    );

    // Invalid values and lengths.
    refusals! { refused;
        bots.update(BOT).channel_invitation_preference(2)
            => ChatErrorCode::InvalidValue.code(), "bad preference";
        bots.update(BOT).bot_nickname("n".repeat(81))
            => ChatErrorCode::ParameterValueLengthExceeded.code(), "nickname too long";
        bots.create("bot_x", "X", "", "helper", "not a url", true) => 400111, "bad callback";
    }

    // A text message needs its text.
    bots.join_channels(BOT, [ROOM]).await.expect("join");
    refusals! { refused;
        bots.send_message(BOT, MessageType::User, ROOM)
            => ChatErrorCode::MissingRequiredParameters.code(), "no text";
    }
}
