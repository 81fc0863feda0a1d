//! A loopback HTTP proxy that forwards to an upstream server (the emulator) and injects one
//! scripted fault per request: reset, stall, truncate, an HTML 502, an oversized body, a 429
//! with `X-RateLimit-RetryAfter`, or dropping the response after the upstream applied the
//! request (the "lost response" that makes retries dangerous).

use std::collections::VecDeque;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpListener;

/// What the proxy does with one request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fault {
    /// Forward and answer normally.
    Pass,
    /// Close the connection without forwarding (the upstream never sees the request).
    Reset,
    /// Hold the request without forwarding or answering for this long.
    Stall(Duration),
    /// Forward, then send the headers and half of the body, then close.
    Truncate,
    /// Answer `502` with an HTML page, without forwarding.
    Html502,
    /// Answer `200` with a `Content-Length` far above any cap, without forwarding.
    Oversize,
    /// Answer `429` (Chat code 500910) with `X-RateLimit-RetryAfter` in seconds, without
    /// forwarding.
    RateLimited(f64),
    /// Forward (so the upstream applies the request), then close without answering.
    DropAfterApply,
}

type ProxyBody = BoxBody<Bytes, std::io::Error>;

/// The proxy: a queue of faults (then [`Fault::Pass`]) and a log of what reached it.
pub struct FaultProxy {
    addr: SocketAddr,
    faults: Arc<Mutex<VecDeque<Fault>>>,
    seen: Arc<Mutex<Vec<(http::Method, String)>>>,
}

impl FaultProxy {
    /// Starts a proxy in front of `upstream` (e.g. `http://127.0.0.1:PORT`).
    pub async fn start(upstream: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let faults = Arc::new(Mutex::new(VecDeque::new()));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let client: Client<HttpConnector, Full<Bytes>> =
            Client::builder(TokioExecutor::new()).build_http();
        let (queue, log) = (faults.clone(), seen.clone());
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let (queue, log, client, upstream) =
                    (queue.clone(), log.clone(), client.clone(), upstream.clone());
                tokio::spawn(async move {
                    let service =
                        service_fn(move |request: http::Request<hyper::body::Incoming>| {
                            let fault = queue
                                .lock()
                                .expect("lock")
                                .pop_front()
                                .unwrap_or(Fault::Pass);
                            log.lock()
                                .expect("lock")
                                .push((request.method().clone(), request.uri().to_string()));
                            let (client, upstream) = (client.clone(), upstream.clone());
                            async move { handle(fault, request, client, upstream).await }
                        });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Self { addr, faults, seen }
    }

    /// The Chat base URL through the proxy.
    pub fn chat_base_url(&self) -> String {
        format!("http://{}/v3", self.addr)
    }

    /// Queues faults for the next requests.
    pub fn inject(&self, faults: impl IntoIterator<Item = Fault>) {
        self.faults.lock().expect("lock").extend(faults);
    }

    /// How many requests reached the proxy so far.
    pub fn requests(&self) -> usize {
        self.seen.lock().expect("lock").len()
    }
}

async fn handle(
    fault: Fault,
    request: http::Request<hyper::body::Incoming>,
    client: Client<HttpConnector, Full<Bytes>>,
    upstream: String,
) -> Result<http::Response<ProxyBody>, std::io::Error> {
    match fault {
        Fault::Reset => return Err(std::io::Error::other("reset by the fault proxy")),
        Fault::Stall(wait) => {
            tokio::time::sleep(wait).await;
            return Err(std::io::Error::other("stalled"));
        }
        Fault::Html502 => {
            let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
            return Ok(respond(
                502,
                "text/html",
                Bytes::from_static(page.as_bytes()),
            ));
        }
        Fault::Oversize => {
            // A body of unknown size that never ends: only the header can fail the client fast.
            let endless =
                futures_util::stream::pending::<Result<http_body::Frame<Bytes>, std::io::Error>>();
            let mut response = http::Response::new(StreamBody::new(endless).boxed());
            response.headers_mut().insert(
                http::header::CONTENT_LENGTH,
                http::HeaderValue::from_static("4000000000"),
            );
            return Ok(response);
        }
        Fault::RateLimited(seconds) => {
            let body = r#"{"error":true,"code":500910,"message":"Too many requests."}"#;
            let mut response =
                respond(429, "application/json", Bytes::from_static(body.as_bytes()));
            response.headers_mut().insert(
                "x-ratelimit-retryafter",
                http::HeaderValue::from_str(&seconds.to_string()).expect("number"),
            );
            return Ok(response);
        }
        Fault::Pass | Fault::Truncate | Fault::DropAfterApply => {}
    }
    let (parts, body) = request.into_parts();
    let body = read_all(body).await?;
    let uri = format!(
        "{upstream}{}",
        parts
            .uri
            .path_and_query()
            .map(|pq| pq.as_str())
            .unwrap_or("/")
    );
    let mut forward = http::Request::builder().method(parts.method).uri(uri);
    for (name, value) in &parts.headers {
        if name != http::header::HOST {
            forward = forward.header(name, value);
        }
    }
    let forward = forward
        .body(Full::new(body))
        .map_err(std::io::Error::other)?;
    let answer = client
        .request(forward)
        .await
        .map_err(std::io::Error::other)?;
    let (parts, body) = answer.into_parts();
    let body = read_all(body).await?;
    match fault {
        Fault::DropAfterApply => Err(std::io::Error::other("response dropped after apply")),
        Fault::Truncate => {
            let half = body.slice(..body.len() / 2);
            let frames = futures_util::stream::iter([
                Ok(http_body::Frame::data(half)),
                Err(std::io::Error::other("truncated")),
            ]);
            let mut response = http::Response::from_parts(parts, StreamBody::new(frames).boxed());
            response.headers_mut().insert(
                http::header::CONTENT_LENGTH,
                http::HeaderValue::from(body.len()),
            );
            Ok(response)
        }
        _ => Ok(http::Response::from_parts(
            parts,
            Full::new(body)
                .map_err(|never: Infallible| match never {})
                .boxed(),
        )),
    }
}

/// The whole of `body`, its error as an I/O error.
async fn read_all<B>(body: B) -> std::io::Result<Bytes>
where
    B: http_body::Body,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    Ok(body
        .collect()
        .await
        .map_err(std::io::Error::other)?
        .to_bytes())
}

fn respond(status: u16, content_type: &'static str, body: Bytes) -> http::Response<ProxyBody> {
    http::Response::builder()
        .status(status)
        .header(http::header::CONTENT_TYPE, content_type)
        .body(
            Full::new(body)
                .map_err(|never: Infallible| match never {})
                .boxed(),
        )
        .expect("response")
}
