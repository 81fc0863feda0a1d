//! Live's error codes.
//!
//! Live runs on the Calls host and answers with the Calls envelope
//! (`{"code": 400200, "type": "NOT_FOUND", "message": "..."}`, often without `error`), which
//! [`sendbird_core::ApiError`] decodes. No Live Platform API error table is published: this
//! module knows the Calls Platform API codes and the seven-digit Live server codes (2800xxx)
//! listed by the Live SDK docs. Calls and Chat reuse numbers with other meanings (Calls
//! 400201 is "already exists", Chat 400201 "not found"), so Live has its own table.

sendbird_core::error_codes! {
    /// A known Live Platform API error code.
    pub enum LiveErrorCode {
        /// Invalid parameters.
        InvalidParams = 400100, "INVALID_PARAMS";
        /// Required parameters are missing.
        MissingParams = 400111, "MISSING_PARAMS";
        /// The resource was not found.
        NotFound = 400200, "NOT_FOUND";
        /// The resource already exists.
        UniqueConstraint = 400201, "UNIQUE_CONSTRAINT";
        /// The free plan has ended.
        FreePlanEnded = 400800, "FREE_PLAN_ENDED";
        /// The action is not allowed.
        NotAllowed = 401120, "NOT_ALLOWED";
        /// The `Api-Token` is missing or invalid.
        NotAuthorized = 401121, "NOT_AUTHORIZED";
        /// Too many requests (HTTP 429); wait and retry.
        RateLimitExceeded = 429100, "RATE_LIMIT_EXCEEDED";
        /// Unexpected server error.
        UnknownError = 500999, "UNKNOWN_ERROR";
        /// The live event id was not found.
        LiveEventNotFound = 2800100;
        /// The action is not allowed in the live event's current state (e.g. starting an ended
        /// event).
        ActionNotAllowedInCurrentState = 2800101;
        /// The action is reserved to hosts.
        ActionNotAllowedForParticipant = 2800102;
        /// The user has not entered the live event.
        UserNotEnteredLiveEvent = 2800103;
        /// The action is not allowed for the live event's host type.
        ActionNotAllowedInCurrentHostType = 2800107;
    }
}

sendbird_core::error_code_ext! {
    /// Live-specific views of an [`Error`](sendbird_core::Error).
    pub trait LiveErrorExt {
        /// The known Live code of an API error: its numeric `code`, or failing that its `type`.
        fn live_code -> LiveErrorCode, by code or type;
        /// `true` for 400200 (not found) and 2800100 (live event not found).
        fn is_not_found: NotFound | LiveEventNotFound;
        /// `true` for 2800101: the live event's state does not allow the action.
        fn is_invalid_state: ActionNotAllowedInCurrentState;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sendbird_core::{ApiError, Error};

    fn api_error(status: u16, body: &'static str) -> Error {
        Error::from(ApiError::from_response(
            http::StatusCode::from_u16(status).expect("status"),
            &http::HeaderMap::new(),
            bytes::Bytes::from_static(body.as_bytes()),
        ))
    }

    #[test]
    fn codes_round_trip() {
        assert_eq!(
            LiveErrorCode::from_code(2_800_101),
            Some(LiveErrorCode::ActionNotAllowedInCurrentState)
        );
        assert_eq!(LiveErrorCode::LiveEventNotFound.code(), 2_800_100);
        assert_eq!(LiveErrorCode::NotFound.error_type(), Some("NOT_FOUND"));
        assert_eq!(LiveErrorCode::LiveEventNotFound.error_type(), None);
        assert_eq!(
            LiveErrorCode::from_error_type("RATE_LIMIT_EXCEEDED"),
            Some(LiveErrorCode::RateLimitExceeded)
        );
        assert_eq!(
            LiveErrorCode::from_code(400_201),
            Some(LiveErrorCode::UniqueConstraint)
        );
        assert_eq!(LiveErrorCode::from_code(123), None);
    }

    #[test]
    fn calls_envelope_without_error_field() {
        let err = api_error(
            400,
            r#"{"code":2800100,"type":"LIVE_EVENT_NOT_FOUND","message":"Live event not found."}"#,
        );
        assert_eq!(err.live_code(), Some(LiveErrorCode::LiveEventNotFound));
        assert!(err.is_not_found());
        assert!(!err.is_invalid_state());

        let state = api_error(
            400,
            r#"{"code":"2800101","message":"Not allowed in current state"}"#,
        );
        assert!(state.is_invalid_state());

        let typed_only = api_error(400, r#"{"type":"NOT_FOUND","message":"missing"}"#);
        assert_eq!(typed_only.live_code(), Some(LiveErrorCode::NotFound));
        assert!(typed_only.is_not_found());

        let limited = api_error(
            429,
            r#"{"message":"Too many requests","code":429100,"type":"RATE_LIMIT_EXCEEDED"}"#,
        );
        assert_eq!(limited.live_code(), Some(LiveErrorCode::RateLimitExceeded));
        assert!(limited.is_rate_limited());
    }
}
