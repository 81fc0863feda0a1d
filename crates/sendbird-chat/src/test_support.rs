//! Unit-test helpers: thin wrappers over `sendbird_core::test_util` for this crate's base URL
//! and fixture folder.

use bytes::Bytes;
use sendbird_core::test_util;
use sendbird_core::Endpoint;

/// The `http::Request` an endpoint produces below `https://api-APP.sendbird.com/v3`.
pub(crate) fn wire<E: Endpoint>(endpoint: &E) -> http::Request<Bytes> {
    let request = test_util::wire(endpoint, "https://api-APP.sendbird.com/v3");
    assert_eq!(request.headers()["api-token"], test_util::TEST_TOKEN);
    request
}

/// Decodes `fixtures/responses/<name>.json` with `E`'s response type.
pub(crate) fn decode_fixture<E: Endpoint>(name: &str) -> E::Response {
    test_util::decode_file::<E>(format!(
        "{}/fixtures/responses/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
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
