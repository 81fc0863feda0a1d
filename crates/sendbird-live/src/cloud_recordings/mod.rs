//! Cloud recordings: copy a completed recording into your own S3 bucket.

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::SecretString;

pub use models::*;

use crate::{LiveClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the cloud recordings family.
    registry: pub const ENDPOINTS;
    client: LiveClient;
    pending: Pending;

    /// Entry points for cloud recordings: `live.cloud_recordings()`.
    family CloudRecordings = cloud_recordings() {
        /// Copies a `completed` cloud recording to an AWS S3 bucket in the same region as the
        /// Sendbird application. The IAM user needs `s3:PutObject` and `s3:ListBucket`; the file
        /// is uploaded in 5 MB requests.
        ///
        /// The AWS keys are [`SecretString`]s: `Debug` never shows them.
        fn copy -> pub struct CopyCloudRecording {
            operation: "copy_cloud_recording",
            request: POST "/cloud-recordings/{recording_id}/copy",
            idempotent: no,
            response: CopyCloudRecordingResponse,
            required {
                /// The recording id (from a live event's `cloud_recordings`).
                path recording_id: String,
                /// The AWS access key id.
                body access_key: SecretString,
                /// The AWS secret access key.
                body secret_key: SecretString,
                /// The target bucket.
                body bucket: String,
                /// The bucket's AWS region; must be the Sendbird application's region.
                body region: String,
            }
        }
    }
}
