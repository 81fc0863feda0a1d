//! Unit-test helpers: thin wrappers over `sendbird_core::test_util` for the Live base URL
//! and this crate's fixture folder, plus a fake transport.

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use sendbird_core::test_util;
use sendbird_core::{Endpoint, Error};

use crate::LiveClient;

/// The base URL used by [`wire`].
pub(crate) const BASE_URL: &str = "https://api-APP.calls.sendbird.com/v1";

/// The `http::Request` an endpoint produces below `https://api-APP.calls.sendbird.com/v1`.
pub(crate) fn wire<E: Endpoint>(endpoint: &E) -> http::Request<Bytes> {
    let request = test_util::wire(endpoint, BASE_URL);
    assert_eq!(request.headers()["api-token"], test_util::TEST_TOKEN);
    request
}

/// The request's path and query, e.g. `/v1/live-events?limit=2`.
pub(crate) fn path_and_query(request: &http::Request<Bytes>) -> &str {
    request
        .uri()
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or_default()
}

/// The request's JSON body.
pub(crate) fn json_body(request: &http::Request<Bytes>) -> serde_json::Value {
    serde_json::from_slice(request.body()).expect("a JSON body")
}

/// Decodes `fixtures/responses/<name>.json` with `E`'s response type.
pub(crate) fn decode_fixture<E: Endpoint>(name: &str) -> E::Response {
    test_util::decode_file::<E>(format!(
        "{}/fixtures/responses/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
}

/// Reads `fixtures/<kind>/<name>.json` as bytes.
pub(crate) fn fixture_bytes(kind: &str, name: &str) -> Bytes {
    let path = format!("{}/fixtures/{kind}/{name}.json", env!("CARGO_MANIFEST_DIR"));
    Bytes::from(std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
}

/// Parses a multipart request body back into `(name, file_name, bytes)` parts with `multer`.
pub(crate) async fn multipart_parts(
    request: &http::Request<Bytes>,
) -> Vec<(String, Option<String>, Bytes)> {
    test_util::multipart_parts(request)
        .await
        .into_iter()
        .map(|part| (part.name, part.file_name, part.data))
        .collect()
}

/// The requests a [`fake`] client received: `(method, path and query)`.
pub(crate) type Seen = Arc<Mutex<Vec<(String, String)>>>;

/// A client over a fake transport: `answer(method, path_and_query)` gives the status and
/// JSON body of each response. Every request is logged in the returned [`Seen`].
pub(crate) fn fake<F>(answer: F) -> (LiveClient, Seen)
where
    F: Fn(&str, &str) -> (u16, String) + Clone + Send + Sync + 'static,
{
    let seen: Seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let service = tower::service_fn(move |request: http::Request<Bytes>| {
        let method = request.method().to_string();
        let target = path_and_query(&request).to_owned();
        let (status, body) = answer(&method, &target);
        log.lock().expect("lock").push((method, target));
        async move {
            Ok::<_, Error>(
                http::Response::builder()
                    .status(status)
                    .header("content-type", "application/json")
                    .body(body)
                    .expect("response"),
            )
        }
    });
    let client = sendbird_core::Client::builder()
        .base_url("http://127.0.0.1:1/v1")
        .api_token("t")
        .with_service(service)
        .build()
        .expect("client");
    (LiveClient::from(client), seen)
}
