//! Seed data for Live: live events with fixed ids, hosts and participants.
//!
//! Hosts and participants enter live events through client SDKs, never through the
//! Platform API, so seeding is the only way to get them into the emulator.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::events::{EventState, LiveEvent, MAX_HOST_IDS};
use super::hosts::Host;
use super::participants::Participant;
use super::LiveState;
use crate::calls::common::uuid;
use crate::calls::custom_items;
use crate::state::State;

/// A live event to seed, with a fixed id, in the `created` state (drive it further with
/// `POST .../ready`, `POST .../start` and `DELETE`).
///
/// ```
/// use sendbird_emulator::{LiveEventSeed, Seed};
///
/// let seed = Seed::new().live_event(
///     LiveEventSeed::new("event-1", ["alice"])
///         .title("Launch")
///         .created_by("alice"),
/// );
/// # let _ = seed;
/// ```
#[derive(Debug, Clone)]
pub struct LiveEventSeed {
    live_event_id: String,
    user_ids_for_host: Vec<String>,
    title: String,
    cover_url: String,
    created_at: Option<i64>,
    created_by: String,
    custom_items: BTreeMap<String, String>,
}

impl LiveEventSeed {
    /// An event with this id whose host may be any of `user_ids_for_host` (1–10 ids).
    pub fn new<I, S>(live_event_id: impl Into<String>, user_ids_for_host: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            live_event_id: live_event_id.into(),
            user_ids_for_host: user_ids_for_host.into_iter().map(Into::into).collect(),
            title: String::new(),
            cover_url: String::new(),
            created_at: None,
            created_by: String::new(),
            custom_items: BTreeMap::new(),
        }
    }

    /// The title (≤ 191 characters).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// The cover image URL.
    pub fn cover_url(mut self, url: impl Into<String>) -> Self {
        self.cover_url = url.into();
        self
    }

    /// When the event was created, Unix ms (default: when the seed is applied). Lists sort
    /// newest first by this time.
    pub fn created_at(mut self, ms: i64) -> Self {
        self.created_at = Some(ms);
        self
    }

    /// The user who created the event (default `""`, as for the Platform API).
    pub fn created_by(mut self, user_id: impl Into<String>) -> Self {
        self.created_by = user_id.into();
        self
    }

    /// Adds a custom item.
    pub fn custom_item(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.custom_items.insert(key.into(), value.into());
        self
    }
}

/// A host entering a live event (single host: at most one host is in the event at once).
///
/// The state follows from the timestamps: `exited` once `exited_at` is set, else
/// `disconnected`, else `connected`, else `entered`. A connected host of an `ongoing` event
/// makes `is_host_streaming` true.
///
/// ```
/// use sendbird_emulator::LiveHostSeed;
///
/// let host = LiveHostSeed::new("event-1", "alice").connected_at(1_700_000_000_500);
/// # let _ = host;
/// ```
#[derive(Debug, Clone)]
pub struct LiveHostSeed {
    live_event_id: String,
    user_id: String,
    host_id: Option<String>,
    client_id: Option<String>,
    entered_at: Option<i64>,
    connected_at: Option<i64>,
    disconnected_at: Option<i64>,
    exited_at: Option<i64>,
    is_audio_on: bool,
    is_video_on: bool,
}

impl LiveHostSeed {
    /// `user_id` (one of the event's `user_ids_for_host`) entering now, audio and video on.
    pub fn new(live_event_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            live_event_id: live_event_id.into(),
            user_id: user_id.into(),
            host_id: None,
            client_id: None,
            entered_at: None,
            connected_at: None,
            disconnected_at: None,
            exited_at: None,
            is_audio_on: true,
            is_video_on: true,
        }
    }

    /// A fixed host id (default: a random UUID).
    pub fn host_id(mut self, host_id: impl Into<String>) -> Self {
        self.host_id = Some(host_id.into());
        self
    }

    /// A fixed client id (default: a random UUID).
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.client_id = Some(client_id.into());
        self
    }

    /// When the host entered, Unix ms (default: when the seed is applied).
    pub fn entered_at(mut self, ms: i64) -> Self {
        self.entered_at = Some(ms);
        self
    }

    /// When the host's media connected, Unix ms.
    pub fn connected_at(mut self, ms: i64) -> Self {
        self.connected_at = Some(ms);
        self
    }

    /// When the host's media disconnected, Unix ms.
    pub fn disconnected_at(mut self, ms: i64) -> Self {
        self.disconnected_at = Some(ms);
        self
    }

    /// When the host exited, Unix ms.
    pub fn exited_at(mut self, ms: i64) -> Self {
        self.exited_at = Some(ms);
        self
    }

    /// Whether the host's audio is on (default true).
    pub fn audio(mut self, on: bool) -> Self {
        self.is_audio_on = on;
        self
    }

    /// Whether the host's video is on (default true).
    pub fn video(mut self, on: bool) -> Self {
        self.is_video_on = on;
        self
    }
}

/// A participant (viewer) entering a live event. Present participants need a `ready` or
/// `ongoing` event; exited ones may also be seeded into `ended` events.
///
/// ```
/// use sendbird_emulator::LiveParticipantSeed;
///
/// let watching = LiveParticipantSeed::new("event-1", "carol");
/// let left = LiveParticipantSeed::new("event-1", "dave")
///     .entered_at(1_700_000_000_000)
///     .exited_at(1_700_000_060_000);
/// # let _ = (watching, left);
/// ```
#[derive(Debug, Clone)]
pub struct LiveParticipantSeed {
    live_event_id: String,
    user_id: String,
    participant_id: Option<String>,
    client_id: Option<String>,
    entered_at: Option<i64>,
    exited_at: Option<i64>,
}

impl LiveParticipantSeed {
    /// `user_id` entering the event now.
    pub fn new(live_event_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            live_event_id: live_event_id.into(),
            user_id: user_id.into(),
            participant_id: None,
            client_id: None,
            entered_at: None,
            exited_at: None,
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

    /// When the participant exited, Unix ms.
    pub fn exited_at(mut self, ms: i64) -> Self {
        self.exited_at = Some(ms);
        self
    }
}

/// One Live seed step.
#[derive(Debug, Clone)]
pub(crate) enum LiveSeedStep {
    Event(LiveEventSeed),
    Host(LiveHostSeed),
    Participant(LiveParticipantSeed),
}

/// Applies one step to the Live state.
pub(crate) fn apply(state: &State, step: &LiveSeedStep) -> Result<(), String> {
    let now = state.clock.now_ms();
    let mut live = state.live.lock().unwrap_or_else(|e| e.into_inner());
    match step {
        LiveSeedStep::Event(seed) => add_event(&mut live, seed, now),
        LiveSeedStep::Host(seed) => add_host(&mut live, seed, now),
        LiveSeedStep::Participant(seed) => add_participant(&mut live, seed, now),
    }
}

fn add_event(live: &mut LiveState, seed: &LiveEventSeed, now: i64) -> Result<(), String> {
    if seed.live_event_id.is_empty() {
        return Err("the live event id can't be empty".to_owned());
    }
    if live.events.contains_key(&seed.live_event_id) {
        return Err(format!(
            "live event {:?} already exists",
            seed.live_event_id
        ));
    }
    if seed.user_ids_for_host.is_empty()
        || seed.user_ids_for_host.len() > MAX_HOST_IDS
        || seed.user_ids_for_host.iter().any(String::is_empty)
    {
        return Err(format!(
            "user_ids_for_host needs 1 to {MAX_HOST_IDS} non-empty ids"
        ));
    }
    if seed.title.chars().count() > super::events::MAX_TITLE_CHARS {
        return Err("the title is too long".to_owned());
    }
    let object: Map<String, Value> = seed
        .custom_items
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    let items = custom_items::validate(&object).map_err(|e| e.message)?;
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
    let event = live
        .events
        .get_mut(&seed.live_event_id)
        .ok_or_else(|| format!("live event {:?} not found", seed.live_event_id))?;
    if !event.user_ids_for_host.contains(&seed.user_id) {
        return Err(format!(
            "user {:?} is not in user_ids_for_host of {:?}",
            seed.user_id, seed.live_event_id
        ));
    }
    let entered_at = seed.entered_at.unwrap_or(now);
    if [seed.connected_at, seed.disconnected_at, seed.exited_at]
        .into_iter()
        .flatten()
        .any(|t| t < entered_at)
    {
        return Err("a host can't connect, disconnect or exit before entering".to_owned());
    }
    let present = seed.exited_at.is_none();
    if present && event.state == EventState::Ended {
        return Err(format!("live event {:?} has ended", seed.live_event_id));
    }
    if present && event.hosts.iter().any(Host::is_current) {
        return Err(format!(
            "live event {:?} already has a host (single host)",
            seed.live_event_id
        ));
    }
    event.hosts.push(Host {
        seq,
        host_id: seed.host_id.clone().unwrap_or_else(uuid),
        client_id: seed.client_id.clone().unwrap_or_else(uuid),
        user_id: seed.user_id.clone(),
        entered_at,
        connected_at: seed.connected_at,
        disconnected_at: seed.disconnected_at,
        exited_at: seed.exited_at,
        is_audio_on: seed.is_audio_on,
        is_video_on: seed.is_video_on,
    });
    Ok(())
}

fn add_participant(
    live: &mut LiveState,
    seed: &LiveParticipantSeed,
    now: i64,
) -> Result<(), String> {
    let seq = live.next_seq();
    let event = live
        .events
        .get_mut(&seed.live_event_id)
        .ok_or_else(|| format!("live event {:?} not found", seed.live_event_id))?;
    let entered_at = seed.entered_at.unwrap_or(now);
    if seed.exited_at.is_some_and(|x| x < entered_at) {
        return Err("a participant can't exit before entering".to_owned());
    }
    let present = seed.exited_at.is_none();
    let allowed = match event.state {
        EventState::Created => false,
        EventState::Ready | EventState::Ongoing => true,
        EventState::Ended => !present,
    };
    if !allowed {
        return Err(format!(
            "participants can't be in a {} live event",
            event.state.as_str()
        ));
    }
    let participant_id = seed.participant_id.clone().unwrap_or_else(uuid);
    if event
        .participants
        .iter()
        .any(|p| p.participant_id == participant_id)
    {
        return Err(format!("participant {participant_id:?} already exists"));
    }
    event.participants.push(Participant {
        seq,
        participant_id,
        client_id: seed.client_id.clone().unwrap_or_else(uuid),
        user_id: seed.user_id.clone(),
        entered_at,
        exited_at: seed.exited_at,
    });
    event.peak_participant_count = event
        .peak_participant_count
        .max(event.participant_count())
        .max(1);
    Ok(())
}
