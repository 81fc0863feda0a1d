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
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Retrieves a user's metadata: all items, or those named by `key` / `keys`.
    pub struct GetUserMetadata {
        operation: "get_user_metadata",
        request: GET "/users/{user_id}/metadata",
        response: MetadataItems,
        required {
            /// The user id.
            path user_id: String,
        }
        optional {
            /// Only the item with this key.
            query key: String,
            /// Only the items with these keys.
            query keys: StringList,
        }
    }

    /// Adds items to a user's metadata; fails if a key already exists.
    pub struct CreateUserMetadata {
        operation: "create_user_metadata",
        request: POST "/users/{user_id}/metadata",
        response: MetadataItems,
        required {
            /// The user id.
            path user_id: String,
            /// The items to add.
            body metadata: HashMap<String, String>,
        }
        optional {}
    }

    /// Updates items of a user's metadata; with `upsert`, missing keys are added.
    pub struct UpdateUserMetadata {
        operation: "update_user_metadata",
        request: PUT "/users/{user_id}/metadata",
        response: MetadataItems,
        required {
            /// The user id.
            path user_id: String,
            /// The items to update.
            body metadata: HashMap<String, String>,
        }
        optional {
            /// Add the keys that do not exist yet (default false: they are an error).
            body upsert: bool,
        }
    }

    /// Deletes all of a user's metadata, or the item named by `key`.
    pub struct DeleteUserMetadata {
        operation: "delete_user_metadata",
        request: DELETE "/users/{user_id}/metadata",
        response: Empty,
        required {
            /// The user id.
            path user_id: String,
        }
        optional {
            /// Delete only the item with this key.
            query key: String,
        }
    }

    /// Retrieves one item of a user's metadata (`{key: value}`).
    pub struct GetUserMetadataByKey {
        operation: "get_user_metadata_by_key",
        request: GET "/users/{user_id}/metadata/{key}",
        response: MetadataItems,
        required {
            /// The user id.
            path user_id: String,
            /// The item's key.
            path key: String,
        }
        optional {}
    }

    /// Updates one item of a user's metadata; with `upsert`, it is added if missing.
    pub struct UpdateUserMetadataByKey {
        operation: "update_user_metadata_by_key",
        request: PUT "/users/{user_id}/metadata/{key}",
        response: MetadataItems,
        required {
            /// The user id.
            path user_id: String,
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
    pub struct DeleteUserMetadataByKey {
        operation: "delete_user_metadata_by_key",
        request: DELETE "/users/{user_id}/metadata/{key}",
        response: Empty,
        required {
            /// The user id.
            path user_id: String,
            /// The item's key.
            path key: String,
        }
        optional {}
    }
}

/// Entry points for one user's metadata: `chat.user_metadata("alice")`.
#[derive(Debug, Clone, Copy)]
pub struct UserMetadata<'a, 'u> {
    chat: &'a ChatClient,
    user_id: &'u str,
}

impl ChatClient {
    /// The metadata family, for the user `user_id`.
    pub fn user_metadata<'u>(&self, user_id: &'u str) -> UserMetadata<'_, 'u> {
        UserMetadata {
            chat: self,
            user_id,
        }
    }
}

fn items<K, V>(items: impl IntoIterator<Item = (K, V)>) -> HashMap<String, String>
where
    K: Into<String>,
    V: Into<String>,
{
    items
        .into_iter()
        .map(|(k, v)| (k.into(), v.into()))
        .collect()
}

impl<'a> UserMetadata<'a, '_> {
    /// The user this handle addresses.
    pub fn user_id(&self) -> &str {
        self.user_id
    }

    /// Retrieves all items (narrow with `.key(..)` or `.keys(..)`).
    pub fn get(self) -> Pending<'a, GetUserMetadata> {
        self.chat.request(GetUserMetadata::new(self.user_id))
    }

    /// Retrieves one item.
    pub fn get_key(self, key: impl Into<String>) -> Pending<'a, GetUserMetadataByKey> {
        self.chat
            .request(GetUserMetadataByKey::new(self.user_id, key.into()))
    }

    /// Adds items: `meta.create([("team", "support")])`.
    pub fn create<K, V>(
        self,
        metadata: impl IntoIterator<Item = (K, V)>,
    ) -> Pending<'a, CreateUserMetadata>
    where
        K: Into<String>,
        V: Into<String>,
    {
        self.chat
            .request(CreateUserMetadata::new(self.user_id, items(metadata)))
    }

    /// Updates items (add `.upsert(true)` to add missing keys).
    pub fn update<K, V>(
        self,
        metadata: impl IntoIterator<Item = (K, V)>,
    ) -> Pending<'a, UpdateUserMetadata>
    where
        K: Into<String>,
        V: Into<String>,
    {
        self.chat
            .request(UpdateUserMetadata::new(self.user_id, items(metadata)))
    }

    /// Updates one item (add `.upsert(true)` to add it if missing).
    pub fn update_key(
        self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Pending<'a, UpdateUserMetadataByKey> {
        self.chat.request(UpdateUserMetadataByKey::new(
            self.user_id,
            key.into(),
            value.into(),
        ))
    }

    /// Deletes every item.
    pub fn delete_all(self) -> Pending<'a, DeleteUserMetadata> {
        self.chat.request(DeleteUserMetadata::new(self.user_id))
    }

    /// Deletes one item.
    pub fn delete_key(self, key: impl Into<String>) -> Pending<'a, DeleteUserMetadataByKey> {
        self.chat
            .request(DeleteUserMetadataByKey::new(self.user_id, key.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{decode_fixture, wire};
    use serde_json::json;

    fn json_body(request: &http::Request<bytes::Bytes>) -> serde_json::Value {
        serde_json::from_slice(request.body()).expect("json body")
    }

    #[test]
    fn get_user_metadata_wire_and_fixture() {
        let request = wire(&GetUserMetadata::new("user@example.com").keys(["a,b", "ü 漢"]));
        assert_eq!(request.method(), "GET");
        assert_eq!(
            request.uri().path_and_query().map(|p| p.as_str()),
            Some("/v3/users/user%40example.com/metadata?keys=a%2Cb,%C3%BC%20%E6%BC%A2")
        );
        assert!(request.body().is_empty());
        let single = wire(&GetUserMetadata::new("u").key("location"));
        assert_eq!(single.uri().query(), Some("key=location"));

        let items = decode_fixture::<GetUserMetadata>("get_user_metadata");
        assert_eq!(items.len(), 2);
        assert_eq!(items["location"], "San Jose");
        assert_eq!(items["marriage"], "");
    }

    #[test]
    fn create_user_metadata_wire_and_fixture() {
        let metadata = items([("location", "Seoul"), ("marriage", "N")]);
        let request = wire(&CreateUserMetadata::new("a/b", metadata));
        assert_eq!(request.method(), "POST");
        assert_eq!(request.uri().path(), "/v3/users/a%2Fb/metadata");
        assert_eq!(
            request.headers()["content-type"],
            "application/json; charset=utf8"
        );
        assert_eq!(
            json_body(&request),
            json!({"metadata": {"location": "Seoul", "marriage": "N"}})
        );

        let items = decode_fixture::<CreateUserMetadata>("create_user_metadata");
        assert_eq!(items["location"], "Seoul");
        assert_eq!(items["marriage"], "N");
    }

    #[test]
    fn update_user_metadata_wire_and_fixture() {
        let request =
            wire(&UpdateUserMetadata::new("50%", items([("location", "Busan")])).upsert(true));
        assert_eq!(request.method(), "PUT");
        assert_eq!(request.uri().path(), "/v3/users/50%25/metadata");
        assert_eq!(
            json_body(&request),
            json!({"metadata": {"location": "Busan"}, "upsert": true})
        );
        let without_upsert = wire(&UpdateUserMetadata::new("u", items([("k", "v")])));
        assert_eq!(json_body(&without_upsert), json!({"metadata": {"k": "v"}}));

        let items = decode_fixture::<UpdateUserMetadata>("update_user_metadata");
        assert_eq!(items.len(), 2);
        assert_eq!(items["location"], "Busan");
        assert_eq!(items["hobby"], "surfing");
    }

    #[test]
    fn delete_user_metadata_wire_and_fixture() {
        let all = wire(&DeleteUserMetadata::new("ü 漢"));
        assert_eq!(all.method(), "DELETE");
        assert_eq!(
            all.uri().path_and_query().map(|p| p.as_str()),
            Some("/v3/users/%C3%BC%20%E6%BC%A2/metadata")
        );
        assert!(all.body().is_empty());
        let one = wire(&DeleteUserMetadata::new("u").key("a b"));
        assert_eq!(one.uri().query(), Some("key=a%20b"));

        let _: Empty = decode_fixture::<DeleteUserMetadata>("delete_user_metadata");
    }

    #[test]
    fn get_user_metadata_by_key_wire_and_fixture() {
        let request = wire(&GetUserMetadataByKey::new("a/b", "x/y%"));
        assert_eq!(request.method(), "GET");
        assert_eq!(request.uri().path(), "/v3/users/a%2Fb/metadata/x%2Fy%25");
        assert_eq!(request.uri().query(), None);

        let items = decode_fixture::<GetUserMetadataByKey>("get_user_metadata_by_key");
        assert_eq!(items.len(), 1);
        assert_eq!(items["location"], "San Jose");
    }

    #[test]
    fn update_user_metadata_by_key_wire_and_fixture() {
        let request =
            wire(&UpdateUserMetadataByKey::new("user@example.com", "ü", "Seoul").upsert(false));
        assert_eq!(request.method(), "PUT");
        assert_eq!(
            request.uri().path(),
            "/v3/users/user%40example.com/metadata/%C3%BC"
        );
        assert_eq!(
            json_body(&request),
            json!({"value": "Seoul", "upsert": false})
        );

        let items = decode_fixture::<UpdateUserMetadataByKey>("update_user_metadata_by_key");
        assert_eq!(items.len(), 1);
        assert_eq!(items["location"], "Seoul");
    }

    #[test]
    fn delete_user_metadata_by_key_wire_and_fixture() {
        let request = wire(&DeleteUserMetadataByKey::new("50%", "a,b"));
        assert_eq!(request.method(), "DELETE");
        assert_eq!(request.uri().path(), "/v3/users/50%25/metadata/a%2Cb");
        assert!(request.body().is_empty());

        let _: Empty = decode_fixture::<DeleteUserMetadataByKey>("delete_user_metadata_by_key");
    }

    #[test]
    fn request_fixtures_match_the_declarations() {
        for info in ENDPOINTS {
            let Some(check) = info.check_request else {
                continue;
            };
            let path = format!(
                "{}/fixtures/requests/{}.json",
                env!("CARGO_MANIFEST_DIR"),
                info.meta.operation
            );
            let body = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            check(&bytes::Bytes::from(body))
                .unwrap_or_else(|e| panic!("{}: {e}", info.meta.operation));
        }
        // A body the declaration does not allow is rejected.
        let check = UpdateUserMetadataByKey::INFO
            .check_request
            .expect("has a body");
        assert!(check(&bytes::Bytes::from_static(br#"{"value": 1}"#)).is_err());
        assert!(check(&bytes::Bytes::from_static(br#"{"upsert": true}"#)).is_err());
    }

    #[test]
    fn handle_builds_the_same_requests() {
        let chat = ChatClient::builder()
            .app_id("APP")
            .api_token("t")
            .build()
            .expect("client");
        let meta = chat.user_metadata("alice");
        assert_eq!(meta.user_id(), "alice");
        assert_eq!(
            meta.update_key("k", "v").upsert(true).into_endpoint(),
            UpdateUserMetadataByKey::new("alice", "k", "v").upsert(true)
        );
        assert_eq!(
            meta.create([("k", "v")]).into_endpoint(),
            CreateUserMetadata::new("alice", items([("k", "v")]))
        );
        assert_eq!(
            chat.users().metadata("bob").delete_key("k").into_endpoint(),
            DeleteUserMetadataByKey::new("bob", "k")
        );
    }
}
