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

crate::channel_metadata::key_value_endpoints! {
    "user metadata";

    /// The metadata of one user: `chat.user_metadata(user_id)`.
    family UserMetadata = user_metadata(
        /// The user id.
        path user_id: String,
    );

    store metadata: String, of "a user's metadata"
        at "/users/{user_id}/metadata", "/users/{user_id}/metadata/{key}" {
        get: get GetUserMetadata "get_user_metadata",
        create: create CreateUserMetadata "create_user_metadata" -> MetadataItems {},
        update: update UpdateUserMetadata "update_user_metadata",
        update_key: update_key UpdateUserMetadataByKey "update_user_metadata_by_key",
        updates: yes {},
        delete: delete_all DeleteUserMetadata "delete_user_metadata" {
            /// Delete only the item with this key instead.
            query key: String,
        },
        get_key: get_key GetUserMetadataByKey "get_user_metadata_by_key",
        delete_key: delete_key DeleteUserMetadataByKey "delete_user_metadata_by_key",
    }
}

#[cfg(test)]
mod tests;
