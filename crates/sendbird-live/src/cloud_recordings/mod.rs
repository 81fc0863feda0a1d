//! Cloud recordings: copy a completed recording into your own S3 bucket.

mod models;
#[cfg(test)]
mod tests;

pub use models::*;

use crate::{LiveClient, Pending};

sendbird_core::__cloud_recordings_family! {
    client: LiveClient;
    pending: Pending;
    response: CopyCloudRecordingResponse;
    /// Entry points for cloud recordings: `live.cloud_recordings()`.
    family;
    /// Copies a `completed` cloud recording to an AWS S3 bucket in the same region as the
    /// Sendbird application. The IAM user needs `s3:PutObject` and `s3:ListBucket`; the file
    /// is uploaded in 5 MB requests.
    ///
    /// The AWS keys are [`SecretString`](sendbird_core::SecretString)s: `Debug` never shows
    /// them.
    copy;
    /// The recording id (from a live event's `cloud_recordings`).
    recording_id;
}
