//! `migration` against the emulator: imported messages keep their timestamps and senders and
//! take their place in the channel's history.

use sendbird_chat::migration::MigrationMessage;
use sendbird_chat::models::{ChannelType, Message, MessageType};
use sendbird_emulator::Seed;

use crate::support::{history, refused, seeded, users};

const ROOM: &str = "legacy/ü room";
const LOBBY: &str = "legacy-lobby";
/// 2020-09-13 12:26:40 UTC.
const T0: i64 = 1_600_000_000_000;

fn seed() -> Seed {
    users(["alice", "bob"])
        .group_channel(ROOM, ["alice", "bob"])
        .open_channel(LOBBY, "Lobby")
}

fn batch() -> Vec<MigrationMessage> {
    vec![
        MigrationMessage::text("bob", "Hello from 2020", T0)
            .custom_type("legacy")
            .data(r#"{"origin":"v1"}"#)
            .mentioned_user_ids(["alice"])
            .dedup_id("legacy-1"),
        MigrationMessage::file("alice", "https://example.com/report.pdf", T0 + 60_000)
            .file_info("report.pdf", 20480, "application/pdf")
            .thumbnails(["https://example.com/report.png"])
            .dedup_id("legacy-2"),
        MigrationMessage::admin("Imported from the old system", T0 + 120_000).dedup_id("legacy-3"),
    ]
}

#[tokio::test]
async fn migrated_messages_keep_their_timestamps_and_senders() {
    let (_emulator, chat) = seeded(seed()).await;
    let room = chat.messages(ChannelType::GroupChannels, ROOM);
    let live = room.send_text("alice", "sent today").await.expect("send");

    chat.migrate(ROOM, batch())
        .update_read_ts(true)
        .await
        .expect("migrate");

    let messages = history(&chat, ChannelType::GroupChannels, ROOM, 50).await;
    let seen: Vec<(i64, Option<&str>, MessageType)> = messages
        .iter()
        .map(|m| {
            (
                m.created_at(),
                m.sender().map(|u| u.user_id.as_str()),
                m.message_type(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (T0, Some("bob"), MessageType::User),
            (T0 + 60_000, Some("alice"), MessageType::File),
            (T0 + 120_000, None, MessageType::Admin),
            (live.created_at(), Some("alice"), MessageType::User),
        ],
        "imported messages come first, in time order, with their senders"
    );
    let text = &messages[0];
    assert_eq!(text.text(), Some("Hello from 2020"));
    assert_eq!(text.custom_type(), Some("legacy"));
    assert_eq!(text.data(), Some(r#"{"origin":"v1"}"#));
    assert_eq!(
        text.common().map(|c| c.mentioned_users[0].user_id.as_str()),
        Some("alice")
    );
    let file = messages[1].as_file().expect("file message");
    let attached = file.file.as_ref().expect("file");
    assert_eq!(
        attached.url.as_deref(),
        Some("https://example.com/report.pdf")
    );
    assert_eq!(attached.size, Some(20480));
    assert_eq!(
        file.thumbnails[0].url.as_deref(),
        Some("https://example.com/report.png")
    );
    assert_eq!(
        room.get(text.message_id()).await.expect("get").created_at(),
        T0
    );

    // The live message is still the channel's last message.
    let channel = chat.group_channels().get(ROOM).await.expect("channel");
    assert_eq!(
        channel.last_message.as_ref().map(Message::message_id),
        Some(live.message_id())
    );

    // Retrying the batch with the same dedup ids imports nothing twice.
    chat.migrate(ROOM, batch()).await.expect("retry");
    assert_eq!(room.total_count().await.expect("count").total, 4);
}

#[tokio::test]
async fn open_channels_take_migrations_too() {
    let (_emulator, chat) = seeded(seed()).await;
    chat.migrate(
        LOBBY,
        vec![
            MigrationMessage::text("alice", "second", T0 + 1),
            MigrationMessage::text("bob", "first", T0),
        ],
    )
    .await
    .expect("migrate");
    let messages = history(&chat, ChannelType::OpenChannels, LOBBY, 50).await;
    let texts: Vec<(Option<&str>, i64)> = messages
        .iter()
        .map(|m| (m.text(), m.created_at()))
        .collect();
    assert_eq!(texts, [(Some("first"), T0), (Some("second"), T0 + 1)]);
}

#[tokio::test]
async fn documented_errors() {
    let (emulator, chat) = seeded(seed()).await;
    refusals! { refused;
        chat.migrate("nowhere", batch()) => 400201, "unknown channel";
        chat.migrate(ROOM, vec![MigrationMessage::text("nobody", "?", T0)])
            => 400201, "unknown sender";
        chat.migrate(ROOM, Vec::new()) => 400105, "no messages";
    }
    let many: Vec<MigrationMessage> = (0..101)
        .map(|i| MigrationMessage::text("alice", "x", T0 + i))
        .collect();
    refused(chat.migrate(ROOM, many).await, 400203, "more than 100");
    let mut no_text = MigrationMessage::text("alice", "x", T0);
    no_text.message = None;
    refusals! { refused;
        chat.migrate(ROOM, vec![no_text]) => 400105, "text without message";
        chat.migrate(
            ROOM,
            vec![MigrationMessage::text("alice", "from the future", emulator.now_ms() + 3_600_000)],
        )
            => 400111, "a future timestamp";
        // A rejected batch stores nothing, not even its valid messages.
        chat.migrate(
            ROOM,
            vec![
                MigrationMessage::text("alice", "valid", T0),
                MigrationMessage::text("nobody", "invalid", T0),
            ],
        )
            => 400201, "one bad message";
    }
    let count = chat
        .messages(ChannelType::GroupChannels, ROOM)
        .total_count()
        .await
        .expect("count");
    assert_eq!(count.total, 0);
}
