//! Cloud recordings: copy a completed group-call recording into your own S3 bucket.
//!
//! The bucket must be in the same AWS region as the Sendbird application and the IAM user
//! needs `s3:PutObject` and `s3:ListBucket`. Only `completed` recordings can be copied;
//! recordings written straight to your S3 storage cannot be copied from Sendbird. Find
//! recording ids in a room's (or direct call's) `cloud_recordings`.

mod models;
#[cfg(test)]
mod tests;

pub use models::*;

use crate::{CallsClient, Pending};

sendbird_core::__cloud_recordings_family! {
    client: CallsClient;
    pending: Pending;
    response: CopyCloudRecordingResponse;
    /// Entry points for cloud recordings: `calls.cloud_recordings()`.
    family;
    /// Copies a completed cloud recording to an S3 bucket in the application's AWS region.
    copy;
    /// The recording id.
    recording_id;
}
