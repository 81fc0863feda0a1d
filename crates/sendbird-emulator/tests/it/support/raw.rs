//! Raw HTTP/1.1 over TCP, for tests that need to stall, trickle or cut requests short.

use std::net::SocketAddr;
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

/// Opens a connection.
pub(crate) async fn connect(addr: SocketAddr) -> TcpStream {
    TcpStream::connect(addr)
        .await
        .expect("connect (the connection tests need about 1,200 file descriptors: ulimit -n)")
}

/// Request head bytes: `method path`, the given headers and `Host`, ending the head.
pub(crate) fn head(method: &str, path: &str, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut text = format!("{method} {path} HTTP/1.1\r\nHost: emulator\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.into_bytes()
}

/// The head of a JSON request with a token and a declared body length.
pub(crate) fn json_head(token: &str, method: &str, path: &str, length: usize) -> Vec<u8> {
    let length = length.to_string();
    let headers = [
        ("Api-Token", token),
        ("Content-Type", "application/json"),
        ("Content-Length", length.as_str()),
    ];
    head(method, path, &headers)
}

/// Writes, ignoring errors (the server may already have answered and closed).
pub(crate) async fn send(stream: &mut (impl AsyncWrite + Unpin), bytes: &[u8]) {
    let _ = stream.write_all(bytes).await;
}

/// Whether the server closed the connection within `within` (end of stream or reset).
pub(crate) async fn closed_within(stream: &mut TcpStream, within: Duration) -> bool {
    let mut buf = [0u8; 4096];
    tokio::time::timeout(within, async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await
    .is_ok()
}

/// Whether the connection is still open with nothing to read right now.
pub(crate) fn still_open(stream: &TcpStream) -> bool {
    let mut buf = [0u8; 1];
    matches!(stream.try_read(&mut buf), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
}

/// A response read off the socket.
#[derive(Debug)]
pub(crate) struct RawReply {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Value,
}

impl RawReply {
    /// The value of a header (case-insensitive name).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Asserts the Sendbird error envelope with this status and code.
    #[track_caller]
    pub(crate) fn error(&self, status: u16, code: u64) {
        assert_eq!(self.status, status, "body: {}", self.body);
        assert_eq!(self.body["error"], true, "body: {}", self.body);
        assert_eq!(
            self.body["code"].as_u64(),
            Some(code),
            "body: {}",
            self.body
        );
        assert!(self.body["message"].is_string(), "body: {}", self.body);
    }
}

/// Reads one response with a `Content-Length` body (JSON, or `null` when empty).
pub(crate) async fn read_reply(stream: &mut (impl AsyncRead + Unpin)) -> RawReply {
    let mut data = Vec::new();
    let mut buf = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = stream.read(&mut buf).await.unwrap();
        assert!(
            n > 0,
            "closed before a response: {:?}",
            String::from_utf8_lossy(&data)
        );
        data.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&data[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while data.len() < head_end + length {
        let n = stream.read(&mut buf).await.unwrap();
        assert!(n > 0, "closed in the middle of a response");
        data.extend_from_slice(&buf[..n]);
    }
    let body = serde_json::from_slice(&data[head_end..head_end + length]).unwrap_or(Value::Null);
    RawReply {
        status,
        headers,
        body,
    }
}
