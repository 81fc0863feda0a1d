//! A loopback HTTP server that records every request and answers from a closure.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use percent_encoding::percent_decode_str;
use tokio::net::TcpListener;

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: http::Method,
    pub path: String,
    pub query: Option<String>,
    pub headers: http::HeaderMap,
    pub body: Bytes,
}

impl Recorded {
    /// The path split into segments, each percent-decoded once.
    pub fn segments(&self) -> Vec<String> {
        self.path
            .split('/')
            .skip(1)
            .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
            .collect()
    }
}

type Responder = dyn Fn(&Recorded) -> http::Response<Full<Bytes>> + Send + Sync;

pub struct TestServer {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl TestServer {
    /// Starts a server answering every request with `respond`.
    pub async fn start(
        respond: impl Fn(&Recorded) -> http::Response<Full<Bytes>> + Send + Sync + 'static,
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let respond: Arc<Responder> = Arc::new(respond);
        let log = requests.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let log = log.clone();
                let respond = respond.clone();
                tokio::spawn(async move {
                    let service =
                        service_fn(move |request: http::Request<hyper::body::Incoming>| {
                            let log = log.clone();
                            let respond = respond.clone();
                            async move {
                                let (parts, body) = request.into_parts();
                                let body = body
                                    .collect()
                                    .await
                                    .map(|b| b.to_bytes())
                                    .unwrap_or_default();
                                let recorded = Recorded {
                                    method: parts.method,
                                    path: parts.uri.path().to_owned(),
                                    query: parts.uri.query().map(str::to_owned),
                                    headers: parts.headers,
                                    body,
                                };
                                let response = respond(&recorded);
                                log.lock().expect("lock").push(recorded);
                                Ok::<_, Infallible>(response)
                            }
                        });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Self { addr, requests }
    }

    /// A server answering `{}` with 200.
    pub async fn ok() -> Self {
        Self::start(|_| json(200, "{}")).await
    }

    pub fn base_url(&self) -> String {
        format!("http://{}/v3", self.addr)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("lock").clone()
    }

    pub fn last(&self) -> Recorded {
        self.requests
            .lock()
            .expect("lock")
            .last()
            .cloned()
            .expect("a request was received")
    }

    pub fn count(&self) -> usize {
        self.requests.lock().expect("lock").len()
    }
}

/// A JSON response.
pub fn json(status: u16, body: &str) -> http::Response<Full<Bytes>> {
    http::Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_owned())))
        .expect("response")
}
