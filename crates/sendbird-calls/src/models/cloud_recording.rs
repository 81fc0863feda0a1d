//! Cloud recordings of direct calls and rooms.

sendbird_core::string_enum! {
    /// What a cloud recording records.
    pub enum RecordingTargetType {
        /// A direct call, audio only.
        CallAudio = "call_audio",
        /// A direct call, with video.
        CallVideo = "call_video",
        /// A room, audio only.
        RoomAudio = "room_audio",
        /// A room, with video.
        RoomVideo = "room_video",
        /// A live event (Live API).
        Live = "live",
    }
}

sendbird_core::string_enum! {
    /// The status of a cloud recording. Only `completed` recordings can be copied.
    pub enum RecordingStatus {
        /// Recording is in progress.
        Recording = "recording",
        /// The file is being uploaded.
        Uploading = "uploading",
        /// Done and ready to download or copy.
        Completed = "completed",
        /// Recording failed.
        Failed = "failed",
        /// Waiting to start (Live).
        Ready = "ready",
        /// Paused (Live).
        Paused = "paused",
    }
}

sendbird_core::cloud_recording_model! {
    /// A cloud recording, as found in a room's or direct call's `cloud_recordings`.
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
    }
}
