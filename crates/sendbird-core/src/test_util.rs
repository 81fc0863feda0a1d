//! Test helpers for users and product crates (feature `test-util`): the exact request an
//! endpoint puts on the wire, decoding of JSON fixtures, and parsing multipart bodies back.
//!
//! These helpers panic with a readable message on failure, as test code should.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use bytes::Bytes;

use crate::client::build_http_request;
use crate::endpoint::Endpoint;
use crate::layers::BaseUrl;
use crate::secret::ApiToken;

/// The token [`wire`] puts in `Api-Token`.
pub const TEST_TOKEN: &str = "test-token";

/// The `http::Request<Bytes>` `endpoint` produces below `base_url` with [`TEST_TOKEN`].
///
/// ```
/// # sendbird_core::define_pending! { struct Pending; }
/// # sendbird_core::endpoints! { registry: const R; pending: Pending;
/// #   /// Gets a user.
/// #   pub struct GetUser { operation: "get_user", request: GET "/users/{user_id}",
/// #     response: sendbird_core::Empty, required { path user_id: String } optional {} } }
/// let request = sendbird_core::test_util::wire(&GetUser::new("a b"), "https://api-A.sendbird.com/v3");
/// assert_eq!(request.uri().path(), "/v3/users/a%20b");
/// ```
pub fn wire<E: Endpoint>(endpoint: &E, base_url: &str) -> http::Request<Bytes> {
    let base = BaseUrl::parse(base_url).unwrap_or_else(|e| panic!("base URL: {e}"));
    build_http_request(endpoint, &base, &ApiToken::new(TEST_TOKEN))
        .unwrap_or_else(|e| panic!("request for {} does not build: {e}", E::META.operation))
}

/// Decodes the JSON file at `path` with `E`'s response type.
pub fn decode_file<E: Endpoint>(path: impl AsRef<Path>) -> E::Response {
    let path = path.as_ref();
    let text = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    E::decode_response(&Bytes::from(text)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One part of a parsed multipart body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedPart {
    /// The field name.
    pub name: String,
    /// The file name, for file parts.
    pub file_name: Option<String>,
    /// The part's content type, if given.
    pub content_type: Option<String>,
    /// The bytes.
    pub data: Bytes,
}

/// Parses a `multipart/form-data` request body back into its parts with `multer`.
pub async fn multipart_parts(request: &http::Request<Bytes>) -> Vec<ParsedPart> {
    let content_type = request
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .expect("a content-type header");
    let boundary = multer::parse_boundary(content_type).expect("a multipart boundary");
    let body = request.body().clone();
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .expect("a valid multipart body")
    {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(|m| m.to_string());
        let data = field.bytes().await.expect("part bytes");
        parts.push(ParsedPart {
            name,
            file_name,
            content_type,
            data,
        });
    }
    parts
}
