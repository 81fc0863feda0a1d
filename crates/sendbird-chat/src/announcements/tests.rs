//! Wire and fixture tests of the announcement endpoints.

use serde_json::json;

use super::*;
use crate::models::MessageType;
use crate::test_support::KIT;
use sendbird_core::test_util::{path_and_query, HOSTILE, HOSTILE_ENCODED};

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListAnnouncementGroups::new().token("t1").limit(100),
            "GET",
            "/v3/announcement_group?token=t1&limit=100",
        ),
        KIT.case(
            &GetAnnouncementOpenRate::new(HOSTILE).days(3),
            "GET",
            format!("/v3/announcement_open_rate/{HOSTILE_ENCODED}?days=3"),
        ),
        KIT.case(
            &GetAnnouncementOpenStatus::new(HOSTILE)
                .token("t2")
                .limit(50)
                .user_ids(["Jeff", "user@example.com"])
                .channel_urls(["c1", "c,2"])
                .has_opened(false),
            "GET",
            format!(
                "/v3/announcement_open_status/{HOSTILE_ENCODED}?token=t2&limit=50\
                 &unique_ids=Jeff,user%40example.com&channel_urls=c1,c%2C2&has_opened=false"
            ),
        ),
        KIT.case(
            &GetDailyAnnouncementStats::new("2021-03-15", "2021-03-16").announcement_group(HOSTILE),
            "GET",
            format!(
                "/v3/announcement_stats/daily?start_date=2021-03-15&end_date=2021-03-16\
                 &announcement_group={HOSTILE_ENCODED}"
            ),
        ),
        KIT.fixture_case(
            &CreateAnnouncement::new(
                AnnouncementMessage::text("shop_bot", "Spring sale starts now!")
                    .custom_type("promo")
                    .data("{\"sale\":\"spring\"}"),
                AnnouncementTarget::TargetUsersIncludedChannels,
            )
            .target_list(["alice", "bob"])
            .target_channel_type(TargetChannelType::Distinct)
            .target_custom_type("")
            .unique_id("spring_sale_2024")
            .announcement_group("marketing")
            .create_channel(true)
            .create_channel_options(
                CreateChannelOptions::new()
                    .name("Shop")
                    .cover_url("https://example.com/shop.png")
                    .custom_type("shop")
                    .data("")
                    .distinct(true),
            )
            .scheduled_at(1_711_929_600_000)
            .end_at(1_712_534_400_000)
            .cease_at("2200")
            .resume_at("0800")
            .enable_push(true)
            .assign_sender_as_channel_inviter(true)
            .mark_as_read(true)
            .send_to_frozen_channels(false)
            .keep_channel_hidden_for_sender(false),
            "POST",
            "/v3/announcements",
        ),
        KIT.case(
            &GetAnnouncement::new(HOSTILE),
            "GET",
            format!("/v3/announcements/{HOSTILE_ENCODED}"),
        ),
        KIT.fixture_case(
            &UpdateAnnouncement::new(HOSTILE)
                .announcement_group("insurance_2020")
                .target_custom_type("insurance")
                .create_channel(false)
                .create_channel_options(
                    CreateChannelOptions::new()
                        .name("Insurance tips")
                        .distinct(false),
                )
                .message(
                    AnnouncementMessageUpdate::new()
                        .user_id("insurance_bot")
                        .content("Save on premiums this spring!")
                        .custom_type("campaign")
                        .data("{}"),
                )
                .enable_push(false)
                .scheduled_at(1_542_756_099_266)
                .end_at(1_543_360_899_266)
                .cease_at("2200")
                .resume_at("0800"),
            "PUT",
            format!("/v3/announcements/{HOSTILE_ENCODED}"),
        ),
    ]);
}

#[test]
fn list_groups_query_and_decodes() {
    let groups: ListAnnouncementGroupsResponse = KIT.decode::<ListAnnouncementGroups>();
    assert_eq!(
        groups.announcement_groups,
        ["insurance", "marketing", "weekly_digest"]
    );
    assert_eq!(groups.next.as_deref(), Some("Z3UYLAYLAAoaTxgADAwNQD8~"));
}

#[test]
fn open_rate_query_and_decodes() {
    let rate: AnnouncementOpenRate = KIT.decode::<GetAnnouncementOpenRate>();
    assert_eq!(
        rate.unique_id.as_deref(),
        Some("marketing_announcement_20200211")
    );
    assert_eq!(rate.announcement_group, None);
    assert_eq!(rate.open_counts, [12, 7, 3]);
    assert_eq!(rate.open_rates, [0.04, 0.0233, 0.01]);
    assert_eq!(rate.cumulative_open_counts, [12, 19, 22]);
    assert_eq!(rate.cumulative_open_rates, [0.04, 0.0633, 0.0733]);
}

#[test]
fn group_open_rate_query_and_decodes() {
    let request = KIT.wire(&GetAnnouncementGroupOpenRate::new(HOSTILE).days(30));
    assert_eq!(
        path_and_query(&request),
        format!("/v3/announcement_open_rate_by_group/{HOSTILE_ENCODED}?days=30")
    );
    let rate: AnnouncementOpenRate = KIT.decode::<GetAnnouncementGroupOpenRate>();
    assert_eq!(rate.announcement_group.as_deref(), Some("insurance"));
    assert_eq!(rate.open_counts, [1, 2, 3]);
    assert_eq!(rate.cumulative_open_rates, [0.0, 0.001, 0.021]);
}

#[test]
fn open_status_query_and_decodes() {
    let status: AnnouncementOpenStatusResponse = KIT.decode::<GetAnnouncementOpenStatus>();
    assert_eq!(status.next.as_deref(), Some(""));
    assert_eq!(status.open_status.len(), 2);
    let jeff = &status.open_status[0];
    assert_eq!(jeff.user_id, "Jeff");
    assert!(jeff.has_opened);
    assert_eq!(jeff.sent_at, Some(1_542_756_112_345));
    assert_eq!(jeff.open_at, Some(1_542_759_000_000));
    assert!(!status.open_status[1].has_opened);
    assert_eq!(status.open_status[1].open_at, Some(0));
}

#[test]
fn stats_queries() {
    let weekly = KIT.wire(&GetWeeklyAnnouncementStats::new("2021-W11", "2021-W12"));
    assert_eq!(
        path_and_query(&weekly),
        "/v3/announcement_stats/weekly?start_week=2021-W11&end_week=2021-W12"
    );
    let monthly = KIT.wire(&GetMonthlyAnnouncementStats::new("2021-03", "2021-04"));
    assert_eq!(
        path_and_query(&monthly),
        "/v3/announcement_stats/monthly?start_month=2021-03&end_month=2021-04"
    );
}

#[test]
fn stats_decode() {
    let daily: AnnouncementStatsResponse = KIT.decode::<GetDailyAnnouncementStats>();
    assert_eq!(daily.statistics.len(), 2);
    let first = &daily.statistics[0];
    assert_eq!(first.date_range, "2021-03-15");
    assert_eq!(first.total_announcement_count, Some(3));
    assert_eq!(first.canceled_announcement_count, Some(1));
    assert_eq!(first.completed_announcement_count, Some(2));
    assert_eq!(first.target_user_count, Some(80));
    assert_eq!(first.sent_user_count, Some(79));
    assert_eq!(first.open_count, Some(30));
    assert_eq!(first.open_rate, Some(0.3797));
    assert_eq!(first.incompleted_announcement_count, None);
    assert_eq!(daily.weeks, None);

    let weekly: AnnouncementStatsResponse = KIT.decode::<GetWeeklyAnnouncementStats>();
    assert_eq!(weekly.statistics[0].date_range, "2021-W11");
    assert_eq!(weekly.statistics[1].incompleted_announcement_count, Some(1));
    assert_eq!(weekly.weeks, Some(2));

    let monthly: AnnouncementStatsResponse = KIT.decode::<GetMonthlyAnnouncementStats>();
    assert_eq!(monthly.statistics[0].date_range, "2021-03");
    assert_eq!(monthly.statistics[0].stopped_announcement_count, Some(1));
}

#[test]
fn list_announcements_query_and_decodes() {
    let request = KIT.wire(
        &ListAnnouncements::new()
            .token("t3")
            .limit(5)
            .order(AnnouncementOrder::ScheduledAt)
            .status(AnnouncementStatus::OnHold)
            .announcement_group(HOSTILE),
    );
    assert_eq!(
        path_and_query(&request),
        format!(
            "/v3/announcements?token=t3&limit=5&order=scheduled_at&status=on-hold\
             &announcement_group={HOSTILE_ENCODED}"
        )
    );
    let list: ListAnnouncementsResponse = KIT.decode::<ListAnnouncements>();
    assert_eq!(list.announcements.len(), 2);
    let completed = &list.announcements[0];
    assert_eq!(completed.status, AnnouncementStatus::Completed);
    assert!(completed.status.is_terminal());
    assert_eq!(completed.target_user_count, Some(250));
    assert_eq!(completed.completed_at, Some(1_542_757_099_266));
    assert_eq!(completed.open_rate, Some(0.4839));
    assert_eq!(completed.end_at, Some(0));
    let admin = &list.announcements[1];
    assert_eq!(admin.status, AnnouncementStatus::OnHold);
    assert!(!admin.status.is_terminal());
    // The legacy admin type `BRDM` reads as `ADMM`.
    assert_eq!(admin.message.message_type, MessageType::Admin);
    assert_eq!(admin.message.user_id, None);
    assert_eq!(admin.target_at, Some(AnnouncementTarget::TargetChannels));
    assert_eq!(admin.cease_at, None);
    assert_eq!(admin.create_channel_options, None);
}

#[test]
fn create_announcement_decodes() {
    let created: Announcement = KIT.decode::<CreateAnnouncement>();
    assert_eq!(created.unique_id, "spring_sale_2024");
    assert_eq!(created.status, AnnouncementStatus::Scheduled);
    assert_eq!(created.target_user_count, Some(-1));
    assert_eq!(created.target_channel_count, Some(-1));
    assert_eq!(created.message.message_type, MessageType::User);
    assert_eq!(created.message.user_id.as_deref(), Some("shop_bot"));
    assert_eq!(created.message.message_retention_hour, Some(-1));
    assert_eq!(
        created.target_at,
        Some(AnnouncementTarget::TargetUsersIncludedChannels)
    );
    // `distinct` arrives as the string "true" here; it still reads as a boolean.
    let options = created.create_channel_options.expect("options");
    assert_eq!(options.distinct, Some(true));
    assert_eq!(options.custom_type.as_deref(), Some("shop"));
    assert_eq!(created.cease_at.as_deref(), Some("2200"));
    assert_eq!(created.scheduled_at, Some(1_711_929_600_000));
    assert_eq!(created.priority.as_deref(), Some("normal"));
    assert!(created.target_list.is_empty());
}

#[test]
fn get_announcement_on_the_wire_and_decodes() {
    let announcement: Announcement = KIT.decode::<GetAnnouncement>();
    assert_eq!(announcement.unique_id, "marketing_announcement_20200211");
    assert_eq!(
        announcement.announcement_group.as_deref(),
        Some("insurance")
    );
    assert_eq!(announcement.status, AnnouncementStatus::Scheduled);
    assert_eq!(
        announcement.target_channel_type,
        Some(TargetChannelType::Distinct)
    );
    assert_eq!(announcement.end_at, Some(1_543_360_899_266));
    assert_eq!(announcement.completed_at, Some(0));
    assert_eq!(announcement.open_rate, Some(0.0));
    assert_eq!(announcement.mark_as_read, Some(true));
    assert_eq!(announcement.send_to_frozen_channels, Some(false));
    assert_eq!(
        announcement.message.content,
        "Smart ways to save your insurance premiums!"
    );
}

#[test]
fn update_announcement_actions_on_the_wire() {
    let chat: crate::ChatClient = KIT.idle_client();
    let announcements = chat.announcements();
    for (pending, action) in [
        (announcements.cancel(HOSTILE), "cancel"),
        (announcements.pause(HOSTILE), "pause"),
        (announcements.resume(HOSTILE), "resume"),
        (announcements.stop(HOSTILE), "stop"),
    ] {
        KIT.assert_wire_json(
            &pending.endpoint,
            "PUT",
            &format!("/v3/announcements/{HOSTILE_ENCODED}"),
            json!({"action": action}),
        );
    }
}

#[test]
fn update_announcement_decodes() {
    let announcement: Announcement = KIT.decode::<UpdateAnnouncement>();
    assert_eq!(announcement.status, AnnouncementStatus::Paused);
    assert!(!announcement.status.is_terminal());
    assert_eq!(announcement.sent_user_count, Some(120));
    assert_eq!(announcement.open_rate, Some(0.3333));
}

#[test]
fn statuses_and_their_finality() {
    let finals = [
        "stopped",
        "canceled",
        "completed",
        "incompleted",
        "removed",
        "aborted",
        "done",
    ];
    for status in finals {
        assert!(AnnouncementStatus::from(status).is_terminal(), "{status}");
    }
    for status in [
        "scheduled",
        "ready",
        "running",
        "on-hold",
        "paused",
        "stopping",
        "",
    ] {
        assert!(!AnnouncementStatus::from(status).is_terminal(), "{status}");
    }
    assert_eq!(
        AnnouncementStatus::from("stopping"),
        AnnouncementStatus::Unknown("stopping".into())
    );
    assert_eq!(AnnouncementStatus::OnHold.as_str(), "on-hold");
}
