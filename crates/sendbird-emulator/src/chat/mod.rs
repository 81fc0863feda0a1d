//! Chat Platform API v3: state, shared helpers and the endpoint table.

mod announcements;
mod application;
mod bots;
mod calendar;
mod channel_metadata;
mod channel_props;
mod custom_types;
mod emojis;
mod exports;
mod group_channels;
mod group_members;
mod key_values;
mod message_extras;
mod messages;
mod migration;
pub(crate) mod model;
mod moderation;
mod open_channels;
mod operators;
mod paging;
mod polls;
mod privacy;
mod push;
mod receipts;
mod reports;
mod scheduled;
mod search;
mod statistics;
mod unread;
mod user_metadata;
mod user_prefs;
mod users;
mod webhook_events;
mod webhooks;

use std::borrow::Borrow;
use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::env::Env;
use crate::http::errors::{Answer, ApiError};
use crate::http::params::{Params, UploadedFile};
use crate::http::query::Query;
use crate::http::request::ApiRequest;
use model::{ChannelContent, ChannelKind, GroupChannel, OpenChannel, User};
use moderation::Kind;

/// Longest accepted `user_id` / `nickname` (characters).
pub(crate) const MAX_ID_CHARS: usize = 80;
/// Longest accepted `custom_type` of a channel or message (characters).
pub(crate) const MAX_CUSTOM_TYPE_CHARS: usize = 128;

/// All Chat resources of the application.
#[derive(Debug, Default)]
pub(crate) struct ChatState {
    pub(crate) users: BTreeMap<String, User>,
    pub(crate) group_channels: BTreeMap<String, GroupChannel>,
    pub(crate) open_channels: BTreeMap<String, OpenChannel>,
    /// Bans, mutes and blocks.
    pub(crate) moderation: moderation::ModerationState,
    /// Bots by `bot_userid` (each also has a user record).
    pub(crate) bots: bots::BotState,
    /// Settings and operators by channel custom type.
    pub(crate) custom_types: custom_types::CustomTypeState,
    /// Reports and profanity-filter records.
    pub(crate) reports: reports::ReportState,
    /// Device tokens, push preferences, push providers, settings and templates.
    pub(crate) push: push::PushState,
    /// Polls, their options and votes.
    pub(crate) polls: polls::PollsState,
    /// Announcements (jobs advanced by [`run_due_work`]).
    pub(crate) announcements: announcements::AnnouncementsState,
    /// API tokens, IP allow-list and application-wide settings.
    pub(crate) application: application::ApplicationState,
    /// The reaction switch and the emojis.
    pub(crate) emojis: emojis::EmojiState,
    /// The webhook configuration.
    pub(crate) webhook: webhooks::WebhookSettings,
    next_seq: u64,
    next_message_id: i64,
    /// Scheduled messages of every group channel.
    pub(crate) scheduled: scheduled::ScheduledState,
    /// Who was active when (statistics).
    pub(crate) activity: statistics::Activity,
    /// GDPR requests.
    pub(crate) gdpr: privacy::GdprState,
    /// Data export requests.
    pub(crate) exports: exports::ExportState,
}

/// What both channel kinds have, for renderings that treat them alike.
pub(crate) struct ChannelBasics<'a> {
    pub(crate) name: &'a str,
    pub(crate) cover_url: &'a str,
    pub(crate) custom_type: &'a str,
    pub(crate) data: &'a str,
    pub(crate) created_at_ms: i64,
    /// Members (group channel) or participants (open channel).
    pub(crate) headcount: usize,
}

impl ChatState {
    /// The shared properties of a channel of either kind, if it exists.
    pub(crate) fn basics(&self, kind: ChannelKind, url: &str) -> Option<ChannelBasics<'_>> {
        // The same fields of either channel type, with its headcount.
        macro_rules! basics {
            ($channel:expr, $headcount:expr) => {
                ChannelBasics {
                    name: &$channel.name,
                    cover_url: &$channel.cover_url,
                    custom_type: &$channel.custom_type,
                    data: &$channel.data,
                    created_at_ms: $channel.created_at_ms,
                    headcount: $headcount,
                }
            };
        }
        match kind {
            ChannelKind::Group => self
                .group_channels
                .get(url)
                .map(|c| basics!(c, c.members.len())),
            ChannelKind::Open => self
                .open_channels
                .get(url)
                .map(|c| basics!(c, c.participants.len())),
        }
    }

    /// Every channel of both kinds, group channels first, each as its kind, URL, custom
    /// type and content.
    pub(crate) fn all_channels(
        &self,
    ) -> impl Iterator<Item = (ChannelKind, &String, &String, &ChannelContent)> {
        let groups = self.group_channels.values().map(|c| {
            (
                ChannelKind::Group,
                &c.channel_url,
                &c.custom_type,
                &c.content,
            )
        });
        let opens = self.open_channels.values().map(|c| {
            (
                ChannelKind::Open,
                &c.channel_url,
                &c.custom_type,
                &c.content,
            )
        });
        groups.chain(opens)
    }

    /// Makes an existing user a participant of an existing open channel (there is no
    /// Platform API call that does; seeding does). The error names what is missing.
    pub(crate) fn add_open_channel_participant(
        &mut self,
        channel_url: &str,
        user_id: &str,
    ) -> Result<(), String> {
        if !self.users.contains_key(user_id) {
            return Err(format!("user {user_id:?} not found"));
        }
        let channel = self
            .open_channels
            .get_mut(channel_url)
            .ok_or_else(|| format!("open channel {channel_url:?} not found"))?;
        if !channel.participants.iter().any(|p| p == user_id) {
            channel.participants.push(user_id.to_owned());
        }
        Ok(())
    }

    /// Turns webhooks on for every category, posting to `url` (the builder's and the CLI's
    /// `webhook_url`).
    pub(crate) fn subscribe_webhooks(&mut self, url: &str) {
        self.webhook = webhooks::WebhookSettings {
            enabled: true,
            url: url.to_owned(),
            enabled_events: webhooks::WEBHOOK_CATEGORIES
                .iter()
                .map(|c| (*c).to_owned())
                .collect(),
            ..webhooks::WebhookSettings::default()
        };
    }

    /// A fresh, strictly increasing sequence number (creation order of anything).
    pub(crate) fn next_seq(&mut self) -> u64 {
        self.next_seq += 1;
        self.next_seq
    }

    /// A fresh, strictly increasing message id.
    pub(crate) fn next_message_id(&mut self) -> i64 {
        if self.next_message_id == 0 {
            self.next_message_id = 1_000_000;
        }
        self.next_message_id += 1;
        self.next_message_id
    }
}

/// The five calls of a resource collection: list and create on `/{name}`, get, update and
/// delete on `/{name}/{id}`.
struct Collection {
    list: fn(&mut Ctx<'_>, &Query) -> Answer,
    create: fn(&mut Ctx<'_>, &Params) -> Answer,
    get: fn(&mut Ctx<'_>, &str, &Query) -> Answer,
    update: fn(&mut Ctx<'_>, &str, &Params) -> Answer,
    delete: fn(&mut Ctx<'_>, &str) -> Answer,
}

/// The [`Collection`] of a handler module with `list`, `create`, `get`, `update` and `delete`.
macro_rules! collection {
    ($module:ident) => {
        Collection {
            list: $module::list,
            create: $module::create,
            get: $module::get,
            update: $module::update,
            delete: $module::delete,
        }
    };
}

impl Collection {
    /// Serves `method` on the collection (`id` absent) or one of its items.
    fn route(
        &self,
        ctx: &mut Ctx<'_>,
        method: &str,
        id: Option<&str>,
        p: &Params,
        q: &Query,
    ) -> Answer {
        match (method, id) {
            ("GET", None) => (self.list)(ctx, q),
            ("POST", None) => (self.create)(ctx, p),
            ("GET", Some(id)) => (self.get)(ctx, id, q),
            ("PUT", Some(id)) => (self.update)(ctx, id, p),
            ("DELETE", Some(id)) => (self.delete)(ctx, id),
            _ => Err(ApiError::invalid_url()),
        }
    }
}

/// Generates `Ctx` lookups of a Chat record by key, shared (`$name`) and mutable
/// (`$name_mut`), answering 400201 ("`$what` not found") when it is missing.
macro_rules! lookups {
    ($($name:ident, $name_mut:ident: $map:ident -> $ty:ty, $what:literal, $doc:literal;)+) => {$(
        #[doc = concat!($doc, ", or 400201.")]
        pub(crate) fn $name(&self, key: &str) -> Result<&$ty, ApiError> {
            found(&self.chat.$map, key, $what)
        }

        #[doc = concat!($doc, ", mutably, or 400201.")]
        pub(crate) fn $name_mut(&mut self, key: &str) -> Result<&mut $ty, ApiError> {
            found_mut(&mut self.chat.$map, key, $what)
        }
    )+};
}

/// A request below one channel (`/{channel_type}/{channel_url}/{rest..}`), as the families
/// that route their own paths there receive it.
pub(super) struct ChannelCall<'a> {
    /// The channel type.
    pub(super) kind: ChannelKind,
    /// The channel URL.
    pub(super) url: &'a str,
    /// The HTTP method.
    pub(super) method: &'a str,
    /// The path after the channel URL.
    pub(super) rest: &'a [&'a str],
    /// The body parameters.
    pub(super) p: &'a Params,
    /// The query string.
    pub(super) q: &'a Query,
}

/// What a Chat handler works with: the Chat state and the services around it.
pub(crate) struct Ctx<'a> {
    pub(crate) chat: &'a mut ChatState,
    pub(crate) env: Env<'a>,
    /// Webhook events of this request, posted once it is handled ([`Ctx::emit`]).
    events: Vec<(&'static str, Value)>,
}

impl Ctx<'_> {
    /// Whether webhook events of `category` are delivered (enabled, a URL, subscribed).
    pub(crate) fn wants(&self, category: &str) -> bool {
        self.chat.webhook.delivers(category)
    }

    /// Queues a webhook event (`category` and `app_id` are added) for delivery once the
    /// request is handled, whatever its outcome: emit after the change is applied. Events of
    /// categories that are not delivered are dropped here.
    pub(crate) fn emit(&mut self, category: &'static str, payload: Value) {
        if self.wants(category) {
            self.events.push((category, payload));
        }
    }

    /// Hands the queued events to the delivery task (never waits for a delivery).
    fn flush_events(&mut self) {
        let url = self.chat.webhook.url.clone();
        for (category, mut payload) in self.events.drain(..) {
            if let Value::Object(map) = &mut payload {
                map.insert("category".into(), Value::from(category));
                map.insert("app_id".into(), Value::from(self.env.app_id));
            }
            let body = serde_json::to_vec(&payload).unwrap_or_default();
            self.env.webhooks.send("chat", category, &url, body, None);
        }
    }

    /// Strictly increasing Unix milliseconds.
    pub(crate) fn now_ms(&self) -> i64 {
        self.env.now_ms()
    }

    /// Stores an uploaded file and returns its URL.
    pub(crate) fn store_file(&self, file: &UploadedFile) -> String {
        self.env.store_file(file)
    }

    lookups! {
        user, user_mut: users -> User, "User", "The user with this id";
        group, group_mut: group_channels -> GroupChannel, "Channel",
            "The group channel with this URL";
        open, open_mut: open_channels -> OpenChannel, "Channel", "The open channel with this URL";
    }

    /// The group channel `url` with `user_id` among its members; 400201 naming the `User`,
    /// the `Channel` or the `Member` that is missing (checked in that order).
    pub(crate) fn group_member(&self, url: &str, user_id: &str) -> Result<&GroupChannel, ApiError> {
        self.user(user_id)?;
        let channel = self.group(url)?;
        channel
            .member(user_id)
            .ok_or_else(|| ApiError::not_found("Member"))?;
        Ok(channel)
    }

    /// Checks that every id names an existing user (400201 otherwise).
    pub(crate) fn require_users(&self, ids: &[String]) -> Result<(), ApiError> {
        ids.iter().try_for_each(|id| self.user(id).map(|_| ()))
    }

    /// Whether `user_id` operates the channel: a channel operator, or an operator of the
    /// channel's custom type (`/applications/settings_by_channel_custom_type/{ct}/operators`).
    /// Every operator check of a channel goes through here.
    pub(crate) fn is_operator(&self, kind: ChannelKind, url: &str, user_id: &str) -> bool {
        let (operators, custom_type) = match kind {
            ChannelKind::Group => match self.chat.group_channels.get(url) {
                Some(c) => (&c.operators, &c.custom_type),
                None => return false,
            },
            ChannelKind::Open => match self.chat.open_channels.get(url) {
                Some(c) => (&c.operators, &c.custom_type),
                None => return false,
            },
        };
        operators.iter().any(|o| o == user_id)
            || self.chat.custom_types.is_operator(custom_type, user_id)
    }

    /// The messages/metadata of a channel of either kind.
    pub(crate) fn content(
        &self,
        kind: ChannelKind,
        url: &str,
    ) -> Result<&ChannelContent, ApiError> {
        match kind {
            ChannelKind::Group => self.group(url).map(|c| &c.content),
            ChannelKind::Open => self.open(url).map(|c| &c.content),
        }
    }

    /// The messages/metadata of a channel of either kind, mutably.
    pub(crate) fn content_mut(
        &mut self,
        kind: ChannelKind,
        url: &str,
    ) -> Result<&mut ChannelContent, ApiError> {
        match kind {
            ChannelKind::Group => self.group_mut(url).map(|c| &mut c.content),
            ChannelKind::Open => self.open_mut(url).map(|c| &mut c.content),
        }
    }
}

/// The record `key` of `records`, or 400201 (`{what} not found`).
pub(crate) fn found<'a, K, V, Q>(
    records: &'a BTreeMap<K, V>,
    key: &Q,
    what: &str,
) -> Result<&'a V, ApiError>
where
    K: Borrow<Q> + Ord,
    Q: Ord + ?Sized,
{
    records.get(key).ok_or_else(|| ApiError::not_found(what))
}

/// [`found`], for changes.
pub(crate) fn found_mut<'a, K, V, Q>(
    records: &'a mut BTreeMap<K, V>,
    key: &Q,
    what: &str,
) -> Result<&'a mut V, ApiError>
where
    K: Borrow<Q> + Ord,
    Q: Ord + ?Sized,
{
    records
        .get_mut(key)
        .ok_or_else(|| ApiError::not_found(what))
}

/// Checks a channel's or message's `custom_type` (400110 when too long).
pub(crate) fn check_custom_type(custom_type: &str) -> Result<(), ApiError> {
    if custom_type.chars().count() > MAX_CUSTOM_TYPE_CHARS {
        return Err(ApiError::too_long("custom_type"));
    }
    Ok(())
}

/// The `PUT` of an on/off setting: stores the required boolean body field `field` in `slot`
/// and answers `{field: value}`.
pub(crate) fn put_flag(slot: &mut bool, p: &Params, field: &str) -> Answer {
    let value = p.required_bool(field)?;
    *slot = value;
    Ok(json!({ field: value }))
}

/// Stores `value` in `slot` when there is one: an optional field of an update.
pub(crate) fn assign<T>(slot: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *slot = value;
    }
}

/// The indices of the deferred jobs (exports, GDPR requests) that are due now; `due_at` is
/// the due time of an unfinished job, `None` once it is done. The clock is read only while
/// some job is unfinished.
pub(crate) fn due_jobs<T>(
    ctx: &Ctx<'_>,
    jobs: &[T],
    due_at: impl Fn(&T) -> Option<i64>,
) -> Vec<usize> {
    if jobs.iter().all(|job| due_at(job).is_none()) {
        return Vec::new();
    }
    let now = ctx.now_ms();
    jobs.iter()
        .enumerate()
        .filter(|(_, job)| due_at(job).is_some_and(|at| at <= now))
        .map(|(index, _)| index)
        .collect()
}

/// A freshly generated opaque token (hex).
pub(crate) fn random_hex(len: usize) -> String {
    const HEX: &[u8] = b"0123456789abcdef";
    (0..len)
        .map(|_| char::from(HEX[fastrand::usize(..HEX.len())]))
        .collect()
}

/// Brings every time-driven piece of Chat state up to the emulator's clock before a request
/// is handled, so that every answer sees it done: expired bans and mutes go, due
/// announcements start, send and finish (opens are read from read receipts), scheduled
/// messages whose time has come are sent, GDPR requests and data exports whose processing
/// time has passed complete. Time-driven features add their step here.
fn run_due_work(ctx: &mut Ctx<'_>) {
    moderation::sweep(ctx.chat, ctx.now_ms());
    announcements::run_due(ctx);
    scheduled::deliver_due(ctx);
    privacy::process_due(ctx);
    exports::process_due(ctx);
}

/// Answers a Chat v3 request. `request.segments` starts with `"v3"`.
pub(crate) fn handle(chat: &mut ChatState, env: Env<'_>, request: &ApiRequest) -> Answer {
    chat.application.check_peer(request)?;
    let mut ctx = Ctx {
        chat,
        env,
        events: Vec::new(),
    };
    let ctx = &mut ctx;
    run_due_work(ctx);
    let result = route(ctx, request);
    ctx.flush_events();
    result
}

/// Routes a Chat v3 request to its handler.
fn route(ctx: &mut Ctx<'_>, request: &ApiRequest) -> Answer {
    let q = &request.query;
    let p = &request.params;
    let path = request.tail(1);
    let method = request.method.as_str();
    match (method, path.as_slice()) {
        // Users
        (_, ["users"] | ["users", _]) => {
            collection!(users).route(ctx, method, path.get(1).copied(), p, q)
        }
        ("GET", ["users", id, "my_group_channels"]) => group_channels::list_mine(ctx, id, q),
        ("PUT", ["users", id, "my_group_channels", "leave"]) => {
            user_prefs::leave_my_group_channels(ctx, id, p)
        }
        ("GET", ["users", id, "channel_invitation_preference"]) => {
            user_prefs::invitation_preference(ctx, id)
        }
        ("PUT", ["users", id, "channel_invitation_preference"]) => {
            user_prefs::update_invitation_preference(ctx, id, p)
        }
        ("GET", ["users", id, "count_preference", url]) => {
            user_prefs::count_preference(ctx, id, url)
        }
        ("PUT", ["users", id, "count_preference", url]) => {
            user_prefs::update_count_preference(ctx, id, url, p)
        }
        ("POST", ["users", id, "token"]) => user_prefs::issue_session_token(ctx, id, p),
        ("DELETE", ["users", id, "token"]) => user_prefs::revoke_session_tokens(ctx, id),
        ("GET", ["users", id, "group_channel_count"]) => unread::group_channel_count(ctx, id, q),
        ("PUT", ["users", id, "mark_as_read_all"]) => unread::mark_all_as_read(ctx, id, p),
        ("GET", ["users", id, "unread_channel_count"]) => unread::unread_channel_count(ctx, id, q),
        ("GET", ["users", id, "unread_item_count"]) => unread::unread_item_count(ctx, id, q),
        ("GET", ["users", id, "unread_message_count"]) => unread::unread_message_count(ctx, id, q),
        // Moderation of a user
        ("GET", ["users", id, "ban"]) => moderation::user_channels(ctx, id, Kind::Ban, q),
        ("GET", ["users", id, "mute"]) => moderation::user_channels(ctx, id, Kind::Mute, q),
        ("POST", ["users", id, "banned_channel_custom_types"]) => {
            moderation::restrict_in_custom_types(ctx, id, Kind::Ban, p)
        }
        ("POST", ["users", id, "muted_channel_custom_types"]) => {
            moderation::restrict_in_custom_types(ctx, id, Kind::Mute, p)
        }
        ("GET", ["users", id, "block"]) => moderation::list_blocks(ctx, id, q),
        ("POST", ["users", id, "block"]) => moderation::block(ctx, id, p),
        ("DELETE", ["users", id, "block", target]) => moderation::unblock(ctx, id, target),
        // Push: device tokens, preferences, template choice
        ("GET", ["users", id, "push_preference"]) => push::preferences(ctx, id),
        ("PUT", ["users", id, "push_preference"]) => push::update_preferences(ctx, id, p),
        ("DELETE", ["users", id, "push_preference"]) => push::reset_preferences(ctx, id),
        ("GET", ["users", id, "push_preference", url]) => push::channel_preferences(ctx, id, url),
        ("PUT", ["users", id, "push_preference", url]) => {
            push::update_channel_preferences(ctx, id, url, p)
        }
        ("DELETE", ["users", id, "push"]) => push::remove_all_tokens(ctx, id),
        ("PUT", ["users", id, "push", "template"]) => push::choose_template(ctx, id, p),
        ("GET", ["users", id, "push", token_type]) => {
            push::list_tokens(ctx, id, push::token_type(token_type)?)
        }
        ("POST", ["users", id, "push", token_type]) => {
            push::add_token(ctx, id, push::token_type(token_type)?, p)
        }
        ("DELETE", ["users", id, "push", token_type, token]) => {
            push::remove_token(ctx, id, push::token_type(token_type)?, token)
        }
        ("GET", ["push", "device_tokens", token_type, token]) => {
            push::token_owner(ctx, push::token_type(token_type)?, token)
        }
        ("DELETE", ["push", "device_tokens", token_type, token]) => {
            push::remove_token_from_owner(ctx, push::token_type(token_type)?, token)
        }
        // Push: the application's settings, templates and providers
        ("GET", ["applications", "push", "settings"]) => push::settings(ctx),
        ("PUT", ["applications", "push", "settings"]) => push::update_settings(ctx, p),
        ("GET", ["applications", "push", "message_templates"]) => push::list_templates(ctx),
        ("GET", ["applications", "push", "message_templates", name]) => {
            push::get_template(ctx, name)
        }
        ("PUT" | "POST", ["applications", "push", "message_templates", name]) => {
            push::update_template(ctx, name, p)
        }
        ("DELETE", ["applications", "push", "apns", "cert", id]) => {
            push::delete_apns_certificate(ctx, id)
        }
        ("GET", ["applications", "push", push_type]) => {
            push::list_configurations(ctx, push::Kind::from_path(push_type)?)
        }
        ("POST", ["applications", "push", push_type]) => {
            push::add_configuration(ctx, push::Kind::from_path(push_type)?, p)
        }
        ("GET", ["applications", "push", push_type, id]) => {
            push::get_configuration(ctx, push::Kind::from_path(push_type)?, id)
        }
        ("PUT", ["applications", "push", push_type, id]) => {
            push::update_configuration(ctx, push::Kind::from_path(push_type)?, id, p)
        }
        ("DELETE", ["applications", "push", push_type, id]) => {
            push::remove_configuration(ctx, push::Kind::from_path(push_type)?, id)
        }
        // User metadata
        ("GET", ["users", id, "metadata"]) => user_metadata::get_all(ctx, id, q),
        ("POST", ["users", id, "metadata"]) => user_metadata::create(ctx, id, p),
        ("PUT", ["users", id, "metadata"]) => user_metadata::update(ctx, id, p),
        ("DELETE", ["users", id, "metadata"]) => user_metadata::delete_all(ctx, id, q),
        ("GET", ["users", id, "metadata", key]) => user_metadata::get_one(ctx, id, key),
        ("PUT", ["users", id, "metadata", key]) => user_metadata::update_one(ctx, id, key, p),
        ("DELETE", ["users", id, "metadata", key]) => user_metadata::delete_one(ctx, id, key),
        // Group channels
        (_, ["group_channels"] | ["group_channels", _]) => {
            collection!(group_channels).route(ctx, method, path.get(1).copied(), p, q)
        }
        ("POST", ["group_channels", url, "invite"]) => group_members::invite(ctx, url, p),
        ("PUT", ["group_channels", url, "join"]) => group_members::join(ctx, url, p),
        ("PUT", ["group_channels", url, "leave"]) => group_members::leave(ctx, url, p),
        ("PUT", ["group_channels", url, "accept"]) => group_members::accept(ctx, url, p),
        ("PUT", ["group_channels", url, "decline"]) => group_members::decline(ctx, url, p),
        ("PUT", ["group_channels", url, "hide"]) => group_members::hide(ctx, url, p),
        ("DELETE", ["group_channels", url, "hide"]) => group_members::unhide(ctx, url, q),
        ("GET", ["group_channels", url, "members"]) => group_members::list(ctx, url, q),
        ("GET", ["group_channels", url, "members", user]) => group_members::check(ctx, url, user),
        ("PUT", ["group_channels", url, "reset_user_history"]) => {
            receipts::reset_history(ctx, url, p)
        }
        ("POST", ["group_channels", url, "typing"]) => receipts::start_typing(ctx, url, p),
        ("DELETE", ["group_channels", url, "typing"]) => receipts::stop_typing(ctx, url, p),
        ("PUT", ["group_channels", url, "messages", "mark_as_read"]) => {
            receipts::mark_as_read(ctx, url, p)
        }
        ("PUT", ["group_channels", url, "messages", "mark_as_delivered"]) => {
            receipts::mark_as_delivered(ctx, url, p)
        }
        ("GET", ["group_channels", url, "messages", "unread_count"]) => {
            receipts::members_unread_count(ctx, url, q)
        }
        // Bans and mutes by custom channel type
        (method, ["applications", "settings_by_channel_custom_type", custom_type, what])
            if matches!(*what, "ban" | "mute") =>
        {
            let kind = if *what == "mute" {
                Kind::Mute
            } else {
                Kind::Ban
            };
            moderation::route_custom_type(ctx, custom_type, method, kind, p, q)
        }
        // Custom channel type operators (user side)
        ("POST", ["users", id, "operating_channel_custom_types"]) => {
            custom_types::register_user(ctx, id, p)
        }
        // Bots
        ("GET", ["bots"]) => bots::list(ctx, q),
        ("POST", ["bots"]) => bots::create(ctx, p),
        ("GET", ["bots", id]) => bots::get(ctx, id),
        ("PUT", ["bots", id]) => bots::update(ctx, id, p),
        ("DELETE", ["bots", id]) => bots::delete(ctx, id),
        ("POST", ["bots", id, "channels"]) => bots::join_channels(ctx, id, p),
        ("DELETE", ["bots", id, "channels"]) => bots::leave_all_channels(ctx, id),
        ("DELETE", ["bots", id, "channels", url]) => bots::leave_channel(ctx, id, url),
        ("POST", ["bots", id, "send"]) => bots::send_message(ctx, id, p),
        // Settings and operators by channel custom type
        ("GET", ["applications", "settings_by_channel_custom_type"]) => {
            custom_types::list_settings(ctx, q)
        }
        ("POST", ["applications", "settings_by_channel_custom_type"]) => {
            custom_types::create_settings(ctx, p)
        }
        ("GET", ["applications", "settings_by_channel_custom_type", ct]) => {
            custom_types::get_settings(ctx, ct)
        }
        ("PUT", ["applications", "settings_by_channel_custom_type", ct]) => {
            custom_types::update_settings(ctx, ct, p)
        }
        ("DELETE", ["applications", "settings_by_channel_custom_type", ct]) => {
            custom_types::delete_settings(ctx, ct)
        }
        ("GET", ["applications", "settings_by_channel_custom_type", ct, "operators"]) => {
            custom_types::list_operators(ctx, ct, q)
        }
        ("POST", ["applications", "settings_by_channel_custom_type", ct, "operators"]) => {
            custom_types::register_operators(ctx, ct, p)
        }
        ("DELETE", ["applications", "settings_by_channel_custom_type", ct, "operators"]) => {
            custom_types::unregister_operators(ctx, ct, q)
        }
        // Reports
        (_, ["report", rest @ ..]) => reports::route(ctx, method, rest, q, p),
        // Application
        ("GET", ["applications", "api_tokens"]) => application::list_tokens(ctx, request),
        ("POST", ["applications", "api_tokens"]) => application::generate_token(ctx, request),
        ("GET", ["applications", "api_tokens", token]) => {
            application::get_token(ctx, request, token)
        }
        ("DELETE", ["applications", "api_tokens", token]) => {
            application::revoke_token(ctx, request, token)
        }
        ("GET", ["applications", "default_channel_invitation_preference"]) => {
            application::default_invitation_preference(ctx)
        }
        ("PUT", ["applications", "default_channel_invitation_preference"]) => {
            application::update_default_invitation_preference(ctx, p)
        }
        ("GET", ["applications", "settings", "auto_event_message"]) => {
            application::auto_event_messages(ctx)
        }
        ("PUT", ["applications", "settings", "auto_event_message"]) => {
            application::configure_auto_event_messages(ctx, p)
        }
        ("GET", ["applications", "settings", "ip_whitelist"]) => application::ip_whitelist(ctx),
        ("PUT", ["applications", "settings", "ip_whitelist"]) => {
            application::add_to_ip_whitelist(ctx, p)
        }
        ("DELETE", ["applications", "settings", "ip_whitelist"]) => {
            application::delete_from_ip_whitelist(ctx, q, p)
        }
        ("GET", ["applications", "settings_global"]) => application::global_settings(ctx),
        ("PUT", ["applications", "settings_global"]) => application::update_global_settings(ctx, p),
        ("GET", ["applications", "settings", "webhook"]) => webhooks::get(ctx, q),
        ("PUT", ["applications", "settings", "webhook"]) => webhooks::update(ctx, p),
        // Reactions and emojis
        ("PUT", ["applications", "settings", "reactions"]) => emojis::enable_reactions(ctx, p),
        ("PUT", ["applications", "settings", "use_default_emoji"]) => {
            emojis::use_default_emoji(ctx, p)
        }
        ("GET", ["emoji_categories"]) => emojis::list_categories(ctx),
        ("POST", ["emoji_categories"]) => emojis::add_categories(ctx, p),
        ("GET", ["emoji_categories", id]) => emojis::get_category(ctx, id),
        ("PUT", ["emoji_categories", id]) => emojis::update_category_url(ctx, id, p),
        ("DELETE", ["emoji_categories", id]) => emojis::delete_category(ctx, id),
        ("GET", ["emojis"]) => emojis::list_emojis(ctx),
        ("POST", ["emojis"]) => emojis::add_emojis(ctx, p),
        ("GET", ["emojis", key]) => emojis::get_emoji(ctx, key),
        ("PUT", ["emojis", key]) => emojis::update_emoji_url(ctx, key, p),
        ("DELETE", ["emojis", key]) => emojis::delete_emoji(ctx, key),
        // Message search
        ("GET", ["search", "messages"]) => search::search_messages(ctx, q),
        // Polls
        ("GET", ["polls"]) => polls::list(ctx, q),
        ("POST", ["polls"]) => polls::create(ctx, p),
        ("GET", ["polls", id]) => polls::get(ctx, id, q),
        ("PUT", ["polls", id]) => polls::update(ctx, id, p),
        ("DELETE", ["polls", id]) => polls::delete(ctx, id),
        ("PUT", ["polls", id, "close"]) => polls::close(ctx, id),
        ("PUT", ["polls", id, "vote"]) => polls::vote(ctx, id, p),
        ("POST", ["polls", id, "options"]) => polls::add_option(ctx, id, p),
        ("GET", ["polls", id, "options", option]) => polls::get_option(ctx, id, option),
        ("PUT", ["polls", id, "options", option]) => polls::update_option(ctx, id, option, p),
        ("DELETE", ["polls", id, "options", option]) => polls::delete_option(ctx, id, option),
        ("GET", ["polls", id, "options", option, "voters"]) => polls::voters(ctx, id, option, q),
        // Announcements
        ("GET", ["announcements"]) => announcements::list(ctx, q),
        ("POST", ["announcements"]) => announcements::create(ctx, p),
        ("GET", ["announcements", id]) => announcements::get(ctx, id),
        ("PUT", ["announcements", id]) => announcements::update(ctx, id, p),
        ("GET", ["announcement_group"]) => announcements::list_groups(ctx, q),
        ("GET", ["announcement_open_rate", id]) => announcements::open_rate(ctx, id, q),
        ("GET", ["announcement_open_rate_by_group", group]) => {
            announcements::group_open_rate(ctx, group, q)
        }
        ("GET", ["announcement_open_status", id]) => announcements::open_status(ctx, id, q),
        ("GET", ["announcement_stats", "daily"]) => {
            announcements::stats(ctx, announcements::Period::Daily, q)
        }
        ("GET", ["announcement_stats", "weekly"]) => {
            announcements::stats(ctx, announcements::Period::Weekly, q)
        }
        ("GET", ["announcement_stats", "monthly"]) => {
            announcements::stats(ctx, announcements::Period::Monthly, q)
        }
        // Open channels
        (_, ["open_channels"] | ["open_channels", _]) => {
            collection!(open_channels).route(ctx, method, path.get(1).copied(), p, q)
        }
        ("GET", ["open_channels", url, "participants"]) => open_channels::participants(ctx, url, q),
        // Scheduled messages
        ("GET", ["scheduled_messages"]) => scheduled::list(ctx, q),
        ("GET", ["scheduled_messages", "count"]) => scheduled::count(ctx, q),
        ("POST", ["group_channels", url, "scheduled_messages"]) => scheduled::create(ctx, url, p),
        ("GET", ["group_channels", url, "scheduled_messages", id]) => scheduled::get(ctx, url, id),
        // Update is PUT in the docs, POST in Sendbird's published spec: both are served.
        ("PUT" | "POST", ["group_channels", url, "scheduled_messages", id]) => {
            scheduled::update(ctx, url, id, p)
        }
        ("DELETE", ["group_channels", url, "scheduled_messages", id]) => {
            scheduled::cancel(ctx, url, id)
        }
        // Statistics
        ("GET", ["applications", "ccu"]) => statistics::concurrent_connections(ctx),
        ("GET", ["applications", "dau"]) => statistics::daily_active_users(ctx, q),
        ("GET", ["applications", "mau"]) => statistics::monthly_active_users(ctx, q),
        ("GET", ["applications", "peak_connections"]) => statistics::peak_connections(ctx, q),
        ("GET", ["statistics", "metric"]) => statistics::advanced_metrics(ctx, q),
        // Privacy (GDPR)
        ("GET", ["privacy", "gdpr"]) => privacy::list(ctx, q),
        ("POST", ["privacy", "gdpr"]) => privacy::register(ctx, p),
        ("GET", ["privacy", "gdpr", id]) => privacy::get(ctx, id),
        ("DELETE", ["privacy", "gdpr", id]) => privacy::cancel(ctx, id),
        // Data export
        ("GET", ["export", data_type]) => exports::list(ctx, data_type, q),
        ("POST", ["export", data_type]) => exports::register(ctx, data_type, p),
        ("GET", ["export", data_type, id]) => exports::get(ctx, data_type, id),
        // Migration
        ("POST", ["migration", url]) => migration::migrate(ctx, url, p, q),
        // Operators, messages, metadata and metacounter of either channel type
        (method, [channel_type, url, rest @ ..]) => {
            let Some(kind) = ChannelKind::from_path(channel_type) else {
                return Err(ApiError::invalid_url());
            };
            let call = ChannelCall {
                kind,
                url,
                method,
                rest,
                p,
                q,
            };
            match (method, rest) {
                (_, ["operators"]) => operators::route(ctx, &call),
                (_, ["ban" | "mute" | "freeze", ..]) => moderation::route_channel(ctx, &call),
                (_, ["messages"] | ["messages", _]) => messages::route(ctx, &call),
                (_, ["messages", _, "pin" | "reactions" | "sorted_metaarray" | "translation"]) => {
                    message_extras::route(ctx, &call)
                }
                ("POST", ["scheduled_messages", id, "send_now"]) => {
                    scheduled::send_now(ctx, kind, url, id)
                }
                (_, ["metadata", ..]) => channel_metadata::route::<String>(ctx, &call),
                (_, ["metacounter", ..]) => channel_metadata::route::<i64>(ctx, &call),
                _ => Err(ApiError::invalid_url()),
            }
        }
        _ => Err(ApiError::invalid_url()),
    }
}
