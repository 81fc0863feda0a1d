//! Helpers for the Calls and Live (`/v1`) tests.

use std::collections::{HashMap, HashSet};

use http::Method;
use serde_json::Value;

use super::req::Request;
use super::{enc, Api, Reply};

/// A `/v1` request with an optional JSON body.
pub(crate) async fn v1(api: &Api, method: Method, path: &str, body: Option<Value>) -> Reply {
    api.json(method, &format!("/v1{path}"), body).await
}

/// A `/v1` GET.
pub(crate) async fn get(api: &Api, path: &str) -> Reply {
    v1(api, Method::GET, path, None).await
}

/// `POST /cloud-recordings/{recording_id}/copy` with this body.
pub(crate) async fn copy_recording(api: &Api, recording_id: &str, body: Value) -> Reply {
    let path = format!("/cloud-recordings/{recording_id}/copy");
    v1(api, Method::POST, &path, Some(body)).await
}

/// A Calls error: HTTP status, code and type.
pub(crate) type CallsError = (u16, u64, &'static str);

/// 400100: a parameter is malformed.
pub(crate) const INVALID_PARAMS: CallsError = (400, 400100, "INVALID_PARAMS");
/// 400111: a required parameter is missing.
pub(crate) const MISSING_PARAMS: CallsError = (400, 400111, "MISSING_PARAMS");
/// 400200: the resource does not exist.
pub(crate) const NOT_FOUND: CallsError = (400, 400200, "NOT_FOUND");
/// 1400126: the room does not exist or was deleted.
pub(crate) const INVALID_ROOM: CallsError = (400, 1400126, "INVALID_ROOM");
/// 401121: the token is missing or wrong.
pub(crate) const NOT_AUTHORIZED: CallsError = (401, 401121, "NOT_AUTHORIZED");

/// Asserts the Calls error envelope: status, code and type.
#[track_caller]
pub(crate) fn calls_error(reply: &Reply, (status, code, kind): CallsError) {
    reply.error(status, code);
    assert_eq!(reply.json()["type"], kind, "body: {}", reply.json());
}

/// Sends each `/v1` request (path relative to `/v1`) in turn and asserts its Calls error
/// envelope; a failure names the request.
pub(crate) async fn calls_errors(api: &Api, cases: &[(Request<'_>, CallsError)]) {
    for ((method, path, body), expected) in cases {
        let reply = v1(api, method.clone(), path, body.clone()).await;
        let got = reply.json();
        assert_eq!(
            (
                reply.status.as_u16(),
                got["code"].as_u64(),
                got["type"].as_str()
            ),
            (expected.0, Some(expected.1), Some(expected.2)),
            "{method} {path} {body:?}: {got}"
        );
        calls_error(&reply, *expected);
    }
}

/// Asserts that `GET path?query` answers 400100 `INVALID_PARAMS` for each query.
pub(crate) async fn invalid_queries(api: &Api, path: &str, queries: &[&str]) {
    for query in queries {
        let reply = get(api, &format!("{path}?{query}")).await;
        assert_eq!(reply.json()["code"], 400100, "{path}?{query}");
        calls_error(&reply, INVALID_PARAMS);
    }
}

/// Walks a `/v1` list with `next` to the end, then back with `prev`; checks both walks see
/// every item exactly once, in the same order. Returns the items.
pub(crate) async fn walk(api: &Api, path: &str, field: &str, id: &str, limit: usize) -> Vec<Value> {
    let sep = if path.contains('?') { '&' } else { '?' };
    let mut items: Vec<Value> = Vec::new();
    let mut url = format!("{path}{sep}limit={limit}");
    let mut first_prev = None;
    let mut last_prev = String::new();
    for _ in 0..1000 {
        let body = get(api, &url).await.ok();
        let page = body[field].as_array().unwrap().clone();
        assert!(page.len() <= limit);
        first_prev.get_or_insert_with(|| body["prev"].clone());
        items.extend(page);
        let next = body["next"].as_str().unwrap_or("").to_owned();
        last_prev = body["prev"].as_str().unwrap_or("").to_owned();
        if next.is_empty() {
            break;
        }
        url = format!("{path}{sep}limit={limit}&next={}", enc(&next));
    }
    let ids: Vec<&str> = items.iter().map(|i| i[id].as_str().unwrap()).collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicates in {ids:?}");
    if first_prev.is_some_and(|p| !p.is_null()) {
        // Walk back from the last page with `prev`.
        let last_len = items.len() % limit;
        let last_len = if last_len == 0 {
            limit.min(items.len())
        } else {
            last_len
        };
        let mut back: Vec<Value> = items[items.len() - last_len..].to_vec();
        let mut prev = last_prev;
        while !prev.is_empty() {
            let body = get(
                api,
                &format!("{path}{sep}limit={limit}&prev={}", enc(&prev)),
            )
            .await
            .ok();
            let page = body[field].as_array().unwrap().clone();
            assert_eq!(page.len(), limit);
            back.splice(0..0, page);
            prev = body["prev"].as_str().unwrap().to_owned();
        }
        assert_eq!(back, items, "prev walk differs from next walk");
    }
    items
}

/// Walks the `participants` list at `path` (`limit` a page), asserts it lists `count`
/// seeded participants with ids `{prefix}00`, `{prefix}01`, ... newest (highest number)
/// first, and returns them by participant id.
pub(crate) async fn walk_participants(
    api: &Api,
    path: &str,
    limit: usize,
    prefix: &str,
    count: usize,
) -> HashMap<String, Value> {
    let items = walk(api, path, "participants", "participant_id", limit).await;
    let want: Vec<String> = (0..count)
        .rev()
        .map(|i| format!("{prefix}{i:02}"))
        .collect();
    assert_eq!(super::strs(&items, "participant_id"), want, "{path}");
    items
        .into_iter()
        .map(|p| (p["participant_id"].as_str().unwrap().to_owned(), p))
        .collect()
}
