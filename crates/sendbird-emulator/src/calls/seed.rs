//! Seed data for Calls: rooms, room participants and direct calls (cloud recordings are
//! seeded with [`CloudRecordingSeed`](crate::CloudRecordingSeed), shared with Live).
//!
//! Participants, direct calls and recordings are created by client SDKs and media servers,
//! never through the Platform API, so seeding is the only way to get them into the
//! emulator (at start-up with [`Seed`](crate::Seed), or later with
//! [`Emulator::apply_seed`](crate::Emulator::apply_seed)).

use std::collections::BTreeMap;

use crate::v1::seed_setters::{entry_seed, seed_setters};

/// A group call room to seed, with a fixed id.
///
/// ```
/// use sendbird_emulator::{RoomSeed, Seed};
///
/// let seed = Seed::new().room(
///     RoomSeed::new("room-1", "small_room_for_video")
///         .created_by("alice")
///         .custom_item("topic", "standup"),
/// );
/// # let _ = seed;
/// ```
#[derive(Debug, Clone)]
pub struct RoomSeed {
    pub(crate) room_id: String,
    pub(crate) room_type: String,
    pub(crate) created_at: Option<i64>,
    pub(crate) created_by: String,
    pub(crate) custom_items: BTreeMap<String, String>,
}

impl RoomSeed {
    /// A room with this id and type (`small_room_for_video` or `large_room_for_audio_only`).
    pub fn new(room_id: impl Into<String>, room_type: impl Into<String>) -> Self {
        Self {
            room_id: room_id.into(),
            room_type: room_type.into(),
            created_at: None,
            created_by: String::new(),
            custom_items: BTreeMap::new(),
        }
    }

    seed_setters!("room": created_at, created_by, custom_item);
}

entry_seed! {
    /// A user's entry into a room (one device), as a client SDK would create it.
    ///
    /// The participant's state follows from its timestamps: `exited` once `exited_at` is set,
    /// else `connected` once `connected_at` is set, else `entered`.
    ///
    /// ```
    /// use sendbird_emulator::RoomParticipantSeed;
    ///
    /// let present = RoomParticipantSeed::new("room-1", "alice").connected_at(1_700_000_001_000);
    /// let left = RoomParticipantSeed::new("room-1", "bob")
    ///     .entered_at(1_700_000_000_000)
    ///     .exited_at(1_700_000_090_000)
    ///     .video(false);
    /// # let _ = (present, left);
    /// ```
    pub struct RoomParticipantSeed { room_id }
    /// `user_id` entering the room `room_id` now, audio and video on.
    new;
    "participant":
        id = participant_id, client_id, entered_at, connected_at, exited_at, audio, video,
}

/// A one-to-one call between a caller and a callee, as client SDKs would create it.
///
/// The call is `dialing` until accepted, `connected` once accepted and `ended` once ended;
/// `duration` is accept → end in milliseconds.
///
/// ```
/// use sendbird_emulator::DirectCallSeed;
///
/// let call = DirectCallSeed::new("call-1", "alice", "bob")
///     .video(true)
///     .started_at(1_700_000_000_000)
///     .accepted_at(1_700_000_005_000)
///     .ended(1_700_000_065_000, "completed")
///     .ended_by("bob")
///     .custom_item("ticket", "42");
/// # let _ = call;
/// ```
#[derive(Debug, Clone)]
pub struct DirectCallSeed {
    pub(crate) call_id: String,
    pub(crate) caller_id: String,
    pub(crate) callee_id: String,
    pub(crate) is_video_call: bool,
    pub(crate) started_at: Option<i64>,
    pub(crate) accepted_at: Option<i64>,
    pub(crate) ended: Option<(i64, String)>,
    pub(crate) ended_by: Option<String>,
    pub(crate) custom_items: BTreeMap<String, String>,
}

impl DirectCallSeed {
    /// A voice call `call_id` dialed by `caller_id` to `callee_id`.
    pub fn new(
        call_id: impl Into<String>,
        caller_id: impl Into<String>,
        callee_id: impl Into<String>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            caller_id: caller_id.into(),
            callee_id: callee_id.into(),
            is_video_call: false,
            started_at: None,
            accepted_at: None,
            ended: None,
            ended_by: None,
            custom_items: BTreeMap::new(),
        }
    }

    builder_setters! {
        /// A video call (default: voice).
        pub fn video(is_video_call: bool) => is_video_call = is_video_call;
        /// When the call was dialed, Unix ms (default: when the seed is applied).
        pub fn started_at(ms: i64) => started_at = Some(ms);
        /// When the callee accepted, Unix ms.
        pub fn accepted_at(ms: i64) => accepted_at = Some(ms);
        /// Ends the call at `ended_at` (Unix ms) with an `end_result` (`completed`,
        /// `canceled`, `declined`, `connection_lost`, `no_answer`, `timed_out` or `unknown`).
        pub fn ended(ended_at: i64, end_result: impl Into<String>) =>
            ended = Some((ended_at, end_result.into()));
        /// Who ended the call (default: the caller, for ended calls).
        pub fn ended_by(user_id: impl Into<String>) => ended_by = Some(user_id.into());
    }

    seed_setters!("call": custom_item);
}

/// One Calls seed step.
#[derive(Debug, Clone)]
pub(crate) enum CallsSeedStep {
    Room(RoomSeed),
    RoomParticipant(RoomParticipantSeed),
    DirectCall(DirectCallSeed),
}
