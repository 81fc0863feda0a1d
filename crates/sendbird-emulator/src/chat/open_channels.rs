//! `/open_channels`, `/open_channels/{channel_url}`, operators and participants.

use serde_json::{json, Value};

use super::model::{basic_user, ChannelContent, OpenChannel};
use super::{random_hex, Ctx};
use crate::errors::ApiError;
use crate::paging;
use crate::params::Params;
use crate::query::Query;

/// Longest accepted `custom_type`.
const MAX_CUSTOM_TYPE_CHARS: usize = 128;

fn check_custom_type(custom_type: &str) -> Result<(), ApiError> {
    if custom_type.chars().count() > MAX_CUSTOM_TYPE_CHARS {
        return Err(ApiError::too_long("custom_type"));
    }
    Ok(())
}

fn dedup(ids: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// `POST /open_channels` (JSON or multipart with `cover_file`).
pub(super) fn create(ctx: &mut Ctx<'_>, p: &Params) -> Result<Value, ApiError> {
    let name = p.str("name")?.unwrap_or_default();
    let channel_url = p.str("channel_url")?;
    let cover_url = p.str("cover_url")?.unwrap_or_default();
    let custom_type = p.str("custom_type")?.unwrap_or_default();
    check_custom_type(&custom_type)?;
    let data = p.str("data")?.unwrap_or_default();
    let is_ephemeral = p.bool("is_ephemeral")?.unwrap_or(false);
    let operator_ids = p.str_list("operator_ids")?.unwrap_or_default();
    ctx.require_users(&operator_ids)?;
    if let Some(url) = &channel_url {
        if url.is_empty() {
            return Err(ApiError::invalid_value("channel_url"));
        }
        if ctx.chat.open_channels.contains_key(url) || ctx.chat.group_channels.contains_key(url) {
            return Err(ApiError::already_exists("channel_url"));
        }
    }
    let cover_url = match p.file("cover_file") {
        Some(file) => ctx.store_file(file),
        None => cover_url,
    };
    let seq = ctx.chat.next_seq();
    let channel_url =
        channel_url.unwrap_or_else(|| format!("sendbird_open_channel_{seq}_{}", random_hex(40)));
    let channel = OpenChannel {
        seq,
        channel_url: channel_url.clone(),
        name,
        cover_url,
        custom_type,
        data,
        is_ephemeral,
        freeze: false,
        created_at_ms: ctx.now_ms(),
        operators: dedup(operator_ids),
        participants: Vec::new(),
        content: ChannelContent::default(),
    };
    let value = channel.to_json(&ctx.chat.users, false);
    ctx.chat.open_channels.insert(channel_url, channel);
    Ok(value)
}

/// `GET /open_channels/{channel_url}`.
pub(super) fn get(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Result<Value, ApiError> {
    let show_metadata = q.bool_or("show_metadata", false)?;
    Ok(ctx.open(url)?.to_json(&ctx.chat.users, show_metadata))
}

/// `GET /open_channels`.
pub(super) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Result<Value, ApiError> {
    let mut custom_types = q.list("custom_types")?;
    if let Some(single) = q.str("custom_type")? {
        custom_types.get_or_insert_with(Vec::new).push(single);
    }
    let name_contains = q.str("name_contains")?;
    let url_contains = q.str("url_contains")?;
    let show_frozen = q.bool_or("show_frozen", true)?;
    let show_metadata = q.bool_or("show_metadata", false)?;
    let mut channels: Vec<&OpenChannel> = ctx
        .chat
        .open_channels
        .values()
        .filter(|c| {
            custom_types
                .as_ref()
                .is_none_or(|t| t.contains(&c.custom_type))
        })
        .filter(|c| {
            name_contains
                .as_ref()
                .is_none_or(|n| c.name.contains(n.as_str()))
        })
        .filter(|c| {
            url_contains
                .as_ref()
                .is_none_or(|u| c.channel_url.contains(u.as_str()))
        })
        .filter(|c| show_frozen || !c.freeze)
        .collect();
    channels.sort_by_key(|c| c.seq);
    let (page, next) = paging::page(channels, |c| c.seq, q)?;
    let channels: Vec<Value> = page
        .iter()
        .map(|c| c.to_json(&ctx.chat.users, show_metadata))
        .collect();
    Ok(json!({"channels": channels, "next": next}))
}

/// `PUT /open_channels/{channel_url}` (JSON or multipart with `cover_file`).
pub(super) fn update(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Result<Value, ApiError> {
    ctx.open(url)?;
    let name = p.str("name")?;
    let cover_url = p.str("cover_url")?;
    let custom_type = p.str("custom_type")?;
    if let Some(custom_type) = &custom_type {
        check_custom_type(custom_type)?;
    }
    let data = p.str("data")?;
    let operator_ids = p.str_list("operator_ids")?;
    if let Some(ids) = &operator_ids {
        ctx.require_users(ids)?;
    }
    let uploaded = p.file("cover_file").map(|f| ctx.store_file(f));
    let channel = ctx.open_mut(url)?;
    if let Some(name) = name {
        channel.name = name;
    }
    if let Some(cover) = uploaded.or(cover_url) {
        channel.cover_url = cover;
    }
    if let Some(custom_type) = custom_type {
        channel.custom_type = custom_type;
    }
    if let Some(data) = data {
        channel.data = data;
    }
    if let Some(ids) = operator_ids {
        channel.operators = dedup(ids);
    }
    Ok(ctx.open(url)?.to_json(&ctx.chat.users, false))
}

/// `DELETE /open_channels/{channel_url}`: messages and metadata go with it.
pub(super) fn delete(ctx: &mut Ctx<'_>, url: &str) -> Result<Value, ApiError> {
    ctx.chat
        .open_channels
        .remove(url)
        .ok_or_else(|| ApiError::not_found("Channel"))?;
    Ok(json!({}))
}

fn user_page(
    ctx: &Ctx<'_>,
    ids: &[String],
    role: &str,
    q: &Query,
) -> Result<(Vec<Value>, String), ApiError> {
    let indexed: Vec<(u64, &String)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (i as u64 + 1, id))
        .collect();
    let (page, next) = paging::page(indexed, |(seq, _)| *seq, q)?;
    let users = page
        .iter()
        .map(|(_, id)| basic_user(&ctx.chat.users, id, role))
        .collect();
    Ok((users, next))
}

/// `GET /open_channels/{channel_url}/operators`.
pub(super) fn operators(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Result<Value, ApiError> {
    let ids = ctx.open(url)?.operators.clone();
    let (operators, next) = user_page(ctx, &ids, "operator", q)?;
    Ok(json!({"operators": operators, "next": next}))
}

/// `POST /open_channels/{channel_url}/operators`.
pub(super) fn add_operators(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Result<Value, ApiError> {
    let ids = p.str_list("operator_ids")?.filter(|ids| !ids.is_empty());
    let ids = ids.ok_or_else(|| ApiError::missing("operator_ids"))?;
    ctx.open(url)?;
    ctx.require_users(&ids)?;
    let channel = ctx.open_mut(url)?;
    for id in ids {
        if !channel.operators.contains(&id) {
            channel.operators.push(id);
        }
    }
    Ok(json!({}))
}

/// `DELETE /open_channels/{channel_url}/operators?operator_ids=...` or `delete_all=true`.
pub(super) fn remove_operators(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Result<Value, ApiError> {
    let ids = q.list("operator_ids")?;
    let delete_all = q.bool_or("delete_all", false)?;
    let channel = ctx.open_mut(url)?;
    match (ids, delete_all) {
        (_, true) => channel.operators.clear(),
        (Some(ids), false) => channel.operators.retain(|o| !ids.contains(o)),
        (None, false) => return Err(ApiError::missing("operator_ids")),
    }
    Ok(json!({}))
}

/// `GET /open_channels/{channel_url}/participants`.
pub(super) fn participants(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Result<Value, ApiError> {
    let ids = ctx.open(url)?.participants.clone();
    let (participants, next) = user_page(ctx, &ids, "", q)?;
    Ok(json!({"participants": participants, "next": next}))
}
