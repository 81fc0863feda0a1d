//! Cloud recordings: copy a completed group-call recording into your own S3 bucket.
//!
//! The bucket must be in the same AWS region as the Sendbird application and the IAM user
//! needs `s3:PutObject` and `s3:ListBucket`. Only `completed` recordings can be copied;
//! recordings written straight to your S3 storage cannot be copied from Sendbird. Find
//! recording ids in a room's (or direct call's) `cloud_recordings`.

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::SecretString;

pub use models::*;

use crate::{CallsClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the cloud recordings family.
    registry: pub const ENDPOINTS;
    client: CallsClient;
    pending: Pending;

    /// Entry points for cloud recordings: `calls.cloud_recordings()`.
    family CloudRecordings = cloud_recordings() {
        /// Copies a completed cloud recording to an S3 bucket in the application's AWS region.
        fn copy -> pub struct CopyCloudRecording {
            operation: "copy_cloud_recording",
            request: POST "/cloud-recordings/{recording_id}/copy",
            idempotent: no,
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
        }
    }
}
