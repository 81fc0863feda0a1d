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

/// Declares a family of key-value stores (channel metadata and metacounter, user metadata):
/// for each store its seven endpoints, which get all (or some) items, create, update and
/// delete them, and get, update or delete one item by key. A store names its items field and
/// value type, its two paths, each endpoint's entry point, struct and operation, and the parts
/// in which stores differ (the create response and options, the update idempotency and
/// options, the delete-all options).
macro_rules! key_value_endpoints {
    (
        $family:literal;
        $(#[$fmeta:meta])*
        family $fam:ident = $acc:ident $bound:tt;
        $(
            store $items:ident: $value:ty, of $whose:literal at $path:literal, $key_path:literal {
                get: $get:ident $Get:ident $get_op:literal,
                create: $create:ident $Create:ident $create_op:literal -> $create_resp:ty
                    { $($create_opt:tt)* },
                update: $update:ident $Update:ident $update_op:literal,
                update_key: $update_key:ident $UpdateKey:ident $update_key_op:literal,
                updates: $uidem:ident $(($uidem_fn:expr))? { $($update_opt:tt)* },
                delete: $delete:ident $Delete:ident $delete_op:literal { $($delete_opt:tt)* },
                get_key: $get_key:ident $GetKey:ident $get_key_op:literal,
                delete_key: $delete_key:ident $DeleteKey:ident $delete_key_op:literal,
            }
        )*
    ) => {
        sendbird_core::endpoints! {
            #[doc = concat!("Every endpoint of the ", $family, " family.")]
            registry: pub const ENDPOINTS;
            client: ChatClient;
            pending: Pending;

            $(#[$fmeta])*
            family $fam = $acc $bound {
                $(
                    #[doc = concat!("Retrieves ", $whose, " items (all, or those named by `key` / `keys`).")]
                    fn $get -> pub struct $Get {
                        operation: $get_op,
                        request: GET $path,
                        idempotent: yes,
                        response: HashMap<String, $value>,
                        optional {
                            /// Only the item with this key.
                            query key: String,
                            /// Only the items with these keys.
                            query keys: StringList,
                        }
                    }

                    #[doc = concat!("Creates ", $whose, " items (fails with 400202 if a key exists).")]
                    fn $create -> pub struct $Create {
                        operation: $create_op,
                        request: POST $path,
                        idempotent: no,
                        response: $create_resp,
                        required {
                            /// The items to store: key → value.
                            body $items: HashMap<String, $value>,
                        }
                        optional { $($create_opt)* }
                    }

                    #[doc = concat!("Updates ", $whose, " items; answers the updated items.")]
                    fn $update -> pub struct $Update {
                        operation: $update_op,
                        request: PUT $path,
                        idempotent: $uidem $(($uidem_fn))?,
                        response: HashMap<String, $value>,
                        required {
                            /// The items to update: key → new value.
                            body $items: HashMap<String, $value>,
                        }
                        optional {
                            $($update_opt)*
                            /// Add items whose keys don't exist yet (default false: unknown keys fail).
                            body upsert: bool,
                        }
                    }

                    #[doc = concat!("Deletes all of ", $whose, " items.")]
                    fn $delete -> pub struct $Delete {
                        operation: $delete_op,
                        request: DELETE $path,
                        idempotent: yes,
                        response: Empty,
                        optional { $($delete_opt)* }
                    }

                    #[doc = concat!("Retrieves one of ", $whose, " items: the response maps its key to its value.")]
                    fn $get_key -> pub struct $GetKey {
                        operation: $get_key_op,
                        request: GET $key_path,
                        idempotent: yes,
                        response: HashMap<String, $value>,
                        required {
                            /// The item's key.
                            path key: String,
                        }
                    }

                    #[doc = concat!("Updates one of ", $whose, " items; the response maps its key to its new value.")]
                    fn $update_key -> pub struct $UpdateKey {
                        operation: $update_key_op,
                        request: PUT $key_path,
                        idempotent: $uidem $(($uidem_fn))?,
                        response: HashMap<String, $value>,
                        required {
                            /// The item's key.
                            path key: String,
                            /// The new value.
                            body value: $value,
                        }
                        optional {
                            $($update_opt)*
                            /// Create the item if the key doesn't exist (default false).
                            body upsert: bool,
                        }
                    }

                    #[doc = concat!("Deletes one of ", $whose, " items.")]
                    fn $delete_key -> pub struct $DeleteKey {
                        operation: $delete_key_op,
                        request: DELETE $key_path,
                        idempotent: yes,
                        response: Empty,
                        required {
                            /// The item's key.
                            path key: String,
                        }
                    }
                )*
            }
        }
    };
}
pub(crate) use key_value_endpoints;

key_value_endpoints! {
    "channel metadata";

    /// Entry points for one channel's metadata and metacounter:
    /// `chat.channel_metadata(ChannelType::GroupChannels, url)`.
    family ChannelMetadata = channel_metadata(
        /// Open or group channel.
        path channel_type: ChannelType,
        /// The channel URL.
        path channel_url: String,
    );

    store metacounter: i64, of "a channel's metacounter"
        at "/{channel_type}/{channel_url}/metacounter", "/{channel_type}/{channel_url}/metacounter/{key}" {
        get: counters GetChannelMetacounter "get_channel_metacounter",
        create: create_counters CreateChannelMetacounter "create_channel_metacounter"
            -> HashMap<String, i64> {},
        update: update_counters UpdateChannelMetacounter "update_channel_metacounter",
        update_key: update_counter UpdateChannelMetacounterByKey "update_channel_metacounter_by_key",
        updates: by_mode(|this: &Self| this.mode.is_none() || this.mode == Some(MetacounterMode::Set)) {
            /// How to apply the values: set them (the default), or increase or decrease the stored
            /// values by them.
            body mode: MetacounterMode,
        },
        delete: delete_counters DeleteChannelMetacounter "delete_channel_metacounter" {},
        get_key: counter GetChannelMetacounterByKey "get_channel_metacounter_by_key",
        delete_key: delete_counter DeleteChannelMetacounterByKey "delete_channel_metacounter_by_key",
    }

    store metadata: String, of "a channel's metadata"
        at "/{channel_type}/{channel_url}/metadata", "/{channel_type}/{channel_url}/metadata/{key}" {
        get: get GetChannelMetadata "get_channel_metadata",
        create: create CreateChannelMetadata "create_channel_metadata"
            -> CreateChannelMetadataResponse {
            /// Include the creation timestamp in the response (default false).
            body include_ts: bool,
        },
        update: update UpdateChannelMetadata "update_channel_metadata",
        update_key: update_key UpdateChannelMetadataByKey "update_channel_metadata_by_key",
        updates: yes {},
        delete: delete DeleteChannelMetadata "delete_channel_metadata" {
            /// Delete only the item with this key instead.
            query key: String,
        },
        get_key: get_key GetChannelMetadataByKey "get_channel_metadata_by_key",
        delete_key: delete_key DeleteChannelMetadataByKey "delete_channel_metadata_by_key",
    }
}
