//! Cloud recordings (Calls and Live) and `POST /cloud-recordings/{recording_id}/copy`.
//!
//! Recordings are made by Sendbird's media servers, never through the Platform API, so
//! they only come from seeding ([`CloudRecordingSeed`](crate::CloudRecordingSeed)). Calls
//! keeps the recordings of rooms and direct calls, Live those of live events; the copy
//! endpoint is claimed by whichever product owns the recording id.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::errors::{invalid, missing, not_found, to_v1};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;

/// What a recording belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A group call room.
    Room(String),
    /// A direct call.
    DirectCall(String),
    /// A live event.
    LiveEvent(String),
}

/// A cloud recording.
#[derive(Debug, Clone)]
pub(crate) struct CloudRecording {
    pub(crate) recording_id: String,
    pub(crate) target: Target,
    /// Video (`call_video` / `room_video`) or audio only.
    pub(crate) video: bool,
    pub(crate) status: String,
    pub(crate) started_at: i64,
    pub(crate) stopped_at: Option<i64>,
    pub(crate) byte_size: u64,
}

/// Statuses a Calls recording can have.
pub(crate) const CALLS_STATUSES: &[&str] = &["recording", "uploading", "completed", "failed"];
/// Statuses a Live recording can have.
pub(crate) const LIVE_STATUSES: &[&str] = &[
    "ready",
    "recording",
    "paused",
    "uploading",
    "completed",
    "failed",
];

impl CloudRecording {
    /// The `target_event_type` value.
    pub(crate) fn target_event_type(&self) -> &'static str {
        match (&self.target, self.video) {
            (Target::Room(_), true) => "room_video",
            (Target::Room(_), false) => "room_audio",
            (Target::DirectCall(_), true) => "call_video",
            (Target::DirectCall(_), false) => "call_audio",
            (Target::LiveEvent(_), _) => "live",
        }
    }

    /// The recording resource.
    pub(crate) fn to_json(&self) -> Value {
        let duration = self
            .stopped_at
            .map_or(0, |stopped| stopped.saturating_sub(self.started_at).max(0));
        let mut value = json!({
            "recording_id": self.recording_id,
            "target_event_type": self.target_event_type(),
            "status": self.status,
            "started_at": self.started_at,
            "stopped_at": crate::render::opt_ms(self.stopped_at),
            "duration": duration,
            "byte_size": self.byte_size,
            "media_type": if self.video { "video" } else { "audio" },
        });
        if let Value::Object(map) = &mut value {
            let (field, id) = match &self.target {
                Target::Room(id) => ("room_id", id),
                Target::DirectCall(id) => ("call_id", id),
                Target::LiveEvent(id) => ("live_event_id", id),
            };
            map.insert(field.into(), json!(id));
        }
        value
    }
}

/// The recordings of one target, as a JSON array.
pub(crate) fn of_target(
    recordings: &BTreeMap<String, CloudRecording>,
    target: &Target,
) -> Vec<Value> {
    recordings
        .values()
        .filter(|r| &r.target == target)
        .map(CloudRecording::to_json)
        .collect()
}

/// The destination of a copy, after validation.
#[derive(Debug)]
pub(crate) struct CopyRequest {
    bucket: String,
    region: String,
}

/// Validates the copy body: `access_key`, `secret_key`, `bucket` and `region` are required
/// non-empty strings (400111 when absent or empty, 400100 when not strings).
pub(crate) fn copy_request(p: &Params) -> Result<CopyRequest, ApiError> {
    let mut values = Vec::new();
    for name in ["access_key", "secret_key", "bucket", "region"] {
        match p.str(name).map_err(to_v1)? {
            Some(value) if !value.trim().is_empty() => values.push(value),
            _ => return Err(missing(name)),
        }
    }
    let region = values.pop().unwrap_or_default();
    let bucket = values.pop().unwrap_or_default();
    Ok(CopyRequest { bucket, region })
}

/// Answers a copy of `recording` (only completed recordings can be copied: 400100).
pub(crate) fn copy(recording: &CloudRecording, request: &CopyRequest, now_ms: i64) -> Answer {
    if recording.status != "completed" {
        return Err(invalid(format!(
            "Only completed recordings can be copied; \"{}\" is {}.",
            recording.recording_id, recording.status
        )));
    }
    let extension = if recording.video { "mp4" } else { "m4a" };
    Ok(json!({
        "cloud_recording": recording.to_json(),
        "copy": {
            "status": "requested",
            "bucket": request.bucket,
            "region": request.region,
            "object_key": format!("{}.{extension}", recording.recording_id),
            "requested_at": now_ms,
        }
    }))
}

/// The copy of an unknown recording.
pub(crate) fn unknown(recording_id: &str) -> ApiError {
    not_found(&format!("Cloud recording \"{recording_id}\""))
}
