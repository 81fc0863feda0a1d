//! Request body limits: the per-request cap (413), the in-flight budget shared by all
//! requests (503) and the body deadline (408).

use std::time::{Duration, Instant};

use sendbird_emulator::Emulator;

use crate::support::raw::{closed_within, connect, head, json_head, read_reply, send};
use crate::support::{multipart_body, Api};

const MIB: usize = 1024 * 1024;

/// A request head with the token and these extra headers.
fn api_head(emulator: &Emulator, method: &str, path: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    let mut headers = vec![("Api-Token", emulator.api_token())];
    headers.extend_from_slice(extra);
    head(method, path, &headers)
}

#[tokio::test]
async fn concurrent_uploads_beyond_the_budget_get_503_and_never_exceed_it() {
    const BUDGET: usize = 8 * MIB;
    let emulator = Emulator::builder()
        .max_body_bytes(4 * MIB)
        .body_budget_bytes(BUDGET)
        .start()
        .await
        .unwrap();
    eight_uploads_two_admitted(&emulator, 3 * MIB, BUDGET).await;
}

/// The documented defaults (32 MiB per body, 64 MiB in flight): eight concurrent 31 MiB
/// uploads keep the emulator within 64 MiB of bodies.
#[tokio::test]
async fn eight_concurrent_31_mib_uploads_stay_within_the_default_budget() {
    let emulator = Emulator::start().await.unwrap();
    eight_uploads_two_admitted(&emulator, 31 * MIB, 64 * MIB).await;
}

/// Eight profile-picture uploads of `size` bytes each: every head goes out with half of its
/// body, so all of them are in flight together; the budget admits two. Each answer is read as
/// soon as it comes.
async fn eight_uploads_two_admitted(emulator: &Emulator, size: usize, budget: usize) {
    let addr = emulator.local_addr();
    let picture = vec![7u8; size];
    let mut uploads = Vec::new();
    for i in 0..8 {
        let user_id = format!("u{i}");
        let (content_type, body) = multipart_body(
            &[("user_id", &user_id), ("nickname", "N")],
            &[("profile_file", "p.png", "image/png", &picture)],
        );
        let length = body.len().to_string();
        let (mut reader, mut writer) = connect(addr).await.into_split();
        let head = api_head(
            emulator,
            "POST",
            "/v3/users",
            &[("Content-Type", &content_type), ("Content-Length", &length)],
        );
        send(&mut writer, &head).await;
        let (first, rest) = body.split_at(body.len() / 2);
        send(&mut writer, first).await;
        let reply = tokio::spawn(async move { read_reply(&mut reader).await });
        uploads.push((reply, writer, rest.to_vec()));
    }
    // While they are held, a /v1 upload is refused in the /v1 envelope.
    let mut v1 = connect(addr).await;
    let head = json_head(emulator.api_token(), "POST", "/v1/rooms", size);
    send(&mut v1, &head).await;
    let refused = read_reply(&mut v1).await;
    refused.error(503, 500999);
    assert_eq!(refused.body["type"], "UNKNOWN_ERROR");

    // Six are refused at once, without waiting for their bodies.
    let mut unavailable = 0;
    while unavailable < 6 {
        let Some(index) = uploads.iter().position(|(reply, _, _)| reply.is_finished()) else {
            tokio::time::sleep(Duration::from_millis(2)).await;
            continue;
        };
        let (reply, _, _) = uploads.swap_remove(index);
        let reply = reply.await.unwrap();
        reply.error(503, 500901);
        assert_eq!(reply.header("connection"), Some("close"));
        unavailable += 1;
    }
    // The two admitted ones complete.
    for (reply, mut writer, rest) in uploads {
        send(&mut writer, &rest).await;
        let reply = reply.await.unwrap();
        assert_eq!(reply.status, 200, "{}", reply.body);
    }
    let high_water = emulator.body_bytes_high_water();
    assert!(high_water <= budget, "high water {high_water}");
    assert!(high_water >= 2 * size, "high water {high_water}");
    assert_eq!(emulator.body_bytes_in_flight(), 0);
    // The server keeps answering, and the admitted uploads were stored.
    let users = Api::new(emulator).get("/users").await.ok();
    assert_eq!(users["users"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_body_over_the_cap_is_refused_with_413_declared_or_streamed() {
    let emulator = Emulator::builder()
        .max_body_bytes(MIB)
        .start()
        .await
        .unwrap();
    let addr = emulator.local_addr();
    // Declared: refused before any of it is sent.
    let mut declared = connect(addr).await;
    let head = json_head(emulator.api_token(), "POST", "/v3/users", 2 * MIB);
    send(&mut declared, &head).await;
    read_reply(&mut declared).await.error(413, 400110);

    // Streamed without a length: refused once it passes the cap.
    let mut streamed = connect(addr).await;
    let head = api_head(
        &emulator,
        "POST",
        "/v1/rooms",
        &[
            ("Content-Type", "application/json"),
            ("Transfer-Encoding", "chunked"),
        ],
    );
    send(&mut streamed, &head).await;
    // Exactly one byte over the cap (the last chunk left open), so the server reads all
    // of it before answering.
    let chunk = vec![b' '; MIB / 2];
    for _ in 0..2 {
        send(&mut streamed, format!("{:x}\r\n", chunk.len()).as_bytes()).await;
        send(&mut streamed, &chunk).await;
        send(&mut streamed, b"\r\n").await;
    }
    send(&mut streamed, b"1\r\n ").await;
    let reply = read_reply(&mut streamed).await;
    reply.error(413, 400100);
    assert_eq!(reply.body["type"], "INVALID_PARAMS");
    assert_eq!(emulator.body_bytes_in_flight(), 0);
}

#[tokio::test]
async fn a_body_that_stops_arriving_is_answered_408_after_the_body_deadline() {
    const DEADLINE: Duration = Duration::from_millis(300);
    let emulator = Emulator::builder()
        .body_read_timeout(DEADLINE)
        .start()
        .await
        .unwrap();
    let mut stream = connect(emulator.local_addr()).await;
    let head = json_head(emulator.api_token(), "POST", "/v3/users", 100);
    send(&mut stream, &head).await;
    let sent = Instant::now();
    send(&mut stream, b"{\"user_id\": ").await;
    let reply = read_reply(&mut stream).await;
    reply.error(408, 400111);
    assert!(sent.elapsed() >= DEADLINE, "{:?}", sent.elapsed());
    assert!(closed_within(&mut stream, Duration::from_secs(1)).await);
    // Other requests are not affected.
    Api::new(&emulator).get("/users").await.ok();
}
