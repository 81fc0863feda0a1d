//! Calls Platform API v1 (`/v1/...`): rooms, direct calls, users, push tokens, webhook
//! settings and cloud recording copies.
//!
//! Errors use the `/v1` envelope and lists page with `limit` and `next`/`prev` tokens; both,
//! like custom items and cloud recordings, are shared with Live through [`crate::v1`].

mod direct_calls;
mod rooms;
mod seed;
mod seeding;
mod users;
mod webhooks;

use std::collections::BTreeMap;

use crate::http::errors::Answer;
use crate::http::request::ApiRequest;
use crate::v1::recordings::{self, CloudRecording};
use direct_calls::DirectCall;
use rooms::Room;
use webhooks::WebhookSettings;

pub(crate) use seed::CallsSeedStep;
pub use seed::{DirectCallSeed, RoomParticipantSeed, RoomSeed};
pub(crate) use seeding::{add_recording, apply as apply_seed};

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
    /// Empty state for the application `app_id`.
    pub(crate) fn new(app_id: &str) -> Self {
        Self {
            app_id: app_id.to_owned(),
            ..Self::default()
        }
    }

    /// Whether Calls holds a recording with this id.
    pub(crate) fn has_recording(&self, recording_id: &str) -> bool {
        self.recordings.contains_key(recording_id)
    }

    /// A fresh, strictly increasing sequence number.
    pub(crate) fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }
}

/// What a Calls handler works with: the Calls state, the services around it and the
/// application's users.
pub(crate) type Ctx<'a> = crate::v1::Ctx<'a, CallsState>;

/// Answers a `/v1` request if it is a Calls endpoint; `None` leaves it to Live (including
/// the copy of a recording Calls does not hold).
///
/// `request.segments` still starts with `"v1"`.
pub(crate) fn handle(ctx: &mut Ctx<'_>, request: &ApiRequest) -> Option<Answer> {
    let path = request.tail(1);
    let method = request.method.as_str();
    let q = &request.query;
    let p = &request.params;
    let result = match (method, path.as_slice()) {
        // Cloud recordings of rooms and direct calls
        ("POST", ["cloud-recordings", id, "copy"]) => {
            let recording = ctx.state.recordings.get(*id)?;
            recordings::copy_request(p)
                .and_then(|copy| recordings::copy(recording, &copy, ctx.now_ms()))
        }
        // Direct calls
        ("GET", ["direct_calls"]) => direct_calls::list(ctx, q),
        ("GET", ["direct_calls", id]) => direct_calls::get(ctx, id, q),
        ("PUT" | "DELETE", ["direct_calls", id, "custom_items"]) => {
            direct_calls::custom_items(ctx, id, method, p, q)
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
        ("PUT" | "DELETE", ["rooms", id, "custom_items"]) => {
            rooms::custom_items(ctx, id, method, p, q)
        }
        ("GET", ["rooms", id, "participants"]) => rooms::participants(ctx, id, q),
        // Webhook settings
        ("GET", ["applications", app, "settings", "webhook"]) => webhooks::get(ctx, app, q),
        ("PUT", ["applications", app, "settings", "webhook"]) => webhooks::update(ctx, app, p),
        _ => return None,
    };
    Some(result)
}
