//! `statistics` against the emulator: the numbers follow what the test did (users created,
//! messages sent) on the emulator clock, which starts at a known date here.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sendbird_chat::messages::Messages;
use sendbird_chat::models::ChannelType;
use sendbird_chat::statistics::{MetricSegment, MetricType, TimeDimension};
use sendbird_chat::ChatClient;
use sendbird_emulator::Emulator;

use crate::support::{refused, start};
use sendbird_core::test_util::strs;

/// 2030-01-15 10:00:00 UTC, Unix milliseconds.
const JAN_15_2030_10H: i64 = 1_894_701_600_000;
const DAY: Duration = Duration::from_secs(24 * 3600);

/// An emulator whose clock reads 2030-01-15 10:00 UTC, and a client for it.
async fn on_jan_15_2030() -> (Emulator, ChatClient) {
    let wall = i64::try_from(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("after 1970")
            .as_millis(),
    )
    .expect("fits");
    start(Emulator::builder().clock_offset_ms(JAN_15_2030_10H - wall)).await
}

async fn create_users(chat: &ChatClient, ids: &[&str]) {
    for id in ids {
        chat.users()
            .create(*id, *id, "")
            .await
            .expect("create user");
    }
}

/// Which active users to count: of a day, or of the month up to it.
#[derive(Debug, Clone, Copy)]
enum Active {
    Daily,
    Monthly,
}

/// The active users of `day` (`YYYY-MM-DD`), daily or monthly.
async fn active(chat: &ChatClient, period: Active, day: &str) -> i64 {
    let stats = chat.statistics();
    let count = match period {
        Active::Daily => stats.daily_active_users(day).await.map(|a| a.dau),
        Active::Monthly => stats.monthly_active_users(day).await.map(|a| a.mau),
    };
    count.unwrap_or_else(|e| panic!("{period:?} active users of {day}: {e}"))
}

/// Creates a group channel of alice and bob at `url` (of `custom_type`, if any); returns its
/// messages.
async fn alice_and_bob_room<'a>(
    chat: &'a ChatClient,
    url: &str,
    custom_type: Option<&str>,
) -> Messages<'a> {
    let create = chat
        .group_channels()
        .create(["alice", "bob"])
        .channel_url(url);
    let create = match custom_type {
        Some(custom_type) => create.custom_type(custom_type),
        None => create,
    };
    create.await.expect("channel");
    chat.messages(ChannelType::GroupChannels, url)
}

#[tokio::test]
async fn active_users_follow_what_the_test_did() {
    let (emulator, chat) = on_jan_15_2030().await;
    assert_eq!(active(&chat, Active::Daily, "2030-01-15").await, 0);

    // Day 1: three users are created (being created counts as activity).
    create_users(&chat, &["alice", "bob", "carol"]).await;
    assert_eq!(active(&chat, Active::Daily, "2030-01-15").await, 3);
    assert_eq!(active(&chat, Active::Monthly, "2030-01-15").await, 3);
    // Without a date: today on the emulator clock.
    let today = chat
        .request(sendbird_chat::statistics::GetDailyActiveUsers::new())
        .await
        .expect("dau today");
    assert_eq!(today.dau, 3);

    // Day 2: only alice sends messages (twice: still one user).
    emulator.advance_clock(DAY);
    let room = alice_and_bob_room(&chat, "stats-room", None).await;
    room.send_text("alice", "one").await.expect("send");
    room.send_text("alice", "two").await.expect("send");
    assert_eq!(active(&chat, Active::Daily, "2030-01-16").await, 1);
    assert_eq!(
        active(&chat, Active::Daily, "2030-01-15").await,
        3,
        "yesterday is unchanged"
    );
    assert_eq!(active(&chat, Active::Daily, "2030-01-17").await, 0);
    assert_eq!(
        active(&chat, Active::Monthly, "2030-01-16").await,
        3,
        "distinct users of the month so far"
    );
    assert_eq!(
        active(&chat, Active::Monthly, "2030-01-14").await,
        0,
        "the month up to the 14th"
    );

    // Next month: bob sends; the February MAU counts only him.
    emulator.advance_clock(DAY * 20);
    room.send_text("bob", "february").await.expect("send");
    assert_eq!(active(&chat, Active::Monthly, "2030-02-05").await, 1);
    assert_eq!(active(&chat, Active::Monthly, "2030-01-31").await, 3);
}

#[tokio::test]
async fn connections_and_advanced_metrics() {
    let (emulator, chat) = on_jan_15_2030().await;
    let stats = chat.statistics();
    create_users(&chat, &["alice", "bob"]).await;
    let room = alice_and_bob_room(&chat, "metrics-room", Some("support")).await;
    room.send_text("alice", "hi").await.expect("send");
    room.send_text("bob", "hello").await.expect("send");
    room.send_text("bob", "again").await.expect("send");
    chat.users().delete("bob").await.expect("delete bob");

    // No client connections exist in the emulator.
    assert_eq!(stats.concurrent_connections().await.expect("ccu").ccu, 0);
    let peaks = stats
        .peak_connections(TimeDimension::Daily, 2030, 1, 2030, 1)
        .start_day(14)
        .end_day(16)
        .await
        .expect("peaks");
    let dates = strs(&peaks.peak_connections, |p| p.date.as_str());
    assert_eq!(dates, ["2030-01-14", "2030-01-15", "2030-01-16"]);
    assert!(peaks
        .peak_connections
        .iter()
        .all(|p| p.peak_connections == 0));
    let monthly = stats
        .peak_connections(TimeDimension::Monthly, 2029, 11, 2030, 1)
        .await
        .expect("monthly peaks");
    assert_eq!(monthly.peak_connections.len(), 3);
    assert_eq!(monthly.peak_connections[2].date, "2030-01");

    let daily = |metric| {
        stats
            .advanced_metrics(metric, TimeDimension::Daily, 2030, 1, 2030, 1)
            .start_day(14)
            .end_day(15)
    };
    let messages = daily(MetricType::Messages).await.expect("messages");
    let values: Vec<(String, f64)> = messages
        .rows()
        .into_iter()
        .map(|r| (r.date, r.value))
        .collect();
    assert_eq!(
        values,
        [
            ("2030-01-14".to_owned(), 0.0),
            ("2030-01-15".to_owned(), 3.0)
        ]
    );
    let per_user = daily(MetricType::MessagesPerUser).await.expect("per user");
    assert_eq!(per_user.rows()[1].value, 1.5);
    let senders = daily(MetricType::MessageSenders).await.expect("senders");
    assert_eq!(senders.rows()[1].value, 2.0);
    let created = daily(MetricType::CreatedUsers)
        .await
        .expect("created users");
    assert_eq!(created.rows()[1].value, 2.0);
    let deleted = daily(MetricType::DeletedUsers)
        .await
        .expect("deleted users");
    assert_eq!(deleted.rows()[1].value, 1.0);
    let channels = daily(MetricType::CreatedChannels).await.expect("channels");
    assert_eq!(channels.rows()[1].value, 1.0);

    let by_type = stats
        .advanced_metrics(
            MetricType::ActiveChannels,
            TimeDimension::Monthly,
            2030,
            1,
            2030,
            1,
        )
        .segments(MetricSegment::CustomChannelType)
        .await
        .expect("segmented");
    assert_eq!(by_type.segments.as_deref(), Some("custom_channel_type"));
    let rows = by_type.rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].date, "2030-01");
    assert_eq!(rows[0].custom_channel_type.as_deref(), Some("support"));
    assert_eq!(rows[0].value, 1.0);

    // Paged rows: one per page.
    let first = daily(MetricType::Messages)
        .limit(1)
        .await
        .expect("first page");
    assert_eq!(first.rows().len(), 1);
    let token = first.next.clone().expect("next");
    assert!(!token.is_empty());
    let second = daily(MetricType::Messages)
        .limit(1)
        .token(token)
        .await
        .expect("second page");
    assert_eq!(second.rows()[0].date, "2030-01-15");
    assert_eq!(second.next.as_deref(), Some(""));

    // Before March 2020 there is no data.
    let old = stats
        .advanced_metrics(MetricType::Messages, TimeDimension::Daily, 2020, 2, 2020, 2)
        .start_day(1)
        .end_day(5)
        .await
        .expect("old");
    assert!(old.rows().is_empty());
    drop(emulator);
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = on_jan_15_2030().await;
    let stats = chat.statistics();
    refusals! { refused;
        stats.daily_active_users("15/01/2030") => 400111, "malformed date";
        stats.monthly_active_users("2030-02-30") => 400111, "no such day";
        // Daily periods are at most 62 days; monthly ones at most 12 months and take no days.
        stats.peak_connections(TimeDimension::Daily, 2030, 1, 2030, 3) => 400113, "too many days";
        stats.peak_connections(TimeDimension::Monthly, 2029, 1, 2030, 1)
            => 400113, "too many months";
        stats.peak_connections(TimeDimension::Monthly, 2030, 1, 2030, 2).start_day(3)
            => 400111, "a day with monthly";
        stats.peak_connections(TimeDimension::Daily, 2030, 13, 2030, 13) => 400111, "month 13";
        // Daily metrics need their days; unknown metric types are refused.
        stats.advanced_metrics(MetricType::Messages, TimeDimension::Daily, 2030, 1, 2030, 1)
            => 400105, "no days";
        stats.advanced_metrics(
            MetricType::from("weather"),
            TimeDimension::Monthly,
            2030,
            1,
            2030,
            1,
        )
            => 400111, "unknown metric";
    }
}
