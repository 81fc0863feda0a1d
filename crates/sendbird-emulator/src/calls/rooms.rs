//! Group calls: `/rooms`, `/rooms/{room_id}`, `.../custom_items`, `.../participants`.

use serde_json::{json, Value};

use super::Ctx;
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;
use crate::render::opt_ms;
use crate::v1::custom_items::{self, Items};
use crate::v1::entry::Entry;
use crate::v1::errors::{invalid, invalid_param, invalid_room, to_v1};
use crate::v1::ids::uuid;
use crate::v1::paging::{self, CreatedFilter};
use crate::v1::recordings::{self, Target};
use crate::v1::users::user_object;

/// Audio and video, up to 6 participants.
pub(crate) const SMALL_ROOM: &str = "small_room_for_video";
/// Audio only, up to 100 participants.
pub(crate) const LARGE_ROOM: &str = "large_room_for_audio_only";

/// The most `room_ids` one list request may name.
const MAX_ROOM_IDS: usize = 10;

/// A group call room.
#[derive(Debug, Clone)]
pub(crate) struct Room {
    pub(crate) seq: u64,
    pub(crate) room_id: String,
    pub(crate) room_type: String,
    pub(crate) deleted: bool,
    pub(crate) created_at: i64,
    pub(crate) updated_at: i64,
    pub(crate) created_by: String,
    pub(crate) deleted_by: String,
    pub(crate) custom_items: Items,
    /// Everyone who ever entered, in entry order.
    pub(crate) participants: Vec<RoomParticipant>,
}

/// One entry of a user (one device) into a room.
#[derive(Debug, Clone)]
pub(crate) struct RoomParticipant {
    pub(crate) entry: Entry,
    /// The latest change to the entry.
    pub(crate) updated_at: i64,
}

impl RoomParticipant {
    /// Whether the participant is still in the room.
    pub(crate) fn is_current(&self) -> bool {
        self.entry.is_current()
    }

    /// The participant resource (`duration` in seconds, `null` until exit).
    pub(crate) fn to_json(&self, ctx: &Ctx<'_>, room_id: &str) -> Value {
        let entry = &self.entry;
        json!({
            "room_id": room_id,
            "participant_id": entry.id,
            "client_id": entry.client_id,
            "user": Value::Object(user_object(ctx.users, &entry.user_id)),
            "state": entry.state(),
            "entered_at": entry.entered_at,
            "updated_at": self.updated_at,
            "connected_at": opt_ms(entry.connected_at),
            "exited_at": opt_ms(entry.exited_at),
            "duration": opt_ms(entry.stay_ms().map(|ms| ms / 1000)),
            "is_audio_on": entry.is_audio_on,
            "is_video_on": entry.is_video_on,
        })
    }
}

impl Room {
    /// `open` or `deleted`.
    pub(crate) fn state(&self) -> &'static str {
        if self.deleted {
            "deleted"
        } else {
            "open"
        }
    }

    /// How many participants are in the room now.
    pub(crate) fn current_count(&self) -> usize {
        self.participants.iter().filter(|p| p.is_current()).count()
    }

    /// The most participants the room type allows at once.
    pub(crate) fn capacity(&self) -> usize {
        if self.room_type == SMALL_ROOM {
            6
        } else {
            100
        }
    }

    /// The room resource.
    pub(crate) fn to_json(&self, ctx: &Ctx<'_>) -> Value {
        let current: Vec<Value> = self
            .participants
            .iter()
            .filter(|p| p.is_current())
            .map(|p| p.to_json(ctx, &self.room_id))
            .collect();
        let mut value = json!({
            "room_id": self.room_id,
            "room_type": self.room_type,
            "state": self.state(),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "created_by": self.created_by,
            "deleted_by": self.deleted_by,
            "current_participants": current,
            "custom_items": custom_items::to_json(&self.custom_items),
        });
        let recordings =
            recordings::of_target(&ctx.state.recordings, &Target::Room(self.room_id.clone()));
        if let (Value::Object(map), false) = (&mut value, recordings.is_empty()) {
            map.insert("cloud_recordings".into(), Value::Array(recordings));
        }
        value
    }
}

/// Checks a room type value.
pub(crate) fn valid_type(room_type: &str) -> bool {
    room_type == SMALL_ROOM || room_type == LARGE_ROOM
}

fn room<'a>(ctx: &'a Ctx<'_>, room_id: &str) -> Result<&'a Room, ApiError> {
    ctx.state
        .rooms
        .get(room_id)
        .ok_or_else(|| invalid_room(room_id))
}

/// The open room with this id, mutably (1400126 when unknown or deleted).
fn open_room_mut<'a>(ctx: &'a mut Ctx<'_>, room_id: &str) -> Result<&'a mut Room, ApiError> {
    let room = ctx
        .state
        .rooms
        .get_mut(room_id)
        .ok_or_else(|| invalid_room(room_id))?;
    if room.deleted {
        return Err(invalid_room(room_id));
    }
    Ok(room)
}

/// `POST /rooms` (`type`, optional `custom_items`) → `{room}`.
pub(crate) fn create(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let room_type = p.required_str("type").map_err(to_v1)?;
    if !valid_type(&room_type) {
        return Err(invalid_param("type"));
    }
    let custom_items = custom_items::parse(p)?.unwrap_or_default();
    let now = ctx.now_ms();
    let room = Room {
        seq: ctx.state.next_seq(),
        room_id: uuid(),
        room_type,
        deleted: false,
        created_at: now,
        updated_at: now,
        created_by: String::new(),
        deleted_by: String::new(),
        custom_items,
        participants: Vec::new(),
    };
    let value = room.to_json(ctx);
    ctx.state.rooms.insert(room.room_id.clone(), room);
    super::webhooks::emit(ctx, "room:create", json!({ "room": value }));
    Ok(json!({ "room": value }))
}

/// `GET /rooms` → `{rooms, next, prev}`, newest first.
pub(crate) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let room_type = match q.str("type").map_err(to_v1)? {
        None => None,
        Some(t) if t == "all" => None,
        Some(t) if valid_type(&t) => Some(t),
        Some(_) => return Err(invalid_param("type")),
    };
    let state = match q.str("state").map_err(to_v1)? {
        None => None,
        Some(s) if s == "open" => Some(false),
        Some(s) if s == "deleted" => Some(true),
        Some(_) => return Err(invalid_param("state")),
    };
    let room_ids = q.list("room_ids").map_err(to_v1)?;
    let room_id = q.str("room_id").map_err(to_v1)?;
    if room_ids.is_some() && room_id.is_some() {
        return Err(invalid(
            "\"room_id\" and \"room_ids\" can't be used together.",
        ));
    }
    if room_ids
        .as_ref()
        .is_some_and(|ids| ids.len() > MAX_ROOM_IDS)
    {
        return Err(invalid(format!(
            "Invalid value: \"room_ids\" can have up to {MAX_ROOM_IDS} ids."
        )));
    }
    let ids = room_ids.or(room_id.map(|id| vec![id]));
    let created = CreatedFilter::parse(q)?;
    let count_gte = q.int("current_participant_range_gte").map_err(to_v1)?;
    let count_lte = q.int("current_participant_range_lte").map_err(to_v1)?;
    let rooms: Vec<&Room> = ctx
        .state
        .rooms
        .values()
        .filter(|r| room_type.as_ref().is_none_or(|t| &r.room_type == t))
        .filter(|r| state.is_none_or(|deleted| r.deleted == deleted))
        .filter(|r| ids.as_ref().is_none_or(|ids| ids.contains(&r.room_id)))
        .filter(|r| created.accepts(r.created_at, &r.created_by))
        .filter(|r| {
            let count = i64::try_from(r.current_count()).unwrap_or(i64::MAX);
            count_gte.is_none_or(|g| count >= g) && count_lte.is_none_or(|l| count <= l)
        })
        .collect();
    paging::newest_first(
        ctx.env.pages,
        rooms,
        |r| (r.created_at, r.seq),
        q,
        "rooms",
        |r| r.to_json(ctx),
    )
}

/// `GET /rooms/{room_id}` → `{room}`.
pub(crate) fn get(ctx: &mut Ctx<'_>, room_id: &str) -> Answer {
    let value = room(ctx, room_id)?.to_json(ctx);
    Ok(json!({ "room": value }))
}

/// `DELETE /rooms/{room_id}` → `{room}` in the `deleted` state. Everyone still in the
/// room exits. Deleting a deleted room answers 1400126.
pub(crate) fn delete(ctx: &mut Ctx<'_>, room_id: &str) -> Answer {
    let now = ctx.now_ms();
    let room = open_room_mut(ctx, room_id)?;
    room.deleted = true;
    room.deleted_by = String::new();
    room.updated_at = now;
    for participant in room.participants.iter_mut().filter(|p| p.is_current()) {
        participant.entry.exited_at = Some(now);
        participant.updated_at = now;
    }
    let value = room.clone().to_json(ctx);
    super::webhooks::emit(ctx, "room:delete", json!({ "room": value }));
    Ok(json!({ "room": value }))
}

/// `PUT` and `DELETE /rooms/{room_id}/custom_items` (see [`custom_items::serve`]); the room's
/// `updated_at` moves on.
pub(crate) fn custom_items(
    ctx: &mut Ctx<'_>,
    room_id: &str,
    method: &str,
    p: &Params,
    q: &Query,
) -> Answer {
    let now = ctx.now_ms();
    let room = open_room_mut(ctx, room_id)?;
    let answer = custom_items::serve(&mut room.custom_items, method, p, q, now)?;
    room.updated_at = now;
    Ok(answer)
}

/// `GET /rooms/{room_id}/participants` → `{participants, next, prev}`: everyone who ever
/// entered, newest first.
pub(crate) fn participants(ctx: &mut Ctx<'_>, room_id: &str, q: &Query) -> Answer {
    let room = room(ctx, room_id)?;
    let all: Vec<&RoomParticipant> = room.participants.iter().collect();
    paging::newest_first(
        ctx.env.pages,
        all,
        |p| (p.entry.entered_at, p.entry.seq),
        q,
        "participants",
        |p| p.to_json(ctx, room_id),
    )
}
