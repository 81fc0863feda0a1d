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

/// The response of [`ListRooms`](super::ListRooms).
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

/// The response of [`ListRoomParticipants`](super::ListRoomParticipants).
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
