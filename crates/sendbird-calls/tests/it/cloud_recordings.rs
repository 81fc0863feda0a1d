//! Cloud recordings of rooms and direct calls (seeded: Sendbird's media servers make them)
//! and copying them to S3, against the emulator.

use sendbird_calls::models::{RecordingStatus, RecordingTargetType};
use sendbird_calls::CallsErrorCode;
use sendbird_emulator::{CloudRecordingSeed, DirectCallSeed, RoomSeed, Seed};

use crate::support::{expect_calls_error, seeded, T0};
use sendbird_core::test_util::find_listed;

fn recordings() -> Seed {
    Seed::new()
        .room(RoomSeed::new("room-1", "small_room_for_video").created_at(T0))
        .direct_call(
            DirectCallSeed::new("call-1", "alice", "bob")
                .started_at(T0)
                .accepted_at(T0 + 1_000)
                .ended(T0 + 61_000, "completed"),
        )
        .cloud_recording(
            CloudRecordingSeed::room("rec-room", "room-1")
                .started_at(T0 + 1_000)
                .stopped_at(T0 + 31_000),
        )
        .cloud_recording(CloudRecordingSeed::direct_call("rec-call", "call-1").audio_only())
        .cloud_recording(CloudRecordingSeed::room("rec-busy", "room-1").status("recording"))
}

#[tokio::test]
async fn recordings_show_on_their_room_and_call() {
    let (_emulator, calls) = seeded(recordings()).await;
    let room = calls.rooms().get("room-1").await.expect("room").room;
    let done = find_listed(
        &room.cloud_recordings,
        |r| r.recording_id == "rec-room",
        "rec-room listed",
    );
    assert_eq!(done.target_event_type, Some(RecordingTargetType::RoomVideo));
    assert_eq!(done.status, Some(RecordingStatus::Completed));
    assert_eq!(done.room_id.as_deref(), Some("room-1"));
    assert_eq!(done.started_at, Some(T0 + 1_000));
    assert_eq!(done.stopped_at, Some(T0 + 31_000));
    assert_eq!(done.duration, Some(30_000), "milliseconds");
    let busy = find_listed(
        &room.cloud_recordings,
        |r| r.recording_id == "rec-busy",
        "rec-busy listed",
    );
    assert_eq!(busy.status, Some(RecordingStatus::Recording));

    let call = calls.direct_calls().get("call-1").await.expect("call").call;
    assert_eq!(call.cloud_recordings.len(), 1);
    let voice = &call.cloud_recordings[0];
    assert_eq!(voice.recording_id, "rec-call");
    assert_eq!(
        voice.target_event_type,
        Some(RecordingTargetType::CallAudio)
    );
    assert_eq!(voice.call_id.as_deref(), Some("call-1"));
}

#[tokio::test]
async fn copy_a_completed_recording_and_refuse_the_rest() {
    let (_emulator, calls) = seeded(recordings()).await;
    let recordings = calls.cloud_recordings();

    let copied = recordings
        .copy(
            "rec-room",
            "AKIAEXAMPLE",
            "secret/key",
            "my-bucket",
            "us-east-1",
        )
        .await
        .expect("copy");
    let recording = copied.cloud_recording.expect("cloud_recording");
    assert_eq!(recording.recording_id, "rec-room");
    assert_eq!(recording.status, Some(RecordingStatus::Completed));
    let copy = copied.extra.get("copy").expect("other fields are kept");
    assert_eq!(copy["bucket"], "my-bucket");
    assert_eq!(copy["region"], "us-east-1");

    let call = recordings
        .copy(
            "rec-call",
            "AKIAEXAMPLE",
            "secret",
            "my-bucket",
            "us-east-1",
        )
        .await
        .expect("copy a call recording");
    assert_eq!(
        call.cloud_recording.and_then(|r| r.target_event_type),
        Some(RecordingTargetType::CallAudio)
    );

    // A required field left empty is missing.
    refusals! { expect_calls_error;
        recordings.copy("rec-room", "AKIAEXAMPLE", "secret", "", "us-east-1")
            => CallsErrorCode::MissingParams, 400, "missing";
        recordings.copy("rec-room", "", "secret", "my-bucket", "us-east-1")
            => CallsErrorCode::MissingParams, 400, "no key";
        // Only completed recordings copy; unknown ids are not found.
        recordings.copy("rec-busy", "AKIAEXAMPLE", "secret", "my-bucket", "us-east-1")
            => CallsErrorCode::InvalidParams, 400, "busy";
        recordings.copy("rec-404", "AKIAEXAMPLE", "secret", "my-bucket", "us-east-1")
            => CallsErrorCode::NotFound, 400, "unknown";
    }
}
