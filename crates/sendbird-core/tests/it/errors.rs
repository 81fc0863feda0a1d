//! Error decoding through the whole stack, for both envelopes, and secrets in Debug output.

use sendbird_core::layers::RetryConfig;
use sendbird_core::{Client, Error};

use crate::endpoints::GetUser;
use crate::server::{json, TestServer};

async fn error_for(status: u16, body: &'static str) -> Error {
    let server = TestServer::start(move |_| json(status, body)).await;
    get_user_error(&server, "secret-token-value").await
}

/// `GetUser("x")` sent to `server` with `token` and no retries; it must fail.
async fn get_user_error(server: &TestServer, token: &str) -> Error {
    let client = Client::builder()
        .base_url(server.base_url())
        .api_token(token)
        .retry(RetryConfig::disabled())
        .build()
        .expect("client");
    client.send(&GetUser::new("x")).await.expect_err("an error")
}

#[tokio::test]
async fn chat_envelope() {
    let err = error_for(
        400,
        r#"{"error":true,"code":400201,"message":"\"User\" not found."}"#,
    )
    .await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(err.code(), Some(400201));
    let api = err.as_api().expect("api error");
    assert_eq!(api.message, "\"User\" not found.");
    assert_eq!(api.error_type, None);
}

#[tokio::test]
async fn calls_envelope() {
    let err = error_for(
        400,
        r#"{"code":1400126,"type":"INVALID_ROOM","message":"Room is deleted."}"#,
    )
    .await;
    assert_eq!(err.code(), Some(1400126));
    assert_eq!(
        err.as_api().and_then(|a| a.error_type.as_deref()),
        Some("INVALID_ROOM")
    );
}

#[tokio::test]
async fn decode_errors_name_the_field() {
    let err = error_for(200, r#"{"user_id": 42}"#).await;
    match err {
        Error::Decode(decode) => {
            assert_eq!(decode.path, "user_id");
            assert!(
                decode.message.contains("invalid type"),
                "{}",
                decode.message
            );
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn the_token_never_appears_in_debug_output() {
    let server = TestServer::ok().await;
    let client = Client::builder()
        .base_url(server.base_url())
        .api_token("secret-token-value")
        .build()
        .expect("client");
    let builder = Client::builder().api_token("secret-token-value");
    let err = error_for(
        401,
        r#"{"code":400401,"message":"Invalid value: \"Api-Token\"."}"#,
    )
    .await;
    let request = sendbird_core::build_http_request(
        &GetUser::new("x"),
        &sendbird_core::layers::BaseUrl::parse("https://api-a.sendbird.com/v3").expect("base"),
        &sendbird_core::ApiToken::new("secret-token-value"),
    )
    .expect("request");
    for shown in [
        format!("{client:?}"),
        format!("{builder:?}"),
        format!("{err:?}"),
        format!("{err}"),
        format!("{request:?}"),
        format!("{:?}", request.headers()),
    ] {
        assert!(!shown.contains("secret-token-value"), "{shown}");
    }
}

#[tokio::test]
async fn a_server_echoing_the_token_cannot_leak_it_through_the_error() {
    let server = TestServer::start(|request| {
        let token = request
            .headers
            .get("api-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        json(
            400,
            &serde_json::json!({
                "error": true,
                "code": 400401,
                "message": format!("Invalid token: {token}"),
            })
            .to_string(),
        )
    })
    .await;
    let err = get_user_error(&server, "echoed-secret-token").await;
    assert_eq!(err.code(), Some(400401));
    let api = err.as_api().expect("api error");
    assert_eq!(api.message, "Invalid token: [redacted]");
    for shown in [
        format!("{err}"),
        format!("{err:?}"),
        format!("{:?}", api.body.0),
    ] {
        assert!(!shown.contains("echoed-secret-token"), "{shown}");
    }
}
