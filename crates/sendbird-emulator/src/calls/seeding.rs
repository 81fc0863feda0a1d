//! Applies Calls seed steps to the Calls state, with the checks the API would make.

use super::direct_calls::{check_end_result, DirectCall};
use super::rooms::{valid_type, Room, RoomParticipant, SMALL_ROOM};
use super::seed::{CallsSeedStep, DirectCallSeed, RoomParticipantSeed, RoomSeed};
use super::CallsState;
use crate::v1::recording_seed::CloudRecordingSeed;
use crate::v1::recordings::Target;
use crate::v1::{check_new_seed_id, custom_items, seed_target};

/// Applies one step at `now` (Unix ms).
pub(crate) fn apply(calls: &mut CallsState, step: &CallsSeedStep, now: i64) -> Result<(), String> {
    match step {
        CallsSeedStep::Room(seed) => add_room(calls, seed, now),
        CallsSeedStep::RoomParticipant(seed) => add_participant(calls, seed, now),
        CallsSeedStep::DirectCall(seed) => add_call(calls, seed, now),
    }
}

fn add_room(calls: &mut CallsState, seed: &RoomSeed, now: i64) -> Result<(), String> {
    check_new_seed_id(&calls.rooms, &seed.room_id, "room")?;
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
        custom_items: custom_items::from_seed(&seed.custom_items)?,
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
    let room = seed_target(&mut calls.rooms, &seed.room_id, "room")?;
    let mut entry = seed.entry.build(seq, now, "participant")?;
    if entry.is_current() && room.deleted {
        return Err(format!("room {:?} is deleted", seed.room_id));
    }
    if entry.is_current() && room.current_count() >= room.capacity() {
        return Err(format!(
            "room {:?} is full ({} participants)",
            seed.room_id,
            room.capacity()
        ));
    }
    if room.participants.iter().any(|p| p.entry.id == entry.id) {
        return Err(format!("participant {:?} already exists", entry.id));
    }
    entry.is_video_on &= room.room_type == SMALL_ROOM;
    let updated_at = entry.last_change();
    room.participants
        .push(RoomParticipant { entry, updated_at });
    room.updated_at = room.updated_at.max(updated_at);
    Ok(())
}

fn add_call(calls: &mut CallsState, seed: &DirectCallSeed, now: i64) -> Result<(), String> {
    if seed.call_id.is_empty() || seed.caller_id.is_empty() || seed.callee_id.is_empty() {
        return Err("call, caller and callee ids can't be empty".to_owned());
    }
    check_new_seed_id(&calls.direct_calls, &seed.call_id, "direct call")?;
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
        custom_items: custom_items::from_seed(&seed.custom_items)?,
    };
    calls.direct_calls.insert(call.call_id.clone(), call);
    Ok(())
}

/// Seeds a room or direct call recording (its target must exist; that the id is new to
/// Live too is checked by the caller).
pub(crate) fn add_recording(
    calls: &mut CallsState,
    seed: &CloudRecordingSeed,
    now: i64,
) -> Result<(), String> {
    let target_exists = match &seed.target {
        Target::Room(id) => calls.rooms.contains_key(id),
        Target::DirectCall(id) => calls.direct_calls.contains_key(id),
        Target::LiveEvent(_) => false,
    };
    seed.add_to(&mut calls.recordings, target_exists, now)
}
