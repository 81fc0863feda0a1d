//! Top-level routing: `/v3` (Chat), `/v1` (Calls and Live), `/files`.
//!
//! The router authenticates and parses requests; what they mean is up to the [`Backend`].

use bytes::Bytes;
use http::request::Parts;

use super::auth::{self, Caller};
use super::config::Config;
use super::errors::{ApiError, HttpResponse};
use super::files::FileStore;
use super::query::Query;
use super::request::{parse_body, split_path, ApiRequest, PeerAddr};
use crate::controls::Controls;

/// An API family: each answers its errors in its own envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Api {
    /// Chat v3 (`/v3/...`).
    Chat,
    /// Calls and Live v1 (`/v1/...`).
    V1,
}

/// Which top-level area a path belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Area {
    /// `/v3/...` or `/v1/...`.
    Api(Api),
    /// `/files/...`
    Files,
    /// Anything else.
    Unknown,
}

/// What the HTTP side needs from the application behind it.
pub(crate) trait Backend: Send + Sync + 'static {
    /// The fixed configuration (tokens, logging).
    fn config(&self) -> &Config;
    /// Whether `token` is one of the application's live secondary API tokens.
    fn is_secondary_token(&self, token: &str) -> bool;
    /// The test controls consulted for every API request.
    fn controls(&self) -> &Controls;
    /// The uploaded files served at `/files/...`.
    fn files(&self) -> &FileStore;
    /// Answers an authenticated, parsed API request.
    fn answer(&self, api: Api, request: &ApiRequest) -> HttpResponse;
    /// Renders an error raised before any product saw the request, in `api`'s envelope.
    fn refuse(&self, api: Api, error: ApiError) -> HttpResponse;
}

/// Classifies a raw path by its first segment.
pub(crate) fn area(path: &str) -> Area {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    match first {
        "v3" => Area::Api(Api::Chat),
        "v1" => Area::Api(Api::V1),
        "files" => Area::Files,
        _ => Area::Unknown,
    }
}

/// Answers one request whose body has been read.
pub(crate) async fn dispatch<B: Backend>(backend: &B, parts: Parts, body: Bytes) -> HttpResponse {
    let area = area(parts.uri.path());
    let segments = match (split_path(parts.uri.path()), area) {
        (Ok(segments), _) => segments,
        (Err(error), Area::Api(api)) => return backend.refuse(api, error),
        (Err(error), _) => return error.into_response(),
    };
    let api = match area {
        Area::Api(api) => api,
        Area::Files if parts.method == http::Method::GET => {
            let tail: Vec<&str> = segments.iter().skip(1).map(String::as_str).collect();
            return backend.files().serve(&tail);
        }
        Area::Files | Area::Unknown => return ApiError::invalid_url().into_response(),
    };
    let caller = match auth::check(backend.config(), &parts.headers, |token| {
        backend.is_secondary_token(token)
    }) {
        Ok(caller) => caller,
        Err(error) => return backend.refuse(api, error),
    };
    match build(parts, segments, body, caller).await {
        Ok(request) => backend.answer(api, &request),
        Err(error) => backend.refuse(api, error),
    }
}

async fn build(
    parts: Parts,
    segments: Vec<String>,
    body: Bytes,
    caller: Caller,
) -> Result<ApiRequest, ApiError> {
    let params = parse_body(&parts.headers, body).await?;
    Ok(ApiRequest {
        caller,
        peer: parts.extensions.get::<PeerAddr>().map(|peer| peer.0),
        query: Query::parse(parts.uri.query()),
        method: parts.method,
        segments,
        params,
    })
}
