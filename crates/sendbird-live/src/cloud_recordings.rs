//! Cloud recordings: copy a completed recording into your own S3 bucket.

use sendbird_core::SecretString;
use serde::{Deserialize, Serialize};

use crate::{LiveClient, Pending};

/// The response of [`CopyCloudRecording`].
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

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Copies a `completed` cloud recording to an AWS S3 bucket in the same region as the
    /// Sendbird application. The IAM user needs `s3:PutObject` and `s3:ListBucket`; the file
    /// is uploaded in 5 MB requests.
    ///
    /// The AWS keys are [`SecretString`]s: `Debug` never shows them.
    pub struct CopyCloudRecording {
        operation: "copy_cloud_recording",
        request: POST "/cloud-recordings/{recording_id}/copy",
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
        optional {}
    }
}

/// Entry points for cloud recordings: `live.cloud_recordings()`.
#[derive(Debug, Clone, Copy)]
pub struct CloudRecordings<'a> {
    live: &'a LiveClient,
}

impl LiveClient {
    /// The cloud recordings family.
    pub fn cloud_recordings(&self) -> CloudRecordings<'_> {
        CloudRecordings { live: self }
    }
}

impl<'a> CloudRecordings<'a> {
    /// Copies a completed recording to an S3 bucket (same region as the application).
    pub fn copy(
        self,
        recording_id: impl Into<String>,
        access_key: impl Into<SecretString>,
        secret_key: impl Into<SecretString>,
        bucket: impl Into<String>,
        region: impl Into<String>,
    ) -> Pending<'a, CopyCloudRecording> {
        self.live.request(CopyCloudRecording::new(
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
    use crate::test_support::{
        decode_fixture, fake, fixture_bytes, json_body, path_and_query, wire,
    };
    use crate::LiveErrorExt;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    fn endpoint() -> CopyCloudRecording {
        CopyCloudRecording::new(
            "rec/1 ü",
            "AKIAEXAMPLE",
            SECRET,
            "my-bucket",
            "ap-northeast-2",
        )
    }

    #[test]
    fn copy_cloud_recording_on_the_wire() {
        let request = wire(&endpoint());
        assert_eq!(request.method(), "POST");
        assert_eq!(
            path_and_query(&request),
            "/v1/cloud-recordings/rec%2F1%20%C3%BC/copy"
        );
        assert_eq!(
            request.headers()["content-type"],
            "application/json; charset=utf8"
        );
        assert_eq!(
            json_body(&request),
            serde_json::json!({
                "access_key": "AKIAEXAMPLE",
                "secret_key": SECRET,
                "bucket": "my-bucket",
                "region": "ap-northeast-2",
            })
        );
        let check = CopyCloudRecording::INFO
            .check_request
            .expect("a body checker");
        check(request.body()).expect("the body matches the declaration");
        check(&fixture_bytes("requests", "copy_cloud_recording")).expect("request fixture");
        let info = CopyCloudRecording::INFO;
        assert!(!info.meta.idempotent, "a copy is not retried");
    }

    #[test]
    fn aws_keys_never_show_in_debug() {
        let endpoint = endpoint();
        for shown in [format!("{endpoint:?}"), format!("{endpoint:#?}")] {
            assert!(!shown.contains(SECRET), "{shown}");
            assert!(!shown.contains("AKIAEXAMPLE"), "{shown}");
            assert!(shown.contains("my-bucket"));
        }
        assert_eq!(endpoint.secret_key.expose(), SECRET);
    }

    #[test]
    fn decodes_the_response() {
        let empty = decode_fixture::<CopyCloudRecording>("copy_cloud_recording");
        assert!(empty.fields.is_empty());
        let body = bytes::Bytes::from_static(br#"{"recording_id":"rec-1","status":"completed"}"#);
        let kept =
            <CopyCloudRecording as sendbird_core::Endpoint>::decode_response(&body).expect("json");
        assert_eq!(kept.fields["recording_id"], "rec-1");
        let none =
            <CopyCloudRecording as sendbird_core::Endpoint>::decode_response(&bytes::Bytes::new())
                .expect("no body");
        assert!(none.fields.is_empty());
    }

    #[tokio::test]
    async fn entry_point_sends_the_keys_and_reports_errors() {
        let (live, seen) = fake(|_, target| {
            if target.contains("missing") {
                (
                    400,
                    r#"{"code":400200,"type":"NOT_FOUND","message":"no recording"}"#.to_owned(),
                )
            } else {
                (200, "{}".to_owned())
            }
        });
        let recordings = live.cloud_recordings();
        recordings
            .copy("rec-1", "AKIAEXAMPLE", SECRET, "b", "us-east-1")
            .await
            .expect("copied");
        let err = recordings
            .copy("missing", "AKIAEXAMPLE", SECRET, "b", "us-east-1")
            .await
            .expect_err("not found");
        assert!(err.is_not_found());
        assert!(!format!("{err:?}").contains(SECRET));
        let targets: Vec<_> = seen
            .lock()
            .expect("lock")
            .iter()
            .map(|(m, t)| format!("{m} {t}"))
            .collect();
        assert_eq!(
            targets,
            [
                "POST /v1/cloud-recordings/rec-1/copy",
                "POST /v1/cloud-recordings/missing/copy",
            ]
        );
    }
}
