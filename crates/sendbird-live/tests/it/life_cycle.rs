//! A live event's life cycle against the emulator: created → ready → ongoing → ended through
//! the SDK's entry points, and the transitions the server refuses.

use sendbird_live::models::{HostType, LiveEventState};
use sendbird_live::LiveClient;

use crate::support::{expect_invalid_state, get_event, live};

/// The id of a new event hosted by `host-1`, in state `created`.
async fn new_event(live: &LiveClient) -> String {
    live.live_events()
        .create(["host-1"])
        .await
        .expect("create")
        .live_event
        .live_event_id
}

#[tokio::test]
async fn full_life_cycle_created_ready_ongoing_ended() {
    let (_emulator, live) = live().await;
    let events = live.live_events();

    let created = events
        .create(["host-1", "host-2"])
        .title("Launch")
        .await
        .expect("create")
        .live_event;
    let id = created.live_event_id.clone();
    assert!(!id.is_empty());
    assert_eq!(created.state, Some(LiveEventState::Created));
    assert_eq!(created.host_type, Some(HostType::SingleHost));
    assert_eq!(created.user_ids_for_host, ["host-1", "host-2"]);
    assert_eq!(created.title.as_deref(), Some("Launch"));
    assert_eq!(
        created.created_by.as_deref(),
        Some(""),
        "made by the Platform API"
    );
    let created_at = created.created_at.expect("created_at");
    assert!(
        created_at > 1_600_000_000_000,
        "Unix milliseconds: {created_at}"
    );
    assert_eq!(
        (created.set_ready_at, created.started_at, created.ended_at),
        (None, None, None)
    );
    assert_eq!(created.is_host_streaming, Some(false));
    assert_eq!(created.host, None);
    assert_eq!(created.participant_count, Some(0));
    assert_eq!(get_event(&live, &id).await, created);

    let ready = events.set_ready(&id).await.expect("ready").live_event;
    assert_eq!(ready.state, Some(LiveEventState::Ready));
    let set_ready_at = ready.set_ready_at.expect("set_ready_at");
    assert!(set_ready_at >= created_at);
    assert_eq!(ready.set_ready_by.as_deref(), Some(""));
    assert_eq!(ready.started_at, None);
    assert_eq!(ready.created_at, Some(created_at));

    let ongoing = events.start(&id).await.expect("start").live_event;
    assert_eq!(ongoing.state, Some(LiveEventState::Ongoing));
    let started_at = ongoing.started_at.expect("started_at");
    assert!(started_at >= set_ready_at);
    assert_eq!(ongoing.set_ready_at, Some(set_ready_at));
    assert_eq!(ongoing.started_by.as_deref(), Some(""));
    assert_eq!(ongoing.ended_at, None);
    assert_eq!(get_event(&live, &id).await, ongoing);

    let ended = events.end(&id).await.expect("end").live_event;
    assert_eq!(ended.state, Some(LiveEventState::Ended));
    let ended_at = ended.ended_at.expect("ended_at");
    assert!(ended_at >= started_at);
    assert_eq!(ended.ended_by.as_deref(), Some(""));
    assert_eq!(
        ended.duration,
        Some(ended_at - created_at),
        "duration is created → ended, in ms"
    );
    assert_eq!(
        (ended.set_ready_at, ended.started_at),
        (Some(set_ready_at), Some(started_at))
    );
    assert!(ended
        .state
        .as_ref()
        .is_some_and(LiveEventState::is_terminal));
    assert_eq!(get_event(&live, &id).await, ended);
}

#[tokio::test]
async fn nothing_happens_to_an_ended_event() {
    let (_emulator, live) = live().await;
    let events = live.live_events();
    let id = new_event(&live).await;
    events.set_ready(&id).await.expect("ready");
    events.start(&id).await.expect("start");
    let ended = events.end(&id).await.expect("end").live_event;
    let state = ended.state.clone().expect("state");

    // The SDK's state machine and the server agree that an ended event is final.
    for next in [
        LiveEventState::Ready,
        LiveEventState::Ongoing,
        LiveEventState::Ended,
    ] {
        assert!(!state.can_transition_to(&next), "ended → {next}");
    }
    let err = expect_invalid_state(events.start(&id).await, "start");
    assert!(err.to_string().contains("2800101"), "{err}");
    refusals! { expect_invalid_state;
        events.set_ready(&id) => "set ready";
        events.end(&id) => "end";
        events.update(&id).title("too late") => "update title";
    }

    assert_eq!(
        get_event(&live, &id).await,
        ended,
        "refusals change nothing"
    );
}

#[tokio::test]
async fn states_never_go_back() {
    let (_emulator, live) = live().await;
    let events = live.live_events();
    let id = new_event(&live).await;

    let ready = events.set_ready(&id).await.expect("ready").live_event;
    assert!(!LiveEventState::Ready.can_transition_to(&LiveEventState::Ready));
    expect_invalid_state(events.set_ready(&id).await, "set ready");
    assert_eq!(get_event(&live, &id).await, ready);

    let ongoing = events.start(&id).await.expect("start").live_event;
    assert!(!LiveEventState::Ongoing.can_transition_to(&LiveEventState::Ready));
    expect_invalid_state(events.set_ready(&id).await, "set ready");
    assert!(!LiveEventState::Ongoing.can_transition_to(&LiveEventState::Ongoing));
    expect_invalid_state(events.start(&id).await, "start");
    assert_eq!(get_event(&live, &id).await, ongoing);

    // Updates are fine until the end.
    let renamed = events
        .update(&id)
        .title("Still live")
        .await
        .expect("update an ongoing event")
        .live_event;
    assert_eq!(renamed.title.as_deref(), Some("Still live"));
    assert_eq!(renamed.state, Some(LiveEventState::Ongoing));
}

#[tokio::test]
async fn an_event_can_end_from_any_state_but_ended() {
    let (_emulator, live) = live().await;
    let events = live.live_events();
    for steps in 0..3 {
        let id = new_event(&live).await;
        if steps >= 1 {
            events.set_ready(&id).await.expect("ready");
        }
        if steps >= 2 {
            events.start(&id).await.expect("start");
        }
        let ended = events.end(&id).await.expect("end").live_event;
        assert_eq!(ended.state, Some(LiveEventState::Ended));
        assert_eq!(ended.started_at.is_some(), steps >= 2);
        assert_eq!(ended.set_ready_at.is_some(), steps >= 1);
    }
}

/// `LiveEventState::can_transition_to` (src/models/live_event.rs) allows created → ongoing
/// ("setting an event ready first is optional"); the emulator's `start` requires `ready` and
/// answers 2800101. Sendbird's docs describe the ready step as something hosts "can" do before
/// starting, and never list created → ongoing as refused.
#[tokio::test]
async fn start_from_created_as_the_sdk_state_machine_allows() {
    let (_emulator, live) = live().await;
    let events = live.live_events();
    let created = events.create(["host-1"]).await.expect("create").live_event;
    assert!(created.can_transition_to(&LiveEventState::Ongoing));
    let started = events
        .start(&created.live_event_id)
        .await
        .expect("start a created event")
        .live_event;
    assert_eq!(started.state, Some(LiveEventState::Ongoing));
    assert_eq!(started.set_ready_at, None);
}
