//! Top-level routing: `/v3` (Chat), `/v1` (Calls and Live), `/files`.

use bytes::Bytes;
use http::request::Parts;
use http::StatusCode;

use crate::errors::{ok, ApiError, HttpResponse};
use crate::query::Query;
use crate::request::{parse_body, split_path, ApiRequest};
use crate::state::State;
use crate::{auth, calls, chat, live};

/// Which top-level area a path belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Area {
    /// `/v3/...`
    Chat,
    /// `/v1/...`
    CallsLive,
    /// `/files/...`
    Files,
    /// Anything else.
    Unknown,
}

/// Classifies a raw path by its first segment.
pub(crate) fn area(path: &str) -> Area {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    match first {
        "v3" => Area::Chat,
        "v1" => Area::CallsLive,
        "files" => Area::Files,
        _ => Area::Unknown,
    }
}

/// Answers one request whose body has been read.
pub(crate) async fn dispatch(state: &State, parts: Parts, body: Bytes) -> HttpResponse {
    let path_area = area(parts.uri.path());
    let segments = match split_path(parts.uri.path()) {
        Ok(segments) => segments,
        Err(error) => return error.into_response(),
    };
    match path_area {
        Area::Files if parts.method == http::Method::GET => {
            let tail: Vec<&str> = segments.iter().skip(1).map(String::as_str).collect();
            state.files.serve(&tail)
        }
        Area::Chat => {
            if let Err(error) = auth::check(&state.config, &parts.headers) {
                return error.into_response();
            }
            match build(parts, segments, body).await {
                Ok(request) => match chat::handle(state, &request) {
                    Ok(value) => ok(&value),
                    Err(error) => error.into_response(),
                },
                Err(error) => error.into_response(),
            }
        }
        Area::CallsLive => {
            if auth::check(&state.config, &parts.headers).is_err() {
                return ApiError::calls(
                    StatusCode::UNAUTHORIZED,
                    401121,
                    "NOT_AUTHORIZED",
                    "Invalid value: \"Api-Token\".",
                )
                .into_response();
            }
            let request = match build(parts, segments, body).await {
                Ok(request) => request,
                Err(error) => {
                    return ApiError::calls(
                        StatusCode::BAD_REQUEST,
                        400100,
                        "INVALID_PARAMS",
                        &error.message,
                    )
                    .into_response()
                }
            };
            calls::handle(state, &request)
                .or_else(|| live::handle(state, &request))
                .unwrap_or_else(|| {
                    ApiError::calls(
                        StatusCode::BAD_REQUEST,
                        400200,
                        "NOT_FOUND",
                        "The requested URL is not served.",
                    )
                    .into_response()
                })
        }
        Area::Files | Area::Unknown => ApiError::invalid_url().into_response(),
    }
}

async fn build(parts: Parts, segments: Vec<String>, body: Bytes) -> Result<ApiRequest, ApiError> {
    let params = parse_body(&parts.headers, body).await?;
    Ok(ApiRequest {
        query: Query::parse(parts.uri.query()),
        method: parts.method,
        segments,
        params,
    })
}
