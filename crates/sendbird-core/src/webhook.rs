//! Webhook signature checks: `x-sendbird-signature` is the lowercase-hex HMAC-SHA256 of the raw
//! request body, keyed with the master API token.
//!
//! ```
//! use sendbird_core::{webhook, ApiToken};
//!
//! let token = ApiToken::new("master-token");
//! let body = br#"{"category":"group_channel:message_send"}"#;
//! let signature = webhook::sign(body, &token);
//! assert!(webhook::verify(body, &signature, &token).is_ok());
//! assert!(webhook::verify(b"tampered", &signature, &token).is_err());
//! ```

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::secret::ApiToken;

/// The header carrying the signature.
pub const SIGNATURE_HEADER: &str = "x-sendbird-signature";

/// Why a webhook was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The header is absent.
    #[error("the x-sendbird-signature header is missing")]
    MissingSignature,
    /// The header is not a 64-character hex string.
    #[error("the signature is not a hex-encoded SHA-256 HMAC")]
    MalformedSignature,
    /// The signature does not match the body: wrong token, or a body that was changed
    /// (re-serialized JSON included).
    #[error("the signature does not match the body")]
    Mismatch,
}

/// The keyed MAC; HMAC accepts keys of any length, so this is always `Some`.
fn mac(token: &ApiToken, body: &[u8]) -> Option<Hmac<Sha256>> {
    let mut mac = Hmac::<Sha256>::new_from_slice(token.expose().as_bytes()).ok()?;
    mac.update(body);
    Some(mac)
}

/// Signs a body as Sendbird does (for tests of webhook receivers): lowercase hex.
pub fn sign(body: &[u8], token: &ApiToken) -> String {
    mac(token, body)
        .map(|mac| {
            mac.finalize()
                .into_bytes()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        })
        .unwrap_or_default()
}

/// Checks `signature` against the raw body, in constant time.
pub fn verify(body: &[u8], signature: &str, token: &ApiToken) -> Result<(), WebhookError> {
    let expected = decode_hex(signature.trim()).ok_or(WebhookError::MalformedSignature)?;
    let mac = mac(token, body).ok_or(WebhookError::Mismatch)?;
    mac.verify_slice(&expected)
        .map_err(|_| WebhookError::Mismatch)
}

/// Checks the signature found in a request's headers.
pub fn verify_headers(
    body: &[u8],
    headers: &http::HeaderMap,
    token: &ApiToken,
) -> Result<(), WebhookError> {
    let signature = headers
        .get(SIGNATURE_HEADER)
        .ok_or(WebhookError::MissingSignature)?
        .to_str()
        .map_err(|_| WebhookError::MalformedSignature)?;
    verify(body, signature, token)
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() != 64 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_vector() {
        // HMAC-SHA256(key="key", "The quick brown fox jumps over the lazy dog")
        let token = ApiToken::new("key");
        let signature = sign(b"The quick brown fox jumps over the lazy dog", &token);
        assert_eq!(
            signature,
            "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        );
        assert_eq!(
            verify(
                b"The quick brown fox jumps over the lazy dog",
                &signature.to_uppercase(),
                &token
            ),
            Ok(())
        );
    }

    #[test]
    fn rejections() {
        let token = ApiToken::new("key");
        assert_eq!(
            verify(b"x", "zz", &token),
            Err(WebhookError::MalformedSignature)
        );
        assert_eq!(
            verify(b"x", &"0".repeat(64), &token),
            Err(WebhookError::Mismatch)
        );
        assert_eq!(
            verify(b"x", &sign(b"x", &ApiToken::new("other")), &token),
            Err(WebhookError::Mismatch)
        );
        let headers = http::HeaderMap::new();
        assert_eq!(
            verify_headers(b"x", &headers, &token),
            Err(WebhookError::MissingSignature)
        );
    }
}
