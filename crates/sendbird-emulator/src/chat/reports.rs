//! `/report[...]`: reports on users, channels and messages, and the profanity filter's
//! records of moderated messages.
//!
//! A report keeps a snapshot of its channel (and message) as they were when it was filed;
//! users render as they are now. `created_at` is in Unix seconds, as in every example of the
//! docs (whose text says milliseconds); the `start_ts` / `end_ts` filters accept either unit
//! (a value of 13 digits or more is read as milliseconds).

use serde_json::{json, Value};

use super::messages::parse_message_id;
use super::model::{basic_user, ChannelKind};
use super::paging;
use super::{ChannelCall, Ctx};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;

/// The accepted `report_category` values.
const CATEGORIES: &[&str] = &["suspicious", "harassing", "inappropriate", "spam", "custom"];
/// Longest accepted `custom_report_category_name` (characters).
const MAX_CUSTOM_CATEGORY_CHARS: usize = 50;
/// Timestamps from here on are read as milliseconds (seconds stay 10 digits until 2286).
const MS_THRESHOLD: i64 = 100_000_000_000;

wire_enum! {
    /// What a report is about.
    enum Subject {
        User => "user",
        Channel => "channel",
        Message => "message",
    }
}

/// One report.
#[derive(Debug, Clone)]
struct Report {
    seq: u64,
    subject: Subject,
    category: String,
    custom_category: Option<String>,
    description: String,
    reporting_user_id: Option<String>,
    offending_user_id: Option<String>,
    channel_kind: ChannelKind,
    channel_url: String,
    /// The channel when the report was filed.
    channel: Value,
    message_id: Option<i64>,
    /// The message when the report was filed.
    message: Option<Value>,
    created_at_ms: i64,
}

/// A profanity-filter record of one message.
#[derive(Debug, Clone)]
struct Moderated {
    kind: ChannelKind,
    channel_url: String,
    message_id: i64,
    record: Value,
}

/// Every report and moderated message of the application.
#[derive(Debug, Default)]
pub(crate) struct ReportState {
    reports: Vec<Report>,
    moderated: Vec<Moderated>,
}

impl ReportState {
    /// Records that the profanity filter replaced or blocked a message.
    pub(crate) fn record_moderated(
        &mut self,
        kind: ChannelKind,
        channel_url: &str,
        record: Value,
        message_id: i64,
    ) {
        self.moderated.push(Moderated {
            kind,
            channel_url: channel_url.to_owned(),
            message_id,
            record,
        });
    }
}

/// Routes `/report` and below (`rest` is the path after `report`).
pub(super) fn route(
    ctx: &mut Ctx<'_>,
    method: &str,
    rest: &[&str],
    q: &Query,
    p: &Params,
) -> Answer {
    match (method, rest) {
        ("GET", []) => list(ctx, q),
        ("GET", ["users", id]) => list_matching(ctx, q, Some(*id), |r| {
            r.offending_user_id.as_deref() == Some(id)
        }),
        ("POST", ["users", id]) => report_user(ctx, id, p),
        (method, [channel_type, url, tail @ ..]) => {
            let kind = ChannelKind::from_path(channel_type).ok_or_else(ApiError::invalid_url)?;
            let call = ChannelCall {
                kind,
                url,
                method,
                rest: tail,
                p,
                q,
            };
            match (method, tail) {
                ("GET", []) => {
                    ctx.content(kind, url)?;
                    list_matching(ctx, q, None, |r| {
                        r.subject == Subject::Channel
                            && r.channel_kind == kind
                            && r.channel_url == *url
                    })
                }
                ("POST", []) => report_channel(ctx, &call),
                ("GET", ["messages", id]) => {
                    ctx.content(kind, url)?;
                    let id = parse_message_id(id)?;
                    list_matching(ctx, q, None, |r| {
                        r.subject == Subject::Message
                            && r.channel_kind == kind
                            && r.channel_url == *url
                            && r.message_id == Some(id)
                    })
                }
                ("POST", ["messages", id]) => report_message(ctx, &call, id),
                ("GET", ["profanity_messages", id]) => moderated_message(ctx, &call, id),
                _ => Err(ApiError::invalid_url()),
            }
        }
        _ => Err(ApiError::invalid_url()),
    }
}

fn render(ctx: &Ctx<'_>, report: &Report) -> Value {
    let users = &ctx.chat.users;
    let mut value = json!({
        "report_type": report.subject.as_str(),
        "report_category": report.category,
        "offending_user": report
            .offending_user_id
            .as_deref()
            .map_or(Value::Null, |id| basic_user(users, id, "")),
        "reported_message": report.message.clone().unwrap_or(Value::Null),
        "channel": report.channel,
        "report_description": report.description,
        "created_at": report.created_at_ms / 1000,
    });
    if let Value::Object(map) = &mut value {
        if let Some(id) = &report.reporting_user_id {
            map.insert("reporting_user".into(), basic_user(users, id, ""));
        }
        if let Some(name) = &report.custom_category {
            map.insert("custom_report_category_name".into(), json!(name));
        }
    }
    value
}

/// A `start_ts` / `end_ts` value in milliseconds (seconds are scaled up).
fn filter_ms(q: &Query, name: &str) -> Result<Option<i64>, ApiError> {
    Ok(q.int(name)?.map(|ts| {
        if ts.abs() >= MS_THRESHOLD {
            ts
        } else {
            ts.saturating_mul(1000)
        }
    }))
}

/// `GET /report` (`start_ts` inclusive, `end_ts` exclusive): filing order, token-paged.
fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let start = filter_ms(q, "start_ts")?;
    let end = filter_ms(q, "end_ts")?;
    if let (Some(start), Some(end)) = (start, end) {
        if start > end {
            return Err(ApiError::invalid_value("end_ts"));
        }
    }
    list_matching(ctx, q, None, |r| {
        start.is_none_or(|s| r.created_at_ms >= s) && end.is_none_or(|e| r.created_at_ms < e)
    })
}

/// One page of the reports that satisfy `keep`; with `user`, that user must exist.
fn list_matching(
    ctx: &mut Ctx<'_>,
    q: &Query,
    user: Option<&str>,
    keep: impl Fn(&Report) -> bool,
) -> Answer {
    if let Some(user) = user {
        ctx.user(user)?;
    }
    let matching: Vec<&Report> = ctx
        .chat
        .reports
        .reports
        .iter()
        .filter(|r| keep(r))
        .collect();
    paging::listing(
        ctx.env.pages,
        matching,
        |r| r.seq,
        q,
        "report_logs",
        |r| render(ctx, r),
    )
}

/// The fields every report body carries.
struct Filing {
    category: String,
    custom_category: Option<String>,
    description: String,
    reporting_user_id: Option<String>,
}

fn read_filing(ctx: &Ctx<'_>, p: &Params) -> Result<Filing, ApiError> {
    let category = p.required_str("report_category")?;
    if !CATEGORIES.contains(&category.as_str()) {
        return Err(ApiError::invalid_value("report_category"));
    }
    let custom_category = p.str("custom_report_category_name")?;
    let custom_category = if category == "custom" {
        let name = custom_category
            .filter(|n| !n.is_empty())
            .ok_or_else(|| ApiError::missing("custom_report_category_name"))?;
        if name.chars().count() > MAX_CUSTOM_CATEGORY_CHARS {
            return Err(ApiError::too_long("custom_report_category_name"));
        }
        Some(name)
    } else {
        None
    };
    let description = p.str("report_description")?.unwrap_or_default();
    let reporting_user_id = p.str("reporting_user_id")?.filter(|id| !id.is_empty());
    if let Some(id) = &reporting_user_id {
        ctx.user(id)?;
    }
    Ok(Filing {
        category,
        custom_category,
        description,
        reporting_user_id,
    })
}

/// The compact channel object of a report.
fn channel_snapshot(ctx: &Ctx<'_>, kind: ChannelKind, url: &str) -> Answer {
    let c = ctx
        .chat
        .basics(kind, url)
        .ok_or_else(|| ApiError::not_found("Channel"))?;
    let headcount = match kind {
        ChannelKind::Group => "member_count",
        ChannelKind::Open => "participant_count",
    };
    Ok(json!({
        "channel_url": url,
        "name": c.name,
        "cover_url": c.cover_url,
        "custom_type": c.custom_type,
        "data": c.data,
        "created_at": c.created_at_ms / 1000,
        headcount: c.headcount,
        "max_length_message": 5000,
    }))
}

/// Stores a report and renders it.
#[allow(clippy::too_many_arguments)]
fn file(
    ctx: &mut Ctx<'_>,
    subject: Subject,
    filing: Filing,
    offending_user_id: Option<String>,
    kind: ChannelKind,
    url: &str,
    message: Option<(i64, Value)>,
) -> Answer {
    let channel = channel_snapshot(ctx, kind, url)?;
    let report = Report {
        seq: ctx.chat.next_seq(),
        subject,
        category: filing.category,
        custom_category: filing.custom_category,
        description: filing.description,
        reporting_user_id: filing.reporting_user_id,
        offending_user_id,
        channel_kind: kind,
        channel_url: url.to_owned(),
        channel,
        message_id: message.as_ref().map(|(id, _)| *id),
        message: message.map(|(_, m)| m),
        created_at_ms: ctx.now_ms(),
    };
    let value = render(ctx, &report);
    super::webhook_events::report_filed(
        ctx,
        &super::webhook_events::Filed {
            subject: report.subject.as_str(),
            kind,
            url,
            category: &report.category,
            custom_category: report.custom_category.as_deref(),
            description: &report.description,
            reporting_user_id: report.reporting_user_id.as_deref(),
            offending_user_id: report.offending_user_id.as_deref(),
            message_id: report.message_id,
            created_at_ms: report.created_at_ms,
        },
    );
    ctx.chat.reports.reports.push(report);
    Ok(value)
}

/// `POST /report/users/{offending_user_id}` (`channel_type`, `channel_url`, category).
fn report_user(ctx: &mut Ctx<'_>, id: &str, p: &Params) -> Answer {
    ctx.user(id)?;
    let channel_type = p.required_str("channel_type")?;
    let kind = ChannelKind::from_path(&channel_type)
        .ok_or_else(|| ApiError::invalid_value("channel_type"))?;
    let url = p.required_str("channel_url")?;
    let filing = read_filing(ctx, p)?;
    ctx.content(kind, &url)?;
    file(
        ctx,
        Subject::User,
        filing,
        Some(id.to_owned()),
        kind,
        &url,
        None,
    )
}

/// `POST /report/{channel_type}/{channel_url}`.
fn report_channel(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let p = call.p;
    ctx.content(kind, url)?;
    let filing = read_filing(ctx, p)?;
    file(ctx, Subject::Channel, filing, None, kind, url, None)
}

/// `POST /report/{channel_type}/{channel_url}/messages/{message_id}` (`offending_user_id`).
fn report_message(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, id: &str) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let p = call.p;
    let id = parse_message_id(id)?;
    let offending = p.required_str("offending_user_id")?;
    let filing = read_filing(ctx, p)?;
    ctx.user(&offending)?;
    let message = ctx
        .content(kind, url)?
        .message(id)
        .ok_or_else(|| ApiError::not_found("Message"))?
        .to_json(&ctx.chat.users, kind, url);
    file(
        ctx,
        Subject::Message,
        filing,
        Some(offending),
        kind,
        url,
        Some((id, message)),
    )
}

/// `GET /report/{channel_type}/{channel_url}/profanity_messages/{message_id}`.
fn moderated_message(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, id: &str) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let id = parse_message_id(id)?;
    ctx.content(kind, url)?;
    ctx.chat
        .reports
        .moderated
        .iter()
        .find(|m| m.kind == kind && m.channel_url == url && m.message_id == id)
        .map(|m| m.record.clone())
        .ok_or_else(|| ApiError::not_found("Moderated message"))
}
