//! `/announcements[...]`, `/announcement_group`, `/announcement_open_rate[_by_group]/...`,
//! `/announcement_open_status/...` and `/announcement_stats/{daily,weekly,monthly}`.
//!
//! An announcement is a job driven by the emulator's clock and advanced by [`run_due`], which
//! runs before every Chat request is handled:
//! - `scheduled` until `scheduled_at`; then its targets are resolved (channels created when
//!   `create_channel` asks for it) and it is `running`;
//! - it sends one real message per target channel, one channel every [`SEND_STEP_MS`] of
//!   emulator time (the first at once), so the messages appear in the channels' history;
//! - inside the daily `cease_at`–`resume_at` window (UTC) it is `on-hold` and sends nothing;
//! - `pause` / `resume` / `stop` / `cancel` actions move it as the dashboard's rules say; a
//!   refused action answers 400920 with the dashboard's message;
//! - it ends `completed` once every channel got its message, or `incompleted` when `end_at`
//!   comes first.
//!
//! Opens come from read receipts: a target user has opened the announcement once their read
//! mark in the channel reaches the message (`mark_as_read`); the open time is that read mark.
//! Open rates divide by the users reached. Statistics count the announcements that reached a
//! final state in each UTC day, ISO week or month.
//!
//! A new announcement is answered `scheduled` even when it starts at once: it starts when the
//! next Chat request is handled.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::calendar;
use super::model::{ChannelKind, GroupChannel};
use super::{assign, paging, random_hex, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::Params;
use crate::http::query::Query;

/// Emulator time between two channels' deliveries of one announcement.
pub(crate) const SEND_STEP_MS: i64 = 10_000;
const MINUTE_MS: i64 = 60_000;
const HOUR_MS: i64 = 3_600_000;
/// `end_at` must leave at least this much time after `scheduled_at`.
const MIN_RUN_MS: i64 = 10 * MINUTE_MS;
/// Most entries of `target_list`.
const MAX_TARGETS: usize = 20_000;
/// `announcement_group` is kept to its first 128 bytes.
const MAX_GROUP_BYTES: usize = 128;
/// Default and maximum `days` of the open-rate endpoints.
const DEFAULT_DAYS: i64 = 7;
const MAX_DAYS: i64 = 30;

/// Every announcement of the application, by `unique_id`.
#[derive(Debug, Default)]
pub(crate) struct AnnouncementsState {
    items: BTreeMap<String, Announcement>,
}

wire_enum! {
    /// An announcement's status.
    enum Status {
        Scheduled => "scheduled",
        Running => "running",
        OnHold => "on-hold",
        Paused => "paused",
        Stopped => "stopped",
        Canceled => "canceled",
        Completed => "completed",
        Incompleted => "incompleted",
    }
}

impl Status {
    fn is_final(self) -> bool {
        matches!(
            self,
            Self::Stopped | Self::Canceled | Self::Completed | Self::Incompleted
        )
    }

    fn is_sending(self) -> bool {
        matches!(self, Self::Running | Self::OnHold)
    }
}

wire_enum! {
    /// An announcement's `target_at`.
    enum TargetAt {
        SenderAllChannels => "sender_all_channels",
        TargetChannels => "target_channels",
        UsersIncluded => "target_users_included_channels",
        UsersOnly => "target_users_only_channels",
    }
}

/// The message an announcement sends.
#[derive(Debug, Clone)]
struct AnnouncementMessage {
    /// `ADMM` (else `MESG`).
    admin: bool,
    user_id: Option<String>,
    content: String,
    custom_type: String,
    data: String,
}

/// `create_channel_options`.
#[derive(Debug, Clone)]
struct ChannelOptions {
    name: String,
    cover_url: String,
    custom_type: String,
    data: String,
    distinct: bool,
}

impl Default for ChannelOptions {
    fn default() -> Self {
        Self {
            name: "Group Channel".to_owned(),
            cover_url: String::new(),
            custom_type: String::new(),
            data: String::new(),
            distinct: true,
        }
    }
}

/// The daily do-not-disturb window, in minutes of the UTC day (`cease` included, `resume`
/// excluded; it may wrap past midnight).
#[derive(Debug, Clone, Copy)]
struct Window {
    cease: i64,
    resume: i64,
}

impl Window {
    fn minute_of_day(ms: i64) -> i64 {
        ms.rem_euclid(calendar::DAY_MS) / MINUTE_MS
    }

    fn contains(self, ms: i64) -> bool {
        let minute = Self::minute_of_day(ms);
        if self.cease < self.resume {
            (self.cease..self.resume).contains(&minute)
        } else {
            minute >= self.cease || minute < self.resume
        }
    }

    /// `ms`, or the end of the window when `ms` falls inside it.
    fn defer(self, ms: i64) -> i64 {
        if !self.contains(ms) {
            return ms;
        }
        let day_start = ms - ms.rem_euclid(calendar::DAY_MS);
        let mut resume = day_start + self.resume * MINUTE_MS;
        if resume <= ms {
            resume += calendar::DAY_MS;
        }
        resume
    }
}

/// Reads `"HHMM"`.
fn parse_hhmm(name: &str, text: &str) -> Result<i64, ApiError> {
    let invalid = || {
        ApiError::bad_request(
            400111,
            format!("Invalid value: \"{name}\" (expected \"HHMM\", UTC)."),
        )
    };
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    let hours: i64 = text[..2].parse().map_err(|_| invalid())?;
    let minutes: i64 = text[2..].parse().map_err(|_| invalid())?;
    if hours > 23 || minutes > 59 {
        return Err(invalid());
    }
    Ok(hours * 60 + minutes)
}

/// One channel an announcement goes to, and the target users in it (`None`: every member
/// but the sender, read when the message is sent).
#[derive(Debug, Clone)]
struct Target {
    channel_url: String,
    users: Option<Vec<String>>,
}

/// The message reaching one user in one channel.
#[derive(Debug, Clone)]
struct Delivery {
    seq: u64,
    user_id: String,
    channel_url: String,
    /// The message's `created_at` (Unix ms).
    sent_at: i64,
    /// The user's read mark when it first covered the message.
    open_at: Option<i64>,
}

/// An announcement.
#[derive(Debug, Clone)]
struct Announcement {
    seq: u64,
    unique_id: String,
    group: String,
    message: AnnouncementMessage,
    enable_push: bool,
    target_at: TargetAt,
    target_list: Vec<String>,
    target_channel_type: &'static str,
    target_custom_type: String,
    create_channel: bool,
    channel_options: ChannelOptions,
    assign_sender_as_channel_inviter: bool,
    mark_as_read: bool,
    send_to_frozen_channels: bool,
    scheduled_at: i64,
    /// 0: none.
    end_at: i64,
    cease_at: Option<String>,
    resume_at: Option<String>,
    status: Status,
    /// When sending started (0 before).
    started_at: i64,
    /// When the next channel is due.
    next_send_at: i64,
    /// When the final state was reached (0 before).
    finished_at: i64,
    /// When every channel was reached (0 otherwise).
    completed_at: i64,
    /// Resolved when sending starts.
    targets: Option<Vec<Target>>,
    target_user_count: i64,
    /// Index of the next target to send to.
    next_target: usize,
    sent_channel_count: i64,
    deliveries: Vec<Delivery>,
}

impl Announcement {
    fn window(&self) -> Option<Window> {
        let cease = parse_hhmm("cease_at", self.cease_at.as_deref()?).ok()?;
        let resume = parse_hhmm("resume_at", self.resume_at.as_deref()?).ok()?;
        Some(Window { cease, resume })
    }

    /// Each reached user's first open time.
    fn first_opens(&self) -> BTreeMap<&str, Option<i64>> {
        let mut users: BTreeMap<&str, Option<i64>> = BTreeMap::new();
        for d in &self.deliveries {
            let entry = users.entry(d.user_id.as_str()).or_insert(None);
            if let Some(open) = d.open_at {
                *entry = Some(entry.map_or(open, |e| e.min(open)));
            }
        }
        users
    }

    fn sent_user_count(&self) -> i64 {
        count(self.first_opens().len())
    }

    fn open_count(&self) -> i64 {
        count(self.first_opens().values().filter(|o| o.is_some()).count())
    }

    fn open_rate(&self) -> f64 {
        rate(self.open_count(), self.sent_user_count())
    }

    fn target_channel_count(&self) -> i64 {
        self.targets.as_ref().map_or(-1, |t| count(t.len()))
    }

    fn to_json(&self) -> Value {
        let mut message = json!({
            "type": if self.message.admin { "ADMM" } else { "MESG" },
            "custom_type": self.message.custom_type,
            "content": self.message.content,
            "data": self.message.data,
        });
        if let (Value::Object(map), Some(user_id)) = (&mut message, &self.message.user_id) {
            map.insert("user_id".into(), json!(user_id));
        }
        json!({
            "unique_id": self.unique_id,
            "announcement_group": self.group,
            "message": message,
            "enable_push": self.enable_push,
            "target_at": self.target_at.as_str(),
            "target_user_count": self.target_user_count,
            "target_channel_count": self.target_channel_count(),
            "target_channel_type": self.target_channel_type,
            "target_custom_type": self.target_custom_type,
            "create_channel": self.create_channel,
            "create_channel_options": {
                "name": self.channel_options.name,
                "cover_url": self.channel_options.cover_url,
                "custom_type": self.channel_options.custom_type,
                "data": self.channel_options.data,
                "distinct": self.channel_options.distinct,
            },
            "status": self.status.as_str(),
            "scheduled_at": self.scheduled_at,
            "cease_at": self.cease_at,
            "resume_at": self.resume_at,
            "end_at": self.end_at,
            "completed_at": self.completed_at,
            "sent_user_count": self.sent_user_count(),
            "sent_channel_count": self.sent_channel_count,
            "open_count": self.open_count(),
            "open_rate": self.open_rate(),
            "mark_as_read": self.mark_as_read,
            "send_to_frozen_channels": self.send_to_frozen_channels,
        })
    }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// `part / whole`, rounded to 4 decimals (0 when `whole` is 0).
fn rate(part: i64, whole: i64) -> f64 {
    if whole <= 0 {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss)]
    let value = part as f64 / whole as f64;
    (value * 10_000.0).round() / 10_000.0
}

// ---- the scheduler --------------------------------------------------------------------------

/// Advances every unfinished announcement to the emulator's current time (starting, sending,
/// holding, ending) and records opens from read receipts. Runs before each Chat request.
pub(crate) fn run_due(ctx: &mut Ctx<'_>) {
    if ctx.chat.announcements.items.is_empty() {
        return;
    }
    let now = ctx.now_ms();
    let unfinished: Vec<String> = ctx
        .chat
        .announcements
        .items
        .values()
        .filter(|a| !a.status.is_final())
        .map(|a| a.unique_id.clone())
        .collect();
    for id in unfinished {
        advance(ctx, &id, now);
    }
    record_opens(ctx);
}

fn item<'a>(ctx: &'a Ctx<'_>, id: &str) -> Option<&'a Announcement> {
    ctx.chat.announcements.items.get(id)
}

fn item_mut<'a>(ctx: &'a mut Ctx<'_>, id: &str) -> Option<&'a mut Announcement> {
    ctx.chat.announcements.items.get_mut(id)
}

fn advance(ctx: &mut Ctx<'_>, id: &str, now: i64) {
    let Some(announcement) = item(ctx, id) else {
        return;
    };
    if announcement.status == Status::Scheduled {
        if now < announcement.scheduled_at {
            return;
        }
        start(ctx, id, now);
    }
    if let Some(a) = item_mut(ctx, id) {
        if a.status == Status::Paused {
            if a.end_at > 0 && now >= a.end_at {
                a.status = Status::Incompleted;
                a.finished_at = a.end_at;
            }
            return;
        }
    }
    while let Some(a) = item(ctx, id) {
        if !a.status.is_sending() {
            break;
        }
        let targets = a.targets.as_deref().unwrap_or_default();
        if a.next_target >= targets.len() {
            if let Some(a) = item_mut(ctx, id) {
                a.status = Status::Completed;
                a.completed_at = now;
                a.finished_at = now;
            }
            break;
        }
        let due = a
            .window()
            .map_or(a.next_send_at, |w| w.defer(a.next_send_at));
        if a.end_at > 0 && due >= a.end_at {
            if now >= a.end_at {
                if let Some(a) = item_mut(ctx, id) {
                    a.status = Status::Incompleted;
                    a.finished_at = a.end_at;
                }
            }
            break;
        }
        if due > now {
            break;
        }
        let target = targets[a.next_target].clone();
        deliver(ctx, id, &target);
        if let Some(a) = item_mut(ctx, id) {
            a.next_target += 1;
            a.next_send_at = due + SEND_STEP_MS;
        }
    }
    if let Some(a) = item_mut(ctx, id) {
        if a.status.is_sending() {
            a.status = match a.window() {
                Some(w) if w.contains(now) => Status::OnHold,
                _ => Status::Running,
            };
        }
    }
}

/// Resolves the targets (creating channels if asked) and starts sending.
fn start(ctx: &mut Ctx<'_>, id: &str, now: i64) {
    let Some(announcement) = item(ctx, id).cloned() else {
        return;
    };
    let targets = resolve_targets(ctx, &announcement);
    let sender = announcement.message.user_id.as_deref();
    let mut users: Vec<&str> = Vec::new();
    for target in &targets {
        match &target.users {
            Some(listed) => users.extend(listed.iter().map(String::as_str)),
            None => {
                if let Ok(channel) = ctx.group(&target.channel_url) {
                    users.extend(
                        channel
                            .members
                            .iter()
                            .map(|m| m.user_id.as_str())
                            .filter(|u| Some(*u) != sender),
                    );
                }
            }
        }
    }
    users.sort_unstable();
    users.dedup();
    let user_count = count(users.len());
    if let Some(a) = item_mut(ctx, id) {
        a.targets = Some(targets);
        a.target_user_count = user_count;
        a.status = Status::Running;
        a.started_at = now;
        a.next_send_at = now;
    }
}

fn accepts_channel(announcement: &Announcement, channel: &GroupChannel, by_type: bool) -> bool {
    if channel.freeze && !announcement.send_to_frozen_channels {
        return false;
    }
    if !announcement.target_custom_type.is_empty()
        && channel.custom_type != announcement.target_custom_type
    {
        return false;
    }
    !by_type
        || match announcement.target_channel_type {
            "distinct" => channel.is_distinct,
            "non-distinct" => !channel.is_distinct,
            _ => true,
        }
}

fn resolve_targets(ctx: &mut Ctx<'_>, a: &Announcement) -> Vec<Target> {
    let sender = a.message.user_id.clone().unwrap_or_default();
    let mut channels: Vec<&GroupChannel> = Vec::new();
    match a.target_at {
        TargetAt::SenderAllChannels => {
            channels.extend(
                ctx.chat
                    .group_channels
                    .values()
                    .filter(|c| c.member(&sender).is_some() && accepts_channel(a, c, false)),
            );
        }
        TargetAt::TargetChannels => {
            for url in &a.target_list {
                if let Some(channel) = ctx.chat.group_channels.get(url) {
                    let frozen_out = channel.freeze && !a.send_to_frozen_channels;
                    if !frozen_out && !channels.iter().any(|c| c.channel_url == *url) {
                        channels.push(channel);
                    }
                }
            }
        }
        TargetAt::UsersIncluded | TargetAt::UsersOnly => return resolve_user_targets(ctx, a),
    }
    if a.target_at == TargetAt::SenderAllChannels {
        channels.sort_by_key(|c| c.seq);
    }
    channels
        .into_iter()
        .map(|c| Target {
            channel_url: c.channel_url.clone(),
            users: None,
        })
        .collect()
}

/// `target_users_*`: for each listed user, the channels with the sender and that user (only
/// those two with `target_users_only_channels`), created when none exists and
/// `create_channel` is set.
fn resolve_user_targets(ctx: &mut Ctx<'_>, a: &Announcement) -> Vec<Target> {
    let sender = a.message.user_id.clone().unwrap_or_default();
    let mut targets: Vec<Target> = Vec::new();
    let mut listed: Vec<&String> = Vec::new();
    for user in &a.target_list {
        if !listed.contains(&user) && *user != sender {
            listed.push(user);
        }
    }
    for user in listed {
        if ctx.user(user).is_err() {
            continue;
        }
        let mut pair = vec![sender.clone(), user.clone()];
        pair.sort();
        let mut found: Vec<(u64, String)> = ctx
            .chat
            .group_channels
            .values()
            .filter(|c| c.member(&sender).is_some() && c.member(user).is_some())
            .filter(|c| a.target_at == TargetAt::UsersIncluded || c.member_set() == pair)
            .filter(|c| accepts_channel(a, c, true))
            .map(|c| (c.seq, c.channel_url.clone()))
            .collect();
        found.sort();
        if found.is_empty() && a.create_channel {
            if let Some(url) = create_channel(ctx, a, &sender, user) {
                found.push((0, url));
            }
        }
        for (_, url) in found {
            match targets.iter_mut().find(|t| t.channel_url == url) {
                Some(target) => target.users.get_or_insert_with(Vec::new).push(user.clone()),
                None => targets.push(Target {
                    channel_url: url,
                    users: Some(vec![user.clone()]),
                }),
            }
        }
    }
    targets
}

/// Creates a channel of the sender and `user` as `create_channel_options` describe.
fn create_channel(ctx: &mut Ctx<'_>, a: &Announcement, sender: &str, user: &str) -> Option<String> {
    let options = &a.channel_options;
    let custom_type = if a.target_custom_type.is_empty() {
        options.custom_type.clone()
    } else {
        a.target_custom_type.clone()
    };
    let mut body = Map::new();
    body.insert("user_ids".into(), json!([sender, user]));
    body.insert("name".into(), json!(options.name));
    body.insert("cover_url".into(), json!(options.cover_url));
    body.insert("custom_type".into(), json!(custom_type));
    body.insert("data".into(), json!(options.data));
    body.insert("is_distinct".into(), json!(options.distinct));
    if a.assign_sender_as_channel_inviter {
        body.insert("inviter_id".into(), json!(sender));
    }
    let created = super::group_channels::create(ctx, &Params::Json(body)).ok()?;
    created
        .get("channel_url")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// Sends the announcement's message into one target channel (through the regular send path,
/// so it lands in the channel's history) and records who it reached.
fn deliver(ctx: &mut Ctx<'_>, id: &str, target: &Target) {
    let Some(a) = item(ctx, id) else {
        return;
    };
    let mut body = Map::new();
    body.insert(
        "message_type".into(),
        json!(if a.message.admin { "ADMM" } else { "MESG" }),
    );
    if let (false, Some(user_id)) = (a.message.admin, &a.message.user_id) {
        body.insert("user_id".into(), json!(user_id));
    }
    body.insert("message".into(), json!(a.message.content));
    body.insert("custom_type".into(), json!(a.message.custom_type));
    body.insert("data".into(), json!(a.message.data));
    body.insert("send_push".into(), json!(a.enable_push));
    body.insert("mark_as_read".into(), json!(a.mark_as_read));
    let sender = a.message.user_id.clone();
    let Ok(sent) = super::messages::send(
        ctx,
        ChannelKind::Group,
        &target.channel_url,
        &Params::Json(body),
    ) else {
        // The channel is gone, or the sender is no longer a member: not reached.
        return;
    };
    let sent_at = sent
        .get("created_at")
        .and_then(Value::as_i64)
        .unwrap_or_else(|| ctx.now_ms());
    let members: Vec<String> = ctx
        .group(&target.channel_url)
        .map(|c| c.members.iter().map(|m| m.user_id.clone()).collect())
        .unwrap_or_default();
    let reached: Vec<String> = match &target.users {
        Some(users) => users
            .iter()
            .filter(|u| members.contains(u))
            .cloned()
            .collect(),
        None => members
            .into_iter()
            .filter(|u| Some(u) != sender.as_ref())
            .collect(),
    };
    let mut deliveries = Vec::with_capacity(reached.len());
    for user_id in reached {
        deliveries.push(Delivery {
            seq: ctx.chat.next_seq(),
            user_id,
            channel_url: target.channel_url.clone(),
            sent_at,
            open_at: None,
        });
    }
    if let Some(a) = item_mut(ctx, id) {
        a.sent_channel_count += 1;
        a.deliveries.extend(deliveries);
    }
}

/// Marks deliveries opened once the user's read mark covers the message.
fn record_opens(ctx: &mut Ctx<'_>) {
    let chat = &mut *ctx.chat;
    for a in chat.announcements.items.values_mut() {
        for d in a.deliveries.iter_mut().filter(|d| d.open_at.is_none()) {
            let read_ts = chat
                .group_channels
                .get(&d.channel_url)
                .and_then(|c| c.member(&d.user_id))
                .map(|m| m.read_ts);
            if let Some(read_ts) = read_ts.filter(|r| *r >= d.sent_at) {
                d.open_at = Some(read_ts);
            }
        }
    }
}

// ---- create / get / list / update -------------------------------------------------------

fn lookup<'a>(ctx: &'a Ctx<'_>, id: &str) -> Result<&'a Announcement, ApiError> {
    item(ctx, id).ok_or_else(|| ApiError::not_found("Announcement"))
}

fn string_field(
    object: &Map<String, Value>,
    parent: &str,
    name: &str,
) -> Result<Option<String>, ApiError> {
    match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiError::wrong_type(
            &format!("{parent}.{name}"),
            Expected::String,
        )),
    }
}

fn channel_options(p: &Params) -> Result<Option<ChannelOptions>, ApiError> {
    let Some(object) = p.object("create_channel_options")? else {
        return Ok(None);
    };
    let field = |name: &str| string_field(&object, "create_channel_options", name);
    let defaults = ChannelOptions::default();
    let distinct = match object.get("distinct") {
        None | Some(Value::Null) => defaults.distinct,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) if s == "true" => true,
        Some(Value::String(s)) if s == "false" => false,
        Some(_) => {
            return Err(ApiError::wrong_type(
                "create_channel_options.distinct",
                Expected::Bool,
            ))
        }
    };
    Ok(Some(ChannelOptions {
        name: field("name")?.unwrap_or(defaults.name),
        cover_url: field("cover_url")?.unwrap_or_default(),
        custom_type: field("custom_type")?.unwrap_or_default(),
        data: field("data")?.unwrap_or_default(),
        distinct,
    }))
}

/// Reads `cease_at` / `resume_at` (both or neither; `""` counts as absent).
fn dnd_window(p: &Params) -> Result<(Option<String>, Option<String>), ApiError> {
    let cease = p.str("cease_at")?.filter(|s| !s.is_empty());
    let resume = p.str("resume_at")?.filter(|s| !s.is_empty());
    check_window(cease.as_deref(), resume.as_deref())?;
    Ok((cease, resume))
}

fn check_window(cease: Option<&str>, resume: Option<&str>) -> Result<(), ApiError> {
    match (cease, resume) {
        (None, None) => Ok(()),
        (Some(cease), Some(resume)) => {
            if parse_hhmm("cease_at", cease)? == parse_hhmm("resume_at", resume)? {
                return Err(ApiError::bad_request(
                    400111,
                    "Invalid value: \"cease_at\" and \"resume_at\" must differ.",
                ));
            }
            Ok(())
        }
        _ => Err(ApiError::bad_request(
            400111,
            "Invalid value: \"cease_at\" and \"resume_at\" must be given together.",
        )),
    }
}

fn check_scheduled_at(scheduled_at: i64, now: i64) -> Result<(), ApiError> {
    if scheduled_at < now {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"scheduled_at\" must not be before current time.",
        ));
    }
    Ok(())
}

fn check_end_at(end_at: i64, scheduled_at: i64) -> Result<(), ApiError> {
    if end_at != 0 && end_at < scheduled_at + MIN_RUN_MS {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"end_at\" must be at least 10 minutes after \"scheduled_at\".",
        ));
    }
    Ok(())
}

fn truncate_group(mut group: String) -> String {
    if group.len() > MAX_GROUP_BYTES {
        let mut end = MAX_GROUP_BYTES;
        while !group.is_char_boundary(end) {
            end -= 1;
        }
        group.truncate(end);
    }
    group
}

/// Reads the nested `message` of a creation.
fn new_message(ctx: &Ctx<'_>, p: &Params) -> Result<AnnouncementMessage, ApiError> {
    let object = p
        .object("message")?
        .ok_or_else(|| ApiError::missing("message"))?;
    let kind = string_field(&object, "message", "type")?
        .ok_or_else(|| ApiError::missing("message.type"))?;
    let admin = match kind.as_str() {
        "MESG" => false,
        // `BRDM` is the legacy name of the admin message type.
        "ADMM" | "BRDM" => true,
        _ => return Err(ApiError::invalid_value("message.type")),
    };
    let content = string_field(&object, "message", "content")?
        .ok_or_else(|| ApiError::missing("message.content"))?;
    let user_id = string_field(&object, "message", "user_id")?.filter(|u| !u.is_empty());
    let user_id = if admin {
        None
    } else {
        let user_id = user_id.ok_or_else(|| ApiError::missing("message.user_id"))?;
        ctx.user(&user_id)?;
        Some(user_id)
    };
    Ok(AnnouncementMessage {
        admin,
        user_id,
        content,
        custom_type: string_field(&object, "message", "custom_type")?.unwrap_or_default(),
        data: string_field(&object, "message", "data")?.unwrap_or_default(),
    })
}

/// `POST /announcements`.
pub(super) fn create(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let message = new_message(ctx, p)?;
    let target_at = match p.str("target_at")? {
        None => TargetAt::SenderAllChannels,
        Some(value) => {
            TargetAt::parse(&value).ok_or_else(|| ApiError::invalid_value("target_at"))?
        }
    };
    if message.admin && target_at != TargetAt::TargetChannels {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"target_at\" (an admin message goes to \"target_channels\" only).",
        ));
    }
    let target_list = p.str_list("target_list")?.unwrap_or_default();
    if target_at != TargetAt::SenderAllChannels && target_list.is_empty() {
        return Err(ApiError::missing("target_list"));
    }
    if target_list.len() > MAX_TARGETS {
        return Err(ApiError::too_many_items("target_list", MAX_TARGETS));
    }
    let target_channel_type = match p.str("target_channel_type")?.as_deref() {
        None | Some("distinct") => "distinct",
        Some("all") => "all",
        Some("non-distinct" | "non_distinct") => "non-distinct",
        Some(_) => return Err(ApiError::invalid_value("target_channel_type")),
    };
    let target_custom_type = p.str("target_custom_type")?.unwrap_or_default();
    super::check_custom_type(&target_custom_type)?;
    let unique_id = match p.str("unique_id")? {
        Some(id) if id.is_empty() => return Err(ApiError::invalid_value("unique_id")),
        Some(id) => id,
        None => random_hex(32),
    };
    if ctx.chat.announcements.items.contains_key(&unique_id) {
        return Err(ApiError::already_exists("unique_id"));
    }
    let group = truncate_group(p.str("announcement_group")?.unwrap_or_default());
    let create_channel = p.bool("create_channel")?.unwrap_or(false);
    let channel_options = channel_options(p)?.unwrap_or_default();
    let now = ctx.now_ms();
    let scheduled_at = p.int("scheduled_at")?.unwrap_or(now);
    check_scheduled_at(scheduled_at, now)?;
    let end_at = p.int("end_at")?.unwrap_or(0);
    check_end_at(end_at, scheduled_at)?;
    let (cease_at, resume_at) = dnd_window(p)?;
    let enable_push = p.bool("enable_push")?.unwrap_or(true);
    let assign_sender_as_channel_inviter =
        p.bool("assign_sender_as_channel_inviter")?.unwrap_or(false);
    let mark_as_read = p.bool("mark_as_read")?.unwrap_or(true);
    let send_to_frozen_channels = p.bool("send_to_frozen_channels")?.unwrap_or(false);
    let _keep_hidden = p.bool("keep_channel_hidden_for_sender")?;
    let seq = ctx.chat.next_seq();
    let announcement = Announcement {
        seq,
        unique_id: unique_id.clone(),
        group,
        message,
        enable_push,
        target_at,
        target_list,
        target_channel_type,
        target_custom_type,
        create_channel,
        channel_options,
        assign_sender_as_channel_inviter,
        mark_as_read,
        send_to_frozen_channels,
        scheduled_at,
        end_at,
        cease_at,
        resume_at,
        status: Status::Scheduled,
        started_at: 0,
        next_send_at: 0,
        finished_at: 0,
        completed_at: 0,
        targets: None,
        target_user_count: -1,
        next_target: 0,
        sent_channel_count: 0,
        deliveries: Vec::new(),
    };
    let value = announcement.to_json();
    ctx.chat.announcements.items.insert(unique_id, announcement);
    Ok(value)
}

/// `GET /announcements/{unique_id}`.
pub(super) fn get(ctx: &mut Ctx<'_>, id: &str) -> Answer {
    Ok(lookup(ctx, id)?.to_json())
}

/// `GET /announcements` (`order`, `status`, `announcement_group`, `token`, `limit`): newest
/// created (or latest scheduled) first.
pub(super) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let order = q.choice("order", &["created_at", "scheduled_at"], "created_at")?;
    let status = match q.str("status")? {
        None => None,
        Some(value) => {
            Some(Status::parse(&value).ok_or_else(|| ApiError::invalid_value("status"))?)
        }
    };
    let group = q.str("announcement_group")?;
    let mut items: Vec<&Announcement> = ctx
        .chat
        .announcements
        .items
        .values()
        .filter(|a| status.is_none_or(|s| a.status == s))
        .filter(|a| group.as_ref().is_none_or(|g| a.group == *g))
        .collect();
    if order == "scheduled_at" {
        items.sort_by_key(|a| std::cmp::Reverse((a.scheduled_at, a.seq)));
    } else {
        items.sort_by_key(|a| std::cmp::Reverse(a.seq));
    }
    paging::listing(
        ctx.env.pages,
        items,
        |a| a.seq,
        q,
        "announcements",
        |a| a.to_json(),
    )
}

fn action_error(expected: &str, action: &str, current: Status) -> ApiError {
    ApiError::bad_request(
        400920,
        format!(
            "Announcement status has to be {expected} to perform action \"{action}\". \
             (Current status: {})",
            current.as_str()
        ),
    )
}

/// `PUT /announcements/{unique_id}`: an `action` (cancel, pause, resume, stop), or an edit
/// while the announcement is scheduled.
pub(super) fn update(ctx: &mut Ctx<'_>, id: &str, p: &Params) -> Answer {
    let current = lookup(ctx, id)?.status;
    if let Some(action) = p.str("action")? {
        let now = ctx.now_ms();
        let next = match action.as_str() {
            "cancel" if current == Status::Scheduled => Status::Canceled,
            "cancel" => return Err(action_error("scheduled", &action, current)),
            "pause" if current.is_sending() => Status::Paused,
            "pause" => return Err(action_error("running or on-hold", &action, current)),
            "resume" if current == Status::Paused => Status::Running,
            "resume" => return Err(action_error("paused", &action, current)),
            "stop" if current.is_sending() || current == Status::Paused => Status::Stopped,
            "stop" => return Err(action_error("running, on-hold or paused", &action, current)),
            _ => return Err(ApiError::invalid_value("action")),
        };
        let Some(a) = item_mut(ctx, id) else {
            return Err(ApiError::not_found("Announcement"));
        };
        a.status = next;
        if next.is_final() {
            a.finished_at = now;
        }
        if next == Status::Running {
            a.next_send_at = a.next_send_at.max(now);
        }
        advance(ctx, id, now);
        return get(ctx, id);
    }
    if current != Status::Scheduled {
        return Err(ApiError::bad_request(
            400920,
            "Announcement status should be 'scheduled' to be edited.",
        ));
    }
    edit(ctx, id, p)
}

/// The edit mode of `update`: only the fields given change.
fn edit(ctx: &mut Ctx<'_>, id: &str, p: &Params) -> Answer {
    let existing = lookup(ctx, id)?.clone();
    let mut a = existing;
    if let Some(group) = p.str("announcement_group")? {
        a.group = truncate_group(group);
    }
    if let Some(custom_type) = p.str("target_custom_type")? {
        super::check_custom_type(&custom_type)?;
        a.target_custom_type = custom_type;
    }
    assign(&mut a.create_channel, p.bool("create_channel")?);
    assign(&mut a.channel_options, channel_options(p)?);
    if let Some(object) = p.object("message")? {
        if let Some(kind) = string_field(&object, "message", "type")? {
            let admin = matches!(kind.as_str(), "ADMM" | "BRDM");
            if admin != a.message.admin || !matches!(kind.as_str(), "MESG" | "ADMM" | "BRDM") {
                return Err(ApiError::bad_request(
                    400111,
                    "Invalid value: \"message.type\" cannot change.",
                ));
            }
        }
        if let Some(user_id) = string_field(&object, "message", "user_id")? {
            if !a.message.admin {
                ctx.user(&user_id)?;
                a.message.user_id = Some(user_id);
            }
        }
        assign(
            &mut a.message.content,
            string_field(&object, "message", "content")?,
        );
        assign(
            &mut a.message.custom_type,
            string_field(&object, "message", "custom_type")?,
        );
        assign(
            &mut a.message.data,
            string_field(&object, "message", "data")?,
        );
    }
    assign(&mut a.enable_push, p.bool("enable_push")?);
    let now = ctx.now_ms();
    if let Some(scheduled_at) = p.int("scheduled_at")? {
        check_scheduled_at(scheduled_at, now)?;
        a.scheduled_at = scheduled_at;
    }
    assign(&mut a.end_at, p.int("end_at")?);
    check_end_at(a.end_at, a.scheduled_at)?;
    if let Some(cease) = p.str("cease_at")? {
        a.cease_at = Some(cease).filter(|s| !s.is_empty());
    }
    if let Some(resume) = p.str("resume_at")? {
        a.resume_at = Some(resume).filter(|s| !s.is_empty());
    }
    check_window(a.cease_at.as_deref(), a.resume_at.as_deref())?;
    let value = a.to_json();
    ctx.chat.announcements.items.insert(id.to_owned(), a);
    Ok(value)
}

// ---- open rates and open status ---------------------------------------------------------

/// Reads `days` (default 7, 1–30).
fn days(q: &Query) -> Result<i64, ApiError> {
    let days = q.int("days")?.unwrap_or(DEFAULT_DAYS);
    if !(1..=MAX_DAYS).contains(&days) {
        return Err(ApiError::invalid_value("days"));
    }
    Ok(days)
}

/// Hourly opens since the start: at most `days * 24` hours, and no hour that has not begun.
fn hourly_opens(a: &Announcement, now: i64, days: i64) -> Vec<i64> {
    if a.targets.is_none() {
        return Vec::new();
    }
    let elapsed_hours = ((now - a.started_at) / HOUR_MS + 1).max(1);
    let hours = usize::try_from(elapsed_hours.min(days * 24)).unwrap_or(0);
    let mut counts = vec![0_i64; hours];
    for open in a.first_opens().values().flatten() {
        let index = usize::try_from((open - a.started_at).max(0) / HOUR_MS).unwrap_or(usize::MAX);
        if let Some(slot) = counts.get_mut(index) {
            *slot += 1;
        }
    }
    counts
}

fn open_rate_json(counts: &[i64], reached: i64) -> Map<String, Value> {
    let mut cumulative = Vec::with_capacity(counts.len());
    let mut total = 0;
    for c in counts {
        total += c;
        cumulative.push(total);
    }
    let rates: Vec<f64> = counts.iter().map(|c| rate(*c, reached)).collect();
    let cumulative_rates: Vec<f64> = cumulative.iter().map(|c| rate(*c, reached)).collect();
    let mut map = Map::new();
    map.insert("open_counts".into(), json!(counts));
    map.insert("open_rates".into(), json!(rates));
    map.insert("cumulative_open_counts".into(), json!(cumulative));
    map.insert("cumulative_open_rates".into(), json!(cumulative_rates));
    map
}

/// `GET /announcement_open_rate/{unique_id}` (`days`): hourly opens since the start (empty
/// before it).
pub(super) fn open_rate(ctx: &mut Ctx<'_>, id: &str, q: &Query) -> Answer {
    let days = days(q)?;
    let now = ctx.now_ms();
    let a = lookup(ctx, id)?;
    let mut map = Map::new();
    map.insert("unique_id".into(), json!(a.unique_id));
    map.extend(open_rate_json(
        &hourly_opens(a, now, days),
        a.sent_user_count(),
    ));
    Ok(Value::Object(map))
}

/// `GET /announcement_open_rate_by_group/{announcement_group}` (`days`): the hourly opens of
/// the group's announcements, each aligned on its own start, over the users they reached.
/// `unique_id` names the group's latest announcement.
pub(super) fn group_open_rate(ctx: &mut Ctx<'_>, group: &str, q: &Query) -> Answer {
    let days = days(q)?;
    let now = ctx.now_ms();
    let mut members: Vec<&Announcement> = ctx
        .chat
        .announcements
        .items
        .values()
        .filter(|a| !a.group.is_empty() && a.group == group)
        .collect();
    if members.is_empty() {
        return Err(ApiError::not_found("Announcement group"));
    }
    members.sort_by_key(|a| a.seq);
    let mut counts: Vec<i64> = Vec::new();
    let mut reached = 0;
    for a in &members {
        let own = hourly_opens(a, now, days);
        if counts.len() < own.len() {
            counts.resize(own.len(), 0);
        }
        for (slot, c) in counts.iter_mut().zip(own) {
            *slot += c;
        }
        reached += a.sent_user_count();
    }
    let mut map = Map::new();
    let latest = members.last().map(|a| a.unique_id.clone());
    map.insert("unique_id".into(), json!(latest));
    map.insert("announcement_group".into(), json!(group));
    map.extend(open_rate_json(&counts, reached));
    Ok(Value::Object(map))
}

/// `GET /announcement_open_status/{unique_id}` (`unique_ids` = user ids, `channel_urls`,
/// `has_opened`, `token`, `limit`): one entry per reached user and channel, in delivery
/// order.
pub(super) fn open_status(ctx: &mut Ctx<'_>, id: &str, q: &Query) -> Answer {
    let users = q.list("unique_ids")?;
    let channels = q.list("channel_urls")?;
    let has_opened = q.bool("has_opened")?;
    let a = lookup(ctx, id)?;
    let entries: Vec<&Delivery> = a
        .deliveries
        .iter()
        .filter(|d| users.as_ref().is_none_or(|u| u.contains(&d.user_id)))
        .filter(|d| channels.as_ref().is_none_or(|c| c.contains(&d.channel_url)))
        .filter(|d| has_opened.is_none_or(|h| d.open_at.is_some() == h))
        .collect();
    let (page, next) = paging::page(ctx.env.pages, entries, |d| d.seq, q)?;
    let open_status: Vec<Value> = page
        .iter()
        .map(|d| {
            json!({
                "user_id": d.user_id,
                "channel_url": d.channel_url,
                "has_opened": d.open_at.is_some(),
                "sent_at": d.sent_at,
                "open_at": d.open_at.unwrap_or(0),
            })
        })
        .collect();
    Ok(json!({"open_status": open_status, "next": next}))
}

/// `GET /announcement_group` (`token`, `limit`): the group names in use, most recently used
/// first.
pub(super) fn list_groups(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let mut latest: BTreeMap<&str, u64> = BTreeMap::new();
    for a in ctx.chat.announcements.items.values() {
        if !a.group.is_empty() {
            let seq = latest.entry(a.group.as_str()).or_insert(0);
            *seq = (*seq).max(a.seq);
        }
    }
    let mut groups: Vec<(&str, u64)> = latest.into_iter().collect();
    groups.sort_by_key(|g| std::cmp::Reverse(g.1));
    let (page, next) = paging::page(ctx.env.pages, groups, |g| g.1, q)?;
    let names: Vec<&str> = page.iter().map(|g| g.0).collect();
    Ok(json!({"announcement_groups": names, "next": next}))
}

// ---- statistics ---------------------------------------------------------------------------

/// The bucket size of a statistics request.
#[derive(Debug, Clone, Copy)]
pub(super) enum Period {
    /// `/announcement_stats/daily` (`start_date`, `end_date`; at most 31 days).
    Daily,
    /// `/announcement_stats/weekly` (`start_week`, `end_week`; at most 5 ISO weeks).
    Weekly,
    /// `/announcement_stats/monthly` (`start_month`, `end_month`; at most 2 months).
    Monthly,
}

impl Period {
    fn params(self) -> (&'static str, &'static str) {
        match self {
            Self::Daily => ("start_date", "end_date"),
            Self::Weekly => ("start_week", "end_week"),
            Self::Monthly => ("start_month", "end_month"),
        }
    }

    /// A bucket key from the parameter text.
    fn parse(self, text: &str) -> Option<i64> {
        match self {
            Self::Daily => calendar::parse_date(text),
            Self::Weekly => calendar::parse_week(text),
            Self::Monthly => calendar::parse_month(text),
        }
    }

    /// The bucket key of a day.
    fn key_of_day(self, day: i64) -> i64 {
        match self {
            Self::Daily => day,
            Self::Weekly => calendar::week_start(day),
            Self::Monthly => calendar::month_of_day(day),
        }
    }

    /// Distance between two consecutive keys.
    fn step(self) -> i64 {
        match self {
            Self::Daily | Self::Monthly => 1,
            Self::Weekly => 7,
        }
    }

    /// Most buckets in one request.
    fn max_buckets(self) -> i64 {
        match self {
            Self::Daily => 31,
            Self::Weekly => 5,
            Self::Monthly => 2,
        }
    }

    fn label(self, key: i64) -> String {
        match self {
            Self::Daily => calendar::format_date(key),
            Self::Weekly => calendar::format_week(key),
            Self::Monthly => calendar::format_month(key),
        }
    }
}

#[derive(Debug, Default)]
struct Bucket {
    total: i64,
    canceled: i64,
    stopped: i64,
    completed: i64,
    target_channels: i64,
    target_users: i64,
    sent_channels: i64,
    sent_users: i64,
    opens: i64,
}

/// The daily, weekly and monthly statistics: one entry per period of the range (empty ones
/// included), counting the announcements that reached a final state in it.
pub(super) fn stats(ctx: &mut Ctx<'_>, period: Period, q: &Query) -> Answer {
    let (start_name, end_name) = period.params();
    let read = |name: &str| -> Result<i64, ApiError> {
        let text = q.required_str(name)?;
        period
            .parse(&text)
            .ok_or_else(|| ApiError::invalid_value(name))
    };
    let start = read(start_name)?;
    let end = read(end_name)?;
    if end < start {
        return Err(ApiError::bad_request(
            400111,
            format!("Invalid value: \"{end_name}\" is before \"{start_name}\"."),
        ));
    }
    let buckets = (end - start) / period.step() + 1;
    if buckets > period.max_buckets() {
        return Err(ApiError::bad_request(
            400111,
            format!(
                "Invalid value: the range spans more than {} periods.",
                period.max_buckets()
            ),
        ));
    }
    let group = q.str("announcement_group")?;
    let mut totals: BTreeMap<i64, Bucket> = BTreeMap::new();
    for a in ctx.chat.announcements.items.values() {
        if !a.status.is_final() || group.as_ref().is_some_and(|g| a.group != *g) {
            continue;
        }
        let key = period.key_of_day(calendar::day_of_ms(a.finished_at));
        if key < start || key > end {
            continue;
        }
        let bucket = totals.entry(key).or_default();
        bucket.total += 1;
        match a.status {
            Status::Canceled => bucket.canceled += 1,
            Status::Stopped => bucket.stopped += 1,
            Status::Completed => bucket.completed += 1,
            _ => {}
        }
        bucket.target_channels += a.target_channel_count().max(0);
        bucket.target_users += a.target_user_count.max(0);
        bucket.sent_channels += a.sent_channel_count;
        bucket.sent_users += a.sent_user_count();
        bucket.opens += a.open_count();
    }
    let empty = Bucket::default();
    let statistics: Vec<Value> = (0..buckets)
        .map(|i| start + i * period.step())
        .map(|key| {
            let b = totals.get(&key).unwrap_or(&empty);
            json!({
                "date_range": period.label(key),
                "total_announcement_count": b.total,
                "canceled_announcement_count": b.canceled,
                "stopped_announcement_count": b.stopped,
                "completed_announcement_count": b.completed,
                "target_channel_count": b.target_channels,
                "target_user_count": b.target_users,
                "sent_channel_count": b.sent_channels,
                "sent_user_count": b.sent_users,
                "open_count": b.opens,
                "open_rate": rate(b.opens, b.sent_users),
            })
        })
        .collect();
    Ok(json!({"statistics": statistics}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_defers_into_its_end() {
        // 21:00–09:00 UTC, wrapping midnight.
        let window = Window {
            cease: 21 * 60,
            resume: 9 * 60,
        };
        let day = 19_000 * calendar::DAY_MS;
        let at = |h: i64, m: i64| day + h * HOUR_MS + m * MINUTE_MS;
        assert!(!window.contains(at(20, 59)));
        assert!(window.contains(at(21, 0)));
        assert!(window.contains(at(3, 0)));
        assert!(!window.contains(at(9, 0)));
        assert_eq!(window.defer(at(12, 0)), at(12, 0));
        assert_eq!(window.defer(at(22, 0)), at(9, 0) + calendar::DAY_MS);
        assert_eq!(window.defer(at(2, 0)), at(9, 0));
        // 12:00–13:00 inside one day.
        let lunch = Window {
            cease: 12 * 60,
            resume: 13 * 60,
        };
        assert_eq!(lunch.defer(at(12, 30)), at(13, 0));
        assert!(!lunch.contains(at(13, 0)));
    }

    #[test]
    fn hhmm_parsing() {
        assert_eq!(parse_hhmm("cease_at", "0930").ok(), Some(570));
        for bad in ["930", "2400", "1260", "ab12", "09:30"] {
            assert_eq!(
                parse_hhmm("cease_at", bad).map_err(|e| e.code),
                Err(400111),
                "{bad}"
            );
        }
    }

    #[test]
    fn rates_round_to_four_decimals() {
        assert_eq!(rate(1, 3), 0.3333);
        assert_eq!(rate(2, 3), 0.6667);
        assert_eq!(rate(5, 0), 0.0);
    }
}
