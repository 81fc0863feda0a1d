//! The one error type of the SDK, and its parts.
//!
//! Every fallible call returns [`Error`]. An API error keeps the HTTP status, Sendbird's numeric
//! `code`, its `message`, the optional Calls `type`, the retry hint and the raw body.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// A boxed error from a transport or a user's middleware.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong while building, sending or decoding a request.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be built (bad base URL, missing path argument, unserializable body).
    #[error("could not build the request: {0}")]
    Build(#[from] BuildError),
    /// The transport failed (connection refused, TLS, reset...).
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// An attempt or the whole call ran out of time.
    #[error("{0}")]
    Timeout(TimeoutKind),
    /// Sendbird answered with an error status.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The response could not be decoded into the endpoint's type.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// The response body was larger than the configured cap.
    #[error("response body exceeds the {limit}-byte limit")]
    BodyTooLarge {
        /// The configured limit, in bytes.
        limit: usize,
    },
    /// An error raised by a user-supplied middleware layer.
    #[error("middleware error: {0}")]
    Middleware(BoxError),
    /// A paged list did not end: the server repeated a page token, or the page cap was hit.
    #[error(transparent)]
    Pagination(#[from] PaginationError),
}

/// Why a paged walk was stopped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PaginationError {
    /// The server answered a page token it had already handed out: the listing cycles.
    #[error("the server repeated a page token after page {page}: the listing would never end")]
    RepeatedToken {
        /// The pages fetched so far.
        page: usize,
    },
    /// The configured page cap was reached before the last page.
    #[error("stopped after {limit} pages (the page cap); raise it with max_pages")]
    PageLimit {
        /// The cap.
        limit: usize,
    },
}

impl Error {
    /// The API error, if Sendbird answered with one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }

    /// Sendbird's numeric error code, if Sendbird answered with one.
    pub fn code(&self) -> Option<u32> {
        self.as_api().and_then(|api| api.code)
    }

    /// The HTTP status of an API error.
    pub fn status(&self) -> Option<StatusCode> {
        self.as_api().map(|api| api.status)
    }

    /// `true` for HTTP 429 or the rate-limit codes of Chat (500910) and Calls (429100).
    pub fn is_rate_limited(&self) -> bool {
        self.as_api().is_some_and(ApiError::is_rate_limited)
    }

    /// A short, static name of the error's class (`"api"`, `"transport"`, `"timeout"`, ...),
    /// safe to log: it carries no server text.
    pub fn class(&self) -> &'static str {
        match self {
            Error::Build(_) => "build",
            Error::Transport(_) => "transport",
            Error::Timeout(_) => "timeout",
            Error::Api(_) => "api",
            Error::Decode(_) => "decode",
            Error::BodyTooLarge { .. } => "body_too_large",
            Error::Middleware(_) => "middleware",
            Error::Pagination(_) => "pagination",
        }
    }

    /// `true` for an attempt or total timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout(_))
    }

    /// Turns a boxed error from a middleware back into an [`Error`] when it is one.
    pub fn from_boxed(error: BoxError) -> Self {
        match error.downcast::<Error>() {
            Ok(error) => *error,
            Err(other) => Error::Middleware(other),
        }
    }
}

impl Error {
    /// Replaces every occurrence of `secret` (the client's API token) in the texts this error
    /// carries — an API error's message and body, a decode error's message and body, a
    /// transport or middleware error's text — with `[redacted]`, so a server or middleware that
    /// echoes the token cannot leak it through `Display`, `Debug` or logs.
    pub fn redact(self, secret: &str) -> Self {
        if secret.is_empty() {
            return self;
        }
        match self {
            Error::Api(mut api) => {
                api.message = redact_text(&api.message, secret);
                api.error_type = api.error_type.map(|kind| redact_text(&kind, secret));
                api.body = RawBody(redact_bytes(&api.body.0, secret));
                Error::Api(api)
            }
            Error::Decode(mut decode) => {
                decode.message = redact_text(&decode.message, secret);
                decode.path = redact_text(&decode.path, secret);
                decode.body = RawBody(redact_bytes(&decode.body.0, secret));
                Error::Decode(decode)
            }
            Error::Transport(transport) if transport.to_string().contains(secret) => {
                let text = redact_text(&transport.source.to_string(), secret);
                Error::Transport(TransportError::new(transport.kind, Redacted(text)))
            }
            Error::Middleware(source) if source.to_string().contains(secret) => {
                Error::Middleware(Box::new(Redacted(redact_text(&source.to_string(), secret))))
            }
            other => other,
        }
    }
}

/// The text of an error whose original carried a secret.
#[derive(Debug)]
struct Redacted(String);

impl fmt::Display for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Redacted {}

const REDACTED: &str = "[redacted]";

fn redact_text(text: &str, secret: &str) -> String {
    text.replace(secret, REDACTED)
}

fn redact_bytes(bytes: &Bytes, secret: &str) -> Bytes {
    let finder = memchr::memmem::Finder::new(secret.as_bytes());
    if finder.find(bytes).is_none() {
        return bytes.clone();
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest: &[u8] = bytes;
    while let Some(at) = finder.find(rest) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(REDACTED.as_bytes());
        rest = &rest[at + secret.len()..];
    }
    out.extend_from_slice(rest);
    Bytes::from(out)
}

impl From<ApiError> for Error {
    fn from(error: ApiError) -> Self {
        Error::Api(Box::new(error))
    }
}

impl From<DecodeError> for Error {
    fn from(error: DecodeError) -> Self {
        Error::Decode(Box::new(error))
    }
}

/// Why a request could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an absolute `scheme://host[:port][/path]` URL; says why (the URL
    /// itself is never repeated).
    #[error("invalid base URL: {0}")]
    InvalidBaseUrl(String),
    /// The base URL carries credentials (`user:password@`); they are refused and never shown.
    #[error("the base URL carries credentials (`user:password@host`); pass the API token with api_token() instead")]
    CredentialsInBaseUrl,
    /// The base URL uses plain `http` for a host that is not loopback (the host is given).
    #[error("refusing a plain-http base URL for host `{0}`: use https, a loopback host, or allow_insecure_http(true)")]
    InsecureBaseUrl(String),
    /// The path template names a parameter the endpoint did not provide.
    #[error("path parameter `{0}` is missing")]
    MissingPathParam(String),
    /// A path parameter is empty: it would change the endpoint addressed.
    #[error("path parameter `{0}` is empty")]
    EmptyPathParam(String),
    /// A path parameter is `.` or `..`: a normalizing proxy could resolve it as a
    /// dot-segment and address another endpoint, so it is never sent.
    #[error("path parameter `{0}` is `.` or `..`, which cannot be sent as a path segment")]
    DotPathParam(String),
    /// The body could not be serialized.
    #[error("could not serialize the body: {0}")]
    Body(#[from] serde_json::Error),
    /// A header name or value is invalid.
    #[error("invalid header: {0}")]
    Header(String),
    /// The final URI is invalid.
    #[error("invalid URI: {0}")]
    Uri(String),
    /// The base URL or the token is missing from a client builder.
    #[error("{0} is required")]
    Missing(&'static str),
    /// The API token is empty (e.g. an unset environment variable read with a default):
    /// every request would be refused, so the client is not built.
    #[error("the API token is empty")]
    EmptyApiToken,
}

/// A transport failure, with whether the request could have reached the server.
#[derive(Debug, thiserror::Error)]
#[error("transport error ({kind:?}): {source}")]
pub struct TransportError {
    kind: TransportErrorKind,
    #[source]
    source: BoxError,
}

/// The class of a [`TransportError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be established: the request never left.
    Connect,
    /// Anything else: the request may have reached the server.
    Other,
}

impl TransportError {
    /// Creates a transport error.
    pub fn new(kind: TransportErrorKind, source: impl Into<BoxError>) -> Self {
        Self {
            kind,
            source: source.into(),
        }
    }

    /// The class of the failure.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// `true` when the request certainly never reached the server.
    pub fn is_connect(&self) -> bool {
        self.kind == TransportErrorKind::Connect
    }
}

/// Which timeout expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// One attempt (send + receive the whole body) took longer than this.
    Attempt(Duration),
    /// The whole call, retries and back-off included, took longer than this.
    Total(Duration),
    /// No bytes of the response arrived for this long (headers, or the next body chunk).
    Read(Duration),
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeoutKind::Attempt(d) => write!(f, "attempt timed out after {d:?}"),
            TimeoutKind::Total(d) => write!(f, "call timed out after {d:?}"),
            TimeoutKind::Read(d) => write!(f, "no response bytes for {d:?}"),
        }
    }
}

/// A response body kept for diagnostics; its `Debug` prints only its length so that secrets
/// in responses never reach logs through an error.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct RawBody(pub Bytes);

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} bytes>", self.0.len())
    }
}

/// An error answered by Sendbird.
///
/// Chat sends `{"error": true, "code": 400201, "message": "..."}`; Calls and Live send
/// `{"code": 400200, "type": "NOT_FOUND", "message": "..."}`, sometimes without `error`.
/// Both decode here. A body that is not JSON leaves `code` empty and keeps the text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// Sendbird's numeric code (six digits mostly; Calls also uses seven, e.g. 1400126).
    pub code: Option<u32>,
    /// The human-readable message.
    pub message: String,
    /// The Calls/Live error type, e.g. `RATE_LIMIT_EXCEEDED`.
    pub error_type: Option<String>,
    /// How long the server asked to wait (`X-RateLimit-RetryAfter` or `Retry-After`).
    pub retry_after: Option<Duration>,
    /// The raw response body.
    pub body: RawBody,
}

#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    code: Option<CodeValue>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default, rename = "type")]
    error_type: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum CodeValue {
    Number(u64),
    Text(String),
}

impl ApiError {
    /// Builds the error from an HTTP response's parts.
    pub fn from_response(status: StatusCode, headers: &HeaderMap, body: Bytes) -> Self {
        let envelope = serde_json::from_slice::<Envelope>(&body).ok();
        let (code, message, error_type) = match envelope {
            Some(env) => (
                env.code.and_then(|code| match code {
                    CodeValue::Number(n) => u32::try_from(n).ok(),
                    CodeValue::Text(text) => text.trim().parse().ok(),
                }),
                env.message.unwrap_or_default(),
                env.error_type.filter(|t| !t.is_empty()),
            ),
            None => (
                None,
                String::from_utf8_lossy(&body).chars().take(512).collect(),
                None,
            ),
        };
        Self {
            status,
            code,
            message,
            error_type,
            retry_after: retry_after_from_headers(headers),
            body: RawBody(body),
        }
    }

    /// `true` for HTTP 429 or the rate-limit codes of Chat (500910) and Calls (429100).
    pub fn is_rate_limited(&self) -> bool {
        self.status == StatusCode::TOO_MANY_REQUESTS || matches!(self.code, Some(500_910 | 429_100))
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sendbird API error (HTTP {}", self.status.as_u16())?;
        if let Some(code) = self.code {
            write!(f, ", code {code}")?;
        }
        if let Some(kind) = &self.error_type {
            write!(f, ", {kind}")?;
        }
        write!(f, "): {}", self.message)
    }
}

impl std::error::Error for ApiError {}

/// Reads Sendbird's `X-RateLimit-RetryAfter` (seconds, fractions allowed), then the standard
/// `Retry-After` (delay-seconds form).
pub fn retry_after_from_headers(headers: &HeaderMap) -> Option<Duration> {
    ["x-ratelimit-retryafter", "retry-after"]
        .iter()
        .filter_map(|name| headers.get(*name))
        .filter_map(|value| value.to_str().ok())
        .filter_map(|text| text.trim().parse::<f64>().ok())
        .find(|secs| secs.is_finite() && *secs >= 0.0)
        .map(|secs| Duration::from_secs_f64(secs.min(86_400.0)))
}

/// A response that did not match the endpoint's type; names the failing field path.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DecodeError {
    /// The Rust type that was expected.
    pub type_name: &'static str,
    /// The path of the failing field, e.g. `users[3].created_at` (`.` for the root).
    pub path: String,
    /// What serde reported.
    pub message: String,
    /// The raw body.
    pub body: RawBody,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not decode {} at `{}`: {}",
            self.type_name, self.path, self.message
        )
    }
}

impl std::error::Error for DecodeError {}

/// Decodes JSON into `T`, naming the failing field path on error. An empty body decodes as `{}`
/// (several Sendbird DELETE endpoints answer with no body).
///
/// A body is decoded once, with plain `serde_json`; only when that fails is it decoded again
/// with `serde_path_to_error` to name the failing field (the body is at hand anyway).
pub fn decode_json<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, DecodeError> {
    let text: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    };
    match serde_json::from_slice(text) {
        Ok(value) => Ok(value),
        Err(plain) => Err(locate_error::<T>(text, plain, body)),
    }
}

/// The second, diagnostic decode: where did `T` fail?
#[cold]
fn locate_error<T: serde::de::DeserializeOwned>(
    text: &[u8],
    plain: serde_json::Error,
    body: &Bytes,
) -> DecodeError {
    let fail = |path: String, message: String| DecodeError {
        type_name: std::any::type_name::<T>(),
        path,
        message,
        body: RawBody(body.clone()),
    };
    let mut de = serde_json::Deserializer::from_slice(text);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(err) => fail(path_text(err.path()), err.inner().to_string()),
        Ok(_) => match de.end() {
            Err(err) => fail(".".to_owned(), err.to_string()),
            // The two decoders disagree (they should not): report the plain error.
            Ok(()) => fail(".".to_owned(), plain.to_string()),
        },
    }
}

/// `serde_path_to_error`'s notation (`items[1].created_at`, `.` for the root), except that an
/// empty object key reads `""` instead of nothing, so that a path is never empty.
pub(crate) fn path_text(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut text = String::new();
    for (i, segment) in path.iter().enumerate() {
        let key = match segment {
            Segment::Seq { index } => {
                text.push_str(&format!("[{index}]"));
                continue;
            }
            Segment::Map { key } | Segment::Enum { variant: key } => key.as_str(),
            Segment::Unknown => "?",
        };
        if i > 0 {
            text.push('.');
        }
        text.push_str(if key.is_empty() { r#""""# } else { key });
    }
    if text.is_empty() {
        text.push('.');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, http::HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn decodes_chat_envelope() {
        let body =
            Bytes::from_static(br#"{"message":"\"User\" not found.","code":400201,"error":true}"#);
        let err = ApiError::from_response(StatusCode::BAD_REQUEST, &HeaderMap::new(), body);
        assert_eq!(err.code, Some(400_201));
        assert_eq!(err.message, "\"User\" not found.");
        assert_eq!(err.error_type, None);
        assert_eq!(err.status, StatusCode::BAD_REQUEST);
    }

    #[test]
    fn decodes_calls_envelope_without_error_field() {
        let body = Bytes::from_static(
            br#"{"message":"Too many requests","code":429100,"type":"RATE_LIMIT_EXCEEDED"}"#,
        );
        let err = ApiError::from_response(StatusCode::TOO_MANY_REQUESTS, &HeaderMap::new(), body);
        assert_eq!(err.code, Some(429_100));
        assert_eq!(err.error_type.as_deref(), Some("RATE_LIMIT_EXCEEDED"));
        assert!(err.is_rate_limited());
        assert_eq!(
            err.to_string(),
            "Sendbird API error (HTTP 429, code 429100, RATE_LIMIT_EXCEEDED): Too many requests"
        );
    }

    #[test]
    fn seven_digit_and_string_codes() {
        let body = Bytes::from_static(br#"{"code":"1400126","message":"Invalid room"}"#);
        let err = ApiError::from_response(StatusCode::BAD_REQUEST, &HeaderMap::new(), body);
        assert_eq!(err.code, Some(1_400_126));
    }

    #[test]
    fn non_json_body_keeps_text() {
        let body = Bytes::from_static(b"<html>Bad gateway</html>");
        let err = ApiError::from_response(StatusCode::BAD_GATEWAY, &HeaderMap::new(), body);
        assert_eq!(err.code, None);
        assert_eq!(err.message, "<html>Bad gateway</html>");
    }

    #[test]
    fn retry_after_headers() {
        let h = headers(&[("x-ratelimit-retryafter", "1.5"), ("retry-after", "9")]);
        assert_eq!(
            retry_after_from_headers(&h),
            Some(Duration::from_millis(1500))
        );
        let h = headers(&[("retry-after", "3")]);
        assert_eq!(retry_after_from_headers(&h), Some(Duration::from_secs(3)));
        let h = headers(&[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")]);
        assert_eq!(retry_after_from_headers(&h), None);
        let h = headers(&[("x-ratelimit-retryafter", "-1")]);
        assert_eq!(retry_after_from_headers(&h), None);
    }

    #[test]
    fn decode_error_names_the_field_path() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Item {
            created_at: i64,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct List {
            items: Vec<Item>,
        }
        let body = Bytes::from_static(br#"{"items":[{"created_at":1},{"created_at":"x"}]}"#);
        let err = decode_json::<List>(&body).err().map(|e| e.path);
        assert_eq!(err.as_deref(), Some("items[1].created_at"));
    }

    #[test]
    fn an_empty_key_is_named_in_the_path() {
        // Found by the `decode_models` fuzz target: the path was the empty string.
        type Map = std::collections::BTreeMap<String, std::collections::BTreeMap<String, u8>>;
        let path = |body: &'static str| {
            decode_json::<Map>(&Bytes::from_static(body.as_bytes()))
                .err()
                .map(|e| e.path)
        };
        assert_eq!(path(r#"{"": {"a": 1}, "b": 1}"#).as_deref(), Some("b"));
        assert_eq!(path(r#"{"": 1}"#).as_deref(), Some(r#""""#));
        assert_eq!(path(r#"{"a": {"": "x"}}"#).as_deref(), Some(r#"a."""#));
        assert_eq!(path(r#"{"a": {"b": []}}"#).as_deref(), Some("a.b"));
        assert_eq!(path("[]").as_deref(), Some("."));
    }

    #[test]
    fn empty_body_decodes_as_empty_object() {
        #[derive(Debug, Deserialize, PartialEq)]
        struct Nothing {}
        assert_eq!(decode_json::<Nothing>(&Bytes::new()).ok(), Some(Nothing {}));
    }

    #[test]
    fn redact_scrubs_the_token_from_every_text() {
        let token = "tok-0123456789";
        let echo = Bytes::from(format!(
            r#"{{"code":400401,"message":"Invalid token {token}","echo":"{token}"}}"#
        ));
        let api = Error::from(ApiError::from_response(
            StatusCode::BAD_REQUEST,
            &HeaderMap::new(),
            echo,
        ))
        .redact(token);
        let Error::Api(api_error) = &api else {
            panic!("still an API error");
        };
        assert_eq!(api_error.message, "Invalid token [redacted]");
        assert!(!String::from_utf8_lossy(&api_error.body.0).contains(token));
        assert_eq!(api.code(), Some(400_401));
        let transport = Error::Transport(TransportError::new(
            TransportErrorKind::Other,
            format!("proxy said: bad header api-token={token}"),
        ))
        .redact(token);
        assert!(matches!(&transport, Error::Transport(t) if !t.is_connect()));
        let middleware = Error::Middleware(format!("saw {token}").into()).redact(token);
        // Found by the `error_envelope` fuzz target: a Calls `type` echoing the token.
        let calls = Error::from(ApiError::from_response(
            StatusCode::BAD_REQUEST,
            &HeaderMap::new(),
            Bytes::from(format!(
                r#"{{"code":"1400126","message":"m","type":"X{token}"}}"#
            )),
        ))
        .redact(token);
        assert_eq!(
            calls.as_api().and_then(|e| e.error_type.as_deref()),
            Some("X[redacted]")
        );
        // A key that is the token names the failing field.
        let decode = crate::decode_json::<std::collections::BTreeMap<String, u8>>(&Bytes::from(
            format!(r#"{{"{token}": "x"}}"#),
        ))
        .map_err(Error::from)
        .err()
        .map(|e| e.redact(token));
        for shown in [
            format!("{calls} {calls:?}"),
            format!("{decode:?}"),
            decode.as_ref().map(ToString::to_string).unwrap_or_default(),
            format!("{api} {api:?}"),
            format!("{transport} {transport:?}"),
            format!("{middleware} {middleware:?}"),
        ] {
            assert!(!shown.contains(token), "{shown}");
        }
    }

    #[test]
    fn debug_of_api_error_hides_the_body() {
        let body =
            Bytes::from_static(br#"{"code":400111,"message":"m","access_token":"secret-x"}"#);
        let err = Error::from(ApiError::from_response(
            StatusCode::BAD_REQUEST,
            &HeaderMap::new(),
            body,
        ));
        assert!(!format!("{err:?}").contains("secret-x"));
        assert!(!format!("{err}").contains("secret-x"));
    }
}
