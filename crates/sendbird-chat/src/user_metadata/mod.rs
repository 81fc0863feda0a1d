//! User metadata: up to 5 string key-value items stored on a user (keys at most 128
//! characters without commas, values at most 190 characters).
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! let meta = chat.user_metadata("alice");
//! meta.create([("team", "support"), ("tier", "1")]).await?;
//! meta.update_key("tier", "2").await?;
//! let items = meta.get().keys(["team", "tier"]).await?;
//! assert_eq!(items.get("tier").map(String::as_str), Some("2"));
//! meta.delete_all().await?;
//! # Ok(()) }
//! ```

use std::collections::HashMap;

use sendbird_core::{Empty, StringList};

use crate::{ChatClient, Pending};

/// Metadata items as Sendbird returns them: a JSON object of string values.
pub type MetadataItems = HashMap<String, String>;

sendbird_core::endpoints! {
    /// Every endpoint of the user metadata family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// The metadata of one user: `chat.user_metadata(user_id)`.
    family UserMetadata = user_metadata(
        /// The user id.
        path user_id: String,
    ) {
        /// Retrieves a user's metadata: all items, or those named by `key` / `keys`.
        fn get -> pub struct GetUserMetadata {
            operation: "get_user_metadata",
            request: GET "/users/{user_id}/metadata",
            idempotent: yes,
            response: MetadataItems,
            optional {
                /// Only the item with this key.
                query key: String,
                /// Only the items with these keys.
                query keys: StringList,
            }
        }

        /// Adds items to a user's metadata; fails if a key already exists.
        fn create -> pub struct CreateUserMetadata {
            operation: "create_user_metadata",
            request: POST "/users/{user_id}/metadata",
            idempotent: no,
            response: MetadataItems,
            required {
                /// The items to add.
                body metadata: HashMap<String, String>,
            }
        }

        /// Updates items of a user's metadata; with `upsert`, missing keys are added.
        fn update -> pub struct UpdateUserMetadata {
            operation: "update_user_metadata",
            request: PUT "/users/{user_id}/metadata",
            idempotent: yes,
            response: MetadataItems,
            required {
                /// The items to update.
                body metadata: HashMap<String, String>,
            }
            optional {
                /// Add the keys that do not exist yet (default false: they are an error).
                body upsert: bool,
            }
        }

        /// Deletes all of a user's metadata, or the item named by `key`.
        fn delete_all -> pub struct DeleteUserMetadata {
            operation: "delete_user_metadata",
            request: DELETE "/users/{user_id}/metadata",
            idempotent: yes,
            response: Empty,
            optional {
                /// Delete only the item with this key.
                query key: String,
            }
        }

        /// Retrieves one item of a user's metadata (`{key: value}`).
        fn get_key -> pub struct GetUserMetadataByKey {
            operation: "get_user_metadata_by_key",
            request: GET "/users/{user_id}/metadata/{key}",
            idempotent: yes,
            response: MetadataItems,
            required {
                /// The item's key.
                path key: String,
            }
        }

        /// Updates one item of a user's metadata; with `upsert`, it is added if missing.
        fn update_key -> pub struct UpdateUserMetadataByKey {
            operation: "update_user_metadata_by_key",
            request: PUT "/users/{user_id}/metadata/{key}",
            idempotent: yes,
            response: MetadataItems,
            required {
                /// The item's key.
                path key: String,
                /// The new value (at most 190 characters).
                body value: String,
            }
            optional {
                /// Add the item if the key does not exist (default false: it is an error).
                body upsert: bool,
            }
        }

        /// Deletes one item of a user's metadata.
        fn delete_key -> pub struct DeleteUserMetadataByKey {
            operation: "delete_user_metadata_by_key",
            request: DELETE "/users/{user_id}/metadata/{key}",
            idempotent: yes,
            response: Empty,
            required {
                /// The item's key.
                path key: String,
            }
        }
    }
}

#[cfg(test)]
mod tests;
