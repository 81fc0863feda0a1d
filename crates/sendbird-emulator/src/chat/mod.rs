//! Chat Platform API v3: state, shared helpers and the endpoint table.

mod application;
mod channel_metadata;
mod channel_props;
mod emojis;
mod group_channels;
mod group_members;
mod key_values;
mod message_extras;
mod messages;
pub(crate) mod model;
mod open_channels;
mod operators;
mod paging;
mod receipts;
mod search;
mod unread;
mod user_metadata;
mod user_prefs;
mod users;
mod webhooks;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::env::Env;
use crate::http::errors::ApiError;
use crate::http::params::UploadedFile;
use crate::http::request::ApiRequest;
use model::{ChannelContent, ChannelKind, GroupChannel, OpenChannel, User};

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
    /// API tokens, IP allow-list and application-wide settings.
    pub(crate) application: application::ApplicationState,
    /// The reaction switch and the emojis.
    pub(crate) emojis: emojis::EmojiState,
    /// The webhook configuration.
    pub(crate) webhook: webhooks::WebhookSettings,
    next_seq: u64,
    next_message_id: i64,
}

impl ChatState {
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

/// What a Chat handler works with: the Chat state and the services around it.
pub(crate) struct Ctx<'a> {
    pub(crate) chat: &'a mut ChatState,
    pub(crate) env: Env<'a>,
}

impl Ctx<'_> {
    /// Strictly increasing Unix milliseconds.
    pub(crate) fn now_ms(&self) -> i64 {
        self.env.now_ms()
    }

    /// Stores an uploaded file and returns its URL.
    pub(crate) fn store_file(&self, file: &UploadedFile) -> String {
        self.env.store_file(file)
    }

    /// The user with this id, or 400201.
    pub(crate) fn user(&self, user_id: &str) -> Result<&User, ApiError> {
        self.chat
            .users
            .get(user_id)
            .ok_or_else(|| ApiError::not_found("User"))
    }

    /// Checks that every id names an existing user (400201 otherwise).
    pub(crate) fn require_users(&self, ids: &[String]) -> Result<(), ApiError> {
        ids.iter().try_for_each(|id| self.user(id).map(|_| ()))
    }

    /// The group channel with this URL, or 400201.
    pub(crate) fn group(&self, url: &str) -> Result<&GroupChannel, ApiError> {
        self.chat
            .group_channels
            .get(url)
            .ok_or_else(|| ApiError::not_found("Channel"))
    }

    /// The group channel with this URL, mutably, or 400201.
    pub(crate) fn group_mut(&mut self, url: &str) -> Result<&mut GroupChannel, ApiError> {
        self.chat
            .group_channels
            .get_mut(url)
            .ok_or_else(|| ApiError::not_found("Channel"))
    }

    /// The open channel with this URL, or 400201.
    pub(crate) fn open(&self, url: &str) -> Result<&OpenChannel, ApiError> {
        self.chat
            .open_channels
            .get(url)
            .ok_or_else(|| ApiError::not_found("Channel"))
    }

    /// The open channel with this URL, mutably, or 400201.
    pub(crate) fn open_mut(&mut self, url: &str) -> Result<&mut OpenChannel, ApiError> {
        self.chat
            .open_channels
            .get_mut(url)
            .ok_or_else(|| ApiError::not_found("Channel"))
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

/// Checks a channel's or message's `custom_type` (400110 when too long).
pub(crate) fn check_custom_type(custom_type: &str) -> Result<(), ApiError> {
    if custom_type.chars().count() > MAX_CUSTOM_TYPE_CHARS {
        return Err(ApiError::too_long("custom_type"));
    }
    Ok(())
}

/// A freshly generated opaque token (hex).
pub(crate) fn random_hex(len: usize) -> String {
    const HEX: &[u8] = b"0123456789abcdef";
    (0..len)
        .map(|_| char::from(HEX[fastrand::usize(..HEX.len())]))
        .collect()
}

/// Answers a Chat v3 request. `request.segments` starts with `"v3"`.
pub(crate) fn handle(
    chat: &mut ChatState,
    env: Env<'_>,
    request: &ApiRequest,
) -> Result<Value, ApiError> {
    chat.application.check_peer(request)?;
    let mut ctx = Ctx { chat, env };
    let ctx = &mut ctx;
    let q = &request.query;
    let p = &request.params;
    let path = request.tail(1);
    let method = request.method.as_str();
    match (method, path.as_slice()) {
        // Users
        ("GET", ["users"]) => users::list(ctx, q),
        ("POST", ["users"]) => users::create(ctx, p),
        ("GET", ["users", id]) => users::get(ctx, id, q),
        ("PUT", ["users", id]) => users::update(ctx, id, p),
        ("DELETE", ["users", id]) => users::delete(ctx, id),
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
        // User metadata
        ("GET", ["users", id, "metadata"]) => user_metadata::get_all(ctx, id, q),
        ("POST", ["users", id, "metadata"]) => user_metadata::create(ctx, id, p),
        ("PUT", ["users", id, "metadata"]) => user_metadata::update(ctx, id, p),
        ("DELETE", ["users", id, "metadata"]) => user_metadata::delete_all(ctx, id, q),
        ("GET", ["users", id, "metadata", key]) => user_metadata::get_one(ctx, id, key),
        ("PUT", ["users", id, "metadata", key]) => user_metadata::update_one(ctx, id, key, p),
        ("DELETE", ["users", id, "metadata", key]) => user_metadata::delete_one(ctx, id, key),
        // Group channels
        ("GET", ["group_channels"]) => group_channels::list(ctx, q),
        ("POST", ["group_channels"]) => group_channels::create(ctx, p),
        ("GET", ["group_channels", url]) => group_channels::get(ctx, url, q),
        ("PUT", ["group_channels", url]) => group_channels::update(ctx, url, p),
        ("DELETE", ["group_channels", url]) => group_channels::delete(ctx, url),
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
        // Open channels
        ("GET", ["open_channels"]) => open_channels::list(ctx, q),
        ("POST", ["open_channels"]) => open_channels::create(ctx, p),
        ("GET", ["open_channels", url]) => open_channels::get(ctx, url, q),
        ("PUT", ["open_channels", url]) => open_channels::update(ctx, url, p),
        ("DELETE", ["open_channels", url]) => open_channels::delete(ctx, url),
        ("GET", ["open_channels", url, "participants"]) => open_channels::participants(ctx, url, q),
        // Operators, messages, metadata and metacounter of either channel type
        (method, [channel_type, url, rest @ ..]) => {
            let Some(kind) = ChannelKind::from_path(channel_type) else {
                return Err(ApiError::invalid_url());
            };
            match (method, rest) {
                ("GET", ["operators"]) => operators::list(ctx, kind, url, q),
                ("POST", ["operators"]) => operators::add(ctx, kind, url, p),
                ("DELETE", ["operators"]) => operators::remove(ctx, kind, url, q),
                ("GET", ["messages"]) => messages::list(ctx, kind, url, q),
                ("POST", ["messages"]) => messages::send(ctx, kind, url, p),
                ("GET", ["messages", "total_count"]) => messages::total_count(ctx, kind, url),
                ("GET", ["messages", id]) => messages::get(ctx, kind, url, id, q),
                ("PUT", ["messages", id]) => messages::update(ctx, kind, url, id, p),
                ("DELETE", ["messages", id]) => messages::delete(ctx, kind, url, id),
                ("POST", ["messages", id, "pin"]) => message_extras::pin(ctx, kind, url, id),
                ("DELETE", ["messages", id, "pin"]) => message_extras::unpin(ctx, kind, url, id),
                ("GET", ["messages", id, "reactions"]) => {
                    message_extras::list_reactions(ctx, kind, url, id, q)
                }
                ("POST", ["messages", id, "reactions"]) => {
                    message_extras::add_reaction(ctx, kind, url, id, p)
                }
                ("DELETE", ["messages", id, "reactions"]) => {
                    message_extras::remove_reaction(ctx, kind, url, id, q)
                }
                ("POST", ["messages", id, "sorted_metaarray"]) => {
                    message_extras::add_metaarray(ctx, kind, url, id, p)
                }
                ("PUT", ["messages", id, "sorted_metaarray"]) => {
                    message_extras::update_metaarray(ctx, kind, url, id, p)
                }
                ("DELETE", ["messages", id, "sorted_metaarray"]) => {
                    message_extras::remove_metaarray(ctx, kind, url, id, q)
                }
                ("POST", ["messages", id, "translation"]) => {
                    message_extras::translate(ctx, kind, url, id, p)
                }
                ("GET", ["metadata"]) => channel_metadata::get_all(ctx, kind, url, q),
                ("POST", ["metadata"]) => channel_metadata::create(ctx, kind, url, p),
                ("PUT", ["metadata"]) => channel_metadata::update(ctx, kind, url, p),
                ("DELETE", ["metadata"]) => channel_metadata::delete_all(ctx, kind, url, q),
                ("GET", ["metadata", key]) => channel_metadata::get_one(ctx, kind, url, key),
                ("PUT", ["metadata", key]) => channel_metadata::update_one(ctx, kind, url, key, p),
                ("DELETE", ["metadata", key]) => channel_metadata::delete_one(ctx, kind, url, key),
                ("GET", ["metacounter"]) => channel_metadata::counters(ctx, kind, url, q),
                ("POST", ["metacounter"]) => channel_metadata::create_counters(ctx, kind, url, p),
                ("PUT", ["metacounter"]) => channel_metadata::update_counters(ctx, kind, url, p),
                ("DELETE", ["metacounter"]) => channel_metadata::delete_counters(ctx, kind, url),
                ("GET", ["metacounter", key]) => channel_metadata::counter(ctx, kind, url, key),
                ("PUT", ["metacounter", key]) => {
                    channel_metadata::update_counter(ctx, kind, url, key, p)
                }
                ("DELETE", ["metacounter", key]) => {
                    channel_metadata::delete_counter(ctx, kind, url, key)
                }
                _ => Err(ApiError::invalid_url()),
            }
        }
        _ => Err(ApiError::invalid_url()),
    }
}
