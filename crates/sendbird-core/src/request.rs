//! The transport-agnostic request every layer of the stack sees.
//!
//! An [`Endpoint`](crate::Endpoint) turns into an [`ApiRequest`]: method, raw (unencoded) path
//! segments, query pairs, headers, a body that is still structured, and [`EndpointMeta`]. The
//! [`layers`](crate::layers) then add the token, encode the body and finally build an
//! `http::Request`.

use std::borrow::Cow;

use http::{Extensions, HeaderMap, Method};

use crate::body::RequestBody;

/// Whether an operation may be repeated after the request may have reached the server:
/// a reviewed property of what the operation does, not of its HTTP method.
///
/// Creates, sends, increments, appends, issued tokens and reports are not idempotent; sets,
/// replaces and deletes are. Some operations depend on a mode field of the request
/// (a metacounter `set` is idempotent, `increase` is not): those are [`ByMode`](Self::ByMode)
/// and decide per request through [`Endpoint::is_idempotent`](crate::Endpoint::is_idempotent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Idempotency {
    /// Sending it twice has the same effect as once.
    Yes,
    /// Sending it twice may apply it twice (creates, sends, increments, appends...).
    No,
    /// Depends on a field of the request; each request decides.
    ByMode,
}

impl Idempotency {
    /// The catalog spelling: `yes`, `no` or `by-mode`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Idempotency::Yes => "yes",
            Idempotency::No => "no",
            Idempotency::ByMode => "by-mode",
        }
    }
}

/// Static facts about an endpoint: its catalog operation name, method, path template and
/// whether repeating it is safe.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct EndpointMeta {
    /// The operation name from the endpoint catalog, e.g. `create_user`.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template relative to the API base, e.g. `/users/{user_id}`.
    pub path: &'static str,
    /// Whether the operation may be repeated once the request may have left (see
    /// [`ApiRequest::idempotent`] for the per-request decision).
    pub idempotency: Idempotency,
}

impl EndpointMeta {
    /// Describes an endpoint.
    pub const fn new(
        operation: &'static str,
        method: Method,
        path: &'static str,
        idempotency: Idempotency,
    ) -> Self {
        Self {
            operation,
            method,
            path,
            idempotency,
        }
    }
}

/// One segment of a request path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// A literal segment of the template (`users`), written as is.
    Literal(Cow<'static, str>),
    /// A user-supplied value (`user@example.com`), percent-encoded as one segment on the wire.
    Param(String),
}

impl PathSegment {
    /// The raw text of the segment.
    pub fn as_str(&self) -> &str {
        match self {
            PathSegment::Literal(text) => text,
            PathSegment::Param(text) => text,
        }
    }
}

/// A query value: one string, or a list sent comma-joined with each element encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryValue {
    /// A single value.
    One(String),
    /// A list, sent as `key=a,b,c` with each element percent-encoded.
    List(Vec<String>),
}

/// Ordered query pairs, unencoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(Cow<'static, str>, QueryValue)>,
}

impl Query {
    /// An empty query.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends `key=value`.
    pub fn push(&mut self, key: impl Into<Cow<'static, str>>, value: impl Into<String>) {
        self.pairs.push((key.into(), QueryValue::One(value.into())));
    }

    /// Appends a comma-joined list.
    pub fn push_list<I, S>(&mut self, key: impl Into<Cow<'static, str>>, values: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let values = values.into_iter().map(Into::into).collect();
        self.pairs.push((key.into(), QueryValue::List(values)));
    }

    /// Replaces every value of `key` with `value` (or removes the key when `None`).
    pub fn set(&mut self, key: &'static str, value: Option<String>) {
        self.pairs.retain(|(k, _)| k != key);
        if let Some(value) = value {
            self.push(key, value);
        }
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&QueryValue> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The pairs in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &QueryValue)> {
        self.pairs.iter().map(|(k, v)| (k.as_ref(), v))
    }

    /// `true` when there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }
}

/// The request as the tower stack sees it, before URL encoding.
///
/// Layers may change anything here; [`UrlEncodingLayer`](crate::layers::UrlEncodingLayer)
/// finally turns it into an `http::Request`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApiRequest {
    /// The HTTP method.
    pub method: Method,
    /// The path below the API base, as raw segments.
    pub path: Vec<PathSegment>,
    /// Query pairs, unencoded.
    pub query: Query,
    /// Headers (the token layer adds `Api-Token`, the content-type layer `Content-Type`).
    pub headers: HeaderMap,
    /// The body, structured until [`ContentTypeLayer`](crate::layers::ContentTypeLayer)
    /// encodes it.
    pub body: RequestBody,
    /// Static facts about the endpoint.
    pub meta: EndpointMeta,
    /// Whether this request may be repeated after it may have reached the server: retries
    /// of 5xx answers, resets and attempt timeouts happen only when `true`. Set from
    /// [`Endpoint::is_idempotent`](crate::Endpoint::is_idempotent) (`false` for
    /// [`Idempotency::ByMode`] unless the request's mode is safe).
    pub idempotent: bool,
    /// When the whole call must be over (set by the retry layer from the total timeout);
    /// attempts never run past it.
    pub deadline: Option<crate::CallDeadline>,
    /// Extra values for middleware (and [`CallOptions`](crate::CallOptions)); copied into
    /// the `http::Request`'s extensions.
    pub extensions: Extensions,
}

impl ApiRequest {
    /// A request with no query, headers or body; idempotent when `meta` says
    /// [`Idempotency::Yes`].
    pub fn new(meta: EndpointMeta, path: Vec<PathSegment>) -> Self {
        Self {
            method: meta.method.clone(),
            path,
            query: Query::new(),
            headers: HeaderMap::new(),
            body: RequestBody::Empty,
            idempotent: meta.idempotency == Idempotency::Yes,
            deadline: None,
            meta,
            extensions: Extensions::new(),
        }
    }

    /// The path as it reads before encoding, e.g. `/users/a/b` (for logs and tests).
    pub fn raw_path(&self) -> String {
        let mut out = String::new();
        for segment in &self.path {
            out.push('/');
            out.push_str(segment.as_str());
        }
        out
    }
}
