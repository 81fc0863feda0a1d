//! Users in the Calls API: the user list, a user's call history and call summary, and their
//! VoIP push tokens. (Creating, updating and deleting users is done with the Chat API.)

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::SecretString;

pub use models::*;

use crate::models::{
    CallSummary, CallType, CallUserRole, EndResultList, PushTokenType, PushTokens,
};
use crate::{CallsClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the users family.
    registry: pub const ENDPOINTS;
    client: CallsClient;
    pending: Pending;

    /// Entry points for Calls users: `calls.users()`.
    family Users = users() {
        /// Lists the application's users as the Calls API sees them.
        fn list -> pub struct ListUsers {
            operation: "list_users",
            request: GET "/users",
            idempotent: yes,
            response: ListUsersResponse,
            paginate: next, limit "Users per page, 1–100 (default 10).",
        }

        /// Lists the calls a user took part in.
        fn calls -> pub struct ListUserCalls {
            operation: "list_user_calls",
            request: GET "/users/{user_id}/calls",
            idempotent: yes,
            response: ListUserCallsResponse,
            paginate: next,
            limit "Calls per page, 1–100 (default 10; Sendbird's JS SDK never asks for fewer \
                than 10).",
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                /// Only calls of this kind (`direct` is the only value).
                query call_type as "type": CallType,
                /// Only calls where the user had this role.
                query role: CallUserRole,
                /// Only calls started after this time, in Unix **seconds** (not milliseconds).
                query start_ts: i64,
                /// Only calls ended before this time, in Unix **seconds** (not milliseconds).
                query end_ts: i64,
                /// Only calls that ended with one of these results (comma-joined).
                query end_result: EndResultList,
            }
        }

        /// Retrieves a user's call summary: last call and call counts.
        fn call_summary -> pub struct GetUserCallSummary {
            operation: "get_user_call_summary",
            request: GET "/users/{user_id}/call_summary",
            idempotent: yes,
            response: CallSummary,
            required {
                /// The user id.
                path user_id: String,
            }
        }

        /// Lists a user's VoIP push tokens of one type.
        fn push_tokens -> pub struct ListPushTokens {
            operation: "list_push_tokens",
            request: GET "/users/{user_id}/push/{token_type}",
            idempotent: yes,
            response: PushTokens,
            required {
                /// The user id.
                path user_id: String,
                /// The token type.
                path token_type: PushTokenType,
            }
        }

        /// Registers a VoIP push token for a user.
        fn add_push_token -> pub struct AddPushToken {
            operation: "add_push_token",
            request: POST "/users/{user_id}/push/{token_type}",
            idempotent: yes,
            response: PushTokens,
            required {
                /// The user id.
                path user_id: String,
                /// The token type.
                path token_type: PushTokenType,
                /// The device token.
                body token: SecretString,
            }
            optional {
                /// Remove the user's other tokens of this type (Sendbird's SDK sends `true`).
                body is_unique: bool,
            }
        }

        /// Removes one VoIP push token of a user.
        fn remove_push_token -> pub struct RemovePushToken {
            operation: "remove_push_token",
            request: DELETE "/users/{user_id}/push/{token_type}/{token}",
            idempotent: yes,
            response: PushTokens,
            required {
                /// The user id.
                path user_id: String,
                /// The token type.
                path token_type: PushTokenType,
                /// The device token (it is part of the URL, so it is not a `SecretString`).
                path token: String,
            }
        }

        /// Removes every VoIP push token of one type from a user.
        fn remove_push_tokens -> pub struct RemovePushTokensOfType {
            operation: "remove_push_tokens_of_type",
            request: DELETE "/users/{user_id}/push/{token_type}",
            idempotent: yes,
            response: PushTokens,
            required {
                /// The user id.
                path user_id: String,
                /// The token type.
                path token_type: PushTokenType,
            }
        }
    }
}
