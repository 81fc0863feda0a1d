//! Reading a request body within the limits: the per-request cap (413), the in-flight
//! budget shared by all requests (503) and the body deadline (408).

use bytes::{Bytes, BytesMut};
use http_body_util::BodyExt;
use hyper::body::{Body, Incoming};

use super::budget::{BodyBudget, Reservation};
use super::errors::ApiError;
use super::limits::Limits;

/// Why a body was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub(crate) enum BodyError {
    /// Larger than `max_body_bytes` (declared or received).
    #[error("the request body is larger than the per-request cap")]
    TooLarge,
    /// It doesn't fit in what is left of the in-flight budget.
    #[error("the in-flight request body budget is spent")]
    OverBudget,
    /// It did not arrive within `body_read_timeout`.
    #[error("the request body did not arrive in time")]
    TimedOut,
    /// The connection failed or the framing was broken.
    #[error("the request body could not be read")]
    Unreadable,
}

impl BodyError {
    /// The answer in the error envelope.
    pub(crate) fn to_api_error(self) -> ApiError {
        match self {
            Self::TooLarge => ApiError::body_too_large(),
            Self::OverBudget => ApiError::over_body_budget(),
            Self::TimedOut => ApiError::body_timeout(),
            Self::Unreadable => ApiError::unreadable_body(),
        }
    }
}

/// Reads the whole body. Its bytes stay reserved from `budget` until the returned
/// reservation is dropped (once the request has been answered). A declared length is
/// checked and reserved before anything is read, so oversized or unaffordable bodies are
/// refused at once.
pub(crate) async fn read<'b>(
    body: Incoming,
    limits: &Limits,
    budget: &'b BodyBudget,
) -> Result<(Bytes, Reservation<'b>), BodyError> {
    let declared = body.size_hint().exact();
    let declared = match declared.map(usize::try_from) {
        None => None,
        Some(Ok(len)) if len <= limits.max_body_bytes => Some(len),
        Some(_) => return Err(BodyError::TooLarge),
    };
    let mut reservation = budget
        .reserve(declared.unwrap_or(0))
        .ok_or(BodyError::OverBudget)?;
    let collect = collect(body, declared, limits.max_body_bytes, &mut reservation);
    let bytes = tokio::time::timeout(limits.body_read_timeout, collect)
        .await
        .map_err(|_| BodyError::TimedOut)??;
    Ok((bytes, reservation))
}

async fn collect(
    mut body: Incoming,
    declared: Option<usize>,
    max: usize,
    reservation: &mut Reservation<'_>,
) -> Result<Bytes, BodyError> {
    let mut buffer = BytesMut::with_capacity(declared.unwrap_or(0));
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| BodyError::Unreadable)?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        let total = buffer.len().saturating_add(data.len());
        if total > max {
            return Err(BodyError::TooLarge);
        }
        if !reservation.grow_to(total) {
            return Err(BodyError::OverBudget);
        }
        buffer.extend_from_slice(&data);
    }
    Ok(buffer.freeze())
}
