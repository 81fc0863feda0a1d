//! Direct calls: list and retrieve calls, update and delete their custom items.

use sendbird_core::StringList;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};

use crate::models::{
    CustomItems, CustomItemsMode, DeletedCustomItems, DirectCall, EndResultList, UpdatedCustomItems,
};
use crate::{CallsClient, Pending};

/// The response of [`ListDirectCalls`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListDirectCallsResponse {
    /// The calls of this page (`calls`; `direct_calls` also decodes).
    #[serde(
        default,
        alias = "direct_calls",
        deserialize_with = "sendbird_core::de::null_as_default"
    )]
    pub calls: Vec<DirectCall>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// The token of the previous page, when Sendbird sends one.
    #[serde(default)]
    pub prev: Option<String>,
}

sendbird_core::page_response!(ListDirectCallsResponse, calls: DirectCall, prev);

/// The response of [`GetDirectCall`]: the call.
///
/// Sendbird's wrapper key is not documented; `{"call": {..}}`, `{"direct_call": {..}}` and a
/// bare call object all decode.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DirectCallResponse {
    /// The call.
    pub call: DirectCall,
}

impl<'de> Deserialize<'de> for DirectCallResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut value = serde_json::Value::deserialize(deserializer)?;
        let wrapped = value.as_object_mut().and_then(|object| {
            ["call", "direct_call"]
                .iter()
                .find(|key| object.get(**key).is_some_and(serde_json::Value::is_object))
                .and_then(|key| object.remove(*key))
        });
        let call = DirectCall::deserialize(wrapped.unwrap_or(value)).map_err(D::Error::custom)?;
        Ok(Self { call })
    }
}

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Lists the application's direct calls, newest first.
    pub struct ListDirectCalls {
        operation: "list_direct_calls",
        request: GET "/direct_calls",
        response: ListDirectCallsResponse,
        paginate: next,
        required {}
        optional {
            /// The page token from the previous response's `next`.
            query next: String,
            /// Calls per page, 1–100 (default 10).
            query limit: u32,
            /// Only calls of this user; each call then carries the user's `user_role`.
            query user_id: String,
            /// Only calls that ended with one of these results (comma-joined).
            query end_result: EndResultList,
        }
    }

    /// Retrieves a direct call.
    pub struct GetDirectCall {
        operation: "get_direct_call",
        request: GET "/direct_calls/{call_id}",
        response: DirectCallResponse,
        required {
            /// The call id.
            path call_id: String,
        }
        optional {}
    }

    /// Adds or overwrites custom items of a direct call.
    pub struct UpdateDirectCallCustomItems {
        operation: "update_direct_call_custom_items",
        request: PUT "/direct_calls/{call_id}/custom_items",
        response: UpdatedCustomItems,
        required {
            /// The call id.
            path call_id: String,
            /// The items to add or overwrite (at most 10; see [`CustomItems`]).
            body custom_items: CustomItems,
        }
        optional {
            /// How the items apply; the entry point sends `upsert`, as Sendbird's SDKs do.
            body mode: CustomItemsMode,
        }
    }

    /// Deletes custom items of a direct call by key.
    pub struct DeleteDirectCallCustomItems {
        operation: "delete_direct_call_custom_items",
        request: DELETE "/direct_calls/{call_id}/custom_items",
        response: DeletedCustomItems,
        required {
            /// The call id.
            path call_id: String,
        }
        optional {
            /// The keys to delete. Without keys the body is `{}`, which Sendbird's SDK uses to
            /// delete every item (undocumented for the Platform API).
            body keys: StringList,
        }
    }
}

/// Entry points for direct calls: `calls.direct_calls()`.
#[derive(Debug, Clone, Copy)]
pub struct DirectCalls<'a> {
    calls: &'a CallsClient,
}

impl CallsClient {
    /// The direct-calls family.
    pub fn direct_calls(&self) -> DirectCalls<'_> {
        DirectCalls { calls: self }
    }
}

impl<'a> DirectCalls<'a> {
    /// Lists direct calls; await one page or `.stream()` them all.
    pub fn list(self) -> Pending<'a, ListDirectCalls> {
        self.calls.request(ListDirectCalls::new())
    }

    /// Retrieves a direct call.
    pub fn get(self, call_id: impl Into<String>) -> Pending<'a, GetDirectCall> {
        self.calls.request(GetDirectCall::new(call_id.into()))
    }

    /// Adds or overwrites custom items (`mode: upsert`).
    pub fn update_custom_items(
        self,
        call_id: impl Into<String>,
        custom_items: CustomItems,
    ) -> Pending<'a, UpdateDirectCallCustomItems> {
        self.calls.request(
            UpdateDirectCallCustomItems::new(call_id.into(), custom_items)
                .mode(CustomItemsMode::Upsert),
        )
    }

    /// Deletes the custom items with these keys.
    pub fn delete_custom_items(
        self,
        call_id: impl Into<String>,
        keys: impl Into<StringList>,
    ) -> Pending<'a, DeleteDirectCallCustomItems> {
        self.calls
            .request(DeleteDirectCallCustomItems::new(call_id.into()).keys(keys.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{CallType, CallUserRole, EndResult, RecordingStatus};
    use crate::test_support::{decode_fixture, json_body, path_and_query, request_fixture, wire};

    #[test]
    fn list_direct_calls_on_the_wire() {
        let request = wire(
            &ListDirectCalls::new()
                .limit(20)
                .next("tok/1")
                .user_id("user@example.com")
                .end_result([EndResult::NoAnswer, EndResult::Canceled]),
        );
        assert_eq!(request.method(), "GET");
        assert_eq!(
            path_and_query(&request),
            "/v1/direct_calls?next=tok%2F1&limit=20&user_id=user%40example.com&end_result=no_answer,canceled"
        );
        assert!(request.body().is_empty());
    }

    #[test]
    fn get_direct_call_encodes_the_id() {
        let request = wire(&GetDirectCall::new("a/b ü"));
        assert_eq!(request.method(), "GET");
        assert_eq!(path_and_query(&request), "/v1/direct_calls/a%2Fb%20%C3%BC");
    }

    #[test]
    fn update_custom_items_on_the_wire() {
        let items = CustomItems::try_new([("ticket", "T-1"), ("priority", "high")]).expect("ok");
        let request =
            wire(&UpdateDirectCallCustomItems::new("50%", items).mode(CustomItemsMode::Upsert));
        assert_eq!(request.method(), "PUT");
        assert_eq!(
            path_and_query(&request),
            "/v1/direct_calls/50%25/custom_items"
        );
        assert_eq!(
            json_body(&request),
            serde_json::json!({"custom_items": {"priority": "high", "ticket": "T-1"}, "mode": "upsert"})
        );
        assert_eq!(
            json_body(&request),
            request_fixture("update_direct_call_custom_items")
        );
    }

    #[test]
    fn delete_custom_items_on_the_wire() {
        let request = wire(&DeleteDirectCallCustomItems::new("c 1").keys(["priority", "a,b"]));
        assert_eq!(request.method(), "DELETE");
        assert_eq!(
            path_and_query(&request),
            "/v1/direct_calls/c%201/custom_items"
        );
        assert_eq!(
            json_body(&request),
            serde_json::json!({"keys": ["priority", "a,b"]})
        );
        let all = wire(&DeleteDirectCallCustomItems::new("c1"));
        assert_eq!(json_body(&all), serde_json::json!({}));
        let fixture = request_fixture("delete_direct_call_custom_items");
        assert_eq!(
            json_body(&wire(
                &DeleteDirectCallCustomItems::new("c1").keys(["priority"])
            )),
            fixture
        );
    }

    #[test]
    fn decodes_list_direct_calls() {
        let list = decode_fixture::<ListDirectCalls>("list_direct_calls");
        assert_eq!(list.calls.len(), 2);
        let first = &list.calls[0];
        assert_eq!(first.call_id, "8a5c6e2b-61c4-4bb6-9c11-2c2f2d4d1d01");
        assert_eq!(first.call_type, Some(CallType::Direct));
        assert_eq!(first.is_video_call, Some(true));
        assert_eq!(first.end_result, Some(EndResult::Completed));
        assert_eq!(first.user_role, Some(CallUserRole::Caller));
        assert_eq!(first.duration, Some(73_000));
        assert_eq!(first.started_at, Some(1_700_000_000_000));
        assert_eq!(first.participants.len(), 2);
        assert_eq!(first.participants[1].role, Some(CallUserRole::Callee));
        assert_eq!(first.custom_items.get("ticket"), Some("T-1"));
        assert_eq!(
            first.cloud_recordings[0].status,
            Some(RecordingStatus::Completed)
        );
        let second = &list.calls[1];
        assert_eq!(second.end_result, Some(EndResult::UnknownReason));
        assert_eq!(
            second.is_video_call,
            Some(false),
            "string \"false\" decodes"
        );
        assert!(
            second.custom_items.is_empty(),
            "null custom_items decode as empty"
        );
        assert_eq!(second.ended_by.as_deref(), Some(""));
        assert_eq!(list.next.as_deref(), Some("MTcwMDAwMDAwMDAwMA"));
    }

    #[test]
    fn decodes_get_direct_call_wrapped_or_bare() {
        let call = decode_fixture::<GetDirectCall>("get_direct_call").call;
        assert_eq!(call.call_id, "8a5c6e2b-61c4-4bb6-9c11-2c2f2d4d1d01");
        assert_eq!(
            call.participants[0]
                .metadata
                .get("team")
                .map(String::as_str),
            Some("support")
        );
        let bare: DirectCallResponse =
            serde_json::from_str(r#"{"call_id": 42, "end_result": "no_answer"}"#).expect("bare");
        assert_eq!(bare.call.call_id, "42");
        assert_eq!(bare.call.end_result, Some(EndResult::NoAnswer));
    }

    #[test]
    fn decodes_custom_items_answers() {
        let updated =
            decode_fixture::<UpdateDirectCallCustomItems>("update_direct_call_custom_items");
        assert_eq!(
            updated.call_id.as_deref(),
            Some("8a5c6e2b-61c4-4bb6-9c11-2c2f2d4d1d01")
        );
        assert_eq!(updated.updated, ["priority", "ticket"]);
        assert_eq!(updated.custom_items.get("priority"), Some("high"));
        let deleted =
            decode_fixture::<DeleteDirectCallCustomItems>("delete_direct_call_custom_items");
        assert_eq!(deleted.deleted, ["priority"]);
        assert_eq!(deleted.custom_items.len(), 1);
        assert_eq!(deleted.custom_items.get("ticket"), Some("T-1"));
    }

    #[tokio::test]
    async fn list_streams_every_page() {
        use futures_util::TryStreamExt;

        let (calls, seen) = crate::test_support::scripted_client(&[
            r#"{"calls": [{"call_id": "c1"}, {"call_id": "c2"}], "next": "p2"}"#,
            r#"{"calls": [{"call_id": "c3"}], "next": ""}"#,
        ]);
        let all: Vec<DirectCall> = calls
            .direct_calls()
            .list()
            .limit(2)
            .end_result(EndResult::Completed)
            .stream()
            .try_collect()
            .await
            .expect("pages");
        let ids: Vec<_> = all.iter().map(|c| c.call_id.as_str()).collect();
        assert_eq!(ids, ["c1", "c2", "c3"]);
        assert_eq!(
            *seen.lock().expect("lock"),
            [
                "/v1/direct_calls?limit=2&end_result=completed",
                "/v1/direct_calls?next=p2&limit=2&end_result=completed",
            ]
        );
    }
}
