//! [`UrlEncodingLayer`]: base URL + percent-encoded path segments + encoded query
//! → `http::Request<Bytes>`.

use std::fmt::Write as _;
use std::task::{Context, Poll};

use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use tower::{Layer, Service};

use crate::body::RequestBody;
use crate::error::{BuildError, Error};
use crate::request::{ApiRequest, PathSegment, Query, QueryValue};

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded,
/// including `/ % ? # +`, spaces and non-ASCII.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment. `.` and `..` become `%2E` and `%2E%2E` so that no
/// client or server treats them as dot-segments.
///
/// ```
/// use sendbird_core::layers::encode_path_segment;
///
/// assert_eq!(encode_path_segment("user@example.com"), "user%40example.com");
/// assert_eq!(encode_path_segment("a/b"), "a%2Fb");
/// assert_eq!(encode_path_segment(".."), "%2E%2E");
/// ```
pub fn encode_path_segment(raw: &str) -> String {
    match raw {
        "." => "%2E".to_owned(),
        ".." => "%2E%2E".to_owned(),
        other => utf8_percent_encode(other, COMPONENT).to_string(),
    }
}

/// Percent-encodes one element of a comma-joined list (everything but unreserved characters,
/// so a `,` inside an element becomes `%2C`).
pub fn encode_list_element(raw: &str) -> String {
    utf8_percent_encode(raw, COMPONENT).to_string()
}

/// Encodes query pairs: `key=value`, lists comma-joined with each element encoded.
///
/// ```
/// use sendbird_core::{layers::encode_query, Query};
///
/// let mut query = Query::new();
/// query.push_list("user_ids", ["a,b", "c d"]);
/// query.push("limit", "10");
/// assert_eq!(encode_query(&query), "user_ids=a%2Cb,c%20d&limit=10");
/// ```
pub fn encode_query(query: &Query) -> String {
    let mut out = String::new();
    for (key, value) in query.iter() {
        if !out.is_empty() {
            out.push('&');
        }
        let _ = write!(out, "{}=", utf8_percent_encode(key, COMPONENT));
        match value {
            QueryValue::One(value) => {
                let _ = write!(out, "{}", utf8_percent_encode(value, COMPONENT));
            }
            QueryValue::List(values) => {
                for (i, value) in values.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    let _ = write!(out, "{}", utf8_percent_encode(value, COMPONENT));
                }
            }
        }
    }
    out
}

/// A validated API base URL, e.g. `https://api-APPID.sendbird.com/v3`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl {
    scheme: http::uri::Scheme,
    authority: http::uri::Authority,
    path: String,
}

impl BaseUrl {
    /// Parses an `https` URL; plain `http` is accepted only for loopback hosts.
    pub fn parse(url: &str) -> Result<Self, BuildError> {
        Self::parse_with(url, false)
    }

    /// Parses a URL; with `allow_insecure_http` any `http` host is accepted.
    pub fn parse_with(url: &str, allow_insecure_http: bool) -> Result<Self, BuildError> {
        let invalid = || BuildError::InvalidBaseUrl(url.to_owned());
        let uri: http::Uri = url.parse().map_err(|_| invalid())?;
        let parts = uri.into_parts();
        let scheme = parts.scheme.ok_or_else(invalid)?;
        let authority = parts.authority.ok_or_else(invalid)?;
        if authority.as_str().contains('@') {
            return Err(invalid());
        }
        let path_and_query = parts.path_and_query;
        if path_and_query.as_ref().and_then(|pq| pq.query()).is_some() {
            return Err(invalid());
        }
        if scheme == http::uri::Scheme::HTTP {
            if !allow_insecure_http && !is_loopback(authority.host()) {
                return Err(BuildError::InsecureBaseUrl(url.to_owned()));
            }
        } else if scheme != http::uri::Scheme::HTTPS {
            return Err(invalid());
        }
        let path = path_and_query
            .map(|pq| pq.path().trim_end_matches('/').to_owned())
            .unwrap_or_default();
        Ok(Self {
            scheme,
            authority,
            path,
        })
    }

    /// The full URI of a request below this base.
    pub fn join(&self, segments: &[PathSegment], query: &Query) -> Result<http::Uri, BuildError> {
        let mut path_and_query = self.path.clone();
        for segment in segments {
            path_and_query.push('/');
            match segment {
                PathSegment::Literal(text) => path_and_query.push_str(text),
                PathSegment::Param(raw) => path_and_query.push_str(&encode_path_segment(raw)),
            }
        }
        if path_and_query.is_empty() {
            path_and_query.push('/');
        }
        if !query.is_empty() {
            path_and_query.push('?');
            path_and_query.push_str(&encode_query(query));
        }
        http::Uri::builder()
            .scheme(self.scheme.clone())
            .authority(self.authority.clone())
            .path_and_query(path_and_query)
            .build()
            .map_err(|e| BuildError::Uri(e.to_string()))
    }
}

impl std::fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}://{}{}", self.scheme, self.authority, self.path)
    }
}

fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

/// Turns an [`ApiRequest`] into an `http::Request<Bytes>` addressed below a [`BaseUrl`].
///
/// The body must already be encoded (put [`ContentTypeLayer`](super::ContentTypeLayer) outside
/// this layer); method, headers and extensions are carried over.
#[derive(Clone, Debug)]
pub struct UrlEncodingLayer {
    base: BaseUrl,
}

impl UrlEncodingLayer {
    /// The layer for `base`.
    pub fn new(base: BaseUrl) -> Self {
        Self { base }
    }
}

impl<S> Layer<S> for UrlEncodingLayer {
    type Service = UrlEncodingService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        UrlEncodingService {
            inner,
            base: self.base.clone(),
        }
    }
}

/// The service made by [`UrlEncodingLayer`].
#[derive(Clone, Debug)]
pub struct UrlEncodingService<S> {
    inner: S,
    base: BaseUrl,
}

/// Builds the `http::Request` for `request` below `base`.
pub fn to_http_request(
    base: &BaseUrl,
    request: ApiRequest,
) -> Result<http::Request<Bytes>, BuildError> {
    let uri = base.join(&request.path, &request.query)?;
    let body = match request.body {
        RequestBody::Encoded(bytes) => bytes,
        RequestBody::Empty => Bytes::new(),
        RequestBody::Json(_) | RequestBody::Multipart(_) => {
            return Err(BuildError::Header(
                "the body is not encoded: put ContentTypeLayer before UrlEncodingLayer".into(),
            ))
        }
    };
    let mut http_request = http::Request::new(body);
    *http_request.method_mut() = request.method;
    *http_request.uri_mut() = uri;
    *http_request.headers_mut() = request.headers;
    *http_request.extensions_mut() = request.extensions;
    http_request.extensions_mut().insert(request.meta);
    Ok(http_request)
}

impl<S> Service<ApiRequest> for UrlEncodingService<S>
where
    S: Service<http::Request<Bytes>, Error = Error>,
{
    type Response = S::Response;
    type Error = Error;
    type Future = futures_util::future::Either<
        S::Future,
        futures_util::future::Ready<Result<S::Response, Error>>,
    >;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: ApiRequest) -> Self::Future {
        match to_http_request(&self.base, request) {
            Ok(request) => futures_util::future::Either::Left(self.inner.call(request)),
            Err(error) => {
                futures_util::future::Either::Right(futures_util::future::ready(Err(error.into())))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_segments_are_one_segment_each() {
        for (raw, encoded) in [
            ("user@example.com", "user%40example.com"),
            ("a/b", "a%2Fb"),
            ("50%", "50%25"),
            ("?#", "%3F%23"),
            ("..", "%2E%2E"),
            (".", "%2E"),
            ("a b", "a%20b"),
            ("a+b", "a%2Bb"),
            ("ü 漢", "%C3%BC%20%E6%BC%A2"),
            ("-._~", "-._~"),
        ] {
            assert_eq!(encode_path_segment(raw), encoded, "{raw}");
        }
    }

    #[test]
    fn base_url_rules() {
        assert!(BaseUrl::parse("https://api-x.sendbird.com/v3").is_ok());
        assert!(BaseUrl::parse("http://127.0.0.1:8080/v3").is_ok());
        assert!(BaseUrl::parse("http://[::1]:8080/v3").is_ok());
        assert!(BaseUrl::parse("http://localhost/v3").is_ok());
        assert!(matches!(
            BaseUrl::parse("http://api-x.sendbird.com/v3"),
            Err(BuildError::InsecureBaseUrl(_))
        ));
        assert!(BaseUrl::parse_with("http://proxy.internal/v3", true).is_ok());
        assert!(BaseUrl::parse("ftp://x/v3").is_err());
        assert!(BaseUrl::parse("/v3").is_err());
        assert!(BaseUrl::parse("https://x/v3?a=b").is_err());
    }

    #[test]
    fn join_keeps_base_path_and_encodes() {
        let base = BaseUrl::parse("https://api-x.sendbird.com/v3/").expect("valid");
        let mut query = Query::new();
        query.push_list("user_ids", ["a,b", "c"]);
        let uri = base
            .join(
                &[
                    PathSegment::Literal("users".into()),
                    PathSegment::Param("a/b".into()),
                ],
                &query,
            )
            .expect("valid");
        assert_eq!(
            uri.to_string(),
            "https://api-x.sendbird.com/v3/users/a%2Fb?user_ids=a%2Cb,c"
        );
    }
}
