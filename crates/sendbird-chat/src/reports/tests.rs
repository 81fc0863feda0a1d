//! Wire and fixture tests of the reports endpoints.

use serde_json::json;

use super::*;
use crate::models::{ChannelType, MessageType};
use crate::test_support::KIT;

const USER: &str = "user@example.com/ü";
const USER_ENCODED: &str = "user%40example.com%2F%C3%BC";
const URL: &str = "a/b ü 50%";
const URL_ENCODED: &str = "a%2Fb%20%C3%BC%2050%25";
const GROUP: ChannelType = ChannelType::GroupChannels;
const OPEN: ChannelType = ChannelType::OpenChannels;

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListReports::new().token("Zh0RRlxVQ1RMFUFfWV1Xfg").limit(3).start_ts(1_568_785_280_000).end_ts(1_568_795_280_000),
            "GET",
            "/v3/report?token=Zh0RRlxVQ1RMFUFfWV1Xfg&limit=3&start_ts=1568785280000&end_ts=1568795280000",
        )
        .empty(),
        KIT.case(
            &ListUserReports::new(USER).limit(1),
            "GET",
            format!("/v3/report/users/{USER_ENCODED}?limit=1"),
        ),
        KIT.fixture_case(
            &ReportUser::new(
                USER,
                GROUP,
                "sendbird_group_channel_15458190_3ce474cfbb465c513de1728c7283bec63f00deea",
                ReportCategory::Harassing,
            )
            .reporting_user_id("Matthew")
            .report_description("Keeps insulting people."),
            "POST",
            format!("/v3/report/users/{USER_ENCODED}"),
        ),
        KIT.case(
            &ListChannelReports::new(OPEN, URL).token("t"),
            "GET",
            format!("/v3/report/open_channels/{URL_ENCODED}?token=t"),
        ),
        KIT.fixture_case(
            &ReportChannel::new(GROUP, URL, ReportCategory::Custom)
                .reporting_user_id("Matthew")
                .report_description("Seems that people here are sharing something wrong.")
                .custom_report_category_name("off-topic"),
            "POST",
            format!("/v3/report/group_channels/{URL_ENCODED}"),
        ),
        KIT.case(
            &ListMessageReports::new(GROUP, URL, 592_281_302).limit(3),
            "GET",
            format!("/v3/report/group_channels/{URL_ENCODED}/messages/592281302?limit=3"),
        ),
        KIT.fixture_case(
            &ReportMessage::new(GROUP, URL, 592_281_302, "Jane", ReportCategory::Suspicious)
                .reporting_user_id("Matthew")
                .report_description("Link to an unknown site."),
            "POST",
            format!("/v3/report/group_channels/{URL_ENCODED}/messages/592281302"),
        ),
        KIT.case(
            &GetModeratedMessage::new(GROUP, URL, 953_064_054),
            "GET",
            format!("/v3/report/group_channels/{URL_ENCODED}/profanity_messages/953064054"),
        )
        .empty(),
    ]);
}

#[test]
fn list_reports_decodes_every_kind() {
    let list = KIT.decode::<ListReports>();
    assert_eq!(list.next.as_deref(), Some("Zh0RRlxVQ1RMFUFfWV1Xfg"));
    let [user, message, channel] = &list.report_logs[..] else {
        panic!("three reports, got {}", list.report_logs.len());
    };

    assert_eq!(user.report_type, Some(ReportType::User));
    assert_eq!(user.report_category, Some(ReportCategory::Harassing));
    assert_eq!(user.reporting_user, None, "no reporter given");
    assert_eq!(
        user.offending_user.as_ref().map(|u| u.user_id.as_str()),
        Some("Drake")
    );
    assert_eq!(user.reported_message, None);
    assert_eq!(user.report_description.as_deref(), Some(""));
    assert_eq!(user.created_at, Some(1_568_785_300));
    let user_channel = user.channel.as_ref().expect("channel");
    assert_eq!(user_channel.name.as_deref(), Some("PBR&B songs"));
    assert_eq!(user_channel.created_at, Some(1_568_785_000));

    assert_eq!(message.report_type, Some(ReportType::Message));
    assert_eq!(message.report_category, Some(ReportCategory::Suspicious));
    assert_eq!(
        message.reporting_user.as_ref().map(|u| u.user_id.as_str()),
        Some("Matthew")
    );
    let reported = message.reported_message.as_ref().expect("message");
    assert_eq!(reported.message_id(), 592_281_302);
    assert_eq!(reported.message_type(), MessageType::User);
    assert_eq!(
        reported.text(),
        Some("Seriously, I am waiting for you at my secret website.")
    );
    assert_eq!(
        message.channel.as_ref().and_then(|c| c.member_count),
        Some(2)
    );

    assert_eq!(channel.report_type, Some(ReportType::Channel));
    assert_eq!(channel.report_category, Some(ReportCategory::Custom));
    assert_eq!(
        channel.custom_report_category_name.as_deref(),
        Some("off-topic")
    );
    assert_eq!(channel.offending_user, None);
    let open = channel.channel.as_ref().expect("channel");
    assert_eq!(open.channel_url, "open_lounge");
    assert_eq!(open.participant_count, Some(41));
}

#[test]
fn user_reports_on_the_wire_and_decode() {
    let list = KIT.decode::<ListUserReports>();
    assert_eq!(list.report_logs.len(), 1);
    assert_eq!(list.next.as_deref(), Some(""));
}

#[test]
fn report_user_on_the_wire_and_decode() {
    let report = KIT.decode::<ReportUser>();
    assert_eq!(report.report_type, Some(ReportType::User));
    assert_eq!(
        report.offending_user.map(|u| u.nickname),
        Some(Some("TooLate".to_owned()))
    );
}

#[test]
fn channel_reports_on_the_wire_and_decode() {
    let list = KIT.decode::<ListChannelReports>();
    assert_eq!(list.report_logs[0].report_type, Some(ReportType::Channel));
}

#[test]
fn report_channel_on_the_wire_and_decode() {
    let report = KIT.decode::<ReportChannel>();
    assert_eq!(report.report_category, Some(ReportCategory::Custom));
    assert_eq!(report.created_at, Some(1_568_792_000));
}

#[test]
fn message_reports_on_the_wire_and_decode() {
    let list = KIT.decode::<ListMessageReports>();
    assert_eq!(list.next.as_deref(), Some("rQ24R4aSpl1alE1WXlVb4SL1"));
    assert_eq!(list.report_logs[0].report_type, Some(ReportType::Message));
}

#[test]
fn report_message_on_the_wire_and_decode() {
    let report = KIT.decode::<ReportMessage>();
    assert_eq!(
        report.reported_message.map(|m| m.message_id()),
        Some(592_281_302)
    );
}

#[test]
fn moderated_message_on_the_wire_and_decode() {
    let moderated = KIT.decode::<GetModeratedMessage>();
    assert_eq!(moderated.message_id, Some(953_064_054));
    assert_eq!(moderated.user_id.as_deref(), Some("Jeff"));
    assert_eq!(moderated.message_text.as_deref(), Some("Hey, kiss my ass!"));
    assert_eq!(
        moderated.replaced_text.as_deref(),
        Some("Hey, kiss my ***!")
    );
    assert_eq!(moderated.blocked_text, None);
    assert_eq!(moderated.message_ts, Some(1_595_599_703_726));
}

#[test]
fn unknown_categories_are_kept() {
    let report: Report = serde_json::from_value(json!({
        "report_type": "poll",
        "report_category": "fraud",
        "reported_message": null,
    }))
    .expect("decodes");
    assert_eq!(report.report_type, Some(ReportType::Unknown("poll".into())));
    assert_eq!(
        report.report_category,
        Some(ReportCategory::Unknown("fraud".into()))
    );
    assert_eq!(report.reported_message, None);
}

#[test]
fn entry_points_build_the_endpoints() {
    let chat: crate::ChatClient = KIT.idle_client();
    let reports = chat.reports();
    assert_eq!(
        reports.list_between(1, 2).into_endpoint(),
        ListReports::new().start_ts(1).end_ts(2)
    );
    assert_eq!(
        reports
            .report_message(GROUP, URL, 7, "Jane", ReportCategory::Spam)
            .into_endpoint(),
        ReportMessage::new(GROUP, URL, 7, "Jane", ReportCategory::Spam)
    );
    assert_eq!(
        reports.moderated_message(OPEN, URL, 7).into_endpoint(),
        GetModeratedMessage::new(OPEN, URL, 7)
    );
}
