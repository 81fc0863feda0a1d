//! Group-call rooms: create, list, retrieve, delete, custom items and participants.

use sendbird_core::{IntoParam, StringList};
use serde::{Deserialize, Serialize};

use crate::models::{
    CustomItems, CustomItemsMode, DeletedCustomItems, Room, RoomParticipant, RoomState, RoomType,
    RoomTypeFilter, UpdatedCustomItems,
};
use crate::{CallsClient, Pending};

/// A response holding one room: `{ "room": { .. } }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoomResponse {
    /// The room.
    pub room: Room,
}

/// The response of [`DeleteRoom`]. Sendbird's answer is not documented: an empty body and
/// `{ "room": { .. } }` (the deleted room) both decode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteRoomResponse {
    /// The deleted room, when Sendbird returns it.
    #[serde(default)]
    pub room: Option<Room>,
}

/// The response of [`ListRooms`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListRoomsResponse {
    /// The rooms of this page, newest first.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub rooms: Vec<Room>,
    /// The token of the next page; empty or `null` on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// The token of the previous page; empty or `null` on the first page.
    #[serde(default)]
    pub prev: Option<String>,
}

sendbird_core::page_response!(ListRoomsResponse, rooms: Room, prev);

/// The response of [`ListRoomParticipants`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListRoomParticipantsResponse {
    /// The participants of this page, newest first.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub participants: Vec<RoomParticipant>,
    /// The token of the next page; empty or `null` on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// The token of the previous page; empty or `null` on the first page.
    #[serde(default)]
    pub prev: Option<String>,
}

sendbird_core::page_response!(ListRoomParticipantsResponse, participants: RoomParticipant, prev);

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Creates a room; it starts open.
    pub struct CreateRoom {
        operation: "create_room",
        request: POST "/rooms",
        response: RoomResponse,
        required {
            /// The kind of room.
            body room_type as "type": RoomType,
        }
        optional {
            /// Initial custom items (at most 10; see [`CustomItems`]).
            body custom_items: CustomItems,
        }
    }

    /// Lists the application's rooms, newest first.
    pub struct ListRooms {
        operation: "list_rooms",
        request: GET "/rooms",
        response: ListRoomsResponse,
        paginate: next,
        required {}
        optional {
            /// The page token from the previous response's `next`.
            query next: String,
            /// The page token from the previous response's `prev`, to fetch the page before it
            /// (one request at a time: `.stream()` pages forward through `next`).
            query prev: String,
            /// Rooms per page, 1–100 (default 10).
            query limit: u32,
            /// Only rooms of this type (default `all`).
            query room_type as "type": RoomTypeFilter,
            /// Only these rooms (at most 10 ids, comma-joined). Do not combine with `room_id`.
            query room_ids: StringList,
            /// Only this room. Do not combine with `room_ids`.
            query room_id: String,
            /// Only rooms in this state.
            query state: RoomState,
            /// Only rooms created at or after this time, Unix milliseconds.
            query created_at_start_date: i64,
            /// Only rooms created before this time, Unix milliseconds.
            query created_at_end_date: i64,
            /// Only rooms with at least this many current participants.
            query current_participant_range_gte: u32,
            /// Only rooms with at most this many current participants.
            query current_participant_range_lte: u32,
            /// Only rooms created by these users (comma-joined).
            query created_by_user_ids: StringList,
        }
    }

    /// Retrieves a room.
    pub struct GetRoom {
        operation: "get_room",
        request: GET "/rooms/{room_id}",
        response: RoomResponse,
        required {
            /// The room id.
            path room_id: String,
        }
        optional {}
    }

    /// Deletes a room: its state becomes `deleted` and it cannot be reopened.
    pub struct DeleteRoom {
        operation: "delete_room",
        request: DELETE "/rooms/{room_id}",
        response: DeleteRoomResponse,
        required {
            /// The room id.
            path room_id: String,
        }
        optional {}
    }

    /// Adds or overwrites custom items of an open room.
    pub struct UpdateRoomCustomItems {
        operation: "update_room_custom_items",
        request: PUT "/rooms/{room_id}/custom_items",
        response: UpdatedCustomItems,
        required {
            /// The room id.
            path room_id: String,
            /// The items to add or overwrite (at most 10; see [`CustomItems`]).
            body custom_items: CustomItems,
        }
        optional {
            /// How the items apply; the entry point sends `upsert`, as Sendbird's SDKs do.
            body mode: CustomItemsMode,
        }
    }

    /// Deletes custom items of an open room by key.
    pub struct DeleteRoomCustomItems {
        operation: "delete_room_custom_items",
        request: DELETE "/rooms/{room_id}/custom_items",
        response: DeletedCustomItems,
        required {
            /// The room id.
            path room_id: String,
        }
        optional {
            /// The keys to delete. Without keys the body is `{}`, which Sendbird's SDKs use to
            /// delete every item (undocumented for the Platform API).
            body keys: StringList,
        }
    }

    /// Lists every participant ever created in a room, newest first.
    pub struct ListRoomParticipants {
        operation: "list_room_participants",
        request: GET "/rooms/{room_id}/participants",
        response: ListRoomParticipantsResponse,
        paginate: next,
        required {
            /// The room id.
            path room_id: String,
        }
        optional {
            /// The page token from the previous response's `next`.
            query next: String,
            /// The page token from the previous response's `prev`, to fetch the page before it
            /// (one request at a time: `.stream()` pages forward through `next`).
            query prev: String,
            /// Participants per page, 1–100 (default 10).
            query limit: u32,
        }
    }
}

/// Entry points for rooms: `calls.rooms()`.
#[derive(Debug, Clone, Copy)]
pub struct Rooms<'a> {
    calls: &'a CallsClient,
}

impl CallsClient {
    /// The rooms (group calls) family.
    pub fn rooms(&self) -> Rooms<'_> {
        Rooms { calls: self }
    }
}

impl<'a> Rooms<'a> {
    /// Creates a room of this type; add items with `.custom_items(..)`.
    pub fn create(self, room_type: impl IntoParam<RoomType>) -> Pending<'a, CreateRoom> {
        self.calls.request(CreateRoom::new(room_type))
    }

    /// Lists rooms; await one page or `.stream()` them all.
    pub fn list(self) -> Pending<'a, ListRooms> {
        self.calls.request(ListRooms::new())
    }

    /// Retrieves a room.
    pub fn get(self, room_id: impl Into<String>) -> Pending<'a, GetRoom> {
        self.calls.request(GetRoom::new(room_id.into()))
    }

    /// Deletes a room.
    pub fn delete(self, room_id: impl Into<String>) -> Pending<'a, DeleteRoom> {
        self.calls.request(DeleteRoom::new(room_id.into()))
    }

    /// Adds or overwrites custom items (`mode: upsert`).
    pub fn update_custom_items(
        self,
        room_id: impl Into<String>,
        custom_items: CustomItems,
    ) -> Pending<'a, UpdateRoomCustomItems> {
        self.calls.request(
            UpdateRoomCustomItems::new(room_id.into(), custom_items).mode(CustomItemsMode::Upsert),
        )
    }

    /// Deletes the custom items with these keys.
    pub fn delete_custom_items(
        self,
        room_id: impl Into<String>,
        keys: impl Into<StringList>,
    ) -> Pending<'a, DeleteRoomCustomItems> {
        self.calls
            .request(DeleteRoomCustomItems::new(room_id.into()).keys(keys.into()))
    }

    /// Lists a room's participants; await one page or `.stream()` them all.
    pub fn participants(self, room_id: impl Into<String>) -> Pending<'a, ListRoomParticipants> {
        self.calls
            .request(ListRoomParticipants::new(room_id.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{ParticipantState, RecordingTargetType};
    use crate::test_support::{
        decode_fixture, json_body, path_and_query, request_fixture, scripted_client, wire,
    };
    use futures_util::TryStreamExt;

    #[test]
    fn create_room_on_the_wire() {
        let items = CustomItems::try_new([("topic", "standup")]).expect("valid");
        let request = wire(&CreateRoom::new(RoomType::SmallRoomForVideo).custom_items(items));
        assert_eq!(request.method(), "POST");
        assert_eq!(path_and_query(&request), "/v1/rooms");
        assert_eq!(
            json_body(&request),
            serde_json::json!({"type": "small_room_for_video", "custom_items": {"topic": "standup"}})
        );
        assert_eq!(json_body(&request), request_fixture("create_room"));
        let bare = wire(&CreateRoom::new("large_room_for_audio_only"));
        assert_eq!(
            json_body(&bare),
            serde_json::json!({"type": "large_room_for_audio_only"})
        );
    }

    #[test]
    fn list_rooms_on_the_wire() {
        let request = wire(
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
        );
        assert_eq!(request.method(), "GET");
        assert_eq!(
            path_and_query(&request),
            "/v1/rooms?prev=p%2F1&limit=5&type=large_room_for_audio_only\
             &room_ids=a%2Cb,%C3%BC%20%E6%BC%A2&state=open\
             &created_at_start_date=1700000000000&created_at_end_date=1700086400000\
             &current_participant_range_gte=1&current_participant_range_lte=6\
             &created_by_user_ids=user%40example.com,bob"
        );
        let single = wire(
            &ListRooms::new()
                .room_id("r/1")
                .room_type(RoomTypeFilter::All),
        );
        assert_eq!(path_and_query(&single), "/v1/rooms?type=all&room_id=r%2F1");
    }

    #[test]
    fn get_and_delete_room_on_the_wire() {
        let get = wire(&GetRoom::new("a/b"));
        assert_eq!(get.method(), "GET");
        assert_eq!(path_and_query(&get), "/v1/rooms/a%2Fb");
        let delete = wire(&DeleteRoom::new("50%"));
        assert_eq!(delete.method(), "DELETE");
        assert_eq!(path_and_query(&delete), "/v1/rooms/50%25");
        assert!(delete.body().is_empty());
    }

    #[test]
    fn room_custom_items_on_the_wire() {
        let items = CustomItems::try_new([("topic", "retro")]).expect("valid");
        let update = wire(
            &UpdateRoomCustomItems::new("user@example.com", items).mode(CustomItemsMode::Upsert),
        );
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
            request_fixture("update_room_custom_items")
        );

        let delete = wire(&DeleteRoomCustomItems::new("r 1").keys(["topic"]));
        assert_eq!(delete.method(), "DELETE");
        assert_eq!(path_and_query(&delete), "/v1/rooms/r%201/custom_items");
        assert_eq!(json_body(&delete), serde_json::json!({"keys": ["topic"]}));
        assert_eq!(
            json_body(&delete),
            request_fixture("delete_room_custom_items")
        );
    }

    #[test]
    fn list_participants_on_the_wire() {
        let request = wire(&ListRoomParticipants::new("ü").limit(100).next("n"));
        assert_eq!(request.method(), "GET");
        assert_eq!(
            path_and_query(&request),
            "/v1/rooms/%C3%BC/participants?next=n&limit=100"
        );
    }

    #[test]
    fn decodes_room_responses() {
        let created = decode_fixture::<CreateRoom>("create_room").room;
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

        let room = decode_fixture::<GetRoom>("get_room").room;
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

        let deleted = decode_fixture::<DeleteRoom>("delete_room");
        assert_eq!(deleted.room.and_then(|r| r.state), Some(RoomState::Deleted));
        let empty: DeleteRoomResponse = serde_json::from_str("{}").expect("empty answer");
        assert_eq!(empty.room, None);

        let list = decode_fixture::<ListRooms>("list_rooms");
        assert_eq!(list.rooms.len(), 2);
        assert_eq!(list.rooms[1].state, Some(RoomState::Deleted));
        assert_eq!(list.rooms[1].deleted_by.as_deref(), Some("alice"));
        assert_eq!(list.prev, None);
        assert!(list.next.is_some());
    }

    #[test]
    fn decodes_participants_and_custom_items() {
        let list = decode_fixture::<ListRoomParticipants>("list_room_participants");
        assert_eq!(list.participants.len(), 2);
        let exited = &list.participants[0];
        assert_eq!(exited.state, Some(ParticipantState::Exited));
        assert_eq!(exited.exited_at, Some(1_700_000_600_000));
        assert_eq!(exited.duration, Some(590), "seconds");
        assert_eq!(list.participants[1].state, Some(ParticipantState::Entered));
        assert_eq!(list.participants[1].connected_at, None);
        assert_eq!(list.prev.as_deref(), Some("cHJldg"));

        let updated = decode_fixture::<UpdateRoomCustomItems>("update_room_custom_items");
        assert_eq!(updated.updated, ["topic"]);
        assert_eq!(updated.affected_at, Some(1_700_000_100_000));
        let deleted = decode_fixture::<DeleteRoomCustomItems>("delete_room_custom_items");
        assert_eq!(deleted.deleted, ["topic"]);
        assert!(deleted.custom_items.is_empty());
    }

    #[tokio::test]
    async fn rooms_stream_forward_with_next_and_keep_prev() {
        let (calls, seen) = scripted_client(&[
            r#"{"rooms": [{"room_id": "r3"}, {"room_id": "r2"}], "next": "n1", "prev": null}"#,
            r#"{"rooms": [{"room_id": "r1"}], "next": null, "prev": "p1"}"#,
        ]);
        let pages: Vec<_> = calls
            .rooms()
            .list()
            .limit(2)
            .state(RoomState::Open)
            .pages()
            .try_collect()
            .await
            .expect("pages");
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].next.as_deref(), Some("n1"));
        assert_eq!(pages[1].prev.as_deref(), Some("p1"));
        let ids: Vec<_> = pages
            .iter()
            .flat_map(|p| p.items.iter().map(|r| r.room_id.as_str()))
            .collect();
        assert_eq!(ids, ["r3", "r2", "r1"]);
        assert_eq!(
            *seen.lock().expect("lock"),
            [
                "/v1/rooms?limit=2&state=open",
                "/v1/rooms?next=n1&limit=2&state=open",
            ]
        );
    }

    #[tokio::test]
    async fn participants_stream_to_the_end() {
        let (calls, seen) = scripted_client(&[
            r#"{"participants": [{"participant_id": "p1", "state": "entered"}], "next": "n1", "prev": ""}"#,
            r#"{"participants": [{"participant_id": "p2", "state": "exited"}], "next": "", "prev": "b1"}"#,
        ]);
        let all: Vec<RoomParticipant> = calls
            .rooms()
            .participants("room/1")
            .limit(1)
            .stream()
            .try_collect()
            .await
            .expect("pages");
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].state, Some(ParticipantState::Exited));
        assert_eq!(
            *seen.lock().expect("lock"),
            [
                "/v1/rooms/room%2F1/participants?limit=1",
                "/v1/rooms/room%2F1/participants?next=n1&limit=1",
            ]
        );
    }
}
