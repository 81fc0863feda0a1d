//! The cloud recording resource.

use serde::{Deserialize, Serialize};

sendbird_core::string_enum! {
    /// The status of a Live cloud recording.
    pub enum CloudRecordingStatus {
        /// Will record as soon as the host starts the live event.
        Ready,
        /// Recording.
        Recording,
        /// Paused (no host media during the live event).
        Paused,
        /// The file is being uploaded.
        Uploading,
        /// Done: the file can be downloaded or copied.
        Completed,
        /// The recording failed.
        Failed,
    }
}

sendbird_core::string_enum! {
    /// What a cloud recording records. Live recordings are `live`.
    pub enum RecordingTargetType {
        /// A live event.
        Live,
    }
}

/// A cloud recording of a live event (found in [`LiveEvent::cloud_recordings`]).
///
/// [`LiveEvent::cloud_recordings`]: crate::models::LiveEvent::cloud_recordings
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CloudRecording {
    /// The unique recording id, for [`CopyCloudRecording`](crate::cloud_recordings::CopyCloudRecording)
    /// (an older docs page calls it `record_id`; both decode).
    #[serde(alias = "record_id")]
    pub recording_id: String,
    /// What was recorded (`live`).
    #[serde(default)]
    pub target_event_type: Option<RecordingTargetType>,
    /// The recorded live event.
    #[serde(default)]
    pub live_event_id: Option<String>,
    /// The recording's status; only `completed` recordings can be copied.
    #[serde(default)]
    pub status: Option<CloudRecordingStatus>,
    /// When recording started, Unix milliseconds.
    #[serde(default)]
    pub started_at: Option<i64>,
    /// When recording stopped, Unix milliseconds.
    #[serde(default)]
    pub stopped_at: Option<i64>,
    /// The recorded length, in milliseconds (shorter than the event when it paused).
    #[serde(default)]
    pub duration: Option<i64>,
    /// The file size, in bytes.
    #[serde(default)]
    pub byte_size: Option<u64>,
    /// The media type of the file.
    #[serde(default)]
    pub media_type: Option<String>,
}
