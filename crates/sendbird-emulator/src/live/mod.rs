//! Live Platform API v1 (`/v1/live-events/...` on the Calls host): live events and their
//! state machine, hosts, participants and cloud recording copies.
//!
//! Live shares the Calls error envelope, paging and helpers (`crate::calls::{errors,
//! paging, common, custom_items, recordings}`). The router asks Calls first, so Live only
//! sees `/v1` requests Calls did not claim.

mod events;
mod hosts;
mod participants;
mod seed;

use std::collections::BTreeMap;

use crate::calls::recordings::{self, CloudRecording};
use crate::calls::{respond, CloudRecordingSeed};
use crate::errors::HttpResponse;
use crate::request::ApiRequest;
use crate::state::State;
use events::LiveEvent;

pub(crate) use seed::{apply as apply_seed, LiveSeedStep};
pub use seed::{LiveEventSeed, LiveHostSeed, LiveParticipantSeed};

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
}

/// What a Live handler works with: the locked Live state and the server around it.
pub(crate) struct Ctx<'a> {
    pub(crate) live: &'a mut LiveState,
    pub(crate) env: &'a State,
}

impl Ctx<'_> {
    /// Strictly increasing Unix milliseconds.
    pub(crate) fn now_ms(&self) -> i64 {
        self.env.clock.now_ms()
    }
}

/// Answers a `/v1` request if it is a Live endpoint; `None` leaves it unclaimed.
///
/// `request.segments` still starts with `"v1"`.
pub(crate) fn handle(state: &State, request: &ApiRequest) -> Option<HttpResponse> {
    let mut guard = state.live.lock().unwrap_or_else(|e| e.into_inner());
    let mut ctx = Ctx {
        live: &mut guard,
        env: state,
    };
    let ctx = &mut ctx;
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
                    .live
                    .recordings
                    .get(*id)
                    .ok_or_else(|| recordings::unknown(id))?;
                recordings::copy(recording, &copy, ctx.now_ms())
            })
        }
        _ => return None,
    };
    Some(respond(result))
}

/// Whether Live holds a recording with this id.
pub(crate) fn has_recording(state: &State, recording_id: &str) -> bool {
    state
        .live
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .recordings
        .contains_key(recording_id)
}

/// Seeds a live event recording (the event must exist; the id must be new to both
/// products).
pub(crate) fn seed_recording(state: &State, seed: &CloudRecordingSeed) -> Result<(), String> {
    if crate::calls::has_recording(state, &seed.recording_id) {
        return Err(format!("recording {:?} already exists", seed.recording_id));
    }
    let now = state.clock.now_ms();
    let mut live = state.live.lock().unwrap_or_else(|e| e.into_inner());
    if live.recordings.contains_key(&seed.recording_id) {
        return Err(format!("recording {:?} already exists", seed.recording_id));
    }
    if let recordings::Target::LiveEvent(id) = &seed.target {
        if !live.events.contains_key(id) {
            return Err(format!("live event {id:?} not found"));
        }
    }
    let recording = seed.build(now)?;
    live.recordings
        .insert(recording.recording_id.clone(), recording);
    Ok(())
}
