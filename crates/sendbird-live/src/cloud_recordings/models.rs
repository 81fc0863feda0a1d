//! The response body of the cloud recordings endpoint.

use serde::{Deserialize, Serialize};

/// The response of [`CopyCloudRecording`](super::CopyCloudRecording).
///
/// Sendbird does not document this body, so every field it sends is kept as JSON in
/// [`fields`](Self::fields) (typed fields may be added later).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CopyCloudRecordingResponse {
    /// The response's fields, as sent.
    #[serde(flatten)]
    pub fields: serde_json::Map<String, serde_json::Value>,
}
