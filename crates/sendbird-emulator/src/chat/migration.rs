//! `POST /migration/{target_channel_url}`: imports historical messages into an open or group
//! channel with their own senders and timestamps (`created_at` = `timestamp`). The batch is
//! checked as a whole before anything is stored; a message whose `dedup_id` the channel already
//! holds is skipped. Imported messages take their place in the history by time.

use serde_json::{json, Map, Value};

use super::model::{ChannelKind, FileInfo, Message, MessageKind};
use super::{check_custom_type, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::Params;
use crate::http::query::Query;

/// The most messages one request may carry.
const MAX_MESSAGES: usize = 100;

fn field_str(item: &Map<String, Value>, name: &str) -> Result<Option<String>, ApiError> {
    match item.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiError::wrong_type(name, Expected::String)),
    }
}

fn required_str(item: &Map<String, Value>, name: &str) -> Result<String, ApiError> {
    field_str(item, name)?.ok_or_else(|| ApiError::missing(name))
}

fn field_list(item: &Map<String, Value>, name: &str) -> Result<Vec<Value>, ApiError> {
    match item.get(name) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items.clone()),
        Some(_) => Err(ApiError::wrong_type(name, Expected::List)),
    }
}

/// Reads one message of the batch (its id and `is_op_msg` are filled in later).
fn read_message(ctx: &Ctx<'_>, item: &Value, now: i64) -> Result<Message, ApiError> {
    let Value::Object(item) = item else {
        return Err(ApiError::wrong_type("messages", Expected::Json));
    };
    let message_type = required_str(item, "message_type")?;
    let kind =
        MessageKind::parse(&message_type).ok_or_else(|| ApiError::invalid_value("message_type"))?;
    let created_at = match item.get("timestamp") {
        None | Some(Value::Null) => return Err(ApiError::missing("timestamp")),
        Some(Value::Number(n)) => n
            .as_i64()
            // Historical messages only: a future time would sort after messages sent later.
            .filter(|t| (0..=now).contains(t))
            .ok_or_else(|| ApiError::invalid_value("timestamp"))?,
        Some(_) => return Err(ApiError::wrong_type("timestamp", Expected::Number)),
    };
    let sender = match kind {
        MessageKind::Admin => None,
        MessageKind::Text | MessageKind::File => {
            let user_id = required_str(item, "user_id")?;
            ctx.user(&user_id)?;
            Some(user_id)
        }
    };
    let text = match kind {
        MessageKind::File => String::new(),
        _ => required_str(item, "message")?,
    };
    let file = match kind {
        MessageKind::File => {
            let url = required_str(item, "url")?;
            if url.is_empty() {
                return Err(ApiError::invalid_value("url"));
            }
            let size = match item.get("file_size") {
                None | Some(Value::Null) => 0,
                Some(Value::Number(n)) => n
                    .as_i64()
                    .ok_or_else(|| ApiError::wrong_type("file_size", Expected::Number))?,
                Some(_) => return Err(ApiError::wrong_type("file_size", Expected::Number)),
            };
            Some(FileInfo {
                url,
                name: field_str(item, "file_name")?.unwrap_or_default(),
                file_type: field_str(item, "file_type")?.unwrap_or_default(),
                size,
            })
        }
        _ => None,
    };
    let custom_type = field_str(item, "custom_type")?.unwrap_or_default();
    check_custom_type(&custom_type)?;
    let data = match kind {
        MessageKind::File => field_str(item, "custom_field")?,
        _ => field_str(item, "data")?,
    };
    let mentioned_user_ids = field_list(item, "mentioned_user_ids")?
        .into_iter()
        .map(|v| match v {
            Value::String(s) => Ok(s),
            _ => Err(ApiError::wrong_type("mentioned_user_ids", Expected::String)),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let thumbnails = field_list(item, "thumbnails")?
        .into_iter()
        .map(|t| match t {
            Value::String(url) => json!({"url": url}),
            other => other,
        })
        .collect();
    let silent = match item.get("is_silent") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(ApiError::wrong_type("is_silent", Expected::Bool)),
    };
    let require_auth = match item.get("require_auth") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(ApiError::wrong_type("require_auth", Expected::Bool)),
    };
    Ok(Message {
        custom_type,
        data: data.unwrap_or_default(),
        created_at,
        mentioned_user_ids,
        silent,
        file,
        thumbnails,
        require_auth,
        sorted_metaarray: field_list(item, "sorted_metaarray")?,
        dedup_id: field_str(item, "dedup_id")?,
        ..Message::new(0, kind, sender, text)
    })
}

/// `POST /migration/{target_channel_url}` (`messages`, `update_read_ts`, `rewind_read_ts`;
/// `update_read_ts` is also read from the query, where older docs put it).
pub(super) fn migrate(ctx: &mut Ctx<'_>, url: &str, p: &Params, q: &Query) -> Answer {
    let kind = if ctx.chat.group_channels.contains_key(url) {
        ChannelKind::Group
    } else {
        ctx.open(url)?;
        ChannelKind::Open
    };
    let items = match p.json("messages")? {
        None => return Err(ApiError::missing("messages")),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(ApiError::wrong_type("messages", Expected::List)),
    };
    if items.is_empty() {
        return Err(ApiError::missing("messages"));
    }
    if items.len() > MAX_MESSAGES {
        return Err(ApiError::too_many_items("messages", MAX_MESSAGES));
    }
    let update_read_ts = match p.bool("update_read_ts")? {
        Some(flag) => flag,
        None => q.bool_or("update_read_ts", false)?,
    };
    let rewind_read_ts = p.bool("rewind_read_ts")?.unwrap_or(false);
    let now = ctx.now_ms();
    let batch = items
        .iter()
        .map(|item| read_message(ctx, item, now))
        .collect::<Result<Vec<_>, _>>()?;
    let mut seen: Vec<String> = ctx
        .content(kind, url)?
        .messages
        .iter()
        .filter_map(|m| m.dedup_id.clone())
        .collect();
    let mut fresh = Vec::new();
    for mut message in batch {
        if let Some(dedup) = &message.dedup_id {
            if seen.contains(dedup) {
                continue;
            }
            seen.push(dedup.clone());
        }
        message.message_id = ctx.chat.next_message_id();
        message.is_op_msg = message.sender.as_deref().is_some_and(|s| match kind {
            ChannelKind::Group => ctx.group(url).is_ok_and(|c| c.is_operator(s)),
            ChannelKind::Open => ctx
                .open(url)
                .is_ok_and(|c| c.operators.iter().any(|o| o == s)),
        });
        fresh.push(message);
    }
    let newest = fresh.iter().map(|m| m.created_at).max();
    let content = ctx.content_mut(kind, url)?;
    for message in fresh {
        // After every message sent at or before the same time: history stays in time order.
        let at = content
            .messages
            .partition_point(|m| m.created_at <= message.created_at);
        content.messages.insert(at, message);
    }
    if let (ChannelKind::Group, Some(newest)) = (kind, newest) {
        if update_read_ts || rewind_read_ts {
            let channel = ctx.group_mut(url)?;
            for member in &mut channel.members {
                member.read_ts = if rewind_read_ts {
                    newest
                } else {
                    member.read_ts.max(newest)
                };
            }
        }
    }
    Ok(json!({}))
}
