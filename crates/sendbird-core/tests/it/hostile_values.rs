//! Property test: hostile values in path segments, query values, comma-joined query lists and
//! JSON bodies reach a real server (hyper on loopback) intact. The server decodes what it
//! received with standard rules (percent-decoding per segment and per list element, JSON
//! parsing) and the result must equal the original byte for byte. 10,000 cases per run.

use std::sync::Arc;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use sendbird_core::layers::RetryConfig;
use sendbird_core::Client;

use crate::endpoints::PutEcho;
use crate::server::{json, Recorded, TestServer};

/// Hostile strings: ASCII punctuation that means something in URLs, JSON or lists, control
/// characters, whitespace, non-ASCII, and arbitrary Unicode.
fn hostile() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        "/", "%", "?", "#", "+", "&", "=", ",", ";", ":", "@", " ", "\t", "\n", "\r", "\0", "\"",
        "\\", "'", "<", ">", "..", ".", "%2F", "%25", "ü", "漢", "🦀", "\u{202e}", "\u{feff}",
    ]);
    prop_oneof![
        prop::collection::vec(tricky, 1..6).prop_map(|parts| parts.concat()),
        any::<String>(),
        "[a-z0-9._~-]{1,12}",
    ]
}

fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), v.to_owned()))
        .collect()
}

fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

fn check(
    recorded: &Recorded,
    case: &(String, String, Vec<String>, String),
) -> Result<(), TestCaseError> {
    let (id, q, ids, text) = case;
    let segments = recorded.segments();
    prop_assert_eq!(
        segments.len(),
        4,
        "one segment for the id: {}",
        recorded.path
    );
    prop_assert_eq!(&segments[2], id);
    let pairs = query_pairs(recorded.query.as_deref().unwrap_or_default());
    let raw = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let received_q = raw("q").map(|v| decode(&v));
    prop_assert_eq!(received_q.as_ref(), Some(q));
    let list: Vec<String> = raw("ids")
        .map(|v| v.split(',').map(decode).collect())
        .unwrap_or_default();
    prop_assert_eq!(&list, ids);
    let body: serde_json::Value =
        serde_json::from_slice(&recorded.body).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(body["text"].as_str(), Some(text.as_str()));
    prop_assert_eq!(
        body["list"]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>()),
        Some(ids.iter().map(String::as_str).collect())
    );
    Ok(())
}

#[test]
fn hostile_values_reach_the_server_intact() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime.block_on(TestServer::start(|_| json(200, "{}")));
    let client = Arc::new(
        Client::builder()
            .base_url(server.base_url())
            .api_token("t")
            .retry(RetryConfig::disabled())
            .build()
            .expect("client"),
    );
    let strategy = (
        hostile().prop_filter("`.`, `..` and empty ids are refused", |id| {
            !matches!(id.as_str(), "" | "." | "..")
        }),
        hostile(),
        prop::collection::vec(hostile().prop_filter("non-empty", |s| !s.is_empty()), 1..4),
        hostile(),
    );
    let mut runner = TestRunner::new(Config {
        cases: 10_000,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, |case| {
        let (id, q, ids, text) = case.clone();
        let endpoint = PutEcho::new(id, q, ids.clone(), text, ids);
        runtime
            .block_on(client.send(&endpoint))
            .map_err(|e| TestCaseError::fail(format!("{e}")))?;
        check(&server.last(), &case)
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
    assert!(server.count() >= 10_000);
}
