//! The tower layers of the request stack, outermost first:
//!
//! ```text
//! [user layers on ApiRequest] -> TraceLayer -> TimeoutLayer::total -> RetryLayer
//!   -> TimeoutLayer::attempt -> ApiTokenLayer -> ContentTypeLayer -> UrlEncodingLayer
//!   -> [user layers on http::Request] -> transport
//! ```
//!
//! Each layer is public and usable alone, so a middleware author can rebuild, reorder or test
//! the stack piece by piece.

mod api_token;
mod content_type;
mod retry;
mod timeout;
mod trace;
mod url_encoding;

pub(crate) use api_token::token_header_value;
pub use api_token::{ApiTokenLayer, ApiTokenService, API_TOKEN_HEADER};
pub use content_type::{encode_body, ContentTypeLayer, ContentTypeService, JSON_CONTENT_TYPE};
pub use retry::{RetryConfig, RetryLayer, RetryPolicy};
pub use timeout::{Timeout, TimeoutFuture, TimeoutLayer};
pub use trace::{TraceLayer, TraceService};
pub use url_encoding::{
    encode_list_element, encode_path_segment, encode_query, to_http_request, BaseUrl,
    UrlEncodingLayer, UrlEncodingService,
};
