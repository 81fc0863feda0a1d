//! Applies Live seed steps to the Live state, with the checks the API would make.

use super::events::{EventState, LiveEvent, MAX_HOST_IDS, MAX_TITLE_CHARS};
use super::seed::{LiveEventSeed, LiveHostSeed, LiveParticipantSeed, LiveSeedStep};
use super::LiveState;
use crate::v1::recording_seed::CloudRecordingSeed;
use crate::v1::recordings::Target;
use crate::v1::{check_new_seed_id, custom_items, seed_target};

/// Applies one step at `now` (Unix ms).
pub(crate) fn apply(live: &mut LiveState, step: &LiveSeedStep, now: i64) -> Result<(), String> {
    match step {
        LiveSeedStep::Event(seed) => add_event(live, seed, now),
        LiveSeedStep::Host(seed) => add_host(live, seed, now),
        LiveSeedStep::Participant(seed) => add_participant(live, seed, now),
    }
}

fn add_event(live: &mut LiveState, seed: &LiveEventSeed, now: i64) -> Result<(), String> {
    check_new_seed_id(&live.events, &seed.live_event_id, "live event")?;
    if seed.user_ids_for_host.is_empty()
        || seed.user_ids_for_host.len() > MAX_HOST_IDS
        || seed.user_ids_for_host.iter().any(String::is_empty)
    {
        return Err(format!(
            "user_ids_for_host needs 1 to {MAX_HOST_IDS} non-empty ids"
        ));
    }
    if seed.title.chars().count() > MAX_TITLE_CHARS {
        return Err("the title is too long".to_owned());
    }
    let items = custom_items::from_seed(&seed.custom_items)?;
    let seq = live.next_seq();
    let mut event = LiveEvent::new(
        seq,
        seed.live_event_id.clone(),
        seed.created_at.unwrap_or(now),
    );
    event.user_ids_for_host = seed.user_ids_for_host.clone();
    event.title = seed.title.clone();
    event.cover_url = seed.cover_url.clone();
    event.created_by = seed.created_by.clone();
    event.custom_items = items;
    live.events.insert(event.live_event_id.clone(), event);
    Ok(())
}

fn add_host(live: &mut LiveState, seed: &LiveHostSeed, now: i64) -> Result<(), String> {
    let seq = live.next_seq();
    let event = seed_target(&mut live.events, &seed.live_event_id, "live event")?;
    if !event.user_ids_for_host.contains(&seed.entry.user_id) {
        return Err(format!(
            "user {:?} is not in user_ids_for_host of {:?}",
            seed.entry.user_id, seed.live_event_id
        ));
    }
    let host = seed.entry.build(seq, now, "host")?;
    if host.is_current() && event.state == EventState::Ended {
        return Err(format!("live event {:?} has ended", seed.live_event_id));
    }
    if host.is_current() && event.hosts.iter().any(|h| h.is_current()) {
        return Err(format!(
            "live event {:?} already has a host (single host)",
            seed.live_event_id
        ));
    }
    event.hosts.push(host);
    Ok(())
}

fn add_participant(
    live: &mut LiveState,
    seed: &LiveParticipantSeed,
    now: i64,
) -> Result<(), String> {
    let seq = live.next_seq();
    let event = seed_target(&mut live.events, &seed.live_event_id, "live event")?;
    let participant = seed.entry.build(seq, now, "participant")?;
    let allowed = match event.state {
        EventState::Created => false,
        EventState::Ready | EventState::Ongoing => true,
        EventState::Ended => !participant.is_current(),
    };
    if !allowed {
        return Err(format!(
            "participants can't be in a {} live event",
            event.state.as_str()
        ));
    }
    if event.participants.iter().any(|p| p.id == participant.id) {
        return Err(format!("participant {:?} already exists", participant.id));
    }
    event.participants.push(participant);
    event.peak_participant_count = event
        .peak_participant_count
        .max(event.participant_count())
        .max(1);
    Ok(())
}

/// Seeds a live event recording (the event must exist; that the id is new to Calls too is
/// checked by the caller).
pub(crate) fn add_recording(
    live: &mut LiveState,
    seed: &CloudRecordingSeed,
    now: i64,
) -> Result<(), String> {
    let target_exists =
        matches!(&seed.target, Target::LiveEvent(id) if live.events.contains_key(id));
    seed.add_to(&mut live.recordings, target_exists, now)
}
