//! The participant resource.

use serde::{Deserialize, Serialize};

use super::LiveUser;

sendbird_core::string_enum! {
    /// The state of a participant (not enumerated by the Platform API docs; these two are
    /// the ones seen in responses and the Live SDK).
    pub enum ParticipantState {
        /// The participant is in the live event.
        Entered,
        /// The participant left the live event.
        Exited,
    }
}

/// A participant (one device or browser) of a live event. Timestamps and durations are Unix
/// milliseconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Participant {
    /// The unique participant id.
    pub participant_id: String,
    /// The live event the participant belongs to.
    #[serde(default)]
    pub live_event_id: Option<String>,
    /// The id of the participant's client (device/browser).
    #[serde(default)]
    pub client_id: Option<String>,
    /// The user behind the participant.
    #[serde(default)]
    pub user: Option<LiveUser>,
    /// The participant's state.
    #[serde(default)]
    pub state: Option<ParticipantState>,
    /// When the participant entered, Unix milliseconds.
    #[serde(default)]
    pub entered_at: Option<i64>,
    /// When the participant left, Unix milliseconds; `null` while present.
    #[serde(default)]
    pub exited_at: Option<i64>,
    /// From entering to leaving, in milliseconds.
    #[serde(default)]
    pub duration: Option<i64>,
}

sendbird_core::list_page! {
    /// The response of [`ListParticipants`](crate::live_events::ListParticipants).
    pub struct ListParticipantsResponse with prev {
        /// The participants of this page.
        participants: Vec<Participant>,
    }
}
