//! The group channel resource and its members.
//!
//! Timestamps: a channel's `created_at` is in Unix **seconds**; `invited_at`,
//! `ts_message_offset`, `user_last_read`, receipts and a member's `last_seen_at` are Unix
//! milliseconds; `joined_ts` is Unix seconds. Each field states its unit.

use std::collections::HashMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::models::{Message, User};

sendbird_core::string_enum! {
    /// A user's role in a channel (`my_role`, a member's `role`). Sendbird sends `""` for
    /// ordinary members, so the empty string is a known value here.
    pub enum ChannelRole {
        /// No role, sent as an empty string.
        Blank = "",
        /// No role, sent as `none`.
        NoRole = "none",
        /// A channel operator.
        Operator,
    }
}

impl ChannelRole {
    /// `true` for [`ChannelRole::Operator`].
    pub fn is_operator(&self) -> bool {
        matches!(self, ChannelRole::Operator)
    }
}

sendbird_core::string_enum! {
    /// A user's membership state in a group channel (`member_state`, a member's `state`,
    /// the check-member `state`).
    pub enum MemberState {
        /// Joined the channel.
        Joined,
        /// Invited, has not accepted yet.
        Invited,
        /// Not a member (`none`).
        NotMember = "none",
    }
}

sendbird_core::string_enum! {
    /// Whether and how a channel is hidden from a user's channel list (`hidden_state`, the
    /// values of `hidden_status` when creating or inviting).
    pub enum HiddenState {
        /// Shown in the channel list.
        Unhidden,
        /// Hidden until a new message arrives.
        HiddenAllowAutoUnhide,
        /// Hidden (archived) until explicitly unhidden.
        HiddenPreventAutoUnhide,
    }
}

sendbird_core::string_enum! {
    /// Which messages trigger push notifications for a user in a channel.
    pub enum ChannelPushTriggerOption {
        /// Follow the user's application-wide setting.
        Default,
        /// Every new message.
        All,
        /// Only messages mentioning the user.
        MentionOnly,
        /// No push notifications.
        Off,
        /// No push notifications (legacy spelling).
        False,
    }
}

sendbird_core::string_enum! {
    /// Which unread counts a user keeps for a channel (`count_preference`).
    pub enum CountPreference {
        /// Both unread message and unread mention counts.
        All,
        /// Only the unread message count.
        UnreadMessageCountOnly,
        /// Only the unread mention count.
        UnreadMentionedCountOnly,
        /// No counts.
        Off,
        /// No counts (legacy spelling).
        False,
    }
}

sendbird_core::string_enum! {
    /// Whether the user is muted in a channel (`my_muted_state`).
    pub enum MutedState {
        /// Muted.
        Muted,
        /// Not muted.
        Unmuted,
    }
}

channel_model! {
    /// A group channel.
    ///
    /// Which fields are present depends on the call: `members` only with `show_member`,
    /// receipts only with `show_read_receipt` / `show_delivery_receipt`, `metadata` only with
    /// `show_metadata`, and the per-user fields (`my_role`, `member_state`, `inviter`,
    /// `invited_at`, `joined_ts`, `hidden_state`, `unread_*`, `push_trigger_option`,
    /// `count_preference`, `is_muted`...) only when a user is in scope (`user_id` or
    /// `my_group_channels`).
    pub struct GroupChannel {
        /// The channel URL (its id).
        pub channel_url: String,
        /// The internal numeric id (some responses only).
        #[serde(default)]
        pub id: Option<i64>,
        /// Reused for the same set of members.
        #[serde(default)]
        pub is_distinct: Option<bool>,
        /// Joinable without an invitation.
        #[serde(default)]
        pub is_public: Option<bool>,
        /// A Supergroup channel.
        #[serde(default)]
        pub is_super: Option<bool>,
        /// A broadcast channel (only operators send).
        #[serde(default)]
        pub is_broadcast: Option<bool>,
        /// An exclusive channel.
        #[serde(default)]
        pub is_exclusive: Option<bool>,
        /// Messages are not persisted.
        #[serde(default)]
        pub is_ephemeral: Option<bool>,
        /// Listed in public channel searches.
        #[serde(default)]
        pub is_discoverable: Option<bool>,
        /// Joining needs an access code.
        #[serde(default)]
        pub is_access_code_required: Option<bool>,
        /// Frozen: only operators can send messages.
        #[serde(default)]
        pub freeze: Option<bool>,
        /// The profanity filter does not apply.
        #[serde(default)]
        pub ignore_profanity_filter: Option<bool>,
        /// A bot is a member.
        #[serde(default)]
        pub has_bot: Option<bool>,
        /// An AI bot is a member.
        #[serde(default)]
        pub has_ai_bot: Option<bool>,
        /// Number of members (joined and invited).
        #[serde(default)]
        pub member_count: Option<i64>,
        /// Number of joined members.
        #[serde(default)]
        pub joined_member_count: Option<i64>,
        /// Unread messages of the user in scope.
        #[serde(default)]
        pub unread_message_count: Option<i64>,
        /// Unread mentions of the user in scope.
        #[serde(default)]
        pub unread_mention_count: Option<i64>,
        /// Longest accepted message, in characters.
        #[serde(default)]
        pub max_length_message: Option<i64>,
        /// Message retention for disappearing messages, in seconds (`-1`: off).
        #[serde(default)]
        pub message_survival_seconds: Option<i64>,
        /// Creation time, Unix seconds.
        #[serde(default)]
        pub created_at: Option<i64>,
        /// Who created the channel, if known (`null` for channels created without one).
        #[serde(default, deserialize_with = "lenient_user")]
        pub created_by: Option<User>,
        /// The members (with `show_member`).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub members: Vec<GroupChannelMember>,
        /// The operators.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub operators: Vec<User>,
        /// The latest message, if any.
        #[serde(default)]
        pub last_message: Option<Message>,
        /// The legacy nested summary of the channel.
        #[serde(default)]
        pub channel: Option<GroupChannelSummary>,
        /// Disappearing-message settings.
        #[serde(default)]
        pub disappearing_message: Option<DisappearingMessageSettings>,
        /// SMS fallback settings.
        #[serde(default)]
        pub sms_fallback: Option<SmsFallbackSettings>,
        /// Who invited the user in scope; `null` when nobody did.
        #[serde(default, deserialize_with = "lenient_user")]
        pub inviter: Option<User>,
        /// When the user in scope was invited, Unix milliseconds.
        #[serde(default)]
        pub invited_at: Option<i64>,
        /// When the user in scope joined, Unix seconds (`null`/0 if not joined).
        #[serde(default)]
        pub joined_ts: Option<i64>,
        /// The membership state of the user in scope.
        #[serde(default)]
        pub member_state: Option<MemberState>,
        /// The role of the user in scope (`""`, `none` or `operator`).
        #[serde(default)]
        pub my_role: Option<ChannelRole>,
        /// Whether the user in scope is muted (legacy form of `is_muted`).
        #[serde(default)]
        pub my_muted_state: Option<MutedState>,
        /// Whether the channel is hidden for the user in scope.
        #[serde(default)]
        pub is_hidden: Option<bool>,
        /// How the channel is hidden for the user in scope.
        #[serde(default)]
        pub hidden_state: Option<HiddenState>,
        /// Push notification trigger of the user in scope.
        #[serde(default)]
        pub push_trigger_option: Option<ChannelPushTriggerOption>,
        /// Whether push notifications are on for the user in scope.
        #[serde(default)]
        pub is_push_enabled: Option<bool>,
        /// Unread counts kept for the user in scope.
        #[serde(default)]
        pub count_preference: Option<CountPreference>,
        /// Whether the user in scope is muted.
        #[serde(default)]
        pub is_muted: Option<bool>,
        /// Messages at or before this time are hidden from the user in scope (after a chat
        /// history reset), Unix milliseconds.
        #[serde(default)]
        pub ts_message_offset: Option<i64>,
        /// When the user in scope last read the channel, Unix milliseconds.
        #[serde(default)]
        pub user_last_read: Option<i64>,
        /// Per member: when they last read the channel, Unix milliseconds
        /// (with `show_read_receipt`).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub read_receipt: HashMap<String, i64>,
        /// Per member: when messages were last delivered to them, Unix milliseconds
        /// (with `show_delivery_receipt`).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub delivery_receipt: HashMap<String, i64>,
        /// Channel metadata (with `show_metadata`).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub metadata: HashMap<String, String>,
    }
}

channel_model! {
    /// The legacy `channel` object nested in a group channel: a summary of the same channel.
    pub struct GroupChannelSummary {
        /// The channel URL.
        #[serde(default)]
        pub channel_url: Option<String>,
        /// Creation time, Unix seconds.
        #[serde(default)]
        pub created_at: Option<i64>,
        /// Number of members.
        #[serde(default)]
        pub member_count: Option<i64>,
        /// Longest accepted message, in characters.
        #[serde(default)]
        pub max_length_message: Option<i64>,
    }
}

/// Disappearing-message settings of a channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DisappearingMessageSettings {
    /// How long messages live, in seconds (`-1`: forever).
    #[serde(default)]
    pub message_survival_seconds: Option<i64>,
    /// Whether the countdown starts when a message is read.
    #[serde(default)]
    pub is_triggered_by_message_read: Option<bool>,
}

/// SMS fallback settings of a channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SmsFallbackSettings {
    /// Seconds to wait for a read before sending an SMS (`-1`: off).
    #[serde(default)]
    pub wait_seconds: Option<i64>,
    /// Users who never get the SMS.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub exclude_user_ids: Vec<String>,
}

user_model! {
    /// A member of a group channel: the user's profile plus channel-specific state.
    pub struct GroupChannelMember {
        /// The user is connected.
        #[serde(default)]
        pub is_online: Option<bool>,
        /// Last time the user was online, Unix milliseconds (0: online now or never).
        #[serde(default)]
        pub last_seen_at: Option<i64>,
        /// Joined or invited.
        #[serde(default)]
        pub state: Option<MemberState>,
        /// The role in the channel (`""`, `none` or `operator`).
        #[serde(default)]
        pub role: Option<ChannelRole>,
        /// Muted in the channel.
        #[serde(default)]
        pub is_muted: Option<bool>,
        /// When the mute ends, Unix milliseconds (`-1`: indefinitely).
        #[serde(default)]
        pub muted_end_at: Option<i64>,
        /// Why the member was muted.
        #[serde(default)]
        pub muted_description: Option<String>,
        /// The user given as `user_id` blocks this member.
        #[serde(default)]
        pub is_blocked_by_me: Option<bool>,
        /// This member blocks the user given as `user_id`.
        #[serde(default)]
        pub is_blocking_me: Option<bool>,
        /// Push notifications are on for this member in the channel.
        #[serde(default)]
        pub push_enabled: Option<bool>,
        /// The member's push trigger for the channel.
        #[serde(default)]
        pub push_trigger_option: Option<ChannelPushTriggerOption>,
        /// Do-not-disturb is on.
        #[serde(default)]
        pub do_not_disturb: Option<bool>,
        /// Friend discovery keys (sent as a list, a single string or `null`).
        #[serde(default, deserialize_with = "super::de::string_or_list")]
        pub friend_discovery_key: Vec<String>,
        /// The friend name, if the user is a friend.
        #[serde(default)]
        pub friend_name: Option<String>,
        /// Preferred languages.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub preferred_languages: Vec<String>,
        /// When the member last read the channel, Unix milliseconds (with `show_read_receipt`).
        #[serde(default)]
        pub read_ts: Option<i64>,
        /// When messages were last delivered to the member, Unix milliseconds
        /// (with `show_delivery_receipt`).
        #[serde(default)]
        pub delivered_ts: Option<i64>,
        /// When the member joined, Unix seconds.
        #[serde(default)]
        pub joined_ts: Option<i64>,
    }
}

/// Decodes a user object, treating `null`, `{}` and objects without `user_id` as absent.
fn lenient_user<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<User>, D::Error> {
    let user = Option::<User>::deserialize(deserializer)?;
    Ok(user.filter(|user| !user.user_id.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_role_and_null_inviter_decode() {
        let channel: GroupChannel = serde_json::from_value(serde_json::json!({
            "channel_url": "c1",
            "my_role": "",
            "inviter": null,
            "created_by": {},
            "members": null,
            "read_receipt": null,
            "joined_ts": null
        }))
        .expect("decodes");
        assert_eq!(channel.my_role, Some(ChannelRole::Blank));
        assert!(!channel
            .my_role
            .as_ref()
            .is_some_and(ChannelRole::is_operator));
        assert_eq!(channel.inviter, None);
        assert_eq!(channel.created_by, None);
        assert!(channel.members.is_empty());
        assert!(channel.read_receipt.is_empty());
        assert_eq!(channel.joined_ts, None);
    }

    #[test]
    fn member_friend_key_accepts_string_list_and_null() {
        let decode = |key: serde_json::Value| {
            let member: GroupChannelMember = serde_json::from_value(
                serde_json::json!({"user_id": "u", "friend_discovery_key": key, "role": "operator"}),
            )
            .expect("decodes");
            assert_eq!(member.role, Some(ChannelRole::Operator));
            member.friend_discovery_key
        };
        assert_eq!(decode(serde_json::json!(null)), Vec::<String>::new());
        assert_eq!(decode(serde_json::json!("k")), ["k"]);
        assert_eq!(decode(serde_json::json!(["a", "b"])), ["a", "b"]);
    }

    #[test]
    fn unknown_enum_values_are_kept() {
        let state: MemberState = serde_json::from_str("\"left\"").expect("decodes");
        assert_eq!(state, MemberState::Unknown("left".into()));
        let option: ChannelPushTriggerOption =
            serde_json::from_str("\"mention_only\"").expect("decodes");
        assert_eq!(option, ChannelPushTriggerOption::MentionOnly);
    }
}
