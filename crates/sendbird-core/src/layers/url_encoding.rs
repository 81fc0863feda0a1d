//! [`UrlEncodingLayer`]: base URL + percent-encoded path segments + encoded query
//! → `http::Request<Bytes>`.

use std::task::{Context, Poll};

use bytes::Bytes;
use tower::Service;

use crate::body::RequestBody;
use crate::encoding::{push_encoded, push_query};
use crate::error::{BuildError, Error};
use crate::request::{ApiRequest, PathSegment, Query};

/// A validated API base URL, e.g. `https://api-APPID.sendbird.com/v3`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl {
    scheme: http::uri::Scheme,
    authority: http::uri::Authority,
    path: std::sync::Arc<str>,
}

impl BaseUrl {
    /// Parses an `https` URL; plain `http` is accepted only for loopback hosts.
    pub fn parse(url: &str) -> Result<Self, BuildError> {
        Self::parse_with(url, false)
    }

    /// Parses a URL; with `allow_insecure_http` any `http` host is accepted.
    ///
    /// Errors never repeat the input: a URL may carry credentials (`https://user:pass@host`),
    /// which are refused as such.
    pub fn parse_with(url: &str, allow_insecure_http: bool) -> Result<Self, BuildError> {
        let invalid = |reason: &str| BuildError::InvalidBaseUrl(reason.to_owned());
        if url.contains('@') {
            return Err(BuildError::CredentialsInBaseUrl);
        }
        let uri: http::Uri = url.parse().map_err(|_| invalid("not an absolute URL"))?;
        let parts = uri.into_parts();
        let scheme = parts.scheme.ok_or_else(|| invalid("no scheme"))?;
        let authority = parts.authority.ok_or_else(|| invalid("no host"))?;
        let path_and_query = parts.path_and_query;
        if path_and_query.as_ref().and_then(|pq| pq.query()).is_some() {
            return Err(invalid("a base URL takes no query"));
        }
        if scheme == http::uri::Scheme::HTTP {
            if !allow_insecure_http && !is_loopback(authority.host()) {
                return Err(BuildError::InsecureBaseUrl(authority.host().to_owned()));
            }
        } else if scheme != http::uri::Scheme::HTTPS {
            return Err(invalid("the scheme is neither https nor http"));
        }
        let path = path_and_query
            .map(|pq| std::sync::Arc::from(pq.path().trim_end_matches('/')))
            .unwrap_or_else(|| std::sync::Arc::from(""));
        Ok(Self {
            scheme,
            authority,
            path,
        })
    }

    /// The full URI of a request below this base.
    pub fn join(&self, segments: &[PathSegment], query: &Query) -> Result<http::Uri, BuildError> {
        let estimate = self.path.len()
            + segments
                .iter()
                .map(|s| s.as_str().len() * 3 + 1)
                .sum::<usize>()
            + if query.is_empty() { 0 } else { 64 };
        let mut path_and_query = String::with_capacity(estimate);
        path_and_query.push_str(&self.path);
        for segment in segments {
            path_and_query.push('/');
            match segment {
                PathSegment::Literal(text) => path_and_query.push_str(text),
                PathSegment::Param(raw) => push_encoded(&mut path_and_query, raw),
            }
        }
        if path_and_query.is_empty() {
            path_and_query.push('/');
        }
        if !query.is_empty() {
            path_and_query.push('?');
            push_query(&mut path_and_query, query);
        }
        let mut parts = http::uri::Parts::default();
        parts.scheme = Some(self.scheme.clone());
        parts.authority = Some(self.authority.clone());
        parts.path_and_query = Some(
            http::uri::PathAndQuery::from_maybe_shared(Bytes::from(path_and_query))
                .map_err(|e| BuildError::Uri(e.to_string()))?,
        );
        http::Uri::from_parts(parts).map_err(|e| BuildError::Uri(e.to_string()))
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
/// this layer); method, headers and extensions are carried over (an outer layer that wants
/// the endpoint's [`EndpointMeta`](crate::EndpointMeta) at the attempt level inserts it into
/// `ApiRequest::extensions`; it is not copied by default, to keep a call allocation-light).
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

layer_service!(UrlEncodingLayer => UrlEncodingService { base: BaseUrl });

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
    Ok(http_request)
}

impl<S> Service<ApiRequest> for UrlEncodingService<S>
where
    S: Service<http::Request<Bytes>, Error = Error>,
{
    type Response = S::Response;
    type Error = Error;
    type Future = super::OrFail<S::Future, S::Response>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: ApiRequest) -> Self::Future {
        match to_http_request(&self.base, request) {
            Ok(request) => super::OrFail::call(self.inner.call(request)),
            Err(error) => super::OrFail::fail(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        for with_credentials in [
            "https://user:hunter2@api-x.sendbird.com/v3",
            "https://hunter2@api-x.sendbird.com/v3",
            "http://user:hunter2@127.0.0.1:8080/v3",
            "not a url user:hunter2@",
        ] {
            let error = BaseUrl::parse(with_credentials).err();
            assert!(matches!(error, Some(BuildError::CredentialsInBaseUrl)));
            let shown = error.map(|e| format!("{e} {e:?}")).unwrap_or_default();
            assert!(!shown.contains("hunter2"), "{shown}");
        }
        let shown = BaseUrl::parse("ftp://secret-host/v3")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(!shown.contains("secret-host"), "{shown}");
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
