//! Live events: create, list, get, update, and the state changes ready → start → end; the
//! host of an event (`live.live_events().host(id)`) and its participants
//! (`live.live_events().participants(id).stream()`).
//!
//! A live event moves `created → ready → ongoing → ended` (see
//! [`LiveEventState`]); each state change answers with the
//! updated event.

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use sendbird_core::{FilePart, IntoParam, StringList};

use crate::models::{
    CommaList, GetHostResponse, HostType, ListLiveEventsResponse, ListParticipantsResponse,
    LiveEventResponse, LiveEventState, LiveEventType,
};
use crate::{LiveClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the live events family (hosts and participants included).
    registry: pub const ENDPOINTS;
    client: LiveClient;
    pending: Pending;

    /// Entry points for live events, their host and their participants: `live.live_events()`.
    family LiveEvents = live_events() {
        /// Creates a live event (state `created`); with `cover_file` the request is sent as
        /// `multipart/form-data`, JSON otherwise.
        pub struct CreateLiveEvent {
            operation: "create_live_event",
            request: POST "/live-events",
            idempotent: no,
            response: LiveEventResponse,
            required {
                /// How the event is hosted: `single_host`.
                body host_type: HostType,
                /// The users who may host the event (at most 10); comma-joined in multipart.
                body user_ids_for_host: StringList,
            }
            optional {
                /// The title (at most 191 characters).
                body title: String,
                /// The cover image URL (at most 2,048 characters).
                body cover_url: String,
                /// A cover image to upload (sends the request as multipart).
                file cover_file: FilePart,
                /// Video or audio-only, fixed at creation (sent as `type`, as the Live SDK does;
                /// not in the Platform API reference).
                body live_event_type as "type": LiveEventType,
                /// Custom key-value items (sent as `customItems`, as the Live SDK does; not in the
                /// Platform API reference).
                body custom_items as "customItems": HashMap<String, String>,
            }
        }

        /// Lists live events, filtered; paged with `next`/`prev` tokens.
        fn list -> pub struct ListLiveEvents {
            operation: "list_live_events",
            request: GET "/live-events",
            idempotent: yes,
            response: ListLiveEventsResponse,
            paginate: next,
            prev "The page token from a response's `prev`, to go back one page.",
            limit "Events per page, 1–100.",
            optional {
                /// Only events of this host type (`single_host`).
                query host_type: HostType,
                /// Only events in one of these states (comma-joined).
                query state: CommaList<LiveEventState>,
                /// Only events created at or after this time, Unix milliseconds.
                query created_at_start_date: i64,
                /// Only events created before this time, Unix milliseconds.
                query created_at_end_date: i64,
                /// Only events started at or after this time, Unix milliseconds.
                query started_at_start_date: i64,
                /// Only events started before this time, Unix milliseconds.
                query started_at_end_date: i64,
                /// Only events with at least this many current participants.
                query participant_count_range_gte: u64,
                /// Only events with at most this many current participants.
                query participant_count_range_lte: u64,
                /// Only events lasting at least this long, in milliseconds (Live SDK filter).
                query duration_range_gte: i64,
                /// Only events lasting at most this long, in milliseconds (Live SDK filter).
                query duration_range_lte: i64,
                /// Only these live events (comma-joined, each id encoded).
                query live_event_ids: StringList,
                /// Only events created by these users (comma-joined, each id encoded).
                query created_by_user_ids: StringList,
                /// Only events of these types (comma-joined; Live SDK filter).
                query types: CommaList<LiveEventType>,
            }
        }

        /// Retrieves a live event.
        fn get -> pub struct GetLiveEvent {
            operation: "get_live_event",
            request: GET "/live-events/{live_event_id}",
            idempotent: yes,
            response: LiveEventResponse,
            required {
                /// The live event id.
                path live_event_id: String,
            }
        }

        /// Updates a live event; with `cover_file` the request is sent as `multipart/form-data`,
        /// JSON otherwise.
        fn update -> pub struct UpdateLiveEvent {
            operation: "update_live_event",
            request: PUT "/live-events/{live_event_id}",
            idempotent: yes,
            response: LiveEventResponse,
            required {
                /// The live event id.
                path live_event_id: String,
            }
            optional {
                /// The users who may host the event (at most 10); comma-joined in multipart.
                body user_ids_for_host: StringList,
                /// The title (at most 191 characters).
                body title: String,
                /// The cover image URL (at most 2,048 characters).
                body cover_url: String,
                /// A cover image to upload (sends the request as multipart).
                file cover_file: FilePart,
            }
        }

        /// Sets a live event to `ready`: participants may enter and chat, without media yet.
        fn set_ready -> pub struct SetLiveEventReady {
            operation: "set_live_event_ready",
            request: POST "/live-events/{live_event_id}/ready",
            idempotent: no,
            response: LiveEventResponse,
            required {
                /// The live event id.
                path live_event_id: String,
            }
        }

        /// Starts a live event (`ongoing`): participants receive the host's media.
        fn start -> pub struct StartLiveEvent {
            operation: "start_live_event",
            request: POST "/live-events/{live_event_id}/start",
            idempotent: no,
            response: LiveEventResponse,
            required {
                /// The live event id.
                path live_event_id: String,
            }
        }

        /// Ends a live event (`ended`); participants are forced out. Answers with the ended event.
        fn end -> pub struct EndLiveEvent {
            operation: "end_live_event",
            request: DELETE "/live-events/{live_event_id}",
            idempotent: yes,
            response: LiveEventResponse,
            required {
                /// The live event id.
                path live_event_id: String,
            }
        }

        /// Retrieves the host of a live event.
        fn host -> pub struct GetHost {
            operation: "get_host",
            request: GET "/live-events/{live_event_id}/hosts",
            idempotent: yes,
            response: GetHostResponse,
            required {
                /// The live event id.
                path live_event_id: String,
            }
        }

        /// Lists every participant of a live event; paged with `next`/`prev` tokens.
        fn participants -> pub struct ListParticipants {
            operation: "list_participants",
            request: GET "/live-events/{live_event_id}/participants",
            idempotent: yes,
            response: ListParticipantsResponse,
            paginate: next,
            prev "The page token from a response's `prev`, to go back one page.",
            limit "Participants per page, 1–100 (default 10).",
            required {
                /// The live event id.
                path live_event_id: String,
            }
        }
    }
}

impl<'a> LiveEvents<'a> {
    /// Creates a single-host live event (state `created`) that these users may host (at
    /// most 10); set the title, cover and the rest on the result.
    pub fn create(
        &self,
        user_ids_for_host: impl IntoParam<StringList>,
    ) -> Pending<'a, CreateLiveEvent> {
        self.client.request(CreateLiveEvent::new(
            HostType::SingleHost,
            user_ids_for_host,
        ))
    }
}
