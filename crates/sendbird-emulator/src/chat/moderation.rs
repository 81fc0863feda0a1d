//! Moderation: bans and mutes of one channel (`/{channel_type}/{channel_url}/ban|mute`),
//! freezing (`.../freeze`), bans and mutes by custom channel type
//! (`/applications/settings_by_channel_custom_type/{custom_type}/ban|mute`,
//! `/users/{user_id}/banned_channel_custom_types`, `.../muted_channel_custom_types`), a
//! user's banned and muted channels (`/users/{user_id}/ban|mute`) and blocks
//! (`/users/{user_id}/block`).
//!
//! How the emulator reads the docs (and what it chose where they are silent):
//!
//! - **Durations.** `seconds` is the length in seconds; `-1` (the default) means ten years,
//!   which Sendbird shows as permanent. `0` and values below `-1` answer 400111. Windows are
//!   Unix milliseconds. A permanent *mute* is reported with `end_at: -1` and
//!   `remaining_duration: -1` (as the docs' muted-list example does); a permanent *ban* reports
//!   its real end, ten years after the start. `remaining_duration` is `end_at - now`.
//! - **Expiry** uses the emulator's clock: a ban or mute is active while `now < end_at`;
//!   [`sweep`] (called before every Chat request) drops expired entries, and entries whose
//!   channel or user no longer exists, so a re-created channel or user starts clean.
//! - **Ban.** The user is removed from the channel at once (group members and their typing
//!   state, open channel participants); operator registration is kept. Non-members may be
//!   banned pre-emptively. Banning a banned user again replaces the ban (the window restarts).
//!   While banned the user cannot join, be invited to or accept an invitation to the group
//!   channel (400750), and sending a message answers 900100. Update-ban counts the new
//!   duration from now and keeps `start_at`; view, update and unban answer 400201 for a user
//!   who is not banned. Unbanning does not add the user back. Descriptions: at most 250
//!   characters (400110).
//! - **Custom channel type bans** apply to every open and group channel whose `custom_type`
//!   matches, now and later: the user is removed from existing ones, joining, invitation and
//!   acceptance answer 400751, sending 900100. Unknown users are skipped unless
//!   `on_demand_upsert` (alias `on_demand_user_upsert`) creates them. They are not listed among
//!   a user's banned channels (which are per channel).
//! - **Mute.** The user stays and reads; sending a message (MESG or FILE) answers 900041,
//!   for a channel mute as for a custom-type mute. Members listed by
//!   `GET /group_channels/{url}/members` show `is_muted`, `muted_end_at` and
//!   `muted_description`, and `muted_member_filter` works. Descriptions: at most 2,048
//!   characters. Muting the group channel answers `{}` (docs); muting in an open channel
//!   answers the channel (docs). View-mute of a user who is not muted answers
//!   `{"is_muted": false, ...}` with zeros.
//! - **Freeze.** `freeze` shows on the channel; while frozen, a MESG or FILE message whose
//!   sender is not an operator answers 900050 (admin messages pass).
//! - **Send-message codes.** The Platform API's answer to a muted, banned or frozen-out sender
//!   is undocumented; the 900xxx codes are the Chat SDK server codes for those cases. The
//!   emulator answers them as HTTP 400 with those codes, checked in this order: banned
//!   (900100), muted (900041), frozen and not an operator (900050), blocked (900080).
//! - **Block.** `target_id`, `user_ids` or `users` name the users to block (unknown users:
//!   400201; oneself: 400111; already blocked: kept). The answer is
//!   `{"users": [user, ...]}`. In a distinct group channel of exactly two members, the blocker
//!   sending to the blocked member answers 900080 ("the blocking user is trying to send the
//!   message to the blocked user in a 1-to-1 distinct channel"); the blocked user's messages
//!   are accepted (the docs only hide them from the blocker's client view, which the Platform
//!   API's message list does not model). Member lists queried with `user_id` show
//!   `is_blocked_by_me` / `is_blocking_me`. Invitations between blocker and blocked are
//!   allowed (the docs' default: the "exclude blocked users" application option is off).
//!   Unblocking a user who is not blocked answers 400201.
//! - **Not modelled:** entering an open channel (the Platform API has no such call; seeded
//!   participants are not checked), application-wide mutes (900040), channel creation with a
//!   custom type a member is banned from.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::model::{ChannelKind, GroupView, User};
use super::{assign, found_mut, paging, ChannelCall, ChatState, Ctx, MAX_ID_CHARS};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::Params;
use crate::http::query::Query;
use crate::render;

/// Ten years in milliseconds: how long a "permanent" (`seconds: -1`) ban or mute lasts.
const TEN_YEARS_MS: i64 = 10 * 365 * 24 * 60 * 60 * 1000;
/// Longest ban description (characters).
const MAX_BAN_DESCRIPTION: usize = 250;
/// Longest mute description (characters).
const MAX_MUTE_DESCRIPTION: usize = 2048;

/// A ban or a mute of one user.
#[derive(Debug, Clone)]
pub(crate) struct Restriction {
    /// Creation order (list order and page anchor).
    seq: u64,
    start_at: i64,
    /// When it ends (Unix ms); ten years after `start_at` for a permanent one.
    end_at: i64,
    /// Made with `seconds: -1` (mutes then report `end_at: -1`).
    permanent: bool,
    description: String,
}

impl Restriction {
    fn new(seq: u64, now: i64, seconds: i64, description: String) -> Self {
        let (end_at, permanent) = end_of(now, seconds);
        Self {
            seq,
            start_at: now,
            end_at,
            permanent,
            description,
        }
    }

    fn is_active(&self, now: i64) -> bool {
        now < self.end_at
    }

    /// `end_at` as mutes report it (`-1` when permanent).
    fn mute_end_at(&self) -> i64 {
        if self.permanent {
            -1
        } else {
            self.end_at
        }
    }

    /// Milliseconds left (`-1` when permanent).
    fn remaining(&self, now: i64) -> i64 {
        if self.permanent {
            -1
        } else {
            (self.end_at - now).max(0)
        }
    }
}

/// The end of a restriction starting `now` and lasting `seconds` (`-1`: ten years).
fn end_of(now: i64, seconds: i64) -> (i64, bool) {
    if seconds == -1 {
        (now.saturating_add(TEN_YEARS_MS), true)
    } else {
        (now.saturating_add(seconds.saturating_mul(1000)), false)
    }
}

/// The bans and mutes of one channel (or one custom channel type), by user id.
#[derive(Debug, Clone, Default)]
pub(crate) struct Restrictions {
    bans: BTreeMap<String, Restriction>,
    mutes: BTreeMap<String, Restriction>,
}

/// Which list of a [`Restrictions`] a handler works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Bans.
    Ban,
    /// Mutes.
    Mute,
}

impl Restrictions {
    fn of(&self, kind: Kind) -> &BTreeMap<String, Restriction> {
        match kind {
            Kind::Ban => &self.bans,
            Kind::Mute => &self.mutes,
        }
    }

    fn of_mut(&mut self, kind: Kind) -> &mut BTreeMap<String, Restriction> {
        match kind {
            Kind::Ban => &mut self.bans,
            Kind::Mute => &mut self.mutes,
        }
    }

    fn is_empty(&self) -> bool {
        self.bans.is_empty() && self.mutes.is_empty()
    }
}

/// One block: who is blocked, in block order.
#[derive(Debug, Clone)]
struct Block {
    seq: u64,
    user_id: String,
}

/// Every moderation record of the application.
#[derive(Debug, Default)]
pub(crate) struct ModerationState {
    group: BTreeMap<String, Restrictions>,
    open: BTreeMap<String, Restrictions>,
    custom_types: BTreeMap<String, Restrictions>,
    /// Blocker id → the users they block, in block order.
    blocks: BTreeMap<String, Vec<Block>>,
}

impl ModerationState {
    fn channels(&self, kind: ChannelKind) -> &BTreeMap<String, Restrictions> {
        match kind {
            ChannelKind::Group => &self.group,
            ChannelKind::Open => &self.open,
        }
    }

    fn channels_mut(&mut self, kind: ChannelKind) -> &mut BTreeMap<String, Restrictions> {
        match kind {
            ChannelKind::Group => &mut self.group,
            ChannelKind::Open => &mut self.open,
        }
    }

    /// The active restriction of `user_id` in a channel, if any.
    fn channel_entry(
        &self,
        channel: ChannelKind,
        url: &str,
        kind: Kind,
        user_id: &str,
        now: i64,
    ) -> Option<&Restriction> {
        self.channels(channel)
            .get(url)
            .and_then(|r| r.of(kind).get(user_id))
            .filter(|r| r.is_active(now))
    }

    /// The active restriction of `user_id` by custom channel type, if any.
    fn custom_type_entry(
        &self,
        custom_type: &str,
        kind: Kind,
        user_id: &str,
        now: i64,
    ) -> Option<&Restriction> {
        if custom_type.is_empty() {
            return None;
        }
        self.custom_types
            .get(custom_type)
            .and_then(|r| r.of(kind).get(user_id))
            .filter(|r| r.is_active(now))
    }

    /// Whether `blocker` blocks `blocked`.
    pub(crate) fn blocks(&self, blocker: &str, blocked: &str) -> bool {
        self.blocks
            .get(blocker)
            .is_some_and(|list| list.iter().any(|b| b.user_id == blocked))
    }
}

/// Drops expired bans and mutes, and every record whose channel or user no longer exists.
/// Called before every Chat request.
pub(super) fn sweep(chat: &mut ChatState, now: i64) {
    let users = &chat.users;
    let keep = |entries: &mut BTreeMap<String, Restriction>| {
        entries.retain(|user_id, r| r.is_active(now) && users.contains_key(user_id));
    };
    let moderation = &mut chat.moderation;
    moderation.group.retain(|url, r| {
        keep(&mut r.bans);
        keep(&mut r.mutes);
        !r.is_empty() && chat.group_channels.contains_key(url)
    });
    moderation.open.retain(|url, r| {
        keep(&mut r.bans);
        keep(&mut r.mutes);
        !r.is_empty() && chat.open_channels.contains_key(url)
    });
    moderation.custom_types.retain(|_, r| {
        keep(&mut r.bans);
        keep(&mut r.mutes);
        !r.is_empty()
    });
    moderation.blocks.retain(|blocker, list| {
        list.retain(|b| users.contains_key(&b.user_id));
        !list.is_empty() && users.contains_key(blocker)
    });
}

// Checks other handlers call.

fn custom_type_of(chat: &ChatState, kind: ChannelKind, url: &str) -> String {
    chat.basics(kind, url)
        .map(|c| c.custom_type.to_owned())
        .unwrap_or_default()
}

/// Whether `user_id` has an active restriction (`what`) in the channel: `Some(None)` by the
/// channel itself, `Some(Some(custom type))` by its custom channel type.
fn restricted_by(
    ctx: &Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    user_id: &str,
    what: Kind,
    now: i64,
) -> Option<Option<String>> {
    let moderation = &ctx.chat.moderation;
    if moderation
        .channel_entry(kind, url, what, user_id, now)
        .is_some()
    {
        return Some(None);
    }
    let custom_type = custom_type_of(ctx.chat, kind, url);
    moderation
        .custom_type_entry(&custom_type, what, user_id, now)
        .map(|_| Some(custom_type))
}

/// Refuses a user banned from the channel (400750) or from its custom channel type (400751)
/// who would join, be invited to or accept an invitation to it.
pub(super) fn check_can_join(
    ctx: &Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    user_id: &str,
) -> Result<(), ApiError> {
    match restricted_by(ctx, kind, url, user_id, Kind::Ban, ctx.now_ms()) {
        None => Ok(()),
        Some(None) => Err(ApiError::bad_request(
            400750,
            format!("The user \"{user_id}\" is banned from the channel and can't enter it."),
        )),
        Some(Some(custom_type)) => Err(ApiError::bad_request(
            400751,
            format!(
                "The user \"{user_id}\" is banned from channels of the custom type \
                 \"{custom_type}\" and can't enter this one."
            ),
        )),
    }
}

/// Refuses a message from a sender who is banned (900100), muted (900041), not an operator of
/// a frozen channel (900050), or blocking the other member of a 1-to-1 distinct channel
/// (900080). Membership is checked by the caller.
pub(super) fn check_can_send(
    ctx: &Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    user_id: &str,
) -> Result<(), ApiError> {
    let now = ctx.now_ms();
    let moderation = &ctx.chat.moderation;
    let restricted = |what: Kind| restricted_by(ctx, kind, url, user_id, what, now).is_some();
    if restricted(Kind::Ban) {
        return Err(ApiError::bad_request(
            900100,
            "The user is banned from the channel and can't send messages.",
        ));
    }
    if restricted(Kind::Mute) {
        return Err(ApiError::bad_request(
            900041,
            "The user is muted in the channel and can't send messages.",
        ));
    }
    let (frozen, is_operator) = match kind {
        ChannelKind::Group => ctx
            .chat
            .group_channels
            .get(url)
            .map_or((false, false), |c| (c.freeze, c.is_operator(user_id))),
        ChannelKind::Open => ctx.chat.open_channels.get(url).map_or((false, false), |c| {
            (c.freeze, c.operators.iter().any(|o| o == user_id))
        }),
    };
    if frozen && !is_operator {
        return Err(ApiError::bad_request(
            900050,
            "The channel is frozen: only operators can send messages.",
        ));
    }
    if let (ChannelKind::Group, Some(channel)) = (kind, ctx.chat.group_channels.get(url)) {
        let other = channel
            .members
            .iter()
            .find(|m| m.user_id != user_id)
            .map(|m| m.user_id.as_str());
        if channel.is_distinct && channel.members.len() == 2 {
            if let Some(other) = other {
                if moderation.blocks(user_id, other) {
                    return Err(ApiError::bad_request(
                        900080,
                        "The blocking user can't send messages to the blocked user in a \
                         1-to-1 distinct channel.",
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Whether `user_id` is muted in the group channel (by the channel or its custom type).
pub(super) fn is_muted_in_group(chat: &ChatState, url: &str, user_id: &str, now: i64) -> bool {
    group_mute(chat, url, user_id, now).is_some()
}

fn group_mute<'a>(
    chat: &'a ChatState,
    url: &str,
    user_id: &str,
    now: i64,
) -> Option<&'a Restriction> {
    let moderation = &chat.moderation;
    moderation
        .channel_entry(ChannelKind::Group, url, Kind::Mute, user_id, now)
        .or_else(|| {
            let custom_type = custom_type_of(chat, ChannelKind::Group, url);
            moderation.custom_type_entry(&custom_type, Kind::Mute, user_id, now)
        })
}

/// Sets a rendered member's `is_muted` (with `muted_end_at` and `muted_description` when
/// muted) and, with a `viewer`, `is_blocked_by_me` / `is_blocking_me`.
pub(super) fn decorate_member(
    chat: &ChatState,
    url: &str,
    viewer: Option<&str>,
    now: i64,
    member: &mut Value,
) {
    let Value::Object(map) = member else {
        return;
    };
    let Some(user_id) = map
        .get("user_id")
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return;
    };
    match group_mute(chat, url, &user_id, now) {
        Some(mute) => {
            map.insert("is_muted".into(), json!(true));
            map.insert("muted_end_at".into(), json!(mute.mute_end_at()));
            map.insert("muted_description".into(), json!(mute.description));
        }
        None => {
            map.insert("is_muted".into(), json!(false));
        }
    }
    if let Some(viewer) = viewer {
        let moderation = &chat.moderation;
        map.insert(
            "is_blocked_by_me".into(),
            json!(moderation.blocks(viewer, &user_id)),
        );
        map.insert(
            "is_blocking_me".into(),
            json!(moderation.blocks(&user_id, viewer)),
        );
    }
}

// Parameters.

/// Reads `seconds` (default `-1`; `0` and below `-1` answer 400111).
fn seconds(p: &Params, required: bool) -> Result<i64, ApiError> {
    let value = match p.int("seconds")? {
        Some(value) => value,
        None if required => return Err(ApiError::missing("seconds")),
        None => -1,
    };
    check_seconds(value)
}

fn check_seconds(value: i64) -> Result<i64, ApiError> {
    if value == 0 || value < -1 {
        return Err(ApiError::invalid_value("seconds"));
    }
    Ok(value)
}

/// Reads `description` (default empty; longer than `max` characters answers 400110).
fn description(value: Option<String>, max: usize) -> Result<String, ApiError> {
    let value = value.unwrap_or_default();
    if value.chars().count() > max {
        return Err(ApiError::too_long("description"));
    }
    Ok(value)
}

/// Reads `on_demand_upsert` or its alias `on_demand_user_upsert` (default false).
fn upsert(p: &Params) -> Result<bool, ApiError> {
    Ok(p.bool("on_demand_upsert")?.unwrap_or(false)
        || p.bool("on_demand_user_upsert")?.unwrap_or(false))
}

/// A required, non-empty list of strings (400105 otherwise).
fn required_list(p: &Params, name: &str) -> Result<Vec<String>, ApiError> {
    match p.str_list(name)? {
        Some(list) if !list.is_empty() => Ok(list),
        _ => Err(ApiError::missing(name)),
    }
}

/// Creates a user with this id (empty nickname and profile) if it doesn't exist.
fn upsert_user(ctx: &mut Ctx<'_>, user_id: &str) -> Result<(), ApiError> {
    if ctx.chat.users.contains_key(user_id) {
        return Ok(());
    }
    if user_id.is_empty() {
        return Err(ApiError::invalid_value("user_id"));
    }
    if user_id.chars().count() > MAX_ID_CHARS {
        return Err(ApiError::bad_request(400305, "\"user_id\" is too long."));
    }
    let seq = ctx.chat.next_seq();
    let user = User::new(seq, user_id, ctx.now_ms());
    ctx.chat.users.insert(user_id.to_owned(), user);
    Ok(())
}

// Renderings.

/// The brief user inside a ban (`user_id`, `nickname`, `profile_url`, `metadata`).
fn brief_user(users: &BTreeMap<String, User>, user_id: &str) -> Map<String, Value> {
    let mut map = Map::new();
    map.insert("user_id".into(), json!(user_id));
    let user = users.get(user_id);
    map.insert(
        "nickname".into(),
        json!(user.map_or("", |u| u.nickname.as_str())),
    );
    map.insert(
        "profile_url".into(),
        json!(user.map_or("", |u| u.profile_url.as_str())),
    );
    map.insert("require_auth_for_profile_image".into(), json!(false));
    map.insert(
        "metadata".into(),
        user.map_or_else(|| json!({}), |u| render::object(&u.metadata)),
    );
    map
}

/// A user in a blocked-users list or a block answer.
fn listed_user(user: &User) -> Value {
    let mut map = brief_user(&BTreeMap::new(), &user.user_id);
    map.insert("nickname".into(), json!(user.nickname));
    map.insert("profile_url".into(), json!(user.profile_url));
    map.insert("metadata".into(), render::object(&user.metadata));
    map.insert("is_online".into(), json!(false));
    map.insert("is_active".into(), json!(user.is_active));
    map.insert("last_seen_at".into(), json!(0));
    Value::Object(map)
}

fn ban_json(users: &BTreeMap<String, User>, user_id: &str, ban: &Restriction) -> Value {
    json!({
        "user": Value::Object(brief_user(users, user_id)),
        "start_at": ban.start_at,
        "end_at": ban.end_at,
        "description": ban.description,
    })
}

fn mute_json(users: &BTreeMap<String, User>, user_id: &str, mute: &Restriction, now: i64) -> Value {
    let mut map = brief_user(users, user_id);
    map.insert("remaining_duration".into(), json!(mute.remaining(now)));
    map.insert("start_at".into(), json!(mute.start_at));
    map.insert("end_at".into(), json!(mute.mute_end_at()));
    map.insert("description".into(), json!(mute.description));
    Value::Object(map)
}

fn entry_json(
    users: &BTreeMap<String, User>,
    kind: Kind,
    user_id: &str,
    entry: &Restriction,
    now: i64,
) -> Value {
    match kind {
        Kind::Ban => ban_json(users, user_id, entry),
        Kind::Mute => mute_json(users, user_id, entry, now),
    }
}

fn list_key(kind: Kind) -> (&'static str, &'static str, &'static str) {
    match kind {
        Kind::Ban => ("banned_list", "show_total_ban_count", "total_ban_count"),
        Kind::Mute => ("muted_list", "show_total_mute_count", "total_mute_count"),
    }
}

/// One page of a restriction map (active entries in creation order).
fn entries_page(
    ctx: &Ctx<'_>,
    entries: Option<&Restrictions>,
    kind: Kind,
    q: &Query,
) -> Result<(Vec<Value>, usize, String), ApiError> {
    let now = ctx.now_ms();
    let mut active: Vec<(&String, &Restriction)> = entries
        .map(|r| {
            r.of(kind)
                .iter()
                .filter(|(_, e)| e.is_active(now))
                .collect()
        })
        .unwrap_or_default();
    active.sort_by_key(|(_, e)| e.seq);
    let total = active.len();
    let (page, next) = paging::page(ctx.env.pages, active, |(_, e)| e.seq, q)?;
    let items = page
        .iter()
        .map(|(id, e)| entry_json(&ctx.chat.users, kind, id, e, now))
        .collect();
    Ok((items, total, next))
}

/// The brief channel (`name`, `custom_type`, `channel_url`, `created_at` in seconds,
/// `cover_url`, `data`).
fn brief_channel(chat: &ChatState, kind: ChannelKind, url: &str) -> Option<Map<String, Value>> {
    let c = chat.basics(kind, url)?;
    let mut map = Map::new();
    map.insert("name".into(), json!(c.name));
    map.insert("custom_type".into(), json!(c.custom_type));
    map.insert("channel_url".into(), json!(url));
    map.insert("created_at".into(), json!(c.created_at_ms / 1000));
    map.insert("cover_url".into(), json!(c.cover_url));
    map.insert("data".into(), json!(c.data));
    Some(map)
}

// Per-channel handlers (`/{channel_type}/{channel_url}/...`).

/// Serves `.../ban[/{user_id}]`, `.../mute[/{user_id}]` and `.../freeze` of a channel.
pub(super) fn route_channel(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    let kind = match call.rest.first() {
        Some(&"mute") => Kind::Mute,
        _ => Kind::Ban,
    };
    match (call.method, call.rest) {
        ("GET", ["ban" | "mute"]) => list(ctx, call, kind),
        ("POST", ["ban" | "mute"]) => restrict(ctx, call, kind),
        ("GET", ["ban", user]) => get_ban(ctx, call, user),
        ("PUT", ["ban", user]) => update_ban(ctx, call, user),
        ("GET", ["mute", user]) => mute_status(ctx, call, user),
        ("DELETE", ["ban" | "mute", user]) => remove_entry(ctx, call, kind, user),
        ("PUT", ["freeze"]) => freeze(ctx, call),
        _ => Err(ApiError::invalid_url()),
    }
}

fn channel_exists(ctx: &Ctx<'_>, kind: ChannelKind, url: &str) -> Result<(), ApiError> {
    ctx.content(kind, url).map(|_| ())
}

/// Checks that the call's channel and `user_id` exist; answers the emulator's clock.
fn check_target(ctx: &Ctx<'_>, call: &ChannelCall<'_>, user_id: &str) -> Result<i64, ApiError> {
    channel_exists(ctx, call.kind, call.url)?;
    ctx.user(user_id)?;
    Ok(ctx.now_ms())
}

/// The bans and mutes of the call's channel, if it has any.
fn channel_restrictions_mut<'a>(
    ctx: &'a mut Ctx<'_>,
    call: &ChannelCall<'_>,
) -> Option<&'a mut Restrictions> {
    ctx.chat
        .moderation
        .channels_mut(call.kind)
        .get_mut(call.url)
}

fn list(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, kind: Kind) -> Answer {
    let (channel, url, q) = (call.kind, call.url, call.q);
    channel_exists(ctx, channel, url)?;
    let (list_name, show_name, total_name) = list_key(kind);
    let show_total = q.bool_or(show_name, false)?;
    let entries = ctx.chat.moderation.channels(channel).get(url);
    let (items, total, next) = entries_page(ctx, entries, kind, q)?;
    let mut map = Map::new();
    map.insert(list_name.into(), Value::Array(items));
    if show_total {
        map.insert(total_name.into(), json!(total));
    }
    map.insert("next".into(), json!(next));
    Ok(Value::Object(map))
}

/// Removes a user from a channel (a ban's effect).
fn expel(chat: &mut ChatState, kind: ChannelKind, url: &str, user_id: &str) {
    match kind {
        ChannelKind::Group => {
            if let Some(channel) = chat.group_channels.get_mut(url) {
                channel.members.retain(|m| m.user_id != user_id);
                channel.typing.retain(|t| t != user_id);
            }
        }
        ChannelKind::Open => {
            if let Some(channel) = chat.open_channels.get_mut(url) {
                channel.participants.retain(|p| p != user_id);
            }
        }
    }
}

/// Removes a user from every channel of a custom type (a custom-type ban's effect).
fn expel_by_custom_type(chat: &mut ChatState, custom_type: &str, user_id: &str) {
    for channel in chat
        .group_channels
        .values_mut()
        .filter(|c| c.custom_type == custom_type)
    {
        channel.members.retain(|m| m.user_id != user_id);
        channel.typing.retain(|t| t != user_id);
    }
    for channel in chat
        .open_channels
        .values_mut()
        .filter(|c| c.custom_type == custom_type)
    {
        channel.participants.retain(|p| p != user_id);
    }
}

fn put_entry(
    ctx: &mut Ctx<'_>,
    channel: ChannelKind,
    url: &str,
    kind: Kind,
    user_id: &str,
    entry: Restriction,
) {
    ctx.chat
        .moderation
        .channels_mut(channel)
        .entry(url.to_owned())
        .or_default()
        .of_mut(kind)
        .insert(user_id.to_owned(), entry);
}

/// `POST .../ban` (`user_id`, `agent_id`, `seconds`, `description`) and `POST .../mute`
/// (`user_id`, `seconds`, `description`). A ban answers the ban and removes the user from the
/// channel; a mute answers `{}` for a group channel and the channel for an open channel (as the
/// docs answer).
fn restrict(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, kind: Kind) -> Answer {
    let (channel, url, p) = (call.kind, call.url, call.p);
    let user_id = p.required_str("user_id")?;
    if kind == Kind::Ban {
        let _agent_id = p.str("agent_id")?;
    }
    let seconds = seconds(p, false)?;
    let max_description = match kind {
        Kind::Ban => MAX_BAN_DESCRIPTION,
        Kind::Mute => MAX_MUTE_DESCRIPTION,
    };
    let description = description(p.str("description")?, max_description)?;
    channel_exists(ctx, channel, url)?;
    ctx.user(&user_id)?;
    let now = ctx.now_ms();
    let entry = Restriction::new(ctx.chat.next_seq(), now, seconds, description);
    put_entry(ctx, channel, url, kind, &user_id, entry.clone());
    Ok(match (kind, channel) {
        (Kind::Ban, _) => {
            expel(ctx.chat, channel, url, &user_id);
            ban_json(&ctx.chat.users, &user_id, &entry)
        }
        (Kind::Mute, ChannelKind::Group) => json!({}),
        (Kind::Mute, ChannelKind::Open) => ctx.open(url)?.to_json(&ctx.chat.users, false),
    })
}

/// `GET .../ban/{user_id}` (400201 when not banned).
fn get_ban(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, user_id: &str) -> Answer {
    let now = check_target(ctx, call, user_id)?;
    let ban = ctx
        .chat
        .moderation
        .channel_entry(call.kind, call.url, Kind::Ban, user_id, now)
        .ok_or_else(|| ApiError::not_found("Ban"))?;
    Ok(ban_json(&ctx.chat.users, user_id, ban))
}

/// `PUT .../ban/{user_id}` (`seconds` required, counted from now; `description`).
fn update_ban(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, user_id: &str) -> Answer {
    let p = call.p;
    let seconds = seconds(p, true)?;
    let description = p.str("description")?;
    if description.is_some() {
        self::description(description.clone(), MAX_BAN_DESCRIPTION)?;
    }
    let now = check_target(ctx, call, user_id)?;
    let ban = channel_restrictions_mut(ctx, call)
        .and_then(|r| r.bans.get_mut(user_id))
        .filter(|b| b.is_active(now))
        .ok_or_else(|| ApiError::not_found("Ban"))?;
    let (end_at, permanent) = end_of(now, seconds);
    ban.end_at = end_at;
    ban.permanent = permanent;
    assign(&mut ban.description, description);
    let ban = ban.clone();
    Ok(ban_json(&ctx.chat.users, user_id, &ban))
}

/// `DELETE .../ban/{user_id}` and `.../mute/{user_id}` (400201 when not banned / muted; an
/// unbanned user is not added back).
fn remove_entry(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, kind: Kind, user_id: &str) -> Answer {
    let now = check_target(ctx, call, user_id)?;
    let removed = channel_restrictions_mut(ctx, call).and_then(|r| r.of_mut(kind).remove(user_id));
    match removed {
        Some(entry) if entry.is_active(now) => Ok(json!({})),
        _ => Err(ApiError::not_found(match kind {
            Kind::Ban => "Ban",
            Kind::Mute => "Mute",
        })),
    }
}

/// `GET .../mute/{user_id}`: `is_muted` and the window (zeros when not muted).
fn mute_status(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>, user_id: &str) -> Answer {
    let now = check_target(ctx, call, user_id)?;
    Ok(
        match ctx
            .chat
            .moderation
            .channel_entry(call.kind, call.url, Kind::Mute, user_id, now)
        {
            Some(mute) => json!({
                "is_muted": true,
                "remaining_duration": mute.remaining(now),
                "start_at": mute.start_at,
                "end_at": mute.mute_end_at(),
                "description": mute.description,
            }),
            None => json!({
                "is_muted": false,
                "remaining_duration": 0,
                "start_at": 0,
                "end_at": 0,
                "description": "",
            }),
        },
    )
}

/// `PUT .../freeze` (`freeze` required): answers the channel.
fn freeze(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    let (channel, url, p) = (call.kind, call.url, call.p);
    let freeze = p.required_bool("freeze")?;
    match channel {
        ChannelKind::Group => {
            ctx.group_mut(url)?.freeze = freeze;
            super::webhook_events::freeze_changed(ctx, url);
            let view = GroupView {
                members: true,
                ..GroupView::default()
            };
            Ok(ctx.group(url)?.to_json(&ctx.chat.users, view))
        }
        ChannelKind::Open => {
            ctx.open_mut(url)?.freeze = freeze;
            Ok(ctx.open(url)?.to_json(&ctx.chat.users, false))
        }
    }
}

// Custom channel types (`/applications/settings_by_channel_custom_type/{custom_type}/...`).

/// Serves `.../{custom_type}/ban` and `.../mute`: `GET` lists (no total count), `POST` bans
/// or mutes, `DELETE` lifts.
pub(super) fn route_custom_type(
    ctx: &mut Ctx<'_>,
    custom_type: &str,
    method: &str,
    kind: Kind,
    p: &Params,
    q: &Query,
) -> Answer {
    match (method, kind) {
        ("GET", _) => {
            let entries = ctx.chat.moderation.custom_types.get(custom_type);
            let (items, _, next) = entries_page(ctx, entries, kind, q)?;
            let (list_name, _, _) = list_key(kind);
            let mut map = Map::new();
            map.insert(list_name.into(), Value::Array(items));
            map.insert("next".into(), json!(next));
            Ok(Value::Object(map))
        }
        ("POST", Kind::Ban) => ban_by_custom_type(ctx, custom_type, p),
        ("POST", Kind::Mute) => mute_by_custom_type(ctx, custom_type, p),
        ("DELETE", _) => lift_by_custom_type(ctx, custom_type, kind, q),
        _ => Err(ApiError::invalid_url()),
    }
}

fn put_custom_type_entry(
    ctx: &mut Ctx<'_>,
    custom_type: &str,
    kind: Kind,
    user_id: &str,
    entry: Restriction,
) {
    ctx.chat
        .moderation
        .custom_types
        .entry(custom_type.to_owned())
        .or_default()
        .of_mut(kind)
        .insert(user_id.to_owned(), entry);
    if kind == Kind::Ban {
        expel_by_custom_type(ctx.chat, custom_type, user_id);
    }
}

/// Whether a listed user is banned/muted: existing users always, unknown ones only after an
/// upsert (otherwise skipped).
fn resolve_user(ctx: &mut Ctx<'_>, user_id: &str, upsert: bool) -> Result<bool, ApiError> {
    if upsert {
        upsert_user(ctx, user_id)?;
    }
    Ok(ctx.chat.users.contains_key(user_id))
}

/// `POST .../{custom_type}/ban` (`banned_list: [{user_id, seconds, description}]`,
/// `on_demand_upsert`).
fn ban_by_custom_type(ctx: &mut Ctx<'_>, custom_type: &str, p: &Params) -> Answer {
    let upsert = upsert(p)?;
    let items = match p.json("banned_list")? {
        None => return Err(ApiError::missing("banned_list")),
        Some(Value::Array(items)) if items.is_empty() => {
            return Err(ApiError::missing("banned_list"))
        }
        Some(Value::Array(items)) => items,
        Some(_) => return Err(ApiError::wrong_type("banned_list", Expected::List)),
    };
    // Validate every item before changing anything.
    let mut bans = Vec::with_capacity(items.len());
    for item in items {
        let Value::Object(item) = item else {
            return Err(ApiError::wrong_type("banned_list", Expected::Json));
        };
        let item = Params::Json(item);
        let user_id = item.required_str("user_id")?;
        let seconds = seconds(&item, false)?;
        let description = description(item.str("description")?, MAX_BAN_DESCRIPTION)?;
        bans.push((user_id, seconds, description));
    }
    let now = ctx.now_ms();
    for (user_id, seconds, description) in bans {
        if resolve_user(ctx, &user_id, upsert)? {
            let entry = Restriction::new(ctx.chat.next_seq(), now, seconds, description);
            put_custom_type_entry(ctx, custom_type, Kind::Ban, &user_id, entry);
        }
    }
    Ok(json!({}))
}

/// `POST .../{custom_type}/mute` (`user_ids`, `seconds`, `description`, `on_demand_upsert`).
fn mute_by_custom_type(ctx: &mut Ctx<'_>, custom_type: &str, p: &Params) -> Answer {
    let user_ids = required_list(p, "user_ids")?;
    let seconds = seconds(p, false)?;
    let description = description(p.str("description")?, MAX_MUTE_DESCRIPTION)?;
    let upsert = upsert(p)?;
    let now = ctx.now_ms();
    for user_id in user_ids {
        if resolve_user(ctx, &user_id, upsert)? {
            let entry = Restriction::new(ctx.chat.next_seq(), now, seconds, description.clone());
            put_custom_type_entry(ctx, custom_type, Kind::Mute, &user_id, entry);
        }
    }
    Ok(json!({}))
}

/// `DELETE .../{custom_type}/ban?user_ids=..` and `.../mute?user_ids=..` (users who are not
/// banned/muted are ignored).
fn lift_by_custom_type(ctx: &mut Ctx<'_>, custom_type: &str, kind: Kind, q: &Query) -> Answer {
    let user_ids = q.required_list("user_ids")?;
    if let Some(entries) = ctx.chat.moderation.custom_types.get_mut(custom_type) {
        let entries = entries.of_mut(kind);
        for user_id in &user_ids {
            entries.remove(user_id);
        }
    }
    Ok(json!({}))
}

// Users (`/users/{user_id}/...`).

/// `POST /users/{user_id}/banned_channel_custom_types` and `.../muted_channel_custom_types`
/// (`channel_custom_types`): ten years, no reason.
pub(super) fn restrict_in_custom_types(
    ctx: &mut Ctx<'_>,
    user_id: &str,
    kind: Kind,
    p: &Params,
) -> Answer {
    let custom_types = required_list(p, "channel_custom_types")?;
    ctx.user(user_id)?;
    let now = ctx.now_ms();
    for custom_type in custom_types {
        let entry = Restriction::new(ctx.chat.next_seq(), now, -1, String::new());
        put_custom_type_entry(ctx, &custom_type, kind, user_id, entry);
    }
    Ok(json!({}))
}

/// `GET /users/{user_id}/ban` and `/users/{user_id}/mute`: the channels (of both kinds) the
/// user is banned from / muted in, in restriction order.
pub(super) fn user_channels(ctx: &mut Ctx<'_>, user_id: &str, kind: Kind, q: &Query) -> Answer {
    ctx.user(user_id)?;
    let mute = kind == Kind::Mute;
    let now = ctx.now_ms();
    let moderation = &ctx.chat.moderation;
    let mut found: Vec<(ChannelKind, &String, &Restriction)> = Vec::new();
    for channel in [ChannelKind::Group, ChannelKind::Open] {
        for (url, restrictions) in moderation.channels(channel) {
            if let Some(entry) = restrictions
                .of(kind)
                .get(user_id)
                .filter(|e| e.is_active(now))
            {
                found.push((channel, url, entry));
            }
        }
    }
    found.sort_by_key(|(_, _, e)| e.seq);
    let (page, next) = paging::page(ctx.env.pages, found, |(_, _, e)| e.seq, q)?;
    let items: Vec<Value> = page
        .iter()
        .filter_map(|(channel, url, entry)| {
            let mut brief = brief_channel(ctx.chat, *channel, url)?;
            Some(if mute {
                brief.insert("remaining_duration".into(), json!(entry.remaining(now)));
                brief.insert("start_at".into(), json!(entry.start_at));
                brief.insert("end_at".into(), json!(entry.mute_end_at()));
                brief.insert("description".into(), json!(entry.description));
                Value::Object(brief)
            } else {
                json!({
                    "start_at": entry.start_at,
                    "end_at": entry.end_at,
                    "description": entry.description,
                    "channel": Value::Object(brief),
                })
            })
        })
        .collect();
    let list_name = if mute {
        "muted_channels"
    } else {
        "banned_channels"
    };
    Ok(json!({ list_name: items, "next": next }))
}

/// `POST /users/{user_id}/block` (`target_id`, `user_ids` or `users`): answers the blocked
/// users.
pub(super) fn block(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    let mut targets = Vec::new();
    if let Some(target) = p.str("target_id")? {
        targets.push(target);
    }
    targets.extend(p.str_list("user_ids")?.unwrap_or_default());
    targets.extend(p.str_list("users")?.unwrap_or_default());
    if targets.is_empty() {
        return Err(ApiError::missing("target_id"));
    }
    ctx.user(user_id)?;
    ctx.require_users(&targets)?;
    if targets.iter().any(|t| t == user_id) {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: a user can't block themselves.",
        ));
    }
    let mut answered = Vec::new();
    for target in targets {
        if answered.contains(&target) {
            continue;
        }
        if !ctx.chat.moderation.blocks(user_id, &target) {
            let seq = ctx.chat.next_seq();
            ctx.chat
                .moderation
                .blocks
                .entry(user_id.to_owned())
                .or_default()
                .push(Block {
                    seq,
                    user_id: target.clone(),
                });
            super::webhook_events::block_changed(ctx, user_id, &target, true);
        }
        answered.push(target);
    }
    let users: Vec<Value> = answered
        .iter()
        .filter_map(|id| ctx.chat.users.get(id).map(listed_user))
        .collect();
    Ok(json!({ "users": users }))
}

/// `GET /users/{user_id}/block` (`list`, `user_ids`, `metadatakey` + `metadatavalues_in`).
pub(super) fn list_blocks(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    let side = q.choice("list", &["blocked_by_me", "blocking_me"], "blocked_by_me")?;
    let user_ids = q.list("user_ids")?;
    let metadata_key = q.str("metadatakey")?;
    let metadata_values = q.list("metadatavalues_in")?;
    paging::limit(q)?;
    ctx.user(user_id)?;
    let moderation = &ctx.chat.moderation;
    let mut related: Vec<(u64, &str)> = if side == "blocked_by_me" {
        moderation
            .blocks
            .get(user_id)
            .map(|list| list.iter().map(|b| (b.seq, b.user_id.as_str())).collect())
            .unwrap_or_default()
    } else {
        moderation
            .blocks
            .iter()
            .filter_map(|(blocker, list)| {
                list.iter()
                    .find(|b| b.user_id == user_id)
                    .map(|b| (b.seq, blocker.as_str()))
            })
            .collect()
    };
    related.sort_by_key(|(seq, _)| *seq);
    let users = &ctx.chat.users;
    let related: Vec<(u64, &User)> = related
        .into_iter()
        .filter_map(|(seq, id)| users.get(id).map(|u| (seq, u)))
        .filter(|(_, u)| user_ids.as_ref().is_none_or(|ids| ids.contains(&u.user_id)))
        .filter(|(_, u)| match (&metadata_key, &metadata_values) {
            (Some(key), Some(values)) => u.metadata.get(key).is_some_and(|v| values.contains(v)),
            (Some(key), None) => u.metadata.contains_key(key),
            _ => true,
        })
        .collect();
    paging::listing(
        ctx.env.pages,
        related,
        |(seq, _)| *seq,
        q,
        "users",
        |(_, u)| listed_user(u),
    )
}

/// `DELETE /users/{user_id}/block/{target_id}` (400201 when not blocked).
pub(super) fn unblock(ctx: &mut Ctx<'_>, user_id: &str, target: &str) -> Answer {
    ctx.user(user_id)?;
    ctx.user(target)?;
    let list = found_mut(&mut ctx.chat.moderation.blocks, user_id, "Blocked user")?;
    let before = list.len();
    list.retain(|b| b.user_id != target);
    if list.len() == before {
        return Err(ApiError::not_found("Blocked user"));
    }
    super::webhook_events::block_changed(ctx, user_id, target, false);
    Ok(json!({}))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn permanent_and_timed_windows() {
        let forever = Restriction::new(1, 1_000, -1, String::new());
        assert_eq!(forever.end_at, 1_000 + TEN_YEARS_MS);
        assert_eq!(forever.mute_end_at(), -1);
        assert_eq!(forever.remaining(5_000), -1);
        assert!(forever.is_active(1_000 + TEN_YEARS_MS - 1));

        let minute = Restriction::new(2, 1_000, 60, "x".into());
        assert_eq!(minute.end_at, 61_000);
        assert_eq!(minute.mute_end_at(), 61_000);
        assert_eq!(minute.remaining(31_000), 30_000);
        assert!(minute.is_active(60_999));
        assert!(!minute.is_active(61_000));
        assert_eq!(minute.remaining(70_000), 0);
    }

    #[test]
    fn seconds_bounds() {
        assert_eq!(check_seconds(-1).unwrap(), -1);
        assert_eq!(check_seconds(1).unwrap(), 1);
        assert_eq!(check_seconds(0).unwrap_err().code, 400111);
        assert_eq!(check_seconds(-2).unwrap_err().code, 400111);
    }

    #[test]
    fn descriptions_are_bounded_per_kind() {
        let long = "a".repeat(251);
        assert_eq!(
            description(Some(long.clone()), MAX_BAN_DESCRIPTION)
                .unwrap_err()
                .code,
            400110
        );
        assert_eq!(
            description(Some(long), MAX_MUTE_DESCRIPTION).unwrap(),
            "a".repeat(251)
        );
        assert_eq!(description(None, 1).unwrap(), "");
    }

    #[test]
    fn sweep_drops_expired_and_orphaned_entries() {
        let mut chat = ChatState::default();
        let mut restrictions = Restrictions::default();
        restrictions
            .bans
            .insert("ghost".into(), Restriction::new(1, 0, -1, String::new()));
        chat.moderation
            .group
            .insert("gone".into(), restrictions.clone());
        chat.moderation
            .custom_types
            .insert("t".into(), restrictions);
        chat.moderation.blocks.insert(
            "ghost".into(),
            vec![Block {
                seq: 1,
                user_id: "other".into(),
            }],
        );
        sweep(&mut chat, 10);
        assert!(chat.moderation.group.is_empty());
        assert!(chat.moderation.custom_types.is_empty());
        assert!(chat.moderation.blocks.is_empty());
    }
}
