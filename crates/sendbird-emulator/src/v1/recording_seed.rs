//! [`CloudRecordingSeed`]: the only way recordings get into the emulator (Sendbird's media
//! servers make them, never the Platform API).

use std::collections::BTreeMap;

use super::recordings::{CloudRecording, Target, CALLS_STATUSES, LIVE_STATUSES};

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

    builder_setters! {
        /// The status (default `completed`). Calls: `recording`, `uploading`, `completed`,
        /// `failed`; Live also `ready` and `paused`.
        pub fn status(status: impl Into<String>) => status = status.into();
        /// An audio-only recording (`call_audio` / `room_audio`).
        pub fn audio_only() => video = false;
        /// When recording started, Unix ms (default: a minute before the seed is applied).
        pub fn started_at(ms: i64) => started_at = Some(ms);
        /// When recording stopped, Unix ms (default: when the seed is applied, for
        /// `uploading`, `completed` and `failed` recordings).
        pub fn stopped_at(ms: i64) => stopped_at = Some(ms);
        /// The file size in bytes (default 1 MiB).
        pub fn byte_size(bytes: u64) => byte_size = bytes;
    }

    /// Builds the recording into `recordings`, the store of the product that owns its
    /// target; `target_exists` says whether that product holds the target.
    pub(crate) fn add_to(
        &self,
        recordings: &mut BTreeMap<String, CloudRecording>,
        target_exists: bool,
        now: i64,
    ) -> Result<(), String> {
        if recordings.contains_key(&self.recording_id) {
            return Err(format!("recording {:?} already exists", self.recording_id));
        }
        if !target_exists {
            let (kind, id) = match &self.target {
                Target::Room(id) => ("room", id),
                Target::DirectCall(id) => ("direct call", id),
                Target::LiveEvent(id) => ("live event", id),
            };
            return Err(format!("{kind} {id:?} not found"));
        }
        let recording = self.build(now)?;
        recordings.insert(recording.recording_id.clone(), recording);
        Ok(())
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
