//! The objects inside Chat webhook payloads and the payload of each event category.
//!
//! Webhook payloads are not the REST resources: a payload's `channel` is a short summary, its
//! `sender` a short user, a message event carries the message as `payload` (without
//! `channel_url` or `type`, which sit next to it). So these are their own types, built from the
//! crate's shared pieces: users and members are `user_model!`s (they implement
//! [`UserProfile`](crate::models::UserProfile)), and states, push triggers, message and
//! mention types are the crate's string enums.
//!
//! Provenance: Sendbird shows a JSON example for some categories only. Fields marked
//! *reconstructed* come from the event's description and third-party transcriptions of the
//! docs; like every field here they are `Option`/default, so a thinner or richer payload
//! still decodes. Timestamps are Unix milliseconds unless a field says otherwise.

use std::collections::HashMap;

use sendbird_core::SecretString;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::models::{
    ChannelPushTriggerOption, MemberState, MentionType, MessageEvents, MessageType,
};

user_model! {
    /// A user as webhook payloads show it (`sender`, `inviter`, `user`, `operators`,
    /// `invitees`, `users`, ...): `user_id`, `nickname`, `profile_url`, `metadata`.
    pub struct WebhookUser {
        /// The leaver's unread messages in the channel at the time of leaving
        /// (`group_channel:leave`'s `users` only).
        #[serde(default)]
        pub channel_unread_message_count: Option<i64>,
    }
}

user_model! {
    /// A channel member in a payload's `members` list (only when the application's webhook
    /// setting `include_members` is on, never for Supergroup channels).
    pub struct WebhookMember {
        /// Whether the member is connected.
        #[serde(default)]
        pub is_online: Option<bool>,
        /// The channel's hidden state for the member, an **integer** (0: shown; other values:
        /// hidden variants). A boolean is read as 0/1.
        #[serde(default, deserialize_with = "int_or_bool")]
        pub is_hidden: Option<i64>,
        /// `joined` or `invited`.
        #[serde(default)]
        pub state: Option<MemberState>,
        /// Whether the member blocks the message's sender (message events only).
        #[serde(default)]
        pub is_blocking_sender: Option<bool>,
        /// Whether the message's sender blocks the member (message events only).
        #[serde(default)]
        pub is_blocked_by_sender: Option<bool>,
        /// The member's unread messages (legacy; equals `total_unread_message_count`).
        #[serde(default)]
        pub unread_message_count: Option<i64>,
        /// The member's unread messages across all channels.
        #[serde(default)]
        pub total_unread_message_count: Option<i64>,
        /// The member's unread mentions across all channels (with the `include_unread_count`
        /// setting; the name is not documented, reconstructed).
        #[serde(default)]
        pub total_unread_mention_count: Option<i64>,
        /// The member's unread messages in this channel.
        #[serde(default)]
        pub channel_unread_message_count: Option<i64>,
        /// The member's unread mentions in this channel.
        #[serde(default)]
        pub channel_mention_count: Option<i64>,
        /// Whether push notifications are on for the member.
        #[serde(default)]
        pub push_enabled: Option<bool>,
        /// The member's push trigger.
        #[serde(default)]
        pub push_trigger_option: Option<ChannelPushTriggerOption>,
        /// Whether do-not-disturb is on.
        #[serde(default)]
        pub do_not_disturb: Option<bool>,
    }
}

/// The `channel` of a payload: a summary of a group or open channel (`channel_url`, `name`,
/// `custom_type`, `data` and, in most payloads, the channel flags).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookChannel {
    /// The channel URL (empty if Sendbird sent none).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub channel_url: String,
    /// The name.
    #[serde(default)]
    pub name: Option<String>,
    /// The cover image URL (some payloads only).
    #[serde(default)]
    pub cover_url: Option<String>,
    /// The custom channel type.
    #[serde(default)]
    pub custom_type: Option<String>,
    /// Free-form channel data.
    #[serde(default)]
    pub data: Option<String>,
    /// A distinct group channel.
    #[serde(default)]
    pub is_distinct: Option<bool>,
    /// A public group channel.
    #[serde(default)]
    pub is_public: Option<bool>,
    /// A Supergroup channel.
    #[serde(default)]
    pub is_super: Option<bool>,
    /// An ephemeral channel.
    #[serde(default)]
    pub is_ephemeral: Option<bool>,
    /// A discoverable channel.
    #[serde(default)]
    pub is_discoverable: Option<bool>,
    /// Whether the channel is frozen (reconstructed: `group_channel:freeze_unfreeze`).
    #[serde(default)]
    pub freeze: Option<bool>,
}

/// A message as message events carry it (`payload`; `reported_message.payload`; the
/// `message` of a reaction event).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookMessage {
    /// The message id (0 if absent).
    #[serde(default)]
    pub message_id: i64,
    /// The text (user and admin messages; for `profanity_filter:replace`, the filtered text).
    #[serde(default)]
    pub message: Option<String>,
    /// The custom message type.
    #[serde(default)]
    pub custom_type: Option<String>,
    /// Free-form message data.
    #[serde(default)]
    pub data: Option<String>,
    /// Translations of the text by language code.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub translations: HashMap<String, String>,
    /// When the message was sent, Unix milliseconds.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// The file URL (file messages; reconstructed).
    #[serde(default)]
    pub url: Option<String>,
    /// The file name (file messages; reconstructed, also read from `filename`/`file_name`).
    #[serde(default, alias = "filename", alias = "file_name")]
    pub name: Option<String>,
    /// The file's MIME type (file messages; reconstructed, also read from
    /// `content_type`/`file_type`).
    #[serde(default, rename = "type", alias = "content_type", alias = "file_type")]
    pub file_type: Option<String>,
    /// The file size in bytes (file messages; reconstructed, also read from
    /// `content_size`/`file_size`).
    #[serde(default, alias = "content_size", alias = "file_size")]
    pub size: Option<i64>,
}

/// One changed property in `group_channel:changed` (and, reconstructed, message updates).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChannelChange {
    /// The property: `name`, `cover_url`, `custom_type`, `channel_type`, `data`,
    /// `access_code` (or `message` for a message update).
    #[serde(default)]
    pub key: String,
    /// The old value, as sent (usually a string).
    #[serde(default)]
    pub old: Option<Value>,
    /// The new value, as sent (usually a string).
    #[serde(default)]
    pub new: Option<Value>,
}

impl ChannelChange {
    /// The old value when it is a string.
    pub fn old_str(&self) -> Option<&str> {
        self.old.as_ref().and_then(Value::as_str)
    }

    /// The new value when it is a string.
    pub fn new_str(&self) -> Option<&str> {
        self.new.as_ref().and_then(Value::as_str)
    }
}

/// One reader in `group_channel:message_read`'s `read_updates`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReadUpdate {
    /// The reader.
    #[serde(default)]
    pub user_id: String,
    /// The reader's read cursor, Unix milliseconds.
    #[serde(default)]
    pub read_ts: Option<i64>,
    /// The reader's unread messages in the channel (0 after reading).
    #[serde(default)]
    pub channel_unread_message_count: Option<i64>,
    /// The reader's unread messages across all channels.
    #[serde(default)]
    pub total_unread_message_count: Option<i64>,
}

/// `open_channel:create`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenChannelCreated {
    /// When the channel was created.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// The operators set at creation.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub operators: Vec<WebhookUser>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `open_channel:remove` and `group_channel:remove`. Note the timestamp key: `removed_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChannelRemoved {
    /// When the channel was removed.
    #[serde(default)]
    pub removed_at: Option<i64>,
    /// The channel as it was.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `open_channel:enter` (reconstructed fields).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenChannelEntered {
    /// When the user entered.
    #[serde(default)]
    pub entered_at: Option<i64>,
    /// The user who entered.
    #[serde(default)]
    pub user: Option<WebhookUser>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `open_channel:exit` (reconstructed fields; the timestamp is also read from `entered_at`,
/// the key a transcription of the docs uses for both events).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenChannelExited {
    /// When the user exited.
    #[serde(default, alias = "entered_at")]
    pub exited_at: Option<i64>,
    /// The user who exited.
    #[serde(default)]
    pub user: Option<WebhookUser>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// A message event: `message_send`, `message_update` and `message_delete` of either channel
/// kind (also the `reported_message` of `message:report`). Sendbird's example is
/// `group_channel:message_send`; the others are reconstructed with the same shape.
/// Message events have no top-level timestamp: use `payload.created_at`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MessageEvent {
    /// The sender (absent for admin messages).
    #[serde(default)]
    pub sender: Option<WebhookUser>,
    /// Whether the message was sent silently (no unread count, no push).
    #[serde(default)]
    pub silent: Option<bool>,
    /// The sender's IP address (masked in the docs).
    #[serde(default)]
    pub sender_ip_addr: Option<String>,
    /// The custom message type (same as `payload.custom_type`).
    #[serde(default)]
    pub custom_type: Option<String>,
    /// Who is notified of mentions.
    #[serde(default)]
    pub mention_type: Option<MentionType>,
    /// The mentioned users.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub mentioned_users: Vec<WebhookUser>,
    /// Every member with their unread counts (group channels, with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// `MESG`, `FILE` or `ADMM`.
    #[serde(default, rename = "type")]
    pub message_type: Option<MessageType>,
    /// The message (for an update, its new content; for a delete, as it was).
    #[serde(default)]
    pub payload: WebhookMessage,
    /// The changed properties of an updated message (reconstructed).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub changes: Vec<ChannelChange>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// Where the message came from: `iOS`, `Android`, `JavaScript`, `.NET`, `API`, ...
    #[serde(default)]
    pub sdk: Option<String>,
    /// The side effects of sending (seen in real payloads, undocumented).
    #[serde(default)]
    pub message_events: Option<MessageEvents>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `group_channel:create`. Users added at creation are announced by a following
/// `group_channel:join`, not by `group_channel:invite`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannelCreated {
    /// When the channel was created.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// The members (with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The creator (absent when created through the Platform API without an inviter).
    #[serde(default)]
    pub inviter: Option<WebhookUser>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `group_channel:changed`: one of `name`, `cover_url`, `custom_type`, `channel_type`,
/// `data`, `access_code` changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannelChanged {
    /// When the channel changed (reconstructed).
    #[serde(default)]
    pub changed_at: Option<i64>,
    /// The changed properties with their old and new values.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub changes: Vec<ChannelChange>,
    /// Who made the change, when known (reconstructed).
    #[serde(default)]
    pub inviter: Option<WebhookUser>,
    /// The members (with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The channel, with its new values.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `group_channel:invite` (reconstructed fields).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannelInvited {
    /// When the users were invited.
    #[serde(default)]
    pub invited_at: Option<i64>,
    /// Who invited them (absent for Platform API invitations without an inviter).
    #[serde(default)]
    pub inviter: Option<WebhookUser>,
    /// The newly invited users.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub invitees: Vec<WebhookUser>,
    /// The members (with `include_members`; invitees have `state: invited`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `group_channel:decline_invite` (reconstructed fields; the timestamp is also read from
/// `declined_at`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannelInviteDeclined {
    /// When the invitation was declined.
    #[serde(default, alias = "declined_at")]
    pub declined_invite_at: Option<i64>,
    /// Who had invited them, when sent.
    #[serde(default)]
    pub inviter: Option<WebhookUser>,
    /// The users who declined.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub users: Vec<WebhookUser>,
    /// The members (with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `group_channel:join`: users joined (auto-accepted, accepted an invitation, joined a
/// public channel, or were added at creation). Reconstructed fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannelJoined {
    /// When the users joined.
    #[serde(default)]
    pub joined_at: Option<i64>,
    /// The users who joined.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub users: Vec<WebhookUser>,
    /// The members (with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `group_channel:leave`: `users` left, `members` remain. Reconstructed fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannelLeft {
    /// When the users left.
    #[serde(default)]
    pub left_at: Option<i64>,
    /// The users who left, each with `channel_unread_message_count` at the time.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub users: Vec<WebhookUser>,
    /// The remaining members (with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `group_channel:message_read`: a member has no more unread messages in the channel.
/// No top-level timestamp: use `read_updates[].read_ts`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannelMessageRead {
    /// The members (with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// One entry per reader.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub read_updates: Vec<ReadUpdate>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `group_channel:freeze_unfreeze`. The new state is not in Sendbird's field list; it is
/// read from a top-level `freeze` or `channel.freeze` (reconstructed): see
/// [`is_frozen`](Self::is_frozen).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannelFreezeUnfreeze {
    /// Whether the channel is now frozen, when sent at the top level.
    #[serde(default)]
    pub freeze: Option<bool>,
    /// The members (with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

impl GroupChannelFreezeUnfreeze {
    /// Whether the channel is now frozen: `freeze`, else `channel.freeze` (`None` when the
    /// payload carries neither).
    pub fn is_frozen(&self) -> Option<bool> {
        self.freeze.or(self.channel.freeze)
    }
}

/// `group_channel:reaction_add` and `group_channel:reaction_delete` (reconstructed fields).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReactionEvent {
    /// The reaction key.
    #[serde(default)]
    pub reaction: Option<String>,
    /// When the reaction changed.
    #[serde(default)]
    pub ts: Option<i64>,
    /// Who added or deleted it.
    #[serde(default)]
    pub user: Option<WebhookUser>,
    /// The reacted message (note the key: `message`, not `payload`).
    #[serde(default)]
    pub message: Option<WebhookMessage>,
    /// The reacted message's id, when sent on its own.
    #[serde(default)]
    pub message_id: Option<i64>,
    /// The members (with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

impl ReactionEvent {
    /// The reacted message's id: `message_id`, else `message.message_id`.
    pub fn reacted_message_id(&self) -> Option<i64> {
        self.message_id
            .or_else(|| self.message.as_ref().map(|m| m.message_id))
    }
}

/// `user:block`: one event per blocked user. No timestamp, no channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserBlocked {
    /// Who blocked.
    #[serde(default)]
    pub blocker: Option<WebhookUser>,
    /// Who was blocked.
    #[serde(default)]
    pub blockee: Option<WebhookUser>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `user:unblock`. Note the keys: `unblocker` / `unblockee`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserUnblocked {
    /// Who unblocked.
    #[serde(default)]
    pub unblocker: Option<WebhookUser>,
    /// Who was unblocked.
    #[serde(default)]
    pub unblockee: Option<WebhookUser>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `user:push_preference`: a user's application-wide push preferences changed. `user_id` is
/// a flat string; the rest mirrors the push preference resource (reconstructed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserPushPreference {
    /// The user.
    #[serde(default)]
    pub user_id: String,
    /// The push trigger (`all`, `mention_only`, `off`).
    #[serde(default)]
    pub push_trigger_option: Option<String>,
    /// Whether do-not-disturb is on.
    #[serde(default)]
    pub do_not_disturb: Option<bool>,
    /// Do-not-disturb start hour.
    #[serde(default)]
    pub start_hour: Option<i64>,
    /// Do-not-disturb start minute.
    #[serde(default)]
    pub start_min: Option<i64>,
    /// Do-not-disturb end hour.
    #[serde(default)]
    pub end_hour: Option<i64>,
    /// Do-not-disturb end minute.
    #[serde(default)]
    pub end_min: Option<i64>,
    /// The time zone of the hours.
    #[serde(default)]
    pub timezone: Option<String>,
    /// Whether snooze is on.
    #[serde(default)]
    pub snooze_enabled: Option<bool>,
    /// Snooze start, Unix milliseconds.
    #[serde(default)]
    pub snooze_start_ts: Option<i64>,
    /// Snooze end, Unix milliseconds.
    #[serde(default)]
    pub snooze_end_ts: Option<i64>,
    /// The push sound.
    #[serde(default)]
    pub push_sound: Option<String>,
    /// Whether pushes from bots are blocked.
    #[serde(default)]
    pub block_push_from_bots: Option<bool>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `user:push_channel_preference`: a user's push preference for one channel changed
/// (reconstructed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserPushChannelPreference {
    /// The user.
    #[serde(default)]
    pub user_id: String,
    /// The channel.
    #[serde(default)]
    pub channel_url: Option<String>,
    /// The push trigger for the channel.
    #[serde(default)]
    pub push_trigger_option: Option<ChannelPushTriggerOption>,
    /// The push sound for the channel.
    #[serde(default)]
    pub push_sound: Option<String>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `user:device_token_register` and `user:device_token_unregister` (reconstructed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeviceTokenEvent {
    /// The user.
    #[serde(default)]
    pub user: Option<WebhookUser>,
    /// The user id, when sent flat.
    #[serde(default)]
    pub user_id: Option<String>,
    /// `gcm`, `fcm`, `apns`, `apns_voip` or `huawei`.
    #[serde(default)]
    pub token_type: Option<String>,
    /// The device token.
    #[serde(default, alias = "device_token")]
    pub token: Option<SecretString>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `user:mute`, `user:ban` and `user:deactivate` (advanced moderation; reconstructed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserModerated {
    /// The user.
    #[serde(default)]
    pub user: Option<WebhookUser>,
    /// Who did it, when known.
    #[serde(default)]
    pub operator: Option<WebhookUser>,
    /// The channel (mute and ban in a channel).
    #[serde(default)]
    pub channel: Option<WebhookChannel>,
    /// The duration in seconds (mute, ban).
    #[serde(default)]
    pub seconds: Option<i64>,
    /// The reason.
    #[serde(default)]
    pub description: Option<String>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `operators:register_by_operator` and `operators:unregister_by_operator`: an operator's
/// client app changed the operators (not sent for Platform API changes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OperatorsChanged {
    /// When the change was requested.
    #[serde(default)]
    pub requested_at: Option<i64>,
    /// The operator who made the change.
    #[serde(default)]
    pub requester: Option<WebhookUser>,
    /// `group_channel` or `open_channel` (singular).
    #[serde(default)]
    pub channel_type: Option<String>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The users registered or unregistered.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub operators: Vec<WebhookUser>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// A report: `message:report`, `user:report`, `open_channel:report`, `group_channel:report`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReportEvent {
    /// When the report was made. The docs' example is in Unix **seconds** while the report
    /// resource uses milliseconds: the value is kept as sent.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// `message`, `user`, `open_channel` or `group_channel`.
    #[serde(default)]
    pub report_type: Option<String>,
    /// `suspicious`, `harassing`, `inappropriate`, `spam` or `custom`.
    #[serde(default)]
    pub report_category: Option<String>,
    /// The custom category's name (reconstructed).
    #[serde(default)]
    pub custom_report_category_name: Option<String>,
    /// Who reported (absent for Platform API reports without a reporter).
    #[serde(default)]
    pub reporting_user: Option<WebhookUser>,
    /// The reported user (message and user reports).
    #[serde(default)]
    pub offending_user: Option<WebhookUser>,
    /// The reported message, webhook-shaped (message reports).
    #[serde(default)]
    pub reported_message: Option<MessageEvent>,
    /// The channel (the reported channel for channel reports).
    #[serde(default)]
    pub channel: Option<WebhookChannel>,
    /// The reporter's description.
    #[serde(default)]
    pub report_description: Option<String>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `message:moderation_extension_triggered` (advanced moderation; only the name is
/// documented, the fields are reconstructed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModerationExtensionTriggered {
    /// The sender.
    #[serde(default)]
    pub sender: Option<WebhookUser>,
    /// The message.
    #[serde(default)]
    pub payload: Option<WebhookMessage>,
    /// The channel.
    #[serde(default)]
    pub channel: Option<WebhookChannel>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `alert:user_message_rate_limit_exceeded`: no channel, no timestamp, no limit values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RateLimitExceeded {
    /// The user who sent too many messages.
    #[serde(default)]
    pub user: Option<WebhookUser>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `profanity_filter:replace`: the message was delivered with explicit words replaced.
/// Quirk: `replaced_text` is the **original** text, `payload.message` the filtered one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProfanityReplaced {
    /// The sender.
    #[serde(default)]
    pub sender: Option<WebhookUser>,
    /// The members (with `include_members`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The custom message type.
    #[serde(default)]
    pub custom_type: Option<String>,
    /// The message type.
    #[serde(default, rename = "type")]
    pub message_type: Option<MessageType>,
    /// The original text, before filtering.
    #[serde(default)]
    pub replaced_text: Option<String>,
    /// The delivered (filtered) message.
    #[serde(default)]
    pub payload: WebhookMessage,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// Where the message came from.
    #[serde(default)]
    pub sdk: Option<String>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `profanity_filter:block`: the message was refused (never delivered, so no message id).
/// `message` is the blocked text. Fields after `category` are reconstructed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProfanityBlocked {
    /// When the message was blocked.
    #[serde(default)]
    pub blocked_at: Option<i64>,
    /// The sender.
    #[serde(default)]
    pub sender: Option<WebhookUser>,
    /// The blocked text.
    #[serde(default)]
    pub message: Option<String>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `profanity_filter:moderate`: the sender was muted, kicked or banned by the filter's
/// moderation rule. Fields after `sender` are reconstructed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProfanityModerated {
    /// When the penalty was applied.
    #[serde(default)]
    pub moderated_at: Option<i64>,
    /// `mute`, `kick` or `ban`.
    #[serde(default)]
    pub moderation_action: Option<String>,
    /// The penalised sender.
    #[serde(default)]
    pub sender: Option<WebhookUser>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `profanity_filter:detect`: explicit words were detected but the message was neither
/// blocked nor changed (reconstructed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProfanityDetected {
    /// When the words were detected.
    #[serde(default)]
    pub detected_at: Option<i64>,
    /// The sender.
    #[serde(default)]
    pub sender: Option<WebhookUser>,
    /// The message, when sent as an object.
    #[serde(default)]
    pub payload: Option<WebhookMessage>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// `image_moderation:block`: a message with an explicit image or image URL was refused.
/// Quirk: the text key is `message_text` (vs `message` in `profanity_filter:block`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImageBlocked {
    /// When the message was blocked.
    #[serde(default)]
    pub blocked_at: Option<i64>,
    /// The sender.
    #[serde(default)]
    pub sender: Option<WebhookUser>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The blocked message's text.
    #[serde(default)]
    pub message_text: Option<String>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// The message of an announcement event (it carries its own `type`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnouncementMessage {
    /// The message id.
    #[serde(default)]
    pub message_id: i64,
    /// `MESG` or `ADMM`.
    #[serde(default, rename = "type")]
    pub message_type: Option<MessageType>,
    /// The custom message type.
    #[serde(default)]
    pub custom_type: Option<String>,
    /// The text.
    #[serde(default)]
    pub message: Option<String>,
    /// When the message was sent.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// Free-form message data.
    #[serde(default)]
    pub data: Option<String>,
}

/// `announcement:create_channels` and `announcement:send_messages`: one event per channel
/// (reconstructed fields).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnouncementEvent {
    /// The announcement's `unique_id`.
    #[serde(default)]
    pub announcement_id: Option<String>,
    /// The announcement group.
    #[serde(default)]
    pub announcement_group: Option<String>,
    /// When the channel was created or the message sent.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// The announcement's sender (absent for admin messages).
    #[serde(default)]
    pub sender: Option<WebhookUser>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The sent message (`send_messages`).
    #[serde(default)]
    pub message: Option<AnnouncementMessage>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// The bot of a `bot_message_notification`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookBot {
    /// The bot's user id.
    #[serde(default)]
    pub bot_userid: String,
    /// The bot's nickname.
    #[serde(default)]
    pub bot_nickname: Option<String>,
    /// The bot's profile image URL.
    #[serde(default)]
    pub bot_profile_url: Option<String>,
    /// The bot's token: compare it with yours to check the callback's origin.
    #[serde(default)]
    pub bot_token: Option<SecretString>,
    /// The bot's metadata.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub bot_metadata: HashMap<String, String>,
}

/// `bot_message_notification`: what Sendbird posts to a bot's `bot_callback_url` when a
/// message is sent in a channel the bot is in (not a webhook category; `channel` and
/// `message` are reconstructed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BotMessageNotification {
    /// The bot.
    #[serde(default)]
    pub bot: Option<WebhookBot>,
    /// The message's sender.
    #[serde(default)]
    pub sender: Option<WebhookUser>,
    /// The channel's members.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<WebhookMember>,
    /// The channel.
    #[serde(default)]
    pub channel: WebhookChannel,
    /// The message.
    #[serde(default)]
    pub message: Option<AnnouncementMessage>,
    /// When the message was sent, Unix milliseconds (order messages by it).
    #[serde(default)]
    pub ts: Option<i64>,
    /// The application id.
    #[serde(default)]
    pub app_id: Option<String>,
}

/// Reads an integer, or a boolean as 0/1, or null.
fn int_or_bool<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    struct IntOrBool;

    impl serde::de::Visitor<'_> for IntOrBool {
        type Value = Option<i64>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an integer, a boolean or null")
        }

        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }

        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(i64::try_from(v).unwrap_or(i64::MAX)))
        }

        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Some(i64::from(v)))
        }

        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }

    deserializer.deserialize_any(IntOrBool)
}
