//! `reports` against the emulator.

use std::time::Duration;

use sendbird_chat::custom_channel_types::{ProfanityFilter, ProfanityFilterType};
use sendbird_chat::models::ChannelType;
use sendbird_chat::reports::{Report, ReportCategory, ReportType};
use sendbird_chat::{ChatClient, ChatErrorCode};
use sendbird_emulator::Seed;

use crate::support::{channel_of_type, refused, seeded, users};
use sendbird_core::test_util::collect_ok;

const GROUP: ChannelType = ChannelType::GroupChannels;
const OPEN: ChannelType = ChannelType::OpenChannels;
const ROOM: &str = "room/ü 1";
const HOUR: Duration = Duration::from_secs(3600);

fn seed() -> Seed {
    users(["alice", "troll"])
        .group_channel(ROOM, ["alice", "troll"])
        .group_message(ROOM, "troll", "Visit my secret website")
        .open_channel("lobby", "Lobby")
}

/// The id of the seeded message in [`ROOM`].
async fn troll_message(chat: &ChatClient) -> i64 {
    chat.messages(GROUP, ROOM)
        .list(i64::MAX)
        .await
        .expect("list")
        .messages[0]
        .message_id()
}

#[tokio::test]
async fn reports_of_each_kind_listed_filtered_by_time_and_paged() {
    let (emulator, chat) = seeded(seed()).await;
    let reports = chat.reports();
    let message_id = troll_message(&chat).await;
    let t0 = emulator.now_ms();

    let on_user = reports
        .report_user("troll", GROUP, ROOM, ReportCategory::Harassing)
        .reporting_user_id("alice")
        .report_description("Keeps insulting people.")
        .await
        .expect("report user");
    assert_eq!(on_user.report_type, Some(ReportType::User));
    assert_eq!(on_user.report_category, Some(ReportCategory::Harassing));
    assert_eq!(
        on_user.reporting_user.as_ref().map(|u| u.user_id.as_str()),
        Some("alice")
    );
    assert_eq!(
        on_user.offending_user.as_ref().map(|u| u.user_id.as_str()),
        Some("troll")
    );
    assert_eq!(on_user.reported_message, None);
    assert_eq!(
        on_user.channel.as_ref().map(|c| c.channel_url.as_str()),
        Some(ROOM)
    );
    // In seconds, at the emulator's clock.
    let created_at = on_user.created_at.expect("created_at");
    assert!(
        (created_at * 1000 - t0).abs() <= 1000,
        "{created_at} vs {t0}"
    );

    emulator.advance_clock(HOUR);
    let on_message = reports
        .report_message(GROUP, ROOM, message_id, "troll", ReportCategory::Suspicious)
        .report_description("Link to an unknown site.")
        .await
        .expect("report message");
    assert_eq!(on_message.report_type, Some(ReportType::Message));
    assert_eq!(on_message.reporting_user, None, "no reporter given");
    let reported = on_message.reported_message.as_ref().expect("message");
    assert_eq!(reported.message_id(), message_id);
    assert_eq!(reported.text(), Some("Visit my secret website"));

    emulator.advance_clock(HOUR);
    let on_channel = reports
        .report_channel(OPEN, "lobby", ReportCategory::Custom)
        .custom_report_category_name("off-topic")
        .reporting_user_id("alice")
        .await
        .expect("report channel");
    assert_eq!(on_channel.report_type, Some(ReportType::Channel));
    assert_eq!(
        on_channel.custom_report_category_name.as_deref(),
        Some("off-topic")
    );
    assert_eq!(on_channel.offending_user, None);
    assert_eq!(
        on_channel.channel.as_ref().and_then(|c| c.name.as_deref()),
        Some("Lobby")
    );

    emulator.advance_clock(HOUR);
    reports
        .report_user("troll", GROUP, ROOM, ReportCategory::Spam)
        .await
        .expect("report user again");

    // Everything, paged one by one to the end, in filing order.
    let everything: Vec<Report> = collect_ok(reports.list().limit(1).stream(), "list").await;
    let kinds: Vec<Option<ReportType>> = everything.iter().map(|r| r.report_type.clone()).collect();
    assert_eq!(
        kinds,
        [
            Some(ReportType::User),
            Some(ReportType::Message),
            Some(ReportType::Channel),
            Some(ReportType::User),
        ]
    );
    assert_eq!(everything[0], on_user);

    // A time range (milliseconds): from the second report up to, not including, the fourth.
    let hour_ms = 3_600_000;
    let window: Vec<Report> = collect_ok(
        reports
            .list_between(t0 + hour_ms - 1000, t0 + 3 * hour_ms - 1000)
            .limit(1)
            .stream(),
        "list a window",
    )
    .await;
    assert_eq!(window, [on_message.clone(), on_channel.clone()]);
    // Seconds work too, and an open-ended range.
    let recent: Vec<Report> = collect_ok(
        reports
            .list()
            .start_ts((t0 + 2 * hour_ms) / 1000 - 1)
            .stream(),
        "list recent",
    )
    .await;
    assert_eq!(recent.len(), 2);
    assert_eq!(recent[0], on_channel);

    // By user, channel and message.
    let on_troll: Vec<Report> = collect_ok(
        reports.user_reports("troll").limit(1).stream(),
        "user reports",
    )
    .await;
    assert_eq!(on_troll.len(), 3, "two user reports and the message report");
    let on_lobby: Vec<Report> = collect_ok(
        reports.channel_reports(OPEN, "lobby").stream(),
        "channel reports",
    )
    .await;
    assert_eq!(on_lobby, [on_channel]);
    let on_room: Vec<Report> = collect_ok(
        reports.channel_reports(GROUP, ROOM).stream(),
        "channel reports",
    )
    .await;
    assert!(on_room.is_empty(), "only reports on the channel itself");
    let on_msg: Vec<Report> = collect_ok(
        reports.message_reports(GROUP, ROOM, message_id).stream(),
        "message reports",
    )
    .await;
    assert_eq!(on_msg, [on_message]);
}

#[tokio::test]
async fn moderated_messages_are_recorded() {
    let (_emulator, chat) = seeded(seed()).await;
    chat.custom_channel_types()
        .create("filtered")
        .profanity_filter(
            ProfanityFilter::new()
                .keywords(["ass"])
                .filter_type(ProfanityFilterType::REPLACE),
        )
        .await
        .expect("settings");
    let url = channel_of_type(&chat, &["alice", "troll"], "filtered").await;
    let sent = chat
        .messages(GROUP, &url)
        .send_text("troll", "Hey, kiss my ass!")
        .await
        .expect("send");
    assert_eq!(sent.text(), Some("Hey, kiss my ***!"));

    let moderated = chat
        .reports()
        .moderated_message(GROUP, &url, sent.message_id())
        .await
        .expect("moderated message");
    assert_eq!(moderated.message_id, Some(sent.message_id()));
    assert_eq!(moderated.user_id.as_deref(), Some("troll"));
    assert_eq!(moderated.message_text.as_deref(), Some("Hey, kiss my ass!"));
    assert_eq!(
        moderated.replaced_text.as_deref(),
        Some("Hey, kiss my ***!")
    );
    assert_eq!(moderated.blocked_text, None);
    assert_eq!(moderated.message_ts, Some(sent.created_at()));

    let clean = chat
        .messages(GROUP, &url)
        .send_text("alice", "Please stop.")
        .await
        .expect("send");
    refusals! { refused;
        chat.reports().moderated_message(GROUP, &url, clean.message_id())
            => ChatErrorCode::ResourceNotFound.code(), "not moderated";
    }
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = seeded(seed()).await;
    let reports = chat.reports();
    let message_id = troll_message(&chat).await;

    refusals! { refused;
        reports.report_user("ghost", GROUP, ROOM, ReportCategory::Spam)
            => ChatErrorCode::ResourceNotFound.code(), "unknown user";
    }
    refusals! { refused;
        reports.report_user("troll", GROUP, "no-such-room", ReportCategory::Spam)
            => 400201, "unknown channel";
        reports.report_channel(GROUP, ROOM, ReportCategory::Custom)
            => ChatErrorCode::MissingRequiredParameters.code(), "custom needs a name";
        reports.report_channel(
            GROUP,
            ROOM,
            ReportCategory::Custom,
        ).custom_report_category_name("n".repeat(51))
            => ChatErrorCode::ParameterValueLengthExceeded.code(), "custom name too long";
        reports.report_channel(GROUP, ROOM, ReportCategory::Unknown("fraud".into()))
            => ChatErrorCode::InvalidValue.code(), "unknown category";
        reports.report_message(GROUP, ROOM, message_id + 1000, "troll", ReportCategory::Spam)
            => 400201, "unknown message";
        reports.report_channel(GROUP, ROOM, ReportCategory::Spam).reporting_user_id("ghost")
            => 400201, "unknown reporter";
        reports.user_reports("ghost") => 400201, "unknown user";
        reports.channel_reports(OPEN, ROOM) => 400201, "not an open channel";
        reports.list().limit(101) => ChatErrorCode::InvalidValue.code(), "limit too big";
        reports.list().token("not-a-token") => ChatErrorCode::ExpiredPageToken.code(), "bad token";
    }
    // Nothing was filed.
    let filed: Vec<Report> = collect_ok(reports.list().stream(), "list").await;
    assert!(filed.is_empty());
}
