//! Request and response types of the messages family.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::models::{Message, SortedMetaarrayItem};

sendbird_core::string_enum! {
    /// `operator_filter` of [`ListMessages`](super::ListMessages): whose messages to list.
    pub enum OperatorFilter {
        /// Everyone's (default).
        All,
        /// Operators' only.
        Operator,
        /// Non-operators' only.
        NonOperator = "nonoperator",
    }
}

sendbird_core::string_enum! {
    /// `include_reply_type` of [`ListMessages`](super::ListMessages): which thread replies to list.
    pub enum ReplyType {
        /// No replies.
        None = "NONE",
        /// All replies.
        All = "ALL",
        /// Only replies also sent to the channel.
        OnlyReplyToChannel = "ONLY_REPLY_TO_CHANNEL",
    }
}

sendbird_core::string_enum! {
    /// `sort_field` of [`SearchMessages`](super::SearchMessages).
    pub enum SearchSortField {
        /// By relevance (default).
        Score,
        /// By time.
        Ts,
    }
}

sendbird_core::string_enum! {
    /// `mode` of [`UpdateMessageMetadata`](super::UpdateMessageMetadata): what to do with the given values.
    pub enum MetaarrayUpdateMode {
        /// Add the values not yet present.
        Add,
        /// Remove the values present.
        Remove,
    }
}

/// `push_message_template` of [`SendMessage`](super::SendMessage): a named template of the application, or a
/// custom title and body (group channels; text and admin messages).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum PushMessageTemplate {
    /// A named template: `default` or `alternative`.
    Named(String),
    /// A custom template; `title` and `body` may use `{sender_name}` and `{message}`.
    Custom {
        /// The notification title.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// The notification body (default: the message text).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        body: Option<String>,
    },
}

impl PushMessageTemplate {
    /// The application's `default` template.
    pub fn default_template() -> Self {
        Self::Named("default".to_owned())
    }

    /// The application's `alternative` template.
    pub fn alternative() -> Self {
        Self::Named("alternative".to_owned())
    }

    /// A custom title and body.
    pub fn custom(title: impl Into<String>, body: impl Into<String>) -> Self {
        Self::Custom {
            title: Some(title.into()),
            body: Some(body.into()),
        }
    }
}

/// `apple_critical_alert_options` of [`SendMessage`](super::SendMessage): an iOS critical alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AppleCriticalAlertOptions {
    /// The sound file name (`default` for the system sound).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The volume, 0.0–1.0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<f64>,
}

impl AppleCriticalAlertOptions {
    /// Options with a sound name and a volume (0.0–1.0).
    pub fn new(name: impl Into<String>, volume: f64) -> Self {
        Self {
            name: Some(name.into()),
            volume: Some(volume),
        }
    }
}

/// The response of [`MarkGroupChannelMessagesAsDelivered`](super::MarkGroupChannelMessagesAsDelivered).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MarkAsDeliveredResponse {
    /// The user's new delivery timestamp, Unix milliseconds; absent when it did not change.
    #[serde(default)]
    pub ts: Option<i64>,
}

/// The response of [`GetMembersUnreadMessageCount`](super::GetMembersUnreadMessageCount).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MembersUnreadCounts {
    /// Unread message count per member user id.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub unread: HashMap<String, i64>,
}

list_response! {
    /// The response of [`SearchMessages`](super::SearchMessages).
    pub struct SearchMessagesResponse {
        /// The matching messages of this page.
        results: Vec<Message>,
        /// Whether another page exists.
        #[serde(default)]
        pub has_next: Option<bool>,
        /// Total number of matches.
        #[serde(default)]
        pub total_count: Option<i64>,
        /// A cursor after the last result.
        #[serde(default)]
        pub end_cursor: Option<String>,
    }
}

/// The response of [`ListMessages`](super::ListMessages).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListMessagesResponse {
    /// The messages of the window, oldest first (newest first with `reverse=true`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub messages: Vec<Message>,
}

/// The response of [`GetTotalMessageCount`](super::GetTotalMessageCount).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TotalMessageCount {
    /// Number of messages in the channel.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub total: i64,
}

/// The users or the count of one reaction in a [`MessageReactionList`](super::MessageReactionList).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ReactionTally {
    /// The ids of the users who added it (`list_users=true`).
    UserIds(Vec<String>),
    /// How many users added it (`list_users=false`, the default).
    Count(i64),
    /// Any other shape, as sent.
    Other(Value),
}

/// The response of [`ListMessageReactions`](super::ListMessageReactions): reaction key → users or count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
#[non_exhaustive]
pub struct MessageReactionList {
    /// The reactions by key.
    pub reactions: HashMap<String, ReactionTally>,
}

/// The response of [`AddMessageReaction`](super::AddMessageReaction) and [`RemoveMessageReaction`](super::RemoveMessageReaction).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReactionChange {
    /// The user who reacted.
    #[serde(default)]
    pub user_id: Option<String>,
    /// The reaction key.
    #[serde(default)]
    pub reaction: Option<String>,
    /// `ADD` or `DELETE`.
    #[serde(default)]
    pub operation: Option<String>,
    /// Whether the change was applied.
    #[serde(default)]
    pub success: Option<bool>,
    /// The message id.
    #[serde(default)]
    pub msg_id: Option<i64>,
    /// When the change happened, Unix milliseconds.
    #[serde(default)]
    pub updated_at: Option<i64>,
}

/// The response of [`AddMessageMetadata`](super::AddMessageMetadata) and [`UpdateMessageMetadata`](super::UpdateMessageMetadata).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MessageMetaarray {
    /// The message's items after the change.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub sorted_metaarray: Vec<SortedMetaarrayItem>,
}
