//! Member state inside one group channel: read and delivery receipts, unread counts per
//! member, chat history reset and typing indicators.

use serde_json::{json, Map, Value};

use super::Ctx;
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;

/// Most users one typing request may name.
const MAX_TYPING_USERS: usize = 10;

/// `PUT /group_channels/{channel_url}/messages/mark_as_read` (`user_id`; deprecated
/// `timestamp`): the member has read everything sent so far (or before `timestamp`).
pub(super) fn mark_as_read(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    ctx.group(url)?;
    let user_id = p.required_str("user_id")?;
    let timestamp = p.int("timestamp")?;
    if timestamp.is_some_and(|t| t < 0) {
        return Err(ApiError::invalid_value("timestamp"));
    }
    ctx.group_member(url, &user_id)?;
    let now = ctx.now_ms();
    let read = timestamp.map_or(now, |t| t.min(now));
    if let Some(member) = ctx.group_mut(url)?.member_mut(&user_id) {
        member.read_ts = member.read_ts.max(read);
        member.delivered_ts = member.delivered_ts.max(member.read_ts);
    }
    super::webhook_events::message_read(ctx, url, &user_id);
    Ok(json!({}))
}

/// `PUT /group_channels/{channel_url}/messages/mark_as_delivered` (`user_id`):
/// `{"ts": <the member's new delivery time>}`.
pub(super) fn mark_as_delivered(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    ctx.group(url)?;
    let user_id = p.required_str("user_id")?;
    ctx.group_member(url, &user_id)?;
    let now = ctx.now_ms();
    if let Some(member) = ctx.group_mut(url)?.member_mut(&user_id) {
        member.delivered_ts = member.delivered_ts.max(now);
    }
    Ok(json!({"ts": now}))
}

/// `GET /group_channels/{channel_url}/messages/unread_count` (optional `user_ids`):
/// `{"unread": {user_id: count}}` for the listed members (default: every member).
pub(super) fn members_unread_count(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Answer {
    let user_ids = q.list("user_ids")?;
    let channel = ctx.group(url)?;
    let ids: Vec<String> = match user_ids {
        Some(ids) => {
            for id in &ids {
                ctx.group_member(url, id)?;
            }
            ids
        }
        None => channel.members.iter().map(|m| m.user_id.clone()).collect(),
    };
    let unread: Map<String, Value> = ids
        .into_iter()
        .filter_map(|id| {
            let count = channel.member(&id).map(|m| channel.unread(m).messages)?;
            Some((id, json!(count)))
        })
        .collect();
    Ok(json!({"unread": unread}))
}

/// `PUT /group_channels/{channel_url}/reset_user_history` (`user_id`, or `reset_all`):
/// messages sent up to now disappear for the member(s) — from `last_message`, unread
/// counts and search — and stay for everyone else. Answers `{"ts_message_offset": ms}`.
pub(super) fn reset_history(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    ctx.group(url)?;
    let reset_all = p.bool("reset_all")?.unwrap_or(false);
    let user_id = p.str("user_id")?;
    let target = if reset_all {
        None
    } else {
        let user_id = user_id.ok_or_else(|| ApiError::missing("user_id"))?;
        ctx.group_member(url, &user_id)?;
        Some(user_id)
    };
    let offset = ctx.now_ms();
    let channel = ctx.group_mut(url)?;
    for member in &mut channel.members {
        if target.as_ref().is_none_or(|t| *t == member.user_id) {
            member.ts_message_offset = offset;
            member.read_ts = member.read_ts.max(offset);
            member.delivered_ts = member.delivered_ts.max(offset);
        }
    }
    Ok(json!({"ts_message_offset": offset}))
}

/// Reads and checks the `user_ids` of a typing request.
fn typing_users(ctx: &Ctx<'_>, url: &str, p: &Params) -> Result<Vec<String>, ApiError> {
    ctx.group(url)?;
    let ids = p
        .str_list("user_ids")?
        .filter(|ids| !ids.is_empty())
        .ok_or_else(|| ApiError::missing("user_ids"))?;
    if ids.len() > MAX_TYPING_USERS {
        return Err(ApiError::bad_request(
            400111,
            format!("Invalid value: \"user_ids\" (at most {MAX_TYPING_USERS} users)."),
        ));
    }
    for id in &ids {
        ctx.group_member(url, id)?;
    }
    Ok(ids)
}

/// `POST /group_channels/{channel_url}/typing` (`user_ids`, up to 10 members).
pub(super) fn start_typing(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    let ids = typing_users(ctx, url, p)?;
    let channel = ctx.group_mut(url)?;
    for id in ids {
        if !channel.typing.contains(&id) {
            channel.typing.push(id);
        }
    }
    Ok(json!({}))
}

/// `DELETE /group_channels/{channel_url}/typing` (JSON body `user_ids`, up to 10 members).
pub(super) fn stop_typing(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    let ids = typing_users(ctx, url, p)?;
    ctx.group_mut(url)?.typing.retain(|t| !ids.contains(t));
    Ok(json!({}))
}
