//! The Sendbird error envelope and the error codes the emulator answers with.
//!
//! Besides Sendbird's codes for bad requests, the server's own limits answer in the same
//! envelope: a body over the per-request cap is HTTP 413 / 400110, a body that does not
//! arrive within the body deadline HTTP 408 / 400111, and a request refused because the
//! in-flight body budget is spent HTTP 503 / 500901 (the code every 503 carries). On `/v1`
//! they are re-rendered in the Calls envelope (400100 `INVALID_PARAMS`, 500999
//! `UNKNOWN_ERROR` for the 503), keeping their HTTP status.

use bytes::Bytes;
use http::{header, HeaderValue, Response, StatusCode};
use http_body_util::Full;
use serde_json::{json, Value};

/// The response type every handler produces.
pub(crate) type HttpResponse = Response<Full<Bytes>>;

/// What a JSON handler answers: the response body, or an error rendered in the product's
/// envelope.
pub(crate) type Answer = Result<Value, ApiError>;

/// Which product's envelope an error is rendered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Envelope {
    /// Chat v3: `{"error": true, "code": N, "message": "..."}`.
    Chat,
    /// Calls / Live v1: the Chat fields plus a SCREAMING_SNAKE `type`.
    Calls(&'static str),
}

/// An API error: HTTP status, Sendbird code and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) code: u32,
    pub(crate) message: String,
    pub(crate) envelope: Envelope,
    pub(crate) retry_after_secs: Option<u64>,
}

impl ApiError {
    /// A Chat error answered with HTTP 400.
    pub(crate) fn bad_request(code: u32, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            code,
            message: message.into(),
            envelope: Envelope::Chat,
            retry_after_secs: None,
        }
    }

    /// 400201: the named resource does not exist.
    pub(crate) fn not_found(what: &str) -> Self {
        Self::bad_request(400201, format!("\"{what}\" not found."))
    }

    /// 400202: a resource with the same id already exists.
    pub(crate) fn already_exists(what: &str) -> Self {
        Self::bad_request(400202, format!("\"{what}\" violates a unique constraint."))
    }

    /// 400105: a required parameter is absent.
    pub(crate) fn missing(param: &str) -> Self {
        Self::bad_request(400105, format!("\"{param}\" is required."))
    }

    /// 400111: a parameter has an invalid value.
    pub(crate) fn invalid_value(param: &str) -> Self {
        Self::bad_request(400111, format!("Invalid value: \"{param}\"."))
    }

    /// 400203: a list parameter has more than `max` items.
    pub(crate) fn too_many_items(param: &str, max: usize) -> Self {
        Self::bad_request(400203, format!("\"{param}\" has more than {max} items."))
    }

    /// 400110: a value is longer than allowed.
    pub(crate) fn too_long(param: &str) -> Self {
        Self::bad_request(400110, format!("\"{param}\" is too long."))
    }

    /// 400100..=400104: a parameter has the wrong JSON type.
    pub(crate) fn wrong_type(param: &str, expected: Expected) -> Self {
        let (code, name) = match expected {
            Expected::String => (400100, "string"),
            Expected::Number => (400101, "number"),
            Expected::List => (400102, "list"),
            Expected::Json => (400103, "JSON object"),
            Expected::Bool => (400104, "boolean"),
        };
        Self::bad_request(code, format!("\"{param}\" must be a {name}."))
    }

    /// 400403: the body is not valid JSON.
    pub(crate) fn invalid_json() -> Self {
        Self::bad_request(400403, "Invalid JSON request body.")
    }

    /// 400109: the page token is malformed, unknown or expired.
    pub(crate) fn invalid_page_token() -> Self {
        Self::bad_request(
            400109,
            "Invalid value: \"token\". The page token is invalid or has expired.",
        )
    }

    /// 400109: the page token was issued by another emulator instance (another emulator,
    /// or this one before a restart), so its position means nothing here.
    pub(crate) fn expired_page_token() -> Self {
        Self::bad_request(
            400109,
            "Invalid value: \"token\". The page token has expired (it was issued by another \
             emulator instance or before a restart).",
        )
    }

    /// 400401: the `Api-Token` header is missing or wrong.
    pub(crate) fn invalid_api_token() -> Self {
        Self::bad_request(400401, "Invalid value: \"Api-Token\".")
    }

    /// 400404: no endpoint is served at this URL.
    pub(crate) fn invalid_url() -> Self {
        Self::bad_request(400404, "Invalid request URL.")
    }

    /// 400108: the caller may not perform this action.
    pub(crate) fn unauthorized(message: impl Into<String>) -> Self {
        Self::bad_request(400108, message)
    }

    /// HTTP 429 / 500910 with a retry-after hint in seconds.
    pub(crate) fn rate_limited(retry_after_secs: u64) -> Self {
        Self {
            status: StatusCode::TOO_MANY_REQUESTS,
            code: 500910,
            message: "Too many requests.".to_owned(),
            envelope: Envelope::Chat,
            retry_after_secs: Some(retry_after_secs),
        }
    }

    /// HTTP 500 / 500901 (an injected internal error).
    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: 500901,
            message: message.into(),
            envelope: Envelope::Chat,
            retry_after_secs: None,
        }
    }

    /// HTTP 503 (an injected outage). Sendbird documents no code; 503 answers carry 500901.
    pub(crate) fn unavailable() -> Self {
        Self {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: 500901,
            message: "Service unavailable.".to_owned(),
            envelope: Envelope::Chat,
            retry_after_secs: None,
        }
    }

    /// HTTP 413 / 400110: the body is larger than the per-request cap.
    pub(crate) fn body_too_large() -> Self {
        Self {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            ..Self::too_long("body")
        }
    }

    /// HTTP 503 / 500901: too many request bodies are being received at once (the
    /// in-flight body budget is spent). Like any 503, worth retrying.
    pub(crate) fn over_body_budget() -> Self {
        Self {
            message: "Service unavailable: too many request bodies are being received at \
                      once; retry later."
                .to_owned(),
            ..Self::unavailable()
        }
    }

    /// HTTP 408 / 400111: the body did not arrive within the body deadline.
    pub(crate) fn body_timeout() -> Self {
        Self {
            status: StatusCode::REQUEST_TIMEOUT,
            ..Self::bad_request(
                400111,
                "Invalid value: the request body was not received in time.",
            )
        }
    }

    /// HTTP 400 / 400111: the body could not be read.
    pub(crate) fn unreadable_body() -> Self {
        Self::bad_request(400111, "Invalid value: the request body could not be read.")
    }

    /// A Calls/Live-style error (`type` included).
    pub(crate) fn calls(status: StatusCode, code: u32, kind: &'static str, message: &str) -> Self {
        Self {
            status,
            code,
            message: message.to_owned(),
            envelope: Envelope::Calls(kind),
            retry_after_secs: None,
        }
    }

    /// Renders the error as an HTTP response.
    pub(crate) fn into_response(self) -> HttpResponse {
        let body = match self.envelope {
            Envelope::Chat => json!({"error": true, "code": self.code, "message": self.message}),
            Envelope::Calls(kind) => json!({
                "error": true, "code": self.code, "message": self.message, "type": kind
            }),
        };
        let mut response = json_response(self.status, &body);
        if let Some(secs) = self.retry_after_secs {
            response
                .headers_mut()
                .insert("x-ratelimit-retryafter", HeaderValue::from(secs));
        }
        response
    }
}

/// The JSON type a parameter should have had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expected {
    /// 400100
    String,
    /// 400101
    Number,
    /// 400102
    List,
    /// 400103
    Json,
    /// 400104
    Bool,
}

/// A JSON response with the given status.
pub(crate) fn json_response(status: StatusCode, body: &Value) -> HttpResponse {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    let mut response = Response::new(Full::new(Bytes::from(bytes)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

/// The same response, telling the client that the connection closes after it (for
/// answers sent before the request body was read to its end).
pub(crate) fn closing(mut response: HttpResponse) -> HttpResponse {
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// A 200 JSON response.
pub(crate) fn ok(body: &Value) -> HttpResponse {
    json_response(StatusCode::OK, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limit_carries_header_and_code() {
        let response = ApiError::rate_limited(2).into_response();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(
            response
                .headers()
                .get("X-RateLimit-RetryAfter")
                .map(|v| v.as_bytes()),
            Some(&b"2"[..])
        );
    }

    #[test]
    fn wrong_type_codes() {
        assert_eq!(ApiError::wrong_type("a", Expected::String).code, 400100);
        assert_eq!(ApiError::wrong_type("a", Expected::Number).code, 400101);
        assert_eq!(ApiError::wrong_type("a", Expected::List).code, 400102);
        assert_eq!(ApiError::wrong_type("a", Expected::Json).code, 400103);
        assert_eq!(ApiError::wrong_type("a", Expected::Bool).code, 400104);
    }
}
