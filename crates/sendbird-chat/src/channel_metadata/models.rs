//! The metacounter mode and the response types of the channel metadata endpoints.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

sendbird_core::string_enum! {
    /// How a metacounter update applies its values.
    pub enum MetacounterMode {
        /// Replace the stored value (Sendbird's default).
        Set,
        /// Add the given value to the stored one.
        Increase,
        /// Subtract the given value from the stored one.
        Decrease,
    }
}

/// The response of [`CreateChannelMetadata`](super::CreateChannelMetadata).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateChannelMetadataResponse {
    /// The stored items.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub metadata: HashMap<String, String>,
    /// When the items were created, if `include_ts` was requested. Unix milliseconds by
    /// Sendbird's general convention (the docs give neither unit nor example).
    #[serde(default)]
    pub include_ts: Option<i64>,
}
