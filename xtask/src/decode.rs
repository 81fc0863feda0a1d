//! `cargo xtask decode`: checks a JSON file against an endpoint's response or request type, or
//! decodes a webhook payload into its typed event.

use bytes::Bytes;
use sendbird_core::EndpointInfo;

use crate::products::registry;

/// What to check.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Response(String),
    Request(String),
    /// A webhook payload (no `--operation`).
    Webhook(String),
}

/// Parsed arguments.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Args {
    pub(crate) product: String,
    pub(crate) operation: String,
    pub(crate) target: Target,
}

const USAGE: &str = "usage: cargo xtask decode --product chat|calls|live --operation NAME (--response FILE | --request FILE)
       cargo xtask decode --product chat|calls --webhook FILE";

pub(crate) fn parse_args(args: &[String]) -> Result<Args, String> {
    let (mut product, mut operation, mut target) = (None, None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?
            .clone();
        match flag.as_str() {
            "--product" => product = Some(value),
            "--operation" => operation = Some(value),
            "--response" => target = Some(Target::Response(value)),
            "--request" => target = Some(Target::Request(value)),
            "--webhook" => target = Some(Target::Webhook(value)),
            other => return Err(format!("unknown flag {other}\n{USAGE}")),
        }
    }
    let target = target.ok_or(USAGE)?;
    let operation = match (&target, operation) {
        (Target::Webhook(_), None) => String::new(),
        (Target::Webhook(_), Some(_)) => {
            return Err(format!("--webhook takes no --operation\n{USAGE}"))
        }
        (_, operation) => operation.ok_or(USAGE)?,
    };
    Ok(Args {
        product: product.ok_or(USAGE)?,
        operation,
        target,
    })
}

/// Finds an endpoint by product and operation.
pub(crate) fn find(product: &str, operation: &str) -> Result<&'static EndpointInfo, String> {
    registry(product)?
        .into_iter()
        .find(|e| e.meta.operation == operation)
        .ok_or_else(|| {
            format!("{product} has no endpoint `{operation}` (see cargo xtask coverage --missing)")
        })
}

/// Checks `body` and describes the outcome.
pub(crate) fn check(
    endpoint: &EndpointInfo,
    target: &Target,
    body: Bytes,
) -> Result<String, String> {
    let (what, result) = match target {
        Target::Response(_) | Target::Webhook(_) => ("response", (endpoint.check_response)(&body)),
        Target::Request(_) => {
            let check = endpoint
                .check_request
                .ok_or_else(|| format!("`{}` sends no request body", endpoint.meta.operation))?;
            ("request body", check(&body))
        }
    };
    result
        .map(|()| {
            format!(
                "ok: the {what} decodes as {} ({})",
                endpoint.type_name, endpoint.meta.operation
            )
        })
        .map_err(|e| format!("error at `{}`: {}", e.path, e.message))
}

/// Decodes a webhook payload (nothing is verified) into the product's typed event:
/// `category=<category> variant=<VariantName>` (`variant=Unknown` for a category without its
/// own variant); an error names the failing field.
pub(crate) fn decode_webhook(product: &str, body: &[u8]) -> Result<String, String> {
    let (category, variant) = match product {
        "chat" => {
            let event = sendbird_chat::webhooks::WebhookEvent::parse_strict(body)
                .map_err(|e| format!("error: {e}"))?;
            (event.category().to_owned(), event.variant_name())
        }
        "calls" => {
            let event = sendbird_calls::webhooks::WebhookEvent::parse_strict(body)
                .map_err(|e| format!("error: {e}"))?;
            (event.category().to_owned(), event.variant_name())
        }
        other => {
            return Err(format!(
                "no webhook events for `{other}` (expected chat or calls)"
            ))
        }
    };
    Ok(format!("category={category} variant={variant}"))
}

/// Runs the command.
pub(crate) fn run(args: &[String]) -> Result<(), String> {
    let args = parse_args(args)?;
    if let Target::Webhook(file) = &args.target {
        let body = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
        println!("{}", decode_webhook(&args.product, &body)?);
        return Ok(());
    }
    let endpoint = find(&args.product, &args.operation)?;
    let file = match &args.target {
        Target::Response(f) | Target::Request(f) | Target::Webhook(f) => f,
    };
    let body = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
    let message = check(endpoint, &args.target, Bytes::from(body))?;
    println!("{message}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn fixture(product: &str, kind: &str, operation: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join("crates")
            .join(format!("sendbird-{product}"))
            .join("fixtures")
            .join(kind)
            .join(format!("{operation}.json"))
    }

    #[test]
    fn fixtures_decode_through_the_command() {
        // Every fixture of every endpoint is checked by each product crate's own tests
        // (`check_fixtures`); here the command's path through the registry is exercised.
        for (product, op) in [
            ("chat", "create_user"),
            ("calls", "create_room"),
            ("live", "create_live_event"),
        ] {
            let endpoint = find(product, op).expect("registered");
            for (kind, target) in [
                ("responses", Target::Response(String::new())),
                ("requests", Target::Request(String::new())),
            ] {
                let body = std::fs::read(fixture(product, kind, op)).expect("fixture");
                let result = check(endpoint, &target, Bytes::from(body));
                assert!(result.is_ok(), "{product} {op} {kind}: {result:?}");
            }
        }
    }

    #[test]
    fn a_wrong_type_reports_the_field_path() {
        let endpoint = find("chat", "get_user").expect("get_user");
        let err = check(
            endpoint,
            &Target::Response(String::new()),
            Bytes::from_static(br#"{"user_id":"u","metadata":{"k":1}}"#),
        )
        .expect_err("metadata values are strings");
        assert!(err.starts_with("error at `metadata.k`"), "{err}");
    }

    #[test]
    fn request_bodies_are_checked_field_by_field() {
        let endpoint = find("chat", "create_user").expect("create_user");
        let target = Target::Request(String::new());
        assert!(check(
            endpoint,
            &target,
            Bytes::from_static(br#"{"user_id":"u","nickname":"n","profile_url":""}"#)
        )
        .is_ok());
        let missing = check(endpoint, &target, Bytes::from_static(br#"{"user_id":"u"}"#));
        assert_eq!(
            missing.expect_err("missing").as_str(),
            "error at `nickname`: missing required field"
        );
        let get = find("chat", "get_user").expect("get_user");
        assert!(check(get, &target, Bytes::new()).is_err());
    }

    #[test]
    fn webhooks_decode_into_their_variant() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join("crates");
        let chat = std::fs::read(
            dir.join("sendbird-chat/fixtures/webhooks/group_channel/message_send.json"),
        )
        .expect("fixture");
        assert_eq!(
            decode_webhook("chat", &chat).as_deref(),
            Ok("category=group_channel:message_send variant=GroupChannelMessageSend")
        );
        let calls =
            std::fs::read(dir.join("sendbird-calls/fixtures/webhooks/direct_call/end.json"))
                .expect("fixture");
        assert_eq!(
            decode_webhook("calls", &calls).as_deref(),
            Ok("category=direct_call:end variant=DirectCallEnd")
        );
        assert_eq!(
            decode_webhook("chat", br#"{"category":"notification:send_realtime"}"#).as_deref(),
            Ok("category=notification:send_realtime variant=Unknown")
        );
        assert!(decode_webhook("chat", b"not json").is_err());
        let wrong = decode_webhook("chat", br#"{"category":"user:block","blocker":5}"#)
            .expect_err("a known category that does not decode");
        assert!(wrong.contains("blocker"), "{wrong}");
        assert!(decode_webhook("live", b"{}").is_err());
    }

    #[test]
    fn argument_parsing() {
        let words = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let args = words(&[
            "--product",
            "chat",
            "--operation",
            "get_user",
            "--response",
            "f.json",
        ]);
        let webhook = words(&["--product", "chat", "--webhook", "f.json"]);
        for (args, operation, target) in [
            (&args, "get_user", Target::Response("f.json".into())),
            (&webhook, "", Target::Webhook("f.json".into())),
        ] {
            let expected = Args {
                product: "chat".into(),
                operation: operation.into(),
                target,
            };
            assert_eq!(parse_args(args), Ok(expected), "{args:?}");
        }
        assert!(parse_args(&args[..4]).is_err());
        assert!(find("chat", "no_such_operation").is_err());
        assert!(find("desk", "x").is_err());
    }
}
