//! Seed data for Calls: rooms, room participants, direct calls and cloud recordings.
//!
//! Participants, direct calls and recordings are created by client SDKs and media servers,
//! never through the Platform API, so seeding is the only way to get them into the
//! emulator (at start-up with [`Seed`](crate::Seed), or later with
//! [`Emulator::apply_seed`](crate::Emulator::apply_seed)).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::custom_items::{self, Items};
use super::direct_calls::{check_end_result, DirectCall};
use super::recordings::{CloudRecording, Target, CALLS_STATUSES, LIVE_STATUSES};
use super::rooms::{valid_type, Room, RoomParticipant};
use super::{common::uuid, CallsState};
use crate::state::State;

/// A group call room to seed, with a fixed id.
///
/// ```
/// use sendbird_emulator::{RoomSeed, Seed};
///
/// let seed = Seed::new().room(
///     RoomSeed::new("room-1", "small_room_for_video")
///         .created_by("alice")
///         .custom_item("topic", "standup"),
/// );
/// # let _ = seed;
/// ```
#[derive(Debug, Clone)]
pub struct RoomSeed {
    room_id: String,
    room_type: String,
    created_at: Option<i64>,
    created_by: String,
    custom_items: BTreeMap<String, String>,
}

impl RoomSeed {
    /// A room with this id and type (`small_room_for_video` or `large_room_for_audio_only`).
    pub fn new(room_id: impl Into<String>, room_type: impl Into<String>) -> Self {
        Self {
            room_id: room_id.into(),
            room_type: room_type.into(),
            created_at: None,
            created_by: String::new(),
            custom_items: BTreeMap::new(),
        }
    }

    /// When the room was created, Unix ms (default: when the seed is applied). Lists sort
    /// newest first by this time.
    pub fn created_at(mut self, ms: i64) -> Self {
        self.created_at = Some(ms);
        self
    }

    /// The user who created the room (default `""`, as for rooms created by the Platform API).
    pub fn created_by(mut self, user_id: impl Into<String>) -> Self {
        self.created_by = user_id.into();
        self
    }

    /// Adds a custom item (the usual limits apply when the seed is applied).
    pub fn custom_item(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.custom_items.insert(key.into(), value.into());
        self
    }
}

/// A user's entry into a room (one device), as a client SDK would create it.
///
/// The participant's state follows from its timestamps: `exited` once `exited_at` is set,
/// else `connected` once `connected_at` is set, else `entered`.
///
/// ```
/// use sendbird_emulator::RoomParticipantSeed;
///
/// let present = RoomParticipantSeed::new("room-1", "alice").connected_at(1_700_000_001_000);
/// let left = RoomParticipantSeed::new("room-1", "bob")
///     .entered_at(1_700_000_000_000)
///     .exited_at(1_700_000_090_000)
///     .video(false);
/// # let _ = (present, left);
/// ```
#[derive(Debug, Clone)]
pub struct RoomParticipantSeed {
    room_id: String,
    user_id: String,
    participant_id: Option<String>,
    client_id: Option<String>,
    entered_at: Option<i64>,
    connected_at: Option<i64>,
    exited_at: Option<i64>,
    is_audio_on: bool,
    is_video_on: bool,
}

impl RoomParticipantSeed {
    /// `user_id` entering the room `room_id` now, audio and video on.
    pub fn new(room_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            room_id: room_id.into(),
            user_id: user_id.into(),
            participant_id: None,
            client_id: None,
            entered_at: None,
            connected_at: None,
            exited_at: None,
            is_audio_on: true,
            is_video_on: true,
        }
    }

    /// A fixed participant id (default: a random UUID).
    pub fn participant_id(mut self, participant_id: impl Into<String>) -> Self {
        self.participant_id = Some(participant_id.into());
        self
    }

    /// A fixed client id (default: a random UUID).
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.client_id = Some(client_id.into());
        self
    }

    /// When the participant entered, Unix ms (default: when the seed is applied).
    pub fn entered_at(mut self, ms: i64) -> Self {
        self.entered_at = Some(ms);
        self
    }

    /// When the participant's media connected, Unix ms.
    pub fn connected_at(mut self, ms: i64) -> Self {
        self.connected_at = Some(ms);
        self
    }

    /// When the participant exited, Unix ms.
    pub fn exited_at(mut self, ms: i64) -> Self {
        self.exited_at = Some(ms);
        self
    }

    /// Whether the participant's audio is on (default true).
    pub fn audio(mut self, on: bool) -> Self {
        self.is_audio_on = on;
        self
    }

    /// Whether the participant's video is on (default true).
    pub fn video(mut self, on: bool) -> Self {
        self.is_video_on = on;
        self
    }
}

/// A one-to-one call between a caller and a callee, as client SDKs would create it.
///
/// The call is `dialing` until accepted, `connected` once accepted and `ended` once ended;
/// `duration` is accept → end in milliseconds.
///
/// ```
/// use sendbird_emulator::DirectCallSeed;
///
/// let call = DirectCallSeed::new("call-1", "alice", "bob")
///     .video(true)
///     .started_at(1_700_000_000_000)
///     .accepted_at(1_700_000_005_000)
///     .ended(1_700_000_065_000, "completed")
///     .ended_by("bob")
///     .custom_item("ticket", "42");
/// # let _ = call;
/// ```
#[derive(Debug, Clone)]
pub struct DirectCallSeed {
    call_id: String,
    caller_id: String,
    callee_id: String,
    is_video_call: bool,
    started_at: Option<i64>,
    accepted_at: Option<i64>,
    ended: Option<(i64, String)>,
    ended_by: Option<String>,
    custom_items: BTreeMap<String, String>,
}

impl DirectCallSeed {
    /// A voice call `call_id` dialed by `caller_id` to `callee_id`.
    pub fn new(
        call_id: impl Into<String>,
        caller_id: impl Into<String>,
        callee_id: impl Into<String>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            caller_id: caller_id.into(),
            callee_id: callee_id.into(),
            is_video_call: false,
            started_at: None,
            accepted_at: None,
            ended: None,
            ended_by: None,
            custom_items: BTreeMap::new(),
        }
    }

    /// A video call (default: voice).
    pub fn video(mut self, is_video_call: bool) -> Self {
        self.is_video_call = is_video_call;
        self
    }

    /// When the call was dialed, Unix ms (default: when the seed is applied).
    pub fn started_at(mut self, ms: i64) -> Self {
        self.started_at = Some(ms);
        self
    }

    /// When the callee accepted, Unix ms.
    pub fn accepted_at(mut self, ms: i64) -> Self {
        self.accepted_at = Some(ms);
        self
    }

    /// Ends the call at `ended_at` (Unix ms) with an `end_result` (`completed`,
    /// `canceled`, `declined`, `connection_lost`, `no_answer`, `timed_out` or `unknown`).
    pub fn ended(mut self, ended_at: i64, end_result: impl Into<String>) -> Self {
        self.ended = Some((ended_at, end_result.into()));
        self
    }

    /// Who ended the call (default: the caller, for ended calls).
    pub fn ended_by(mut self, user_id: impl Into<String>) -> Self {
        self.ended_by = Some(user_id.into());
        self
    }

    /// Adds a custom item (the usual limits apply when the seed is applied).
    pub fn custom_item(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.custom_items.insert(key.into(), value.into());
        self
    }
}

/// A cloud recording of a room, a direct call or a live event (copyable with
/// `POST /cloud-recordings/{recording_id}/copy` once `completed`).
///
/// ```
/// use sendbird_emulator::CloudRecordingSeed;
///
/// let done = CloudRecordingSeed::room("rec-1", "room-1");
/// let running = CloudRecordingSeed::live_event("rec-2", "event-1").status("recording");
/// let voice = CloudRecordingSeed::direct_call("rec-3", "call-1").audio_only();
/// # let _ = (done, running, voice);
/// ```
#[derive(Debug, Clone)]
pub struct CloudRecordingSeed {
    pub(crate) recording_id: String,
    pub(crate) target: Target,
    status: String,
    video: bool,
    started_at: Option<i64>,
    stopped_at: Option<i64>,
    byte_size: u64,
}

impl CloudRecordingSeed {
    fn new(recording_id: String, target: Target) -> Self {
        Self {
            recording_id,
            target,
            status: "completed".to_owned(),
            video: true,
            started_at: None,
            stopped_at: None,
            byte_size: 1_048_576,
        }
    }

    /// A completed video recording of a group call room.
    pub fn room(recording_id: impl Into<String>, room_id: impl Into<String>) -> Self {
        Self::new(recording_id.into(), Target::Room(room_id.into()))
    }

    /// A completed video recording of a direct call.
    pub fn direct_call(recording_id: impl Into<String>, call_id: impl Into<String>) -> Self {
        Self::new(recording_id.into(), Target::DirectCall(call_id.into()))
    }

    /// A completed recording of a live event.
    pub fn live_event(recording_id: impl Into<String>, live_event_id: impl Into<String>) -> Self {
        Self::new(recording_id.into(), Target::LiveEvent(live_event_id.into()))
    }

    /// The status (default `completed`). Calls: `recording`, `uploading`, `completed`,
    /// `failed`; Live also `ready` and `paused`.
    pub fn status(mut self, status: impl Into<String>) -> Self {
        self.status = status.into();
        self
    }

    /// An audio-only recording (`call_audio` / `room_audio`).
    pub fn audio_only(mut self) -> Self {
        self.video = false;
        self
    }

    /// When recording started, Unix ms (default: a minute before the seed is applied).
    pub fn started_at(mut self, ms: i64) -> Self {
        self.started_at = Some(ms);
        self
    }

    /// When recording stopped, Unix ms (default: when the seed is applied, for
    /// `uploading`, `completed` and `failed` recordings).
    pub fn stopped_at(mut self, ms: i64) -> Self {
        self.stopped_at = Some(ms);
        self
    }

    /// The file size in bytes (default 1 MiB).
    pub fn byte_size(mut self, bytes: u64) -> Self {
        self.byte_size = bytes;
        self
    }

    /// Builds the recording, checking the status for the product.
    pub(crate) fn build(&self, now: i64) -> Result<CloudRecording, String> {
        let statuses = match self.target {
            Target::LiveEvent(_) => LIVE_STATUSES,
            _ => CALLS_STATUSES,
        };
        if !statuses.contains(&self.status.as_str()) {
            return Err(format!("unknown recording status {:?}", self.status));
        }
        if self.recording_id.is_empty() {
            return Err("the recording id can't be empty".to_owned());
        }
        let stopped = matches!(self.status.as_str(), "uploading" | "completed" | "failed");
        let started_at = self.started_at.unwrap_or(now.saturating_sub(60_000));
        let stopped_at = self.stopped_at.or(stopped.then_some(now.max(started_at)));
        if stopped_at.is_some_and(|s| s < started_at) {
            return Err("a recording can't stop before it starts".to_owned());
        }
        Ok(CloudRecording {
            recording_id: self.recording_id.clone(),
            target: self.target.clone(),
            video: self.video,
            status: self.status.clone(),
            started_at,
            stopped_at,
            byte_size: self.byte_size,
        })
    }
}

/// One Calls seed step.
#[derive(Debug, Clone)]
pub(crate) enum CallsSeedStep {
    Room(RoomSeed),
    RoomParticipant(RoomParticipantSeed),
    DirectCall(DirectCallSeed),
    Recording(CloudRecordingSeed),
}

fn items(map: &BTreeMap<String, String>) -> Result<Items, String> {
    let object: Map<String, Value> = map
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    custom_items::validate(&object).map_err(|e| e.message)
}

/// Applies one step to the Calls state (or, for live event recordings, the Live state).
pub(crate) fn apply(state: &State, step: &CallsSeedStep) -> Result<(), String> {
    let now = state.clock.now_ms();
    if let CallsSeedStep::Recording(seed) = step {
        if matches!(seed.target, Target::LiveEvent(_)) {
            return crate::live::seed_recording(state, seed);
        }
        if crate::live::has_recording(state, &seed.recording_id) {
            return Err(format!("recording {:?} already exists", seed.recording_id));
        }
    }
    let mut calls = state.calls.lock().unwrap_or_else(|e| e.into_inner());
    match step {
        CallsSeedStep::Room(seed) => add_room(&mut calls, seed, now),
        CallsSeedStep::RoomParticipant(seed) => add_participant(&mut calls, seed, now),
        CallsSeedStep::DirectCall(seed) => add_call(&mut calls, seed, now),
        CallsSeedStep::Recording(seed) => add_recording(&mut calls, seed, now),
    }
}

fn add_room(calls: &mut CallsState, seed: &RoomSeed, now: i64) -> Result<(), String> {
    if seed.room_id.is_empty() {
        return Err("the room id can't be empty".to_owned());
    }
    if calls.rooms.contains_key(&seed.room_id) {
        return Err(format!("room {:?} already exists", seed.room_id));
    }
    if !valid_type(&seed.room_type) {
        return Err(format!("unknown room type {:?}", seed.room_type));
    }
    let room = Room {
        seq: calls.next_seq(),
        room_id: seed.room_id.clone(),
        room_type: seed.room_type.clone(),
        deleted: false,
        created_at: seed.created_at.unwrap_or(now),
        updated_at: seed.created_at.unwrap_or(now),
        created_by: seed.created_by.clone(),
        deleted_by: String::new(),
        custom_items: items(&seed.custom_items)?,
        participants: Vec::new(),
    };
    calls.rooms.insert(room.room_id.clone(), room);
    Ok(())
}

fn add_participant(
    calls: &mut CallsState,
    seed: &RoomParticipantSeed,
    now: i64,
) -> Result<(), String> {
    let seq = calls.next_seq();
    let room = calls
        .rooms
        .get_mut(&seed.room_id)
        .ok_or_else(|| format!("room {:?} not found", seed.room_id))?;
    let entered_at = seed.entered_at.unwrap_or(now);
    if seed.connected_at.is_some_and(|c| c < entered_at)
        || seed.exited_at.is_some_and(|x| x < entered_at)
    {
        return Err("a participant can't connect or exit before entering".to_owned());
    }
    let current = seed.exited_at.is_none();
    if current && room.deleted {
        return Err(format!("room {:?} is deleted", seed.room_id));
    }
    if current && room.current_count() >= room.capacity() {
        return Err(format!(
            "room {:?} is full ({} participants)",
            seed.room_id,
            room.capacity()
        ));
    }
    let participant_id = seed.participant_id.clone().unwrap_or_else(uuid);
    if room
        .participants
        .iter()
        .any(|p| p.participant_id == participant_id)
    {
        return Err(format!("participant {participant_id:?} already exists"));
    }
    let updated_at = [Some(entered_at), seed.connected_at, seed.exited_at]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(entered_at);
    room.participants.push(RoomParticipant {
        seq,
        participant_id,
        client_id: seed.client_id.clone().unwrap_or_else(uuid),
        user_id: seed.user_id.clone(),
        entered_at,
        updated_at,
        connected_at: seed.connected_at,
        exited_at: seed.exited_at,
        is_audio_on: seed.is_audio_on,
        is_video_on: seed.is_video_on && room.room_type == super::rooms::SMALL_ROOM,
    });
    room.updated_at = room.updated_at.max(updated_at);
    Ok(())
}

fn add_call(calls: &mut CallsState, seed: &DirectCallSeed, now: i64) -> Result<(), String> {
    if seed.call_id.is_empty() || seed.caller_id.is_empty() || seed.callee_id.is_empty() {
        return Err("call, caller and callee ids can't be empty".to_owned());
    }
    if calls.direct_calls.contains_key(&seed.call_id) {
        return Err(format!("direct call {:?} already exists", seed.call_id));
    }
    if seed.caller_id == seed.callee_id {
        return Err("a user can't call themselves".to_owned());
    }
    let started_at = seed.started_at.unwrap_or(now);
    if seed.accepted_at.is_some_and(|a| a < started_at) {
        return Err("a call can't be accepted before it starts".to_owned());
    }
    if let Some((ended_at, end_result)) = &seed.ended {
        check_end_result(end_result).map_err(|e| e.message)?;
        if *ended_at < started_at || seed.accepted_at.is_some_and(|a| a > *ended_at) {
            return Err("a call can't end before it starts or is accepted".to_owned());
        }
    }
    let call = DirectCall {
        seq: calls.next_seq(),
        call_id: seed.call_id.clone(),
        is_video_call: seed.is_video_call,
        caller_id: seed.caller_id.clone(),
        callee_id: seed.callee_id.clone(),
        started_at,
        accepted_at: seed.accepted_at,
        ended_at: seed.ended.as_ref().map(|(at, _)| *at),
        end_result: seed.ended.as_ref().map(|(_, r)| r.clone()),
        ended_by: seed.ended.as_ref().map(|_| {
            seed.ended_by
                .clone()
                .unwrap_or_else(|| seed.caller_id.clone())
        }),
        custom_items: items(&seed.custom_items)?,
    };
    calls.direct_calls.insert(call.call_id.clone(), call);
    Ok(())
}

fn add_recording(
    calls: &mut CallsState,
    seed: &CloudRecordingSeed,
    now: i64,
) -> Result<(), String> {
    if calls.recordings.contains_key(&seed.recording_id) {
        return Err(format!("recording {:?} already exists", seed.recording_id));
    }
    match &seed.target {
        Target::Room(id) if !calls.rooms.contains_key(id) => {
            return Err(format!("room {id:?} not found"))
        }
        Target::DirectCall(id) if !calls.direct_calls.contains_key(id) => {
            return Err(format!("direct call {id:?} not found"))
        }
        _ => {}
    }
    let recording = seed.build(now)?;
    calls
        .recordings
        .insert(recording.recording_id.clone(), recording);
    Ok(())
}

/// Whether Calls holds a recording with this id.
pub(crate) fn has_recording(state: &State, recording_id: &str) -> bool {
    state
        .calls
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .recordings
        .contains_key(recording_id)
}
