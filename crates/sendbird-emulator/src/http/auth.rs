//! The `Api-Token` check.

use http::HeaderMap;

use super::config::Config;
use super::errors::ApiError;

/// Who sent a request, by the API token it carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Caller {
    /// The master API token (everything, including API token management).
    Master,
    /// A secondary API token (everything but API token management).
    Secondary,
}

/// Accepts the master token, or a token `is_secondary` accepts (the application's live
/// secondary tokens: those given at start and those generated through the API, until they
/// are revoked); anything else answers 400401.
pub(crate) fn check(
    config: &Config,
    headers: &HeaderMap,
    is_secondary: impl FnOnce(&str) -> bool,
) -> Result<Caller, ApiError> {
    let token = headers
        .get("api-token")
        .and_then(|v| v.to_str().ok())
        .filter(|t| !t.is_empty())
        .ok_or_else(ApiError::invalid_api_token)?;
    if token == config.api_token {
        Ok(Caller::Master)
    } else if is_secondary(token) {
        Ok(Caller::Secondary)
    } else {
        Err(ApiError::invalid_api_token())
    }
}
