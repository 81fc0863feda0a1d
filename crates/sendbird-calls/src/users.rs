//! Users in the Calls API: the user list, a user's call history and call summary, and their
//! VoIP push tokens. (Creating, updating and deleting users is done with the Chat API.)

use sendbird_core::{IntoParam, SecretString};
use serde::{Deserialize, Serialize};

use crate::models::{
    CallSummary, CallType, CallUserRole, CallsUser, DirectCall, EndResultList, PushTokenType,
    PushTokens,
};
use crate::{CallsClient, Pending};

/// The response of [`ListUsers`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListUsersResponse {
    /// The users of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub users: Vec<CallsUser>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
}

sendbird_core::page_response!(ListUsersResponse, users: CallsUser);

/// The response of [`ListUserCalls`]: a page of the user's call history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListUserCallsResponse {
    /// The calls of this page, each with the user's `user_role`.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub calls: Vec<DirectCall>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// Whether more calls follow (the Calls SDK reads it; `next` is what paging uses).
    #[serde(default)]
    pub has_next: Option<bool>,
}

sendbird_core::page_response!(ListUserCallsResponse, calls: DirectCall);

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Lists the application's users as the Calls API sees them.
    pub struct ListUsers {
        operation: "list_users",
        request: GET "/users",
        response: ListUsersResponse,
        paginate: next,
        required {}
        optional {
            /// The page token from the previous response's `next`.
            query next: String,
            /// Users per page, 1–100 (default 10).
            query limit: u32,
        }
    }

    /// Lists the calls a user took part in.
    pub struct ListUserCalls {
        operation: "list_user_calls",
        request: GET "/users/{user_id}/calls",
        response: ListUserCallsResponse,
        paginate: next,
        required {
            /// The user id.
            path user_id: String,
        }
        optional {
            /// The page token from the previous response's `next`.
            query next: String,
            /// Calls per page, 1–100 (default 10; Sendbird's JS SDK never asks for fewer than 10).
            query limit: u32,
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
    pub struct GetUserCallSummary {
        operation: "get_user_call_summary",
        request: GET "/users/{user_id}/call_summary",
        response: CallSummary,
        required {
            /// The user id.
            path user_id: String,
        }
        optional {}
    }

    /// Lists a user's VoIP push tokens of one type.
    pub struct ListPushTokens {
        operation: "list_push_tokens",
        request: GET "/users/{user_id}/push/{token_type}",
        response: PushTokens,
        required {
            /// The user id.
            path user_id: String,
            /// The token type.
            path token_type: PushTokenType,
        }
        optional {}
    }

    /// Registers a VoIP push token for a user.
    pub struct AddPushToken {
        operation: "add_push_token",
        request: POST "/users/{user_id}/push/{token_type}",
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
    pub struct RemovePushToken {
        operation: "remove_push_token",
        request: DELETE "/users/{user_id}/push/{token_type}/{token}",
        response: PushTokens,
        required {
            /// The user id.
            path user_id: String,
            /// The token type.
            path token_type: PushTokenType,
            /// The device token (it is part of the URL, so it is not a `SecretString`).
            path token: String,
        }
        optional {}
    }

    /// Removes every VoIP push token of one type from a user.
    pub struct RemovePushTokensOfType {
        operation: "remove_push_tokens_of_type",
        request: DELETE "/users/{user_id}/push/{token_type}",
        response: PushTokens,
        required {
            /// The user id.
            path user_id: String,
            /// The token type.
            path token_type: PushTokenType,
        }
        optional {}
    }
}

/// Entry points for Calls users: `calls.users()`.
#[derive(Debug, Clone, Copy)]
pub struct Users<'a> {
    calls: &'a CallsClient,
}

impl CallsClient {
    /// The users family.
    pub fn users(&self) -> Users<'_> {
        Users { calls: self }
    }
}

impl<'a> Users<'a> {
    /// Lists users; await one page or `.stream()` them all.
    pub fn list(self) -> Pending<'a, ListUsers> {
        self.calls.request(ListUsers::new())
    }

    /// Lists a user's calls; filter with the setters, `.stream()` to page through them.
    pub fn calls(self, user_id: impl Into<String>) -> Pending<'a, ListUserCalls> {
        self.calls.request(ListUserCalls::new(user_id.into()))
    }

    /// Retrieves a user's call summary.
    pub fn call_summary(self, user_id: impl Into<String>) -> Pending<'a, GetUserCallSummary> {
        self.calls.request(GetUserCallSummary::new(user_id.into()))
    }

    /// Lists a user's push tokens of one type.
    pub fn push_tokens(
        self,
        user_id: impl Into<String>,
        token_type: impl IntoParam<PushTokenType>,
    ) -> Pending<'a, ListPushTokens> {
        self.calls
            .request(ListPushTokens::new(user_id.into(), token_type))
    }

    /// Registers a push token.
    pub fn add_push_token(
        self,
        user_id: impl Into<String>,
        token_type: impl IntoParam<PushTokenType>,
        token: impl Into<SecretString>,
    ) -> Pending<'a, AddPushToken> {
        self.calls
            .request(AddPushToken::new(user_id.into(), token_type, token.into()))
    }

    /// Removes one push token.
    pub fn remove_push_token(
        self,
        user_id: impl Into<String>,
        token_type: impl IntoParam<PushTokenType>,
        token: impl Into<String>,
    ) -> Pending<'a, RemovePushToken> {
        self.calls.request(RemovePushToken::new(
            user_id.into(),
            token_type,
            token.into(),
        ))
    }

    /// Removes every push token of one type.
    pub fn remove_push_tokens(
        self,
        user_id: impl Into<String>,
        token_type: impl IntoParam<PushTokenType>,
    ) -> Pending<'a, RemovePushTokensOfType> {
        self.calls
            .request(RemovePushTokensOfType::new(user_id.into(), token_type))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::EndResult;
    use crate::test_support::{decode_fixture, json_body, path_and_query, request_fixture, wire};

    #[test]
    fn list_users_on_the_wire() {
        let request = wire(&ListUsers::new().limit(100).next("a b"));
        assert_eq!(request.method(), "GET");
        assert_eq!(path_and_query(&request), "/v1/users?next=a%20b&limit=100");
    }

    #[test]
    fn list_user_calls_on_the_wire() {
        let request = wire(
            &ListUserCalls::new("user@example.com")
                .limit(10)
                .call_type(CallType::Direct)
                .role(CallUserRole::Callee)
                .start_ts(1_700_000_000)
                .end_ts(1_700_086_400)
                .end_result(["no_answer", "declined"]),
        );
        assert_eq!(request.method(), "GET");
        assert_eq!(
            path_and_query(&request),
            "/v1/users/user%40example.com/calls?limit=10&type=direct&role=dc_callee&start_ts=1700000000&end_ts=1700086400&end_result=no_answer,declined"
        );
    }

    #[test]
    fn call_summary_on_the_wire() {
        let request = wire(&GetUserCallSummary::new("a/b"));
        assert_eq!(request.method(), "GET");
        assert_eq!(path_and_query(&request), "/v1/users/a%2Fb/call_summary");
    }

    #[test]
    fn push_token_endpoints_on_the_wire() {
        let list = wire(&ListPushTokens::new("ü 漢", PushTokenType::ApnsVoip));
        assert_eq!(list.method(), "GET");
        assert_eq!(
            path_and_query(&list),
            "/v1/users/%C3%BC%20%E6%BC%A2/push/apns_voip"
        );

        let add = wire(&AddPushToken::new("u1", "fcm_voip", "device-token").is_unique(true));
        assert_eq!(add.method(), "POST");
        assert_eq!(path_and_query(&add), "/v1/users/u1/push/fcm_voip");
        assert_eq!(
            json_body(&add),
            serde_json::json!({"token": "device-token", "is_unique": true})
        );
        assert_eq!(json_body(&add), request_fixture("add_push_token"));
        let endpoint = AddPushToken::new("u1", PushTokenType::FcmVoip, "device-token");
        assert!(
            !format!("{endpoint:?}").contains("device-token"),
            "the token stays out of Debug"
        );

        let remove = wire(&RemovePushToken::new(
            "u1",
            PushTokenType::ApnsVoip,
            "ab/cd==",
        ));
        assert_eq!(remove.method(), "DELETE");
        assert_eq!(
            path_and_query(&remove),
            "/v1/users/u1/push/apns_voip/ab%2Fcd%3D%3D"
        );

        let remove_all = wire(&RemovePushTokensOfType::new("50%", PushTokenType::FcmVoip));
        assert_eq!(remove_all.method(), "DELETE");
        assert_eq!(path_and_query(&remove_all), "/v1/users/50%25/push/fcm_voip");
        assert!(remove_all.body().is_empty());
    }

    #[test]
    fn decodes_users_and_calls() {
        let users = decode_fixture::<ListUsers>("list_users");
        assert_eq!(users.users.len(), 2);
        assert_eq!(users.users[0].user_id, "alice");
        assert_eq!(users.users[0].session_tokens.len(), 1);
        assert_eq!(
            users.users[0].session_tokens[0].expires_at,
            Some(1_700_086_400_000)
        );
        assert_eq!(
            users.users[1]
                .access_token
                .as_ref()
                .map(SecretString::expose),
            Some("")
        );
        assert!(users.next.is_some_and(|n| !n.is_empty()));

        let calls = decode_fixture::<ListUserCalls>("list_user_calls");
        assert_eq!(calls.calls.len(), 1);
        assert_eq!(calls.calls[0].user_role, Some(CallUserRole::Callee));
        assert_eq!(calls.calls[0].end_result, Some(EndResult::NoAnswer));
        assert_eq!(calls.calls[0].end_result_ex, Some(EndResult::NoAnswer));
        assert_eq!(calls.has_next, Some(false));
        assert_eq!(calls.next.as_deref(), Some(""));
    }

    #[test]
    fn decodes_call_summary() {
        let summary = decode_fixture::<GetUserCallSummary>("get_user_call_summary");
        let last = summary.last_call.expect("last call");
        assert_eq!(last.started_at, Some(1_700_000_000_000));
        assert_eq!(last.end_result, Some(EndResult::Completed));
        let count = summary.call_count.expect("counts");
        assert_eq!(count.total, Some(42));
        let direct = count.direct_call.expect("direct");
        assert_eq!((direct.caller, direct.callee), (Some(30), Some(12)));
    }

    #[test]
    fn decodes_push_token_answers() {
        let list = decode_fixture::<ListPushTokens>("list_push_tokens");
        assert_eq!(list.tokens.len(), 2);
        assert_eq!(list.tokens[0].expose(), "a1b2c3");
        assert_eq!(list.token_type.as_deref(), Some("apns_voip"));
        assert_eq!(list.user.map(|u| u.user_id).as_deref(), Some("alice"));

        let added = decode_fixture::<AddPushToken>("add_push_token");
        assert_eq!(added.tokens.len(), 1, "`token` as a string decodes");
        assert_eq!(added.tokens[0].expose(), "device-token");

        let removed = decode_fixture::<RemovePushToken>("remove_push_token");
        assert_eq!(removed.tokens.len(), 1, "`token` as a list decodes");
        let removed_all = decode_fixture::<RemovePushTokensOfType>("remove_push_tokens_of_type");
        assert!(removed_all.tokens.is_empty());
        assert!(removed_all.user.is_some());
    }

    #[tokio::test]
    async fn user_calls_stream_through_next_tokens() {
        use futures_util::TryStreamExt;

        let (calls, seen) = crate::test_support::scripted_client(&[
            r#"{"calls": [{"call_id": "c1"}], "next": "n1", "has_next": true}"#,
            r#"{"calls": [{"call_id": "c2"}], "next": "n2", "has_next": true}"#,
            r#"{"calls": [], "next": null, "has_next": false}"#,
        ]);
        let ids: Vec<String> = calls
            .users()
            .calls("u 1")
            .start_ts(1_700_000_000)
            .stream()
            .map_ok(|call| call.call_id)
            .try_collect()
            .await
            .expect("pages");
        assert_eq!(ids, ["c1", "c2"]);
        assert_eq!(
            *seen.lock().expect("lock"),
            [
                "/v1/users/u%201/calls?start_ts=1700000000",
                "/v1/users/u%201/calls?next=n1&start_ts=1700000000",
                "/v1/users/u%201/calls?next=n2&start_ts=1700000000",
            ]
        );
    }
}
