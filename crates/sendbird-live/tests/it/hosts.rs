//! The host of a live event (seeded: hosts enter through client SDKs) against the emulator.

use sendbird_emulator::{LiveEventSeed, LiveHostSeed, Seed};
use sendbird_live::models::{HostState, LiveEventState};

use crate::support::{get_event, seeded, T0};

fn hosted() -> Seed {
    Seed::new()
        .user("alice", "Alice")
        .user("bob", "Bob")
        .live_event(
            LiveEventSeed::new("ev-host", ["alice", "bob"])
                .title("Hosted")
                .created_at(T0),
        )
        .live_host(
            LiveHostSeed::new("ev-host", "bob")
                .host_id("h-1")
                .client_id("client-1")
                .entered_at(T0 + 1_000)
                .connected_at(T0 + 1_500)
                .video(false),
        )
}

#[tokio::test]
async fn the_seeded_host_streams_once_the_event_starts() {
    let (_emulator, live) = seeded(hosted()).await;
    let events = live.live_events();

    let answer = events.host("ev-host").await.expect("host");
    let hosts: Vec<_> = answer.hosts().collect();
    assert_eq!(hosts.len(), 1);
    let host = answer.host.clone().expect("host");
    assert_eq!(host.host_id, "h-1");
    assert_eq!(host.live_event_id.as_deref(), Some("ev-host"));
    assert_eq!(host.client_id.as_deref(), Some("client-1"));
    assert_eq!(host.state, Some(HostState::Connected));
    assert_eq!(host.entered_at, Some(T0 + 1_000));
    assert_eq!(host.connected_at, Some(T0 + 1_500));
    assert_eq!((host.disconnected_at, host.exited_at), (None, None));
    assert_eq!(
        (host.is_audio_on, host.is_video_on),
        (Some(true), Some(false))
    );
    let user = host.user.clone().expect("user");
    assert_eq!(user.user_id, "bob");
    assert_eq!(user.nickname.as_deref(), Some("Bob"));
    assert_eq!(user.role, None);

    // The event names its host; it streams only while ongoing.
    let event = get_event(&live, "ev-host").await;
    assert_eq!(event.created_at, Some(T0));
    assert_eq!(event.host.as_ref().map(|h| h.host_id.as_str()), Some("h-1"));
    assert_eq!(event.all_hosts().count(), 1);
    assert_eq!(event.is_host_streaming, Some(false));
    events.set_ready("ev-host").await.expect("ready");
    let ongoing = events.start("ev-host").await.expect("start").live_event;
    assert_eq!(ongoing.is_host_streaming, Some(true));

    // Ending the event makes the host exit.
    let ended = events.end("ev-host").await.expect("end").live_event;
    assert_eq!(ended.state, Some(LiveEventState::Ended));
    assert_eq!(ended.is_host_streaming, Some(false));
    let ended_at = ended.ended_at.expect("ended_at");
    let host = events
        .host("ev-host")
        .await
        .expect("host")
        .host
        .expect("host");
    assert_eq!(host.state, Some(HostState::Exited));
    assert_eq!(host.exited_at, Some(ended_at));
    assert_eq!(
        host.duration,
        Some(ended_at - (T0 + 1_000)),
        "entered → exited, ms"
    );
}
