//! Group-call rooms and their participants.

use sendbird_core::IntoParam;
use serde::{Deserialize, Serialize};

use super::{CallUser, CloudRecording, CustomItems};

sendbird_core::string_enum! {
    /// The kind of a room (`room_type`; `type` when creating one).
    pub enum RoomType {
        /// Audio and video, up to 6 participants.
        SmallRoomForVideo,
        /// Audio only, up to 100 participants (older SDK docs said 20 or 25).
        LargeRoomForAudioOnly,
    }
}

sendbird_core::string_enum! {
    /// The `type` filter of the room list: one room type, or all (the default).
    pub enum RoomTypeFilter {
        /// Rooms of every type.
        All,
        /// Only audio-and-video rooms.
        SmallRoomForVideo,
        /// Only audio-only rooms.
        LargeRoomForAudioOnly,
    }
}

impl From<RoomType> for RoomTypeFilter {
    fn from(value: RoomType) -> Self {
        RoomTypeFilter::from(value.as_str())
    }
}

impl IntoParam<RoomTypeFilter> for RoomType {
    fn into_param(self) -> RoomTypeFilter {
        self.into()
    }
}

sendbird_core::string_enum! {
    /// The state of a room. A deleted room cannot be reopened.
    pub enum RoomState {
        /// Users can enter the room.
        Open,
        /// Users can no longer enter the room.
        Deleted,
    }
}

sendbird_core::string_enum! {
    /// The state of a room participant.
    pub enum ParticipantState {
        /// The participant entered the room.
        Entered,
        /// The participant is connected and streaming media.
        Connected,
        /// The participant left the room.
        Exited,
    }
}

/// A group-call room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Room {
    /// The room id.
    pub room_id: String,
    /// The kind of room.
    #[serde(default)]
    pub room_type: Option<RoomType>,
    /// The room's state.
    #[serde(default)]
    pub state: Option<RoomState>,
    /// When the room was created, Unix milliseconds.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// When the room was last updated, Unix milliseconds.
    #[serde(default)]
    pub updated_at: Option<i64>,
    /// Who created the room; empty when it was created through the Platform API.
    #[serde(default)]
    pub created_by: Option<String>,
    /// Who deleted the room; empty when it was deleted through the Platform API.
    #[serde(default)]
    pub deleted_by: Option<String>,
    /// The participants currently in the room.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub current_participants: Vec<RoomParticipant>,
    /// The room's custom items.
    #[serde(default)]
    pub custom_items: CustomItems,
    /// Cloud recordings of the room, when cloud recording is on.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub cloud_recordings: Vec<CloudRecording>,
}

/// One participant of a room: one entry per device or browser tab a user entered from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoomParticipant {
    /// The participant id.
    pub participant_id: String,
    /// The room.
    #[serde(default)]
    pub room_id: Option<String>,
    /// The client (device) the participant entered from.
    #[serde(default)]
    pub client_id: Option<String>,
    /// The user behind the participant.
    #[serde(default)]
    pub user: Option<CallUser>,
    /// The participant's state.
    #[serde(default)]
    pub state: Option<ParticipantState>,
    /// When the participant entered, Unix milliseconds.
    #[serde(default)]
    pub entered_at: Option<i64>,
    /// When the participant was last updated, Unix milliseconds.
    #[serde(default)]
    pub updated_at: Option<i64>,
    /// When the participant connected, Unix milliseconds; `None` until connected.
    #[serde(default)]
    pub connected_at: Option<i64>,
    /// When the participant left, Unix milliseconds; `None` until they leave.
    #[serde(default)]
    pub exited_at: Option<i64>,
    /// Time from entering to leaving, in **seconds** per the docs; `None` until they leave.
    #[serde(default)]
    pub duration: Option<i64>,
    /// Whether the participant's audio is on.
    #[serde(default)]
    pub is_audio_on: Option<bool>,
    /// Whether the participant's video is on.
    #[serde(default)]
    pub is_video_on: Option<bool>,
}
