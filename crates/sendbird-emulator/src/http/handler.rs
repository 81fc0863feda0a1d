//! One request: test controls, the body within its limits, dispatch, and a log line.

use std::fmt;

use http::Request;
use hyper::body::Incoming;

use super::body;
use super::budget::BodyBudget;
use super::errors::{closing, ApiError, HttpResponse};
use super::limits::Limits;
use super::router::{self, Area, Backend};
use crate::controls::{Decision, Fault};

/// The service error that makes hyper close the connection without answering.
#[derive(Debug)]
pub(crate) struct DroppedConnection;

impl fmt::Display for DroppedConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection closed without an answer")
    }
}

impl std::error::Error for DroppedConnection {}

/// Answers one request (or drops the connection, for that injected fault), logging it
/// when the configuration asks for it.
pub(crate) async fn handle<B: Backend>(
    backend: &B,
    limits: &Limits,
    budget: &BodyBudget,
    request: Request<Incoming>,
) -> Result<HttpResponse, DroppedConnection> {
    let started = tokio::time::Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let result = respond(backend, limits, budget, request).await;
    if backend.config().log_requests {
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
    backend: &B,
    limits: &Limits,
    budget: &BodyBudget,
    request: Request<Incoming>,
) -> Result<HttpResponse, DroppedConnection> {
    let area = router::area(request.uri().path());
    // Each API answers in its own envelope (`/v1`: 429100, 500999, ...).
    let refuse = |error: ApiError| match area {
        Area::Api(api) => backend.refuse(api, error),
        Area::Files | Area::Unknown => error.into_response(),
    };
    if let Area::Api(_) = area {
        let (latency, decision) = backend.controls().decide(request.method());
        if !latency.is_zero() {
            tokio::time::sleep(latency).await;
        }
        match decision {
            Decision::Serve => {}
            Decision::RateLimited(secs) => return Ok(refuse(ApiError::rate_limited(secs))),
            Decision::Fault(Fault::DropConnection) => return Err(DroppedConnection),
            Decision::Fault(Fault::InternalError) => {
                return Ok(refuse(ApiError::internal(
                    "Internal server error (injected).",
                )))
            }
            Decision::Fault(Fault::ServiceUnavailable) => {
                return Ok(refuse(ApiError::unavailable()))
            }
        }
    }
    let (parts, body) = request.into_parts();
    // The reservation holds the body's bytes in the budget until the answer is ready.
    let (body, _reservation) = match body::read(body, limits, budget).await {
        Ok(read) => read,
        Err(error) => return Ok(closing(refuse(error.to_api_error()))),
    };
    Ok(router::dispatch(backend, parts, body).await)
}
