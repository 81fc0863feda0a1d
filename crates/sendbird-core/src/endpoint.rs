//! The [`Endpoint`] trait: what one Sendbird operation is, independent of any transport.

use std::borrow::Cow;

use bytes::Bytes;
use serde::de::DeserializeOwned;

use crate::body::RequestBody;
use crate::error::{decode_json, BuildError, DecodeError};
use crate::request::{ApiRequest, EndpointMeta, Idempotency, Query};

/// One Sendbird operation: method, path template, path arguments, query, body, response type.
///
/// Product crates declare endpoints with the [`endpoints!`](crate::endpoints) macro; a
/// hand-written implementation only needs [`META`](Endpoint::META) and
/// [`path_arg`](Endpoint::path_arg):
///
/// ```
/// use sendbird_core::{Endpoint, EndpointMeta, Idempotency, http::Method};
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
///     const META: EndpointMeta =
///         EndpointMeta::new("get_user", Method::GET, "/users/{user_id}", Idempotency::Yes);
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

    /// Whether this request may be repeated after it may have reached the server. Follows
    /// [`META`](Endpoint::META)'s [`Idempotency`]; [`Idempotency::ByMode`] endpoints decide
    /// from their mode field (the default answer for them is the safe `false`).
    fn is_idempotent(&self) -> bool {
        Self::META.idempotency == Idempotency::Yes
    }

    /// Decodes a success body.
    fn decode_response(body: &Bytes) -> Result<Self::Response, DecodeError> {
        decode_json(body)
    }

    /// Builds the transport-agnostic request.
    fn to_request(&self) -> Result<ApiRequest, BuildError> {
        let path = crate::__private::expand_path(Self::META.path, |name| self.path_arg(name))?;
        let mut request = ApiRequest::new(Self::META, path);
        self.query(&mut request.query);
        request.body = self.body()?;
        request.idempotent = self.is_idempotent();
        Ok(request)
    }
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

/// A [`Paginated`] endpoint whose pages can be walked as a `Send + 'static` stream: the
/// endpoint, its response and the listed items are all `Send + 'static`. Every such endpoint
/// implements it; it names the bounds of [`Client::paginate`](crate::Client::paginate) and
/// the products' `.stream()` / `.pages()`.
pub trait StreamPaginated:
    Paginated<Response: PageResponse<Item: Send + 'static> + Send + 'static> + Send + Sync + 'static
{
}

impl<E> StreamPaginated for E where
    E: Paginated<Response: PageResponse<Item: Send + 'static> + Send + 'static>
        + Send
        + Sync
        + 'static
{
}

/// The item a paged endpoint `E` lists.
pub type PageItem<E> = <<E as Endpoint>::Response as PageResponse>::Item;

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
    pub check_response: crate::__private::CheckFn,
    /// Checks a JSON request body against the endpoint's body fields.
    pub check_request: Option<crate::__private::CheckFn>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_treats_empty_tokens_as_absent() {
        let page = Page::new(vec![1], Some(String::new()), Some("p".into()));
        assert_eq!(page.next, None);
        assert_eq!(page.prev.as_deref(), Some("p"));
    }
}
