//! The emulator's view of an HTTP request: decoded path segments, query and parameters.

use std::net::IpAddr;

use bytes::Bytes;
use http::{header, HeaderMap, Method};
use percent_encoding::percent_decode_str;
use serde_json::Value;

use super::auth::Caller;
use super::errors::ApiError;
use super::multipart;
use super::params::Params;
use super::query::Query;

/// The address a connection comes from, set by the server as a request extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PeerAddr(pub(crate) IpAddr);

/// A parsed request, ready for a product handler.
#[derive(Debug, Clone)]
pub(crate) struct ApiRequest {
    /// Who sent it (by its API token).
    pub(crate) caller: Caller,
    /// The client's address; `None` for requests that did not come over the network (seed
    /// steps).
    pub(crate) peer: Option<IpAddr>,
    /// The HTTP method.
    pub(crate) method: Method,
    /// The path split on `/`, each segment percent-decoded exactly once.
    pub(crate) segments: Vec<String>,
    /// The query string.
    pub(crate) query: Query,
    /// The body parameters.
    pub(crate) params: Params,
}

impl ApiRequest {
    /// The segments after the first `skip` ones, as string slices.
    pub(crate) fn tail(&self, skip: usize) -> Vec<&str> {
        self.segments
            .iter()
            .skip(skip)
            .map(String::as_str)
            .collect()
    }
}

/// Splits a raw path into percent-decoded segments. A trailing slash is ignored.
/// Segments that don't decode to UTF-8 answer 400404.
pub(crate) fn split_path(raw: &str) -> Result<Vec<String>, ApiError> {
    let trimmed = raw.strip_prefix('/').unwrap_or(raw);
    let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
    if trimmed.is_empty() {
        return Ok(Vec::new());
    }
    trimmed
        .split('/')
        .map(|segment| {
            percent_decode_str(segment)
                .decode_utf8()
                .map(|s| s.into_owned())
                .map_err(|_| ApiError::invalid_url())
        })
        .collect()
}

/// Reads the body according to its content type.
///
/// `multipart/form-data` goes through `multer`; anything else non-empty must be a JSON
/// object (400403 otherwise). An empty body is an empty parameter set.
pub(crate) async fn parse_body(headers: &HeaderMap, body: Bytes) -> Result<Params, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if let Ok(boundary) = multer::parse_boundary(content_type) {
        return multipart::parse(body, boundary).await;
    }
    if content_type.to_ascii_lowercase().starts_with("multipart/") {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"Content-Type\" (multipart boundary missing).",
        ));
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Params::default());
    }
    match serde_json::from_slice::<Value>(&body) {
        Ok(Value::Object(map)) => Ok(Params::Json(map)),
        _ => Err(ApiError::invalid_json()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn segments_decode_once() {
        let segs = split_path("/v3/users/a%2Fb/x%2525/%2E%2E/%C3%BC%20%E6%BC%A2/").unwrap();
        assert_eq!(segs, ["v3", "users", "a/b", "x%25", "..", "ü 漢"]);
    }

    #[test]
    fn bad_utf8_is_invalid_url() {
        assert_eq!(split_path("/v3/users/%FF").unwrap_err().code, 400404);
    }

    #[tokio::test]
    async fn json_bodies() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_TYPE,
            "application/json; charset=utf8".parse().unwrap(),
        );
        assert!(parse_body(&headers, Bytes::from_static(b"{\"a\":1}"))
            .await
            .is_ok());
        assert!(parse_body(&headers, Bytes::new()).await.is_ok());
        let err = parse_body(&headers, Bytes::from_static(b"{oops"))
            .await
            .unwrap_err();
        assert_eq!(err.code, 400403);
        let err = parse_body(&headers, Bytes::from_static(b"[1]"))
            .await
            .unwrap_err();
        assert_eq!(err.code, 400403);
    }
}
