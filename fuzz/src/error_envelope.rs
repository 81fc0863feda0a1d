//! `error_envelope`: a non-2xx response — status, headers, body — read the way the SDK reads
//! it: `ApiError::from_response` (both envelopes, numeric or string codes, non-JSON bodies) and
//! `retry_after_from_headers`, then the `Error` accessors, `Display` and `redact`.
//!
//! Shared by `fuzz_targets/error_envelope.rs` and the corpus test
//! `crates/sendbird-core/tests/it/fuzz_corpus.rs` (included there with `#[path]`).
//!
//! Input format (text-like, so seeds stay readable):
//!
//! ```text
//! STATUS LF                e.g. `429`; not a status code from 100 to 999: the input is skipped
//! NAME: VALUE LF           zero or more headers; lines that are no valid header are skipped
//! LF                       an empty line ends the headers
//! BODY                     everything else, byte for byte
//! ```
//!
//! A `\r` before a line feed in the head is dropped.

use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use sendbird_core::{retry_after_from_headers, ApiError, Error};

/// The token that `redact` must remove (it appears in some seeds).
pub const SECRET: &str = "fuzz-secret-api-token";

/// Runs one input; the decoded error, if the input has a valid status line.
pub fn run(data: &[u8]) -> Option<ApiError> {
    let (status, headers, body) = split(data)?;
    let retry_after = retry_after_from_headers(&headers);
    if let Some(wait) = retry_after {
        assert!(
            wait <= Duration::from_secs(86_400),
            "retry-after is capped at a day"
        );
    }
    let api = ApiError::from_response(status, &headers, body.clone());
    assert_eq!(api.status, status);
    assert_eq!(api.retry_after, retry_after);
    assert_eq!(api.body.0, body, "the raw body is kept");
    let _ = api.is_rate_limited();
    let error = Error::from(api.clone());
    assert_eq!(error.code(), api.code);
    assert_eq!(error.status(), Some(status));
    let _ = (error.class(), error.is_rate_limited(), error.is_timeout());
    let _ = error.to_string();
    let redacted = error.redact(SECRET);
    let shown = format!("{redacted} {redacted:?}");
    assert!(
        !shown.contains(SECRET),
        "redact leaves the secret in {shown:?}"
    );
    if let Some(redacted) = redacted.as_api() {
        assert!(
            !redacted
                .body
                .0
                .windows(SECRET.len())
                .any(|w| w == SECRET.as_bytes()),
            "redact leaves the secret in the body"
        );
    }
    Some(api)
}

/// Splits an input into status, headers and body.
pub fn split(data: &[u8]) -> Option<(StatusCode, HeaderMap, Bytes)> {
    let mut rest = data;
    let mut next_line = || {
        let at = rest.iter().position(|b| *b == b'\n');
        let (line, after) = match at {
            Some(at) => (&rest[..at], &rest[at + 1..]),
            None => (rest, &b""[..]),
        };
        rest = after;
        line.strip_suffix(b"\r").unwrap_or(line)
    };
    let status = StatusCode::from_bytes(next_line()).ok()?;
    let mut headers = HeaderMap::new();
    loop {
        let line = next_line();
        if line.is_empty() {
            break;
        }
        let Some(colon) = line.iter().position(|b| *b == b':') else {
            continue;
        };
        let name = HeaderName::from_bytes(&line[..colon]);
        let value = HeaderValue::from_bytes(line[colon + 1..].trim_ascii());
        if let (Ok(name), Ok(value)) = (name, value) {
            headers.append(name, value);
        }
    }
    Some((status, headers, Bytes::copy_from_slice(rest)))
}
