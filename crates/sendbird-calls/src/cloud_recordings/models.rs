//! The response body of the cloud recordings endpoint.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::models::CloudRecording;

/// The response of [`CopyCloudRecording`](super::CopyCloudRecording). Sendbird's answer is not
/// documented: a `cloud_recording` object is read when present and every other field is kept
/// in `extra`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CopyCloudRecordingResponse {
    /// The recording, when Sendbird returns it.
    #[serde(default)]
    pub cloud_recording: Option<CloudRecording>,
    /// Any other field of the answer.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
