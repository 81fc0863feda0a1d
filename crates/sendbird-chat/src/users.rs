//! Users: create, list, get, update, delete, and per-user counts and preferences.

use sendbird_core::{Empty, FilePart, StringList};
use serde::{Deserialize, Serialize};

use crate::models::User;
use crate::{ChatClient, Pending};

/// The response of [`ListUsers`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListUsersResponse {
    /// The users of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub users: Vec<User>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
}

sendbird_core::page_response!(ListUsersResponse, users: User);

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Lists the application's users, filtered.
    pub struct ListUsers {
        operation: "list_users",
        request: GET "/users",
        response: ListUsersResponse,
        paginate: token,
        required {}
        optional {
            /// The page token from the previous response's `next`.
            query token: String,
            /// Users per page, 1–100 (default 10).
            query limit: u32,
            /// `activated` (default), `deactivated` or `all`.
            query active_mode: String,
            /// Include bots (default true).
            query show_bot: bool,
            /// Only these user ids.
            query user_ids: StringList,
            /// Users whose nickname equals this.
            query nickname: String,
            /// Users whose nickname starts with this.
            query nickname_startswith: String,
            /// Metadata key to filter on (with `metadatavalues_in`).
            query metadatakey: String,
            /// Accepted values of `metadatakey`.
            query metadatavalues_in: StringList,
        }
    }

    /// Creates a user; with `profile_file` the request is sent as `multipart/form-data`.
    pub struct CreateUser {
        operation: "create_user",
        request: POST "/users",
        response: User,
        required {
            /// Unique user id (at most 80 characters).
            body user_id: String,
            /// Nickname (at most 80 characters).
            body nickname: String,
            /// Profile image URL (at most 2,048 characters); may be empty.
            body profile_url: String,
        }
        optional {
            /// A profile image to upload instead of `profile_url`.
            file profile_file: FilePart,
            /// Issue an access token for client SDK login.
            body issue_access_token: bool,
            /// Key-value metadata.
            body metadata: std::collections::HashMap<String, String>,
        }
    }

    /// Retrieves a user.
    pub struct GetUser {
        operation: "get_user",
        request: GET "/users/{user_id}",
        response: User,
        required {
            /// The user id.
            path user_id: String,
        }
        optional {
            /// Include the user's unread message count.
            query include_unread_count: bool,
        }
    }

    /// Deletes a user.
    pub struct DeleteUser {
        operation: "delete_user",
        request: DELETE "/users/{user_id}",
        response: Empty,
        required {
            /// The user id.
            path user_id: String,
        }
        optional {}
    }
}

/// Entry points for the users family: `chat.users()`.
#[derive(Debug, Clone, Copy)]
pub struct Users<'a> {
    chat: &'a ChatClient,
}

impl ChatClient {
    /// The users family.
    pub fn users(&self) -> Users<'_> {
        Users { chat: self }
    }
}

impl<'a> Users<'a> {
    /// Lists users; await one page or `.stream()` them all.
    pub fn list(self) -> Pending<'a, ListUsers> {
        self.chat.request(ListUsers::new())
    }

    /// Creates a user.
    pub fn create(
        self,
        user_id: impl Into<String>,
        nickname: impl Into<String>,
        profile_url: impl Into<String>,
    ) -> Pending<'a, CreateUser> {
        self.chat.request(CreateUser::new(
            user_id.into(),
            nickname.into(),
            profile_url.into(),
        ))
    }

    /// Retrieves a user.
    pub fn get(self, user_id: impl Into<String>) -> Pending<'a, GetUser> {
        self.chat.request(GetUser::new(user_id.into()))
    }

    /// Deletes a user.
    pub fn delete(self, user_id: impl Into<String>) -> Pending<'a, DeleteUser> {
        self.chat.request(DeleteUser::new(user_id.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{decode_fixture, wire};

    #[test]
    fn create_user_json_on_the_wire() {
        let request =
            wire(&CreateUser::new("user@example.com", "Alice", "").issue_access_token(true));
        assert_eq!(request.method(), "POST");
        assert_eq!(request.uri().path(), "/v3/users");
        assert_eq!(
            request.headers()["content-type"],
            "application/json; charset=utf8"
        );
        let body: serde_json::Value = serde_json::from_slice(request.body()).expect("json");
        assert_eq!(
            body,
            serde_json::json!({"user_id": "user@example.com", "nickname": "Alice", "profile_url": "", "issue_access_token": true})
        );
    }

    #[tokio::test]
    async fn create_user_multipart_on_the_wire() {
        let file = FilePart::new("me.png", &b"\x89PNG"[..]);
        let request = wire(&CreateUser::new("u1", "Alice", "").profile_file(file));
        let content_type = request.headers()["content-type"].to_str().expect("ascii");
        assert!(content_type.starts_with("multipart/form-data; boundary="));
        let parts = crate::test_support::multipart_parts(&request).await;
        let names: Vec<_> = parts.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["user_id", "nickname", "profile_url", "profile_file"]
        );
        assert_eq!(parts[0].2, "u1");
        assert_eq!(parts[3].1.as_deref(), Some("me.png"));
        assert_eq!(parts[3].2, &b"\x89PNG"[..]);
    }

    #[test]
    fn get_user_encodes_the_id_as_one_segment() {
        let request = wire(&GetUser::new("a/b ü").include_unread_count(true));
        assert_eq!(request.method(), "GET");
        assert_eq!(
            request.uri().path_and_query().map(|p| p.as_str()),
            Some("/v3/users/a%2Fb%20%C3%BC?include_unread_count=true")
        );
        assert!(request.body().is_empty());
    }

    #[test]
    fn list_users_query() {
        let request = wire(&ListUsers::new().limit(2).user_ids(["a,b", "c"]).token("t0"));
        assert_eq!(
            request.uri().query(),
            Some("token=t0&limit=2&user_ids=a%2Cb,c")
        );
    }

    #[test]
    fn delete_user_has_no_body() {
        let request = wire(&DeleteUser::new("50%"));
        assert_eq!(request.method(), "DELETE");
        assert_eq!(request.uri().path(), "/v3/users/50%25");
        assert_eq!(
            request.headers()["content-type"],
            "application/json; charset=utf8"
        );
    }

    #[test]
    fn decodes_docs_shaped_responses() {
        let user: User = decode_fixture::<GetUser>("get_user");
        assert_eq!(user.user_id, "Jeff");
        let list: ListUsersResponse = decode_fixture::<ListUsers>("list_users");
        assert_eq!(list.users.len(), 2);
        assert!(list.next.as_deref().is_some_and(|n| !n.is_empty()));
        let _ = decode_fixture::<DeleteUser>("delete_user");
    }
}
