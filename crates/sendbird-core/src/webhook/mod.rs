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
//!
//! On top of the signature check, this module holds the product-agnostic pieces of a webhook
//! receiver; the typed events live in the product crates (`sendbird_chat::webhooks`,
//! `sendbird_calls::webhooks`), which implement [`WebhookPayload`]:
//!
//! - [`verify_and_parse`]: checks the signature, then (only then) parses the body;
//! - [`Receiver`]: a `tower::Service<http::Request<B>>` (hyper, axum, anything tower) that
//!   collects the body under a cap, verifies, parses, hands the [`Delivery`] to a handler or a
//!   channel and answers `200` at once; a bad signature answers `401` and never reaches the
//!   handler.

//!
//! The signature checks, [`verify_and_parse`] and [`Receiver`] need the `webhook` feature (on
//! by default); [`WebhookError`], [`WebhookPayload`] and [`read_category`] are always there, so
//! the product crates' typed events decode without it.

#[cfg(feature = "webhook")]
mod receiver;

use std::borrow::Cow;

#[cfg(feature = "webhook")]
use hmac::{Hmac, Mac};
use serde::Deserialize;
#[cfg(feature = "webhook")]
use sha2::Sha256;

#[cfg(feature = "webhook")]
use crate::secret::ApiToken;

#[cfg(feature = "webhook")]
pub use receiver::{Delivery, Receiver, DEFAULT_BODY_TIMEOUT, DEFAULT_MAX_BODY_BYTES};

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
    /// The (authentic) body is not a webhook event: not JSON, not an object with a string
    /// `category`, or, for a strict parse, a known category whose payload does not decode
    /// (the message names the failing field).
    #[error("the body is not a webhook event: {0}")]
    InvalidBody(String),
}

/// A product's webhook event type (`sendbird_chat::webhooks::WebhookEvent`,
/// `sendbird_calls::webhooks::WebhookEvent`): how a body whose signature was checked becomes
/// an event. Implementations never panic, whatever the bytes.
pub trait WebhookPayload: Sized {
    /// Parses an authentic body. Fails only with [`WebhookError::InvalidBody`].
    fn parse(body: &[u8]) -> Result<Self, WebhookError>;
}

#[cfg(feature = "webhook")]
/// Checks the `x-sendbird-signature` header against the raw body with the master API token,
/// then parses the body as `E`. Nothing is parsed before the signature is checked.
///
/// Errors: [`WebhookError::EmptyToken`], [`WebhookError::MissingSignature`],
/// [`WebhookError::MalformedSignature`], [`WebhookError::Mismatch`] (all before parsing), then
/// [`WebhookError::InvalidBody`].
pub fn verify_and_parse<E: WebhookPayload>(
    body: &[u8],
    headers: &http::HeaderMap,
    token: &ApiToken,
) -> Result<E, WebhookError> {
    verify_headers(body, headers, token)?;
    E::parse(body)
}

/// Reads the top-level `category` of a webhook body (every Sendbird product sends one) without
/// decoding anything else; the product crates dispatch on it.
///
/// ```
/// use sendbird_core::webhook::read_category;
///
/// let category = read_category(br#"{"payload": {"a": [1, 2]}, "category": "user:block"}"#)?;
/// assert_eq!(category, "user:block");
/// assert!(read_category(b"[]").is_err());
/// assert!(read_category(br#"{"no": "category"}"#).is_err());
/// # Ok::<(), sendbird_core::webhook::WebhookError>(())
/// ```
pub fn read_category(body: &[u8]) -> Result<Cow<'_, str>, WebhookError> {
    #[derive(Deserialize)]
    struct Head<'a> {
        #[serde(default, borrow)]
        category: Option<Cow<'a, str>>,
    }
    let head: Head<'_> = serde_json::from_slice(body)
        .map_err(|e| WebhookError::InvalidBody(format!("not a JSON object ({e})")))?;
    head.category
        .ok_or_else(|| WebhookError::InvalidBody("no `category`".to_owned()))
}

#[cfg(feature = "webhook")]
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

#[cfg(feature = "webhook")]
/// Signs a body as Sendbird does (for tests of webhook receivers and emulators): lowercase hex.
pub fn sign(body: &[u8], token: &ApiToken) -> Result<String, WebhookError> {
    let digest = mac(token, body)?.finalize().into_bytes();
    Ok(digest.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(feature = "webhook")]
/// Checks `signature` against the raw body, in constant time.
pub fn verify(body: &[u8], signature: &str, token: &ApiToken) -> Result<(), WebhookError> {
    let mac = mac(token, body)?;
    let expected = decode_hex(signature.trim()).ok_or(WebhookError::MalformedSignature)?;
    mac.verify_slice(&expected)
        .map_err(|_| WebhookError::Mismatch)
}

#[cfg(feature = "webhook")]
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

#[cfg(feature = "webhook")]
fn decode_hex(text: &str) -> Option<Vec<u8>> {
    // `from_str_radix` alone would also take a sign (`+a` reads as 0x0a).
    if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
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

#[cfg(all(test, feature = "webhook"))]
mod tests {
    use super::*;

    struct Category(String);

    impl WebhookPayload for Category {
        fn parse(body: &[u8]) -> Result<Self, WebhookError> {
            read_category(body).map(|c| Category(c.into_owned()))
        }
    }

    #[test]
    fn verify_and_parse_checks_before_parsing() {
        let token = ApiToken::new("key");
        let body = br#"{"category":"a:b"}"#;
        let mut headers = http::HeaderMap::new();
        assert_eq!(
            verify_and_parse::<Category>(body, &headers, &token).err(),
            Some(WebhookError::MissingSignature)
        );
        let signature = sign(body, &token).expect("signs");
        headers.insert(
            SIGNATURE_HEADER,
            http::HeaderValue::from_str(&signature).expect("hex"),
        );
        let parsed = verify_and_parse::<Category>(body, &headers, &token).expect("valid");
        assert_eq!(parsed.0, "a:b");
        // A body that is not JSON is only reported once the signature matched.
        assert_eq!(
            verify_and_parse::<Category>(b"not json", &headers, &token).err(),
            Some(WebhookError::Mismatch)
        );
        let signature = sign(b"not json", &token).expect("signs");
        headers.insert(
            SIGNATURE_HEADER,
            http::HeaderValue::from_str(&signature).expect("hex"),
        );
        assert!(matches!(
            verify_and_parse::<Category>(b"not json", &headers, &token),
            Err(WebhookError::InvalidBody(_))
        ));
        assert_eq!(
            verify_and_parse::<Category>(b"not json", &headers, &ApiToken::new("")).err(),
            Some(WebhookError::EmptyToken)
        );
    }

    #[test]
    fn categories_with_escapes_and_two_colons() {
        assert_eq!(
            read_category(br#"{"category":"group_channel:old_kick_out:join"}"#).expect("reads"),
            "group_channel:old_kick_out:join"
        );
        assert_eq!(
            read_category(br#"{"category":"a\u003ab"}"#).expect("reads"),
            "a:b"
        );
        for bad in [&b""[..], b"null", b"\"category\"", br#"{"category": 1}"#] {
            assert!(read_category(bad).is_err());
        }
    }

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
    fn a_sign_in_place_of_a_zero_is_malformed() {
        // Found by the `webhook` fuzz target: `+a` used to read as the byte 0x0a.
        let token = ApiToken::new("key");
        let (body, signature) = (0..)
            .map(|i| format!("body {i}"))
            .find_map(|body| {
                let signature = sign(body.as_bytes(), &token).ok()?;
                let at = (0..64)
                    .step_by(2)
                    .find(|&i| signature.as_bytes()[i] == b'0')?;
                Some((
                    body,
                    signature[..at].to_owned() + "+" + &signature[at + 1..],
                ))
            })
            .expect("some signature has a byte below 0x10");
        assert_eq!(
            verify(body.as_bytes(), &signature, &token),
            Err(WebhookError::MalformedSignature)
        );
        assert_eq!(
            verify(body.as_bytes(), &signature.replace('+', "0"), &token),
            Ok(())
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
