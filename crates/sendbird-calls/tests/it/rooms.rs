//! Rooms (group calls) against the emulator: life cycle, paging, filters, participants.

use sendbird_calls::models::{
    CustomItems, ParticipantState, Room, RoomState, RoomType, RoomTypeFilter,
};
use sendbird_calls::rooms::ListRooms;
use sendbird_calls::{CallsClient, CallsErrorCode, CallsErrorExt, Pending};
use sendbird_core::Page;
use sendbird_emulator::{RoomParticipantSeed, RoomSeed, Seed};

use crate::support::{assert_unique, calls, expect_calls_error, seeded, T0};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::find_listed;
use sendbird_core::test_util::page_sizes;
use sendbird_core::test_util::strs;

/// Every room a filtered list yields (two per page), as sorted ids.
async fn collect(pending: Pending<'_, ListRooms>) -> Vec<String> {
    let rooms: Vec<Room> = collect_ok(pending.limit(2).stream(), "list").await;
    let mut listed = ids(&rooms);
    listed.sort();
    listed
}

/// The first page of a filtered list, as ids in the server's order.
async fn list(pending: Pending<'_, ListRooms>) -> Vec<String> {
    ids(&pending.await.expect("list").rooms)
}

fn ids(rooms: &[Room]) -> Vec<String> {
    rooms.iter().map(|room| room.room_id.clone()).collect()
}

/// Creates `count` rooms, alternating the two types; returns their ids in creation order.
async fn create_rooms(calls: &CallsClient, count: usize) -> Vec<String> {
    let mut created = Vec::with_capacity(count);
    for i in 0..count {
        let room_type = if i % 3 == 2 {
            RoomType::LargeRoomForAudioOnly
        } else {
            RoomType::SmallRoomForVideo
        };
        created.push(
            calls
                .rooms()
                .create(room_type)
                .await
                .expect("create")
                .room
                .room_id,
        );
    }
    created
}

#[tokio::test]
async fn room_life_cycle_create_get_delete() {
    let (_emulator, calls) = calls().await;
    let items = CustomItems::try_new([("topic", "standup"), ("team", "sdk")]).expect("valid");
    let created = calls
        .rooms()
        .create(RoomType::SmallRoomForVideo)
        .custom_items(items.clone())
        .await
        .expect("create")
        .room;
    assert!(!created.room_id.is_empty());
    assert_eq!(created.room_type, Some(RoomType::SmallRoomForVideo));
    assert_eq!(created.state, Some(RoomState::Open));
    assert_eq!(created.custom_items, items);
    assert_eq!(
        created.created_by.as_deref(),
        Some(""),
        "Platform API rooms have no creator"
    );
    assert!(created.current_participants.is_empty());
    let created_at = created.created_at.expect("created_at");
    assert!(
        created_at > T0,
        "created_at is Unix milliseconds: {created_at}"
    );

    let fetched = calls.rooms().get(&created.room_id).await.expect("get").room;
    assert_eq!(fetched, created);

    let deleted = calls
        .rooms()
        .delete(&created.room_id)
        .await
        .expect("delete");
    let deleted = deleted.room.expect("the emulator answers the deleted room");
    assert_eq!(deleted.room_id, created.room_id);
    assert_eq!(deleted.state, Some(RoomState::Deleted));
    assert_eq!(deleted.deleted_by.as_deref(), Some(""));
    assert!(deleted.updated_at >= Some(created_at));

    // A deleted room stays readable, in the deleted state, and cannot be deleted again.
    let after = calls
        .rooms()
        .get(&created.room_id)
        .await
        .expect("get deleted")
        .room;
    assert_eq!(after.state, Some(RoomState::Deleted));
    let err = expect_calls_error(
        calls.rooms().delete(&created.room_id).await,
        CallsErrorCode::InvalidRoom,
        400,
        "again",
    );
    assert!(err.is_not_found());
}

#[tokio::test]
async fn unknown_room_is_not_found() {
    let (_emulator, calls) = calls().await;
    let err = calls
        .rooms()
        .get("no-such-room/ü")
        .await
        .expect_err("unknown room");
    assert!(err.is_not_found(), "{err}");
    let delete = calls.rooms().delete("no-such-room").await;
    assert!(delete.expect_err("unknown room").is_not_found());
}

/// Calls' error table documents 1400126 for a room id that "doesn't exist or was deleted";
/// the emulator answers 400200 for an id that never existed (1400126 only once deleted).
#[tokio::test]
async fn unknown_room_answers_invalid_room_as_documented() {
    let (_emulator, calls) = calls().await;
    refusals! { expect_calls_error;
        calls.rooms().get("no-such-room") => CallsErrorCode::InvalidRoom, 400, "get";
    }
}

#[tokio::test]
async fn rooms_stream_to_the_end_without_duplicates_or_gaps() {
    let (_emulator, calls) = calls().await;
    let created = create_rooms(&calls, 23).await;
    let mut newest_first = created.clone();
    newest_first.reverse();

    // `.stream()` follows `next` until the last page.
    let streamed: Vec<Room> = collect_ok(calls.rooms().list().limit(4).stream(), "stream").await;
    let streamed_ids = ids(&streamed);
    assert_unique(&streamed_ids);
    assert_eq!(streamed_ids, newest_first, "every room once, newest first");
    assert!(streamed
        .windows(2)
        .all(|pair| pair[0].created_at >= pair[1].created_at));

    // `.pages()` shows the cut: five full pages and a last one of three.
    let pages: Vec<Page<Room>> = collect_ok(calls.rooms().list().limit(4).pages(), "pages").await;
    assert_eq!(page_sizes(&pages), [4, 4, 4, 4, 4, 3]);
    assert!(pages[0].prev.is_none(), "no page before the first");
    assert!(
        pages.last().expect("pages").next.is_none(),
        "no page after the last"
    );
    assert!(pages[1..].iter().all(|page| page.prev.is_some()));
    let paged: Vec<String> = pages.iter().flat_map(|page| ids(&page.items)).collect();
    assert_eq!(paged, newest_first);
}

#[tokio::test]
async fn rooms_page_back_with_prev() {
    let (_emulator, calls) = calls().await;
    create_rooms(&calls, 10).await;
    let pages: Vec<Page<Room>> = collect_ok(calls.rooms().list().limit(3).pages(), "pages").await;
    assert_eq!(pages.len(), 4);

    // Walk back from the last page with `prev`, one request at a time.
    let mut index = pages.len() - 1;
    let mut prev = pages[index].prev.clone();
    while let Some(token) = prev {
        let page = calls
            .rooms()
            .list()
            .limit(3)
            .prev(token)
            .await
            .expect("previous page");
        index -= 1;
        assert_eq!(ids(&page.rooms), ids(&pages[index].items), "page {index}");
        assert!(page.next.as_deref().is_some_and(|t| !t.is_empty()));
        prev = page.prev.filter(|t| !t.is_empty());
    }
    assert_eq!(index, 0, "walked back to the first page");
}

#[tokio::test]
async fn rooms_created_or_deleted_between_pages_neither_repeat_nor_shift() {
    let (_emulator, calls) = calls().await;
    let created = create_rooms(&calls, 9).await;
    let first = calls.rooms().list().limit(4).await.expect("first page");
    let want_first: Vec<String> = created[5..].iter().rev().cloned().collect();
    assert_eq!(ids(&first.rooms), want_first);
    let next = first.next.clone().expect("more pages");

    // A new room sorts before the cut; deleting a room keeps it (state `deleted`).
    let newcomer = calls
        .rooms()
        .create(RoomType::SmallRoomForVideo)
        .await
        .expect("create")
        .room
        .room_id;
    calls.rooms().delete(&created[3]).await.expect("delete");

    let rest: Vec<Room> =
        collect_ok(calls.rooms().list().limit(4).next(next).stream(), "rest").await;
    let rest_ids = ids(&rest);
    assert!(!rest_ids.contains(&newcomer));
    let want: Vec<String> = created[..5].iter().rev().cloned().collect();
    assert_eq!(rest_ids, want);
    let deleted = find_listed(&rest, |r| r.room_id == created[3], "deleted room");
    assert_eq!(deleted.state, Some(RoomState::Deleted));
}

#[tokio::test]
async fn rooms_filter_by_state_type_and_ids() {
    let (_emulator, calls) = calls().await;
    let created = create_rooms(&calls, 6).await; // types: S S L S S L
    calls.rooms().delete(&created[0]).await.expect("delete");
    calls.rooms().delete(&created[2]).await.expect("delete");

    let sorted = |picked: &[usize]| {
        let mut want: Vec<String> = picked.iter().map(|i| created[*i].clone()).collect();
        want.sort();
        want
    };

    assert_eq!(
        collect(calls.rooms().list().state(RoomState::Open)).await,
        sorted(&[1, 3, 4, 5])
    );
    assert_eq!(
        collect(calls.rooms().list().state(RoomState::Deleted)).await,
        sorted(&[0, 2])
    );
    assert_eq!(
        collect(
            calls
                .rooms()
                .list()
                .room_type(RoomType::LargeRoomForAudioOnly)
        )
        .await,
        sorted(&[2, 5])
    );
    assert_eq!(
        collect(calls.rooms().list().room_type(RoomTypeFilter::All)).await,
        sorted(&[0, 1, 2, 3, 4, 5])
    );
    assert_eq!(
        collect(
            calls
                .rooms()
                .list()
                .room_type(RoomType::SmallRoomForVideo)
                .state(RoomState::Open)
        )
        .await,
        sorted(&[1, 3, 4])
    );
    let picked = [created[1].as_str(), created[2].as_str(), "unknown-room"];
    assert_eq!(
        collect(calls.rooms().list().room_ids(picked)).await,
        sorted(&[1, 2])
    );
    assert_eq!(
        collect(calls.rooms().list().room_id(created[4].as_str())).await,
        sorted(&[4])
    );

    // More than 10 ids, or both `room_id` and `room_ids`, are invalid parameters.
    let eleven: Vec<String> = (0..11).map(|i| format!("room-{i}")).collect();
    refusals! { expect_calls_error;
        calls.rooms().list().room_ids(eleven) => CallsErrorCode::InvalidParams, 400, "err";
        calls.rooms().list().room_ids([created[1].as_str()]).room_id(created[1].as_str())
            => CallsErrorCode::InvalidParams, 400, "both";
    }
}

/// Seeded rooms with fixed creation times, creators and participants.
fn room_seed() -> Seed {
    let seed = Seed::new()
        .user("alice", "Alice")
        .user("bob", "Bob")
        .room(
            RoomSeed::new("r-old", "small_room_for_video")
                .created_at(T0)
                .created_by("alice"),
        )
        .room(
            RoomSeed::new("r-mid", "large_room_for_audio_only")
                .created_at(T0 + 60_000)
                .created_by("bob"),
        )
        .room(RoomSeed::new("r-new", "small_room_for_video").created_at(T0 + 120_000));
    // r-mid: 5 participants now, 3 who left (one of them alice on another device):
    // (user, participant id, entered, exited), times after T0.
    let r_mid = [
        ("alice", "p-0", 61_000, Some(151_000)),
        ("bob", "p-1", 62_000, Some(63_500)),
        ("carol", "p-2", 63_000, Some(73_000)),
        ("alice", "p-3", 64_000, None),
        ("dave", "p-4", 65_000, None),
        ("erin", "p-5", 66_000, None),
        ("frank", "p-6", 67_000, None),
        ("grace", "p-7", 68_000, None),
    ];
    let seed = r_mid
        .into_iter()
        .fold(seed, |seed, (user, id, entered, exited)| {
            let mut participant = RoomParticipantSeed::new("r-mid", user)
                .participant_id(id)
                .entered_at(T0 + entered);
            if let Some(exited) = exited {
                participant = participant.exited_at(T0 + exited);
            }
            if id == "p-3" {
                participant = participant.connected_at(T0 + 64_500).video(false);
            }
            seed.room_participant(participant)
        });
    seed.room_participant(
        RoomParticipantSeed::new("r-new", "bob")
            .participant_id("q-0")
            .entered_at(T0 + 121_000),
    )
}

#[tokio::test]
async fn rooms_filter_by_creation_time_creator_and_participant_count() {
    let (_emulator, calls) = seeded(room_seed()).await;
    assert_eq!(
        list(calls.rooms().list()).await,
        ["r-new", "r-mid", "r-old"]
    );
    // Start inclusive, end exclusive, Unix milliseconds.
    assert_eq!(
        list(
            calls
                .rooms()
                .list()
                .created_at_start_date(T0 + 60_000)
                .created_at_end_date(T0 + 120_000)
        )
        .await,
        ["r-mid"]
    );
    assert_eq!(
        list(calls.rooms().list().created_at_start_date(T0 + 60_001)).await,
        ["r-new"]
    );
    assert_eq!(
        list(calls.rooms().list().created_by_user_ids(["alice", "bob"])).await,
        ["r-mid", "r-old"]
    );
    assert_eq!(
        list(calls.rooms().list().current_participant_range_gte(2)).await,
        ["r-mid"]
    );
    assert_eq!(
        list(
            calls
                .rooms()
                .list()
                .current_participant_range_gte(1)
                .current_participant_range_lte(1)
        )
        .await,
        ["r-new"]
    );
    assert_eq!(
        list(calls.rooms().list().current_participant_range_lte(0)).await,
        ["r-old"]
    );
}

#[tokio::test]
async fn room_participants_page_newest_first_and_leave_on_delete() {
    let (_emulator, calls) = seeded(room_seed()).await;

    let room = calls.rooms().get("r-mid").await.expect("get").room;
    let mut current: Vec<&str> = room
        .current_participants
        .iter()
        .map(|p| p.participant_id.as_str())
        .collect();
    current.sort_unstable();
    assert_eq!(current, ["p-3", "p-4", "p-5", "p-6", "p-7"]);

    let participants: Vec<_> = collect_ok(
        calls.rooms().participants("r-mid").limit(3).stream(),
        "participants",
    )
    .await;
    let order = strs(&participants, |p| p.participant_id.as_str());
    assert_eq!(
        order,
        ["p-7", "p-6", "p-5", "p-4", "p-3", "p-2", "p-1", "p-0"]
    );

    let by_id = |id: &str| find_listed(&participants, |p| p.participant_id == id, id);
    let left = by_id("p-0");
    assert_eq!(left.state, Some(ParticipantState::Exited));
    assert_eq!(left.room_id.as_deref(), Some("r-mid"));
    assert_eq!(left.entered_at, Some(T0 + 61_000));
    assert_eq!(left.exited_at, Some(T0 + 151_000));
    assert_eq!(
        left.duration,
        Some(90),
        "room participant duration is in seconds"
    );
    let user = left.user.as_ref().expect("user");
    assert_eq!(user.user_id, "alice");
    assert_eq!(user.nickname.as_deref(), Some("Alice"));
    assert_eq!(by_id("p-1").duration, Some(1), "1.5 s is 1 whole second");
    let connected = by_id("p-3");
    assert_eq!(connected.state, Some(ParticipantState::Connected));
    assert_eq!(connected.connected_at, Some(T0 + 64_500));
    assert_eq!(connected.is_video_on, Some(false));
    assert_eq!(connected.is_audio_on, Some(true));
    assert_eq!(
        connected.duration, None,
        "no duration until the participant leaves"
    );
    assert_eq!(by_id("p-4").state, Some(ParticipantState::Entered));

    // Deleting the room makes everyone still inside exit.
    let deleted = calls.rooms().delete("r-mid").await.expect("delete");
    let deleted = deleted.room.expect("room");
    assert!(deleted.current_participants.is_empty());
    let after: Vec<_> = collect_ok(
        calls.rooms().participants("r-mid").limit(100).stream(),
        "participants",
    )
    .await;
    assert_eq!(after.len(), 8);
    assert!(after
        .iter()
        .all(|p| p.state == Some(ParticipantState::Exited) && p.exited_at.is_some()));

    let unknown = calls.rooms().participants("nope").await;
    assert!(unknown.expect_err("unknown room").is_not_found());
}
