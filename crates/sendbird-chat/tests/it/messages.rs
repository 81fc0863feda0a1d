//! `messages` against the emulator.
//!
//! The emulator serves send, list, get, update, delete and total count of messages. It does
//! not implement the receipt, unread-count, search, pin, reaction, sorted-metaarray and
//! translation endpoints; those are covered by the unit tests (wire + fixtures) only.

use futures_util::TryStreamExt;
use sendbird_chat::messages::{HistoryDirection, MessageHistory};
use sendbird_chat::models::{ChannelType, MentionType, Message, MessageType, SortedMetaarrayItem};
use sendbird_chat::{ChatErrorExt, FilePart};
use sendbird_emulator::Seed;

use crate::support::{refused, seeded, users};
use sendbird_core::test_util::collect_ok;

/// The ids of every message `history` walks over (`what` names the walk on failure).
async fn walked_ids(history: MessageHistory<'_>, what: &str) -> Vec<i64> {
    collect_ok(history.stream().map_ok(|m| m.message_id()), what).await
}

/// A channel URL that needs encoding in a path segment.
const ROOM: &str = "room/ü 1";

/// Two users, a group channel (`ROOM`, both members) and an open channel
/// (`lobby`).
fn seed() -> Seed {
    users(["alice", "bob", "mallory"])
        .group_channel(ROOM, ["alice", "bob"])
        .open_channel("lobby", "Lobby")
}

#[tokio::test]
async fn message_lifecycle_send_read_list_update_delete() {
    let (_emulator, chat) = seeded(seed()).await;
    let room = chat.messages(ChannelType::GroupChannels, ROOM);

    // Send one message of each kind.
    let text = room
        .send_text("alice", "Hello, Bob!")
        .custom_type("greeting")
        .data(r#"{"font": "bold"}"#)
        .mention_type(MentionType::Users)
        .mentioned_user_ids(["bob"])
        .sorted_metaarray(vec![SortedMetaarrayItem::new("priority", ["high"])])
        .await
        .expect("send text");
    let user_message = text.as_user().expect("a user message");
    assert_eq!(user_message.message.as_deref(), Some("Hello, Bob!"));
    assert_eq!(text.channel_url(), ROOM);
    assert_eq!(text.custom_type(), Some("greeting"));
    assert_eq!(text.data(), Some(r#"{"font": "bold"}"#));
    assert_eq!(text.sender().map(|u| u.user_id.as_str()), Some("alice"));
    assert_eq!(
        text.sender().and_then(|u| u.nickname.as_deref()),
        Some("Alice")
    );
    assert_eq!(user_message.common.mentioned_users[0].user_id, "bob");
    assert_eq!(text.sorted_metaarray()[0].value, ["high"]);
    assert!(text.message_id() > 0 && text.created_at() > 0);

    let upload = room
        .send_file("bob", FilePart::new("notes.txt", "some notes"))
        .custom_type("doc")
        .mentioned_user_ids(["alice"])
        .await
        .expect("send file (multipart)");
    let file = upload.as_file().expect("a file message");
    let attached = file.file.as_ref().expect("file info");
    assert_eq!(attached.name.as_deref(), Some("notes.txt"));
    assert_eq!(attached.size, Some(10));
    assert_eq!(attached.file_type.as_deref(), Some("text/plain"));
    assert!(attached.url.as_deref().is_some_and(|u| !u.is_empty()));
    assert_eq!(upload.custom_type(), Some("doc"));
    assert_eq!(upload.text(), None);

    let linked = room
        .send_file_url("alice", "https://example.com/a.png")
        .file_name("a.png")
        .file_type("image/png")
        .file_size(1234)
        .thumbnail1("https://example.com/a_small.png")
        .await
        .expect("send file (url)");
    let linked_file = linked.as_file().expect("a file message");
    assert_eq!(
        linked_file.file.as_ref().and_then(|f| f.url.as_deref()),
        Some("https://example.com/a.png")
    );
    assert_eq!(
        linked_file.thumbnails[0].url.as_deref(),
        Some("https://example.com/a_small.png")
    );

    let admin = room
        .send_admin("Maintenance at noon")
        .is_silent(true)
        .await
        .expect("send admin");
    assert_eq!(admin.message_type(), MessageType::Admin);
    assert!(admin.sender().is_none());
    assert_eq!(admin.common().and_then(|c| c.silent), Some(true));

    // Read back.
    let fetched = room.get(text.message_id()).await.expect("get");
    assert_eq!(fetched.message_id(), text.message_id());
    assert_eq!(fetched.text(), Some("Hello, Bob!"));
    assert_eq!(fetched.created_at(), text.created_at());
    assert_eq!(room.total_count().await.expect("count").total, 4);

    // List a window around the first message, then with filters.
    let window = room
        .list(text.created_at())
        .prev_limit(10)
        .next_limit(10)
        .await
        .expect("list");
    let ids: Vec<i64> = window.messages.iter().map(Message::message_id).collect();
    assert_eq!(
        ids,
        [
            text.message_id(),
            upload.message_id(),
            linked.message_id(),
            admin.message_id()
        ]
    );
    let kinds: Vec<MessageType> = window.messages.iter().map(Message::message_type).collect();
    assert_eq!(
        kinds,
        [
            MessageType::User,
            MessageType::File,
            MessageType::File,
            MessageType::Admin
        ]
    );
    let newest_first = room
        .list_by_id(linked.message_id())
        .prev_limit(1)
        .next_limit(1)
        .reverse(true)
        .await
        .expect("list by id");
    let ids: Vec<i64> = newest_first
        .messages
        .iter()
        .map(Message::message_id)
        .collect();
    assert_eq!(
        ids,
        [admin.message_id(), linked.message_id(), upload.message_id()]
    );
    let files_of_alice = room
        .list(text.created_at())
        .prev_limit(0)
        .next_limit(200)
        .message_type(MessageType::File)
        .sender_ids(["alice"])
        .await
        .expect("filtered list");
    assert_eq!(files_of_alice.messages.len(), 1);
    assert_eq!(files_of_alice.messages[0].message_id(), linked.message_id());
    let greetings = room
        .list(0)
        .prev_limit(0)
        .next_limit(50)
        .custom_types(["greeting", "doc"])
        .await
        .expect("custom types");
    assert_eq!(greetings.messages.len(), 2);

    // Update.
    let updated = room
        .update(text.message_id(), MessageType::User)
        .message("Hello again, Bob!")
        .custom_type("edited")
        .await
        .expect("update");
    assert_eq!(updated.text(), Some("Hello again, Bob!"));
    assert_eq!(updated.custom_type(), Some("edited"));
    assert!(updated.updated_at().is_some_and(|t| t >= text.created_at()));
    let refetched = room.get(text.message_id()).await.expect("get after update");
    assert_eq!(refetched.text(), Some("Hello again, Bob!"));

    // Delete, then the message is gone.
    room.delete(upload.message_id()).await.expect("delete");
    assert_eq!(room.total_count().await.expect("count").total, 3);
    refusals! { refused;
        room.get(upload.message_id()) => 400201, "deleted message is gone";
        room.delete(upload.message_id()) => 400201, "deleting twice fails";
    }
}

#[tokio::test]
async fn open_channel_messages() {
    let (_emulator, chat) = seeded(seed()).await;
    let lobby = chat.messages(ChannelType::OpenChannels, "lobby");
    let sent = lobby
        .send_text("mallory", "anyone here?")
        .await
        .expect("open channels need no membership");
    assert_eq!(sent.channel_url(), "lobby");
    let listed = lobby
        .list(sent.created_at())
        .await
        .expect("list open channel");
    assert_eq!(listed.messages.len(), 1);
    assert_eq!(lobby.total_count().await.expect("count").total, 1);
    // The group channel is a different resource.
    assert_eq!(
        chat.messages(ChannelType::GroupChannels, ROOM)
            .total_count()
            .await
            .expect("count")
            .total,
        0
    );
}

#[tokio::test]
async fn history_walks_both_ways() {
    let (_emulator, chat) = seeded(seed()).await;
    let room = chat.messages(ChannelType::GroupChannels, ROOM);
    let mut sent = Vec::new();
    for i in 0..23 {
        let message = if i % 5 == 4 {
            room.send_admin(format!("notice {i}")).await
        } else {
            room.send_text(if i % 2 == 0 { "alice" } else { "bob" }, format!("m{i}"))
                .await
        }
        .expect("send");
        sent.push(message);
    }
    let ids: Vec<i64> = sent.iter().map(Message::message_id).collect();
    let first = sent[0].created_at();
    let last = sent[sent.len() - 1].created_at();

    // Older from the newest message (inclusive): everything, newest first.
    let older = walked_ids(
        room.history(HistoryDirection::Older, last).window(5),
        "walk older",
    )
    .await;
    let mut expected = ids.clone();
    expected.reverse();
    assert_eq!(older, expected);

    // Newer from the oldest message (inclusive): everything, oldest first.
    let newer = walked_ids(
        room.history(HistoryDirection::Newer, first).window(4),
        "walk newer",
    )
    .await;
    assert_eq!(newer, ids);

    // Exclusive anchor from the middle, towards older messages.
    let middle = sent[10].created_at();
    let before_middle = walked_ids(
        room.history(HistoryDirection::Older, middle)
            .include_anchor(false)
            .window(3),
        "walk older, exclusive",
    )
    .await;
    let mut expected: Vec<i64> = ids[..10].to_vec();
    expected.reverse();
    assert_eq!(before_middle, expected);

    // Filters apply to every window.
    let notices: Vec<Message> = collect_ok(
        room.history(HistoryDirection::Newer, first)
            .window(2)
            .map(|list| list.message_type(MessageType::Admin))
            .stream(),
        "walk admin messages",
    )
    .await;
    let notice_ids: Vec<i64> = notices.iter().map(Message::message_id).collect();
    let expected: Vec<i64> = sent
        .iter()
        .filter(|m| m.message_type() == MessageType::Admin)
        .map(Message::message_id)
        .collect();
    assert_eq!(notice_ids, expected);
    assert_eq!(notice_ids.len(), 4);

    // Past either end, nothing.
    let none: Vec<Message> = collect_ok(
        room.history(HistoryDirection::Newer, last)
            .include_anchor(false)
            .stream(),
        "walk past the end",
    )
    .await;
    assert!(none.is_empty());
}

#[tokio::test]
async fn history_of_an_unknown_channel_fails() {
    let (_emulator, chat) = seeded(seed()).await;
    let result: Result<Vec<Message>, _> = chat
        .messages(ChannelType::GroupChannels, "no-such-room")
        .history(HistoryDirection::Older, 0)
        .stream()
        .try_collect()
        .await;
    assert_eq!(result.expect_err("unknown channel").code(), Some(400201));
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = seeded(seed()).await;
    let room = chat.messages(ChannelType::GroupChannels, ROOM);

    // A non-member cannot send to a group channel.
    refused(
        room.send_text("mallory", "let me in").await,
        900020,
        "non-member",
    );

    // An unknown sender.
    let err = room
        .send_text("nobody", "hi")
        .await
        .expect_err("unknown user");
    assert!(err.is_not_found(), "{err}");

    // A text message needs its text.
    refused(
        room.send(MessageType::User).user_id("alice").await,
        400105,
        "missing message",
    );

    // Duplicate dedup ids are rejected.
    room.send_text("alice", "once")
        .dedup_id("d-1")
        .await
        .expect("first");
    refusals! { refused;
        room.send_text("alice", "twice").dedup_id("d-1") => 400202, "duplicate dedup_id";
        // A custom type longer than 128 characters.
        room.send_text("alice", "x").custom_type("c".repeat(129)) => 400110, "custom_type too long";
        // Window limits are 0–200; a list needs an anchor.
        room.list(0).prev_limit(201) => 400111, "prev_limit out of range";
        chat.request(sendbird_chat::messages::ListMessages::new(ChannelType::GroupChannels, ROOM))
            => 400105, "no anchor";
        // An unknown message.
        room.get(987_654_321) => 400201, "unknown message";
        room.update(987_654_321, MessageType::User).message("?") => 400201, "unknown message";
    }
}
