use std::time::{Duration, Instant};

use sendbird_emulator::{Emulator, Fault, RateLimit, Seed};
use serde_json::json;

use crate::support::{expect_errors, req, start, Api};

#[tokio::test]
async fn rate_limits_answer_429_with_retry_after() {
    let emulator = Emulator::builder()
        .rate_limit(RateLimit::per_second(3, 1))
        .start()
        .await
        .unwrap();
    let api = Api::new(&emulator);
    // Retry the whole burst if a slow machine straddled a window boundary.
    let mut limited = None;
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let started = Instant::now();
        let replies = [
            api.get("/users").await,
            api.get("/users").await,
            api.get("/users").await,
            api.get("/users").await,
        ];
        if started.elapsed() < Duration::from_millis(900) {
            limited = Some(replies);
            break;
        }
    }
    let replies = limited.expect("a burst inside one second");
    for reply in &replies[..3] {
        assert_eq!(reply.status, 200);
    }
    replies[3].error(429, 500910);
    let retry_after = replies[3].headers["x-ratelimit-retryafter"]
        .to_str()
        .unwrap();
    assert_eq!(retry_after, "1");
    assert_eq!(replies[3].json()["message"], "Too many requests.");

    // Writes are budgeted per method.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    api.post("/users", json!({"user_id": "a", "nickname": "A"}))
        .await
        .ok();
    api.put("/users/a", json!({"nickname": "B"})).await.ok();
    let second_post = api
        .post("/users", json!({"user_id": "b", "nickname": "B"}))
        .await;
    if second_post.status == 429 {
        second_post.error(429, 500910);
    }
    // Lifting the limit takes effect immediately.
    emulator.controls().set_rate_limit(RateLimit::unlimited());
    for _ in 0..10 {
        api.get("/users").await.ok();
    }
    assert_eq!(emulator.controls().rate_limit(), RateLimit::unlimited());
}

#[tokio::test]
async fn injected_errors() {
    let (emulator, api) = start().await;
    let controls = emulator.controls();
    controls.fail_next(2, Fault::InternalError);
    assert_eq!(controls.pending_failures(), 2);
    expect_errors(
        &api,
        &[
            (req::get("/users"), (500, 500901)),
            (
                req::post("/users", json!({"user_id": "x", "nickname": "x"})),
                (500, 500901),
            ),
        ],
    )
    .await;
    // The failed POST created nothing.
    api.get("/users/x").await.error(400, 400201);
    controls.fail_next(1, Fault::ServiceUnavailable);
    let reply = api.get("/users").await;
    assert_eq!(reply.status, 503);
    assert_eq!(reply.json()["error"], true);
    api.get("/users").await.ok();

    controls.set_fail_rate(1.0, Fault::InternalError);
    for _ in 0..5 {
        api.get("/users").await.error(500, 500901);
    }
    controls.set_fail_rate(0.0, Fault::InternalError);
    api.get("/users").await.ok();
    assert!(controls.request_count() >= 10);
}

#[tokio::test]
async fn dropped_connections() {
    let (emulator, _api) = start().await;
    emulator.controls().fail_next(1, Fault::DropConnection);
    let fresh = Api::new(&emulator);
    let result = fresh.try_get("/v3/users").await;
    assert!(
        result.is_err(),
        "expected a transport error, got {result:?}"
    );
    let fresh = Api::new(&emulator);
    assert_eq!(fresh.try_get("/v3/users").await.unwrap(), 200);
}

#[tokio::test]
async fn injected_latency() {
    let (emulator, api) = start().await;
    emulator.controls().set_latency(Duration::from_millis(800));
    let started = Instant::now();
    api.get("/users").await.ok();
    assert!(started.elapsed() >= Duration::from_millis(800));
    emulator.controls().reset();
    assert_eq!(emulator.controls().latency(), Duration::ZERO);
    let started = Instant::now();
    api.get("/users").await.ok();
    assert!(started.elapsed() < Duration::from_millis(800));
}

#[tokio::test]
async fn builder_faults_and_file_downloads_are_exempt() {
    let emulator = Emulator::builder()
        .seed(Seed::new().user("a", "A"))
        .fail_next(1, Fault::ServiceUnavailable)
        .start()
        .await
        .unwrap();
    let api = Api::new(&emulator);
    assert_eq!(api.get("/users").await.status, 503);
    let created = api
        .multipart(
            http::Method::PUT,
            "/users/a",
            &[],
            &[("profile_file", "p.png", "image/png", b"p")],
        )
        .await
        .ok();
    emulator.controls().fail_next(10, Fault::DropConnection);
    let file = api.fetch(created["profile_url"].as_str().unwrap()).await;
    assert_eq!(file.status, 200);
    assert_eq!(emulator.controls().pending_failures(), 10);
}
