//! Secret values (API tokens, cloud credentials) that never show up in `Debug`, `Display` or logs.

use serde::{Deserialize, Serialize};

/// Implements the redacting `Debug` (`Name([redacted])`) and `Display` (`[redacted]`) of a
/// secret newtype, and its `From<String>` and `From<&str>` (through its `new`), so that a
/// value a log must not show (a token, a credential) has one way to be printed.
///
/// ```
/// pub struct DeviceKey(String);
///
/// impl DeviceKey {
///     pub fn new(key: impl Into<String>) -> Self {
///         Self(key.into())
///     }
/// }
///
/// sendbird_core::redacted_newtype!(DeviceKey);
///
/// let key = DeviceKey::from("k-123");
/// assert_eq!(format!("{key:?}"), "DeviceKey([redacted])");
/// assert_eq!(key.to_string(), "[redacted]");
/// ```
#[macro_export]
macro_rules! redacted_newtype {
    ($name:ident) => {
        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(concat!(stringify!($name), "([redacted])"))
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str("[redacted]")
            }
        }

        impl ::core::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                Self::new(value)
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::new(value)
            }
        }
    };
}

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
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
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

crate::redacted_newtype!(SecretString);

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

crate::redacted_newtype!(ApiToken);

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
