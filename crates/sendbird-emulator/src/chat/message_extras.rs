//! Per-message extras: pins, reactions, sorted metaarray and translations.

use serde_json::{json, Map, Value};

use super::messages::parse_message_id;
use super::model::{ChannelKind, GroupView, Message, MessageKind, Reaction};
use super::{ChannelCall, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::Params;

/// Longest accepted reaction key.
const MAX_REACTION_CHARS: usize = 192;

/// The deterministic stand-in for a machine translation.
pub(super) fn fake_translation(lang: &str, text: &str) -> String {
    format!("[{lang}] {text}")
}

/// Checks the channel and the message; returns the parsed id.
fn existing(ctx: &Ctx<'_>, kind: ChannelKind, url: &str, raw_id: &str) -> Result<i64, ApiError> {
    let id = parse_message_id(raw_id)?;
    ctx.content(kind, url)?
        .message(id)
        .ok_or_else(|| ApiError::not_found("Message"))?;
    Ok(id)
}

fn message_mut<'a>(
    ctx: &'a mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    id: i64,
) -> Result<&'a mut Message, ApiError> {
    ctx.content_mut(kind, url)?
        .message_mut(id)
        .ok_or_else(|| ApiError::not_found("Message"))
}

/// The message `raw_id` names in the call's channel, for changes (400201 when missing).
fn target_message<'a>(
    ctx: &'a mut Ctx<'_>,
    call: &ChannelCall<'_>,
    raw_id: &str,
) -> Result<&'a mut Message, ApiError> {
    let id = existing(ctx, call.kind, call.url, raw_id)?;
    message_mut(ctx, call.kind, call.url, id)
}

fn render_channel(ctx: &Ctx<'_>, kind: ChannelKind, url: &str) -> Answer {
    Ok(match kind {
        ChannelKind::Group => ctx
            .group(url)?
            .to_json(&ctx.chat.users, GroupView::default()),
        ChannelKind::Open => ctx.open(url)?.to_json(&ctx.chat.users, false),
    })
}

/// `POST /{channel_type}/{channel_url}/messages/{message_id}/pin`: answers the channel,
/// whose `pinned_message_ids` and `last_pinned_message` now include the message.
fn pin(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, raw_id: &str) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let id = existing(ctx, kind, url, raw_id)?;
    let content = ctx.content_mut(kind, url)?;
    if !content.pinned_message_ids.contains(&id) {
        content.pinned_message_ids.push(id);
    }
    render_channel(ctx, kind, url)
}

/// `DELETE /{channel_type}/{channel_url}/messages/{message_id}/pin`: answers the channel.
fn unpin(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, raw_id: &str) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let id = existing(ctx, kind, url, raw_id)?;
    ctx.content_mut(kind, url)?
        .pinned_message_ids
        .retain(|p| *p != id);
    render_channel(ctx, kind, url)
}

/// Serves `.../messages/{message_id}/pin`, `.../reactions`, `.../sorted_metaarray` and
/// `.../translation`.
pub(super) fn route(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    match (call.method, call.rest) {
        ("POST", ["messages", id, "pin"]) => pin(ctx, call, id),
        ("DELETE", ["messages", id, "pin"]) => unpin(ctx, call, id),
        ("GET", ["messages", id, "reactions"]) => list_reactions(ctx, call, id),
        ("POST", ["messages", id, "reactions"]) => add_reaction(ctx, call, id),
        ("DELETE", ["messages", id, "reactions"]) => remove_reaction(ctx, call, id),
        ("POST", ["messages", id, "sorted_metaarray"]) => add_metaarray(ctx, call, id),
        ("PUT", ["messages", id, "sorted_metaarray"]) => update_metaarray(ctx, call, id),
        ("DELETE", ["messages", id, "sorted_metaarray"]) => remove_metaarray(ctx, call, id),
        ("POST", ["messages", id, "translation"]) => translate(ctx, call, id),
        _ => Err(ApiError::invalid_url()),
    }
}

/// Reactions are a group channel feature (400111 on open channels).
fn group_only(kind: ChannelKind) -> Result<(), ApiError> {
    match kind {
        ChannelKind::Group => Ok(()),
        ChannelKind::Open => Err(ApiError::bad_request(
            400111,
            "Invalid value: \"channel_type\" (reactions are only available in group channels).",
        )),
    }
}

/// `GET .../messages/{message_id}/reactions` (`list_users`): `{key: count}`, or
/// `{key: [user_id, ...]}` with `list_users=true` — the documented top-level map.
fn list_reactions(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, raw_id: &str) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let q = call.q;
    let list_users = q.bool_or("list_users", false)?;
    group_only(kind)?;
    let id = existing(ctx, kind, url, raw_id)?;
    let message = ctx
        .content(kind, url)?
        .message(id)
        .ok_or_else(|| ApiError::not_found("Message"))?;
    let reactions: Map<String, Value> = message
        .reactions
        .iter()
        .map(|r| {
            let value = if list_users {
                json!(r.user_ids)
            } else {
                json!(r.user_ids.len())
            };
            (r.key.clone(), value)
        })
        .collect();
    Ok(Value::Object(reactions))
}

fn reaction_key(raw: Option<String>) -> Result<String, ApiError> {
    let key = raw.ok_or_else(|| ApiError::missing("reaction"))?;
    if key.trim().is_empty() {
        return Err(ApiError::invalid_value("reaction"));
    }
    if key.chars().count() > MAX_REACTION_CHARS {
        return Err(ApiError::too_long("reaction"));
    }
    Ok(key)
}

fn reaction_event(
    user_id: &str,
    operation: &str,
    key: &str,
    message_id: i64,
    updated_at: Option<i64>,
) -> Value {
    let mut value = json!({
        "user_id": user_id,
        "operation": operation,
        "success": updated_at.is_some(),
        "reaction": key,
        "msg_id": message_id,
    });
    if let (Value::Object(map), Some(at)) = (&mut value, updated_at) {
        map.insert("updated_at".into(), json!(at));
    }
    value
}

/// `POST .../messages/{message_id}/reactions` (`user_id`, `reaction`). A repeated
/// reaction by the same user answers `success: false` and changes nothing.
fn add_reaction(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, raw_id: &str) -> Answer {
    let p = call.p;
    group_only(call.kind)?;
    super::emojis::check_reactions_enabled(ctx)?;
    let user_id = p.required_str("user_id")?;
    let key = reaction_key(p.str("reaction")?)?;
    react(ctx, call, raw_id, &user_id, &key, true)
}

/// `DELETE .../messages/{message_id}/reactions?user_id=...&reaction=...`. Removing a
/// reaction the user hasn't added answers `success: false`.
fn remove_reaction(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, raw_id: &str) -> Answer {
    let q = call.q;
    group_only(call.kind)?;
    let user_id = q.required_str("user_id")?;
    let key = reaction_key(q.str("reaction")?)?;
    react(ctx, call, raw_id, &user_id, &key, false)
}

/// Adds (`add`, for a member) or removes the reaction `key` of `user_id` on the message
/// `raw_id`, posts the webhook event when something changed, and answers the operation.
fn react(
    ctx: &mut Ctx<'_>,
    call: &ChannelCall<'_>,
    raw_id: &str,
    user_id: &str,
    key: &str,
    add: bool,
) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let id = existing(ctx, kind, url, raw_id)?;
    ctx.user(user_id)?;
    if add {
        ctx.group(url)?
            .member(user_id)
            .ok_or_else(|| ApiError::not_found("Member"))?;
    }
    let now = ctx.now_ms();
    let message = message_mut(ctx, kind, url, id)?;
    let reaction = message.reactions.iter_mut().find(|r| r.key == key);
    let changed = match (reaction, add) {
        (Some(reaction), true) if reaction.user_ids.iter().any(|u| u == user_id) => false,
        (Some(reaction), true) => {
            reaction.user_ids.push(user_id.to_owned());
            reaction.updated_at = now;
            true
        }
        (None, true) => {
            message.reactions.push(Reaction {
                key: key.to_owned(),
                user_ids: vec![user_id.to_owned()],
                updated_at: now,
            });
            true
        }
        (Some(reaction), false) => {
            let before = reaction.user_ids.len();
            reaction.user_ids.retain(|u| u != user_id);
            let removed = reaction.user_ids.len() != before;
            if removed {
                reaction.updated_at = now;
            }
            message.reactions.retain(|r| !r.user_ids.is_empty());
            removed
        }
        (None, false) => false,
    };
    if changed {
        super::webhook_events::reaction(ctx, url, id, user_id, key, add);
    }
    let operation = if add { "ADD" } else { "DELETE" };
    Ok(reaction_event(
        user_id,
        operation,
        key,
        id,
        changed.then_some(now),
    ))
}

/// Reads `sorted_metaarray`: `[{"key": string, "value": [string, ...]}, ...]`.
fn metaarray_items(p: &Params) -> Result<Vec<(String, Vec<String>)>, ApiError> {
    const NAME: &str = "sorted_metaarray";
    let items = match p.json(NAME)? {
        None => return Err(ApiError::missing(NAME)),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(ApiError::wrong_type(NAME, Expected::List)),
    };
    if items.is_empty() {
        return Err(ApiError::invalid_value(NAME));
    }
    items
        .into_iter()
        .map(|item| {
            let Value::Object(object) = item else {
                return Err(ApiError::wrong_type(NAME, Expected::Json));
            };
            let key = match object.get("key") {
                Some(Value::String(key)) if !key.is_empty() => key.clone(),
                Some(Value::String(_)) => return Err(ApiError::invalid_value("key")),
                Some(_) => return Err(ApiError::wrong_type("key", Expected::String)),
                None => return Err(ApiError::missing("key")),
            };
            let values = match object.get("value") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::Array(values)) => values
                    .iter()
                    .map(|v| match v {
                        Value::String(s) => Ok(s.clone()),
                        _ => Err(ApiError::wrong_type("value", Expected::String)),
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                Some(_) => return Err(ApiError::wrong_type("value", Expected::List)),
            };
            Ok((key, values))
        })
        .collect()
}

fn item_key(item: &Value) -> Option<&str> {
    item.get("key").and_then(Value::as_str)
}

/// Adds the values not yet present to an item's `value` array.
fn add_values(item: &mut Value, values: &[String]) {
    if let Value::Object(object) = item {
        let entry = object
            .entry("value")
            .or_insert_with(|| Value::Array(Vec::new()));
        if !entry.is_array() {
            *entry = Value::Array(Vec::new());
        }
        if let Value::Array(existing) = entry {
            for value in values {
                if !existing.iter().any(|e| e.as_str() == Some(value.as_str())) {
                    existing.push(json!(value));
                }
            }
        }
    }
}

fn remove_values(item: &mut Value, values: &[String]) {
    if let Some(Value::Array(existing)) = item.get_mut("value") {
        existing.retain(|e| !e.as_str().is_some_and(|s| values.iter().any(|v| v == s)));
    }
}

/// `POST .../messages/{message_id}/sorted_metaarray`: new keys are appended in order;
/// values of an existing key are merged. Answers every item of the message.
fn add_metaarray(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, raw_id: &str) -> Answer {
    let items = metaarray_items(call.p)?;
    merge_metaarray(ctx, call, raw_id, items, false, true)
}

/// `PUT .../messages/{message_id}/sorted_metaarray` (`mode`: `add` (default) or
/// `remove`; `upsert`: also create missing keys when adding). Answers every item.
fn update_metaarray(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, raw_id: &str) -> Answer {
    let p = call.p;
    let items = metaarray_items(p)?;
    let remove = match p.str("mode")?.as_deref() {
        None | Some("add") => false,
        Some("remove") => true,
        Some(_) => return Err(ApiError::invalid_value("mode")),
    };
    let upsert = p.bool("upsert")?.unwrap_or(false);
    merge_metaarray(ctx, call, raw_id, items, remove, upsert)
}

/// Adds (or with `remove`, takes away) the values of each item; a missing key is appended
/// when adding with `upsert`. Answers every item of the message.
fn merge_metaarray(
    ctx: &mut Ctx<'_>,
    call: &ChannelCall<'_>,
    raw_id: &str,
    items: Vec<(String, Vec<String>)>,
    remove: bool,
    upsert: bool,
) -> Answer {
    let message = target_message(ctx, call, raw_id)?;
    for (key, values) in items {
        let existing = message
            .sorted_metaarray
            .iter_mut()
            .find(|i| item_key(i) == Some(key.as_str()));
        match (existing, remove) {
            (Some(item), false) => add_values(item, &values),
            (Some(item), true) => remove_values(item, &values),
            (None, false) if upsert => message
                .sorted_metaarray
                .push(json!({"key": key, "value": values})),
            (None, _) => {}
        }
    }
    Ok(json!({"sorted_metaarray": message.sorted_metaarray}))
}

/// `DELETE .../messages/{message_id}/sorted_metaarray?keys=a,b`.
fn remove_metaarray(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, raw_id: &str) -> Answer {
    let keys = call.q.required_list("keys")?;
    let message = target_message(ctx, call, raw_id)?;
    message
        .sorted_metaarray
        .retain(|i| !item_key(i).is_some_and(|k| keys.iter().any(|x| x == k)));
    Ok(json!({}))
}

/// `POST .../messages/{message_id}/translation` (`target_langs`; `dest_langs` is accepted
/// too): stores `[<lang>] <text>` under `translations` and answers the message. Only
/// text messages (MESG) translate.
fn translate(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, raw_id: &str) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let p = call.p;
    let langs = match p.str_list("target_langs")? {
        Some(langs) => Some(langs),
        None => p.str_list("dest_langs")?,
    };
    let langs = langs
        .filter(|l| !l.is_empty())
        .ok_or_else(|| ApiError::missing("target_langs"))?;
    if langs.iter().any(|l| l.trim().is_empty()) {
        return Err(ApiError::invalid_value("target_langs"));
    }
    let message = target_message(ctx, call, raw_id)?;
    if message.kind != MessageKind::Text {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"message_id\" (only text messages can be translated).",
        ));
    }
    for lang in langs {
        let translated = fake_translation(&lang, &message.message);
        message.translations.insert(lang, translated);
    }
    let message = message.clone();
    Ok(message.to_json(&ctx.chat.users, kind, url))
}
