//! [`WebhookEvent`]: the Calls webhook events, dispatched on the body's `category`.
//!
//! Sendbird's Calls webhook page names `direct_call:dial`, `direct_call:accept`,
//! `direct_call:end` and `room:create`, and describes further group-call events (a room
//! deleted, participants entering, exiting, connecting, disconnecting) without publishing
//! their names or payloads. Every payload here is **reconstructed**: the direct-call fields
//! come from receivers of real payloads (`occurred_at`, `application_id`, `direct_call` with
//! `caller_id`/`callee_id`), the room events reuse the Rooms resources. Everything but
//! `category` is optional, and a category this version does not know decodes as
//! [`WebhookEvent::Unknown`].

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::models::{direct_call_model, CallUser, CustomItems, EndResult, Room, RoomParticipant};

direct_call_model! {
    /// The call of a direct-call event.
    #[derive(Default)]
    pub struct WebhookDirectCall {
        /// The call id (a string; a number also decodes).
        #[serde(default, deserialize_with = "crate::de::id_string")]
        pub call_id: String,
        /// The caller's user id.
        #[serde(default)]
        pub caller_id: Option<String>,
        /// The callee's user id.
        #[serde(default)]
        pub callee_id: Option<String>,
        /// Whether it is a video call (a string `"true"` also decodes).
        #[serde(default, deserialize_with = "crate::de::opt_bool")]
        pub is_video_call: Option<bool>,
    } {
        /// How the call ended (`direct_call:end`).
        #[serde(default)]
        pub end_result: Option<EndResult>,
        /// The users in the call.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub participants: Vec<CallUser>,
        /// The call's custom items.
        #[serde(default)]
        pub custom_items: CustomItems,
    }
}

/// `direct_call:dial`, `direct_call:accept` and `direct_call:end`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DirectCallEvent {
    /// When it happened, Unix milliseconds.
    #[serde(default)]
    pub occurred_at: Option<i64>,
    /// The application id (Calls spells it `application_id`, Chat `app_id`).
    #[serde(default)]
    pub application_id: Option<String>,
    /// The call.
    #[serde(default)]
    pub direct_call: WebhookDirectCall,
    /// How the call ended, when sent at the top level (`direct_call:end`).
    #[serde(default)]
    pub result: Option<EndResult>,
    /// Undocumented extra data seen in real payloads (`{"payload": {"is_video_call": ..}}`),
    /// kept as sent.
    #[serde(default)]
    pub sendbird_call: Option<Value>,
}

impl DirectCallEvent {
    /// How the call ended: `direct_call.end_result`, else `result`.
    pub fn end_result(&self) -> Option<&EndResult> {
        self.direct_call
            .end_result
            .as_ref()
            .or(self.result.as_ref())
    }
}

/// A group-call room event: `room:create`, `room:delete` and the participant events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoomEvent {
    /// When it happened, Unix milliseconds.
    #[serde(default)]
    pub occurred_at: Option<i64>,
    /// The application id.
    #[serde(default)]
    pub application_id: Option<String>,
    /// The room.
    #[serde(default)]
    pub room: Option<Room>,
    /// The participant (participant events).
    #[serde(default)]
    pub participant: Option<RoomParticipant>,
}

sendbird_core::webhook_events! {
    common: Common;
    /// A Calls webhook event.
    ///
    /// ```
    /// use sendbird_calls::webhooks::WebhookEvent;
    ///
    /// let event = WebhookEvent::parse(br#"{"category": "direct_call:end",
    ///     "occurred_at": 1608011234567,
    ///     "direct_call": {"call_id": "c1", "caller_id": "alice", "callee_id": "bob",
    ///                     "end_result": "completed"}}"#)?;
    /// let WebhookEvent::DirectCallEnd(end) = &event else { panic!("{event:?}") };
    /// assert_eq!(end.direct_call.callee_id.as_deref(), Some("bob"));
    /// assert_eq!(WebhookEvent::parse(br#"{"category": "room:teleport"}"#)?.variant_name(), "Unknown");
    /// # Ok::<(), sendbird_core::webhook::WebhookError>(())
    /// ```
    pub enum WebhookEvent {
        /// `direct_call:dial` — the call's signal reached the callee.
        "direct_call:dial" => DirectCallDial(DirectCallEvent),
        /// `direct_call:accept` — the callee accepted.
        "direct_call:accept" => DirectCallAccept(DirectCallEvent),
        /// `direct_call:end` — the call ended (also canceled, declined, unanswered).
        "direct_call:end" => DirectCallEnd(DirectCallEvent),
        /// `room:create` — a room was created.
        "room:create" => RoomCreate(RoomEvent),
        /// `room:delete` — a room was deleted (name inferred).
        "room:delete" => RoomDelete(RoomEvent),
        /// `room:participant_entered` — a participant entered a room (name inferred).
        "room:participant_entered" => RoomParticipantEntered(RoomEvent),
        /// `room:participant_exited` — a participant exited a room (name inferred).
        "room:participant_exited" => RoomParticipantExited(RoomEvent),
        /// `room:participant_connected` — a participant connected (name inferred).
        "room:participant_connected" => RoomParticipantConnected(RoomEvent),
        /// `room:participant_disconnected` — a participant was disconnected (name inferred).
        "room:participant_disconnected" => RoomParticipantDisconnected(RoomEvent),
    }
}

/// The fields every Calls payload has, read without knowing the concrete type.
trait Common {
    fn application_id(&self) -> Option<&str>;
}

impl Common for DirectCallEvent {
    fn application_id(&self) -> Option<&str> {
        self.application_id.as_deref()
    }
}

impl Common for RoomEvent {
    fn application_id(&self) -> Option<&str> {
        self.application_id.as_deref()
    }
}

impl WebhookEvent {
    /// The `application_id` the event carries, if any.
    pub fn application_id(&self) -> Option<&str> {
        match self {
            Self::Unknown { raw, .. } => raw.get("application_id").and_then(Value::as_str),
            known => known.common().and_then(Common::application_id),
        }
    }
}
