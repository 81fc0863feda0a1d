//! `/open_channels`, `/open_channels/{channel_url}` and participants.

use serde_json::json;

use super::channel_props::{check_channel_url, dedup, new_channel_url, PropsUpdate};
use super::model::{ChannelContent, ChannelKind, OpenChannel};
use super::operators::user_page;
use super::paging;
use super::{check_custom_type, Ctx};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;

/// `POST /open_channels` (JSON or multipart with `cover_file`).
pub(super) fn create(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let name = p.str("name")?.unwrap_or_default();
    let channel_url = p.str("channel_url")?;
    let cover_url = p.str("cover_url")?.unwrap_or_default();
    let custom_type = p.str("custom_type")?.unwrap_or_default();
    check_custom_type(&custom_type)?;
    let data = p.str("data")?.unwrap_or_default();
    let is_ephemeral = p.bool("is_ephemeral")?.unwrap_or(false);
    let operator_ids = p.str_list("operator_ids")?.unwrap_or_default();
    ctx.require_users(&operator_ids)?;
    check_channel_url(ctx.chat, channel_url.as_ref())?;
    let cover_url = match p.file("cover_file") {
        Some(file) => ctx.store_file(file),
        None => cover_url,
    };
    let (seq, channel_url) = new_channel_url(ctx.chat, ChannelKind::Open, channel_url);
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
    ctx.chat.open_channels.insert(channel_url.clone(), channel);
    super::webhook_events::open_created(ctx, &channel_url);
    Ok(value)
}

/// `GET /open_channels/{channel_url}`.
pub(super) fn get(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Answer {
    let show_metadata = q.bool_or("show_metadata", false)?;
    Ok(ctx.open(url)?.to_json(&ctx.chat.users, show_metadata))
}

/// `GET /open_channels`.
pub(super) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
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
    paging::listing(
        ctx.env.pages,
        channels,
        |c| c.seq,
        q,
        "channels",
        |c| c.to_json(&ctx.chat.users, show_metadata),
    )
}

/// `PUT /open_channels/{channel_url}` (JSON or multipart with `cover_file`).
pub(super) fn update(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    ctx.open(url)?;
    let props = PropsUpdate::read(p)?.resolve(ctx, p)?;
    props.apply(ctx.open_mut(url)?.props_mut());
    Ok(ctx.open(url)?.to_json(&ctx.chat.users, false))
}

/// `DELETE /open_channels/{channel_url}`: messages and metadata go with it.
pub(super) fn delete(ctx: &mut Ctx<'_>, url: &str) -> Answer {
    let removed = ctx
        .chat
        .open_channels
        .remove(url)
        .ok_or_else(|| ApiError::not_found("Channel"))?;
    super::webhook_events::open_removed(ctx, &removed);
    Ok(json!({}))
}

/// `GET /open_channels/{channel_url}/participants`.
pub(super) fn participants(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Answer {
    let ids = ctx.open(url)?.participants.clone();
    let (participants, next) = user_page(ctx, &ids, "", q)?;
    Ok(json!({"participants": participants, "next": next}))
}
