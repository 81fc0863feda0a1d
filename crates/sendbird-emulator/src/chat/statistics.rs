//! `/applications/{ccu,dau,mau,peak_connections}` and `/statistics/metric`, computed from what
//! happened in this emulator: users are active on the UTC days they were created or sent a
//! message ([`Activity`]); Advanced analytics metrics count the messages, channels and users in
//! the state plus the recorded deactivations and deletions.
//!
//! The emulator has no client (websocket) connections, so concurrent and peak connections are 0.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use super::calendar::{
    civil_from_days, day_of_ms, days_from_civil, days_in_month, format_date, format_month,
    month_index, DAY_MS,
};
use super::model::MemberState;
use super::paging;
use super::Ctx;
use crate::http::errors::{Answer, ApiError};
use crate::http::query::Query;

/// Advanced analytics has no data before 2020-03-01 (UTC).
const METRICS_START: (i64, u32, u32) = (2020, 3, 1);
/// Longest period of daily peak connections, in days.
const MAX_DAILY_PERIOD_DAYS: i64 = 62;
/// Longest period of monthly peak connections, in months.
const MAX_MONTHLY_PERIOD_MONTHS: i64 = 12;
/// Default and largest page size of Advanced analytics rows.
const MAX_METRIC_LIMIT: i64 = 1000;

/// What users did, by UTC day: the input of DAU/MAU and of the user metrics.
#[derive(Debug, Default)]
pub(crate) struct Activity {
    /// The users active on each day (days since 1970-01-01).
    active: BTreeMap<i64, BTreeSet<String>>,
    /// When users were created, Unix milliseconds.
    created: Vec<i64>,
    /// When users were deactivated, Unix milliseconds.
    deactivated: Vec<i64>,
    /// When users were deleted, Unix milliseconds.
    deleted: Vec<i64>,
}

impl Activity {
    /// `user_id` was active at `at_ms` (sent a message).
    pub(crate) fn active(&mut self, user_id: &str, at_ms: i64) {
        self.active
            .entry(day_of_ms(at_ms))
            .or_default()
            .insert(user_id.to_owned());
    }

    /// `user_id` was created at `at_ms` (which makes it active that day).
    pub(crate) fn user_created(&mut self, user_id: &str, at_ms: i64) {
        self.created.push(at_ms);
        self.active(user_id, at_ms);
    }

    /// A user was deactivated at `at_ms`.
    pub(crate) fn user_deactivated(&mut self, at_ms: i64) {
        self.deactivated.push(at_ms);
    }

    /// A user was deleted at `at_ms`.
    pub(crate) fn user_deleted(&mut self, at_ms: i64) {
        self.deleted.push(at_ms);
    }

    /// Distinct users active from day `first` to day `last`, inclusive.
    fn active_between(&self, first: i64, last: i64) -> usize {
        self.active
            .range(first..=last)
            .flat_map(|(_, users)| users.iter())
            .collect::<BTreeSet<_>>()
            .len()
    }
}

/// Reads a `YYYY-MM-DD` date into a day number (400111 when malformed).
fn parse_date(name: &str, text: &str) -> Result<i64, ApiError> {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(ApiError::invalid_value(name));
    };
    let well_formed = y.len() == 4 && m.len() == 2 && d.len() == 2;
    let parsed = (y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>());
    match parsed {
        (Ok(y), Ok(m), Ok(d))
            if well_formed && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) =>
        {
            Ok(days_from_civil(y, m, d))
        }
        _ => Err(ApiError::invalid_value(name)),
    }
}

/// The `date` parameter as a day number (default: today on the emulator clock).
fn requested_day(ctx: &Ctx<'_>, q: &Query) -> Result<i64, ApiError> {
    match q.str("date")? {
        Some(text) => parse_date("date", &text),
        None => Ok(day_of_ms(ctx.now_ms())),
    }
}

/// `GET /applications/ccu`: no client connections exist in the emulator.
pub(super) fn concurrent_connections(_ctx: &mut Ctx<'_>) -> Answer {
    Ok(json!({"ccu": 0}))
}

/// `GET /applications/dau?date=YYYY-MM-DD`.
pub(super) fn daily_active_users(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let day = requested_day(ctx, q)?;
    Ok(json!({"dau": ctx.chat.activity.active_between(day, day)}))
}

/// `GET /applications/mau?date=YYYY-MM-DD`: users active in the calendar month of `date`, up to
/// and including that day.
pub(super) fn monthly_active_users(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let day = requested_day(ctx, q)?;
    let (y, m, _) = civil_from_days(day);
    let first = days_from_civil(y, m, 1);
    Ok(json!({"mau": ctx.chat.activity.active_between(first, day)}))
}

/// A period of whole days or months, read from `start_year` ... `end_day`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    /// Days `first..=last`.
    Daily(i64, i64),
    /// Month indexes `first..=last`.
    Monthly(i64, i64),
}

impl Period {
    /// Reads the period parameters; `days_required` makes `start_day`/`end_day` mandatory for
    /// daily periods (Advanced analytics), otherwise they default to the whole months.
    fn read(q: &Query, days_required: bool) -> Result<Self, ApiError> {
        let dimension = q.required_str("time_dimension")?;
        let year = |name: &str| -> Result<i64, ApiError> {
            let value = q.int(name)?.ok_or_else(|| ApiError::missing(name))?;
            if (1970..=9999).contains(&value) {
                Ok(value)
            } else {
                Err(ApiError::invalid_value(name))
            }
        };
        let month = |name: &str| -> Result<u32, ApiError> {
            let value = q.int(name)?.ok_or_else(|| ApiError::missing(name))?;
            u32::try_from(value)
                .ok()
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(|| ApiError::invalid_value(name))
        };
        let (start_year, start_month) = (year("start_year")?, month("start_month")?);
        let (end_year, end_month) = (year("end_year")?, month("end_month")?);
        let start_day = q.int("start_day")?;
        let end_day = q.int("end_day")?;
        match dimension.as_str() {
            "daily" => {
                let day = |name: &str, value: Option<i64>, y: i64, m: u32, default: u32| {
                    let value = match value {
                        Some(value) => value,
                        None if days_required => return Err(ApiError::missing(name)),
                        None => i64::from(default),
                    };
                    u32::try_from(value)
                        .ok()
                        .filter(|d| *d >= 1 && *d <= days_in_month(y, m))
                        .map(|d| days_from_civil(y, m, d))
                        .ok_or_else(|| ApiError::invalid_value(name))
                };
                let first = day("start_day", start_day, start_year, start_month, 1)?;
                let last_default = days_in_month(end_year, end_month);
                let last = day("end_day", end_day, end_year, end_month, last_default)?;
                if last < first {
                    return Err(ApiError::invalid_value("end_day"));
                }
                Ok(Period::Daily(first, last))
            }
            "monthly" => {
                if start_day.is_some() {
                    return Err(ApiError::invalid_value("start_day"));
                }
                if end_day.is_some() {
                    return Err(ApiError::invalid_value("end_day"));
                }
                let first = month_index(start_year, start_month);
                let last = month_index(end_year, end_month);
                if last < first {
                    return Err(ApiError::invalid_value("end_month"));
                }
                Ok(Period::Monthly(first, last))
            }
            _ => Err(ApiError::invalid_value("time_dimension")),
        }
    }

    /// The labels of every day or month of the period, oldest first.
    fn labels(self) -> Vec<String> {
        match self {
            Period::Daily(first, last) => (first..=last).map(format_date).collect(),
            Period::Monthly(first, last) => (first..=last).map(format_month).collect(),
        }
    }

    /// The label of the day or month a time falls in.
    fn label_of(self, ms: i64) -> String {
        let day = day_of_ms(ms);
        match self {
            Period::Daily(..) => format_date(day),
            Period::Monthly(..) => {
                let (y, m, _) = civil_from_days(day);
                format_month(month_index(y, m))
            }
        }
    }

    /// Whether a time falls inside the period.
    fn contains(self, ms: i64) -> bool {
        let day = day_of_ms(ms);
        match self {
            Period::Daily(first, last) => (first..=last).contains(&day),
            Period::Monthly(first, last) => {
                let (y, m, _) = civil_from_days(day);
                (first..=last).contains(&month_index(y, m))
            }
        }
    }
}

/// `GET /applications/peak_connections`: one zero entry per day (at most 62) or month (at
/// most 12) of the period.
pub(super) fn peak_connections(_ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let period = Period::read(q, false)?;
    match period {
        Period::Daily(first, last) if last - first + 1 > MAX_DAILY_PERIOD_DAYS => {
            return Err(ApiError::bad_request(
                400113,
                "\"time_dimension\": a daily period is at most 62 days.",
            ));
        }
        Period::Monthly(first, last) if last - first + 1 > MAX_MONTHLY_PERIOD_MONTHS => {
            return Err(ApiError::bad_request(
                400113,
                "\"time_dimension\": a monthly period is at most 12 months.",
            ));
        }
        _ => {}
    }
    let entries: Vec<Value> = period
        .labels()
        .into_iter()
        .map(|date| json!({"date": date, "peak_connections": 0}))
        .collect();
    Ok(json!({"peak_connections": entries}))
}

/// One thing that happened, counted by the Advanced analytics metrics.
struct Sample {
    at_ms: i64,
    user: Option<String>,
    channel: Option<String>,
    channel_type: &'static str,
    custom_channel_type: String,
    custom_message_type: String,
}

impl Sample {
    fn at(at_ms: i64) -> Self {
        Self {
            at_ms,
            user: None,
            channel: None,
            channel_type: "",
            custom_channel_type: String::new(),
            custom_message_type: String::new(),
        }
    }

    fn segment(&self, segments: Option<&str>) -> Option<(&'static str, String)> {
        match segments? {
            "channel_type" => Some(("channel_type", self.channel_type.to_owned())),
            "custom_channel_type" => {
                Some(("custom_channel_type", self.custom_channel_type.clone()))
            }
            _ => Some(("custom_message_type", self.custom_message_type.clone())),
        }
    }
}

/// How a metric turns a group of samples into a value.
enum Aggregate {
    Count,
    DistinctUsers,
    DistinctChannels,
    PerUser,
}

const METRIC_TYPES: &[&str] = &[
    "messages",
    "messages_per_user",
    "created_channels",
    "active_channels",
    "message_senders",
    "message_viewers",
    "created_users",
    "deactivated_users",
    "deleted_users",
];

/// Every message of every channel, as samples.
fn message_samples(ctx: &Ctx<'_>) -> Vec<Sample> {
    ctx.chat
        .all_channels()
        .flat_map(|(kind, url, custom_type, content)| {
            content.messages.iter().map(move |m| Sample {
                at_ms: m.created_at,
                user: m.sender.clone(),
                channel: Some(url.clone()),
                channel_type: kind.path(),
                custom_channel_type: custom_type.clone(),
                custom_message_type: m.custom_type.clone(),
            })
        })
        .collect()
}

/// The samples and aggregation of a metric.
fn samples(ctx: &Ctx<'_>, metric: &str) -> (Vec<Sample>, Aggregate) {
    let activity = &ctx.chat.activity;
    let times = |list: &[i64]| list.iter().map(|t| Sample::at(*t)).collect();
    match metric {
        "messages" => (message_samples(ctx), Aggregate::Count),
        "messages_per_user" => (message_samples(ctx), Aggregate::PerUser),
        "active_channels" => (message_samples(ctx), Aggregate::DistinctChannels),
        "message_senders" => (
            message_samples(ctx)
                .into_iter()
                .filter(|s| s.user.is_some())
                .collect(),
            Aggregate::DistinctUsers,
        ),
        "created_channels" => {
            let groups = ctx.chat.group_channels.values().map(|c| Sample {
                channel: Some(c.channel_url.clone()),
                channel_type: "group_channels",
                custom_channel_type: c.custom_type.clone(),
                ..Sample::at(c.created_at_ms)
            });
            let opens = ctx.chat.open_channels.values().map(|c| Sample {
                channel: Some(c.channel_url.clone()),
                channel_type: "open_channels",
                custom_channel_type: c.custom_type.clone(),
                ..Sample::at(c.created_at_ms)
            });
            (groups.chain(opens).collect(), Aggregate::Count)
        }
        // Viewing is known through read receipts: a joined member whose read mark moved
        // past their joining has viewed the channel's messages at that time.
        "message_viewers" => {
            let viewers = ctx.chat.group_channels.values().flat_map(|c| {
                c.members
                    .iter()
                    .filter(|m| m.state == MemberState::Joined && m.read_ts > m.joined_ts)
                    .map(|m| Sample {
                        user: Some(m.user_id.clone()),
                        channel: Some(c.channel_url.clone()),
                        channel_type: "group_channels",
                        custom_channel_type: c.custom_type.clone(),
                        ..Sample::at(m.read_ts)
                    })
            });
            (viewers.collect(), Aggregate::DistinctUsers)
        }
        "created_users" => (times(&activity.created), Aggregate::Count),
        "deactivated_users" => (times(&activity.deactivated), Aggregate::Count),
        _ => (times(&activity.deleted), Aggregate::Count),
    }
}

fn aggregate(samples: &[&Sample], how: &Aggregate) -> Value {
    let users = || {
        samples
            .iter()
            .filter_map(|s| s.user.as_deref())
            .collect::<BTreeSet<_>>()
            .len()
    };
    match how {
        Aggregate::Count => json!(samples.len()),
        Aggregate::DistinctUsers => json!(users()),
        Aggregate::DistinctChannels => json!(samples
            .iter()
            .filter_map(|s| s.channel.as_deref())
            .collect::<BTreeSet<_>>()
            .len()),
        Aggregate::PerUser => {
            let senders = users();
            if senders == 0 {
                json!(0)
            } else {
                // Small counts: the conversion to f64 is exact.
                #[allow(clippy::cast_precision_loss)]
                let average = samples.len() as f64 / senders as f64;
                json!(average)
            }
        }
    }
}

/// `GET /statistics/metric`: the rows of one metric, a row per day or month of the period (per
/// segment value with `segments`); no rows before 2020-03-01.
pub(super) fn advanced_metrics(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let metric = q.required_str("metric_type")?;
    if !METRIC_TYPES.contains(&metric.as_str()) {
        return Err(ApiError::invalid_value("metric_type"));
    }
    let period = Period::read(q, true)?;
    let segments = match q.str("segments")? {
        None => None,
        Some(s)
            if ["channel_type", "custom_channel_type", "custom_message_type"]
                .contains(&s.as_str()) =>
        {
            Some(s)
        }
        Some(_) => return Err(ApiError::invalid_value("segments")),
    };
    let limit = q.int("limit")?.unwrap_or(MAX_METRIC_LIMIT);
    if !(1..=MAX_METRIC_LIMIT).contains(&limit) {
        return Err(ApiError::invalid_value("limit"));
    }
    let limit = usize::try_from(limit).map_err(|_| ApiError::invalid_value("limit"))?;
    let (samples, how) = samples(ctx, &metric);
    let (y, m, d) = METRICS_START;
    let data_start_ms = days_from_civil(y, m, d) * DAY_MS;
    let mut groups: BTreeMap<(String, String), Vec<&Sample>> = BTreeMap::new();
    let mut segment_key = None;
    for sample in samples
        .iter()
        .filter(|s| s.at_ms >= data_start_ms && period.contains(s.at_ms))
    {
        let segment = sample.segment(segments.as_deref());
        let value = match segment {
            Some((key, value)) => {
                segment_key = Some(key);
                value
            }
            None => String::new(),
        };
        groups
            .entry((period.label_of(sample.at_ms), value))
            .or_default()
            .push(sample);
    }
    let data_start_label = period.label_of(data_start_ms);
    let mut rows: Vec<Value> = Vec::new();
    if segments.is_some() {
        for ((date, value), samples) in &groups {
            let mut row = json!({"date": date, "value": aggregate(samples, &how)});
            if let (Value::Object(map), Some(key)) = (&mut row, segment_key) {
                map.insert(key.to_owned(), json!(value));
            }
            rows.push(row);
        }
    } else {
        for date in period.labels() {
            if date < data_start_label {
                continue;
            }
            let empty = Vec::new();
            let samples = groups.get(&(date.clone(), String::new())).unwrap_or(&empty);
            rows.push(json!({"date": date, "value": aggregate(samples, &how)}));
        }
    }
    let indexed: Vec<(u64, Value)> = (1..).zip(rows).collect();
    let (page, next) = paging::page_limited(ctx.env.pages, indexed, |(i, _)| *i, q, limit)?;
    let statistics: Vec<Value> = page.into_iter().map(|(_, row)| row).collect();
    let mut body = json!({"statistics": statistics, "next": next});
    if let (Value::Object(map), Some(segments)) = (&mut body, segments) {
        map.insert("segments".into(), json!(segments));
    }
    Ok(body)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2024, 12, 31), (2100, 3, 1)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(format_date(days_from_civil(2024, 3, 5)), "2024-03-05");
        assert_eq!(format_month(month_index(2024, 12)), "2024-12");
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(day_of_ms(-1), -1);
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            parse_date("date", "2024-02-29").unwrap(),
            days_from_civil(2024, 2, 29)
        );
        for bad in [
            "2023-02-29",
            "2024-2-01",
            "2024/01/01",
            "20240101",
            "2024-13-01",
            "x",
        ] {
            assert_eq!(parse_date("date", bad).unwrap_err().code, 400111, "{bad}");
        }
    }

    #[test]
    fn activity_counts_distinct_users_per_day_and_range() {
        let mut activity = Activity::default();
        let day = days_from_civil(2024, 5, 10);
        activity.user_created("a", day * DAY_MS + 5);
        activity.active("a", day * DAY_MS + 10);
        activity.active("b", day * DAY_MS + 20);
        activity.active("b", (day + 1) * DAY_MS);
        assert_eq!(activity.active_between(day, day), 2);
        assert_eq!(activity.active_between(day + 1, day + 1), 1);
        assert_eq!(activity.active_between(day - 9, day + 1), 2);
        assert_eq!(activity.created.len(), 1);
    }

    #[test]
    fn periods_validate() {
        let read = |raw: &str, days| Period::read(&Query::parse(Some(raw)), days);
        assert_eq!(
            read(
                "time_dimension=daily&start_year=2024&start_month=2&end_year=2024&end_month=2",
                false
            )
            .unwrap(),
            Period::Daily(days_from_civil(2024, 2, 1), days_from_civil(2024, 2, 29))
        );
        // (query, whether days are needed, the error code)
        let rejected = [
            (
                "time_dimension=daily&start_year=2024&start_month=2&end_year=2024&end_month=2",
                true,
                400105,
            ),
            (
                "time_dimension=monthly&start_year=2024&start_month=1&end_year=2024&end_month=2&start_day=1",
                false,
                400111,
            ),
            (
                "time_dimension=monthly&start_year=2024&start_month=5&end_year=2024&end_month=2",
                false,
                400111,
            ),
            (
                "time_dimension=monthly&start_year=2024&start_month=13&end_year=2024&end_month=2",
                false,
                400111,
            ),
            ("start_year=2024", false, 400105),
        ];
        for (raw, days, code) in rejected {
            assert_eq!(read(raw, days).unwrap_err().code, code, "{raw}");
        }
    }
}
