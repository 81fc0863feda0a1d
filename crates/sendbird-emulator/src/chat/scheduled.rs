//! Scheduled messages: `/group_channels/{url}/scheduled_messages[/{id}]`,
//! `/scheduled_messages[/count]` and `/{channel_type}/{url}/scheduled_messages/{id}/send_now`.
//!
//! A scheduled message waits as `pending` until its time comes on the emulator clock; the next
//! Chat request then delivers it ([`deliver_due`]) exactly as `send_now` does: through the
//! ordinary send-message path, so the message lands in the channel's history. A sender who left
//! the channel in the meantime makes it `removed`, any other refusal `failed`.

use serde_json::{json, Map, Value};

use super::messages::parse_message_id;
use super::model::{basic_user, ChannelKind, MessageKind};
use super::{assign, check_custom_type, due_jobs, paging, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::Params;
use crate::http::query::Query;

/// The earliest a message may be scheduled: 5 minutes from now.
const MIN_LEAD_MS: i64 = 5 * 60 * 1000;
/// The latest a message may be scheduled: 30 days (43,200 minutes) from now.
const MAX_LEAD_MS: i64 = 43_200 * 60 * 1000;
/// Sendbird drops the seconds of `scheduled_at`.
const MINUTE_MS: i64 = 60 * 1000;

/// The accepted `scheduled_status` values.
const STATUSES: &[&str] = &[
    "pending", "in_queue", "sent", "failed", "canceled", "removed",
];

wire_enum! {
    /// A scheduled message's status.
    enum Status {
        Pending => "pending",
        Sent => "sent",
        Failed => "failed",
        Canceled => "canceled",
        Removed => "removed",
    }
}

/// The file of a scheduled file message (by URL).
#[derive(Debug, Clone)]
struct FileRef {
    url: String,
    name: String,
    file_type: String,
    size: i64,
}

/// One scheduled message.
#[derive(Debug, Clone)]
pub(crate) struct Scheduled {
    id: i64,
    seq: u64,
    channel_url: String,
    kind: MessageKind,
    sender: Option<String>,
    message: String,
    custom_type: String,
    data: String,
    send_push: bool,
    mention_type: String,
    mentioned_user_ids: Vec<String>,
    is_silent: bool,
    mark_as_read: bool,
    sorted_metaarray: Vec<Value>,
    file: Option<FileRef>,
    thumbnails: Vec<Value>,
    require_auth: bool,
    scheduled_at: i64,
    created_at: i64,
    updated_at: i64,
    sent_at: i64,
    message_id: i64,
    status: Status,
}

/// Every scheduled message of the application.
#[derive(Debug, Default)]
pub(crate) struct ScheduledState {
    next_id: i64,
    messages: Vec<Scheduled>,
}

impl ScheduledState {
    /// Marks the pending messages of senders who no longer exist as `removed`.
    pub(crate) fn remove_senders(&mut self, user_ids: &[String]) {
        for message in self.messages.iter_mut().filter(|m| {
            m.status == Status::Pending && m.sender.as_ref().is_some_and(|s| user_ids.contains(s))
        }) {
            message.status = Status::Removed;
        }
    }
}

impl Scheduled {
    fn to_json(&self, ctx: &Ctx<'_>) -> Value {
        let mentioned: Vec<Value> = self
            .mentioned_user_ids
            .iter()
            .map(|id| basic_user(&ctx.chat.users, id, ""))
            .collect();
        let mut value = json!({
            "scheduled_message_id": self.id,
            "type": self.kind.as_str(),
            "channel_url": self.channel_url,
            "channel_type": ChannelKind::Group.message_channel_type(),
            "scheduled_status": self.status.as_str(),
            "scheduled_at": self.scheduled_at,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "sent_at": self.sent_at,
            "message_id": self.message_id,
            "custom_type": self.custom_type,
            "data": self.data,
            "send_push": self.send_push,
            "mention_type": self.mention_type,
            "mentioned_users": mentioned,
            "is_silent": self.is_silent,
            "mark_as_read": self.mark_as_read,
            "sorted_metaarray": self.sorted_metaarray,
        });
        if let Value::Object(map) = &mut value {
            if self.kind != MessageKind::File {
                map.insert("message".into(), json!(self.message));
            }
            if let Some(sender) = &self.sender {
                map.insert("sender_id".into(), json!(sender));
                map.insert("user".into(), basic_user(&ctx.chat.users, sender, ""));
            }
            if let Some(file) = &self.file {
                map.insert(
                    "file".into(),
                    json!({"url": file.url, "name": file.name, "type": file.file_type,
                           "size": file.size, "data": ""}),
                );
                map.insert("thumbnails".into(), Value::Array(self.thumbnails.clone()));
                map.insert("require_auth".into(), json!(self.require_auth));
            }
        }
        value
    }

    /// The body of the send-message request that delivers it.
    fn send_params(&self) -> Params {
        let mut body = Map::new();
        body.insert("message_type".into(), json!(self.kind.as_str()));
        if let Some(sender) = &self.sender {
            body.insert("user_id".into(), json!(sender));
        }
        if self.kind != MessageKind::File {
            body.insert("message".into(), json!(self.message));
        }
        if let Some(file) = &self.file {
            body.insert("url".into(), json!(file.url));
            body.insert("file_name".into(), json!(file.name));
            body.insert("file_type".into(), json!(file.file_type));
            body.insert("file_size".into(), json!(file.size));
            body.insert("thumbnails".into(), Value::Array(self.thumbnails.clone()));
            body.insert("require_auth".into(), json!(self.require_auth));
        }
        body.insert("custom_type".into(), json!(self.custom_type));
        body.insert("data".into(), json!(self.data));
        body.insert("send_push".into(), json!(self.send_push));
        body.insert("mention_type".into(), json!(self.mention_type));
        body.insert("mentioned_user_ids".into(), json!(self.mentioned_user_ids));
        body.insert("is_silent".into(), json!(self.is_silent));
        body.insert("sorted_metaarray".into(), json!(self.sorted_metaarray));
        Params::Json(body)
    }
}

/// Checks a `scheduled_at` against the 5-minute to 30-day window (400113) and drops its
/// seconds.
fn check_scheduled_at(now: i64, scheduled_at: i64) -> Result<i64, ApiError> {
    if scheduled_at < now + MIN_LEAD_MS || scheduled_at > now + MAX_LEAD_MS {
        return Err(ApiError::bad_request(
            400113,
            "\"scheduled_at\" must be between 5 minutes and 30 days from now.",
        ));
    }
    Ok(scheduled_at - scheduled_at.rem_euclid(MINUTE_MS))
}

fn check_mention_type(mention_type: &str) -> Result<(), ApiError> {
    match mention_type {
        "users" | "channel" => Ok(()),
        _ => Err(ApiError::invalid_value("mention_type")),
    }
}

fn metaarray(p: &Params) -> Result<Option<Vec<Value>>, ApiError> {
    match p.json("sorted_metaarray")? {
        None => Ok(None),
        Some(Value::Array(items)) => Ok(Some(items)),
        Some(_) => Err(ApiError::wrong_type("sorted_metaarray", Expected::List)),
    }
}

/// `thumbnails` as objects (`["https://..."]` becomes `[{"url": "https://..."}]`).
fn thumbnails(p: &Params) -> Result<Option<Vec<Value>>, ApiError> {
    match p.json("thumbnails")? {
        None => Ok(None),
        Some(Value::Array(items)) => Ok(Some(
            items
                .into_iter()
                .map(|item| match item {
                    Value::String(url) => json!({"url": url}),
                    other => other,
                })
                .collect(),
        )),
        Some(_) => Err(ApiError::wrong_type("thumbnails", Expected::List)),
    }
}

/// `POST /group_channels/{channel_url}/scheduled_messages`.
pub(super) fn create(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    ctx.group(url)?;
    let message_type = p.required_str("message_type")?;
    let kind =
        MessageKind::parse(&message_type).ok_or_else(|| ApiError::invalid_value("message_type"))?;
    let scheduled_at = p
        .int("scheduled_at")?
        .ok_or_else(|| ApiError::missing("scheduled_at"))?;
    let sender = match kind {
        MessageKind::Admin => None,
        MessageKind::Text | MessageKind::File => {
            let user_id = p.required_str("user_id")?;
            ctx.user(&user_id)?;
            if ctx.group(url)?.member(&user_id).is_none() {
                return Err(ApiError::bad_request(
                    900020,
                    "User must be a member of the channel.",
                ));
            }
            Some(user_id)
        }
    };
    let message = match kind {
        MessageKind::File => String::new(),
        _ => p.required_str("message")?,
    };
    let file = match kind {
        MessageKind::File => {
            let url = super::messages::file_url(p, "url")?;
            Some(FileRef {
                url,
                name: p.str("file_name")?.unwrap_or_default(),
                file_type: match p.str("file_type")? {
                    Some(t) => t,
                    None => p.str("mime_type")?.unwrap_or_default(),
                },
                size: p.int("file_size")?.unwrap_or(0),
            })
        }
        _ => None,
    };
    let custom_type = p.str("custom_type")?.unwrap_or_default();
    check_custom_type(&custom_type)?;
    let mention_type = p.str("mention_type")?.unwrap_or_else(|| "users".to_owned());
    check_mention_type(&mention_type)?;
    let mentioned_user_ids = p.str_list("mentioned_user_ids")?.unwrap_or_default();
    let now = ctx.now_ms();
    let scheduled_at = check_scheduled_at(now, scheduled_at)?;
    ctx.chat.scheduled.next_id += 1;
    let record = Scheduled {
        id: ctx.chat.scheduled.next_id,
        seq: ctx.chat.next_seq(),
        channel_url: url.to_owned(),
        kind,
        sender,
        message,
        custom_type,
        data: p.str("data")?.unwrap_or_default(),
        send_push: p.bool("send_push")?.unwrap_or(true),
        mention_type,
        mentioned_user_ids,
        is_silent: p.bool("is_silent")?.unwrap_or(false),
        mark_as_read: p.bool("mark_as_read")?.unwrap_or(true),
        sorted_metaarray: metaarray(p)?.unwrap_or_default(),
        file,
        thumbnails: thumbnails(p)?.unwrap_or_default(),
        require_auth: p.bool("require_auth")?.unwrap_or(false),
        scheduled_at,
        created_at: now,
        updated_at: 0,
        sent_at: 0,
        message_id: 0,
        status: Status::Pending,
    };
    let value = record.to_json(ctx);
    ctx.chat.scheduled.messages.push(record);
    Ok(value)
}

/// The index of the scheduled message `id` of group channel `url` (400201 otherwise).
fn find(ctx: &Ctx<'_>, url: &str, id: &str) -> Result<usize, ApiError> {
    ctx.group(url)?;
    let id = parse_message_id(id)?;
    ctx.chat
        .scheduled
        .messages
        .iter()
        .position(|m| m.id == id && m.channel_url == url)
        .ok_or_else(|| ApiError::not_found("Scheduled message"))
}

/// 400920: the scheduled message is no longer pending.
fn not_pending(status: Status) -> ApiError {
    ApiError::bad_request(
        400920,
        format!(
            "The scheduled message is {} and can no longer be changed.",
            status.as_str()
        ),
    )
}

/// `GET /group_channels/{channel_url}/scheduled_messages/{id}`.
pub(super) fn get(ctx: &mut Ctx<'_>, url: &str, id: &str) -> Answer {
    let index = find(ctx, url, id)?;
    Ok(ctx.chat.scheduled.messages[index].to_json(ctx))
}

/// `PUT /group_channels/{channel_url}/scheduled_messages/{id}`: pending messages only, at
/// least 5 minutes before their scheduled time; the type cannot change.
pub(super) fn update(ctx: &mut Ctx<'_>, url: &str, id: &str, p: &Params) -> Answer {
    let index = find(ctx, url, id)?;
    let now = ctx.now_ms();
    let current = ctx.chat.scheduled.messages[index].clone();
    if current.status != Status::Pending {
        return Err(not_pending(current.status));
    }
    if now > current.scheduled_at - MIN_LEAD_MS {
        return Err(ApiError::bad_request(
            400920,
            "A scheduled message can only be updated until 5 minutes before its scheduled time.",
        ));
    }
    if let Some(message_type) = p.str("message_type")? {
        if MessageKind::parse(&message_type) != Some(current.kind) {
            return Err(ApiError::invalid_value("message_type"));
        }
    }
    let mut next = current;
    if let Some(text) = p.str("message")? {
        if next.kind == MessageKind::File {
            return Err(ApiError::invalid_value("message"));
        }
        next.message = text;
    }
    if let Some(at) = p.int("scheduled_at")? {
        next.scheduled_at = check_scheduled_at(now, at)?;
    }
    if let Some(custom_type) = p.str("custom_type")? {
        check_custom_type(&custom_type)?;
        next.custom_type = custom_type;
    }
    assign(&mut next.data, p.str("data")?);
    assign(&mut next.send_push, p.bool("send_push")?);
    if let Some(mention_type) = p.str("mention_type")? {
        check_mention_type(&mention_type)?;
        next.mention_type = mention_type;
    }
    assign(
        &mut next.mentioned_user_ids,
        p.str_list("mentioned_user_ids")?,
    );
    assign(&mut next.is_silent, p.bool("is_silent")?);
    assign(&mut next.mark_as_read, p.bool("mark_as_read")?);
    assign(&mut next.sorted_metaarray, metaarray(p)?);
    let file_fields = [
        p.str("url")?,
        p.str("file_name")?,
        p.str("file_type")?.or(p.str("mime_type")?),
    ];
    let file_size = p.int("file_size")?;
    let new_thumbnails = thumbnails(p)?;
    let require_auth = p.bool("require_auth")?;
    let touches_file = file_fields.iter().any(Option::is_some)
        || file_size.is_some()
        || new_thumbnails.is_some()
        || require_auth.is_some();
    if touches_file {
        let Some(file) = next.file.as_mut() else {
            return Err(ApiError::invalid_value("url"));
        };
        let [url, name, file_type] = file_fields;
        assign(&mut file.url, url);
        assign(&mut file.name, name);
        assign(&mut file.file_type, file_type);
        assign(&mut file.size, file_size);
        assign(&mut next.thumbnails, new_thumbnails);
        assign(&mut next.require_auth, require_auth);
    }
    next.updated_at = now;
    let value = next.to_json(ctx);
    ctx.chat.scheduled.messages[index] = next;
    Ok(value)
}

/// `DELETE /group_channels/{channel_url}/scheduled_messages/{id}`: pending → canceled (kept,
/// and listed with `status=canceled`).
pub(super) fn cancel(ctx: &mut Ctx<'_>, url: &str, id: &str) -> Answer {
    let index = find(ctx, url, id)?;
    let message = &mut ctx.chat.scheduled.messages[index];
    if message.status != Status::Pending {
        return Err(not_pending(message.status));
    }
    message.status = Status::Canceled;
    message.updated_at = ctx.env.now_ms();
    Ok(json!({}))
}

/// `POST /{channel_type}/{channel_url}/scheduled_messages/{id}/send_now`.
pub(super) fn send_now(ctx: &mut Ctx<'_>, kind: ChannelKind, url: &str, id: &str) -> Answer {
    if kind == ChannelKind::Open {
        // Scheduled messages only exist in group channels.
        ctx.open(url)?;
        parse_message_id(id)?;
        return Err(ApiError::not_found("Scheduled message"));
    }
    let index = find(ctx, url, id)?;
    let status = ctx.chat.scheduled.messages[index].status;
    if status != Status::Pending {
        return Err(not_pending(status));
    }
    deliver(ctx, index);
    Ok(json!({}))
}

/// Sends the scheduled message at `index` into its channel through the send-message path and
/// records the outcome.
fn deliver(ctx: &mut Ctx<'_>, index: usize) {
    let record = ctx.chat.scheduled.messages[index].clone();
    let sender_left = record.sender.as_ref().is_some_and(|sender| {
        !ctx.group(&record.channel_url)
            .is_ok_and(|c| c.member(sender).is_some())
    });
    let outcome = if sender_left {
        Err(Status::Removed)
    } else {
        super::messages::send(
            ctx,
            ChannelKind::Group,
            &record.channel_url,
            &record.send_params(),
        )
        .map_err(|_| Status::Failed)
    };
    let now = ctx.now_ms();
    let message = &mut ctx.chat.scheduled.messages[index];
    match outcome {
        Ok(sent) => {
            message.status = Status::Sent;
            message.message_id = sent.get("message_id").and_then(Value::as_i64).unwrap_or(0);
            message.sent_at = sent
                .get("created_at")
                .and_then(Value::as_i64)
                .unwrap_or(now);
        }
        Err(status) => message.status = status,
    }
}

/// Delivers every pending scheduled message whose time has come, soonest first. Called before
/// each Chat request is handled.
pub(super) fn deliver_due(ctx: &mut Ctx<'_>) {
    let messages = &ctx.chat.scheduled.messages;
    let mut due = due_jobs(ctx, messages, |m| {
        (m.status == Status::Pending).then_some(m.scheduled_at)
    });
    due.sort_unstable_by_key(|&index| (messages[index].scheduled_at, index));
    for index in due {
        deliver(ctx, index);
    }
}

/// The filters shared by list and count.
struct Filter {
    channel_type: Option<ChannelKind>,
    channel_url: Option<String>,
    sender_id: Option<String>,
    statuses: Option<Vec<String>>,
    kind: Option<MessageKind>,
}

impl Filter {
    fn read(q: &Query) -> Result<Self, ApiError> {
        let channel_type = match q.str("channel_type")? {
            None => None,
            Some(t) => Some(
                ChannelKind::from_path(&t)
                    .ok_or_else(|| ApiError::invalid_value("channel_type"))?,
            ),
        };
        // `status` (repeated or comma-joined) and the docs' `status[]` spelling.
        let mut statuses = q.list("status")?;
        if let Some(more) = q.list("status[]")? {
            statuses.get_or_insert_with(Vec::new).extend(more);
        }
        if let Some(values) = &statuses {
            if values.iter().any(|s| !STATUSES.contains(&s.as_str())) {
                return Err(ApiError::invalid_value("status"));
            }
        }
        let kind = match q.str("message_type")? {
            None => None,
            Some(t) => Some(
                MessageKind::parse(&t).ok_or_else(|| ApiError::invalid_value("message_type"))?,
            ),
        };
        Ok(Self {
            channel_type,
            channel_url: q.str("channel_url")?,
            sender_id: q.str("sender_id")?,
            statuses,
            kind,
        })
    }

    fn matches(&self, m: &Scheduled) -> bool {
        self.channel_type.is_none_or(|t| t == ChannelKind::Group)
            && self
                .channel_url
                .as_ref()
                .is_none_or(|u| *u == m.channel_url)
            && self
                .sender_id
                .as_ref()
                .is_none_or(|s| m.sender.as_ref() == Some(s))
            && self
                .statuses
                .as_ref()
                .is_none_or(|s| s.iter().any(|x| x == m.status.as_str()))
            && self.kind.is_none_or(|k| k == m.kind)
    }
}

/// `GET /scheduled_messages`: filtered; `order=created_at` (default, newest first) or
/// `scheduled_at` (soonest first); `reverse` flips it.
pub(super) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let filter = Filter::read(q)?;
    let order = q.choice("order", &["created_at", "scheduled_at"], "created_at")?;
    let reverse = q.bool_or("reverse", false)?;
    let mut matching: Vec<&Scheduled> = ctx
        .chat
        .scheduled
        .messages
        .iter()
        .filter(|m| filter.matches(m))
        .collect();
    match order {
        "scheduled_at" => matching.sort_by_key(|m| (m.scheduled_at, m.seq)),
        _ => matching.sort_by_key(|m| std::cmp::Reverse(m.seq)),
    }
    if reverse {
        matching.reverse();
    }
    paging::listing(
        ctx.env.pages,
        matching,
        |m| m.seq,
        q,
        "scheduled_messages",
        |m| m.to_json(ctx),
    )
}

/// `GET /scheduled_messages/count` (`sender_id` required).
pub(super) fn count(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    if q.str("sender_id")?.is_none() {
        return Err(ApiError::missing("sender_id"));
    }
    let filter = Filter::read(q)?;
    let count = ctx
        .chat
        .scheduled
        .messages
        .iter()
        .filter(|m| filter.matches(m))
        .count();
    Ok(json!({"count": count}))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn scheduled_at_window_and_minute_truncation() {
        let now = 1_700_000_000_000;
        assert_eq!(
            check_scheduled_at(now, now + MIN_LEAD_MS - 1)
                .unwrap_err()
                .code,
            400113
        );
        assert_eq!(
            check_scheduled_at(now, now + MAX_LEAD_MS + 1)
                .unwrap_err()
                .code,
            400113
        );
        let at = now + 3_600_000 + 12_345;
        let stored = check_scheduled_at(now, at).unwrap();
        assert_eq!(stored % MINUTE_MS, 0);
        assert!(at - stored < MINUTE_MS);
    }
}
