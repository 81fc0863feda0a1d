//! Seed data applied before the emulator starts serving.

use http::Method;
use serde_json::{json, Value};

use crate::calls::{CallsSeedStep, DirectCallSeed, RoomParticipantSeed, RoomSeed};
use crate::http::auth::Caller;
use crate::http::params::Params;
use crate::http::query::Query;
use crate::http::request::ApiRequest;
use crate::live::{LiveEventSeed, LiveHostSeed, LiveParticipantSeed, LiveSeedStep};
use crate::state::State;
use crate::v1::recording_seed::CloudRecordingSeed;
use crate::v1::recordings::Target;
use crate::{calls, chat, live};

#[derive(Debug, Clone)]
enum Step {
    /// A Chat request replayed through the normal handlers.
    Request {
        method: Method,
        path: Vec<String>,
        body: Value,
    },
    /// An open channel participant (there is no Platform API call that adds one).
    Participant {
        channel_url: String,
        user_id: String,
    },
    /// A Calls resource made by client SDKs (room, participant, direct call).
    Calls(CallsSeedStep),
    /// A Live resource (live event with a fixed id, host, participant).
    Live(LiveSeedStep),
    /// A cloud recording of a room, direct call (Calls) or live event (Live); recording ids
    /// are unique across both products.
    Recording(CloudRecordingSeed),
}

/// Generates [`Seed`] methods that add one step built from their argument.
macro_rules! seed_steps {
    ($($(#[$meta:meta])* fn $name:ident($arg:ident: $ty:ty) => $step:expr;)+) => {$(
        $(#[$meta])*
        pub fn $name(self, $arg: $ty) -> Self {
            self.step($step)
        }
    )+};
}

/// Generates [`Seed`] methods that post a text message from a sender into a channel of the
/// kind `$channel_type` names.
macro_rules! text_messages {
    ($($(#[$meta:meta])* fn $name:ident => $channel_type:literal;)+) => {$(
        $(#[$meta])*
        pub fn $name(
            self,
            channel_url: impl Into<String>,
            sender_id: impl Into<String>,
            text: impl Into<String>,
        ) -> Self {
            let body = json!({
                "message_type": "MESG",
                "user_id": sender_id.into(),
                "message": text.into(),
            });
            self.request(Method::POST, &[$channel_type, &channel_url.into(), "messages"], body)
        }
    )+};
}

/// Users, channels and messages — and Calls / Live resources — to create at start-up, in
/// order (or later, with [`Emulator::apply_seed`](crate::Emulator::apply_seed)).
///
/// Each step goes through the same validation as the HTTP API, so a seed that refers to
/// a missing user makes [`EmulatorBuilder::start`](crate::EmulatorBuilder::start) fail.
///
/// Calls and Live resources that only client SDKs create (direct calls, room
/// participants, live hosts and participants, cloud recordings) are seeded with
/// [`DirectCallSeed`], [`RoomParticipantSeed`], [`LiveHostSeed`], [`LiveParticipantSeed`]
/// and [`CloudRecordingSeed`]; [`RoomSeed`] and [`LiveEventSeed`] create rooms and live
/// events with fixed ids.
///
/// ```
/// use sendbird_emulator::{
///     CloudRecordingSeed, DirectCallSeed, LiveEventSeed, LiveHostSeed, RoomParticipantSeed,
///     RoomSeed, Seed,
/// };
///
/// let seed = Seed::new()
///     .user("alice", "Alice")
///     .user("bob", "Bob")
///     .direct_call(
///         DirectCallSeed::new("call-1", "alice", "bob")
///             .started_at(1_700_000_000_000)
///             .accepted_at(1_700_000_002_000)
///             .ended(1_700_000_062_000, "completed"),
///     )
///     .room(RoomSeed::new("room-1", "small_room_for_video"))
///     .room_participant(RoomParticipantSeed::new("room-1", "alice"))
///     .cloud_recording(CloudRecordingSeed::room("rec-1", "room-1"))
///     .live_event(LiveEventSeed::new("event-1", ["alice"]))
///     .live_host(LiveHostSeed::new("event-1", "alice"));
/// # let _ = seed;
/// ```
///
/// ```
/// use sendbird_emulator::Seed;
/// use serde_json::json;
///
/// let seed = Seed::new()
///     .user("alice", "Alice")
///     .user("bob", "Bob")
///     .user_json(json!({"user_id": "carol", "nickname": "Carol", "metadata": {"team": "a"}}))
///     .group_channel("alice-bob", ["alice", "bob"])
///     .group_message("alice-bob", "alice", "hello")
///     .open_channel("lobby", "Lobby")
///     .open_channel_participant("lobby", "carol");
/// # let _ = seed;
/// ```
#[derive(Debug, Clone, Default)]
pub struct Seed {
    steps: Vec<Step>,
}

impl Seed {
    /// An empty seed.
    pub fn new() -> Self {
        Self::default()
    }

    fn step(mut self, step: Step) -> Self {
        self.steps.push(step);
        self
    }

    fn request(self, method: Method, path: &[&str], body: Value) -> Self {
        self.step(Step::Request {
            method,
            path: path.iter().map(|s| (*s).to_owned()).collect(),
            body,
        })
    }

    /// A user with an id and a nickname.
    pub fn user(self, user_id: impl Into<String>, nickname: impl Into<String>) -> Self {
        let body =
            json!({"user_id": user_id.into(), "nickname": nickname.into(), "profile_url": ""});
        self.request(Method::POST, &["users"], body)
    }

    /// A user from a full create-user body (`user_id`, `nickname`, `metadata`, ...).
    pub fn user_json(self, body: Value) -> Self {
        self.request(Method::POST, &["users"], body)
    }

    /// A group channel with this URL whose members have joined.
    pub fn group_channel<I, S>(self, channel_url: impl Into<String>, member_ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let ids: Vec<String> = member_ids.into_iter().map(Into::into).collect();
        let body = json!({"channel_url": channel_url.into(), "user_ids": ids});
        self.request(Method::POST, &["group_channels"], body)
    }

    /// A group channel from a full create body (`user_ids`, `name`, `is_distinct`, ...).
    pub fn group_channel_json(self, body: Value) -> Self {
        self.request(Method::POST, &["group_channels"], body)
    }

    /// An open channel with this URL and name.
    pub fn open_channel(self, channel_url: impl Into<String>, name: impl Into<String>) -> Self {
        let body = json!({"channel_url": channel_url.into(), "name": name.into()});
        self.request(Method::POST, &["open_channels"], body)
    }

    /// An open channel from a full create body.
    pub fn open_channel_json(self, body: Value) -> Self {
        self.request(Method::POST, &["open_channels"], body)
    }

    /// A participant of an open channel (listed by `GET .../participants`).
    pub fn open_channel_participant(
        self,
        channel_url: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        self.step(Step::Participant {
            channel_url: channel_url.into(),
            user_id: user_id.into(),
        })
    }

    text_messages! {
        /// A text message in a group channel.
        fn group_message => "group_channels";
        /// A text message in an open channel.
        fn open_message => "open_channels";
    }

    seed_steps! {
        /// A group call room with a fixed id.
        fn room(room: RoomSeed) => Step::Calls(CallsSeedStep::Room(room));
        /// A participant of a room (the room must exist and, for present participants, be open
        /// and not full: 6 for video rooms, 100 for audio rooms).
        fn room_participant(participant: RoomParticipantSeed) =>
            Step::Calls(CallsSeedStep::RoomParticipant(participant));
        /// A direct call (listed by `GET /direct_calls` and the participants' call logs).
        fn direct_call(call: DirectCallSeed) => Step::Calls(CallsSeedStep::DirectCall(call));
        /// A cloud recording of an existing room, direct call or live event.
        fn cloud_recording(recording: CloudRecordingSeed) => Step::Recording(recording);
        /// A live event with a fixed id, in the `created` state.
        fn live_event(event: LiveEventSeed) => Step::Live(LiveSeedStep::Event(event));
        /// The host of an existing live event (one of its `user_ids_for_host`).
        fn live_host(host: LiveHostSeed) => Step::Live(LiveSeedStep::Host(host));
        /// A participant of an existing live event.
        fn live_participant(participant: LiveParticipantSeed) =>
            Step::Live(LiveSeedStep::Participant(participant));
    }

    /// Applies every step; the first failure is described in the error string.
    pub(crate) fn apply(&self, state: &State) -> Result<(), String> {
        for (index, step) in self.steps.iter().enumerate() {
            apply_step(state, step).map_err(|e| format!("seed step {index}{e}"))?;
        }
        Ok(())
    }
}

/// Applies one step; the error continues "seed step N".
fn apply_step(state: &State, step: &Step) -> Result<(), String> {
    match step {
        Step::Request { method, path, body } => {
            let Value::Object(map) = body.clone() else {
                return Err(": the body must be a JSON object".to_owned());
            };
            let mut segments = vec!["v3".to_owned()];
            segments.extend(path.iter().cloned());
            let request = ApiRequest {
                caller: Caller::Master,
                peer: None,
                method: method.clone(),
                segments,
                query: Query::default(),
                params: Params::Json(map),
            };
            chat::handle(&mut state.chat(), state.env(), &request)
                .map(|_| ())
                .map_err(|e| format!(" ({method} /{}): {} {}", path.join("/"), e.code, e.message))
        }
        Step::Participant {
            channel_url,
            user_id,
        } => state
            .chat()
            .add_open_channel_participant(channel_url, user_id)
            .map_err(|e| format!(": {e}")),
        Step::Calls(step) => {
            let now = state.clock.now_ms();
            calls::apply_seed(&mut state.calls(), step, now).map_err(|e| format!(" (Calls): {e}"))
        }
        Step::Live(step) => {
            let now = state.clock.now_ms();
            live::apply_seed(&mut state.live(), step, now).map_err(|e| format!(" (Live): {e}"))
        }
        Step::Recording(seed) => apply_recording(state, seed, state.clock.now_ms()),
    }
}

/// Seeds a recording into the product that owns its target, once no product has its id.
fn apply_recording(state: &State, seed: &CloudRecordingSeed, now: i64) -> Result<(), String> {
    let id = &seed.recording_id;
    if state.calls().has_recording(id) || state.live().has_recording(id) {
        return Err(format!(": recording {id:?} already exists"));
    }
    match seed.target {
        Target::LiveEvent(_) => {
            live::add_recording(&mut state.live(), seed, now).map_err(|e| format!(" (Live): {e}"))
        }
        Target::Room(_) | Target::DirectCall(_) => {
            calls::add_recording(&mut state.calls(), seed, now)
                .map_err(|e| format!(" (Calls): {e}"))
        }
    }
}
