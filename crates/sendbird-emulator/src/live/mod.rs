//! Live Platform API v1 (`/v1/live-events/...` on the Calls host): live events and their
//! state machine, hosts, participants and cloud recording copies.
//!
//! Live shares the `/v1` error envelope, paging, custom items and recordings with Calls
//! through [`crate::v1`]. The application asks Calls first, so Live only sees `/v1`
//! requests Calls did not claim.

mod events;
mod hosts;
mod participants;
mod seed;
mod seeding;

use std::collections::BTreeMap;

use crate::http::errors::Answer;
use crate::http::request::ApiRequest;
use crate::v1::recordings::{self, CloudRecording};
use events::LiveEvent;

pub(crate) use seed::LiveSeedStep;
pub use seed::{LiveEventSeed, LiveHostSeed, LiveParticipantSeed};
pub(crate) use seeding::{add_recording, apply as apply_seed};

/// In-memory Live resources.
#[derive(Debug, Default)]
pub(crate) struct LiveState {
    seq: u64,
    pub(crate) events: BTreeMap<String, LiveEvent>,
    pub(crate) recordings: BTreeMap<String, CloudRecording>,
}

impl LiveState {
    /// A fresh, strictly increasing sequence number.
    pub(crate) fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// Whether Live holds a recording with this id.
    pub(crate) fn has_recording(&self, recording_id: &str) -> bool {
        self.recordings.contains_key(recording_id)
    }
}

/// What a Live handler works with: the Live state, the services around it and the
/// application's users.
pub(crate) type Ctx<'a> = crate::v1::Ctx<'a, LiveState>;

/// Answers a `/v1` request if it is a Live endpoint; `None` leaves it unclaimed.
///
/// `request.segments` still starts with `"v1"`.
pub(crate) fn handle(ctx: &mut Ctx<'_>, request: &ApiRequest) -> Option<Answer> {
    let q = &request.query;
    let p = &request.params;
    let path = request.tail(1);
    let result = match (request.method.as_str(), path.as_slice()) {
        ("POST", ["live-events"]) => events::create(ctx, p),
        ("GET", ["live-events"]) => events::list(ctx, q),
        ("GET", ["live-events", id]) => events::get(ctx, id),
        ("PUT", ["live-events", id]) => events::update(ctx, id, p),
        ("DELETE", ["live-events", id]) => events::end(ctx, id),
        ("POST", ["live-events", id, "ready"]) => events::ready(ctx, id),
        ("POST", ["live-events", id, "start"]) => events::start(ctx, id),
        ("GET", ["live-events", id, "hosts"]) => hosts::get(ctx, id),
        ("GET", ["live-events", id, "participants"]) => participants::list(ctx, id, q),
        ("POST", ["cloud-recordings", id, "copy"]) => {
            recordings::copy_request(p).and_then(|copy| {
                let recording = ctx
                    .state
                    .recordings
                    .get(*id)
                    .ok_or_else(|| recordings::unknown(id))?;
                recordings::copy(recording, &copy, ctx.now_ms())
            })
        }
        _ => return None,
    };
    Some(result)
}
