//! Unit tests: requests on the wire and fixture decoding.

use super::*;
use crate::test_support::KIT;
use sendbird_core::test_util::path_and_query;
use serde_json::json;

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &GetConcurrentConnections::new(),
            "GET",
            "/v3/applications/ccu",
        )
        .empty(),
        KIT.case(
            &GetDailyActiveUsers::new().date("2018-12-01"),
            "GET",
            "/v3/applications/dau?date=2018-12-01",
        ),
        KIT.case(
            &GetPeakConnections::new(TimeDimension::Daily, 2019_u32, 3_u32, 2019_u32, 4_u32)
                .start_day(1_u32)
                .end_day(15_u32),
            "GET",
            "/v3/applications/peak_connections?time_dimension=daily&start_year=2019&start_month=3\
             &end_year=2019&end_month=4&start_day=1&end_day=15",
        ),
        KIT.case(
            &GetAdvancedAnalyticsMetrics::new(
                MetricType::MessagesPerUser,
                TimeDimension::Monthly,
                2024_u32,
                1_u32,
                2024_u32,
                3_u32,
            )
            .segments(MetricSegment::CustomChannelType)
            .limit(100_u32)
            .token("a/b"),
            "GET",
            "/v3/statistics/metric?metric_type=messages_per_user&time_dimension=monthly\
             &start_year=2024&start_month=1&end_year=2024&end_month=3\
             &segments=custom_channel_type&limit=100&token=a%2Fb",
        ),
    ]);
}

#[test]
fn concurrent_connections_wire_and_fixture() {
    assert_eq!(KIT.decode::<GetConcurrentConnections>().ccu, 327);
}

#[test]
fn active_users_wire_and_fixtures() {
    let today = KIT.wire(&GetDailyActiveUsers::new());
    assert_eq!(path_and_query(&today), "/v3/applications/dau");
    assert_eq!(KIT.decode::<GetDailyActiveUsers>().dau, 1826);

    let mau = KIT.wire(&GetMonthlyActiveUsers::new().date("2018-11-30"));
    assert_eq!(path_and_query(&mau), "/v3/applications/mau?date=2018-11-30");
    assert_eq!(KIT.decode::<GetMonthlyActiveUsers>().mau, 52778);
}

#[test]
fn peak_connections_wire_and_fixture() {
    let peaks = KIT.decode::<GetPeakConnections>();
    assert_eq!(peaks.peak_connections.len(), 2);
    assert_eq!(peaks.peak_connections[0].date, "2019-03-01");
    assert_eq!(peaks.peak_connections[1].peak_connections, 1361);
}

#[test]
fn advanced_metrics_wire_and_fixture() {
    let metrics = KIT.decode::<GetAdvancedAnalyticsMetrics>();
    assert_eq!(metrics.segments.as_deref(), Some("custom_channel_type"));
    let rows = metrics.rows();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].date, "2024-03-01");
    assert_eq!(rows[0].value, 1520.0);
    assert_eq!(rows[1].custom_channel_type.as_deref(), Some("sales"));
    assert_eq!(rows[2].value, 1402.5);
    assert_eq!(metrics.next.as_deref(), Some(""));
}

#[test]
fn a_flat_metrics_response_is_one_row() {
    let flat: AdvancedMetrics = serde_json::from_value(json!({
        "segments": "channel_type", "date": "2024-03", "value": 12, "channel_type": "group"
    }))
    .expect("decodes");
    let rows = flat.rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].date, "2024-03");
    assert_eq!(rows[0].value, 12.0);
    assert_eq!(rows[0].channel_type.as_deref(), Some("group"));
    let empty: AdvancedMetrics = serde_json::from_value(json!({})).expect("decodes");
    assert!(empty.rows().is_empty());
}

#[test]
fn entry_points_take_the_documented_arguments() {
    let transport = sendbird_core::test_util::ScriptedTransport::new();
    let chat: crate::ChatClient = KIT.client(&transport);
    let stats = chat.statistics();
    assert_eq!(
        stats.daily_active_users("2024-01-02").into_endpoint(),
        GetDailyActiveUsers::new().date("2024-01-02")
    );
    assert_eq!(
        stats.monthly_active_users("2024-01-31").into_endpoint(),
        GetMonthlyActiveUsers::new().date("2024-01-31")
    );
    assert_eq!(
        stats
            .peak_connections(TimeDimension::Monthly, 2023, 1, 2023, 12)
            .into_endpoint(),
        GetPeakConnections::new(TimeDimension::Monthly, 2023_u32, 1_u32, 2023_u32, 12_u32)
    );
}
