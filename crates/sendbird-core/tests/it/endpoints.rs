//! Endpoints declared the way product crates declare them, for these tests.

use sendbird_core::{Empty, FilePart, StringList};
use serde::Deserialize;

sendbird_core::define_pending! {
    /// Pending request for the test endpoints.
    pub struct Pending;
}

#[derive(Debug, Deserialize, PartialEq)]
pub struct User {
    pub user_id: String,
    #[serde(default)]
    pub nickname: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct UserList {
    pub users: Vec<User>,
    pub next: Option<String>,
}

sendbird_core::page_response!(UserList, users: User);

sendbird_core::endpoints! {
    registry: pub const TEST_ENDPOINTS;
    pending: Pending;

    /// Gets a user.
    pub struct GetUser {
        operation: "get_user",
        request: GET "/users/{user_id}",
        response: User,
        required { path user_id: String }
        optional { query include_unread_count: bool }
    }

    /// Lists users.
    pub struct ListUsers {
        operation: "list_users",
        request: GET "/users",
        response: UserList,
        paginate: token,
        required {}
        optional {
            query token: String,
            query limit: u32,
            query user_ids: StringList,
        }
    }

    /// Creates a user.
    pub struct CreateUser {
        operation: "create_user",
        request: POST "/users",
        response: User,
        required {
            body user_id: String,
            body nickname: String,
            body profile_url: String,
        }
        optional { file profile_file: FilePart }
    }

    /// Deletes a user.
    pub struct DeleteUser {
        operation: "delete_user",
        request: DELETE "/users/{user_id}",
        response: Empty,
        required { path user_id: String }
        optional {}
    }
}
