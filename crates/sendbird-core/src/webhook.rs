//! Webhook signature checks: `x-sendbird-signature` is the lowercase-hex HMAC-SHA256 of the raw
//! request body, keyed with the master API token.
//!
//! ```
//! use sendbird_core::{webhook, ApiToken};
//!
//! let token = ApiToken::new("master-token");
//! let body = br#"{"category":"group_channel:message_send"}"#;
//! let signature = webhook::sign(body, &token)?;
//! assert!(webhook::verify(body, &signature, &token).is_ok());
//! assert!(webhook::verify(b"tampered", &signature, &token).is_err());
//! # Ok::<(), webhook::WebhookError>(())
//! ```
//!
//! An empty token is refused everywhere: with it, anyone could compute a valid signature.

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
    /// The master API token used as the key is empty (e.g. an unset environment variable):
    /// every signature would be forgeable, so nothing is signed or accepted.
    #[error("the webhook key (the master API token) is empty")]
    EmptyToken,
}

/// The keyed MAC over `body`; refuses an empty key.
fn mac(token: &ApiToken, body: &[u8]) -> Result<Hmac<Sha256>, WebhookError> {
    if token.expose().trim().is_empty() {
        return Err(WebhookError::EmptyToken);
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(token.expose().as_bytes())
        .map_err(|_| WebhookError::EmptyToken)?;
    mac.update(body);
    Ok(mac)
}

/// Signs a body as Sendbird does (for tests of webhook receivers and emulators): lowercase hex.
pub fn sign(body: &[u8], token: &ApiToken) -> Result<String, WebhookError> {
    let digest = mac(token, body)?.finalize().into_bytes();
    Ok(digest.iter().map(|b| format!("{b:02x}")).collect())
}

/// Checks `signature` against the raw body, in constant time.
pub fn verify(body: &[u8], signature: &str, token: &ApiToken) -> Result<(), WebhookError> {
    let mac = mac(token, body)?;
    let expected = decode_hex(signature.trim()).ok_or(WebhookError::MalformedSignature)?;
    mac.verify_slice(&expected)
        .map_err(|_| WebhookError::Mismatch)
}

/// Checks the signature found in a request's headers.
pub fn verify_headers(
    body: &[u8],
    headers: &http::HeaderMap,
    token: &ApiToken,
) -> Result<(), WebhookError> {
    mac(token, body)?;
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
        let signature =
            sign(b"The quick brown fox jumps over the lazy dog", &token).expect("a non-empty key");
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
            verify(
                b"x",
                &sign(b"x", &ApiToken::new("other")).unwrap_or_default(),
                &token
            ),
            Err(WebhookError::Mismatch)
        );
        let headers = http::HeaderMap::new();
        assert_eq!(
            verify_headers(b"x", &headers, &token),
            Err(WebhookError::MissingSignature)
        );
    }

    #[test]
    fn an_empty_key_signs_and_accepts_nothing() {
        let empty = ApiToken::new("");
        assert_eq!(sign(b"x", &empty), Err(WebhookError::EmptyToken));
        // An HMAC with an empty key is computable by anyone: it must not verify.
        let forged = {
            let mut mac = Hmac::<Sha256>::new_from_slice(b"").expect("any key length");
            mac.update(b"{\"category\":\"forged\"}");
            mac.finalize()
                .into_bytes()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        };
        assert_eq!(
            verify(b"{\"category\":\"forged\"}", &forged, &empty),
            Err(WebhookError::EmptyToken)
        );
        let mut headers = http::HeaderMap::new();
        headers.insert(
            SIGNATURE_HEADER,
            http::HeaderValue::from_str(&forged).expect("hex"),
        );
        assert_eq!(
            verify_headers(b"{\"category\":\"forged\"}", &headers, &ApiToken::new("  ")),
            Err(WebhookError::EmptyToken)
        );
    }
}
