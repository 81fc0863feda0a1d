//! Secret values (API tokens, cloud credentials) that never show up in `Debug`, `Display` or logs.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string that must stay secret: its `Debug` and `Display` print `[redacted]`.
///
/// It serializes as the plain string (it has to reach the server), so only serialize it
/// into request bodies, never into logs.
///
/// ```
/// use sendbird_core::SecretString;
///
/// let key = SecretString::from("aws-secret");
/// assert_eq!(format!("{key:?}"), "SecretString([redacted])");
/// assert_eq!(key.expose(), "aws-secret");
/// ```
#[derive(Clone, PartialEq, Eq, Default)]
pub struct SecretString(String);

impl SecretString {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// Returns the secret itself. Call this only where the value must leave the program.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString([redacted])")
    }
}

impl fmt::Display for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for SecretString {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl Serialize for SecretString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SecretString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self)
    }
}

/// A Sendbird API token (master or secondary), sent as the `Api-Token` header.
///
/// `Debug` and `Display` never show the value.
///
/// ```
/// use sendbird_core::ApiToken;
///
/// let token = ApiToken::new("0123456789abcdef");
/// assert!(!format!("{token:?} {token}").contains("0123"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ApiToken(SecretString);

impl ApiToken {
    /// Wraps a token value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(SecretString::new(value))
    }

    /// Returns the token itself, for the `Api-Token` header or webhook signature checks.
    pub fn expose(&self) -> &str {
        self.0.expose()
    }
}

impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken([redacted])")
    }
}

impl fmt::Display for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<String> for ApiToken {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for ApiToken {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let token = ApiToken::new("super-secret-token");
        let secret = SecretString::new("super-secret-token");
        for shown in [
            format!("{token:?}"),
            format!("{token:#?}"),
            format!("{token}"),
            format!("{secret:?}"),
            format!("{secret}"),
        ] {
            assert!(!shown.contains("super-secret"), "{shown}");
        }
        assert_eq!(token.expose(), "super-secret-token");
    }

    #[test]
    fn secret_string_serializes_as_plain_string() {
        let json = serde_json::to_string(&SecretString::new("k")).unwrap_or_default();
        assert_eq!(json, "\"k\"");
    }
}
