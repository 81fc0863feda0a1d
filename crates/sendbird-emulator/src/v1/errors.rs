//! The Calls / Live error envelope (`{"error", "code", "type", "message"}`) and its codes.
//!
//! | HTTP | code | type |
//! | --- | --- | --- |
//! | 400 | 400100 | `INVALID_PARAMS` (bad value or type, bad or expired page token) |
//! | 400 | 400111 | `MISSING_PARAMS` |
//! | 400 | 400200 | `NOT_FOUND` |
//! | 400 | 400201 | `UNIQUE_CONSTRAINT` |
//! | 400 | 1400126 | `INVALID_ROOM` (the room was deleted) |
//! | 400 | 2800101 | `ACTION_NOT_ALLOWED_IN_CURRENT_STATE` (Live state machine) |
//! | 401 | 401120 | `NOT_ALLOWED` |
//! | 401 | 401121 | `NOT_AUTHORIZED` (bad or missing `Api-Token`) |
//! | 429 | 429100 | `RATE_LIMIT_EXCEEDED` |
//! | 408/413 | 400100 | `INVALID_PARAMS` (body too slow / too large) |
//! | 500/503 | 500999 | `UNKNOWN_ERROR` (injected faults; 503 also when the body budget is spent) |

use std::collections::BTreeMap;

use http::StatusCode;

use crate::http::errors::{ApiError, Envelope};

/// 400100 `INVALID_PARAMS`.
pub(crate) const INVALID_PARAMS: u32 = 400100;
/// 400111 `MISSING_PARAMS`.
pub(crate) const MISSING_PARAMS: u32 = 400111;
/// 400200 `NOT_FOUND`.
pub(crate) const NOT_FOUND: u32 = 400200;
/// 400201 `UNIQUE_CONSTRAINT`.
pub(crate) const UNIQUE_CONSTRAINT: u32 = 400201;
/// 1400126 `INVALID_ROOM`.
pub(crate) const INVALID_ROOM: u32 = 1_400_126;
/// 2800101: the live event's state does not allow the action.
pub(crate) const LIVE_STATE_NOT_ALLOWED: u32 = 2_800_101;
/// 401120 `NOT_ALLOWED`.
pub(crate) const NOT_ALLOWED: u32 = 401120;
/// 401121 `NOT_AUTHORIZED`.
pub(crate) const NOT_AUTHORIZED: u32 = 401121;
/// 429100 `RATE_LIMIT_EXCEEDED`.
pub(crate) const RATE_LIMIT_EXCEEDED: u32 = 429100;
/// 500999 `UNKNOWN_ERROR`.
pub(crate) const UNKNOWN_ERROR: u32 = 500999;

fn bad(code: u32, kind: &'static str, message: &str) -> ApiError {
    ApiError::calls(StatusCode::BAD_REQUEST, code, kind, message)
}

/// 400100: a parameter has a bad value or type.
pub(crate) fn invalid(message: impl AsRef<str>) -> ApiError {
    bad(INVALID_PARAMS, "INVALID_PARAMS", message.as_ref())
}

/// 400100 naming the offending parameter.
pub(crate) fn invalid_param(param: &str) -> ApiError {
    invalid(format!("Invalid value: \"{param}\"."))
}

/// 400111: a required parameter is absent.
pub(crate) fn missing(param: &str) -> ApiError {
    bad(
        MISSING_PARAMS,
        "MISSING_PARAMS",
        &format!("\"{param}\" is required."),
    )
}

/// 400200: the named resource does not exist.
pub(crate) fn not_found(what: &str) -> ApiError {
    bad(NOT_FOUND, "NOT_FOUND", &format!("{what} not found."))
}

/// The record `id` of `records`, or 400200 naming it as a `what` (`Live event "ev" not found.`).
pub(crate) fn found<'a, T>(
    records: &'a BTreeMap<String, T>,
    what: &str,
    id: &str,
) -> Result<&'a T, ApiError> {
    records
        .get(id)
        .ok_or_else(|| not_found(&format!("{what} \"{id}\"")))
}

/// [`found`], for changes.
pub(crate) fn found_mut<'a, T>(
    records: &'a mut BTreeMap<String, T>,
    what: &str,
    id: &str,
) -> Result<&'a mut T, ApiError> {
    records
        .get_mut(id)
        .ok_or_else(|| not_found(&format!("{what} \"{id}\"")))
}

/// 400200: no `/v1` endpoint is served at this URL.
pub(crate) fn not_served() -> ApiError {
    bad(NOT_FOUND, "NOT_FOUND", "The requested URL is not served.")
}

/// 1400126: the room id does not exist or the room was deleted.
pub(crate) fn invalid_room(room_id: &str) -> ApiError {
    bad(
        INVALID_ROOM,
        "INVALID_ROOM",
        &format!("The room \"{room_id}\" does not exist or was deleted."),
    )
}

/// 2800101: the live event's state does not allow the action.
pub(crate) fn live_state(action: &str, state: &str) -> ApiError {
    bad(
        LIVE_STATE_NOT_ALLOWED,
        "ACTION_NOT_ALLOWED_IN_CURRENT_STATE",
        &format!("Cannot {action} a live event in the \"{state}\" state."),
    )
}

/// Re-renders any error in the Calls envelope (no-op for errors that already are).
///
/// Chat-style errors raised by the shared parsing helpers are mapped to the Calls codes:
/// missing parameters to 400111, unknown resources to 400200, duplicates to 400201, bad
/// tokens to 401121, rate limits to 429100, injected faults to 500999 and everything else
/// (wrong types, bad values, malformed bodies) to 400100.
pub(crate) fn to_v1(error: ApiError) -> ApiError {
    if matches!(error.envelope, Envelope::Calls(_)) {
        return error;
    }
    let (status, code, kind) = match error.code {
        400105 | 400402 => (StatusCode::BAD_REQUEST, MISSING_PARAMS, "MISSING_PARAMS"),
        400201 => (StatusCode::BAD_REQUEST, NOT_FOUND, "NOT_FOUND"),
        400202 => (
            StatusCode::BAD_REQUEST,
            UNIQUE_CONSTRAINT,
            "UNIQUE_CONSTRAINT",
        ),
        400401 => (StatusCode::UNAUTHORIZED, NOT_AUTHORIZED, "NOT_AUTHORIZED"),
        400108 => (StatusCode::UNAUTHORIZED, NOT_ALLOWED, "NOT_ALLOWED"),
        500910 => (
            StatusCode::TOO_MANY_REQUESTS,
            RATE_LIMIT_EXCEEDED,
            "RATE_LIMIT_EXCEEDED",
        ),
        500901 => (error.status, UNKNOWN_ERROR, "UNKNOWN_ERROR"),
        _ if error.status == StatusCode::BAD_REQUEST => {
            (StatusCode::BAD_REQUEST, INVALID_PARAMS, "INVALID_PARAMS")
        }
        _ => (error.status, INVALID_PARAMS, "INVALID_PARAMS"),
    };
    ApiError {
        status,
        code,
        envelope: Envelope::Calls(kind),
        ..error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_errors_map_to_calls_codes() {
        let cases = [
            (ApiError::missing("a"), 400, MISSING_PARAMS),
            (ApiError::not_found("a"), 400, NOT_FOUND),
            (ApiError::already_exists("a"), 400, UNIQUE_CONSTRAINT),
            (ApiError::invalid_json(), 400, INVALID_PARAMS),
            (ApiError::invalid_page_token(), 400, INVALID_PARAMS),
            (ApiError::rate_limited(1), 429, RATE_LIMIT_EXCEEDED),
            (ApiError::internal("x"), 500, UNKNOWN_ERROR),
            (ApiError::unavailable(), 503, UNKNOWN_ERROR),
        ];
        for (error, status, code) in cases {
            let mapped = to_v1(error);
            assert_eq!(mapped.status.as_u16(), status);
            assert_eq!(mapped.code, code);
            assert!(matches!(mapped.envelope, Envelope::Calls(_)));
        }
        let rate = to_v1(ApiError::rate_limited(3));
        assert_eq!(rate.retry_after_secs, Some(3));
        assert_eq!(to_v1(invalid_room("r")).code, INVALID_ROOM);
    }
}
