//! Unit tests: the cloud recording copy on the wire and its fixture decoded.

use super::*;
use crate::models::RecordingStatus;
use crate::test_support::KIT;
use sendbird_core::test_util::json_body;

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
    let request = KIT.assert_wire_json(&endpoint, "POST", "/v1/cloud-recordings/rec%2F1%20%C3%BC/copy", serde_json::json!({ "access_key": "AKIAEXAMPLE", "secret_key": "wJalrXUtnFEMI", "bucket": "my-bucket", "region": "ap-northeast-2" }));
    assert_eq!(
        json_body(&request),
        KIT.request_fixture::<CopyCloudRecording>()
    );
}

#[test]
fn decodes_copy_answer() {
    let answer = KIT.decode::<CopyCloudRecording>();
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
