//! Live v1 (`/v1/live-events/...` on the Calls host) — extension point.
//!
//! The emulator does not serve Live endpoints yet. To add them, keep the resources in
//! [`LiveState`] and answer from [`handle`].

use crate::errors::HttpResponse;
use crate::request::ApiRequest;
use crate::state::State;

/// In-memory Live resources (live events, ...). Empty until Live is served.
#[derive(Debug, Default)]
pub(crate) struct LiveState {}

/// Answers a `/v1` request if it is a Live endpoint; `None` leaves it unclaimed.
///
/// `request.segments` still starts with `"v1"`.
pub(crate) fn handle(state: &State, request: &ApiRequest) -> Option<HttpResponse> {
    let _live = state.live.lock().unwrap_or_else(|e| e.into_inner());
    let _ = request;
    None
}
