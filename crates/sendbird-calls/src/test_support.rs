//! Unit-test helpers: thin wrappers over `sendbird_core::test_util` for the Calls base URL and
//! this crate's fixture folder, plus a scripted fake transport for paging tests.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use sendbird_core::test_util;
use sendbird_core::Endpoint;

use crate::CallsClient;

/// The `http::Request` an endpoint produces below `https://api-APP.calls.sendbird.com/v1`.
pub(crate) fn wire<E: Endpoint>(endpoint: &E) -> http::Request<Bytes> {
    let request = test_util::wire(endpoint, "https://api-APP.calls.sendbird.com/v1");
    assert_eq!(request.headers()["api-token"], test_util::TEST_TOKEN);
    request
}

/// The path and query of `request`.
pub(crate) fn path_and_query(request: &http::Request<Bytes>) -> &str {
    request
        .uri()
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or_default()
}

/// The JSON body of `request`.
pub(crate) fn json_body(request: &http::Request<Bytes>) -> serde_json::Value {
    assert_eq!(
        request.headers()["content-type"],
        "application/json; charset=utf8"
    );
    serde_json::from_slice(request.body()).expect("a JSON body")
}

/// Decodes `fixtures/responses/<name>.json` with `E`'s response type.
pub(crate) fn decode_fixture<E: Endpoint>(name: &str) -> E::Response {
    test_util::decode_file::<E>(format!(
        "{}/fixtures/responses/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
}

/// `fixtures/requests/<name>.json` as JSON.
pub(crate) fn request_fixture(name: &str) -> serde_json::Value {
    let path = format!(
        "{}/fixtures/requests/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_slice(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A client whose transport answers with `bodies` in order (HTTP 200) and records every
/// request it receives (path and query, as sent).
pub(crate) fn scripted_client(bodies: &[&'static str]) -> (CallsClient, Arc<Mutex<Vec<String>>>) {
    let queue = Arc::new(Mutex::new(bodies.iter().copied().collect::<VecDeque<_>>()));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&seen);
    let service = tower::service_fn(move |request: http::Request<Bytes>| {
        let queue = Arc::clone(&queue);
        let seen = Arc::clone(&seen);
        async move {
            seen.lock()
                .expect("lock")
                .push(path_and_query(&request).to_owned());
            let body = queue
                .lock()
                .expect("lock")
                .pop_front()
                .expect("a scripted response for every request");
            let response = http::Response::builder()
                .status(200)
                .header("content-type", "application/json")
                .body(body.to_owned())
                .expect("response");
            Ok::<_, Infallible>(response)
        }
    });
    let client = CallsClient::builder()
        .base_url("http://127.0.0.1:1/v1")
        .api_token("t")
        .with_service(service)
        .build()
        .expect("client");
    (client, recorded)
}
