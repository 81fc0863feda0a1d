//! Calls error codes. Calls and Chat reuse numbers with different meanings (Calls 400201 is
//! "already exists", Chat 400201 "not found"), so each product has its own table.
//!
//! Calls errors carry a `type` next to `code` (e.g. `NOT_FOUND`) and may lack the `error`
//! field; [`sendbird_core::ApiError::error_type`] keeps the type.

sendbird_core::error_codes! {
    /// A known Calls Platform API error code.
    pub enum CallsErrorCode {
        /// One or more parameters are invalid (HTTP 400).
        InvalidParams = 400100, "INVALID_PARAMS";
        /// One or more required parameters are missing (HTTP 400).
        MissingParams = 400111, "MISSING_PARAMS";
        /// The resource was not found (HTTP 400).
        NotFound = 400200, "NOT_FOUND";
        /// The resource already exists (HTTP 400).
        UniqueConstraint = 400201, "UNIQUE_CONSTRAINT";
        /// The free plan has ended (HTTP 400).
        FreePlanEnded = 400800, "FREE_PLAN_ENDED";
        /// The room id does not exist or the room was deleted (HTTP 400; a seven-digit code).
        InvalidRoom = 1400126, "INVALID_ROOM";
        /// The action is not allowed (HTTP 401).
        NotAllowed = 401120, "NOT_ALLOWED";
        /// The request is not authorized (HTTP 401).
        NotAuthorized = 401121, "NOT_AUTHORIZED";
        /// Too many requests: the per-endpoint rate limit was hit (HTTP 429).
        RateLimitExceeded = 429100, "RATE_LIMIT_EXCEEDED";
        /// Unexpected server error (HTTP 500).
        UnknownError = 500999, "UNKNOWN_ERROR";
    }
}

sendbird_core::error_code_ext! {
    /// Calls-specific views of an [`Error`](sendbird_core::Error).
    ///
    /// ```
    /// use sendbird_calls::{CallsErrorCode, CallsErrorExt};
    ///
    /// fn describe(err: &sendbird_calls::Error) -> &'static str {
    ///     match err.calls_code() {
    ///         Some(CallsErrorCode::RateLimitExceeded) => "slow down",
    ///         _ if err.is_not_found() => "gone",
    ///         _ => "other",
    ///     }
    /// }
    /// # let _ = describe;
    /// ```
    pub trait CallsErrorExt {
        /// The known Calls code of an API error.
        fn calls_code -> CallsErrorCode, by code;
        /// `true` for 400200 (not found) and 1400126 (invalid room: missing or deleted).
        fn is_not_found: NotFound | InvalidRoom;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use http::{HeaderMap, StatusCode};
    use sendbird_core::{ApiError, Error};

    #[test]
    fn codes_round_trip() {
        assert_eq!(
            CallsErrorCode::from_code(400200),
            Some(CallsErrorCode::NotFound)
        );
        assert_eq!(CallsErrorCode::InvalidRoom.code(), 1_400_126);
        assert_eq!(
            CallsErrorCode::UniqueConstraint.error_type(),
            "UNIQUE_CONSTRAINT"
        );
        assert_eq!(
            CallsErrorCode::from_code(400201),
            Some(CallsErrorCode::UniqueConstraint)
        );
        assert_eq!(CallsErrorCode::from_code(123), None);
    }

    #[test]
    fn reads_the_calls_envelope_through_the_core_error() {
        let body = Bytes::from_static(
            br#"{"message":"Room not found.","code":1400126,"type":"INVALID_ROOM"}"#,
        );
        let err: Error =
            ApiError::from_response(StatusCode::BAD_REQUEST, &HeaderMap::new(), body).into();
        assert_eq!(err.calls_code(), Some(CallsErrorCode::InvalidRoom));
        assert!(err.is_not_found());
        assert_eq!(
            err.as_api().and_then(|api| api.error_type.as_deref()),
            Some("INVALID_ROOM")
        );

        let exists = Bytes::from_static(
            br#"{"error":true,"message":"exists","code":400201,"type":"UNIQUE_CONSTRAINT"}"#,
        );
        let err: Error =
            ApiError::from_response(StatusCode::BAD_REQUEST, &HeaderMap::new(), exists).into();
        assert_eq!(err.calls_code(), Some(CallsErrorCode::UniqueConstraint));
        assert!(!err.is_not_found(), "Calls 400201 means already exists");
    }
}
