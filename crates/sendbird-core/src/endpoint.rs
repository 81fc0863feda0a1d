//! The [`Endpoint`] trait: what one Sendbird operation is, independent of any transport.

use std::borrow::Cow;

use bytes::Bytes;
use serde::de::DeserializeOwned;

use crate::body::RequestBody;
use crate::error::{decode_json, BuildError, DecodeError};
use crate::request::{ApiRequest, EndpointMeta, PathSegment, Query};

/// One Sendbird operation: method, path template, path arguments, query, body, response type.
///
/// Product crates declare endpoints with the [`endpoints!`](crate::endpoints) macro; a
/// hand-written implementation only needs [`META`](Endpoint::META) and
/// [`path_arg`](Endpoint::path_arg):
///
/// ```
/// use sendbird_core::{Endpoint, EndpointMeta, http::Method};
/// use std::borrow::Cow;
///
/// #[derive(Debug, Clone)]
/// struct GetUser { user_id: String }
///
/// #[derive(Debug, serde::Deserialize)]
/// struct User { user_id: String }
///
/// impl Endpoint for GetUser {
///     type Response = User;
///     const META: EndpointMeta = EndpointMeta::new("get_user", Method::GET, "/users/{user_id}", true);
///     fn path_arg(&self, name: &str) -> Option<Cow<'_, str>> {
///         (name == "user_id").then(|| Cow::Borrowed(self.user_id.as_str()))
///     }
/// }
///
/// let request = GetUser { user_id: "a/b".into() }.to_request()?;
/// assert_eq!(request.raw_path(), "/users/a/b"); // one segment: encoded later as a%2Fb
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
pub trait Endpoint {
    /// The decoded success response.
    type Response: DeserializeOwned;

    /// Operation name, method, path template and idempotency.
    const META: EndpointMeta;

    /// The raw value of the path placeholder `name`, if this endpoint has it.
    fn path_arg(&self, name: &str) -> Option<Cow<'_, str>>;

    /// Appends the query parameters.
    fn query(&self, query: &mut Query) {
        let _ = query;
    }

    /// Builds the body.
    fn body(&self) -> Result<RequestBody, BuildError> {
        Ok(RequestBody::Empty)
    }

    /// Decodes a success body.
    fn decode_response(body: &Bytes) -> Result<Self::Response, DecodeError> {
        decode_json(body)
    }

    /// Builds the transport-agnostic request.
    fn to_request(&self) -> Result<ApiRequest, BuildError> {
        let path = expand_path(Self::META.path, |name| self.path_arg(name))?;
        let mut request = ApiRequest::new(Self::META, path);
        self.query(&mut request.query);
        request.body = self.body()?;
        Ok(request)
    }
}

/// Splits a template such as `/users/{user_id}/metadata` into segments, filling placeholders.
pub fn expand_path<'a>(
    template: &'static str,
    mut arg: impl FnMut(&str) -> Option<Cow<'a, str>>,
) -> Result<Vec<PathSegment>, BuildError> {
    template
        .split('/')
        .filter(|segment| !segment.is_empty())
        .map(
            |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => {
                    let value =
                        arg(name).ok_or_else(|| BuildError::MissingPathParam(name.to_owned()))?;
                    if value.is_empty() {
                        return Err(BuildError::EmptyPathParam(name.to_owned()));
                    }
                    Ok(PathSegment::Param(value.into_owned()))
                }
                None => Ok(PathSegment::Literal(Cow::Borrowed(segment))),
            },
        )
        .collect()
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// The token of the next page; `None` (or empty) on the last page.
    pub next: Option<String>,
    /// The token of the previous page (Calls and Live lists).
    pub prev: Option<String>,
}

impl<T> Page<T> {
    /// A page.
    pub fn new(items: Vec<T>, next: Option<String>, prev: Option<String>) -> Self {
        let non_empty = |t: Option<String>| t.filter(|t| !t.is_empty());
        Self {
            items,
            next: non_empty(next),
            prev: non_empty(prev),
        }
    }
}

/// A list response that splits into a [`Page`].
pub trait PageResponse {
    /// The listed item.
    type Item;
    /// The page: items plus tokens.
    fn into_page(self) -> Page<Self::Item>;
}

/// An endpoint whose response is token-paged. Chat sends the token as `token`; Calls and Live
/// as `next`. Either way the response's `next` feeds the following request.
pub trait Paginated: Endpoint + Clone
where
    Self::Response: PageResponse,
{
    /// Sets the page token for the next request (`None` = first page).
    fn set_page_token(&mut self, token: Option<String>);
}

/// What kind of body an endpoint sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// No body.
    None,
    /// JSON.
    Json,
    /// JSON, or `multipart/form-data` when a file is attached.
    Multipart,
}

/// A registry check: decodes a body, naming the failing field on error.
pub type CheckFn = fn(&Bytes) -> Result<(), DecodeError>;

/// A registry entry: what `cargo xtask coverage` and `cargo xtask decode` know of an endpoint.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct EndpointInfo {
    /// Operation name, method, path template, idempotency.
    pub meta: EndpointMeta,
    /// The kind of body.
    pub body: BodyKind,
    /// Whether the endpoint is token-paged.
    pub paginated: bool,
    /// The Rust type of the endpoint.
    pub type_name: &'static str,
    /// Decodes a response body with the endpoint's response type.
    pub check_response: CheckFn,
    /// Checks a JSON request body against the endpoint's body fields.
    pub check_request: Option<CheckFn>,
}

impl EndpointInfo {
    /// Describes an endpoint (used by [`endpoints!`](crate::endpoints)).
    #[allow(clippy::too_many_arguments)]
    pub const fn new(
        meta: EndpointMeta,
        body: BodyKind,
        paginated: bool,
        type_name: &'static str,
        check_response: CheckFn,
        check_request: Option<CheckFn>,
    ) -> Self {
        Self {
            meta,
            body,
            paginated,
            type_name,
            check_response,
            check_request,
        }
    }
}

/// Decodes `body` as `T` and discards it (a registry check function).
pub fn check_response<T: DeserializeOwned>(body: &Bytes) -> Result<(), DecodeError> {
    decode_json::<T>(body).map(drop)
}

/// Checks a JSON request body field by field: required fields present, every field of the
/// declared type, no unknown field.
#[derive(Debug)]
pub struct BodyChecker {
    type_name: &'static str,
    body: Bytes,
    object: serde_json::Map<String, serde_json::Value>,
    known: Vec<&'static str>,
}

impl BodyChecker {
    /// Parses the body as a JSON object.
    pub fn new(type_name: &'static str, body: &Bytes) -> Result<Self, DecodeError> {
        let object = decode_json::<serde_json::Map<String, serde_json::Value>>(body)
            .map_err(|e| DecodeError { type_name, ..e })?;
        Ok(Self {
            type_name,
            body: body.clone(),
            object,
            known: Vec::new(),
        })
    }

    fn error(&self, path: &str, message: impl Into<String>) -> DecodeError {
        DecodeError {
            type_name: self.type_name,
            path: path.to_owned(),
            message: message.into(),
            body: crate::error::RawBody(self.body.clone()),
        }
    }

    fn check<T: DeserializeOwned>(
        &mut self,
        name: &'static str,
        required: bool,
    ) -> Result<(), DecodeError> {
        self.known.push(name);
        match self.object.get(name) {
            None | Some(serde_json::Value::Null) if required => {
                Err(self.error(name, "missing required field"))
            }
            None | Some(serde_json::Value::Null) => Ok(()),
            Some(value) => {
                let text = Bytes::from(value.to_string());
                decode_json::<T>(&text).map(drop).map_err(|e| {
                    let path = if e.path == "." {
                        name.to_owned()
                    } else {
                        format!("{name}.{}", e.path)
                    };
                    self.error(&path, e.message)
                })
            }
        }
    }

    /// A required field of type `T`.
    pub fn required<T: DeserializeOwned>(&mut self, name: &'static str) -> Result<(), DecodeError> {
        self.check::<T>(name, true)
    }

    /// An optional field of type `T`.
    pub fn optional<T: DeserializeOwned>(&mut self, name: &'static str) -> Result<(), DecodeError> {
        self.check::<T>(name, false)
    }

    /// A file field: allowed only in multipart, so a JSON body may only carry a URL string.
    pub fn file(&mut self, name: &'static str) -> Result<(), DecodeError> {
        self.known.push(name);
        match self.object.get(name) {
            Some(value) if !value.is_null() => {
                Err(self.error(name, "files are sent as multipart parts, not in JSON"))
            }
            _ => Ok(()),
        }
    }

    /// Fails on a field no declaration named.
    pub fn finish(self) -> Result<(), DecodeError> {
        match self
            .object
            .keys()
            .find(|key| !self.known.contains(&key.as_str()))
        {
            Some(key) => Err(self.error(key, format!("unknown field `{key}`"))),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_templates() {
        let segments = expand_path(
            "/{channel_type}/{channel_url}/messages",
            |name| match name {
                "channel_type" => Some(Cow::Borrowed("group_channels")),
                "channel_url" => Some(Cow::Borrowed("a/b")),
                _ => None,
            },
        );
        assert_eq!(
            segments.ok(),
            Some(vec![
                PathSegment::Param("group_channels".into()),
                PathSegment::Param("a/b".into()),
                PathSegment::Literal("messages".into()),
            ])
        );
    }

    #[test]
    fn missing_and_empty_path_args_fail() {
        let missing = expand_path("/users/{user_id}", |_| None);
        assert!(matches!(missing, Err(BuildError::MissingPathParam(n)) if n == "user_id"));
        let empty = expand_path("/users/{user_id}", |_| Some(Cow::Borrowed("")));
        assert!(matches!(empty, Err(BuildError::EmptyPathParam(n)) if n == "user_id"));
    }

    #[test]
    fn page_treats_empty_tokens_as_absent() {
        let page = Page::new(vec![1], Some(String::new()), Some("p".into()));
        assert_eq!(page.next, None);
        assert_eq!(page.prev.as_deref(), Some("p"));
    }

    #[test]
    fn body_checker_reports_paths() {
        let body = Bytes::from_static(br#"{"user_id":"u","is_distinct":"yes","extra":1}"#);
        let mut checker = BodyChecker::new("CreateX", &body).ok();
        let checker = checker.as_mut().map(|c| {
            (
                c.required::<String>("user_id").is_ok(),
                c.optional::<bool>("is_distinct").err().map(|e| e.path),
                c.required::<String>("nickname").err().map(|e| e.path),
            )
        });
        assert_eq!(
            checker,
            Some((true, Some("is_distinct".into()), Some("nickname".into())))
        );
        let mut unknown = BodyChecker::new("X", &body).ok();
        if let Some(c) = unknown.as_mut() {
            c.known.extend(["user_id", "is_distinct"]);
        }
        let err = unknown.map(|c| c.finish().err().map(|e| e.path));
        assert_eq!(err, Some(Some("extra".into())));
    }
}
