use bytes::Bytes;
use http::Method;
use sendbird_emulator::Emulator;

use crate::support::{expect_errors, req, Api, Reply, INVALID_URL};

/// `POST /v3/users` with this content type and raw body.
async fn post_user_raw(api: &Api, content_type: &str, body: &[u8]) -> Reply {
    api.raw(
        Method::POST,
        "/v3/users",
        Some(content_type),
        Bytes::copy_from_slice(body),
    )
    .await
}

#[tokio::test]
async fn missing_and_wrong_tokens_are_rejected() {
    let emulator = Emulator::builder()
        .api_token("master")
        .secondary_token("second-1")
        .secondary_token("second-2")
        .start()
        .await
        .unwrap();
    let api = Api::new(&emulator);
    api.with_token(None).get("/users").await.error(400, 400401);
    api.with_token(Some("nope"))
        .get("/users")
        .await
        .error(400, 400401);
    api.with_token(Some(""))
        .get("/users")
        .await
        .error(400, 400401);
    // Auth is checked before the body is even parsed.
    post_user_raw(&api.with_token(None), "application/json", b"{oops")
        .await
        .error(400, 400401);
    // Unknown paths need a token too.
    api.with_token(None).get("/nope").await.error(400, 400401);

    api.get("/users").await.ok();
    api.with_token(Some("second-1")).get("/users").await.ok();
    api.with_token(Some("second-2")).get("/users").await.ok();
    assert_eq!(emulator.secondary_tokens(), ["second-1", "second-2"]);
}

#[tokio::test]
async fn unknown_paths_and_methods() {
    let emulator = Emulator::start().await.unwrap();
    let api = Api::new(&emulator);
    expect_errors(
        &api,
        &[
            (req::get("/nope"), INVALID_URL),
            (req::get("/users/a/unknown/deeper"), INVALID_URL),
        ],
    )
    .await;
    api.call(Method::PATCH, "/users", None)
        .await
        .error(400, 400404);
    api.raw(Method::GET, "/", None, Bytes::new())
        .await
        .error(400, 400404);
    api.raw(Method::GET, "/v2/users", None, Bytes::new())
        .await
        .error(400, 400404);
    // Unknown Calls/Live paths: Calls-style envelope with a `type`.
    let reply = api
        .raw(Method::GET, "/v1/no_such_resource", None, Bytes::new())
        .await;
    reply.error(400, 400200);
    assert_eq!(reply.json()["type"], "NOT_FOUND");
    let reply = api
        .with_token(None)
        .raw(Method::GET, "/v1/rooms", None, Bytes::new())
        .await;
    assert_eq!(reply.status.as_u16(), 401);
    assert!(reply.json()["type"].is_string());
}

#[tokio::test]
async fn malformed_json_body() {
    let emulator = Emulator::start().await.unwrap();
    let api = Api::new(&emulator);
    for body in [&b"{oops"[..], b"[1,2]", b"\"text\"", b"42"] {
        post_user_raw(&api, "application/json", body)
            .await
            .error(400, 400403);
    }
    // A broken multipart body is a bad value, not a crash.
    post_user_raw(
        &api,
        "multipart/form-data; boundary=xyz",
        b"not multipart at all",
    )
    .await
    .error(400, 400111);
    // Invalid UTF-8 after percent-decoding a path segment.
    api.raw(Method::GET, "/v3/users/%FF%FE", None, Bytes::new())
        .await
        .error(400, 400404);
}

#[tokio::test]
async fn base_urls() {
    let emulator = Emulator::builder()
        .app_id("APP-1")
        .api_token("tok")
        .start()
        .await
        .unwrap();
    let addr = emulator.local_addr();
    assert!(addr.ip().is_loopback());
    assert_eq!(emulator.base_url(), format!("http://{addr}"));
    assert_eq!(emulator.chat_base_url(), format!("http://{addr}/v3"));
    assert_eq!(emulator.calls_base_url(), format!("http://{addr}/v1"));
    assert_eq!(emulator.app_id(), "APP-1");
    assert_eq!(emulator.api_token(), "tok");
}
