//! [`UserAgentLayer`]: sets `User-Agent: sendbird-rs/<version>[ <application>]`.

use http::header::USER_AGENT;
use http::HeaderValue;

use crate::error::BuildError;
use crate::request::ApiRequest;

/// The SDK's own product token, `sendbird-rs/<version>`.
pub const SDK_USER_AGENT: &str = concat!("sendbird-rs/", env!("CARGO_PKG_VERSION"));

/// Sets `User-Agent` on every request that has none: `sendbird-rs/<version>`, followed by
/// an optional application suffix (`sendbird-rs/0.1.0 billing-service/2.3`).
///
/// ```
/// use sendbird_core::layers::UserAgentLayer;
///
/// let layer = UserAgentLayer::with_suffix("billing-service/2.3")?;
/// assert!(layer.value().starts_with("sendbird-rs/"));
/// assert!(layer.value().ends_with(" billing-service/2.3"));
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct UserAgentLayer {
    value: HeaderValue,
}

impl Default for UserAgentLayer {
    fn default() -> Self {
        Self {
            value: HeaderValue::from_static(SDK_USER_AGENT),
        }
    }
}

impl UserAgentLayer {
    /// `sendbird-rs/<version>`.
    pub fn new() -> Self {
        Self::default()
    }

    /// `sendbird-rs/<version> <suffix>`; fails when the suffix cannot be a header value.
    pub fn with_suffix(suffix: &str) -> Result<Self, BuildError> {
        let suffix = suffix.trim();
        if suffix.is_empty() {
            return Ok(Self::default());
        }
        let value = HeaderValue::try_from(format!("{SDK_USER_AGENT} {suffix}")).map_err(|_| {
            BuildError::Header("the user agent suffix is not a valid header".into())
        })?;
        Ok(Self { value })
    }

    /// The header value this layer sets.
    pub fn value(&self) -> &str {
        self.value.to_str().unwrap_or(SDK_USER_AGENT)
    }
}

header_service!(UserAgentLayer => UserAgentService, |headers, value| {
    if !headers.contains_key(USER_AGENT) {
        headers.insert(USER_AGENT, value.clone());
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_is_validated() {
        assert!(UserAgentLayer::with_suffix("app\r\nx: y").is_err());
        assert_eq!(
            UserAgentLayer::with_suffix("  ")
                .map(|l| l.value().to_owned())
                .ok(),
            Some(SDK_USER_AGENT.to_owned())
        );
    }
}
