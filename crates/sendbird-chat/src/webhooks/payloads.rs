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
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::models::{
    ChannelPushTriggerOption, MemberState, MentionType, MessageEvents, MessageType,
};

/// Declares an event category's payload: every field defaults when absent (webhook payloads
/// vary by category and settings), and the payload ends with the `app_id` every category
/// carries. `in channel` payloads end with the `channel` before it; `in group_channel` ones
/// with the `members` and the `channel`.
macro_rules! webhook_payload {
    (
        $(#[$meta:meta])*
        pub struct $name:ident in group_channel { $($own:tt)* }
    ) => {
        webhook_payload! {
            $(#[$meta])*
            pub struct $name in channel {
                $($own)*
                /// The channel's members (with the `include_members` setting; never for
                /// Supergroups).
                #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
                pub members: Vec<WebhookMember>,
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident in channel { $($own:tt)* }
    ) => {
        webhook_payload! {
            $(#[$meta])*
            pub struct $name {
                $($own)*
                /// The channel.
                pub channel: WebhookChannel,
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[non_exhaustive]
        pub struct $name {
            $( $(#[$fmeta])* #[serde(default)] pub $field: $ty, )*
            /// The application id.
            #[serde(default)]
            pub app_id: Option<String>,
        }
    };
}

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
        #[serde(default, deserialize_with = "crate::models::de::int_or_bool")]
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

channel_model! {
    /// The `channel` of a payload: a summary of a group or open channel (`channel_url`, `name`,
    /// `custom_type`, `data` and, in most payloads, the channel flags).
    #[derive(Default)]
    pub struct WebhookChannel {
        /// The channel URL (empty if Sendbird sent none).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub channel_url: String,
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

webhook_payload! {
    /// `open_channel:create`.
    pub struct OpenChannelCreated in channel {
        /// When the channel was created.
        pub created_at: Option<i64>,
        /// The operators set at creation.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub operators: Vec<WebhookUser>,
    }
}

webhook_payload! {
    /// `open_channel:remove` and `group_channel:remove` (`channel` as it was). Note the
    /// timestamp key: `removed_at`.
    pub struct ChannelRemoved in channel {
        /// When the channel was removed.
        pub removed_at: Option<i64>,
    }
}

webhook_payload! {
    /// `open_channel:enter` (reconstructed fields).
    pub struct OpenChannelEntered in channel {
        /// When the user entered.
        pub entered_at: Option<i64>,
        /// The user who entered.
        pub user: Option<WebhookUser>,
    }
}

webhook_payload! {
    /// `open_channel:exit` (reconstructed fields; the timestamp is also read from `entered_at`,
    /// the key a transcription of the docs uses for both events).
    pub struct OpenChannelExited in channel {
        /// When the user exited.
        #[serde(alias = "entered_at")]
        pub exited_at: Option<i64>,
        /// The user who exited.
        pub user: Option<WebhookUser>,
    }
}

webhook_payload! {
    /// A message event: `message_send`, `message_update` and `message_delete` of either channel
    /// kind (also the `reported_message` of `message:report`). Sendbird's example is
    /// `group_channel:message_send`; the others are reconstructed with the same shape.
    /// Message events have no top-level timestamp: use `payload.created_at`.
    #[derive(Default)]
    pub struct MessageEvent {
        /// The sender (absent for admin messages).
        pub sender: Option<WebhookUser>,
        /// Whether the message was sent silently (no unread count, no push).
        pub silent: Option<bool>,
        /// The sender's IP address (masked in the docs).
        pub sender_ip_addr: Option<String>,
        /// The custom message type (same as `payload.custom_type`).
        pub custom_type: Option<String>,
        /// Who is notified of mentions.
        pub mention_type: Option<MentionType>,
        /// The mentioned users.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub mentioned_users: Vec<WebhookUser>,
        /// Every member with their unread counts (group channels, with `include_members`).
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub members: Vec<WebhookMember>,
        /// `MESG`, `FILE` or `ADMM`.
        #[serde(rename = "type")]
        pub message_type: Option<MessageType>,
        /// The message (for an update, its new content; for a delete, as it was).
        pub payload: WebhookMessage,
        /// The changed properties of an updated message (reconstructed).
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub changes: Vec<ChannelChange>,
        /// The channel.
        pub channel: WebhookChannel,
        /// Where the message came from: `iOS`, `Android`, `JavaScript`, `.NET`, `API`, ...
        pub sdk: Option<String>,
        /// The side effects of sending (seen in real payloads, undocumented).
        pub message_events: Option<MessageEvents>,
    }
}

webhook_payload! {
    /// `group_channel:create`. Users added at creation are announced by a following
    /// `group_channel:join`, not by `group_channel:invite`.
    pub struct GroupChannelCreated in channel {
        /// When the channel was created.
        pub created_at: Option<i64>,
        /// The members (with `include_members`).
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub members: Vec<WebhookMember>,
        /// The creator (absent when created through the Platform API without an inviter).
        pub inviter: Option<WebhookUser>,
    }
}

webhook_payload! {
    /// `group_channel:changed`: one of `name`, `cover_url`, `custom_type`, `channel_type`,
    /// `data`, `access_code` changed; `channel` has the new values.
    pub struct GroupChannelChanged in group_channel {
        /// When the channel changed (reconstructed).
        pub changed_at: Option<i64>,
        /// The changed properties with their old and new values.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub changes: Vec<ChannelChange>,
        /// Who made the change, when known (reconstructed).
        pub inviter: Option<WebhookUser>,
    }
}

webhook_payload! {
    /// `group_channel:invite` (reconstructed fields). In `members`, the invitees have
    /// `state: invited`.
    pub struct GroupChannelInvited in group_channel {
        /// When the users were invited.
        pub invited_at: Option<i64>,
        /// Who invited them (absent for Platform API invitations without an inviter).
        pub inviter: Option<WebhookUser>,
        /// The newly invited users.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub invitees: Vec<WebhookUser>,
    }
}

webhook_payload! {
    /// `group_channel:decline_invite` (reconstructed fields; the timestamp is also read from
    /// `declined_at`).
    pub struct GroupChannelInviteDeclined in group_channel {
        /// When the invitation was declined.
        #[serde(alias = "declined_at")]
        pub declined_invite_at: Option<i64>,
        /// Who had invited them, when sent.
        pub inviter: Option<WebhookUser>,
        /// The users who declined.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub users: Vec<WebhookUser>,
    }
}

webhook_payload! {
    /// `group_channel:join`: users joined (auto-accepted, accepted an invitation, joined a
    /// public channel, or were added at creation). Reconstructed fields.
    pub struct GroupChannelJoined in group_channel {
        /// When the users joined.
        pub joined_at: Option<i64>,
        /// The users who joined.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub users: Vec<WebhookUser>,
    }
}

webhook_payload! {
    /// `group_channel:leave`: `users` left, `members` remain. Reconstructed fields.
    pub struct GroupChannelLeft in group_channel {
        /// When the users left.
        pub left_at: Option<i64>,
        /// The users who left, each with `channel_unread_message_count` at the time.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub users: Vec<WebhookUser>,
    }
}

webhook_payload! {
    /// `group_channel:message_read`: a member has no more unread messages in the channel.
    /// No top-level timestamp: use `read_updates[].read_ts`.
    pub struct GroupChannelMessageRead {
        /// The members (with `include_members`).
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub members: Vec<WebhookMember>,
        /// The channel.
        pub channel: WebhookChannel,
        /// One entry per reader.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub read_updates: Vec<ReadUpdate>,
    }
}

webhook_payload! {
    /// `group_channel:freeze_unfreeze`. The new state is not in Sendbird's field list; it is
    /// read from a top-level `freeze` or `channel.freeze` (reconstructed): see
    /// [`is_frozen`](Self::is_frozen).
    pub struct GroupChannelFreezeUnfreeze in group_channel {
        /// Whether the channel is now frozen, when sent at the top level.
        pub freeze: Option<bool>,
    }
}

impl GroupChannelFreezeUnfreeze {
    /// Whether the channel is now frozen: `freeze`, else `channel.freeze` (`None` when the
    /// payload carries neither).
    pub fn is_frozen(&self) -> Option<bool> {
        self.freeze.or(self.channel.freeze)
    }
}

webhook_payload! {
    /// `group_channel:reaction_add` and `group_channel:reaction_delete` (reconstructed fields).
    pub struct ReactionEvent in group_channel {
        /// The reaction key.
        pub reaction: Option<String>,
        /// When the reaction changed.
        pub ts: Option<i64>,
        /// Who added or deleted it.
        pub user: Option<WebhookUser>,
        /// The reacted message (note the key: `message`, not `payload`).
        pub message: Option<WebhookMessage>,
        /// The reacted message's id, when sent on its own.
        pub message_id: Option<i64>,
    }
}

impl ReactionEvent {
    /// The reacted message's id: `message_id`, else `message.message_id`.
    pub fn reacted_message_id(&self) -> Option<i64> {
        self.message_id
            .or_else(|| self.message.as_ref().map(|m| m.message_id))
    }
}

webhook_payload! {
    /// `user:block`: one event per blocked user. No timestamp, no channel.
    pub struct UserBlocked {
        /// Who blocked.
        pub blocker: Option<WebhookUser>,
        /// Who was blocked.
        pub blockee: Option<WebhookUser>,
    }
}

webhook_payload! {
    /// `user:unblock`. Note the keys: `unblocker` / `unblockee`.
    pub struct UserUnblocked {
        /// Who unblocked.
        pub unblocker: Option<WebhookUser>,
        /// Who was unblocked.
        pub unblockee: Option<WebhookUser>,
    }
}

webhook_payload! {
    /// `user:push_preference`: a user's application-wide push preferences changed. `user_id` is
    /// a flat string; the rest mirrors the push preference resource (reconstructed).
    pub struct UserPushPreference {
        /// The user.
        pub user_id: String,
        /// The push trigger (`all`, `mention_only`, `off`).
        pub push_trigger_option: Option<String>,
        /// Whether do-not-disturb is on.
        pub do_not_disturb: Option<bool>,
        /// Do-not-disturb start hour.
        pub start_hour: Option<i64>,
        /// Do-not-disturb start minute.
        pub start_min: Option<i64>,
        /// Do-not-disturb end hour.
        pub end_hour: Option<i64>,
        /// Do-not-disturb end minute.
        pub end_min: Option<i64>,
        /// The time zone of the hours.
        pub timezone: Option<String>,
        /// Whether snooze is on.
        pub snooze_enabled: Option<bool>,
        /// Snooze start, Unix milliseconds.
        pub snooze_start_ts: Option<i64>,
        /// Snooze end, Unix milliseconds.
        pub snooze_end_ts: Option<i64>,
        /// The push sound.
        pub push_sound: Option<String>,
        /// Whether pushes from bots are blocked.
        pub block_push_from_bots: Option<bool>,
    }
}

webhook_payload! {
    /// `user:push_channel_preference`: a user's push preference for one channel changed
    /// (reconstructed).
    pub struct UserPushChannelPreference {
        /// The user.
        pub user_id: String,
        /// The channel.
        pub channel_url: Option<String>,
        /// The push trigger for the channel.
        pub push_trigger_option: Option<ChannelPushTriggerOption>,
        /// The push sound for the channel.
        pub push_sound: Option<String>,
    }
}

webhook_payload! {
    /// `user:device_token_register` and `user:device_token_unregister` (reconstructed).
    pub struct DeviceTokenEvent {
        /// The user.
        pub user: Option<WebhookUser>,
        /// The user id, when sent flat.
        pub user_id: Option<String>,
        /// `gcm`, `fcm`, `apns`, `apns_voip` or `huawei`.
        pub token_type: Option<String>,
        /// The device token.
        #[serde(alias = "device_token")]
        pub token: Option<SecretString>,
    }
}

webhook_payload! {
    /// `user:mute`, `user:ban` and `user:deactivate` (advanced moderation; reconstructed).
    pub struct UserModerated {
        /// The user.
        pub user: Option<WebhookUser>,
        /// Who did it, when known.
        pub operator: Option<WebhookUser>,
        /// The channel (mute and ban in a channel).
        pub channel: Option<WebhookChannel>,
        /// The duration in seconds (mute, ban).
        pub seconds: Option<i64>,
        /// The reason.
        pub description: Option<String>,
    }
}

webhook_payload! {
    /// `operators:register_by_operator` and `operators:unregister_by_operator`: an operator's
    /// client app changed the operators (not sent for Platform API changes).
    pub struct OperatorsChanged {
        /// When the change was requested.
        pub requested_at: Option<i64>,
        /// The operator who made the change.
        pub requester: Option<WebhookUser>,
        /// `group_channel` or `open_channel` (singular).
        pub channel_type: Option<String>,
        /// The channel.
        pub channel: WebhookChannel,
        /// The users registered or unregistered.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub operators: Vec<WebhookUser>,
    }
}

webhook_payload! {
    /// A report: `message:report`, `user:report`, `open_channel:report`, `group_channel:report`.
    pub struct ReportEvent {
        /// When the report was made. The docs' example is in Unix **seconds** while the report
        /// resource uses milliseconds: the value is kept as sent.
        pub created_at: Option<i64>,
        /// `message`, `user`, `open_channel` or `group_channel`.
        pub report_type: Option<String>,
        /// `suspicious`, `harassing`, `inappropriate`, `spam` or `custom`.
        pub report_category: Option<String>,
        /// The custom category's name (reconstructed).
        pub custom_report_category_name: Option<String>,
        /// Who reported (absent for Platform API reports without a reporter).
        pub reporting_user: Option<WebhookUser>,
        /// The reported user (message and user reports).
        pub offending_user: Option<WebhookUser>,
        /// The reported message, webhook-shaped (message reports).
        pub reported_message: Option<MessageEvent>,
        /// The channel (the reported channel for channel reports).
        pub channel: Option<WebhookChannel>,
        /// The reporter's description.
        pub report_description: Option<String>,
    }
}

webhook_payload! {
    /// `message:moderation_extension_triggered` (advanced moderation; only the name is
    /// documented, the fields are reconstructed).
    pub struct ModerationExtensionTriggered {
        /// The sender.
        pub sender: Option<WebhookUser>,
        /// The message.
        pub payload: Option<WebhookMessage>,
        /// The channel.
        pub channel: Option<WebhookChannel>,
    }
}

webhook_payload! {
    /// `alert:user_message_rate_limit_exceeded`: no channel, no timestamp, no limit values.
    pub struct RateLimitExceeded {
        /// The user who sent too many messages.
        pub user: Option<WebhookUser>,
    }
}

webhook_payload! {
    /// `profanity_filter:replace`: the message was delivered with explicit words replaced.
    /// Quirk: `replaced_text` is the **original** text, `payload.message` the filtered one.
    pub struct ProfanityReplaced {
        /// The sender.
        pub sender: Option<WebhookUser>,
        /// The members (with `include_members`).
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub members: Vec<WebhookMember>,
        /// The custom message type.
        pub custom_type: Option<String>,
        /// The message type.
        #[serde(rename = "type")]
        pub message_type: Option<MessageType>,
        /// The original text, before filtering.
        pub replaced_text: Option<String>,
        /// The delivered (filtered) message.
        pub payload: WebhookMessage,
        /// The channel.
        pub channel: WebhookChannel,
        /// Where the message came from.
        pub sdk: Option<String>,
    }
}

webhook_payload! {
    /// `profanity_filter:block`: the message was refused (never delivered, so no message id).
    /// `message` is the blocked text. Fields after `category` are reconstructed.
    pub struct ProfanityBlocked in channel {
        /// When the message was blocked.
        pub blocked_at: Option<i64>,
        /// The sender.
        pub sender: Option<WebhookUser>,
        /// The blocked text.
        pub message: Option<String>,
    }
}

webhook_payload! {
    /// `profanity_filter:moderate`: the sender was muted, kicked or banned by the filter's
    /// moderation rule. Fields after `sender` are reconstructed.
    pub struct ProfanityModerated in channel {
        /// When the penalty was applied.
        pub moderated_at: Option<i64>,
        /// `mute`, `kick` or `ban`.
        pub moderation_action: Option<String>,
        /// The penalised sender.
        pub sender: Option<WebhookUser>,
    }
}

webhook_payload! {
    /// `profanity_filter:detect`: explicit words were detected but the message was neither
    /// blocked nor changed (reconstructed).
    pub struct ProfanityDetected in channel {
        /// When the words were detected.
        pub detected_at: Option<i64>,
        /// The sender.
        pub sender: Option<WebhookUser>,
        /// The message, when sent as an object.
        pub payload: Option<WebhookMessage>,
    }
}

webhook_payload! {
    /// `image_moderation:block`: a message with an explicit image or image URL was refused.
    /// Quirk: the text key is `message_text` (vs `message` in `profanity_filter:block`).
    pub struct ImageBlocked {
        /// When the message was blocked.
        pub blocked_at: Option<i64>,
        /// The sender.
        pub sender: Option<WebhookUser>,
        /// The channel.
        pub channel: WebhookChannel,
        /// The blocked message's text.
        pub message_text: Option<String>,
    }
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

webhook_payload! {
    /// `announcement:create_channels` and `announcement:send_messages`: one event per channel
    /// (reconstructed fields).
    pub struct AnnouncementEvent {
        /// The announcement's `unique_id`.
        pub announcement_id: Option<String>,
        /// The announcement group.
        pub announcement_group: Option<String>,
        /// When the channel was created or the message sent.
        pub created_at: Option<i64>,
        /// The announcement's sender (absent for admin messages).
        pub sender: Option<WebhookUser>,
        /// The channel.
        pub channel: WebhookChannel,
        /// The sent message (`send_messages`).
        pub message: Option<AnnouncementMessage>,
    }
}

/// The bot of a `bot_message_notification`: the same object as a [`Bot`]'s identity
/// (`bot_token` is the token to compare with yours to check the callback's origin).
///
/// [`Bot`]: crate::bots::Bot
pub type WebhookBot = crate::bots::BotIdentity;

webhook_payload! {
    /// `bot_message_notification`: what Sendbird posts to a bot's `bot_callback_url` when a
    /// message is sent in a channel the bot is in (not a webhook category; `channel` and
    /// `message` are reconstructed).
    pub struct BotMessageNotification {
        /// The bot.
        pub bot: Option<WebhookBot>,
        /// The message's sender.
        pub sender: Option<WebhookUser>,
        /// The channel's members.
        #[serde(deserialize_with = "sendbird_core::de::null_as_default")]
        pub members: Vec<WebhookMember>,
        /// The channel.
        pub channel: WebhookChannel,
        /// The message.
        pub message: Option<AnnouncementMessage>,
        /// When the message was sent, Unix milliseconds (order messages by it).
        pub ts: Option<i64>,
    }
}
