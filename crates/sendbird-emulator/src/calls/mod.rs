//! Calls v1 (`/v1/...` on the Calls host) — extension point.
//!
//! The emulator does not serve Calls endpoints yet. To add them, keep the resources in
//! [`CallsState`] and answer from [`handle`]; the router asks Calls first, then Live, and
//! answers anything unclaimed under `/v1` with the Calls error envelope.

use crate::errors::HttpResponse;
use crate::request::ApiRequest;
use crate::state::State;

/// In-memory Calls resources (direct calls, rooms, ...). Empty until Calls is served.
#[derive(Debug, Default)]
pub(crate) struct CallsState {}

/// Answers a `/v1` request if it is a Calls endpoint; `None` leaves it to the next product.
///
/// `request.segments` still starts with `"v1"`.
pub(crate) fn handle(state: &State, request: &ApiRequest) -> Option<HttpResponse> {
    let _calls = state.calls.lock().unwrap_or_else(|e| e.into_inner());
    let _ = request;
    None
}
