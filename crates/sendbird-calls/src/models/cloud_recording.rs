//! Cloud recordings of direct calls and rooms.

use serde::{Deserialize, Serialize};

sendbird_core::string_enum! {
    /// What a cloud recording records.
    pub enum RecordingTargetType {
        /// A direct call, audio only.
        CallAudio,
        /// A direct call, with video.
        CallVideo,
        /// A room, audio only.
        RoomAudio,
        /// A room, with video.
        RoomVideo,
        /// A live event (Live API).
        Live,
    }
}

sendbird_core::string_enum! {
    /// The status of a cloud recording. Only `completed` recordings can be copied.
    pub enum RecordingStatus {
        /// Recording is in progress.
        Recording,
        /// The file is being uploaded.
        Uploading,
        /// Done and ready to download or copy.
        Completed,
        /// Recording failed.
        Failed,
        /// Waiting to start (Live).
        Ready,
        /// Paused (Live).
        Paused,
    }
}

/// A cloud recording, as found in a room's or direct call's `cloud_recordings`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CloudRecording {
    /// The recording id.
    pub recording_id: String,
    /// What is recorded.
    #[serde(default)]
    pub target_event_type: Option<RecordingTargetType>,
    /// The recorded room, for room recordings.
    #[serde(default)]
    pub room_id: Option<String>,
    /// The recorded direct call, for call recordings.
    #[serde(default)]
    pub call_id: Option<String>,
    /// The recording's status.
    #[serde(default)]
    pub status: Option<RecordingStatus>,
    /// When recording started, Unix milliseconds.
    #[serde(default)]
    pub started_at: Option<i64>,
    /// When recording stopped, Unix milliseconds.
    #[serde(default)]
    pub stopped_at: Option<i64>,
    /// The recording's length, in milliseconds.
    #[serde(default)]
    pub duration: Option<i64>,
    /// The file size, in bytes (documented for Live; may be absent for Calls).
    #[serde(default)]
    pub byte_size: Option<u64>,
    /// The file's media type (documented for Live; may be absent for Calls).
    #[serde(default)]
    pub media_type: Option<String>,
}
