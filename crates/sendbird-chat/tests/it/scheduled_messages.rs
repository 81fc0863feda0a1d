//! `scheduled_messages` against the emulator: the life cycle on `chat.group_channel(url)`,
//! delivery when the emulator clock reaches the scheduled time, send now, list and count.

use std::time::Duration;

use sendbird_chat::models::{ChannelType, MentionType, MessageType, SortedMetaarrayItem};
use sendbird_chat::scheduled_messages::{
    ScheduledMessage, ScheduledMessageOrder, ScheduledMessageStatus,
};
use sendbird_chat::ChatClient;
use sendbird_emulator::{Emulator, Seed};

use crate::support::{refused, seeded, texts, users};
use sendbird_core::test_util::collect_ok;

/// A channel URL that needs encoding in a path segment.
const ROOM: &str = "sched/ü 1";
const OTHER: &str = "sched-other";
const MINUTE: i64 = 60_000;

fn seed() -> Seed {
    users(["alice", "bob", "mallory"])
        .group_channel(ROOM, ["alice", "bob"])
        .group_channel(OTHER, ["alice", "bob"])
}

/// The seeded emulator, a client, and the emulator's time when they started.
async fn started() -> (Emulator, ChatClient, i64) {
    let (emulator, chat) = seeded(seed()).await;
    let now = emulator.now_ms();
    (emulator, chat, now)
}

/// Scheduled message `id` of [`ROOM`], read back.
async fn read_back(chat: &ChatClient, id: i64) -> ScheduledMessage {
    chat.group_channel(ROOM)
        .scheduled_message(id)
        .await
        .expect("read back")
}

/// The status of scheduled message `id` of [`ROOM`], read back.
async fn status_of(chat: &ChatClient, id: i64) -> Option<ScheduledMessageStatus> {
    read_back(chat, id).await.scheduled_status
}

fn ids(messages: &[ScheduledMessage]) -> Vec<i64> {
    messages.iter().map(|m| m.scheduled_message_id).collect()
}

#[tokio::test]
async fn create_read_list_update_cancel() {
    let (emulator, chat, now) = started().await;
    let channel = chat.group_channel(ROOM);

    // Create one of each kind.
    let text = channel
        .schedule_text("alice", "Stand-up soon", now + 60 * MINUTE + 12_345)
        .custom_type("reminder")
        .data(r#"{"team":"core"}"#)
        .mention_type(MentionType::Users)
        .mentioned_user_ids(["bob"])
        .sorted_metaarray(vec![SortedMetaarrayItem::new("priority", ["high"])])
        .await
        .expect("schedule text");
    assert_eq!(text.scheduled_status, Some(ScheduledMessageStatus::Pending));
    assert_eq!(text.message_type, Some(MessageType::User));
    assert_eq!(text.message.as_deref(), Some("Stand-up soon"));
    assert_eq!(text.channel_url, ROOM);
    assert_eq!(text.sender(), Some("alice"));
    assert_eq!(
        text.user.as_ref().and_then(|u| u.nickname.as_deref()),
        Some("Alice")
    );
    assert_eq!(text.scheduled_at % MINUTE, 0, "seconds are dropped");
    assert!(now + 60 * MINUTE + 12_345 - text.scheduled_at < MINUTE);
    assert!(text.created_at >= now);
    assert_eq!(text.sent_at, Some(0));
    assert_eq!(text.mentioned_users[0].user_id, "bob");
    assert_eq!(text.sorted_metaarray[0].value, ["high"]);
    assert_eq!(text.custom_type.as_deref(), Some("reminder"));

    let file = channel
        .schedule_file_url("bob", "https://example.com/agenda.pdf", now + 90 * MINUTE)
        .file_name("agenda.pdf")
        .file_type("application/pdf")
        .file_size(2048)
        .thumbnails(["https://example.com/agenda.png"])
        .await
        .expect("schedule file");
    let attached = file.file.as_ref().expect("file");
    assert_eq!(attached.name.as_deref(), Some("agenda.pdf"));
    assert_eq!(attached.size, Some(2048));
    assert_eq!(
        file.thumbnails[0].url.as_deref(),
        Some("https://example.com/agenda.png")
    );

    let admin = channel
        .schedule_admin("Maintenance tonight", now + 120 * MINUTE)
        .is_silent(true)
        .await
        .expect("schedule admin");
    assert_eq!(admin.sender(), None);
    assert_eq!(admin.is_silent, Some(true));
    let elsewhere = chat
        .group_channel(OTHER)
        .schedule_text("bob", "Elsewhere", now + 30 * MINUTE)
        .await
        .expect("schedule in the other channel");

    // Read back.
    let fetched = read_back(&chat, text.scheduled_message_id).await;
    assert_eq!(fetched, text);

    // List page by page (newest created first by default) and filtered.
    let all: Vec<ScheduledMessage> = collect_ok(
        chat.scheduled_messages().list().limit(2).stream(),
        "list all",
    )
    .await;
    assert_eq!(
        ids(&all),
        ids(&[elsewhere.clone(), admin.clone(), file.clone(), text.clone()])
    );
    let by_time: Vec<ScheduledMessage> = collect_ok(
        chat.scheduled_messages()
            .list()
            .channel_url(ROOM)
            .order(ScheduledMessageOrder::ScheduledAt)
            .limit(1)
            .stream(),
        "list one channel by time",
    )
    .await;
    assert_eq!(
        ids(&by_time),
        ids(&[text.clone(), file.clone(), admin.clone()])
    );
    let alices = chat
        .scheduled_messages()
        .list()
        .sender_id("alice")
        .message_type(MessageType::User)
        .await
        .expect("list alice's");
    assert_eq!(ids(&alices.scheduled_messages), [text.scheduled_message_id]);

    // Update the text and the time.
    let updated = channel
        .update_scheduled_message(text.scheduled_message_id)
        .message("Stand-up later")
        .scheduled_at(now + 180 * MINUTE)
        .mentioned_user_ids(Vec::<String>::new())
        .await
        .expect("update");
    assert_eq!(updated.message.as_deref(), Some("Stand-up later"));
    assert_eq!(updated.scheduled_at, (now + 180 * MINUTE) / MINUTE * MINUTE);
    assert!(updated.updated_at.unwrap_or(0) >= now);
    assert!(updated.mentioned_users.is_empty());
    assert_eq!(
        updated.custom_type.as_deref(),
        Some("reminder"),
        "untouched"
    );

    // Cancel the admin message: it stays, as canceled, and is never sent.
    channel
        .cancel_scheduled_message(admin.scheduled_message_id)
        .await
        .expect("cancel");
    let canceled = read_back(&chat, admin.scheduled_message_id).await;
    assert_eq!(
        canceled.scheduled_status,
        Some(ScheduledMessageStatus::Canceled)
    );
    let canceled_list = chat
        .scheduled_messages()
        .list()
        .status(ScheduledMessageStatus::Canceled)
        .await
        .expect("list canceled");
    assert_eq!(
        ids(&canceled_list.scheduled_messages),
        [admin.scheduled_message_id]
    );

    // Nothing reached the channel.
    let history = chat.messages(ChannelType::GroupChannels, ROOM);
    assert_eq!(history.total_count().await.expect("count").total, 0);
    emulator.advance_clock(Duration::from_secs(3 * 3600 + 60));
    let texts = texts(&crate::support::history(&chat, ChannelType::GroupChannels, ROOM, 10).await);
    assert_eq!(
        texts,
        [None, Some("Stand-up later".to_owned())],
        "the file, then the text; the canceled admin message never"
    );
}

#[tokio::test]
async fn due_messages_are_delivered_when_the_clock_reaches_them() {
    let (emulator, chat, now) = started().await;
    let channel = chat.group_channel(ROOM);
    let soon = channel
        .schedule_text("alice", "Ten minutes later", now + 10 * MINUTE)
        .custom_type("reminder")
        .await
        .expect("schedule");
    let later = channel
        .schedule_text("bob", "Much later", now + 600 * MINUTE)
        .await
        .expect("schedule later");

    // Not yet.
    emulator.advance_clock(Duration::from_secs(5 * 60));
    assert_eq!(
        status_of(&chat, soon.scheduled_message_id).await,
        Some(ScheduledMessageStatus::Pending)
    );

    // The scheduled time passes: the next request finds it sent and in the history.
    emulator.advance_clock(Duration::from_secs(6 * 60));
    let sent = read_back(&chat, soon.scheduled_message_id).await;
    assert_eq!(sent.scheduled_status, Some(ScheduledMessageStatus::Sent));
    let message_id = sent.message_id.expect("message id");
    assert!(message_id > 0);
    assert!(sent.sent_at.unwrap_or(0) >= soon.scheduled_at);

    let room = chat.messages(ChannelType::GroupChannels, ROOM);
    let delivered = room.get(message_id).await.expect("the sent message");
    assert_eq!(delivered.text(), Some("Ten minutes later"));
    assert_eq!(
        delivered.sender().map(|u| u.user_id.as_str()),
        Some("alice")
    );
    assert_eq!(delivered.custom_type(), Some("reminder"));
    assert_eq!(room.total_count().await.expect("count").total, 1);

    assert_eq!(
        status_of(&chat, later.scheduled_message_id).await,
        Some(ScheduledMessageStatus::Pending)
    );

    // A sender who left before the time: the message is removed, not sent.
    chat.group_channels()
        .leave(ROOM, ["bob"])
        .await
        .expect("bob leaves");
    emulator.advance_clock(Duration::from_secs(600 * 60));
    assert_eq!(
        status_of(&chat, later.scheduled_message_id).await,
        Some(ScheduledMessageStatus::Removed)
    );
    assert_eq!(room.total_count().await.expect("count").total, 1);
}

#[tokio::test]
async fn send_now_delivers_right_away() {
    let (emulator, chat) = seeded(seed()).await;
    let channel = chat.group_channel(ROOM);
    let scheduled = channel
        .schedule_admin("Right now please", emulator.now_ms() + 24 * 60 * MINUTE)
        .await
        .expect("schedule");
    channel
        .send_scheduled_message_now(scheduled.scheduled_message_id)
        .await
        .expect("send now");
    let sent = read_back(&chat, scheduled.scheduled_message_id).await;
    assert_eq!(sent.scheduled_status, Some(ScheduledMessageStatus::Sent));
    let room = chat.messages(ChannelType::GroupChannels, ROOM);
    let message = room
        .get(sent.message_id.expect("message id"))
        .await
        .expect("in the channel");
    assert_eq!(message.message_type(), MessageType::Admin);
    assert_eq!(message.text(), Some("Right now please"));

    // Through `chat.scheduled_messages()` too, with the channel type in the path.
    let second = channel
        .schedule_text("bob", "Also now", emulator.now_ms() + 24 * 60 * MINUTE)
        .await
        .expect("schedule");
    chat.scheduled_messages()
        .send_now(
            ChannelType::GroupChannels,
            ROOM,
            second.scheduled_message_id,
        )
        .await
        .expect("send now");
    assert_eq!(room.total_count().await.expect("count").total, 2);

    // Sending it again is refused: it is no longer pending.
    refusals! { refused;
        channel.send_scheduled_message_now(second.scheduled_message_id) => 400920, "already sent";
    }
}

#[tokio::test]
async fn count_by_sender_and_filters() {
    let (_emulator, chat, now) = started().await;
    let room = chat.group_channel(ROOM);
    let other = chat.group_channel(OTHER);
    let a1 = room
        .schedule_text("alice", "1", now + 10 * MINUTE)
        .await
        .expect("a1");
    room.schedule_text("alice", "2", now + 20 * MINUTE)
        .await
        .expect("a2");
    other
        .schedule_file_url("alice", "https://example.com/f", now + 30 * MINUTE)
        .await
        .expect("a3");
    room.schedule_text("bob", "b1", now + 40 * MINUTE)
        .await
        .expect("b1");
    room.cancel_scheduled_message(a1.scheduled_message_id)
        .await
        .expect("cancel a1");

    let count = |sender: &'static str| chat.scheduled_messages().count(sender);
    let pending_or_canceled = [
        ScheduledMessageStatus::Pending,
        ScheduledMessageStatus::Canceled,
    ];
    for (case, query, expected) in [
        ("alice", count("alice"), 3),
        ("bob", count("bob"), 1),
        ("mallory", count("mallory"), 0),
        (
            "pending",
            count("alice").status(ScheduledMessageStatus::Pending),
            2,
        ),
        (
            "in ROOM",
            count("alice").status(pending_or_canceled).channel_url(ROOM),
            2,
        ),
        (
            "files",
            count("alice")
                .message_type(MessageType::File)
                .channel_type(ChannelType::GroupChannels),
            1,
        ),
        (
            "open channels have none",
            count("alice").channel_type(ChannelType::OpenChannels),
            0,
        ),
    ] {
        let counted = query.await.unwrap_or_else(|e| panic!("count {case}: {e}"));
        assert_eq!(counted.count, expected, "count {case}");
    }
}

#[tokio::test]
async fn documented_errors() {
    let (emulator, chat, now) = started().await;
    let channel = chat.group_channel(ROOM);

    // Less than 5 minutes ahead, or more than 30 days.
    refusals! { refused;
        channel.schedule_text("alice", "too soon", now + 4 * MINUTE) => 400113, "too soon";
        channel.schedule_text("alice", "too late", now + 31 * 24 * 60 * MINUTE)
            => 400113, "too late";
        // Unknown channel, non-member sender, missing text.
        chat.group_channel("nowhere").schedule_text("alice", "?", now + 10 * MINUTE)
            => 400201, "unknown channel";
        channel.schedule_text("mallory", "let me in", now + 10 * MINUTE) => 900020, "not a member";
        channel.schedule_message(MessageType::User, now + 10 * MINUTE).user_id("alice")
            => 400105, "no text";
        // Unknown scheduled message, also when it belongs to another channel.
        channel.scheduled_message(424_242) => 400201, "unknown id";
    }
    let elsewhere = chat
        .group_channel(OTHER)
        .schedule_text("bob", "x", now + 10 * MINUTE)
        .await
        .expect("schedule");
    refusals! { refused;
        channel.scheduled_message(elsewhere.scheduled_message_id) => 400201, "another channel's";
    }

    // Updates close 5 minutes before the scheduled time; canceled messages can't change.
    let soon = channel
        .schedule_text("alice", "soon", now + 8 * MINUTE)
        .await
        .expect("schedule");
    emulator.advance_clock(Duration::from_secs(4 * 60));
    refusals! { refused;
        channel.update_scheduled_message(soon.scheduled_message_id).message("edit")
            => 400920, "too close to the time";
    }
    channel
        .cancel_scheduled_message(soon.scheduled_message_id)
        .await
        .expect("cancel");
    refusals! { refused;
        channel.cancel_scheduled_message(soon.scheduled_message_id) => 400920, "already canceled";
        // An unknown status filter value; a count needs its sender.
        chat.scheduled_messages().list().status(ScheduledMessageStatus::from("archived"))
            => 400111, "unknown status";
        chat.scheduled_messages().count("") => 400105, "empty sender_id";
    }
}
