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

mod models;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use sendbird_core::{Empty, StringList};

pub use models::*;

use crate::models::ChannelType;
use crate::{ChatClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the channel metadata family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Entry points for one channel's metadata and metacounter:
    /// `chat.channel_metadata(ChannelType::GroupChannels, url)`.
    family ChannelMetadata = channel_metadata(
        /// Open or group channel.
        path channel_type: ChannelType,
        /// The channel URL.
        path channel_url: String,
    ) {
        /// Retrieves a channel's metacounter items (all, or those named by `key` / `keys`).
        fn counters -> pub struct GetChannelMetacounter {
            operation: "get_channel_metacounter",
            request: GET "/{channel_type}/{channel_url}/metacounter",
            idempotent: yes,
            response: HashMap<String, i64>,
            optional {
                /// Only the item with this key.
                query key: String,
                /// Only the items with these keys.
                query keys: StringList,
            }
        }

        /// Creates metacounter items in a channel (fails with 400202 if a key exists).
        fn create_counters -> pub struct CreateChannelMetacounter {
            operation: "create_channel_metacounter",
            request: POST "/{channel_type}/{channel_url}/metacounter",
            idempotent: no,
            response: HashMap<String, i64>,
            required {
                /// The items to store: key → integer value.
                body metacounter: HashMap<String, i64>,
            }
        }

        /// Updates metacounter items (set, increase or decrease them); answers the new values.
        fn update_counters -> pub struct UpdateChannelMetacounter {
            operation: "update_channel_metacounter",
            request: PUT "/{channel_type}/{channel_url}/metacounter",
            idempotent: by_mode(|this: &Self| this.mode.is_none() || this.mode == Some(MetacounterMode::Set)),
            response: HashMap<String, i64>,
            required {
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
        fn delete_counters -> pub struct DeleteChannelMetacounter {
            operation: "delete_channel_metacounter",
            request: DELETE "/{channel_type}/{channel_url}/metacounter",
            idempotent: yes,
            response: Empty,
        }

        /// Retrieves one metacounter item: the response maps its key to its value.
        fn counter -> pub struct GetChannelMetacounterByKey {
            operation: "get_channel_metacounter_by_key",
            request: GET "/{channel_type}/{channel_url}/metacounter/{key}",
            idempotent: yes,
            response: HashMap<String, i64>,
            required {
                /// The item's key.
                path key: String,
            }
        }

        /// Updates one metacounter item; the response maps its key to its new value.
        fn update_counter -> pub struct UpdateChannelMetacounterByKey {
            operation: "update_channel_metacounter_by_key",
            request: PUT "/{channel_type}/{channel_url}/metacounter/{key}",
            idempotent: by_mode(|this: &Self| this.mode.is_none() || this.mode == Some(MetacounterMode::Set)),
            response: HashMap<String, i64>,
            required {
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
        fn delete_counter -> pub struct DeleteChannelMetacounterByKey {
            operation: "delete_channel_metacounter_by_key",
            request: DELETE "/{channel_type}/{channel_url}/metacounter/{key}",
            idempotent: yes,
            response: Empty,
            required {
                /// The item's key.
                path key: String,
            }
        }

        /// Retrieves a channel's metadata items (all, or those named by `key` / `keys`).
        fn get -> pub struct GetChannelMetadata {
            operation: "get_channel_metadata",
            request: GET "/{channel_type}/{channel_url}/metadata",
            idempotent: yes,
            response: HashMap<String, String>,
            optional {
                /// Only the item with this key.
                query key: String,
                /// Only the items with these keys.
                query keys: StringList,
            }
        }

        /// Creates metadata items in a channel (fails with 400202 if a key exists).
        fn create -> pub struct CreateChannelMetadata {
            operation: "create_channel_metadata",
            request: POST "/{channel_type}/{channel_url}/metadata",
            idempotent: no,
            response: CreateChannelMetadataResponse,
            required {
                /// The items to store: key → string value.
                body metadata: HashMap<String, String>,
            }
            optional {
                /// Include the creation timestamp in the response (default false).
                body include_ts: bool,
            }
        }

        /// Updates metadata items; answers the updated items.
        fn update -> pub struct UpdateChannelMetadata {
            operation: "update_channel_metadata",
            request: PUT "/{channel_type}/{channel_url}/metadata",
            idempotent: yes,
            response: HashMap<String, String>,
            required {
                /// The items to update: key → new value.
                body metadata: HashMap<String, String>,
            }
            optional {
                /// Add items whose keys don't exist yet (default false: unknown keys fail).
                body upsert: bool,
            }
        }

        /// Deletes all metadata items of a channel, or only the one named by `key`.
        fn delete -> pub struct DeleteChannelMetadata {
            operation: "delete_channel_metadata",
            request: DELETE "/{channel_type}/{channel_url}/metadata",
            idempotent: yes,
            response: Empty,
            optional {
                /// Delete only the item with this key.
                query key: String,
            }
        }

        /// Retrieves one metadata item: the response maps its key to its value.
        fn get_key -> pub struct GetChannelMetadataByKey {
            operation: "get_channel_metadata_by_key",
            request: GET "/{channel_type}/{channel_url}/metadata/{key}",
            idempotent: yes,
            response: HashMap<String, String>,
            required {
                /// The item's key.
                path key: String,
            }
        }

        /// Updates one metadata item; the response maps its key to its new value.
        fn update_key -> pub struct UpdateChannelMetadataByKey {
            operation: "update_channel_metadata_by_key",
            request: PUT "/{channel_type}/{channel_url}/metadata/{key}",
            idempotent: yes,
            response: HashMap<String, String>,
            required {
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
        fn delete_key -> pub struct DeleteChannelMetadataByKey {
            operation: "delete_channel_metadata_by_key",
            request: DELETE "/{channel_type}/{channel_url}/metadata/{key}",
            idempotent: yes,
            response: Empty,
            required {
                /// The item's key.
                path key: String,
            }
        }
    }
}
