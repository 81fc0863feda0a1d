//! The `Api-Token` check.

use http::HeaderMap;

use super::config::Config;
use super::errors::ApiError;

/// Accepts the master token or any secondary token; anything else answers 400401.
pub(crate) fn check(config: &Config, headers: &HeaderMap) -> Result<(), ApiError> {
    let token = headers
        .get("api-token")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(ApiError::invalid_api_token)?;
    if token == config.api_token || config.secondary_tokens.iter().any(|t| t == token) {
        Ok(())
    } else {
        Err(ApiError::invalid_api_token())
    }
}
