//! The live event resource and its state machine.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{CloudRecording, Host};

sendbird_core::string_enum! {
    /// How a live event is hosted. `single_host` is the only documented value.
    pub enum HostType {
        /// One host streams at a time (`single_host`).
        SingleHost,
    }
}

sendbird_core::string_enum! {
    /// The kind of media a live event carries, fixed at creation (Live SDK field
    /// `live_event_type`; not in the Platform API reference).
    pub enum LiveEventType {
        /// Audio and video (`live_event_for_video`).
        Video = "live_event_for_video",
        /// Audio only (`live_event_for_audio_only`).
        AudioOnly = "live_event_for_audio_only",
    }
}

sendbird_core::string_enum! {
    /// The state of a live event: `created` → `ready` → `ongoing` → `ended`.
    ///
    /// ```
    /// use sendbird_live::models::LiveEventState;
    ///
    /// assert!(LiveEventState::Created.can_transition_to(&LiveEventState::Ready));
    /// assert!(!LiveEventState::Ended.can_transition_to(&LiveEventState::Ongoing));
    /// let unknown: LiveEventState = "paused".into();
    /// assert_eq!(unknown, LiveEventState::Unknown("paused".into()));
    /// ```
    pub enum LiveEventState {
        /// Created: hosts may enter and stream; participants cannot enter yet.
        Created,
        /// Ready: participants may enter and chat but receive no media yet.
        Ready,
        /// Ongoing: participants receive the host's media.
        Ongoing,
        /// Ended: participants were forced out; nothing else can happen.
        Ended,
    }
}

impl LiveEventState {
    /// Whether a live event in this state can move to `next` through the Platform API:
    /// `created → ready` ([set ready](crate::live_events::SetLiveEventReady)),
    /// `created | ready → ongoing` ([start](crate::live_events::StartLiveEvent); setting an
    /// event ready first is optional), and `created | ready | ongoing → ended`
    /// ([end](crate::live_events::EndLiveEvent)). States never go back, an ended event stays
    /// ended, and an unknown state allows nothing.
    pub fn can_transition_to(&self, next: &LiveEventState) -> bool {
        use LiveEventState::{Created, Ended, Ongoing, Ready};
        matches!(
            (self, next),
            (Created, Ready) | (Created | Ready, Ongoing) | (Created | Ready | Ongoing, Ended)
        )
    }

    /// The states this one can move to (see [`can_transition_to`](Self::can_transition_to)).
    pub fn next_states(&self) -> &'static [LiveEventState] {
        use LiveEventState::{Created, Ended, Ongoing, Ready};
        match self {
            Created => &[Ready, Ongoing, Ended],
            Ready => &[Ongoing, Ended],
            Ongoing => &[Ended],
            Ended | LiveEventState::Unknown(_) => &[],
        }
    }

    /// `true` for `ended`, the final state.
    pub fn is_terminal(&self) -> bool {
        matches!(self, LiveEventState::Ended)
    }

    /// `true` when participants may be in the event (`ready` or `ongoing`).
    pub fn admits_participants(&self) -> bool {
        matches!(self, LiveEventState::Ready | LiveEventState::Ongoing)
    }
}

/// A live event.
///
/// Every timestamp and duration is in Unix milliseconds. The `*_by` fields are empty strings
/// when the action came from the Platform API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LiveEvent {
    /// The unique live event id.
    pub live_event_id: String,
    /// How the event is hosted (`single_host`).
    #[serde(default)]
    pub host_type: Option<HostType>,
    /// Video or audio-only (reported by the Live SDK; may be absent).
    #[serde(default)]
    pub live_event_type: Option<LiveEventType>,
    /// The current state.
    #[serde(default)]
    pub state: Option<LiveEventState>,
    /// When the event was created, Unix milliseconds.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// When the event was set to ready, Unix milliseconds; `null` before.
    #[serde(default)]
    pub set_ready_at: Option<i64>,
    /// When the event started, Unix milliseconds; `null` before.
    #[serde(default)]
    pub started_at: Option<i64>,
    /// When the event ended, Unix milliseconds; `null` before.
    #[serde(default)]
    pub ended_at: Option<i64>,
    /// Who created the event (empty when done through the Platform API).
    #[serde(default)]
    pub created_by: Option<String>,
    /// Who set the event ready (empty when done through the Platform API).
    #[serde(default)]
    pub set_ready_by: Option<String>,
    /// Who started the event (empty when done through the Platform API).
    #[serde(default)]
    pub started_by: Option<String>,
    /// Who ended the event (empty when done through the Platform API).
    #[serde(default)]
    pub ended_by: Option<String>,
    /// Whether the host is streaming while the event is ongoing (default `false`).
    #[serde(default)]
    pub is_host_streaming: Option<bool>,
    /// The host (single-host events); `null` while nobody hosts.
    #[serde(default)]
    pub host: Option<Host>,
    /// The hosts, when the server reports several (multi-host events, seen in the Live SDK).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub hosts: Vec<Host>,
    /// From creation to end, in milliseconds.
    #[serde(default)]
    pub duration: Option<i64>,
    /// Devices and browsers currently connected as participants.
    #[serde(default)]
    pub participant_count: Option<u64>,
    /// The highest concurrent participant count so far.
    #[serde(default)]
    pub peak_participant_count: Option<u64>,
    /// Every participant that ever entered (and exited) the event.
    #[serde(default)]
    pub cumulative_participant_count: Option<u64>,
    /// The users who may host (at most 10).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub user_ids_for_host: Vec<String>,
    /// The title (at most 191 characters).
    #[serde(default)]
    pub title: Option<String>,
    /// The cover image URL (at most 2,048 characters).
    #[serde(default)]
    pub cover_url: Option<String>,
    /// Custom key-value items.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub custom_items: HashMap<String, String>,
    /// The event's cloud recordings, when cloud recording is enabled.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub cloud_recordings: Vec<CloudRecording>,
}

impl LiveEvent {
    /// Whether the event can move to `next` from its current state (`false` when the state
    /// is missing or unknown). See [`LiveEventState::can_transition_to`].
    pub fn can_transition_to(&self, next: &LiveEventState) -> bool {
        self.state
            .as_ref()
            .is_some_and(|state| state.can_transition_to(next))
    }

    /// Every host the response names: `host` first, then `hosts` (without repeating it).
    pub fn all_hosts(&self) -> impl Iterator<Item = &Host> {
        super::host::host_then_hosts(self.host.as_ref(), &self.hosts)
    }
}

/// The `{"live_event": {...}}` envelope returned by every single-event endpoint (create, get,
/// update, ready, start, end).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LiveEventResponse {
    /// The live event.
    pub live_event: LiveEvent,
}

sendbird_core::list_page! {
    /// The response of [`ListLiveEvents`](crate::live_events::ListLiveEvents).
    pub struct ListLiveEventsResponse with prev {
        /// The live events of this page.
        live_events: Vec<LiveEvent>,
    }
}
