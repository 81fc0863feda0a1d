//! Channel metadata (string values) and metacounters (integer values) of open or group
//! channels, under `/{channel_type}/{channel_url}/metadata` and `.../metacounter`.
//!
//! Keys are at most 128 characters and may not contain a comma; metadata values are strings
//! of at most 190 characters; metacounter values are integers.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use sendbird_chat::channel_metadata::MetacounterMode;
//! use sendbird_chat::models::ChannelType;
//!
//! let meta = chat.channel_metadata(ChannelType::GroupChannels, "my_channel");
//! meta.create([("theme", "dark"), ("lang", "en")]).await?;
//! let theme = meta.get().keys(["theme"]).await?;
//! meta.create_counters([("likes", 0)]).await?;
//! let likes = meta
//!     .update_counter("likes", 1)
//!     .mode(MetacounterMode::Increase)
//!     .await?;
//! # let _ = (theme, likes);
//! # Ok(()) }
//! ```

use std::collections::HashMap;

use sendbird_core::{Empty, StringList};
use serde::{Deserialize, Serialize};

use crate::models::ChannelType;
use crate::{ChatClient, Pending};

sendbird_core::string_enum! {
    /// How a metacounter update applies its values.
    pub enum MetacounterMode {
        /// Replace the stored value (Sendbird's default).
        Set = "set",
        /// Add the given value to the stored one.
        Increase = "increase",
        /// Subtract the given value from the stored one.
        Decrease = "decrease",
    }
}

/// The response of [`CreateChannelMetadata`].
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

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Retrieves a channel's metacounter items (all, or those named by `key` / `keys`).
    pub struct GetChannelMetacounter {
        operation: "get_channel_metacounter",
        request: GET "/{channel_type}/{channel_url}/metacounter",
        response: HashMap<String, i64>,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            }
        optional {
            /// Only the item with this key.
            query key: String,
            /// Only the items with these keys.
            query keys: StringList,
        }
    }

    /// Creates metacounter items in a channel (fails with 400202 if a key exists).
    pub struct CreateChannelMetacounter {
        operation: "create_channel_metacounter",
        request: POST "/{channel_type}/{channel_url}/metacounter",
        response: HashMap<String, i64>,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The items to store: key → integer value.
            body metacounter: HashMap<String, i64>,
        }
        optional {}
    }

    /// Updates metacounter items (set, increase or decrease them); answers the new values.
    pub struct UpdateChannelMetacounter {
        operation: "update_channel_metacounter",
        request: PUT "/{channel_type}/{channel_url}/metacounter",
        response: HashMap<String, i64>,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The items to update: key → value (or amount, with `mode`).
            body metacounter: HashMap<String, i64>,
        }
        optional {
            /// How to apply the values (default `set`).
            body mode: MetacounterMode,
            /// Add items whose keys don't exist yet (default false: unknown keys fail).
            body upsert: bool,
        }
    }

    /// Deletes all metacounter items of a channel.
    pub struct DeleteChannelMetacounter {
        operation: "delete_channel_metacounter",
        request: DELETE "/{channel_type}/{channel_url}/metacounter",
        response: Empty,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
        }
        optional {}
    }

    /// Retrieves one metacounter item: the response maps its key to its value.
    pub struct GetChannelMetacounterByKey {
        operation: "get_channel_metacounter_by_key",
        request: GET "/{channel_type}/{channel_url}/metacounter/{key}",
        response: HashMap<String, i64>,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The item's key.
            path key: String,
        }
        optional {}
    }

    /// Updates one metacounter item; the response maps its key to its new value.
    pub struct UpdateChannelMetacounterByKey {
        operation: "update_channel_metacounter_by_key",
        request: PUT "/{channel_type}/{channel_url}/metacounter/{key}",
        response: HashMap<String, i64>,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The item's key.
            path key: String,
            /// The new value (or amount, with `mode`).
            body value: i64,
        }
        optional {
            /// How to apply the value (default `set`).
            body mode: MetacounterMode,
            /// Create the item if the key doesn't exist (default false).
            body upsert: bool,
        }
    }

    /// Deletes one metacounter item.
    pub struct DeleteChannelMetacounterByKey {
        operation: "delete_channel_metacounter_by_key",
        request: DELETE "/{channel_type}/{channel_url}/metacounter/{key}",
        response: Empty,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The item's key.
            path key: String,
        }
        optional {}
    }

    /// Retrieves a channel's metadata items (all, or those named by `key` / `keys`).
    pub struct GetChannelMetadata {
        operation: "get_channel_metadata",
        request: GET "/{channel_type}/{channel_url}/metadata",
        response: HashMap<String, String>,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
        }
        optional {
            /// Only the item with this key.
            query key: String,
            /// Only the items with these keys.
            query keys: StringList,
        }
    }

    /// Creates metadata items in a channel (fails with 400202 if a key exists).
    pub struct CreateChannelMetadata {
        operation: "create_channel_metadata",
        request: POST "/{channel_type}/{channel_url}/metadata",
        response: CreateChannelMetadataResponse,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The items to store: key → string value.
            body metadata: HashMap<String, String>,
        }
        optional {
            /// Include the creation timestamp in the response (default false).
            body include_ts: bool,
        }
    }

    /// Updates metadata items; answers the updated items.
    pub struct UpdateChannelMetadata {
        operation: "update_channel_metadata",
        request: PUT "/{channel_type}/{channel_url}/metadata",
        response: HashMap<String, String>,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The items to update: key → new value.
            body metadata: HashMap<String, String>,
        }
        optional {
            /// Add items whose keys don't exist yet (default false: unknown keys fail).
            body upsert: bool,
        }
    }

    /// Deletes all metadata items of a channel, or only the one named by `key`.
    pub struct DeleteChannelMetadata {
        operation: "delete_channel_metadata",
        request: DELETE "/{channel_type}/{channel_url}/metadata",
        response: Empty,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
        }
        optional {
            /// Delete only the item with this key.
            query key: String,
        }
    }

    /// Retrieves one metadata item: the response maps its key to its value.
    pub struct GetChannelMetadataByKey {
        operation: "get_channel_metadata_by_key",
        request: GET "/{channel_type}/{channel_url}/metadata/{key}",
        response: HashMap<String, String>,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The item's key.
            path key: String,
        }
        optional {}
    }

    /// Updates one metadata item; the response maps its key to its new value.
    pub struct UpdateChannelMetadataByKey {
        operation: "update_channel_metadata_by_key",
        request: PUT "/{channel_type}/{channel_url}/metadata/{key}",
        response: HashMap<String, String>,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The item's key.
            path key: String,
            /// The new value (at most 190 characters).
            body value: String,
        }
        optional {
            /// Create the item if the key doesn't exist (default false).
            body upsert: bool,
        }
    }

    /// Deletes one metadata item.
    pub struct DeleteChannelMetadataByKey {
        operation: "delete_channel_metadata_by_key",
        request: DELETE "/{channel_type}/{channel_url}/metadata/{key}",
        response: Empty,
        required {
            /// Open or group channel.
            path channel_type: ChannelType,
            /// The channel URL.
            path channel_url: String,
            /// The item's key.
            path key: String,
        }
        optional {}
    }
}

/// Entry points for one channel's metadata and metacounter:
/// `chat.channel_metadata(ChannelType::GroupChannels, url)`.
///
/// It holds the channel's address, so it is `Clone` (not `Copy`); its methods borrow it.
#[derive(Debug, Clone)]
pub struct ChannelMetadata<'a> {
    chat: &'a ChatClient,
    channel_type: ChannelType,
    channel_url: String,
}

impl ChatClient {
    /// The metadata and metacounter of one open or group channel.
    pub fn channel_metadata(
        &self,
        channel_type: ChannelType,
        channel_url: impl Into<String>,
    ) -> ChannelMetadata<'_> {
        ChannelMetadata {
            chat: self,
            channel_type,
            channel_url: channel_url.into(),
        }
    }
}

fn string_items<K: Into<String>, V: Into<String>>(
    items: impl IntoIterator<Item = (K, V)>,
) -> HashMap<String, String> {
    items
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .collect()
}

fn counter_items<K: Into<String>>(
    items: impl IntoIterator<Item = (K, i64)>,
) -> HashMap<String, i64> {
    items.into_iter().map(|(k, v)| (k.into(), v)).collect()
}

impl<'a> ChannelMetadata<'a> {
    /// The channel type this handle addresses.
    pub fn channel_type(&self) -> &ChannelType {
        &self.channel_type
    }

    /// The channel URL this handle addresses.
    pub fn channel_url(&self) -> &str {
        &self.channel_url
    }

    fn address(&self) -> (ChannelType, String) {
        (self.channel_type.clone(), self.channel_url.clone())
    }

    /// Retrieves the metadata items (all; narrow with `.key(..)` or `.keys(..)`).
    pub fn get(&self) -> Pending<'a, GetChannelMetadata> {
        let (channel_type, channel_url) = self.address();
        self.chat
            .request(GetChannelMetadata::new(channel_type, channel_url))
    }

    /// Creates metadata items, e.g. `.create([("theme", "dark")])`.
    pub fn create<K: Into<String>, V: Into<String>>(
        &self,
        items: impl IntoIterator<Item = (K, V)>,
    ) -> Pending<'a, CreateChannelMetadata> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(CreateChannelMetadata::new(
            channel_type,
            channel_url,
            string_items(items),
        ))
    }

    /// Updates metadata items (add `.upsert(true)` to create missing keys).
    pub fn update<K: Into<String>, V: Into<String>>(
        &self,
        items: impl IntoIterator<Item = (K, V)>,
    ) -> Pending<'a, UpdateChannelMetadata> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(UpdateChannelMetadata::new(
            channel_type,
            channel_url,
            string_items(items),
        ))
    }

    /// Deletes all metadata items.
    pub fn delete(&self) -> Pending<'a, DeleteChannelMetadata> {
        let (channel_type, channel_url) = self.address();
        self.chat
            .request(DeleteChannelMetadata::new(channel_type, channel_url))
    }

    /// Retrieves one metadata item.
    pub fn get_key(&self, key: impl Into<String>) -> Pending<'a, GetChannelMetadataByKey> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(GetChannelMetadataByKey::new(
            channel_type,
            channel_url,
            key.into(),
        ))
    }

    /// Updates one metadata item (add `.upsert(true)` to create it if missing).
    pub fn update_key(
        &self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Pending<'a, UpdateChannelMetadataByKey> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(UpdateChannelMetadataByKey::new(
            channel_type,
            channel_url,
            key.into(),
            value.into(),
        ))
    }

    /// Deletes one metadata item.
    pub fn delete_key(&self, key: impl Into<String>) -> Pending<'a, DeleteChannelMetadataByKey> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(DeleteChannelMetadataByKey::new(
            channel_type,
            channel_url,
            key.into(),
        ))
    }

    /// Retrieves the metacounter items (all; narrow with `.key(..)` or `.keys(..)`).
    pub fn counters(&self) -> Pending<'a, GetChannelMetacounter> {
        let (channel_type, channel_url) = self.address();
        self.chat
            .request(GetChannelMetacounter::new(channel_type, channel_url))
    }

    /// Creates metacounter items, e.g. `.create_counters([("likes", 0)])`.
    pub fn create_counters<K: Into<String>>(
        &self,
        items: impl IntoIterator<Item = (K, i64)>,
    ) -> Pending<'a, CreateChannelMetacounter> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(CreateChannelMetacounter::new(
            channel_type,
            channel_url,
            counter_items(items),
        ))
    }

    /// Updates metacounter items (`.mode(..)` to increase or decrease, `.upsert(true)` to
    /// create missing keys).
    pub fn update_counters<K: Into<String>>(
        &self,
        items: impl IntoIterator<Item = (K, i64)>,
    ) -> Pending<'a, UpdateChannelMetacounter> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(UpdateChannelMetacounter::new(
            channel_type,
            channel_url,
            counter_items(items),
        ))
    }

    /// Deletes all metacounter items.
    pub fn delete_counters(&self) -> Pending<'a, DeleteChannelMetacounter> {
        let (channel_type, channel_url) = self.address();
        self.chat
            .request(DeleteChannelMetacounter::new(channel_type, channel_url))
    }

    /// Retrieves one metacounter item.
    pub fn counter(&self, key: impl Into<String>) -> Pending<'a, GetChannelMetacounterByKey> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(GetChannelMetacounterByKey::new(
            channel_type,
            channel_url,
            key.into(),
        ))
    }

    /// Updates one metacounter item (`.mode(..)` to increase or decrease, `.upsert(true)` to
    /// create it if missing).
    pub fn update_counter(
        &self,
        key: impl Into<String>,
        value: i64,
    ) -> Pending<'a, UpdateChannelMetacounterByKey> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(UpdateChannelMetacounterByKey::new(
            channel_type,
            channel_url,
            key.into(),
            value,
        ))
    }

    /// Deletes one metacounter item.
    pub fn delete_counter(
        &self,
        key: impl Into<String>,
    ) -> Pending<'a, DeleteChannelMetacounterByKey> {
        let (channel_type, channel_url) = self.address();
        self.chat.request(DeleteChannelMetacounterByKey::new(
            channel_type,
            channel_url,
            key.into(),
        ))
    }
}

#[cfg(test)]
mod tests;
