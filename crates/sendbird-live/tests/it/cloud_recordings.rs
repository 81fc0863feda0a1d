//! Live cloud recordings (seeded) and copying them to S3, against the emulator.

use sendbird_emulator::{CloudRecordingSeed, LiveEventSeed, Seed};
use sendbird_live::models::{CloudRecordingStatus, RecordingTargetType};
use sendbird_live::LiveErrorCode;

use crate::support::{expect_live_error, get_event, seeded, T0};
use sendbird_core::test_util::find_listed;

fn recorded() -> Seed {
    Seed::new()
        .live_event(LiveEventSeed::new("ev-rec", ["host-1"]).created_at(T0))
        .cloud_recording(
            CloudRecordingSeed::live_event("rec-live", "ev-rec")
                .started_at(T0 + 1_000)
                .stopped_at(T0 + 121_000),
        )
        .cloud_recording(CloudRecordingSeed::live_event("rec-paused", "ev-rec").status("paused"))
}

#[tokio::test]
async fn recordings_show_on_the_event_and_completed_ones_copy() {
    let (_emulator, live) = seeded(recorded()).await;
    let event = get_event(&live, "ev-rec").await;
    let done = find_listed(
        &event.cloud_recordings,
        |r| r.recording_id == "rec-live",
        "rec-live listed",
    );
    assert_eq!(done.target_event_type, Some(RecordingTargetType::Live));
    assert_eq!(done.live_event_id.as_deref(), Some("ev-rec"));
    assert_eq!(done.status, Some(CloudRecordingStatus::Completed));
    assert_eq!(done.duration, Some(120_000));
    assert!(done.byte_size.is_some() && done.media_type.is_some());
    let paused = find_listed(
        &event.cloud_recordings,
        |r| r.recording_id == "rec-paused",
        "rec-paused listed",
    );
    assert_eq!(paused.status, Some(CloudRecordingStatus::Paused));

    let recordings = live.cloud_recordings();
    let copied = recordings
        .copy(
            "rec-live",
            "AKIAEXAMPLE",
            "secret/key",
            "my-bucket",
            "eu-west-1",
        )
        .await
        .expect("copy");
    assert_eq!(
        copied.fields["cloud_recording"]["recording_id"], "rec-live",
        "{:?}",
        copied.fields
    );
    assert_eq!(copied.fields["copy"]["bucket"], "my-bucket");
    assert_eq!(copied.fields["copy"]["region"], "eu-west-1");

    // A required field left empty is missing; only completed recordings copy.
    refusals! { expect_live_error;
        recordings.copy("rec-live", "AKIAEXAMPLE", "secret", "my-bucket", "")
            => LiveErrorCode::MissingParams, 400, "missing";
        recordings.copy("rec-paused", "AKIAEXAMPLE", "secret", "my-bucket", "eu-west-1")
            => LiveErrorCode::InvalidParams, 400, "paused";
        recordings.copy("rec-404", "AKIAEXAMPLE", "secret", "my-bucket", "eu-west-1")
            => LiveErrorCode::NotFound, 400, "unknown";
    }
}
