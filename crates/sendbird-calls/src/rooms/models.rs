//! Response bodies of the rooms endpoints (the room resource itself is
//! [`Room`](crate::models::Room)).

use serde::{Deserialize, Serialize};

use crate::models::{Room, RoomParticipant};

/// A response holding one room: `{ "room": { .. } }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoomResponse {
    /// The room.
    pub room: Room,
}

/// The response of [`DeleteRoom`](super::DeleteRoom). Sendbird's answer is not documented: an
/// empty body and `{ "room": { .. } }` (the deleted room) both decode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteRoomResponse {
    /// The deleted room, when Sendbird returns it.
    #[serde(default)]
    pub room: Option<Room>,
}

sendbird_core::list_page! {
    /// The response of [`ListRooms`](super::ListRooms).
    pub struct ListRoomsResponse with prev {
        /// The rooms of this page, newest first.
        rooms: Vec<Room>,
    }
}

sendbird_core::list_page! {
    /// The response of [`ListRoomParticipants`](super::ListRoomParticipants).
    pub struct ListRoomParticipantsResponse with prev {
        /// The participants of this page, newest first.
        participants: Vec<RoomParticipant>,
    }
}
