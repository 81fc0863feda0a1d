//! The seed corpora of the `error_envelope` and `webhook` fuzz targets (`fuzz/corpus/`), run
//! through exactly the code the targets run: their bodies (`fuzz/src/*.rs`) are compiled in
//! here. Each seed must not panic; seeds whose name states an answer must give it. See
//! docs/testing.md, "Fuzzing".

use std::time::Duration;

#[allow(dead_code)]
#[path = "../../../../fuzz/src/error_envelope.rs"]
mod error_envelope;
#[allow(dead_code)]
#[path = "../../../../fuzz/seeds.rs"]
mod seeds;
#[allow(dead_code)]
#[path = "../../../../fuzz/src/webhook.rs"]
mod webhook;

use seeds::seeds;

#[test]
fn error_envelope_seeds() {
    for (name, data) in seeds("error_envelope") {
        let error = error_envelope::run(&data);
        let code = error.as_ref().and_then(|e| e.code);
        let retry = error.as_ref().and_then(|e| e.retry_after);
        let message = error
            .as_ref()
            .map(|e| e.message.clone())
            .unwrap_or_default();
        match name.as_str() {
            "chat-not-found.txt" => {
                assert_eq!(code, Some(400_201), "{name}");
                assert_eq!(message, "\"User\" not found.", "{name}");
            }
            "chat-rate-limited.txt" => {
                assert_eq!(code, Some(500_910), "{name}");
                assert_eq!(retry, Some(Duration::from_millis(1500)), "{name}");
                assert!(
                    error.as_ref().is_some_and(|e| e.is_rate_limited()),
                    "{name}"
                );
            }
            "calls-rate-limited.txt" => {
                let error = error.as_ref().expect("a valid status");
                assert_eq!(error.error_type.as_deref(), Some("RATE_LIMIT_EXCEEDED"));
                assert_eq!(retry, Some(Duration::from_secs(3)), "{name}");
            }
            "calls-seven-digit-string-code.txt" => assert_eq!(code, Some(1_400_126), "{name}"),
            "code-as-padded-string.txt" => assert_eq!(code, Some(400_111), "{name}"),
            "code-negative.txt" | "code-too-big.txt" | "code-u64-max.txt" | "code-float.txt" => {
                assert_eq!(code, None, "{name}")
            }
            "empty-type.txt" => {
                assert_eq!(error.as_ref().and_then(|e| e.error_type.clone()), None)
            }
            "long-text-body.txt" => assert_eq!(message.chars().count(), 512, "{name}"),
            "retry-after-negative.txt"
            | "retry-after-inf-nan.txt"
            | "retry-after-http-date.txt" => {
                assert_eq!(retry, None, "{name}")
            }
            "retry-after-huge.txt" => assert_eq!(retry, Some(Duration::from_secs(86_400))),
            // Only a header's first value is read: `x`, not a number.
            "retry-after-repeated.txt" => assert_eq!(retry, None, "{name}"),
            "crlf-head.txt" => {
                assert_eq!(code, Some(400_100), "{name}");
                assert_eq!(retry, Some(Duration::from_secs(1)), "{name}");
            }
            "status-invalid.txt" => assert!(error.is_none(), "{name}"),
            _ => {}
        }
    }
}

#[test]
fn webhook_seeds() {
    for (name, data) in seeds("webhook") {
        // Event parsing proper is the product crates' part (their `fuzz_corpus` tests).
        let outcome = webhook::run(&data, |body| {
            sendbird_core::webhook::read_category(body).is_ok()
        });
        if name.starts_with("valid-") {
            assert_eq!(outcome.verified, Some(Ok(())), "{name}: {outcome:?}");
            assert!(outcome.parsed.is_some(), "{name}: {outcome:?}");
        } else if name.starts_with("rejected-") {
            assert!(
                !matches!(outcome.verified, Some(Ok(()))),
                "{name}: {outcome:?}"
            );
            assert!(
                !matches!(outcome.verified_headers, Some(Ok(()))),
                "{name}: {outcome:?}"
            );
            assert_eq!(outcome.parsed, None, "{name}");
        }
        match name.as_str() {
            "valid-real-signature-1.txt" | "valid-placeholder-1.txt" => {
                assert_eq!(outcome.parsed, Some(true), "{name}")
            }
            "valid-signature-not-json.txt" | "valid-signature-invalid-utf8.txt" => {
                assert_eq!(outcome.parsed, Some(false), "{name}")
            }
            _ => {}
        }
    }
}
