//! The webhook payloads Chat state changes produce, built with `json!` from the emulator's
//! own records (field names per Sendbird's webhook event pages). Handlers call one function
//! here after a change is applied; each checks the subscription first (nothing is built when
//! the category is not delivered) and queues the payload with [`Ctx::emit`], which adds
//! `category` and `app_id`.
//!
//! Shapes (docs examples where Sendbird shows one; otherwise the reading recorded in the
//! SDK's fixtures): a payload's `channel` is a summary (`name`, `channel_url`, `custom_type`,
//! `data` and the channel flags), users are `{user_id, nickname, profile_url, metadata}`,
//! message events carry the message as `payload` and `sdk: "API"`. Group channel payloads
//! carry `members` (with unread counts) only when `include_members` is on and the channel is
//! not a Supergroup; open channel payloads never do.
//!
//! Produced: `open_channel:create|remove|message_send|message_update|message_delete|report`,
//! `group_channel:create|changed|remove|invite|decline_invite|join|leave|message_send|
//! message_read|message_update|message_delete|freeze_unfreeze|reaction_add|reaction_delete|
//! report`, `user:block|unblock|report`, `message:report`, `profanity_filter:replace|block`.
//! Not produced: categories no Platform API call causes (`open_channel:enter|exit`,
//! `operators:*_by_operator`, which Sendbird sends for client-SDK changes only) and the
//! rest (`alert:*`, `image_moderation:*`, advanced moderation, announcements, push).

use serde_json::{json, Map, Value};

use super::model::{
    user_summary, ChannelKind, GroupChannel, HiddenState, Message, MessageKind, OpenChannel,
};
use super::Ctx;
use crate::render;

/// `{user_id, nickname, profile_url, metadata}` (the id alone for a user that is gone).
fn user(ctx: &Ctx<'_>, user_id: &str) -> Value {
    user_summary(&ctx.chat.users, user_id)
}

fn users(ctx: &Ctx<'_>, ids: &[String]) -> Value {
    Value::Array(ids.iter().map(|id| user(ctx, id)).collect())
}

fn group_summary(c: &GroupChannel) -> Value {
    json!({
        "name": c.name,
        "channel_url": c.channel_url,
        "cover_url": c.cover_url,
        "custom_type": c.custom_type,
        "is_distinct": c.is_distinct,
        "is_public": c.is_public,
        "is_super": c.is_super,
        "is_ephemeral": c.is_ephemeral,
        "is_discoverable": c.is_public,
        "data": c.data,
    })
}

fn open_summary(c: &OpenChannel) -> Value {
    json!({
        "name": c.name,
        "channel_url": c.channel_url,
        "cover_url": c.cover_url,
        "custom_type": c.custom_type,
        "is_distinct": false,
        "is_public": false,
        "is_super": false,
        "is_ephemeral": c.is_ephemeral,
        "is_discoverable": false,
        "data": c.data,
    })
}

/// The channel summary of either kind (`null` when the channel is gone).
fn channel_summary(ctx: &Ctx<'_>, kind: ChannelKind, url: &str) -> Value {
    match kind {
        ChannelKind::Group => ctx.chat.group_channels.get(url).map(group_summary),
        ChannelKind::Open => ctx.chat.open_channels.get(url).map(open_summary),
    }
    .unwrap_or(Value::Null)
}

/// The `members` of a group channel payload, when `include_members` is on and the channel
/// is not a Supergroup. With a `sender`, each member also says whether it blocks the sender
/// or is blocked by them (message events).
fn members(ctx: &Ctx<'_>, url: &str, sender: Option<&str>) -> Option<Value> {
    let channel = ctx.chat.group_channels.get(url)?;
    if !ctx.chat.webhook.include_members || channel.is_super {
        return None;
    }
    let list = channel
        .members
        .iter()
        .map(|member| {
            let unread = channel.unread(member);
            let total: usize = ctx
                .chat
                .group_channels
                .values()
                .filter_map(|c| c.member(&member.user_id).map(|m| c.unread(m).messages))
                .sum();
            let mut value = user(ctx, &member.user_id);
            if let Value::Object(map) = &mut value {
                let active = ctx
                    .chat
                    .users
                    .get(&member.user_id)
                    .is_none_or(|u| u.is_active);
                map.insert("is_active".into(), json!(active));
                map.insert("is_online".into(), json!(false));
                let hidden = match member.hidden {
                    HiddenState::Unhidden => 0,
                    HiddenState::AllowAutoUnhide => 1,
                    HiddenState::PreventAutoUnhide => 2,
                };
                map.insert("is_hidden".into(), json!(hidden));
                map.insert("state".into(), json!(member.state.as_str()));
                if let Some(sender) = sender {
                    let moderation = &ctx.chat.moderation;
                    map.insert(
                        "is_blocking_sender".into(),
                        json!(moderation.blocks(&member.user_id, sender)),
                    );
                    map.insert(
                        "is_blocked_by_sender".into(),
                        json!(moderation.blocks(sender, &member.user_id)),
                    );
                }
                map.insert("unread_message_count".into(), json!(total));
                map.insert("total_unread_message_count".into(), json!(total));
                map.insert(
                    "channel_unread_message_count".into(),
                    json!(unread.messages),
                );
                map.insert("channel_mention_count".into(), json!(unread.mentions));
                map.insert("push_enabled".into(), json!(false));
                map.insert("push_trigger_option".into(), json!("default"));
                map.insert("do_not_disturb".into(), json!(false));
            }
            value
        })
        .collect();
    Some(Value::Array(list))
}

/// Adds `members` to a group channel payload when they are to be included.
fn with_members(ctx: &Ctx<'_>, url: &str, sender: Option<&str>, mut payload: Value) -> Value {
    if let (Some(list), Value::Object(map)) = (members(ctx, url, sender), &mut payload) {
        map.insert("members".into(), list);
    }
    payload
}

/// Emits a group channel event, with the channel's `members` when they are included.
fn emit_group(ctx: &mut Ctx<'_>, category: &'static str, url: &str, payload: Value) {
    let payload = with_members(ctx, url, None, payload);
    ctx.emit(category, payload);
}

/// Emits a group channel event about a change: `{at: now, field: value, "channel": ...}`,
/// with the `inviter` when there is one, and the members.
fn emit_group_change(
    ctx: &mut Ctx<'_>,
    category: &'static str,
    url: &str,
    (at, field, value): (&str, &str, Value),
    inviter: Option<&str>,
) {
    let mut payload = json!({"channel": channel_summary(ctx, ChannelKind::Group, url)});
    payload[at] = json!(ctx.now_ms());
    payload[field] = value;
    if let Some(inviter) = inviter {
        payload["inviter"] = user(ctx, inviter);
    }
    emit_group(ctx, category, url, payload);
}

fn group_category(kind: ChannelKind, event: &str) -> &'static str {
    match (kind, event) {
        (ChannelKind::Group, "message_send") => "group_channel:message_send",
        (ChannelKind::Group, "message_update") => "group_channel:message_update",
        (ChannelKind::Group, "message_delete") => "group_channel:message_delete",
        (ChannelKind::Group, _) => "group_channel:report",
        (ChannelKind::Open, "message_send") => "open_channel:message_send",
        (ChannelKind::Open, "message_update") => "open_channel:message_update",
        (ChannelKind::Open, "message_delete") => "open_channel:message_delete",
        (ChannelKind::Open, _) => "open_channel:report",
    }
}

/// The `payload` of a message event.
fn message_payload(message: &Message) -> Value {
    let mut payload = Map::new();
    payload.insert("message_id".into(), json!(message.message_id));
    payload.insert("custom_type".into(), json!(message.custom_type));
    if message.kind != MessageKind::File {
        payload.insert("message".into(), json!(message.message));
        payload.insert("translations".into(), render::object(&message.translations));
    }
    if let Some(file) = &message.file {
        payload.insert("url".into(), json!(file.url));
        payload.insert("name".into(), json!(file.name));
        payload.insert("type".into(), json!(file.file_type));
        payload.insert("size".into(), json!(file.size));
    }
    payload.insert("created_at".into(), json!(message.created_at));
    payload.insert("data".into(), json!(message.data));
    Value::Object(payload)
}

/// A message event's fields (`sender`, `custom_type`, `mention_type`, `mentioned_users`,
/// `type`, `payload`, `channel`, `sdk`).
fn message_event(ctx: &Ctx<'_>, kind: ChannelKind, url: &str, message: &Message) -> Value {
    let mut event = json!({
        "silent": message.silent,
        "custom_type": message.custom_type,
        "mention_type": message.mention_type,
        "mentioned_users": users(ctx, &message.mentioned_user_ids),
        "type": message.kind.as_str(),
        "payload": message_payload(message),
        "channel": channel_summary(ctx, kind, url),
        "sdk": "API",
    });
    if let (Some(sender), Value::Object(map)) = (&message.sender, &mut event) {
        map.insert("sender".into(), user(ctx, sender));
    }
    if kind == ChannelKind::Group {
        event = with_members(ctx, url, message.sender.as_deref(), event);
    }
    event
}

fn stored_message<'a>(
    ctx: &'a Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    id: i64,
) -> Option<&'a Message> {
    ctx.content(kind, url).ok()?.message(id)
}

/// `{open,group}_channel:message_send` for a stored message.
pub(super) fn message_sent(ctx: &mut Ctx<'_>, kind: ChannelKind, url: &str, message_id: i64) {
    let category = group_category(kind, "message_send");
    if !ctx.wants(category) {
        return;
    }
    if let Some(message) = stored_message(ctx, kind, url, message_id) {
        let payload = message_event(ctx, kind, url, message);
        ctx.emit(category, payload);
    }
}

/// `{open,group}_channel:message_update` for a stored message (`old_text`: the text before,
/// reported in `changes` when it changed).
pub(super) fn message_updated(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    message_id: i64,
    old_text: &str,
) {
    let category = group_category(kind, "message_update");
    if !ctx.wants(category) {
        return;
    }
    if let Some(message) = stored_message(ctx, kind, url, message_id) {
        let mut payload = message_event(ctx, kind, url, message);
        if message.message != old_text {
            payload["changes"] =
                json!([{"key": "message", "old": old_text, "new": message.message}]);
        }
        ctx.emit(category, payload);
    }
}

/// `{open,group}_channel:message_delete` for a message that was just removed.
pub(super) fn message_deleted(ctx: &mut Ctx<'_>, kind: ChannelKind, url: &str, message: &Message) {
    let category = group_category(kind, "message_delete");
    if ctx.wants(category) {
        let payload = message_event(ctx, kind, url, message);
        ctx.emit(category, payload);
    }
}

/// `group_channel:create`, then `group_channel:join` for the members who joined at creation.
pub(super) fn group_created(ctx: &mut Ctx<'_>, url: &str) {
    let Some(channel) = ctx.chat.group_channels.get(url) else {
        return;
    };
    let joined: Vec<String> = channel
        .members
        .iter()
        .filter(|m| m.state == super::model::MemberState::Joined)
        .map(|m| m.user_id.clone())
        .collect();
    if ctx.wants("group_channel:create") {
        let mut payload = json!({
            "created_at": channel.created_at_ms,
            "channel": group_summary(channel),
        });
        if let Some(inviter) = &channel.created_by {
            payload["inviter"] = user(ctx, inviter);
        }
        emit_group(ctx, "group_channel:create", url, payload);
    }
    group_joined(ctx, url, &joined);
}

/// What `group_channel:changed` compares: name, cover_url, custom_type, data, access_code.
pub(super) type Snapshot = [(&'static str, String); 5];

/// The properties `group_channel:changed` reports, before an update.
pub(super) fn snapshot(ctx: &Ctx<'_>, url: &str) -> Option<Snapshot> {
    let c = ctx.chat.group_channels.get(url)?;
    Some([
        ("name", c.name.clone()),
        ("cover_url", c.cover_url.clone()),
        ("custom_type", c.custom_type.clone()),
        ("data", c.data.clone()),
        ("access_code", c.access_code.clone().unwrap_or_default()),
    ])
}

/// `group_channel:changed` when a property in `before` changed.
pub(super) fn group_changed(ctx: &mut Ctx<'_>, url: &str, before: Option<Snapshot>) {
    if !ctx.wants("group_channel:changed") {
        return;
    }
    let (Some(before), Some(after)) = (before, snapshot(ctx, url)) else {
        return;
    };
    let changes: Vec<Value> = before
        .iter()
        .zip(after.iter())
        .filter(|(old, new)| old.1 != new.1)
        .map(|(old, new)| json!({"key": old.0, "old": old.1, "new": new.1}))
        .collect();
    if changes.is_empty() {
        return;
    }
    let change = ("changed_at", "changes", json!(changes));
    emit_group_change(ctx, "group_channel:changed", url, change, None);
}

/// `group_channel:remove` for a channel that was just deleted.
pub(super) fn group_removed(ctx: &mut Ctx<'_>, removed: &GroupChannel) {
    if ctx.wants("group_channel:remove") {
        let payload = json!({"removed_at": ctx.now_ms(), "channel": group_summary(removed)});
        ctx.emit("group_channel:remove", payload);
    }
}

/// After new members were added by an invitation: `group_channel:invite` for those now
/// invited, `group_channel:join` for those who joined at once (auto-accept).
pub(super) fn group_invited(ctx: &mut Ctx<'_>, url: &str, inviter: Option<&str>, added: &[String]) {
    let Some(channel) = ctx.chat.group_channels.get(url) else {
        return;
    };
    let (mut invited, mut joined) = (Vec::new(), Vec::new());
    for id in added {
        match channel.member(id).map(|m| m.state) {
            Some(super::model::MemberState::Invited) => invited.push(id.clone()),
            Some(super::model::MemberState::Joined) => joined.push(id.clone()),
            None => {}
        }
    }
    if !invited.is_empty() && ctx.wants("group_channel:invite") {
        let change = ("invited_at", "invitees", users(ctx, &invited));
        emit_group_change(ctx, "group_channel:invite", url, change, inviter);
    }
    group_joined(ctx, url, &joined);
}

/// `group_channel:join` for `joined` (nothing when empty).
pub(super) fn group_joined(ctx: &mut Ctx<'_>, url: &str, joined: &[String]) {
    if joined.is_empty() || !ctx.wants("group_channel:join") {
        return;
    }
    let change = ("joined_at", "users", users(ctx, joined));
    emit_group_change(ctx, "group_channel:join", url, change, None);
}

/// The `users` of `group_channel:leave`, read before they leave: each with its unread
/// messages in the channel at the time.
pub(super) fn leavers(ctx: &Ctx<'_>, url: &str, ids: &[String]) -> Vec<Value> {
    let Some(channel) = ctx.chat.group_channels.get(url) else {
        return Vec::new();
    };
    channel
        .members
        .iter()
        .filter(|m| ids.contains(&m.user_id))
        .map(|m| {
            let mut value = user(ctx, &m.user_id);
            value["channel_unread_message_count"] = json!(channel.unread(m).messages);
            value
        })
        .collect()
}

/// `group_channel:leave` once `left` (from [`leavers`]) are gone.
pub(super) fn group_left(ctx: &mut Ctx<'_>, url: &str, left: Vec<Value>) {
    if left.is_empty() || !ctx.wants("group_channel:leave") {
        return;
    }
    let change = ("left_at", "users", Value::Array(left));
    emit_group_change(ctx, "group_channel:leave", url, change, None);
}

/// `group_channel:decline_invite` once `user_id` declined.
pub(super) fn group_declined(ctx: &mut Ctx<'_>, url: &str, user_id: &str, inviter: Option<&str>) {
    if !ctx.wants("group_channel:decline_invite") {
        return;
    }
    let change = ("declined_invite_at", "users", json!([user(ctx, user_id)]));
    emit_group_change(ctx, "group_channel:decline_invite", url, change, inviter);
}

/// `group_channel:message_read` after `user_id` marked the channel read.
pub(super) fn message_read(ctx: &mut Ctx<'_>, url: &str, user_id: &str) {
    if !ctx.wants("group_channel:message_read") {
        return;
    }
    let Some(channel) = ctx.chat.group_channels.get(url) else {
        return;
    };
    let Some(member) = channel.member(user_id) else {
        return;
    };
    let total: usize = ctx
        .chat
        .group_channels
        .values()
        .filter_map(|c| c.member(user_id).map(|m| c.unread(m).messages))
        .sum();
    let payload = json!({
        "channel": group_summary(channel),
        "read_updates": [{
            "user_id": user_id,
            "read_ts": member.read_ts,
            "channel_unread_message_count": channel.unread(member).messages,
            "total_unread_message_count": total,
        }],
    });
    emit_group(ctx, "group_channel:message_read", url, payload);
}

/// `group_channel:freeze_unfreeze` (the new state as `freeze`, also in `channel`).
pub(super) fn freeze_changed(ctx: &mut Ctx<'_>, url: &str) {
    if !ctx.wants("group_channel:freeze_unfreeze") {
        return;
    }
    let Some(channel) = ctx.chat.group_channels.get(url) else {
        return;
    };
    let mut summary = group_summary(channel);
    summary["freeze"] = json!(channel.freeze);
    let payload = json!({"freeze": channel.freeze, "channel": summary});
    emit_group(ctx, "group_channel:freeze_unfreeze", url, payload);
}

/// `group_channel:reaction_add` / `reaction_delete` after a reaction changed.
pub(super) fn reaction(
    ctx: &mut Ctx<'_>,
    url: &str,
    message_id: i64,
    user_id: &str,
    key: &str,
    added: bool,
) {
    let category = if added {
        "group_channel:reaction_add"
    } else {
        "group_channel:reaction_delete"
    };
    if !ctx.wants(category) {
        return;
    }
    let Some(message) = stored_message(ctx, ChannelKind::Group, url, message_id) else {
        return;
    };
    let payload = json!({
        "reaction": key,
        "ts": ctx.now_ms(),
        "user": user(ctx, user_id),
        "message": message_payload(message),
        "channel": channel_summary(ctx, ChannelKind::Group, url),
    });
    emit_group(ctx, category, url, payload);
}

/// `user:block` (one per blocked user) or `user:unblock`.
pub(super) fn block_changed(ctx: &mut Ctx<'_>, actor: &str, target: &str, blocked: bool) {
    let (category, who, whom) = if blocked {
        ("user:block", "blocker", "blockee")
    } else {
        ("user:unblock", "unblocker", "unblockee")
    };
    if ctx.wants(category) {
        let mut payload = Map::new();
        payload.insert(who.into(), user(ctx, actor));
        payload.insert(whom.into(), user(ctx, target));
        ctx.emit(category, Value::Object(payload));
    }
}

/// `open_channel:create` for a stored channel.
pub(super) fn open_created(ctx: &mut Ctx<'_>, url: &str) {
    if !ctx.wants("open_channel:create") {
        return;
    }
    let Some(channel) = ctx.chat.open_channels.get(url) else {
        return;
    };
    let payload = json!({
        "created_at": channel.created_at_ms,
        "operators": users(ctx, &channel.operators),
        "channel": open_summary(channel),
    });
    ctx.emit("open_channel:create", payload);
}

/// `open_channel:remove` for a channel that was just deleted.
pub(super) fn open_removed(ctx: &mut Ctx<'_>, removed: &OpenChannel) {
    if ctx.wants("open_channel:remove") {
        let payload = json!({"removed_at": ctx.now_ms(), "channel": open_summary(removed)});
        ctx.emit("open_channel:remove", payload);
    }
}

/// What a report event needs (see [`report_filed`]).
pub(super) struct Filed<'a> {
    /// `message`, `user` or `channel` (the report resource's `report_type`).
    pub(super) subject: &'a str,
    pub(super) kind: ChannelKind,
    pub(super) url: &'a str,
    pub(super) category: &'a str,
    pub(super) custom_category: Option<&'a str>,
    pub(super) description: &'a str,
    pub(super) reporting_user_id: Option<&'a str>,
    pub(super) offending_user_id: Option<&'a str>,
    pub(super) message_id: Option<i64>,
    pub(super) created_at_ms: i64,
}

/// `message:report`, `user:report`, `open_channel:report` or `group_channel:report`.
/// `created_at` is in milliseconds here (the docs' example shows seconds, the report
/// resource's description milliseconds).
pub(super) fn report_filed(ctx: &mut Ctx<'_>, report: &Filed<'_>) {
    let (category, report_type) = match report.subject {
        "message" => ("message:report", "message"),
        "user" => ("user:report", "user"),
        _ => match report.kind {
            ChannelKind::Group => (
                group_category(ChannelKind::Group, "report"),
                "group_channel",
            ),
            ChannelKind::Open => (group_category(ChannelKind::Open, "report"), "open_channel"),
        },
    };
    if !ctx.wants(category) {
        return;
    }
    let mut payload = json!({
        "created_at": report.created_at_ms,
        "report_type": report_type,
        "report_category": report.category,
        "channel": channel_summary(ctx, report.kind, report.url),
        "report_description": report.description,
    });
    let map = match &mut payload {
        Value::Object(map) => map,
        _ => return,
    };
    if let Some(name) = report.custom_category {
        map.insert("custom_report_category_name".into(), json!(name));
    }
    if let Some(id) = report.reporting_user_id {
        map.insert("reporting_user".into(), user(ctx, id));
    }
    if let Some(id) = report.offending_user_id {
        map.insert("offending_user".into(), user(ctx, id));
    }
    if let Some(message) = report
        .message_id
        .and_then(|id| stored_message(ctx, report.kind, report.url, id))
    {
        let mut reported = message_event(ctx, report.kind, report.url, message);
        if let Value::Object(reported) = &mut reported {
            for key in ["members", "silent", "sdk"] {
                reported.remove(key);
            }
        }
        map.insert("reported_message".into(), reported);
    }
    ctx.emit(category, payload);
}

/// `profanity_filter:replace` (the message goes out filtered; `replaced_text` is the
/// original, as in the docs) or `profanity_filter:block` (the message is refused).
pub(super) fn profanity(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    message: &Message,
    original: &str,
    blocked: bool,
) {
    let category = if blocked {
        "profanity_filter:block"
    } else {
        "profanity_filter:replace"
    };
    if !ctx.wants(category) {
        return;
    }
    let sender = message.sender.as_deref().map(|s| user(ctx, s));
    let mut payload = if blocked {
        json!({"blocked_at": ctx.now_ms(), "message": original})
    } else {
        json!({
            "custom_type": message.custom_type,
            "type": message.kind.as_str(),
            "replaced_text": original,
            "payload": message_payload(message),
            "sdk": "API",
        })
    };
    payload["channel"] = channel_summary(ctx, kind, url);
    if let Some(sender) = sender {
        payload["sender"] = sender;
    }
    if kind == ChannelKind::Group && !blocked {
        payload = with_members(ctx, url, message.sender.as_deref(), payload);
    }
    ctx.emit(category, payload);
}
