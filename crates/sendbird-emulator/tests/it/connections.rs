//! Connection limits: header and idle deadlines, the connection cap, running out of file
//! descriptors.

use std::time::{Duration, Instant};

use sendbird_emulator::Emulator;
use serde_json::json;
use tokio::net::TcpStream;

use crate::support::raw::{closed_within, connect, json_head, read_reply, send, still_open};
use crate::support::Api;

/// A request head cut short: the client stalls before finishing its headers.
const PARTIAL_HEAD: &[u8] = b"GET /v3/users HTTP/1.1\r\nHost: emulator\r\nApi-To";

/// Asks for `/v3/users` and requires the answer within a second.
async fn answered_within_a_second(api: &Api) {
    let asked = Instant::now();
    let reply = tokio::time::timeout(Duration::from_secs(1), api.get("/users"))
        .await
        .expect("a normal request is answered within 1 s");
    reply.ok();
    assert!(asked.elapsed() < Duration::from_secs(1));
}

/// Opens 300 idle connections, then 256 that stall in the middle of their head.
async fn idle_and_stalled(addr: std::net::SocketAddr) -> (Vec<TcpStream>, Vec<TcpStream>) {
    let mut idle = Vec::new();
    for _ in 0..300 {
        idle.push(connect(addr).await);
    }
    let mut stalled = Vec::new();
    for _ in 0..256 {
        let mut stream = connect(addr).await;
        send(&mut stream, PARTIAL_HEAD).await;
        stalled.push(stream);
    }
    (idle, stalled)
}

#[tokio::test]
async fn idle_and_stalled_connections_block_nothing_and_close_after_their_deadline() {
    const DEADLINE: Duration = Duration::from_millis(800);
    let emulator = Emulator::builder()
        .header_read_timeout(DEADLINE)
        .idle_timeout(DEADLINE)
        .max_connections(1024)
        .start()
        .await
        .unwrap();
    let addr = emulator.local_addr();
    let opened = Instant::now();
    let (mut idle, mut stalled) = idle_and_stalled(addr).await;
    let all_open = opened.elapsed();

    answered_within_a_second(&Api::new(&emulator)).await;

    // Nothing closed early...
    if opened.elapsed() < DEADLINE {
        assert!(idle.iter().chain(&stalled).all(still_open));
    }
    // ...and everything closes once its deadline has passed.
    assert!(closed_within(&mut idle[0], DEADLINE * 3).await);
    assert!(
        opened.elapsed() >= DEADLINE,
        "closed after {:?}",
        opened.elapsed()
    );
    let limit = all_open + DEADLINE + Duration::from_secs(1);
    for stream in idle.iter_mut().chain(stalled.iter_mut()) {
        let left = limit.saturating_sub(opened.elapsed());
        assert!(
            closed_within(stream, left).await,
            "still open after {limit:?}"
        );
    }
    // The server forgets them too (the test client's own kept-alive connection included).
    while emulator.open_connections() > 0 {
        assert!(
            opened.elapsed() < limit + DEADLINE,
            "connections still open"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_connection_sending_its_head_slowly_is_closed_a_deadline_after_its_first_byte() {
    const DEADLINE: Duration = Duration::from_millis(300);
    let emulator = Emulator::builder()
        .header_read_timeout(DEADLINE)
        .idle_timeout(Duration::from_secs(30))
        .start()
        .await
        .unwrap();
    let mut stream = connect(emulator.local_addr()).await;
    // Idle for a while (well within the idle deadline), then a head that never ends.
    tokio::time::sleep(DEADLINE).await;
    let first_byte = Instant::now();
    send(&mut stream, PARTIAL_HEAD).await;
    assert!(closed_within(&mut stream, DEADLINE * 4).await);
    assert!(
        first_byte.elapsed() >= DEADLINE,
        "{:?}",
        first_byte.elapsed()
    );
}

#[tokio::test]
async fn at_the_cap_unused_connections_make_room_and_busy_ones_finish() {
    const CAP: usize = 8;
    let emulator = Emulator::builder()
        .max_connections(CAP)
        .start()
        .await
        .unwrap();
    let addr = emulator.local_addr();
    // A request in progress: its body is only half sent.
    let body = serde_json::to_vec(&json!({"user_id": "slow", "nickname": "Slow"})).unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    let mut busy = connect(addr).await;
    let head = json_head(emulator.api_token(), "POST", "/v3/users", body.len());
    send(&mut busy, &head).await;
    send(&mut busy, first).await;
    while emulator.body_bytes_in_flight() == 0 {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }

    // Far more idle connections than the cap, then a normal request.
    let mut idle: Vec<TcpStream> = Vec::new();
    for _ in 0..(CAP * 4) {
        idle.push(connect(addr).await);
    }
    answered_within_a_second(&Api::new(&emulator)).await;

    // The oldest idle connections were closed to make room...
    let mut closed = 0;
    for stream in &mut idle {
        if closed_within(stream, Duration::from_millis(100)).await {
            closed += 1;
        }
    }
    assert!(closed >= CAP * 3, "only {closed} closed");
    // ...but not the busy one, whose request completes.
    send(&mut busy, rest).await;
    let reply = read_reply(&mut busy).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.body["user_id"], "slow");
}

#[tokio::test]
async fn when_every_connection_is_busy_new_ones_wait_for_one_to_finish() {
    let emulator = Emulator::builder()
        .max_connections(1)
        .start()
        .await
        .unwrap();
    let body = serde_json::to_vec(&json!({"user_id": "slow", "nickname": "Slow"})).unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    let mut busy = connect(emulator.local_addr()).await;
    let head = json_head(emulator.api_token(), "POST", "/v3/users", body.len());
    send(&mut busy, &head).await;
    send(&mut busy, first).await;
    while emulator.body_bytes_in_flight() == 0 {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let api = Api::new(&emulator);
    let waiting = tokio::spawn(async move { api.get("/users").await });
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        !waiting.is_finished(),
        "answered while the only slot was busy"
    );
    send(&mut busy, rest).await;
    assert_eq!(read_reply(&mut busy).await.status, 200);
    let listed = tokio::time::timeout(Duration::from_secs(1), waiting)
        .await
        .expect("answered once the busy connection finished")
        .unwrap()
        .ok();
    assert_eq!(listed["users"][0]["user_id"], "slow");
}

/// The emulator binary in its own process, limited to 256 file descriptors, with 300
/// idle connections: a normal request is still answered at once (unused connections
/// are closed to free descriptors).
#[cfg(unix)]
#[tokio::test]
async fn out_of_file_descriptors_a_normal_request_is_still_answered() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    /// Kills the child process even when an assertion fails.
    struct Child(std::process::Child);
    impl Drop for Child {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }

    let mut child = Child(
        Command::new("sh")
            .args([
                "-c",
                "ulimit -n 512 && exec \"$0\" --port 0 --quiet",
                env!("CARGO_BIN_EXE_sendbird-emulator"),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let stdout = child.0.stdout.take().unwrap();
    let mut first_line = String::new();
    BufReader::new(stdout).read_line(&mut first_line).unwrap();
    let base = first_line.trim().rsplit(' ').next().unwrap().to_owned();
    let addr = base.trim_start_matches("http://").parse().unwrap();

    // 300 idle and 256 slowloris connections: more than the 512 descriptors the process has.
    let (_idle, _stalled) = idle_and_stalled(addr).await;
    let api = Api::for_base(&base, sendbird_emulator::DEFAULT_API_TOKEN);
    answered_within_a_second(&api).await;
}
