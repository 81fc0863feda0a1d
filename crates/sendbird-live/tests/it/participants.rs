//! The participants of a live event (seeded: viewers enter through client SDKs), paged,
//! against the emulator.

use sendbird_core::Page;
use sendbird_emulator::{LiveEventSeed, LiveParticipantSeed, Seed};
use sendbird_live::models::{LiveEventState, Participant, ParticipantState};

use crate::support::{get_event, seeded, T0};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::find_listed;
use sendbird_core::test_util::page_sizes;
use sendbird_core::test_util::strs;

#[tokio::test]
async fn participants_page_newest_first_and_leave_when_the_event_ends() {
    let seed = Seed::new()
        .user("viewer-0", "Viewer Zero")
        .live_event(LiveEventSeed::new("ev-watch", ["host-1"]).created_at(T0));
    let (emulator, live) = seeded(seed).await;
    let events = live.live_events();

    // Participants can only be in a ready or ongoing event.
    let refused = emulator
        .apply_seed(&Seed::new().live_participant(LiveParticipantSeed::new("ev-watch", "early")));
    assert!(refused.is_err(), "a created event admits nobody");
    events.set_ready("ev-watch").await.expect("ready");

    // Seven entries: v0..v6, a second apart; v1, v3 and v5 left after 30 s.
    let mut viewers = Seed::new();
    for i in 0..7_i64 {
        let mut seed = LiveParticipantSeed::new("ev-watch", format!("viewer-{i}"))
            .participant_id(format!("p-{i}"))
            .entered_at(T0 + 10_000 + i * 1_000);
        if i % 2 == 1 {
            seed = seed.exited_at(T0 + 40_000 + i * 1_000);
        }
        viewers = viewers.live_participant(seed);
    }
    emulator.apply_seed(&viewers).expect("seed participants");

    let event = get_event(&live, "ev-watch").await;
    assert_eq!(event.participant_count, Some(4));
    assert_eq!(event.cumulative_participant_count, Some(7));
    assert!(event.peak_participant_count >= Some(4));

    let all: Vec<Participant> = collect_ok(
        events.participants("ev-watch").limit(3).stream(),
        "participants",
    )
    .await;
    let order = strs(&all, |p| p.participant_id.as_str());
    assert_eq!(order, ["p-6", "p-5", "p-4", "p-3", "p-2", "p-1", "p-0"]);
    let pages: Vec<Page<Participant>> =
        collect_ok(events.participants("ev-watch").limit(3).pages(), "pages").await;
    assert_eq!(page_sizes(&pages), [3, 3, 1]);
    let back = events
        .participants("ev-watch")
        .limit(3)
        .prev(pages[2].prev.clone().expect("prev"))
        .await
        .expect("previous page");
    let back_ids = strs(&back.participants, |p| p.participant_id.as_str());
    assert_eq!(back_ids, ["p-3", "p-2", "p-1"]);

    let by_id = |id: &str| find_listed(&all, |p| p.participant_id == id, id);
    let zero = by_id("p-0");
    assert_eq!(zero.state, Some(ParticipantState::Entered));
    assert_eq!(zero.live_event_id.as_deref(), Some("ev-watch"));
    assert_eq!(zero.entered_at, Some(T0 + 10_000));
    assert_eq!(zero.exited_at, None);
    let user = zero.user.as_ref().expect("user");
    assert_eq!(user.user_id, "viewer-0");
    assert_eq!(user.nickname.as_deref(), Some("Viewer Zero"));
    let one = by_id("p-1");
    assert_eq!(one.state, Some(ParticipantState::Exited));
    assert_eq!(one.exited_at, Some(T0 + 41_000));
    assert_eq!(one.duration, Some(30_000), "entered → exited, milliseconds");

    // Ending the event forces everyone out.
    events.start("ev-watch").await.expect("start");
    let ended = events.end("ev-watch").await.expect("end").live_event;
    assert_eq!(ended.state, Some(LiveEventState::Ended));
    assert_eq!(ended.participant_count, Some(0));
    let after: Vec<Participant> = collect_ok(
        events.participants("ev-watch").limit(100).stream(),
        "participants",
    )
    .await;
    assert_eq!(after.len(), 7);
    assert!(after
        .iter()
        .all(|p| p.state == Some(ParticipantState::Exited) && p.exited_at.is_some()));
}
