//! Unit tests: every rooms endpoint on the wire, its docs-shaped fixture decoded, and paging.

use super::*;
use crate::models::{ParticipantState, RecordingTargetType, RoomParticipant};
use crate::test_support::KIT;
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::{json_body, path_and_query, ScriptedTransport};

#[test]
fn create_room_on_the_wire() {
    let items = CustomItems::try_new([("topic", "standup")]).expect("valid");
    let request = KIT.assert_wire_json(
        &CreateRoom::new(RoomType::SmallRoomForVideo).custom_items(items),
        "POST",
        "/v1/rooms",
        serde_json::json!({"type": "small_room_for_video", "custom_items": {"topic": "standup"}}),
    );
    assert_eq!(json_body(&request), KIT.request_fixture::<CreateRoom>());
    let bare = KIT.wire(&CreateRoom::new("large_room_for_audio_only"));
    assert_eq!(
        json_body(&bare),
        serde_json::json!({"type": "large_room_for_audio_only"})
    );
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListRooms::new()
                .limit(5)
                .prev("p/1")
                .room_type(RoomType::LargeRoomForAudioOnly)
                .room_ids(["a,b", "ü 漢"])
                .state(RoomState::Open)
                .created_at_start_date(1_700_000_000_000)
                .created_at_end_date(1_700_086_400_000)
                .current_participant_range_gte(1)
                .current_participant_range_lte(6)
                .created_by_user_ids(["user@example.com", "bob"]),
            "GET",
            "/v1/rooms?prev=p%2F1&limit=5&type=large_room_for_audio_only\
             &room_ids=a%2Cb,%C3%BC%20%E6%BC%A2&state=open\
             &created_at_start_date=1700000000000&created_at_end_date=1700086400000\
             &current_participant_range_gte=1&current_participant_range_lte=6\
             &created_by_user_ids=user%40example.com,bob",
        ),
        KIT.case(&GetRoom::new("a/b"), "GET", "/v1/rooms/a%2Fb"),
        KIT.case(
            &ListRoomParticipants::new("ü").limit(100).next("n"),
            "GET",
            "/v1/rooms/%C3%BC/participants?next=n&limit=100",
        ),
    ]);
}

#[test]
fn list_rooms_on_the_wire() {
    let single = KIT.wire(
        &ListRooms::new()
            .room_id("r/1")
            .room_type(RoomTypeFilter::All),
    );
    assert_eq!(path_and_query(&single), "/v1/rooms?type=all&room_id=r%2F1");
}

#[test]
fn get_and_delete_room_on_the_wire() {
    KIT.assert_wire_empty(&DeleteRoom::new("50%"), "DELETE", "/v1/rooms/50%25");
}

#[test]
fn room_custom_items_on_the_wire() {
    let items = CustomItems::try_new([("topic", "retro")]).expect("valid");
    let update = KIT
        .wire(&UpdateRoomCustomItems::new("user@example.com", items).mode(CustomItemsMode::Upsert));
    assert_eq!(update.method(), "PUT");
    assert_eq!(
        path_and_query(&update),
        "/v1/rooms/user%40example.com/custom_items"
    );
    assert_eq!(
        json_body(&update),
        serde_json::json!({"custom_items": {"topic": "retro"}, "mode": "upsert"})
    );
    assert_eq!(
        json_body(&update),
        KIT.request_fixture::<UpdateRoomCustomItems>()
    );

    let delete = KIT.assert_wire_json(
        &DeleteRoomCustomItems::new("r 1").keys(["topic"]),
        "DELETE",
        "/v1/rooms/r%201/custom_items",
        serde_json::json!({"keys": ["topic"]}),
    );
    assert_eq!(
        json_body(&delete),
        KIT.request_fixture::<DeleteRoomCustomItems>()
    );
}

#[test]
fn decodes_room_responses() {
    let created = KIT.decode::<CreateRoom>().room;
    assert_eq!(created.room_id, "6b1f3c0e-2a4e-4f7b-9d55-8c1e6a2f0b11");
    assert_eq!(created.room_type, Some(RoomType::SmallRoomForVideo));
    assert_eq!(created.state, Some(RoomState::Open));
    assert_eq!(
        created.created_by.as_deref(),
        Some(""),
        "Platform API rooms"
    );
    assert!(created.current_participants.is_empty());
    assert_eq!(created.custom_items.get("topic"), Some("standup"));

    let room = KIT.decode::<GetRoom>().room;
    assert_eq!(room.current_participants.len(), 1);
    let participant = &room.current_participants[0];
    assert_eq!(participant.state, Some(ParticipantState::Connected));
    assert_eq!(participant.exited_at, None);
    assert_eq!(participant.duration, None);
    assert_eq!(
        participant.user.as_ref().map(|u| u.user_id.as_str()),
        Some("alice")
    );
    assert_eq!(
        room.cloud_recordings[0].target_event_type,
        Some(RecordingTargetType::RoomVideo)
    );

    let deleted = KIT.decode::<DeleteRoom>();
    assert_eq!(deleted.room.and_then(|r| r.state), Some(RoomState::Deleted));
    let empty: DeleteRoomResponse = serde_json::from_str("{}").expect("empty answer");
    assert_eq!(empty.room, None);

    let list = KIT.decode::<ListRooms>();
    assert_eq!(list.rooms.len(), 2);
    assert_eq!(list.rooms[1].state, Some(RoomState::Deleted));
    assert_eq!(list.rooms[1].deleted_by.as_deref(), Some("alice"));
    assert_eq!(list.prev, None);
    assert!(list.next.is_some());
}

#[test]
fn decodes_participants_and_custom_items() {
    let list = KIT.decode::<ListRoomParticipants>();
    assert_eq!(list.participants.len(), 2);
    let exited = &list.participants[0];
    assert_eq!(exited.state, Some(ParticipantState::Exited));
    assert_eq!(exited.exited_at, Some(1_700_000_600_000));
    assert_eq!(exited.duration, Some(590), "seconds");
    assert_eq!(list.participants[1].state, Some(ParticipantState::Entered));
    assert_eq!(list.participants[1].connected_at, None);
    assert_eq!(list.prev.as_deref(), Some("cHJldg"));

    let updated = KIT.decode::<UpdateRoomCustomItems>();
    assert_eq!(updated.updated, ["topic"]);
    assert_eq!(updated.affected_at, Some(1_700_000_100_000));
    let deleted = KIT.decode::<DeleteRoomCustomItems>();
    assert_eq!(deleted.deleted, ["topic"]);
    assert!(deleted.custom_items.is_empty());
}

#[tokio::test]
async fn rooms_stream_forward_with_next_and_keep_prev() {
    let transport = ScriptedTransport::new()
        .ok_json(r#"{"rooms": [{"room_id": "r3"}, {"room_id": "r2"}], "next": "n1", "prev": null}"#)
        .ok_json(r#"{"rooms": [{"room_id": "r1"}], "next": null, "prev": "p1"}"#);
    let calls = KIT.client::<CallsClient>(&transport);
    let pages: Vec<_> = collect_ok(
        calls.rooms().list().limit(2).state(RoomState::Open).pages(),
        "pages",
    )
    .await;
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].next.as_deref(), Some("n1"));
    assert_eq!(pages[1].prev.as_deref(), Some("p1"));
    let ids: Vec<_> = pages
        .iter()
        .flat_map(|p| p.items.iter().map(|r| r.room_id.as_str()))
        .collect();
    assert_eq!(ids, ["r3", "r2", "r1"]);
    assert_eq!(
        transport.paths(),
        [
            "/v1/rooms?limit=2&state=open",
            "/v1/rooms?next=n1&limit=2&state=open",
        ]
    );
}

#[tokio::test]
async fn participants_stream_to_the_end() {
    let transport = ScriptedTransport::new()
        .ok_json(r#"{"participants": [{"participant_id": "p1", "state": "entered"}], "next": "n1", "prev": ""}"#)
        .ok_json(r#"{"participants": [{"participant_id": "p2", "state": "exited"}], "next": "", "prev": "b1"}"#);
    let calls = KIT.client::<CallsClient>(&transport);
    let all: Vec<RoomParticipant> = collect_ok(
        calls.rooms().participants("room/1").limit(1).stream(),
        "pages",
    )
    .await;
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].state, Some(ParticipantState::Exited));
    assert_eq!(
        transport.paths(),
        [
            "/v1/rooms/room%2F1/participants?limit=1",
            "/v1/rooms/room%2F1/participants?next=n1&limit=1",
        ]
    );
}
