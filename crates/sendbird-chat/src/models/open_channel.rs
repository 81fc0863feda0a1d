//! The open channel resource.

use std::collections::HashMap;

use crate::models::User;

channel_model! {
    /// An open channel: a public chat that users enter without an invitation.
    ///
    /// Sendbird omits or nulls fields freely, so everything but the URL is optional; `operators`
    /// and `metadata` decode as empty when absent or `null`.
    pub struct OpenChannel {
        /// The channel URL (its unique id).
        pub channel_url: String,
        /// The number of participants currently in the channel.
        #[serde(default)]
        pub participant_count: Option<i64>,
        /// The longest message allowed in the channel, in characters; `-1` means unlimited.
        #[serde(default)]
        pub max_length_message: Option<i64>,
        /// When the channel was created, in Unix seconds (not milliseconds).
        #[serde(default)]
        pub created_at: Option<i64>,
        /// The channel's operators.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub operators: Vec<User>,
        /// Whether the channel is frozen (only operators may send messages).
        #[serde(default)]
        pub freeze: Option<bool>,
        /// Whether messages are not stored (no chat history can be retrieved).
        #[serde(default)]
        pub is_ephemeral: Option<bool>,
        /// Whether the channel uses dynamic partitioning (subchannels).
        #[serde(default)]
        pub is_dynamic_partitioned: Option<bool>,
        /// The channel metadata; only sent when asked for (`show_metadata=true` on lists).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub metadata: HashMap<String, String>,
        /// The user who created the channel, when Sendbird includes it (older API versions).
        #[serde(default)]
        pub creator: Option<User>,
        /// The user who created the channel, when Sendbird includes it.
        #[serde(default)]
        pub created_by: Option<User>,
    }
}
