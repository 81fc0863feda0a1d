//! The hyper server: accept loop, per-request controls, logging and graceful shutdown.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{Request, StatusCode};
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::watch;

use super::errors::{ApiError, HttpResponse};
use super::router::{self, Area, Backend};
use crate::controls::{Decision, Fault};

/// The largest accepted request body (a 25 MB file plus form overhead).
pub(crate) const MAX_BODY_BYTES: usize = 32 * 1024 * 1024;

/// How long shutdown waits for in-flight requests before closing connections.
const GRACE: Duration = Duration::from_secs(5);

/// The service error that makes hyper close the connection without answering.
#[derive(Debug)]
struct DroppedConnection;

impl fmt::Display for DroppedConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl std::error::Error for DroppedConnection {}

/// Accepts connections until `shutdown` flips to `true`, then drains gracefully.
pub(crate) async fn serve<B: Backend>(
    listener: TcpListener,
    state: Arc<B>,
    mut shutdown: watch::Receiver<bool>,
) {
    let graceful = GracefulShutdown::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _peer)) = accepted else {
                    // Transient accept errors (e.g. too many open files): back off briefly.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                let state = Arc::clone(&state);
                let service = service_fn(move |request| handle(Arc::clone(&state), request));
                let connection = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service);
                let watched = graceful.watch(connection);
                tokio::spawn(async move {
                    let _ = watched.await;
                });
            }
            changed = shutdown.changed() => {
                if changed.is_err() || *shutdown.borrow() {
                    break;
                }
            }
        }
    }
    drop(listener);
    let _ = tokio::time::timeout(GRACE, graceful.shutdown()).await;
}

async fn handle<B: Backend>(
    state: Arc<B>,
    request: Request<Incoming>,
) -> Result<HttpResponse, DroppedConnection> {
    let started = tokio::time::Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let result = respond(state.as_ref(), request).await;
    if state.config().log_requests {
        let status = match &result {
            Ok(response) => response.status().as_u16().to_string(),
            Err(_) => "dropped".to_owned(),
        };
        eprintln!(
            "{method} {path} {status} {:.1}ms",
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    result
}

async fn respond<B: Backend>(
    state: &B,
    request: Request<Incoming>,
) -> Result<HttpResponse, DroppedConnection> {
    if let Area::Api(api) = router::area(request.uri().path()) {
        let (latency, decision) = state.controls().decide(request.method());
        if !latency.is_zero() {
            tokio::time::sleep(latency).await;
        }
        // Each API answers in its own envelope (`/v1`: 429100, 500999).
        let envelope = |error: ApiError| state.refuse(api, error);
        match decision {
            Decision::Serve => {}
            Decision::RateLimited(secs) => return Ok(envelope(ApiError::rate_limited(secs))),
            Decision::Fault(Fault::DropConnection) => return Err(DroppedConnection),
            Decision::Fault(Fault::InternalError) => {
                return Ok(envelope(ApiError::internal(
                    "Internal server error (injected).",
                )))
            }
            Decision::Fault(Fault::ServiceUnavailable) => {
                return Ok(envelope(ApiError::unavailable()))
            }
        }
    }
    let (parts, body) = request.into_parts();
    let body = match read_body(body).await {
        Ok(body) => body,
        Err(response) => return Ok(*response),
    };
    Ok(router::dispatch(state, parts, body).await)
}

async fn read_body(body: Incoming) -> Result<Bytes, Box<HttpResponse>> {
    match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) => {
            let too_large = error
                .downcast_ref::<http_body_util::LengthLimitError>()
                .is_some();
            let response = if too_large {
                let mut error = ApiError::too_long("body");
                error.status = StatusCode::PAYLOAD_TOO_LARGE;
                error.into_response()
            } else {
                ApiError::bad_request(400111, "Invalid value: the request body could not be read.")
                    .into_response()
            };
            Err(Box::new(response))
        }
    }
}
