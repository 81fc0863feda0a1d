//! Endpoints declared the way product crates declare them, for these tests (and for the
//! `pipeline` bench, which compiles this file in).

use std::collections::HashMap;

use sendbird_core::{Empty, FilePart, StringList};
use serde::Deserialize;

sendbird_core::product! {
    /// A client for the test endpoints.
    pub struct TestClient;
    base_url: "https://api-{app_id}.sendbird.com/v3";
    /// Pending request for the test endpoints.
    pub struct Pending;
}

#[derive(Debug, Deserialize, PartialEq)]
pub struct User {
    pub user_id: String,
    #[serde(default)]
    pub nickname: Option<String>,
    #[serde(default)]
    pub metadata: HashMap<String, String>,
    #[serde(default)]
    pub last_seen_at: Option<i64>,
}

#[derive(Debug, Deserialize)]
pub struct UserList {
    pub users: Vec<User>,
    pub next: Option<String>,
}

sendbird_core::page_response!(UserList, users: User);

sendbird_core::endpoints! {
    registry: pub const TEST_ENDPOINTS;
    client: TestClient;
    pending: Pending;

    /// Users.
    family Users = users() {
        /// Gets a user.
        fn get -> pub struct GetUser {
            operation: "get_user",
            request: GET "/users/{user_id}",
            idempotent: yes,
            response: User,
            required { path user_id: String }
            optional { query include_unread_count: bool }
        }

        /// Lists users.
        fn list -> pub struct ListUsers {
            operation: "list_users",
            request: GET "/users",
            idempotent: yes,
            response: UserList,
            paginate: token,
            optional {
                query token: String,
                query limit: u32,
                query user_ids: StringList,
            }
        }

        /// Creates a user.
        fn create -> pub struct CreateUser {
            operation: "create_user",
            request: POST "/users",
            idempotent: no,
            response: User,
            required {
                body user_id: String,
                body nickname: String,
                body profile_url: String,
            }
            optional {
                file profile_file: FilePart,
                body metadata: HashMap<String, String>,
            }
        }

        /// Deletes a user.
        fn delete -> pub struct DeleteUser {
            operation: "delete_user",
            request: DELETE "/users/{user_id}",
            idempotent: yes,
            response: Empty,
            required { path user_id: String }
        }
    }

    /// Counters.
    family Counters = counters(path channel_url: String) {
        /// Sets, increases or decreases a counter.
        fn update -> pub struct UpdateCounter {
            operation: "update_counter",
            request: PUT "/group_channels/{channel_url}/metacounter",
            idempotent: by_mode(|this: &Self| this.mode.as_deref() == Some("set")),
            response: Empty,
            required { body key: String, body value: i64 }
            optional { body mode: String }
        }
    }

    /// Echo (for `hostile_values`).
    family Echo = echo() {
        /// Carries one value in every place a request can.
        fn put -> pub struct PutEcho {
            operation: "put_echo",
            request: PUT "/echo/{id}/values",
            idempotent: yes,
            response: Empty,
            required {
                path id: String,
                query q: String,
                query ids: StringList,
                body text: String,
                body list: StringList,
            }
        }
    }
}

/// A second invocation adding an endpoint to a handle declared above (as another module would).
mod more_counters {
    use sendbird_core::Empty;

    use super::{Counters, Pending};

    sendbird_core::endpoints! {
        registry: pub const MORE_ENDPOINTS;
        client: super::TestClient;
        pending: Pending;

        extend Counters(path channel_url: String) {
            /// Deletes every counter.
            fn delete_all -> pub struct DeleteCounters {
                operation: "delete_counters",
                request: DELETE "/group_channels/{channel_url}/metacounter",
                idempotent: yes,
                response: Empty,
            }
        }
    }
}

#[test]
fn extended_handles_get_entry_points_with_their_bound_parameters() {
    let client = TestClient::builder()
        .app_id("APP")
        .api_token("t")
        .build()
        .expect("client");
    let pending = client.counters("a/b").delete_all();
    let request = sendbird_core::Endpoint::to_request(&pending.endpoint).expect("request");
    assert_eq!(request.raw_path(), "/group_channels/a/b/metacounter");
    assert_eq!(more_counters::MORE_ENDPOINTS.len(), 1);
}
