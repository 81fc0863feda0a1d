//! Helpers for this crate's unit tests: the exact request on the wire, and fixture decoding.

use bytes::Bytes;
use sendbird_core::layers::BaseUrl;
use sendbird_core::{build_http_request, ApiToken, Endpoint};

/// The `http::Request` an endpoint produces below `https://api-APP.sendbird.com/v3`.
pub(crate) fn wire<E: Endpoint>(endpoint: &E) -> http::Request<Bytes> {
    let base = BaseUrl::parse("https://api-APP.sendbird.com/v3").expect("valid base");
    let request =
        build_http_request(endpoint, &base, &ApiToken::new("test-token")).expect("request builds");
    assert_eq!(request.headers()["api-token"], "test-token");
    request
}

/// Decodes `fixtures/responses/<name>.json` with `E`'s response type.
pub(crate) fn decode_fixture<E: Endpoint>(name: &str) -> E::Response {
    let path = format!(
        "{}/fixtures/responses/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    E::decode_response(&Bytes::from(text)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Parses a multipart request body back into `(name, file_name, bytes)` parts with `multer`.
pub(crate) async fn multipart_parts(
    request: &http::Request<Bytes>,
) -> Vec<(String, Option<String>, Bytes)> {
    let content_type = request.headers()["content-type"].to_str().expect("ascii");
    let boundary = multer::parse_boundary(content_type).expect("boundary");
    let body = request.body().clone();
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = multipart.next_field().await.expect("valid multipart") {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        parts.push((name, file_name, field.bytes().await.expect("part bytes")));
    }
    parts
}
