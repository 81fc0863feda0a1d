//! Cloud recordings: copy a completed group-call recording into your own S3 bucket.
//!
//! The bucket must be in the same AWS region as the Sendbird application and the IAM user
//! needs `s3:PutObject` and `s3:ListBucket`. Only `completed` recordings can be copied;
//! recordings written straight to your S3 storage cannot be copied from Sendbird. Find
//! recording ids in a room's (or direct call's) `cloud_recordings`.

use std::collections::BTreeMap;

use sendbird_core::SecretString;
use serde::{Deserialize, Serialize};

use crate::models::CloudRecording;
use crate::{CallsClient, Pending};

/// The response of [`CopyCloudRecording`]. Sendbird's answer is not documented: a
/// `cloud_recording` object is read when present and every other field is kept in `extra`.
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

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Copies a completed cloud recording to an S3 bucket in the application's AWS region.
    pub struct CopyCloudRecording {
        operation: "copy_cloud_recording",
        request: POST "/cloud-recordings/{recording_id}/copy",
        response: CopyCloudRecordingResponse,
        required {
            /// The recording id.
            path recording_id: String,
            /// The AWS access key id.
            body access_key: SecretString,
            /// The AWS secret access key.
            body secret_key: SecretString,
            /// The target bucket.
            body bucket: String,
            /// The bucket's AWS region; it must be the application's region.
            body region: String,
        }
        optional {}
    }
}

/// Entry points for cloud recordings: `calls.cloud_recordings()`.
#[derive(Debug, Clone, Copy)]
pub struct CloudRecordings<'a> {
    calls: &'a CallsClient,
}

impl CallsClient {
    /// The cloud-recordings family.
    pub fn cloud_recordings(&self) -> CloudRecordings<'_> {
        CloudRecordings { calls: self }
    }
}

impl<'a> CloudRecordings<'a> {
    /// Copies a completed recording into `bucket` (in `region`, the application's region).
    pub fn copy(
        self,
        recording_id: impl Into<String>,
        access_key: impl Into<SecretString>,
        secret_key: impl Into<SecretString>,
        bucket: impl Into<String>,
        region: impl Into<String>,
    ) -> Pending<'a, CopyCloudRecording> {
        self.calls.request(CopyCloudRecording::new(
            recording_id.into(),
            access_key.into(),
            secret_key.into(),
            bucket.into(),
            region.into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::RecordingStatus;
    use crate::test_support::{decode_fixture, json_body, path_and_query, request_fixture, wire};

    #[test]
    fn copy_on_the_wire() {
        let endpoint = CopyCloudRecording::new(
            "rec/1 ü",
            "AKIAEXAMPLE",
            "wJalrXUtnFEMI",
            "my-bucket",
            "ap-northeast-2",
        );
        assert!(!format!("{endpoint:?}").contains("wJalrXUtnFEMI"));
        let request = wire(&endpoint);
        assert_eq!(request.method(), "POST");
        assert_eq!(
            path_and_query(&request),
            "/v1/cloud-recordings/rec%2F1%20%C3%BC/copy"
        );
        assert_eq!(
            json_body(&request),
            serde_json::json!({
                "access_key": "AKIAEXAMPLE",
                "secret_key": "wJalrXUtnFEMI",
                "bucket": "my-bucket",
                "region": "ap-northeast-2"
            })
        );
        assert_eq!(json_body(&request), request_fixture("copy_cloud_recording"));
    }

    #[test]
    fn decodes_copy_answer() {
        let answer = decode_fixture::<CopyCloudRecording>("copy_cloud_recording");
        let recording = answer.cloud_recording.expect("recording");
        assert_eq!(recording.recording_id, "rec_9f2c");
        assert_eq!(recording.status, Some(RecordingStatus::Completed));
        assert_eq!(recording.duration, Some(1_234_000));
        assert_eq!(
            answer.extra.get("bucket").and_then(|v| v.as_str()),
            Some("my-bucket")
        );
        let empty: CopyCloudRecordingResponse = serde_json::from_str("{}").expect("empty");
        assert!(empty.cloud_recording.is_none() && empty.extra.is_empty());
    }
}
