//! Chat's error codes. Chat and Calls reuse numbers with different meanings (Chat 400201 is
//! "not found", Calls 400201 "already exists"), so each product has its own table.

sendbird_core::error_codes! {
    /// A known Chat Platform API error code.
    pub enum ChatErrorCode {
        /// A parameter should have been a string.
        UnexpectedParameterTypeString = 400100;
        /// A parameter should have been a number.
        UnexpectedParameterTypeNumber = 400101;
        /// A parameter should have been a list.
        UnexpectedParameterTypeList = 400102;
        /// A parameter should have been JSON.
        UnexpectedParameterTypeJson = 400103;
        /// A parameter should have been a boolean.
        UnexpectedParameterTypeBoolean = 400104;
        /// Required parameters are missing.
        MissingRequiredParameters = 400105;
        /// A negative number where a positive one is required.
        NegativeNumberNotAllowed = 400106;
        /// The caller may not access the resource.
        UnauthorizedRequest = 400108;
        /// The page token expired: restart the listing.
        ExpiredPageToken = 400109;
        /// A value is too long.
        ParameterValueLengthExceeded = 400110;
        /// A value is invalid.
        InvalidValue = 400111;
        /// Two parameters that must differ have the same value.
        IncompatibleValues = 400112;
        /// A value is out of range.
        ParameterValueOutOfRange = 400113;
        /// The resource addressed by the URL does not exist.
        InvalidUrlOfResource = 400114;
        /// A value has forbidden characters, or is empty.
        NotAllowedCharacter = 400151;
        /// The resource was not found.
        ResourceNotFound = 400201;
        /// The resource already exists.
        ResourceAlreadyExists = 400202;
        /// A list parameter has too many items.
        TooManyItemsInParameter = 400203;
        /// A deactivated user's data cannot be read.
        DeactivatedUserNotAccessible = 400300;
        /// The user was not found.
        UserNotFound = 400301;
        /// The user access token is invalid.
        InvalidAccessToken = 400302;
        /// The session key is invalid.
        InvalidSessionKeyValue = 400303;
        /// The application was not found.
        ApplicationNotFound = 400304;
        /// The user id is too long.
        UserIdLengthExceeded = 400305;
        /// The plan's paid quota is exceeded.
        PaidQuotaExceeded = 400306;
        /// The request came from a restricted domain.
        DomainNotAllowed = 400307;
        /// The `Api-Token` is missing or invalid.
        InvalidApiToken = 400401;
        /// Necessary parameters are missing.
        MissingSomeParameters = 400402;
        /// The body is not valid JSON.
        InvalidJsonRequestBody = 400403;
        /// The URL cannot be served.
        InvalidRequestUrl = 400404;
        /// A blocked or deactivated user tried to send, or the content was blocked.
        BlockedUserSendNotAllowed = 400700;
        /// A blocker tried to invite the blocked user.
        BlockedUserInvitedNotAllowed = 400701;
        /// A blocked user tried to invite the blocker.
        BlockedUserInviteNotAllowed = 400702;
        /// The user is banned from the channel.
        BannedUserEnterChannelNotAllowed = 400750;
        /// The user is banned from channels of this custom type.
        BannedUserEnterCustomChannelNotAllowed = 400751;
        /// The sender is muted in the channel (a Chat SDK server code; the Platform API's answer
        /// for a muted sender is undocumented, the emulator uses this one).
        MutedUserSendNotAllowed = 900041;
        /// The channel is frozen and the sender is not an operator (Chat SDK server code).
        FrozenChannelSendNotAllowed = 900050;
        /// The blocking user sent to the blocked user in a 1-to-1 distinct channel (Chat SDK
        /// server code).
        BlockingUserSendNotAllowed = 900080;
        /// The sender is banned from the channel (Chat SDK server code).
        BannedUserSendNotAllowed = 900100;
        /// Each parameter is valid but their combination is not.
        Unacceptable = 400920;
        /// The endpoint no longer exists.
        InvalidEndpoint = 400930;
        /// The application is unavailable (e.g. suspended).
        ApplicationNotAvailable = 403100;
        /// Internal error while registering a push token; retry.
        PushTokenRegisterFailed = 500601;
        /// Internal error while unregistering a push token; retry.
        PushTokenUnregisterFailed = 500602;
        /// Unexpected server error; retry.
        InternalError = 500901;
        /// The rate limit was hit.
        RateLimitExceeded = 500910;
    }
}

sendbird_core::error_code_ext! {
    /// Chat-specific views of an [`Error`](sendbird_core::Error).
    pub trait ChatErrorExt {
        /// The known Chat code of an API error.
        fn chat_code -> ChatErrorCode, by code;
        /// `true` for 400201 (resource not found) and 400301 (user not found).
        fn is_not_found: ResourceNotFound | UserNotFound;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        assert_eq!(
            ChatErrorCode::from_code(400201),
            Some(ChatErrorCode::ResourceNotFound)
        );
        assert_eq!(ChatErrorCode::ResourceNotFound.code(), 400201);
        assert_eq!(ChatErrorCode::from_code(123), None);
    }
}
