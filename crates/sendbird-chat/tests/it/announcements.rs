//! `announcements` against the emulator: scheduling on the emulator's clock, messages landing
//! in the target channels, opens from read receipts, statistics, the pause / resume / stop /
//! cancel actions, the wait helpers, and the documented errors.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures_util::StreamExt;
use sendbird_chat::announcements::{
    Announcement, AnnouncementMessage, AnnouncementMessageUpdate, AnnouncementOpenStatus,
    AnnouncementStats, AnnouncementStatus, AnnouncementTarget, Announcements, CreateChannelOptions,
    TargetChannelType,
};
use sendbird_chat::models::{ChannelType, Message, MessageType};
use sendbird_chat::{ChatClient, ChatErrorExt, Error};
use sendbird_emulator::{Emulator, Seed};

use crate::support::{group_history, refused, seeded, start};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::find_listed;
use sendbird_core::test_util::strs;

const HOUR: Duration = Duration::from_secs(3600);
/// Just over the emulator's pace (one channel every 10 s of its clock): its readings may run
/// a few milliseconds ahead of the wall clock, so an exact 10 s could fall short.
const STEP: Duration = Duration::from_secs(11);
/// An announcement id and a channel URL that need encoding in a path segment.
const SALE: &str = "spring sale/ü";
const ROOM_A: &str = "shop a/ü";

fn seed() -> Seed {
    Seed::new()
        .user("shop_bot", "Shop")
        .user("alice", "Alice")
        .user("bob", "Bob")
        .user("carol", "Carol")
        .user("dave", "Dave")
        .group_channel(ROOM_A, ["shop_bot", "alice"])
        .group_channel("shop_b", ["shop_bot", "bob", "carol"])
        .group_channel("shop_c", ["shop_bot", "carol"])
        .group_channel("friends", ["alice", "bob"])
}

/// The status and sent channel count of announcement `id`, read back.
async fn progress(
    announcements: &Announcements<'_>,
    id: &str,
) -> (AnnouncementStatus, Option<i64>) {
    let read = announcements
        .get(id)
        .await
        .unwrap_or_else(|e| panic!("get {id}: {e}"));
    (read.status, read.sent_channel_count)
}

/// Asserts that `answered` (a pause's or a stop's answer) is in `status`, and that an hour of
/// the emulator's clock later it still is, with only its first channel sent.
async fn assert_halted(
    emulator: &Emulator,
    announcements: &Announcements<'_>,
    answered: Announcement,
    status: AnnouncementStatus,
) {
    let id = &answered.unique_id;
    assert_eq!(answered.status, status, "{id} answered");
    emulator.advance_clock(HOUR);
    assert_eq!(progress(announcements, id).await, (status, Some(1)), "{id}");
}

/// A statistics period longer than a day.
#[derive(Debug, Clone, Copy)]
enum Period {
    Weekly,
    Monthly,
}

/// The statistics of announcement group `group` over the one `period` named `range`.
async fn group_stats(
    announcements: &Announcements<'_>,
    period: Period,
    range: &str,
    group: &str,
) -> Vec<AnnouncementStats> {
    let answer = match period {
        Period::Weekly => {
            announcements
                .weekly_stats(range, range)
                .announcement_group(group)
                .await
        }
        Period::Monthly => {
            announcements
                .monthly_stats(range, range)
                .announcement_group(group)
                .await
        }
    };
    answer
        .unwrap_or_else(|e| panic!("{period:?} statistics of {group}: {e}"))
        .statistics
}

fn sale_message() -> AnnouncementMessage {
    AnnouncementMessage::text("shop_bot", "Spring sale starts now!").custom_type("promo")
}

/// 2026-03-12 06:00 UTC in Unix milliseconds: a Thursday of ISO week 2026-W11. The tests that
/// read statistics start the emulator's clock here, so the day, week and month they expect are
/// written out below (not computed, so they check the emulator's calendar independently), and
/// the hours of clock they advance stay inside that day.
const PINNED_MS: i64 = 1_773_295_200_000;
const PINNED_DAY: &str = "2026-03-12";
const PINNED_WEEK: &str = "2026-W11";
const PINNED_MONTH: &str = "2026-03";
/// The midnight that ends [`PINNED_DAY`] (18 hours after [`PINNED_MS`]).
const PINNED_DAY_END_MS: i64 = PINNED_MS + 18 * 3_600_000;

/// An emulator seeded with [`seed`] whose clock reads [`PINNED_MS`] at start, and its client.
async fn pinned() -> (Emulator, ChatClient) {
    let wall_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    start(
        Emulator::builder()
            .seed(seed())
            .clock_offset_ms(PINNED_MS - wall_ms),
    )
    .await
}

#[tokio::test]
async fn scheduled_announcement_reaches_its_channels_and_counts_opens() {
    let (emulator, chat) = pinned().await;
    let announcements = chat.announcements();

    // Scheduled an hour ahead, to two channels.
    let scheduled_at = emulator.now_ms() + 3_600_000;
    let created = announcements
        .create(sale_message(), AnnouncementTarget::TargetChannels)
        .target_list([ROOM_A, "shop_b"])
        .unique_id(SALE)
        .announcement_group("marketing")
        .scheduled_at(scheduled_at)
        .await
        .expect("create");
    assert_eq!(created.unique_id, SALE);
    assert_eq!(created.status, AnnouncementStatus::Scheduled);
    assert_eq!(created.target_user_count, Some(-1));
    assert_eq!(created.target_channel_count, Some(-1));
    assert_eq!(created.scheduled_at, Some(scheduled_at));
    assert_eq!(created.message.user_id.as_deref(), Some("shop_bot"));
    assert_eq!(created.enable_push, Some(true));
    assert_eq!(created.completed_at, Some(0));

    // Nothing happens before `scheduled_at`.
    emulator.advance_clock(Duration::from_secs(1800));
    let waiting = announcements.get(SALE).await.expect("get");
    assert_eq!(waiting.status, AnnouncementStatus::Scheduled);
    assert!(group_history(&chat, "shop_b").await.is_empty());

    // Due: the first channel gets its message at once, the next one a step later.
    emulator.advance_clock(Duration::from_secs(1801));
    let running = announcements.get(SALE).await.expect("get");
    assert_eq!(running.status, AnnouncementStatus::Running);
    assert_eq!(running.target_channel_count, Some(2));
    assert_eq!(running.target_user_count, Some(3));
    assert_eq!(running.sent_channel_count, Some(1));
    assert_eq!(running.sent_user_count, Some(1));
    emulator.advance_clock(STEP);
    let done = announcements.get(SALE).await.expect("get");
    assert_eq!(done.status, AnnouncementStatus::Completed);
    assert!(done.status.is_terminal());
    assert_eq!(done.sent_channel_count, Some(2));
    assert_eq!(done.sent_user_count, Some(3));
    assert!(done.completed_at.unwrap_or(0) >= scheduled_at);
    assert_eq!(done.open_count, Some(0));

    // The message is in the channels' history, from the sender.
    for url in [ROOM_A, "shop_b"] {
        let messages = group_history(&chat, url).await;
        assert_eq!(messages.len(), 1, "{url}");
        assert_eq!(messages[0].text(), Some("Spring sale starts now!"));
        assert_eq!(messages[0].custom_type(), Some("promo"));
        assert_eq!(
            messages[0].sender().map(|u| u.user_id.as_str()),
            Some("shop_bot")
        );
    }
    assert!(group_history(&chat, "shop_c").await.is_empty());

    // Bob reads it: one of the three reached users opened it.
    chat.messages(ChannelType::GroupChannels, "shop_b")
        .mark_as_read("bob")
        .await
        .expect("mark as read");
    let opened = announcements.get(SALE).await.expect("get");
    assert_eq!(opened.open_count, Some(1));
    assert_eq!(opened.open_rate, Some(0.3333));
    let rate = announcements
        .open_rate(SALE)
        .days(1)
        .await
        .expect("open rate");
    assert_eq!(rate.unique_id.as_deref(), Some(SALE));
    assert_eq!(rate.open_counts, [1]);
    assert_eq!(rate.open_rates, [0.3333]);
    assert_eq!(rate.cumulative_open_counts, [1]);
    // Two hours later, the hourly series has grown; Carol reads in the third hour.
    emulator.advance_clock(2 * HOUR);
    chat.messages(ChannelType::GroupChannels, "shop_b")
        .mark_as_read("carol")
        .await
        .expect("mark as read");
    let rate = announcements.open_rate(SALE).await.expect("open rate");
    assert_eq!(rate.open_counts, [1, 0, 1]);
    assert_eq!(rate.cumulative_open_counts, [1, 1, 2]);
    assert_eq!(rate.cumulative_open_rates, [0.3333, 0.3333, 0.6667]);

    // Open status per user and channel, paged one at a time to the end.
    let status: Vec<AnnouncementOpenStatus> = collect_ok(
        announcements.open_status(SALE).limit(1).stream(),
        "open status",
    )
    .await;
    let mut rows: Vec<(&str, &str, bool)> = status
        .iter()
        .map(|s| (s.user_id.as_str(), s.channel_url.as_str(), s.has_opened))
        .collect();
    rows.sort_unstable();
    assert_eq!(
        rows,
        [
            ("alice", ROOM_A, false),
            ("bob", "shop_b", true),
            ("carol", "shop_b", true)
        ]
    );
    let alice = find_listed(&status, |s| s.user_id == "alice", "alice");
    assert_eq!(alice.open_at, Some(0));
    assert!(alice.sent_at.unwrap_or(0) >= scheduled_at);
    let openers = announcements
        .open_status(SALE)
        .has_opened(true)
        .user_ids(["bob", "alice"])
        .await
        .expect("filtered");
    assert_eq!(openers.open_status.len(), 1);
    assert_eq!(openers.open_status[0].user_id, "bob");
    assert!(openers.open_status[0].open_at.unwrap_or(0) >= scheduled_at);

    // Groups and the group's open rate.
    let groups: Vec<String> = collect_ok(announcements.groups().stream(), "groups").await;
    assert_eq!(groups, ["marketing"]);
    let group_rate = announcements
        .group_open_rate("marketing")
        .await
        .expect("group rate");
    assert_eq!(group_rate.announcement_group.as_deref(), Some("marketing"));
    assert_eq!(group_rate.cumulative_open_counts.last(), Some(&2));

    // Statistics of the day, week and month it completed in.
    let completed_at = done.completed_at.unwrap_or(0);
    assert!(
        (PINNED_MS..PINNED_DAY_END_MS).contains(&completed_at),
        "completed on {PINNED_DAY}: {completed_at}"
    );
    let (day, week, month) = (PINNED_DAY, PINNED_WEEK, PINNED_MONTH);
    let daily = announcements.daily_stats(day, day).await.expect("daily");
    assert_eq!(daily.statistics.len(), 1);
    let today = &daily.statistics[0];
    assert_eq!(today.date_range, day);
    assert_eq!(today.total_announcement_count, Some(1));
    assert_eq!(today.completed_announcement_count, Some(1));
    assert_eq!(today.canceled_announcement_count, Some(0));
    assert_eq!(today.target_channel_count, Some(2));
    assert_eq!(today.sent_user_count, Some(3));
    assert_eq!(today.open_count, Some(2));
    assert_eq!(today.open_rate, Some(0.6667));
    let weekly = group_stats(&announcements, Period::Weekly, week, "marketing").await;
    assert_eq!(weekly[0].date_range, week);
    assert_eq!(weekly[0].completed_announcement_count, Some(1));
    let monthly = group_stats(&announcements, Period::Monthly, month, "another group").await;
    assert_eq!(monthly[0].date_range, month);
    assert_eq!(monthly[0].total_announcement_count, Some(0));
}

#[tokio::test]
async fn list_announcements_paged_and_filtered() {
    let (emulator, chat) = seeded(seed()).await;
    let announcements = chat.announcements();
    let later = emulator.now_ms() + 3_600_000;
    for (id, group) in [("a1", "g1"), ("a2", "g2"), ("a3", "g1")] {
        announcements
            .create(sale_message(), AnnouncementTarget::SenderAllChannels)
            .unique_id(id)
            .announcement_group(group)
            .scheduled_at(later)
            .await
            .expect("create");
    }
    announcements.cancel("a2").await.expect("cancel");

    let all: Vec<Announcement> = collect_ok(announcements.list().limit(1).stream(), "list").await;
    let ids = strs(&all, |a| a.unique_id.as_str());
    assert_eq!(ids, ["a3", "a2", "a1"]);
    let canceled = announcements
        .list()
        .status(AnnouncementStatus::Canceled)
        .await
        .expect("by status");
    assert_eq!(canceled.announcements.len(), 1);
    assert_eq!(canceled.announcements[0].unique_id, "a2");
    let g1 = announcements
        .list()
        .announcement_group("g1")
        .await
        .expect("by group");
    assert_eq!(g1.announcements.len(), 2);
    let groups = announcements.groups().await.expect("groups");
    assert_eq!(groups.announcement_groups, ["g1", "g2"]);
    refusals! { refused;
        announcements.list().status(AnnouncementStatus::Unknown("bogus".into()))
            => 400111, "unknown status";
    }
}

#[tokio::test]
async fn pause_resume_stop_and_cancel() {
    let (emulator, chat) = pinned().await;
    let announcements = chat.announcements();
    let test_start = emulator.now_ms();
    let soon = test_start + 60_000;
    let targets = [ROOM_A, "shop_b", "shop_c"];
    let create = |id: &'static str| {
        announcements
            .create(sale_message(), AnnouncementTarget::TargetChannels)
            .target_list(targets)
            .unique_id(id)
    };

    // Cancel before it starts; a second cancel is refused (400920, the dashboard's text).
    create("to_cancel")
        .scheduled_at(soon)
        .await
        .expect("create");
    let canceled = announcements.cancel("to_cancel").await.expect("cancel");
    assert_eq!(canceled.status, AnnouncementStatus::Canceled);
    let err = refused(announcements.cancel("to_cancel").await, 400920, "twice");
    assert!(
        err.to_string().contains("Current status: canceled"),
        "{err}"
    );

    // Edit while scheduled.
    create("to_pause").scheduled_at(soon).await.expect("create");
    let edited = announcements
        .update("to_pause")
        .message(AnnouncementMessageUpdate::new().content("Sale extended!"))
        .announcement_group("edited")
        .await
        .expect("edit");
    assert_eq!(edited.message.content, "Sale extended!");
    assert_eq!(edited.announcement_group.as_deref(), Some("edited"));
    refused(announcements.resume("to_pause").await, 400920, "not paused");

    // Running after a minute: pause, and nothing more is sent while paused.
    emulator.advance_clock(Duration::from_secs(61));
    assert_eq!(
        progress(&announcements, "to_pause").await,
        (AnnouncementStatus::Running, Some(1))
    );
    let paused = announcements.pause("to_pause").await.expect("pause");
    assert_halted(
        &emulator,
        &announcements,
        paused,
        AnnouncementStatus::Paused,
    )
    .await;
    refusals! { refused;
        announcements.update("to_pause").enable_push(false) => 400920, "edit after start";
        announcements.cancel("to_pause") => 400920, "started";
    }

    // Resume: the next channel is due at once, the last one a step later.
    let resumed = announcements.resume("to_pause").await.expect("resume");
    assert_eq!(resumed.status, AnnouncementStatus::Running);
    assert_eq!(resumed.sent_channel_count, Some(2));
    emulator.advance_clock(STEP);
    assert_eq!(
        progress(&announcements, "to_pause").await,
        (AnnouncementStatus::Completed, Some(3))
    );
    let last = group_history(&chat, "shop_c").await;
    assert_eq!(last.last().and_then(Message::text), Some("Sale extended!"));
    refused(announcements.pause("to_pause").await, 400920, "finished");

    // Stop for good.
    create("to_stop").await.expect("create starting now");
    let started = announcements.get("to_stop").await.expect("get");
    assert_eq!(started.status, AnnouncementStatus::Running);
    let stopped = announcements.stop("to_stop").await.expect("stop");
    assert_halted(
        &emulator,
        &announcements,
        stopped,
        AnnouncementStatus::Stopped,
    )
    .await;
    refused(announcements.resume("to_stop").await, 400920, "stopped");

    // The day's statistics count each final state.
    assert!(emulator.now_ms() < PINNED_DAY_END_MS, "still {PINNED_DAY}");
    let daily = announcements
        .daily_stats(PINNED_DAY, PINNED_DAY)
        .await
        .expect("daily");
    let sum = |f: fn(&AnnouncementStats) -> Option<i64>| {
        daily.statistics.iter().filter_map(f).sum::<i64>()
    };
    assert_eq!(sum(|s| s.total_announcement_count), 3);
    assert_eq!(sum(|s| s.canceled_announcement_count), 1);
    assert_eq!(sum(|s| s.stopped_announcement_count), 1);
    assert_eq!(sum(|s| s.completed_announcement_count), 1);
}

#[tokio::test]
async fn do_not_disturb_window_and_end_at() {
    let (emulator, chat) = seeded(seed()).await;
    let announcements = chat.announcements();
    // A window covering the whole day but one minute: sending waits for that minute.
    let now = emulator.now_ms();
    let minute = (now.rem_euclid(86_400_000) / 60_000 + 30) % 1440;
    let hhmm = |m: i64| format!("{:02}{:02}", m / 60, m % 60);
    announcements
        .create(sale_message(), AnnouncementTarget::TargetChannels)
        .target_list([ROOM_A])
        .unique_id("quiet")
        .cease_at(hhmm((minute + 1) % 1440))
        .resume_at(hhmm(minute))
        .await
        .expect("create");
    let held = announcements.get("quiet").await.expect("get");
    assert_eq!(held.status, AnnouncementStatus::OnHold);
    assert_eq!(held.sent_channel_count, Some(0));
    assert_eq!(held.cease_at, Some(hhmm((minute + 1) % 1440)));
    emulator.advance_clock(Duration::from_secs(31 * 60));
    let done = announcements.get("quiet").await.expect("get");
    assert_eq!(done.status, AnnouncementStatus::Completed);

    // `end_at` before the last channel: incompleted.
    let start = emulator.now_ms() + 60_000;
    announcements
        .create(sale_message(), AnnouncementTarget::TargetChannels)
        .target_list([ROOM_A, "shop_b"])
        .unique_id("short")
        .scheduled_at(start)
        .end_at(start + 10 * 60_000)
        .await
        .expect("create");
    emulator.advance_clock(Duration::from_secs(61));
    let running = announcements.get("short").await.expect("get");
    assert_eq!(running.status, AnnouncementStatus::Running);
    announcements.pause("short").await.expect("pause");
    emulator.advance_clock(HOUR);
    assert_eq!(
        progress(&announcements, "short").await,
        (AnnouncementStatus::Incompleted, Some(1))
    );
}

#[tokio::test]
async fn users_only_channels_are_created_when_missing() {
    let (emulator, chat) = seeded(seed()).await;
    let gc = chat.group_channels();
    let existing = gc
        .create(["shop_bot", "alice"])
        .is_distinct(true)
        .await
        .expect("a 1:1 channel")
        .channel_url;
    let announcements = chat.announcements();
    announcements
        .create(sale_message(), AnnouncementTarget::TargetUsersOnlyChannels)
        .target_list(["alice", "dave"])
        .target_channel_type(TargetChannelType::Distinct)
        .create_channel(true)
        .create_channel_options(
            CreateChannelOptions::new()
                .name("Shop")
                .custom_type("shop")
                .distinct(true),
        )
        .assign_sender_as_channel_inviter(true)
        .unique_id("one_to_one")
        .await
        .expect("create");
    let started = announcements.get("one_to_one").await.expect("get");
    assert_eq!(started.target_user_count, Some(2));
    assert_eq!(started.target_channel_count, Some(2));
    assert_eq!(group_history(&chat, &existing).await.len(), 1);
    // Alice's group channel with Bob is not a target.
    assert!(group_history(&chat, "friends").await.is_empty());
    // The second channel (created for Dave) gets its message a step later.
    emulator.advance_clock(STEP);
    let done = announcements.get("one_to_one").await.expect("get");
    assert_eq!(done.status, AnnouncementStatus::Completed);

    let daves = chat
        .users()
        .my_group_channels("dave")
        .await
        .expect("dave's channels")
        .channels;
    assert_eq!(daves.len(), 1);
    assert_eq!(daves[0].name.as_deref(), Some("Shop"));
    assert_eq!(daves[0].custom_type.as_deref(), Some("shop"));
    assert_eq!(daves[0].is_distinct, Some(true));
    let open: Vec<AnnouncementOpenStatus> = collect_ok(
        announcements.open_status("one_to_one").stream(),
        "open status",
    )
    .await;
    let mut users: Vec<&str> = open.iter().map(|s| s.user_id.as_str()).collect();
    users.sort_unstable();
    assert_eq!(users, ["alice", "dave"]);
}

#[tokio::test]
async fn admin_announcement_to_channels() {
    let (_emulator, chat) = seeded(seed()).await;
    let announcements = chat.announcements();
    let created = announcements
        .create(
            AnnouncementMessage::admin("Maintenance tonight"),
            AnnouncementTarget::TargetChannels,
        )
        .target_list(["shop_c"])
        .enable_push(false)
        .await
        .expect("create");
    assert!(!created.unique_id.is_empty(), "an id is generated");
    assert_eq!(created.message.message_type, MessageType::Admin);
    let done = announcements.get(&created.unique_id).await.expect("get");
    assert_eq!(done.status, AnnouncementStatus::Completed);
    // Every member of the channel is a target user of an admin message.
    assert_eq!(done.sent_user_count, Some(2));
    let messages = group_history(&chat, "shop_c").await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].message_type(), MessageType::Admin);
    assert_eq!(messages[0].text(), Some("Maintenance tonight"));
}

#[tokio::test]
async fn waiting_for_the_final_state() {
    let (emulator, chat) = seeded(seed()).await;
    let announcements = chat.announcements();
    let create = |id: &'static str, at: i64| {
        announcements
            .create(sale_message(), AnnouncementTarget::TargetChannels)
            .target_list([ROOM_A])
            .unique_id(id)
            .scheduled_at(at)
    };
    let in_an_hour = emulator.now_ms() + 3_600_000;
    create("watched", in_an_hour).await.expect("create");
    create("waited", in_an_hour).await.expect("create");

    // The stream shows the scheduled state, then (once the clock moves) the final one, and
    // ends.
    let mut statuses = Box::pin(announcements.watch("watched", Duration::from_millis(20)));
    let first = statuses.next().await.expect("an item").expect("ok");
    assert_eq!(first.status, AnnouncementStatus::Scheduled);
    emulator.advance_clock(HOUR);
    let last = statuses.next().await.expect("an item").expect("ok");
    assert_eq!(last.status, AnnouncementStatus::Completed);
    assert_eq!(last.sent_channel_count, Some(1));
    assert!(statuses.next().await.is_none(), "the stream ends");

    // `wait_until_done` answers the final announcement...
    let done = announcements
        .wait_until_done("waited", Duration::from_millis(20), Duration::from_secs(30))
        .await
        .expect("done");
    assert_eq!(done.status, AnnouncementStatus::Completed);

    // ... or gives up at the deadline with the last state it saw.
    create("far", emulator.now_ms() + 24 * 3_600_000)
        .await
        .expect("create");
    let err = announcements
        .wait_until_done("far", Duration::from_millis(20), Duration::from_millis(100))
        .await
        .expect_err("deadline");
    assert!(err.is_deadline_exceeded(), "{err}");
    assert_eq!(
        err.last_status().map(|a| &a.status),
        Some(&AnnouncementStatus::Scheduled)
    );
    // A request error ends the wait at once.
    let err = announcements
        .wait_until_done(
            "missing",
            Duration::from_millis(20),
            Duration::from_secs(30),
        )
        .await
        .expect_err("unknown");
    assert_eq!(err.request_error().and_then(Error::code), Some(400201));
}

#[tokio::test]
async fn documented_errors() {
    let (emulator, chat) = seeded(seed()).await;
    let announcements = chat.announcements();

    // Unknown announcement.
    let err = refused(announcements.get("nope").await, 400201, "unknown");
    assert!(err.is_not_found());
    refusals! { refused;
        announcements.open_rate("nope") => 400201, "unknown";
        announcements.open_status("nope") => 400201, "unknown";
        announcements.pause("nope") => 400201, "unknown";
        announcements.group_open_rate("no group") => 400201, "unknown group";
        // Bad creations.
        announcements.create(
            AnnouncementMessage::admin("Hi"),
            AnnouncementTarget::SenderAllChannels,
        )
            => 400111, "admin to the sender's channels";
        announcements.create(sale_message(), AnnouncementTarget::TargetChannels)
            => 400105, "no target list";
        announcements.create(
            AnnouncementMessage::text("nobody", "Hi"),
            AnnouncementTarget::SenderAllChannels,
        )
            => 400201, "unknown sender";
        announcements.create(
            sale_message(),
            AnnouncementTarget::SenderAllChannels,
        ).scheduled_at(emulator.now_ms() - 60_000)
            => 400111, "in the past";
    }
    let later = emulator.now_ms() + 3_600_000;
    refusals! { refused;
        announcements.create(
            sale_message(),
            AnnouncementTarget::SenderAllChannels,
        ).scheduled_at(later).end_at(later + 60_000)
            => 400111, "end_at too soon";
        announcements.create(sale_message(), AnnouncementTarget::SenderAllChannels).cease_at("2200")
            => 400111, "cease_at alone";
        announcements.create(
            sale_message(),
            AnnouncementTarget::SenderAllChannels,
        ).cease_at("2500").resume_at("0800")
            => 400111, "bad HHMM";
    }
    announcements
        .create(sale_message(), AnnouncementTarget::SenderAllChannels)
        .unique_id("dup")
        .scheduled_at(later)
        .await
        .expect("create");
    refusals! { refused;
        announcements.create(sale_message(), AnnouncementTarget::SenderAllChannels).unique_id("dup")
            => 400202, "duplicate id";
        announcements.update("dup").scheduled_at(emulator.now_ms() - 1)
            => 400111, "edit into the past";
        // Statistics ranges.
        announcements.daily_stats("2021-03-01", "2021-04-15") => 400111, "over 31 days";
        announcements.daily_stats("2021/03/01", "2021-03-02") => 400111, "bad format";
        announcements.weekly_stats("2021-W01", "2021-W09") => 400111, "over 5 weeks";
        announcements.monthly_stats("2021-05", "2021-03") => 400111, "end before start";
    }
    let empty = announcements
        .daily_stats("2021-03-15", "2021-03-16")
        .await
        .expect("empty days");
    assert_eq!(empty.statistics.len(), 2);
    assert_eq!(empty.statistics[1].date_range, "2021-03-16");
    assert_eq!(empty.statistics[1].total_announcement_count, Some(0));
}
