//! # sendbird-core
//!
//! The transport-agnostic request model and the tower stack under `sendbird-chat`,
//! `sendbird-calls` and `sendbird-live`.
//!
//! - [`Endpoint`]: one Sendbird operation (method, path template, path args, query, body,
//!   response type, idempotency), declared in product crates with [`endpoints!`]; product
//!   clients come from [`product!`].
//! - [`ApiRequest`]: what the layers see; [`layers`] holds [`layers::UserAgentLayer`],
//!   [`layers::ApiTokenLayer`], [`layers::ContentTypeLayer`], [`layers::UrlEncodingLayer`],
//!   retry, timeouts and tracing.
//! - [`Client`]: the assembled stack over hyper-util + rustls by default, or any
//!   `tower::Service<http::Request<Bytes>>` ([`ClientBuilder::with_service`]).
//! - [`Error`]: one error type keeping HTTP status, Sendbird code, message and raw body.
//! - Pagination as `Stream`s ([`Client::paginate`], [`Client::pages`]) and per-call
//!   [`CallOptions`].
//!
//! ```no_run
//! # async fn run() -> Result<(), sendbird_core::Error> {
//! use sendbird_core::{Client, Endpoint};
//!
//! let client = Client::builder()
//!     .base_url("https://api-APP_ID.sendbird.com/v3")
//!     .api_token("token")
//!     .build()?;
//! # let _ = client;
//! # Ok(()) }
//! ```
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]
#![cfg_attr(docsrs, feature(doc_auto_cfg))]

mod body;
mod client;
pub mod de;
pub mod encoding;
mod endpoint;
mod error;
mod into_param;
pub mod layers;
mod macros;
mod multipart;
mod options;
mod pagination;
mod params;
mod request;
mod secret;
mod shared_service;
#[cfg(feature = "test-util")]
pub mod test_util;
mod transport;
pub mod webhook;
mod wire_name;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use body::{FilePart, JsonBody, RequestBody};
pub use client::{
    build_http_request, decode_response, ApiService, Client, ClientBuilder, Product, SendFuture,
    DEFAULT_MAX_PAGES,
};
pub use de::Empty;
pub use endpoint::{
    BodyKind, Endpoint, EndpointInfo, Page, PageItem, PageResponse, Paginated, StreamPaginated,
};
pub use error::{
    decode_json, retry_after_from_headers, ApiError, BoxError, BuildError, DecodeError, Error,
    PaginationError, RawBody, TimeoutKind, TransportError, TransportErrorKind,
};
pub use into_param::IntoParam;
pub use multipart::{MultipartForm, Part};
pub use options::{CallDeadline, CallOptions, HasCallOptions};
pub use params::{CommaList, PathParam, QueryParam, StringList};
pub use request::{ApiRequest, EndpointMeta, Idempotency, PathSegment, Query, QueryValue};
pub use secret::{ApiToken, SecretString};
pub use shared_service::SharedService;
#[cfg(feature = "default-transport")]
pub use transport::default_transport;
pub use transport::{
    collect_body, HttpService, TransportConfig, DEFAULT_MAX_RESPONSE_BODY, DEFAULT_READ_TIMEOUT,
};

#[doc(hidden)]
pub use {bytes, futures_util, http, serde};

/// A boxed, `Send` future.
pub type BoxFuture<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>>;

/// This crate's README examples, compiled as doctests so they cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
mod readme {}
