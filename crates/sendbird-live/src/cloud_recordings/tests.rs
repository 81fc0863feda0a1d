//! Unit tests: the cloud recording copy on the wire, its fixture decoded, and its entry point.

use super::*;
use crate::test_support::KIT;
use crate::LiveErrorExt;
use sendbird_core::test_util::{json_body, path_and_query, ScriptedTransport};
use sendbird_core::Idempotency;

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
    let request = KIT.assert_wire(
        &endpoint(),
        "POST",
        "/v1/cloud-recordings/rec%2F1%20%C3%BC/copy",
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
    let info = CopyCloudRecording::INFO;
    assert_eq!(
        info.meta.idempotency,
        Idempotency::No,
        "a copy is not retried"
    );
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
    let empty = KIT.decode::<CopyCloudRecording>();
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
    let transport = ScriptedTransport::new().ok_json("{}").status(
        400,
        r#"{"code":400200,"type":"NOT_FOUND","message":"no recording"}"#,
    );
    let live = KIT.client::<LiveClient>(&transport);
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
    let targets: Vec<_> = transport
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method(), path_and_query(r)))
        .collect();
    assert_eq!(
        targets,
        [
            "POST /v1/cloud-recordings/rec-1/copy",
            "POST /v1/cloud-recordings/missing/copy",
        ]
    );
}
