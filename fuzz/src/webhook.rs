//! `webhook`: a delivery as a receiver sees it — the key (master API token), the
//! `x-sendbird-signature` header and the raw body — through `sendbird_core::webhook::verify`
//! and `verify_headers`, then, for an authentic body, the typed event parsers
//! ([`check_event`] with the Chat and Calls `WebhookEvent`s).
//!
//! Shared by `fuzz_targets/webhook.rs` and the corpus tests `fuzz_corpus` of sendbird-core
//! (verification), sendbird-chat and sendbird-calls (their event types), which include it with
//! `#[path]`.
//!
//! Input format (text-like, so seeds stay readable):
//!
//! ```text
//! TOKEN LF                 the key (the master API token)
//! SIGNATURE LF             the header value, raw bytes; `=` stands for the body's real signature
//! BODY                     everything else, byte for byte
//! ```
//!
//! `=` lets seeds carry a valid signature that survives mutation of the body, so the fuzzer
//! reaches event parsing.

use bytes::Bytes;
use http::{HeaderMap, HeaderValue};
use sendbird_core::webhook::{self, WebhookError, WebhookPayload};
use sendbird_core::ApiToken;

/// What happened to one delivery.
#[derive(Debug)]
pub struct Outcome {
    /// `verify` (when the signature line is UTF-8).
    pub verified: Option<Result<(), WebhookError>>,
    /// `verify_headers` (when the signature line is a valid header value).
    pub verified_headers: Option<Result<(), WebhookError>>,
    /// Whether the body parsed as an event (only tried for verified deliveries).
    pub parsed: Option<bool>,
}

/// Runs one input; `parse_event` parses an authentic body (see [`check_event`]).
pub fn run(data: &[u8], parse_event: impl FnOnce(&[u8]) -> bool) -> Outcome {
    let (token, rest) = split_line(data);
    let (signature, body) = split_line(rest);
    let token = ApiToken::new(String::from_utf8_lossy(token));
    let body = Bytes::copy_from_slice(body);
    let real = webhook::sign(&body, &token);
    if token.expose().trim().is_empty() {
        assert_eq!(
            real,
            Err(WebhookError::EmptyToken),
            "an empty key signs nothing"
        );
    }
    let signature: Vec<u8> = match (signature, &real) {
        (b"=", Ok(real)) => real.clone().into_bytes(),
        _ => signature.to_vec(),
    };
    let verified = std::str::from_utf8(&signature)
        .ok()
        .map(|text| webhook::verify(&body, text, &token));
    if let (Some(Ok(())), Ok(real)) = (&verified, &real) {
        let text = String::from_utf8_lossy(&signature);
        let text = text.trim();
        assert!(
            text.eq_ignore_ascii_case(real),
            "verify accepted {text:?}, not {real:?}"
        );
    }
    let verified_headers = HeaderValue::from_bytes(&signature).ok().map(|value| {
        let mut headers = HeaderMap::new();
        headers.insert(webhook::SIGNATURE_HEADER, value);
        webhook::verify_headers(&body, &headers, &token)
    });
    if let (Some(by_value), Some(by_header)) = (&verified, &verified_headers) {
        assert_eq!(by_value, by_header, "verify and verify_headers disagree");
    }
    let missing = webhook::verify_headers(&body, &HeaderMap::new(), &token);
    assert!(matches!(
        missing,
        Err(WebhookError::MissingSignature | WebhookError::EmptyToken)
    ));
    let accepted = matches!(verified, Some(Ok(()))) || matches!(verified_headers, Some(Ok(())));
    let parsed = accepted.then(|| parse_event(&body));
    Outcome {
        verified,
        verified_headers,
        parsed,
    }
}

/// Parses an authentic body as `E` (a product's `WebhookEvent`) and checks the parser's
/// contract: it fails exactly when the body has no string `category` (every other body, an
/// unknown category or an unreadable payload included, becomes an event). Returns whether it
/// parsed.
pub fn check_event<E: WebhookPayload>(body: &[u8]) -> bool {
    let category = webhook::read_category(body);
    let parsed = E::parse(body);
    assert_eq!(
        parsed.is_ok(),
        category.is_ok(),
        "parse and read_category disagree: {:?}",
        category.as_ref().err()
    );
    parsed.is_ok()
}

fn split_line(data: &[u8]) -> (&[u8], &[u8]) {
    let (line, rest) = match data.iter().position(|b| *b == b'\n') {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b""[..]),
    };
    (line.strip_suffix(b"\r").unwrap_or(line), rest)
}

/// For the product crates' corpus tests: runs every seed through [`run`] with `E`'s parser, and
/// checks that each `valid-<product>-*` seed (a docs-shaped payload, signed with `=`) verifies
/// and parses strictly (`strict_variant`: the product's `parse_strict`, then the variant's
/// name) into a known variant. Reports every failing seed at once.
pub fn check_product_seeds<E: WebhookPayload>(
    seeds: Vec<(String, Vec<u8>)>,
    product: &str,
    strict_variant: impl Fn(&[u8]) -> Result<&'static str, WebhookError>,
) {
    let prefix = format!("valid-{product}-");
    let mut fixtures = 0;
    let mut wrong = Vec::new();
    for (name, data) in seeds {
        let fixture = name.starts_with(&prefix);
        let mut variant = None;
        run(&data, |body| {
            if fixture {
                variant = Some(strict_variant(body));
            }
            check_event::<E>(body)
        });
        if !fixture {
            continue;
        }
        fixtures += 1;
        match variant {
            Some(Ok("Unknown")) => wrong.push(format!("{name}: parsed as Unknown")),
            Some(Ok(_)) => {}
            Some(Err(error)) => wrong.push(format!("{name}: {error}")),
            None => wrong.push(format!("{name}: not verified")),
        }
    }
    assert!(wrong.is_empty(), "webhook seeds:\n{}", wrong.join("\n"));
    assert!(fixtures >= 5, "only {fixtures} {prefix}* seeds");
}
