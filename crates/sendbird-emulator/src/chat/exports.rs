//! Data exports: `/export/{data_type}[/{request_id}]`.
//!
//! An export is registered as `scheduled`; each `GET /export/{data_type}/{request_id}` moves
//! it one step (`exporting`, then `done`), and it is `done` anyway once its processing time
//! ([`PROCESSING_DELAY_MS`]) has passed on the emulator clock. On completion the emulator
//! writes the objects created in `[start_ts, end_ts]` (messages, channels or users, filtered as
//! requested) as a JSON document (`{"messages": [...]}`, ...) or a CSV table, stores it in its
//! file store and puts the URL in `file`. Failed webhooks never happen in the emulator: their
//! exports are empty.

use bytes::Bytes;
use serde_json::{json, Value};

use super::model::Message;
use super::{due_jobs, paging, random_hex, Ctx};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::{Params, UploadedFile};
use crate::http::query::Query;

/// How long the emulator takes to run an export on its clock.
pub(crate) const PROCESSING_DELAY_MS: i64 = 60_000;
/// How long the link to the result stays valid.
const FILE_TTL_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// Longest window of a messages export (31 days).
const MAX_MESSAGES_PERIOD_MS: i64 = 2_678_400_000;
/// Longest window of a failed webhooks export (2 days).
const MAX_FAILED_WEBHOOKS_PERIOD_MS: i64 = 172_800_000;
/// Most sender ids (and excluded sender ids) of a messages export.
const MAX_SENDER_IDS: usize = 10;
/// Largest `neighboring_message_limit`.
const MAX_NEIGHBORS: i64 = 10;

const DATA_TYPES: &[&str] = &["messages", "channels", "users", "failed_webhooks"];

/// Reads the `{data_type}` path segment (400111 for anything else).
fn data_type(raw: &str) -> Result<&'static str, ApiError> {
    DATA_TYPES
        .iter()
        .copied()
        .find(|t| *t == raw)
        .ok_or_else(|| ApiError::invalid_value("data_type"))
}

wire_enum! {
    /// An export's `status`.
    enum Stage {
        Scheduled => "scheduled",
        Exporting => "exporting",
        Done => "done",
    }
}

/// One export request.
#[derive(Debug, Clone)]
struct Export {
    request_id: String,
    seq: u64,
    data_type: &'static str,
    stage: Stage,
    csv: bool,
    csv_delimiter: String,
    timezone: String,
    created_at: i64,
    due_at: i64,
    start_ts: i64,
    end_ts: i64,
    channel_urls: Vec<String>,
    exclude_channel_urls: Vec<String>,
    channel_custom_types: Vec<String>,
    sender_ids: Vec<String>,
    exclude_sender_ids: Vec<String>,
    user_ids: Vec<String>,
    neighboring_message_limit: usize,
    /// `(url, expires_at)` once done.
    file: Option<(String, i64)>,
}

impl Export {
    /// The export resource; list items carry no `data_type`.
    fn to_json(&self, with_data_type: bool) -> Value {
        let mut value = json!({
            "request_id": self.request_id,
            "status": self.stage.as_str(),
            "format": if self.csv { "csv" } else { "json" },
            "csv_delimiter": self.csv_delimiter,
            "timezone": self.timezone,
            "created_at": self.created_at,
            "start_ts": self.start_ts,
            "end_ts": self.end_ts,
        });
        if let Value::Object(map) = &mut value {
            if with_data_type {
                map.insert("data_type".into(), json!(self.data_type));
            }
            match self.data_type {
                "messages" => {
                    map.insert("channel_urls".into(), json!(self.channel_urls));
                    map.insert(
                        "channel_custom_types".into(),
                        json!(self.channel_custom_types),
                    );
                    map.insert("sender_ids".into(), json!(self.sender_ids));
                }
                "channels" => {
                    map.insert("channel_urls".into(), json!(self.channel_urls));
                    map.insert(
                        "channel_custom_types".into(),
                        json!(self.channel_custom_types),
                    );
                }
                "users" => {
                    map.insert("user_ids".into(), json!(self.user_ids));
                }
                _ => {}
            }
            if let Some((url, expires_at)) = &self.file {
                map.insert("file".into(), json!({"url": url, "expires_at": expires_at}));
            }
        }
        value
    }
}

/// Every export of the application.
#[derive(Debug, Default)]
pub(crate) struct ExportState {
    exports: Vec<Export>,
}

fn id_list(p: &Params, name: &str) -> Result<Vec<String>, ApiError> {
    Ok(p.str_list(name)?.unwrap_or_default())
}

fn at_most(name: &str, list: &[String], max: usize) -> Result<(), ApiError> {
    if list.len() > max {
        return Err(ApiError::too_many_items(name, max));
    }
    Ok(())
}

/// `POST /export/{data_type}`.
pub(super) fn register(ctx: &mut Ctx<'_>, raw_type: &str, p: &Params) -> Answer {
    let data_type = data_type(raw_type)?;
    let start_ts = p
        .int("start_ts")?
        .ok_or_else(|| ApiError::missing("start_ts"))?;
    let end_ts = p
        .int("end_ts")?
        .ok_or_else(|| ApiError::missing("end_ts"))?;
    if end_ts < start_ts {
        return Err(ApiError::invalid_value("end_ts"));
    }
    let max_period = match data_type {
        "messages" => Some(MAX_MESSAGES_PERIOD_MS),
        "failed_webhooks" => Some(MAX_FAILED_WEBHOOKS_PERIOD_MS),
        _ => None,
    };
    if max_period.is_some_and(|max| end_ts - start_ts > max) {
        return Err(ApiError::bad_request(
            400113,
            "The period between \"start_ts\" and \"end_ts\" is too long for this data type.",
        ));
    }
    let csv = match p.str("format")?.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => return Err(ApiError::invalid_value("format")),
    };
    let csv_delimiter = p.str("csv_delimiter")?.unwrap_or_else(|| ",".to_owned());
    if csv_delimiter.chars().count() != 1 {
        return Err(ApiError::invalid_value("csv_delimiter"));
    }
    let timezone = p.str("timezone")?.unwrap_or_else(|| "UTC".to_owned());
    if timezone.is_empty() {
        return Err(ApiError::invalid_value("timezone"));
    }
    let sender_ids = id_list(p, "sender_ids")?;
    at_most("sender_ids", &sender_ids, MAX_SENDER_IDS)?;
    let exclude_sender_ids = id_list(p, "exclude_sender_ids")?;
    at_most("exclude_sender_ids", &exclude_sender_ids, MAX_SENDER_IDS)?;
    let neighbors = p.int("neighboring_message_limit")?.unwrap_or(0);
    if !(0..=MAX_NEIGHBORS).contains(&neighbors) {
        return Err(ApiError::invalid_value("neighboring_message_limit"));
    }
    let _show_read_receipt = p.bool("show_read_receipt")?;
    let _show_channel_metadata = p.bool("show_channel_metadata")?;
    let now = ctx.now_ms();
    let export = Export {
        request_id: random_hex(15),
        seq: ctx.chat.next_seq(),
        data_type,
        stage: Stage::Scheduled,
        csv,
        csv_delimiter,
        timezone,
        created_at: now,
        due_at: now + PROCESSING_DELAY_MS,
        start_ts,
        end_ts,
        channel_urls: id_list(p, "channel_urls")?,
        exclude_channel_urls: id_list(p, "exclude_channel_urls")?,
        channel_custom_types: id_list(p, "channel_custom_types")?,
        sender_ids,
        exclude_sender_ids,
        user_ids: id_list(p, "user_ids")?,
        neighboring_message_limit: usize::try_from(neighbors).unwrap_or(0),
        file: None,
    };
    let value = export.to_json(true);
    ctx.chat.exports.exports.push(export);
    Ok(value)
}

/// `GET /export/{data_type}`: newest first.
pub(super) fn list(ctx: &mut Ctx<'_>, raw_type: &str, q: &Query) -> Answer {
    let data_type = data_type(raw_type)?;
    let mut exports: Vec<&Export> = ctx
        .chat
        .exports
        .exports
        .iter()
        .filter(|e| e.data_type == data_type)
        .collect();
    exports.sort_by_key(|e| std::cmp::Reverse(e.seq));
    paging::listing(
        ctx.env.pages,
        exports,
        |e| e.seq,
        q,
        "exported_data",
        |e| e.to_json(false),
    )
}

/// `GET /export/{data_type}/{request_id}`: each read moves a running export one step.
pub(super) fn get(ctx: &mut Ctx<'_>, raw_type: &str, request_id: &str) -> Answer {
    let data_type = data_type(raw_type)?;
    let index = ctx
        .chat
        .exports
        .exports
        .iter()
        .position(|e| e.request_id == request_id && e.data_type == data_type)
        .ok_or_else(|| ApiError::not_found("Data export"))?;
    match ctx.chat.exports.exports[index].stage {
        Stage::Scheduled => ctx.chat.exports.exports[index].stage = Stage::Exporting,
        Stage::Exporting => complete(ctx, index),
        Stage::Done => {}
    }
    Ok(ctx.chat.exports.exports[index].to_json(true))
}

/// Completes every running export whose processing time has passed. Called before each Chat
/// request is handled.
pub(super) fn process_due(ctx: &mut Ctx<'_>) {
    let due = due_jobs(ctx, &ctx.chat.exports.exports, |e| {
        (e.stage != Stage::Done).then_some(e.due_at)
    });
    for index in due {
        complete(ctx, index);
    }
}

/// Writes the export's file and marks it `done`.
fn complete(ctx: &mut Ctx<'_>, index: usize) {
    let export = ctx.chat.exports.exports[index].clone();
    let (columns, rows) = match export.data_type {
        "messages" => messages(ctx, &export),
        "channels" => channels(ctx, &export),
        "users" => users(ctx, &export),
        _ => (&[][..], Vec::new()),
    };
    let (data, extension, content_type) = if export.csv {
        (
            csv(columns, &rows, &export.csv_delimiter),
            "csv",
            "text/csv",
        )
    } else {
        let body = json!({ export.data_type: rows });
        (
            serde_json::to_vec_pretty(&body).unwrap_or_default(),
            "json",
            "application/json",
        )
    };
    let url = ctx.store_file(&UploadedFile {
        field: "file".to_owned(),
        file_name: format!("{}.{extension}", export.request_id),
        content_type: content_type.to_owned(),
        data: Bytes::from(data),
    });
    let stored = &mut ctx.chat.exports.exports[index];
    stored.stage = Stage::Done;
    stored.file = Some((url, export.created_at + FILE_TTL_MS));
}

/// The columns of an export (CSV header) and its rows.
type Table = (&'static [&'static str], Vec<Value>);

/// A [`Table`] of `columns` whose rows go in the order of their keys (creation time first).
fn table<K: Ord + Copy>(columns: &'static [&'static str], mut rows: Vec<(K, Value)>) -> Table {
    rows.sort_by_key(|(key, _)| *key);
    (columns, rows.into_iter().map(|(_, row)| row).collect())
}

fn in_window(export: &Export, ms: i64) -> bool {
    (export.start_ts..=export.end_ts).contains(&ms)
}

fn channel_selected(export: &Export, url: &str, custom_type: &str) -> bool {
    (export.channel_urls.is_empty() || export.channel_urls.iter().any(|u| u == url))
        && !export.exclude_channel_urls.iter().any(|u| u == url)
        && (export.channel_custom_types.is_empty()
            || export.channel_custom_types.iter().any(|t| t == custom_type))
}

/// The messages of one channel that the export selects, with up to
/// `neighboring_message_limit` following messages of other senders after each selected one.
fn select_messages<'m>(export: &Export, messages: &'m [Message]) -> Vec<&'m Message> {
    let sender_ok = |m: &Message| {
        let sender = m.sender.as_deref().unwrap_or("");
        (export.sender_ids.is_empty() || export.sender_ids.iter().any(|s| s == sender))
            && !export.exclude_sender_ids.iter().any(|s| s == sender)
    };
    let window: Vec<&Message> = messages
        .iter()
        .filter(|m| in_window(export, m.created_at))
        .collect();
    let mut keep = vec![false; window.len()];
    for (i, m) in window.iter().enumerate() {
        if sender_ok(m) {
            keep[i] = true;
            if !export.sender_ids.is_empty() {
                for flag in keep
                    .iter_mut()
                    .skip(i + 1)
                    .take(export.neighboring_message_limit)
                {
                    *flag = true;
                }
            }
        }
    }
    window
        .into_iter()
        .zip(keep)
        .filter_map(|(m, keep)| keep.then_some(m))
        .collect()
}

fn messages(ctx: &Ctx<'_>, export: &Export) -> Table {
    let users = &ctx.chat.users;
    let mut selected: Vec<((i64, i64), Value)> = Vec::new();
    for (kind, url, custom_type, content) in ctx.chat.all_channels() {
        if !channel_selected(export, url, custom_type) {
            continue;
        }
        for m in select_messages(export, &content.messages) {
            let key = (m.created_at, m.message_id);
            selected.push((key, m.to_json(users, kind, url)));
        }
    }
    let columns = &[
        "message_id",
        "type",
        "channel_url",
        "channel_type",
        "user.user_id",
        "message",
        "custom_type",
        "data",
        "created_at",
        "updated_at",
    ];
    table(columns, selected)
}

fn channels(ctx: &Ctx<'_>, export: &Export) -> Table {
    let users = &ctx.chat.users;
    let selected = |created_at_ms: i64, url: &str, custom_type: &str| {
        in_window(export, created_at_ms) && channel_selected(export, url, custom_type)
    };
    let row = |created_at_ms: i64, mut value: Value, channel_type: &str| {
        if let Value::Object(map) = &mut value {
            map.insert("channel_type".into(), json!(channel_type));
        }
        (created_at_ms, value)
    };
    let group = ctx
        .chat
        .group_channels
        .values()
        .filter(|c| selected(c.created_at_ms, &c.channel_url, &c.custom_type))
        .map(|c| {
            row(
                c.created_at_ms,
                c.to_json(users, Default::default()),
                "group",
            )
        });
    let open = ctx
        .chat
        .open_channels
        .values()
        .filter(|c| selected(c.created_at_ms, &c.channel_url, &c.custom_type))
        .map(|c| row(c.created_at_ms, c.to_json(users, false), "open"));
    let rows: Vec<(i64, Value)> = group.chain(open).collect();
    let columns = &[
        "channel_url",
        "channel_type",
        "name",
        "custom_type",
        "data",
        "member_count",
        "participant_count",
        "created_at",
    ];
    table(columns, rows)
}

fn users(ctx: &Ctx<'_>, export: &Export) -> Table {
    let rows: Vec<(i64, Value)> = ctx
        .chat
        .users
        .values()
        .filter(|u| in_window(export, u.created_at_ms))
        .filter(|u| export.user_ids.is_empty() || export.user_ids.contains(&u.user_id))
        .map(|u| (u.created_at_ms, u.to_json()))
        .collect();
    let columns = &[
        "user_id",
        "nickname",
        "profile_url",
        "is_active",
        "created_at",
    ];
    table(columns, rows)
}

/// A CSV table: a header row of `columns` (dotted names reach into objects), then one row per
/// value; fields holding the delimiter, a quote or a line break are quoted.
fn csv(columns: &[&str], rows: &[Value], delimiter: &str) -> Vec<u8> {
    let field = |text: &str| {
        if text.contains(delimiter) || text.contains(['"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_owned()
        }
    };
    let mut out = String::new();
    let header: Vec<String> = columns.iter().map(|c| field(c)).collect();
    out.push_str(&header.join(delimiter));
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = columns
            .iter()
            .map(|column| {
                let cell = column
                    .split('.')
                    .try_fold(row, |value, key| value.get(key))
                    .unwrap_or(&Value::Null);
                match cell {
                    Value::Null => String::new(),
                    Value::String(s) => field(s),
                    other => field(&other.to_string()),
                }
            })
            .collect();
        out.push_str(&cells.join(delimiter));
        out.push('\n');
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let rows = vec![
            json!({"a": "x|y", "b": {"c": 1}}),
            json!({"a": "say \"hi\"", "b": null}),
        ];
        let text = String::from_utf8(csv(&["a", "b.c"], &rows, "|")).unwrap_or_default();
        assert_eq!(text, "a|b.c\n\"x|y\"|1\n\"say \"\"hi\"\"\"|\n");
    }
}
