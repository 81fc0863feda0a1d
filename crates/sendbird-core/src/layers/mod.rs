//! The tower layers of the request stack, outermost first:
//!
//! ```text
//! [user layers on ApiRequest] -> TraceLayer -> TimeoutLayer::total -> RetryLayer
//!   -> TimeoutLayer::attempt -> UserAgentLayer -> ApiTokenLayer -> ContentTypeLayer
//!   -> UrlEncodingLayer -> [user layers on http::Request] -> transport
//! ```
//!
//! Each layer is public and usable alone, so a middleware author can rebuild, reorder or test
//! the stack piece by piece. [`RequestLayers`] is the request side (User-Agent to URL
//! encoding) as one layer: the client and
//! [`build_http_request`](crate::build_http_request) both run exactly it.

mod api_token;
mod content_type;
mod or_fail;
mod request_layers;
mod retry;
mod timeout;
mod trace;
mod url_encoding;
mod user_agent;

pub use api_token::{ApiTokenLayer, ApiTokenService, API_TOKEN_HEADER};
pub use content_type::{encode_body, ContentTypeLayer, ContentTypeService, JSON_CONTENT_TYPE};
pub use or_fail::OrFail;
pub use request_layers::{RequestLayers, RequestService};
pub use retry::{RetryConfig, RetryFuture, RetryLayer, RetryService};
pub use timeout::{Timeout, TimeoutFuture, TimeoutLayer};
pub use trace::{TraceFuture, TraceLayer, TraceService};
pub use url_encoding::{to_http_request, BaseUrl, UrlEncodingLayer, UrlEncodingService};
pub use user_agent::{UserAgentLayer, UserAgentService, SDK_USER_AGENT};
