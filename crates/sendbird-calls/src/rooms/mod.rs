//! Group-call rooms: create, list, retrieve, delete, custom items and participants.

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::StringList;

pub use models::*;

use crate::models::{
    CustomItems, CustomItemsMode, DeletedCustomItems, RoomState, RoomType, RoomTypeFilter,
    UpdatedCustomItems,
};
use crate::{CallsClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the rooms family.
    registry: pub const ENDPOINTS;
    client: CallsClient;
    pending: Pending;

    /// Entry points for rooms (group calls): `calls.rooms()`.
    family Rooms = rooms() {
        /// Creates a room; it starts open.
        fn create -> pub struct CreateRoom {
            operation: "create_room",
            request: POST "/rooms",
            idempotent: no,
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
        fn list -> pub struct ListRooms {
            operation: "list_rooms",
            request: GET "/rooms",
            idempotent: yes,
            response: ListRoomsResponse,
            paginate: next,
            prev "The page token from the previous response's `prev`, to fetch the page before it \
                (one request at a time: `.stream()` pages forward through `next`).",
            limit "Rooms per page, 1–100 (default 10).",
            optional {
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
        fn get -> pub struct GetRoom {
            operation: "get_room",
            request: GET "/rooms/{room_id}",
            idempotent: yes,
            response: RoomResponse,
            required {
                /// The room id.
                path room_id: String,
            }
        }

        /// Deletes a room: its state becomes `deleted` and it cannot be reopened.
        fn delete -> pub struct DeleteRoom {
            operation: "delete_room",
            request: DELETE "/rooms/{room_id}",
            idempotent: yes,
            response: DeleteRoomResponse,
            required {
                /// The room id.
                path room_id: String,
            }
        }

        /// Adds or overwrites custom items of an open room.
        pub struct UpdateRoomCustomItems {
            operation: "update_room_custom_items",
            request: PUT "/rooms/{room_id}/custom_items",
            idempotent: yes,
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
        fn delete_custom_items(keys: StringList) -> pub struct DeleteRoomCustomItems {
            operation: "delete_room_custom_items",
            request: DELETE "/rooms/{room_id}/custom_items",
            idempotent: yes,
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
        fn participants -> pub struct ListRoomParticipants {
            operation: "list_room_participants",
            request: GET "/rooms/{room_id}/participants",
            idempotent: yes,
            response: ListRoomParticipantsResponse,
            paginate: next,
            prev "The page token from the previous response's `prev`, to fetch the page before it \
                (one request at a time: `.stream()` pages forward through `next`).",
            limit "Participants per page, 1–100 (default 10).",
            required {
                /// The room id.
                path room_id: String,
            }
        }
    }
}

upsert_custom_items!(
    /// Adds or overwrites custom items of an open room (`mode: upsert`, as Sendbird's SDKs send
    /// it).
    Rooms => UpdateRoomCustomItems(room_id)
);
