//! The messages of a migration request.

use serde::{Deserialize, Serialize};

use crate::models::{MessageType, SortedMetaarrayItem};

/// One message to import with [`MigrateMessages`](super::MigrateMessages): a text (`MESG`),
/// file (`FILE`, by URL) or admin (`ADMM`) message with its original send time.
///
/// ```
/// use sendbird_chat::migration::MigrationMessage;
///
/// let message = MigrationMessage::text("alice", "Hello", 1_600_000_000_000).custom_type("legacy");
/// assert_eq!(
///     serde_json::to_value(&message).unwrap(),
///     serde_json::json!({"message_type": "MESG", "user_id": "alice", "message": "Hello",
///                        "timestamp": 1_600_000_000_000_i64, "custom_type": "legacy"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MigrationMessage {
    /// `MESG`, `FILE` or `ADMM`.
    pub message_type: MessageType,
    /// The original send time, Unix milliseconds.
    pub timestamp: i64,
    /// The sender, an existing user (`MESG`, `FILE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The text (`MESG`, `ADMM`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The URL of the file, hosted elsewhere (`FILE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The file name (`FILE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The file size in bytes (`FILE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_size: Option<i64>,
    /// The MIME type (`FILE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
    /// Thumbnail URLs (`FILE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnails: Option<Vec<String>>,
    /// Require an auth key to fetch the file (`FILE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_auth: Option<bool>,
    /// Extra data of a file message (`FILE`; Sendbird's field name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field: Option<String>,
    /// A custom message type (at most 128 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_type: Option<String>,
    /// Free-form extra data (`MESG`, `ADMM`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// The mentioned users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentioned_user_ids: Option<Vec<String>>,
    /// Imported silently (`ADMM`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_silent: Option<bool>,
    /// A deduplication id: a message whose id was already imported into the channel is
    /// skipped, which makes retrying a batch safe when every message has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dedup_id: Option<String>,
    /// Key-values items to store with the message, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sorted_metaarray: Option<Vec<SortedMetaarrayItem>>,
}

impl MigrationMessage {
    fn new(message_type: MessageType, timestamp: i64) -> Self {
        Self {
            message_type,
            timestamp,
            user_id: None,
            message: None,
            url: None,
            file_name: None,
            file_size: None,
            file_type: None,
            thumbnails: None,
            require_auth: None,
            custom_field: None,
            custom_type: None,
            data: None,
            mentioned_user_ids: None,
            is_silent: None,
            dedup_id: None,
            sorted_metaarray: None,
        }
    }

    /// A text message `user_id` sent at `timestamp` (Unix milliseconds).
    pub fn text(user_id: impl Into<String>, message: impl Into<String>, timestamp: i64) -> Self {
        Self {
            user_id: Some(user_id.into()),
            message: Some(message.into()),
            ..Self::new(MessageType::User, timestamp)
        }
    }

    /// A file message `user_id` sent at `timestamp`, pointing at a hosted file.
    pub fn file(user_id: impl Into<String>, url: impl Into<String>, timestamp: i64) -> Self {
        Self {
            user_id: Some(user_id.into()),
            url: Some(url.into()),
            ..Self::new(MessageType::File, timestamp)
        }
    }

    /// An admin message sent at `timestamp`.
    pub fn admin(message: impl Into<String>, timestamp: i64) -> Self {
        Self {
            message: Some(message.into()),
            ..Self::new(MessageType::Admin, timestamp)
        }
    }

    /// Sets the file name, size in bytes and MIME type (file messages).
    pub fn file_info(
        mut self,
        file_name: impl Into<String>,
        file_size: i64,
        file_type: impl Into<String>,
    ) -> Self {
        self.file_name = Some(file_name.into());
        self.file_size = Some(file_size);
        self.file_type = Some(file_type.into());
        self
    }

    /// Imports an admin message silently.
    pub fn silent(mut self, is_silent: bool) -> Self {
        self.is_silent = Some(is_silent);
        self
    }
}

option_setters! {
    impl MigrationMessage {
        /// Sets the key-values items.
        sorted_metaarray: value Vec<SortedMetaarrayItem>,
        /// Sets the mentioned users.
        mentioned_user_ids: list String,
        /// Sets the thumbnail URLs (file messages).
        thumbnails: list String,
        /// Sets the custom message type.
        custom_type: into String,
        /// Sets the free-form data (text and admin messages).
        data: into String,
        /// Sets the deduplication id.
        dedup_id: into String,
    }
}
