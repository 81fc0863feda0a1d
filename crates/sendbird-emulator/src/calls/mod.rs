//! Calls Platform API v1 (`/v1/...`): rooms, direct calls, users, push tokens, webhook
//! settings and cloud recording copies.
//!
//! Errors use the Calls envelope (see [`errors`]); lists page with `limit` and
//! `next`/`prev` tokens (see [`paging`]). The modules [`common`], [`custom_items`],
//! [`errors`], [`paging`] and [`recordings`] are shared with Live.

pub(crate) mod common;
pub(crate) mod custom_items;
mod direct_calls;
pub(crate) mod errors;
pub(crate) mod paging;
pub(crate) mod recordings;
mod rooms;
mod seed;
mod users;
mod webhooks;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::errors::{ok, ApiError, HttpResponse};
use crate::request::ApiRequest;
use crate::state::State;
use direct_calls::DirectCall;
use recordings::CloudRecording;
use rooms::Room;
use webhooks::WebhookSettings;

pub(crate) use seed::{apply as apply_seed, has_recording, CallsSeedStep};
pub use seed::{CloudRecordingSeed, DirectCallSeed, RoomParticipantSeed, RoomSeed};

/// In-memory Calls resources.
#[derive(Debug, Default)]
pub(crate) struct CallsState {
    /// The application id (for the webhook settings path).
    pub(crate) app_id: String,
    seq: u64,
    pub(crate) rooms: BTreeMap<String, Room>,
    pub(crate) direct_calls: BTreeMap<String, DirectCall>,
    /// VoIP push tokens by `(user_id, token_type)`.
    pub(crate) push_tokens: BTreeMap<(String, String), Vec<String>>,
    pub(crate) webhook: WebhookSettings,
    pub(crate) recordings: BTreeMap<String, CloudRecording>,
}

impl CallsState {
    /// A fresh, strictly increasing sequence number.
    pub(crate) fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }
}

/// What a Calls handler works with: the locked Calls state and the server around it.
pub(crate) struct Ctx<'a> {
    pub(crate) calls: &'a mut CallsState,
    pub(crate) env: &'a State,
}

impl Ctx<'_> {
    /// Strictly increasing Unix milliseconds.
    pub(crate) fn now_ms(&self) -> i64 {
        self.env.clock.now_ms()
    }
}

/// Records the application id (used by the webhook settings endpoints).
pub(crate) fn set_app_id(state: &State, app_id: &str) {
    state.calls.lock().unwrap_or_else(|e| e.into_inner()).app_id = app_id.to_owned();
}

/// Renders a handler result; every error leaves in the Calls envelope.
pub(crate) fn respond(result: Result<Value, ApiError>) -> HttpResponse {
    match result {
        Ok(value) => ok(&value),
        Err(error) => errors::to_v1(error).into_response(),
    }
}

/// Answers a `/v1` request if it is a Calls endpoint; `None` leaves it to Live.
///
/// `request.segments` still starts with `"v1"`.
pub(crate) fn handle(state: &State, request: &ApiRequest) -> Option<HttpResponse> {
    let path = request.tail(1);
    let method = request.method.as_str();
    if let ("POST", ["cloud-recordings", id, "copy"]) = (method, path.as_slice()) {
        return copy_recording(state, id, request);
    }
    let mut guard = state.calls.lock().unwrap_or_else(|e| e.into_inner());
    let mut ctx = Ctx {
        calls: &mut guard,
        env: state,
    };
    let ctx = &mut ctx;
    let q = &request.query;
    let p = &request.params;
    let result = match (method, path.as_slice()) {
        // Direct calls
        ("GET", ["direct_calls"]) => direct_calls::list(ctx, q),
        ("GET", ["direct_calls", id]) => direct_calls::get(ctx, id, q),
        ("PUT", ["direct_calls", id, "custom_items"]) => direct_calls::update_items(ctx, id, p),
        ("DELETE", ["direct_calls", id, "custom_items"]) => {
            direct_calls::delete_items(ctx, id, p, q)
        }
        // Users
        ("GET", ["users"]) => users::list(ctx, q),
        ("GET", ["users", id, "calls"]) => users::calls(ctx, id, q),
        ("GET", ["users", id, "call_summary"]) => users::summary(ctx, id),
        ("GET", ["users", id, "push", kind]) => users::push_tokens(ctx, id, kind),
        ("POST", ["users", id, "push", kind]) => users::add_push_token(ctx, id, kind, p),
        ("DELETE", ["users", id, "push", kind]) => users::remove_push_tokens(ctx, id, kind),
        ("DELETE", ["users", id, "push", kind, token]) => {
            users::remove_push_token(ctx, id, kind, token)
        }
        // Rooms
        ("POST", ["rooms"]) => rooms::create(ctx, p),
        ("GET", ["rooms"]) => rooms::list(ctx, q),
        ("GET", ["rooms", id]) => rooms::get(ctx, id),
        ("DELETE", ["rooms", id]) => rooms::delete(ctx, id),
        ("PUT", ["rooms", id, "custom_items"]) => rooms::update_items(ctx, id, p),
        ("DELETE", ["rooms", id, "custom_items"]) => rooms::delete_items(ctx, id, p, q),
        ("GET", ["rooms", id, "participants"]) => rooms::participants(ctx, id, q),
        // Webhook settings
        ("GET", ["applications", app, "settings", "webhook"]) => webhooks::get(ctx, app, q),
        ("PUT", ["applications", app, "settings", "webhook"]) => webhooks::update(ctx, app, p),
        _ => return None,
    };
    Some(respond(result))
}

/// `POST /cloud-recordings/{recording_id}/copy` for a room or direct call recording;
/// `None` (left to Live) when Calls has no recording with this id.
fn copy_recording(state: &State, recording_id: &str, request: &ApiRequest) -> Option<HttpResponse> {
    let calls = state.calls.lock().unwrap_or_else(|e| e.into_inner());
    let recording = calls.recordings.get(recording_id)?;
    let result = recordings::copy_request(&request.params)
        .and_then(|copy| recordings::copy(recording, &copy, state.clock.now_ms()));
    Some(respond(result))
}
