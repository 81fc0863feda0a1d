//! The emulator's own Chat records and their JSON renderings (field names per Sendbird's
//! Platform API docs; no SDK types are used).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::channel_props::Props;
use crate::render;

/// Which kind of channel a path or message refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChannelKind {
    /// `group_channels`
    Group,
    /// `open_channels`
    Open,
}

impl ChannelKind {
    /// Reads the `{channel_type}` path segment.
    pub(crate) fn from_path(segment: &str) -> Option<Self> {
        match segment {
            "group_channels" => Some(Self::Group),
            "open_channels" => Some(Self::Open),
            _ => None,
        }
    }

    /// The `{channel_type}` path segment: `group_channels` or `open_channels`.
    pub(crate) fn path(self) -> &'static str {
        match self {
            Self::Group => "group_channels",
            Self::Open => "open_channels",
        }
    }

    /// The `channel_type` value inside message objects.
    pub(crate) fn message_channel_type(self) -> &'static str {
        match self {
            Self::Group => "group",
            Self::Open => "open",
        }
    }
}

/// A user.
#[derive(Debug, Clone)]
pub(crate) struct User {
    pub(crate) seq: u64,
    pub(crate) user_id: String,
    pub(crate) nickname: String,
    pub(crate) profile_url: String,
    pub(crate) access_token: String,
    pub(crate) session_tokens: Vec<(String, i64)>,
    pub(crate) is_active: bool,
    pub(crate) metadata: BTreeMap<String, String>,
    pub(crate) discovery_keys: Vec<String>,
    pub(crate) preferred_languages: Vec<String>,
    pub(crate) created_at_ms: i64,
    /// `channel_invitation_preference.auto_accept` (default true).
    pub(crate) auto_accept_invitations: bool,
    /// Tokens issued by `POST /users/{user_id}/token` (not part of the user resource).
    pub(crate) issued_session_tokens: Vec<(String, i64)>,
}

impl User {
    /// A user with only an id: no nickname, profile image, tokens, metadata or discovery keys;
    /// active, auto-accepting invitations, created at `now` (Unix ms).
    pub(crate) fn new(seq: u64, user_id: &str, now: i64) -> Self {
        Self {
            seq,
            user_id: user_id.to_owned(),
            nickname: String::new(),
            profile_url: String::new(),
            access_token: String::new(),
            session_tokens: Vec::new(),
            is_active: true,
            metadata: BTreeMap::new(),
            discovery_keys: Vec::new(),
            preferred_languages: Vec::new(),
            created_at_ms: now,
            auto_accept_invitations: true,
            issued_session_tokens: Vec::new(),
        }
    }

    /// `{user_id, nickname, profile_url, metadata}`: the user as voters, webhook payloads and
    /// device-token answers show them.
    pub(crate) fn summary_json(&self) -> Value {
        json!({
            "user_id": self.user_id,
            "nickname": self.nickname,
            "profile_url": self.profile_url,
            "metadata": render::object(&self.metadata),
        })
    }

    /// The full user resource.
    pub(crate) fn to_json(&self) -> Value {
        let session_tokens: Vec<Value> = self
            .session_tokens
            .iter()
            .map(|(token, expires)| json!({"session_token": token, "expires_at": expires}))
            .collect();
        json!({
            "user_id": self.user_id,
            "nickname": self.nickname,
            "profile_url": self.profile_url,
            "require_auth_for_profile_image": false,
            "access_token": self.access_token,
            "session_tokens": session_tokens,
            "is_online": false,
            "is_active": self.is_active,
            "is_hide_me_from_friends": false,
            "is_shadow_blocked": false,
            "has_ever_logged_in": false,
            "last_seen_at": 0,
            "discovery_keys": self.discovery_keys,
            "preferred_languages": self.preferred_languages,
            "locale": "",
            "created_at": self.created_at_ms / 1000,
            "metadata": render::object(&self.metadata),
        })
    }
}

/// [`User::summary_json`] of `user_id`, or its id with empty fields for a user that is gone.
pub(crate) fn user_summary(users: &BTreeMap<String, User>, user_id: &str) -> Value {
    users.get(user_id).map_or_else(
        || json!({"user_id": user_id, "nickname": "", "profile_url": "", "metadata": {}}),
        User::summary_json,
    )
}

/// [`basic_user`] of each of `user_ids`, all with the same `role`.
fn basic_users(users: &BTreeMap<String, User>, user_ids: &[String], role: &str) -> Vec<Value> {
    user_ids
        .iter()
        .map(|id| basic_user(users, id, role))
        .collect()
}

/// The short user object embedded in channels and messages (`SendbirdBasicUserInfo`).
/// A user that no longer exists renders with its id only.
pub(crate) fn basic_user(users: &BTreeMap<String, User>, user_id: &str, role: &str) -> Value {
    match users.get(user_id) {
        Some(user) => json!({
            "user_id": user.user_id,
            "nickname": user.nickname,
            "profile_url": user.profile_url,
            "require_auth_for_profile_image": false,
            "metadata": render::object(&user.metadata),
            "is_active": user.is_active,
            "role": role,
        }),
        None => json!({
            "user_id": user_id,
            "nickname": "",
            "profile_url": "",
            "require_auth_for_profile_image": false,
            "metadata": {},
            "is_active": false,
            "role": role,
        }),
    }
}

/// The accepted `hidden_mode` values (default `unhidden_only`).
pub(crate) const HIDDEN_MODES: &[&str] = &[
    "unhidden_only",
    "hidden_only",
    "hidden_allow_auto_unhide",
    "hidden_prevent_auto_unhide",
    "all",
];

impl HiddenState {
    /// Whether a member in this state is listed under the `hidden_mode` value `mode` (one of
    /// [`HIDDEN_MODES`]).
    pub(crate) fn matches_mode(self, mode: &str) -> bool {
        match mode {
            "unhidden_only" => self == Self::Unhidden,
            "hidden_only" => self != Self::Unhidden,
            "hidden_allow_auto_unhide" => self == Self::AllowAutoUnhide,
            "hidden_prevent_auto_unhide" => self == Self::PreventAutoUnhide,
            _ => true,
        }
    }
}

/// The accepted `member_state_filter` values (default `all`).
pub(crate) const MEMBER_STATE_FILTERS: &[&str] = &[
    "all",
    "joined_only",
    "invited_only",
    "invited_by_friend",
    "invited_by_non_friend",
];

wire_enum! {
    /// A group channel member's state.
    pub(crate) enum MemberState {
        /// Invited, not yet accepted.
        Invited => "invited",
        /// Joined.
        Joined => "joined",
    }
}

impl MemberState {
    /// The state an `invitation_status` or `state` value names: `joined`, or `invited`,
    /// `invited_by_friend`, `invited_by_non_friend` (all invited).
    pub(crate) fn parse_status(value: &str) -> Option<Self> {
        match value {
            "joined" => Some(Self::Joined),
            "invited" | "invited_by_friend" | "invited_by_non_friend" => Some(Self::Invited),
            _ => None,
        }
    }

    /// Whether a member in this state is listed under the `member_state_filter` value
    /// `filter` (one of [`MEMBER_STATE_FILTERS`]; every `invited_*` value means invited).
    pub(crate) fn matches_filter(self, filter: &str) -> bool {
        match filter {
            "all" => true,
            "joined_only" => self == Self::Joined,
            _ => self == Self::Invited,
        }
    }
}

wire_enum! {
    /// A member's hidden state.
    pub(crate) enum HiddenState {
        /// Visible.
        Unhidden => "unhidden",
        /// Hidden until a new message arrives.
        AllowAutoUnhide => "hidden_allow_auto_unhide",
        /// Hidden until explicitly unhidden.
        PreventAutoUnhide => "hidden_prevent_auto_unhide",
    }
}

/// A group channel member.
#[derive(Debug, Clone)]
pub(crate) struct Member {
    pub(crate) seq: u64,
    pub(crate) user_id: String,
    pub(crate) state: MemberState,
    pub(crate) invited_at: i64,
    pub(crate) joined_ts: i64,
    pub(crate) inviter: Option<String>,
    pub(crate) hidden: HiddenState,
    /// Messages created at or before this time count as read (Unix ms).
    pub(crate) read_ts: i64,
    /// Messages created at or before this time count as delivered (Unix ms).
    pub(crate) delivered_ts: i64,
    /// Messages created at or before this time are hidden from the member (chat history
    /// reset; 0 when never reset).
    pub(crate) ts_message_offset: i64,
    /// Which unread items count towards the member's totals.
    pub(crate) count_preference: CountPreference,
}

impl Member {
    /// A member record with fresh read state: everything sent before `now` counts as read.
    pub(crate) fn new(
        seq: u64,
        user_id: &str,
        state: MemberState,
        now: i64,
        invited_at: i64,
        inviter: Option<&str>,
        hidden: HiddenState,
    ) -> Self {
        Self {
            seq,
            user_id: user_id.to_owned(),
            state,
            invited_at,
            joined_ts: if state == MemberState::Joined { now } else { 0 },
            inviter: inviter.map(str::to_owned),
            hidden,
            read_ts: now,
            delivered_ts: now,
            ts_message_offset: 0,
            count_preference: CountPreference::All,
        }
    }

    /// Whether `message` is unread for this member: newer than both the read mark and the
    /// history offset, not the member's own, and not silent.
    pub(crate) fn is_unread(&self, message: &Message) -> bool {
        message.created_at > self.read_ts.max(self.ts_message_offset)
            && message.sender.as_deref() != Some(self.user_id.as_str())
            && !message.silent
    }

    /// Whether `message` mentions this member.
    pub(crate) fn is_mentioned(&self, message: &Message) -> bool {
        message.mention_type == "channel" || message.mentioned_user_ids.contains(&self.user_id)
    }

    /// Whether `message` is visible to this member (sent after any history reset).
    pub(crate) fn sees(&self, message: &Message) -> bool {
        message.created_at > self.ts_message_offset
    }
}

/// A member's count preference in one channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CountPreference {
    /// Unread messages and unread mentions count.
    All,
    /// Only unread messages count.
    UnreadMessageCountOnly,
    /// Only unread mentions count.
    UnreadMentionedCountOnly,
    /// Nothing counts.
    Off,
}

impl CountPreference {
    /// Reads a `count_preference` value (`unread_mention_count_only` and the legacy
    /// `false` are accepted as spellings of `unread_mentioned_count_only` and `off`).
    pub(crate) fn parse(value: &str) -> Option<Self> {
        match value {
            "all" => Some(Self::All),
            "unread_message_count_only" => Some(Self::UnreadMessageCountOnly),
            "unread_mentioned_count_only" | "unread_mention_count_only" => {
                Some(Self::UnreadMentionedCountOnly)
            }
            "off" | "false" => Some(Self::Off),
            _ => None,
        }
    }

    /// The API string.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::UnreadMessageCountOnly => "unread_message_count_only",
            Self::UnreadMentionedCountOnly => "unread_mentioned_count_only",
            Self::Off => "off",
        }
    }

    /// Whether unread messages count towards the totals.
    pub(crate) fn counts_messages(self) -> bool {
        matches!(self, Self::All | Self::UnreadMessageCountOnly)
    }

    /// Whether unread mentions count towards the totals.
    pub(crate) fn counts_mentions(self) -> bool {
        matches!(self, Self::All | Self::UnreadMentionedCountOnly)
    }
}

/// Messages, metadata and metacounter of a channel.
#[derive(Debug, Clone, Default)]
pub(crate) struct ChannelContent {
    /// Messages in time order (`created_at` never decreases; ids increase except for migrated
    /// messages, which keep their own timestamps).
    pub(crate) messages: Vec<Message>,
    pub(crate) metadata: BTreeMap<String, String>,
    pub(crate) metacounter: BTreeMap<String, i64>,
    /// Pinned message ids, in pinning order.
    pub(crate) pinned_message_ids: Vec<i64>,
}

impl ChannelContent {
    /// The message with this id.
    pub(crate) fn message(&self, id: i64) -> Option<&Message> {
        self.messages.iter().find(|m| m.message_id == id)
    }

    /// The message with this id, mutably.
    pub(crate) fn message_mut(&mut self, id: i64) -> Option<&mut Message> {
        self.messages.iter_mut().find(|m| m.message_id == id)
    }

    /// Adds `pinned_message_ids` and `last_pinned_message` to a channel rendering.
    fn render_pins(
        &self,
        map: &mut Map<String, Value>,
        users: &BTreeMap<String, User>,
        kind: ChannelKind,
        channel_url: &str,
    ) {
        map.insert("pinned_message_ids".into(), json!(self.pinned_message_ids));
        let last = self
            .pinned_message_ids
            .last()
            .and_then(|id| self.message(*id))
            .map_or(Value::Null, |m| m.to_json(users, kind, channel_url));
        map.insert("last_pinned_message".into(), last);
    }
}

/// A group channel.
#[derive(Debug, Clone)]
pub(crate) struct GroupChannel {
    pub(crate) seq: u64,
    pub(crate) channel_url: String,
    pub(crate) name: String,
    pub(crate) cover_url: String,
    pub(crate) custom_type: String,
    pub(crate) data: String,
    pub(crate) is_distinct: bool,
    pub(crate) is_public: bool,
    pub(crate) is_super: bool,
    pub(crate) is_ephemeral: bool,
    pub(crate) access_code: Option<String>,
    pub(crate) freeze: bool,
    pub(crate) created_at_ms: i64,
    pub(crate) created_by: Option<String>,
    pub(crate) members: Vec<Member>,
    pub(crate) operators: Vec<String>,
    pub(crate) content: ChannelContent,
    /// Members currently shown as typing.
    pub(crate) typing: Vec<String>,
}

/// A member's unread counts in one channel.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Unread {
    /// Unread messages.
    pub(crate) messages: usize,
    /// Unread messages that mention the member.
    pub(crate) mentions: usize,
}

/// Which optional parts of a group channel to render.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct GroupView {
    pub(crate) members: bool,
    pub(crate) read_receipt: bool,
    pub(crate) delivery_receipt: bool,
    pub(crate) metadata: bool,
}

impl GroupChannel {
    /// The member with this id.
    pub(crate) fn member(&self, user_id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.user_id == user_id)
    }

    /// The member with this id, mutably.
    pub(crate) fn member_mut(&mut self, user_id: &str) -> Option<&mut Member> {
        self.members.iter_mut().find(|m| m.user_id == user_id)
    }

    /// Whether `user_id` is an operator.
    pub(crate) fn is_operator(&self, user_id: &str) -> bool {
        self.operators.iter().any(|o| o == user_id)
    }

    /// A member's unread counts.
    pub(crate) fn unread(&self, member: &Member) -> Unread {
        let mut unread = Unread::default();
        for message in self.content.messages.iter().filter(|m| member.is_unread(m)) {
            unread.messages += 1;
            if member.is_mentioned(message) {
                unread.mentions += 1;
            }
        }
        unread
    }

    /// The sorted set of member ids (used for distinct matching).
    pub(crate) fn member_set(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.members.iter().map(|m| m.user_id.clone()).collect();
        ids.sort();
        ids
    }

    /// Renders one member.
    pub(crate) fn member_json(
        &self,
        users: &BTreeMap<String, User>,
        member: &Member,
        view: GroupView,
    ) -> Value {
        let role = if self.is_operator(&member.user_id) {
            "operator"
        } else {
            ""
        };
        let mut value = basic_user(users, &member.user_id, role);
        if let Value::Object(map) = &mut value {
            map.insert("is_online".into(), json!(false));
            map.insert("last_seen_at".into(), json!(0));
            map.insert("state".into(), json!(member.state.as_str()));
            map.insert("is_muted".into(), json!(false));
            map.insert("is_blocked_by_me".into(), json!(false));
            map.insert("is_blocking_me".into(), json!(false));
            map.insert("push_enabled".into(), json!(false));
            map.insert("push_trigger_option".into(), json!("default"));
            map.insert("do_not_disturb".into(), json!(false));
            map.insert("friend_discovery_key".into(), Value::Null);
            map.insert("friend_name".into(), Value::Null);
            if view.read_receipt {
                map.insert("read_ts".into(), json!(member.read_ts));
            }
            if view.delivery_receipt {
                map.insert("delivered_ts".into(), json!(member.delivered_ts));
            }
        }
        value
    }

    /// Renders the channel resource.
    pub(crate) fn to_json(&self, users: &BTreeMap<String, User>, view: GroupView) -> Value {
        let joined = self
            .members
            .iter()
            .filter(|m| m.state == MemberState::Joined)
            .count();
        let last_message = self.content.messages.last().map_or(Value::Null, |m| {
            m.to_json(users, ChannelKind::Group, &self.channel_url)
        });
        let mut value = json!({
            "channel_url": self.channel_url,
            "name": self.name,
            "cover_url": self.cover_url,
            "custom_type": self.custom_type,
            "data": self.data,
            "is_distinct": self.is_distinct,
            "is_public": self.is_public,
            "is_super": self.is_super,
            "is_ephemeral": self.is_ephemeral,
            "is_broadcast": false,
            "is_exclusive": false,
            "is_discoverable": self.is_public,
            "is_access_code_required": self.access_code.is_some(),
            "freeze": self.freeze,
            "max_length_message": 5000,
            "member_count": self.members.len(),
            "joined_member_count": joined,
            "unread_message_count": 0,
            "unread_mention_count": 0,
            "created_at": self.created_at_ms / 1000,
            "created_by": self.created_by.as_deref().map_or(Value::Null, |id| basic_user(users, id, "")),
            "last_message": last_message,
            "message_survival_seconds": -1,
            "disappearing_message": {"message_survival_seconds": -1, "is_triggered_by_message_read": false},
            "operators": basic_users(users, &self.operators, "operator"),
        });
        if let Value::Object(map) = &mut value {
            if view.members {
                let members: Vec<Value> = self
                    .members
                    .iter()
                    .map(|m| self.member_json(users, m, view))
                    .collect();
                map.insert("members".into(), Value::Array(members));
            }
            let receipts = |ts: fn(&Member) -> i64| -> Value {
                let by_user: Map<String, Value> = self
                    .members
                    .iter()
                    .map(|m| (m.user_id.clone(), json!(ts(m))))
                    .collect();
                Value::Object(by_user)
            };
            if view.read_receipt {
                map.insert("read_receipt".into(), receipts(|m| m.read_ts));
            }
            if view.delivery_receipt {
                map.insert("delivery_receipt".into(), receipts(|m| m.delivered_ts));
            }
            self.content
                .render_pins(map, users, ChannelKind::Group, &self.channel_url);
            if view.metadata {
                map.insert("metadata".into(), render::object(&self.content.metadata));
            }
        }
        value
    }

    /// Renders the channel as seen by one member (`my_group_channels`).
    pub(crate) fn to_json_for(
        &self,
        users: &BTreeMap<String, User>,
        view: GroupView,
        user_id: &str,
    ) -> Value {
        let mut value = self.to_json(users, view);
        if let (Value::Object(map), Some(member)) = (&mut value, self.member(user_id)) {
            map.insert("member_state".into(), json!(member.state.as_str()));
            map.insert(
                "my_role".into(),
                json!(if self.is_operator(user_id) {
                    "operator"
                } else {
                    ""
                }),
            );
            map.insert("hidden_state".into(), json!(member.hidden.as_str()));
            map.insert(
                "is_hidden".into(),
                json!(member.hidden != HiddenState::Unhidden),
            );
            map.insert("invited_at".into(), json!(member.invited_at));
            map.insert("joined_ts".into(), json!(member.joined_ts));
            map.insert(
                "inviter".into(),
                member
                    .inviter
                    .as_deref()
                    .map_or(Value::Null, |i| basic_user(users, i, "")),
            );
            let unread = self.unread(member);
            map.insert("unread_message_count".into(), json!(unread.messages));
            map.insert("unread_mention_count".into(), json!(unread.mentions));
            map.insert(
                "count_preference".into(),
                json!(member.count_preference.as_str()),
            );
            map.insert("user_last_read".into(), json!(member.read_ts));
            map.insert("ts_message_offset".into(), json!(member.ts_message_offset));
            if member.ts_message_offset > 0 {
                let last = self
                    .content
                    .messages
                    .iter()
                    .rev()
                    .find(|m| member.sees(m))
                    .map_or(Value::Null, |m| {
                        m.to_json(users, ChannelKind::Group, &self.channel_url)
                    });
                map.insert("last_message".into(), last);
            }
        }
        value
    }
}

/// Implements `props_mut` on channel types with the fields of [`Props`].
macro_rules! props_mut {
    ($($channel:ty),+) => {$(
        impl $channel {
            /// The properties both channel kinds share, for an update.
            pub(crate) fn props_mut(&mut self) -> Props<'_> {
                Props {
                    name: &mut self.name,
                    cover_url: &mut self.cover_url,
                    custom_type: &mut self.custom_type,
                    data: &mut self.data,
                    operators: &mut self.operators,
                }
            }
        }
    )+};
}

props_mut!(GroupChannel, OpenChannel);

/// An open channel.
#[derive(Debug, Clone)]
pub(crate) struct OpenChannel {
    pub(crate) seq: u64,
    pub(crate) channel_url: String,
    pub(crate) name: String,
    pub(crate) cover_url: String,
    pub(crate) custom_type: String,
    pub(crate) data: String,
    pub(crate) is_ephemeral: bool,
    pub(crate) freeze: bool,
    pub(crate) created_at_ms: i64,
    pub(crate) operators: Vec<String>,
    pub(crate) participants: Vec<String>,
    pub(crate) content: ChannelContent,
}

impl OpenChannel {
    /// Renders the channel resource.
    pub(crate) fn to_json(&self, users: &BTreeMap<String, User>, show_metadata: bool) -> Value {
        let mut value = json!({
            "channel_url": self.channel_url,
            "name": self.name,
            "cover_url": self.cover_url,
            "custom_type": self.custom_type,
            "data": self.data,
            "is_ephemeral": self.is_ephemeral,
            "is_dynamic_partitioned": false,
            "freeze": self.freeze,
            "max_length_message": 5000,
            "participant_count": self.participants.len(),
            "created_at": self.created_at_ms / 1000,
            "operators": basic_users(users, &self.operators, "operator"),
        });
        if let Value::Object(map) = &mut value {
            if show_metadata {
                map.insert("metadata".into(), render::object(&self.content.metadata));
            }
            self.content
                .render_pins(map, users, ChannelKind::Open, &self.channel_url);
        }
        value
    }
}

wire_enum! {
    /// A message type (`message_type`).
    pub(crate) enum MessageKind {
        /// `MESG`
        Text => "MESG",
        /// `FILE`
        File => "FILE",
        /// `ADMM`
        Admin => "ADMM",
    }
}

/// The file of a file message.
#[derive(Debug, Clone)]
pub(crate) struct FileInfo {
    pub(crate) url: String,
    pub(crate) name: String,
    pub(crate) file_type: String,
    pub(crate) size: i64,
}

/// A message.
#[derive(Debug, Clone)]
pub(crate) struct Message {
    pub(crate) message_id: i64,
    pub(crate) kind: MessageKind,
    pub(crate) sender: Option<String>,
    pub(crate) message: String,
    pub(crate) custom_type: String,
    pub(crate) data: String,
    pub(crate) created_at: i64,
    pub(crate) updated_at: i64,
    pub(crate) mention_type: String,
    pub(crate) mentioned_user_ids: Vec<String>,
    pub(crate) silent: bool,
    pub(crate) is_op_msg: bool,
    pub(crate) file: Option<FileInfo>,
    pub(crate) thumbnails: Vec<Value>,
    pub(crate) require_auth: bool,
    pub(crate) sorted_metaarray: Vec<Value>,
    pub(crate) dedup_id: Option<String>,
    /// Reactions in the order their keys were first used.
    pub(crate) reactions: Vec<Reaction>,
    /// Translations by language code.
    pub(crate) translations: BTreeMap<String, String>,
}

/// One reaction key on a message and who added it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reaction {
    pub(crate) key: String,
    pub(crate) user_ids: Vec<String>,
    pub(crate) updated_at: i64,
}

impl Message {
    /// A message of `kind` by `sender` with this text and nothing else: no custom type, data,
    /// mentions (`mention_type` `users`), file, thumbnails, metaarray, reactions or
    /// translations; not silent, not an operator message; times 0 (set on delivery).
    pub(crate) fn new(
        message_id: i64,
        kind: MessageKind,
        sender: Option<String>,
        text: String,
    ) -> Self {
        Self {
            message_id,
            kind,
            sender,
            message: text,
            custom_type: String::new(),
            data: String::new(),
            created_at: 0,
            updated_at: 0,
            mention_type: "users".to_owned(),
            mentioned_user_ids: Vec::new(),
            silent: false,
            is_op_msg: false,
            file: None,
            thumbnails: Vec::new(),
            require_auth: false,
            sorted_metaarray: Vec::new(),
            dedup_id: None,
            reactions: Vec::new(),
            translations: BTreeMap::new(),
        }
    }

    /// Renders the message resource.
    pub(crate) fn to_json(
        &self,
        users: &BTreeMap<String, User>,
        kind: ChannelKind,
        channel_url: &str,
    ) -> Value {
        let mut value = json!({
            "message_id": self.message_id,
            "type": self.kind.as_str(),
            "channel_url": channel_url,
            "channel_type": kind.message_channel_type(),
            "custom_type": self.custom_type,
            "data": self.data,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "mention_type": self.mention_type,
            "mentioned_users": basic_users(users, &self.mentioned_user_ids, ""),
            "is_removed": false,
            "silent": self.silent,
            "is_op_msg": self.is_op_msg,
            "message_survival_seconds": -1,
            "message_retention_hour": -1,
            "translations": render::object(&self.translations),
            "sorted_metaarray": self.sorted_metaarray,
            "req_id": "",
        });
        if let Value::Object(map) = &mut value {
            if self.kind != MessageKind::File {
                map.insert("message".into(), json!(self.message));
            }
            if let Some(sender) = &self.sender {
                let role = if self.is_op_msg { "operator" } else { "" };
                map.insert("user".into(), basic_user(users, sender, role));
            }
            if let Some(file) = &self.file {
                map.insert(
                    "file".into(),
                    json!({
                        "url": file.url,
                        "name": file.name,
                        "type": file.file_type,
                        "size": file.size,
                        "data": "",
                    }),
                );
                map.insert("thumbnails".into(), Value::Array(self.thumbnails.clone()));
                map.insert("require_auth".into(), json!(self.require_auth));
            }
        }
        value
    }

    /// The `reactions` array (`[{key, user_ids, updated_at}]`) of a message listed with
    /// `include_reactions=true`.
    pub(crate) fn reactions_json(&self) -> Value {
        Value::Array(
            self.reactions
                .iter()
                .map(|r| json!({"key": r.key, "user_ids": r.user_ids, "updated_at": r.updated_at}))
                .collect(),
        )
    }
}
