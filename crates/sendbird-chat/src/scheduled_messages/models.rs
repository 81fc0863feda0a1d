//! Scheduled messages as Sendbird returns them, their statuses and the list filters.

use sendbird_core::IntoParam;
use serde::{Deserialize, Deserializer, Serialize};

use crate::models::{
    MentionType, MessageFile, MessageThumbnail, MessageType, MessageUser, RepeatedList,
    SortedMetaarrayItem,
};

sendbird_core::string_enum! {
    /// Where a scheduled message is in its life cycle (`scheduled_status`).
    pub enum ScheduledMessageStatus {
        /// Waiting for its scheduled time.
        Pending,
        /// Being sent by Sendbird's scheduler.
        InQueue,
        /// Sent into the channel.
        Sent,
        /// Could not be sent (e.g. the sender may no longer send in the channel).
        Failed,
        /// Canceled before it was sent.
        Canceled,
        /// Dropped because the sender left the channel. Not in the Platform API docs' table;
        /// the official client SDKs know it.
        Removed,
    }
}

sendbird_core::string_enum! {
    /// Sort order of the scheduled message list.
    pub enum ScheduledMessageOrder {
        /// Newest created first (default).
        CreatedAt,
        /// By scheduled time, the soonest first.
        ScheduledAt,
    }
}

/// The statuses a scheduled message list or count is narrowed to. Sent as one repeated
/// `status` query key per value (`status=pending&status=failed`), as Sendbird's official
/// clients do; the docs name the parameter `status[]` without saying how it is encoded.
///
/// ```
/// use sendbird_chat::scheduled_messages::{ScheduledMessageStatus, StatusFilter};
///
/// let filter = StatusFilter::from([ScheduledMessageStatus::Pending, ScheduledMessageStatus::Failed]);
/// assert_eq!(filter.as_slice().len(), 2);
/// ```
pub type StatusFilter = RepeatedList<ScheduledMessageStatus>;

impl From<ScheduledMessageStatus> for StatusFilter {
    fn from(value: ScheduledMessageStatus) -> Self {
        [value].into()
    }
}

impl IntoParam<StatusFilter> for ScheduledMessageStatus {
    fn into_param(self) -> StatusFilter {
        self.into()
    }
}

/// A scheduled message: the message to send (text, file or admin) plus its schedule.
///
/// The docs list `sender_id`; the official client SDKs read the sender as a `user` object:
/// both are kept. Timestamps are Unix milliseconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScheduledMessage {
    /// The scheduled message id (the path parameter of get, update, cancel and send now).
    pub scheduled_message_id: i64,
    /// `MESG`, `FILE` or `ADMM`.
    #[serde(default, rename = "type")]
    pub message_type: Option<MessageType>,
    /// The status.
    #[serde(default)]
    pub scheduled_status: Option<ScheduledMessageStatus>,
    /// When the message is to be sent, Unix milliseconds (truncated to the minute).
    #[serde(default)]
    pub scheduled_at: i64,
    /// When the scheduled message was created, Unix milliseconds.
    #[serde(default)]
    pub created_at: i64,
    /// When it was last updated, Unix milliseconds (0 if never).
    #[serde(default)]
    pub updated_at: Option<i64>,
    /// When it was sent, Unix milliseconds (0 until sent).
    #[serde(default)]
    pub sent_at: Option<i64>,
    /// The id of the channel message it became, once sent (0 or absent before).
    #[serde(default)]
    pub message_id: Option<i64>,
    /// The target group channel.
    #[serde(default)]
    pub channel_url: String,
    /// The channel's kind as Sendbird names it in messages (`group`).
    #[serde(default)]
    pub channel_type: Option<String>,
    /// The sender's user id (absent for admin messages).
    #[serde(default)]
    pub sender_id: Option<String>,
    /// The sender (absent or null for admin messages).
    #[serde(default)]
    pub user: Option<MessageUser>,
    /// The text (`MESG`, `ADMM`).
    #[serde(default)]
    pub message: Option<String>,
    /// The custom message type.
    #[serde(default)]
    pub custom_type: Option<String>,
    /// Free-form extra data.
    #[serde(default)]
    pub data: Option<String>,
    /// Whether members get a push notification.
    #[serde(default)]
    pub send_push: Option<bool>,
    /// Who gets notified of mentions.
    #[serde(default)]
    pub mention_type: Option<MentionType>,
    /// The mentioned users.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub mentioned_users: Vec<MessageUser>,
    /// Whether the message is sent silently.
    #[serde(default)]
    pub is_silent: Option<bool>,
    /// Whether sending marks the channel as read for the sender.
    #[serde(default)]
    pub mark_as_read: Option<bool>,
    /// Key-values items, in order. Accepted as a list of `{key, value}` items or, as some
    /// responses send it, one object of `key: [values]`.
    #[serde(default, deserialize_with = "metaarray")]
    pub sorted_metaarray: Vec<SortedMetaarrayItem>,
    /// The file (`FILE`).
    #[serde(default)]
    pub file: Option<MessageFile>,
    /// Thumbnails of the file (`FILE`).
    #[serde(default, deserialize_with = "crate::models::thumbnails")]
    pub thumbnails: Vec<MessageThumbnail>,
    /// Whether the file needs an auth key to be fetched (`FILE`).
    #[serde(default)]
    pub require_auth: Option<bool>,
}

impl ScheduledMessage {
    /// The sender's user id: `sender_id`, or the `user` object's id.
    pub fn sender(&self) -> Option<&str> {
        self.sender_id
            .as_deref()
            .or_else(|| self.user.as_ref().map(|u| u.user_id.as_str()))
    }
}

/// `sorted_metaarray` as a list of items or an object of `key: [values]`, read in one pass.
fn metaarray<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<SortedMetaarrayItem>, D::Error> {
    struct MetaarrayVisitor;

    impl<'de> serde::de::Visitor<'de> for MetaarrayVisitor {
        type Value = Vec<SortedMetaarrayItem>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a list of {key, value} items or an object of key: [values]")
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element::<SortedMetaarrayItem>()? {
                items.push(item);
            }
            Ok(items)
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while let Some((key, values)) = map.next_entry::<String, Option<Vec<String>>>()? {
                items.push(SortedMetaarrayItem::new(key, values.unwrap_or_default()));
            }
            Ok(items)
        }

        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
    }

    deserializer.deserialize_any(MetaarrayVisitor)
}

list_response! {
    /// The response of [`ListScheduledMessages`](super::ListScheduledMessages).
    pub struct ListScheduledMessagesResponse {
        /// The scheduled messages of this page.
        scheduled_messages: Vec<ScheduledMessage>,
    }
}

/// The response of [`GetScheduledMessageCount`](super::GetScheduledMessageCount).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScheduledMessageCount {
    /// How many scheduled messages match.
    #[serde(default)]
    pub count: i64,
}
