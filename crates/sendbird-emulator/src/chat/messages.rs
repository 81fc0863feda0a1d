//! `/{channel_type}/{channel_url}/messages[...]`.

use serde_json::{json, Value};

use super::model::{ChannelKind, FileInfo, HiddenState, Message, MessageKind};
use super::{assign, check_custom_type, ChannelCall, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::Params;
use crate::http::query::Query;

/// Default and maximum of `prev_limit` / `next_limit`.
const DEFAULT_WINDOW: i64 = 15;
const MAX_WINDOW: i64 = 200;

pub(super) fn parse_message_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .map_err(|_| ApiError::wrong_type("message_id", Expected::Number))
}

fn render(ctx: &Ctx<'_>, kind: ChannelKind, url: &str, message: &Message) -> Value {
    message.to_json(&ctx.chat.users, kind, url)
}

/// Reads the sender of a MESG/FILE message and checks moderation (bans, mutes, freezes,
/// blocks) and group membership.
fn sender(ctx: &Ctx<'_>, kind: ChannelKind, url: &str, p: &Params) -> Result<String, ApiError> {
    let user_id = p.required_str("user_id")?;
    ctx.user(&user_id)?;
    super::moderation::check_can_send(ctx, kind, url, &user_id)?;
    if kind == ChannelKind::Group && ctx.group(url)?.member(&user_id).is_none() {
        return Err(ApiError::bad_request(
            900020,
            "User must be a member of the channel.",
        ));
    }
    Ok(user_id)
}

/// `POST /{channel_type}/{channel_url}/messages`: MESG, FILE (multipart `file` or `url`), ADMM.
pub(super) fn send(ctx: &mut Ctx<'_>, kind: ChannelKind, url: &str, p: &Params) -> Answer {
    ctx.content(kind, url)?;
    let message_type = p.required_str("message_type")?;
    let message_kind =
        MessageKind::parse(&message_type).ok_or_else(|| ApiError::invalid_value("message_type"))?;
    let custom_type = p.str("custom_type")?.unwrap_or_default();
    check_custom_type(&custom_type)?;
    let data = p.str("data")?.unwrap_or_default();
    let mention_type = p.str("mention_type")?.unwrap_or_else(|| "users".to_owned());
    if mention_type != "users" && mention_type != "channel" {
        return Err(ApiError::invalid_value("mention_type"));
    }
    let mentioned_user_ids = p.str_list("mentioned_user_ids")?.unwrap_or_default();
    let silent = p.bool("is_silent")?.unwrap_or(false);
    let _send_push = p.bool("send_push")?;
    let dedup_id = p.str("dedup_id")?;
    let sorted_metaarray = match p.json("sorted_metaarray")? {
        None => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(ApiError::wrong_type("sorted_metaarray", Expected::List)),
    };
    let poll_id = p.int("poll_id")?;
    let include_poll_details = p.bool("include_poll_details")?.unwrap_or(false);
    if let Some(poll_id) = poll_id {
        super::polls::check_attachable(ctx, poll_id, kind, message_kind == MessageKind::Text)?;
    }

    let (sender, text, file, thumbnails, require_auth) = match message_kind {
        MessageKind::Text => {
            let sender = sender(ctx, kind, url, p)?;
            (
                Some(sender),
                p.required_str("message")?,
                None,
                Vec::new(),
                false,
            )
        }
        MessageKind::Admin => (None, p.required_str("message")?, None, Vec::new(), false),
        MessageKind::File => {
            let sender = sender(ctx, kind, url, p)?;
            let file = file_info(ctx, p)?;
            let mut thumbnails = Vec::new();
            match p.json("thumbnails")? {
                None => {}
                Some(Value::Array(items)) => thumbnails.extend(items),
                Some(_) => return Err(ApiError::wrong_type("thumbnails", Expected::List)),
            }
            for name in ["thumbnail1", "thumbnail2", "thumbnail3"] {
                if let Some(url) = p.str(name)? {
                    thumbnails.push(json!({"url": url}));
                }
            }
            let require_auth = p.bool("require_auth")?.unwrap_or(false);
            (
                Some(sender),
                String::new(),
                Some(file),
                thumbnails,
                require_auth,
            )
        }
    };
    let message_id = ctx.chat.next_message_id();
    let message = Message {
        custom_type,
        data,
        mention_type,
        mentioned_user_ids,
        silent,
        file,
        thumbnails,
        require_auth,
        sorted_metaarray,
        dedup_id,
        ..Message::new(message_id, message_kind, sender, text)
    };
    let mut value = deliver(ctx, kind, url, message, true)?;
    if let Some(poll_id) = poll_id {
        super::polls::attach(ctx, poll_id, url, message_id);
        super::polls::embed(ctx, &mut value, url, message_id, include_poll_details);
    }
    Ok(value)
}

/// Appends a new message (user, file, admin or bot message) to a channel and renders it:
/// rejects a repeated `dedup_id` (400202), marks operators' messages (`is_op_msg`, custom
/// type operators included), applies the channel custom type's settings (message length,
/// profanity filter), stamps `created_at`, unhides auto-unhiding members, and, when
/// `sender_reads`, moves the sender's read and delivery marks to the message.
pub(super) fn deliver(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    mut message: Message,
    sender_reads: bool,
) -> Answer {
    if let Some(dedup) = &message.dedup_id {
        let content = ctx.content(kind, url)?;
        if content
            .messages
            .iter()
            .any(|m| m.dedup_id.as_ref() == Some(dedup))
        {
            return Err(ApiError::already_exists("dedup_id"));
        }
    }
    message.is_op_msg = message
        .sender
        .as_deref()
        .is_some_and(|s| ctx.is_operator(kind, url, s));
    message.created_at = ctx.now_ms();
    super::custom_types::moderate(ctx, kind, url, &mut message)?;
    let created_at = message.created_at;
    let value = render(ctx, kind, url, &message);
    if let Some(sender) = &message.sender {
        ctx.chat.activity.active(sender, created_at);
    }
    if kind == ChannelKind::Group {
        let channel = ctx.group_mut(url)?;
        for member in &mut channel.members {
            if member.hidden == HiddenState::AllowAutoUnhide {
                member.hidden = HiddenState::Unhidden;
            }
            // The sender has read (and received) everything up to their own message.
            if sender_reads && message.sender.as_deref() == Some(member.user_id.as_str()) {
                member.read_ts = member.read_ts.max(created_at);
                member.delivered_ts = member.delivered_ts.max(created_at);
            }
        }
        if let Some(sender) = &message.sender {
            channel.typing.retain(|t| t != sender);
        }
    }
    let message_id = message.message_id;
    ctx.content_mut(kind, url)?.messages.push(message);
    super::webhook_events::message_sent(ctx, kind, url, message_id);
    Ok(value)
}

/// The file of a FILE message: an uploaded `file` part, or `url` (with optional
/// `file_name`, `file_type`, `file_size`).
pub(super) fn file_info(ctx: &Ctx<'_>, p: &Params) -> Result<FileInfo, ApiError> {
    let name = p.str("file_name")?;
    let file_type = p.str("file_type")?;
    let size = p.int("file_size")?;
    if let Some(upload) = p.file("file") {
        let url = ctx.store_file(upload);
        return Ok(FileInfo {
            url,
            name: name.unwrap_or_else(|| upload.file_name.clone()),
            file_type: file_type.unwrap_or_else(|| upload.content_type.clone()),
            size: size.unwrap_or_else(|| i64::try_from(upload.data.len()).unwrap_or(i64::MAX)),
        });
    }
    Ok(FileInfo {
        url: file_url(p, "file")?,
        name: name.unwrap_or_default(),
        file_type: file_type.unwrap_or_default(),
        size: size.unwrap_or(0),
    })
}

/// The URL of a file given by reference: `url`, else `file` as text (400105 naming
/// `missing` when neither is there, 400111 when it is empty).
pub(super) fn file_url(p: &Params, missing: &str) -> Result<String, ApiError> {
    let url = match p.str("url")? {
        Some(url) => url,
        None => p.str("file")?.ok_or_else(|| ApiError::missing(missing))?,
    };
    if url.is_empty() {
        return Err(ApiError::invalid_value("url"));
    }
    Ok(url)
}

/// Renders a message, with its `reactions` when `include_reactions=true` and its poll (the
/// whole poll with `include_poll_details=true`).
fn render_listed(
    ctx: &Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    message: &Message,
    include_reactions: bool,
    include_poll_details: bool,
) -> Value {
    let mut value = render(ctx, kind, url, message);
    if include_reactions {
        if let Value::Object(map) = &mut value {
            map.insert("reactions".into(), message.reactions_json());
        }
    }
    if super::polls::any_attached(ctx) {
        super::polls::embed(
            ctx,
            &mut value,
            url,
            message.message_id,
            include_poll_details,
        );
    }
    value
}

/// `GET /{channel_type}/{channel_url}/messages/{message_id}` (`include_reactions`).
fn get(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, id: &str) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let q = call.q;
    let id = parse_message_id(id)?;
    let include_reactions = q.bool_or("include_reactions", false)?;
    let include_poll_details = q.bool_or("include_poll_details", false)?;
    let content = ctx.content(kind, url)?;
    let message = content
        .message(id)
        .ok_or_else(|| ApiError::not_found("Message"))?;
    Ok(render_listed(
        ctx,
        kind,
        url,
        message,
        include_reactions,
        include_poll_details,
    ))
}

/// `PUT /{channel_type}/{channel_url}/messages/{message_id}`.
fn update(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, id: &str) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let p = call.p;
    let id = parse_message_id(id)?;
    let message_type = p.str("message_type")?;
    let text = p.str("message")?;
    let custom_type = p.str("custom_type")?;
    if let Some(custom_type) = &custom_type {
        check_custom_type(custom_type)?;
    }
    let data = p.str("data")?;
    let mention_type = p.str("mention_type")?;
    let mentioned = p.str_list("mentioned_user_ids")?;
    let now = ctx.now_ms();
    let content = ctx.content_mut(kind, url)?;
    let message = content
        .message_mut(id)
        .ok_or_else(|| ApiError::not_found("Message"))?;
    if let Some(message_type) = message_type {
        if MessageKind::parse(&message_type) != Some(message.kind) {
            return Err(ApiError::invalid_value("message_type"));
        }
    }
    let old_text = message.message.clone();
    if let Some(text) = text {
        if message.kind == MessageKind::File {
            return Err(ApiError::invalid_value("message"));
        }
        // Existing translations follow the new text.
        for (lang, translated) in &mut message.translations {
            *translated = super::message_extras::fake_translation(lang, &text);
        }
        message.message = text;
    }
    assign(&mut message.custom_type, custom_type);
    assign(&mut message.data, data);
    assign(&mut message.mention_type, mention_type);
    assign(&mut message.mentioned_user_ids, mentioned);
    message.updated_at = now;
    let message = message.clone();
    super::webhook_events::message_updated(ctx, kind, url, id, &old_text);
    Ok(render(ctx, kind, url, &message))
}

/// `DELETE /{channel_type}/{channel_url}/messages/{message_id}`.
fn delete(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, id: &str) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let id = parse_message_id(id)?;
    let content = ctx.content_mut(kind, url)?;
    let index = content
        .messages
        .iter()
        .position(|m| m.message_id == id)
        .ok_or_else(|| ApiError::not_found("Message"))?;
    let removed = content.messages.remove(index);
    content.pinned_message_ids.retain(|p| *p != id);
    super::webhook_events::message_deleted(ctx, kind, url, &removed);
    Ok(json!({}))
}

/// `GET /{channel_type}/{channel_url}/messages/total_count`.
fn total_count(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    let (kind, url) = (call.kind, call.url);
    Ok(json!({"total": ctx.content(kind, url)?.messages.len()}))
}

fn window(q: &Query, name: &str) -> Result<usize, ApiError> {
    let value = q.int(name)?.unwrap_or(DEFAULT_WINDOW);
    if !(0..=MAX_WINDOW).contains(&value) {
        return Err(ApiError::invalid_value(name));
    }
    usize::try_from(value).map_err(|_| ApiError::invalid_value(name))
}

/// Serves `.../messages`, `.../messages/total_count` and `.../messages/{message_id}`
/// (sending is [`send`]).
pub(super) fn route(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    match (call.method, call.rest) {
        ("GET", ["messages"]) => list(ctx, call),
        ("POST", ["messages"]) => send(ctx, call.kind, call.url, call.p),
        ("GET", ["messages", "total_count"]) => total_count(ctx, call),
        ("GET", ["messages", id]) => get(ctx, call, id),
        ("PUT", ["messages", id]) => update(ctx, call, id),
        ("DELETE", ["messages", id]) => delete(ctx, call, id),
        _ => Err(ApiError::invalid_url()),
    }
}

/// `GET /{channel_type}/{channel_url}/messages`: a window around `message_ts` or
/// `message_id` (`prev_limit`/`next_limit` 0–200, default 15; `include`, `reverse`).
fn list(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let q = call.q;
    let message_ts = q.int("message_ts")?;
    let message_id = q.int("message_id")?;
    let prev_limit = window(q, "prev_limit")?;
    let next_limit = window(q, "next_limit")?;
    let include = q.bool_or("include", true)?;
    let reverse = q.bool_or("reverse", false)?;
    let include_reactions = q.bool_or("include_reactions", false)?;
    let include_poll_details = q.bool_or("include_poll_details", false)?;
    let message_type = match q.str("message_type")? {
        None => None,
        Some(t) => {
            Some(MessageKind::parse(&t).ok_or_else(|| ApiError::invalid_value("message_type"))?)
        }
    };
    let mut senders = q.list("sender_ids")?.unwrap_or_default();
    if let Some(sender) = q.str("sender_id")? {
        senders.push(sender);
    }
    let mut custom_types = q.list("custom_types")?;
    if let Some(single) = q.str("custom_type")? {
        custom_types.get_or_insert_with(Vec::new).push(single);
    }
    let custom_types = custom_types.filter(|t| !t.iter().any(|x| x == "*"));
    let operator_filter = q.choice(
        "operator_filter",
        &["all", "operator", "nonoperator"],
        "all",
    )?;
    let content = ctx.content(kind, url)?;
    let anchor = match (message_ts, message_id) {
        (Some(ts), _) => ts,
        (None, Some(id)) => content
            .message(id)
            .map(|m| m.created_at)
            .ok_or_else(|| ApiError::not_found("Message"))?,
        (None, None) => return Err(ApiError::missing("message_ts")),
    };
    let matching: Vec<&Message> = content
        .messages
        .iter()
        .filter(|m| message_type.is_none_or(|t| m.kind == t))
        .filter(|m| senders.is_empty() || m.sender.as_ref().is_some_and(|s| senders.contains(s)))
        .filter(|m| {
            custom_types
                .as_ref()
                .is_none_or(|t| t.contains(&m.custom_type))
        })
        .filter(|m| match operator_filter {
            "operator" => m.is_op_msg,
            "nonoperator" => !m.is_op_msg,
            _ => true,
        })
        .collect();
    let before: Vec<&Message> = matching
        .iter()
        .copied()
        .filter(|m| m.created_at < anchor)
        .collect();
    let at = matching
        .iter()
        .copied()
        .filter(|m| m.created_at == anchor && include);
    let after = matching
        .iter()
        .copied()
        .filter(|m| m.created_at > anchor)
        .take(next_limit);
    let skip = before.len().saturating_sub(prev_limit);
    let mut window: Vec<&Message> = before
        .into_iter()
        .skip(skip)
        .chain(at)
        .chain(after)
        .collect();
    if reverse {
        window.reverse();
    }
    let messages: Vec<Value> = window
        .iter()
        .map(|m| render_listed(ctx, kind, url, m, include_reactions, include_poll_details))
        .collect();
    Ok(json!({"messages": messages}))
}
