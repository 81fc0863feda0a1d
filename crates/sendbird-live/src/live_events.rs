//! Live events: create, list, get, update, and the state changes ready → start → end.
//!
//! A live event moves `created → ready → ongoing → ended` (see
//! [`LiveEventState`]); each state change answers with the
//! updated event.

use std::collections::HashMap;

use sendbird_core::{FilePart, StringList};

use crate::models::{
    CommaList, HostType, ListLiveEventsResponse, LiveEventResponse, LiveEventState, LiveEventType,
};
use crate::{LiveClient, Pending};

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Creates a live event (state `created`); with `cover_file` the request is sent as
    /// `multipart/form-data`, JSON otherwise.
    pub struct CreateLiveEvent {
        operation: "create_live_event",
        request: POST "/live-events",
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
    pub struct ListLiveEvents {
        operation: "list_live_events",
        request: GET "/live-events",
        response: ListLiveEventsResponse,
        paginate: next,
        required {}
        optional {
            /// The page token from the previous response's `next`.
            query next: String,
            /// The page token from a response's `prev`, to go back one page.
            query prev: String,
            /// Events per page, 1–100.
            query limit: u32,
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
    pub struct GetLiveEvent {
        operation: "get_live_event",
        request: GET "/live-events/{live_event_id}",
        response: LiveEventResponse,
        required {
            /// The live event id.
            path live_event_id: String,
        }
        optional {}
    }

    /// Updates a live event; with `cover_file` the request is sent as `multipart/form-data`,
    /// JSON otherwise.
    pub struct UpdateLiveEvent {
        operation: "update_live_event",
        request: PUT "/live-events/{live_event_id}",
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
    pub struct SetLiveEventReady {
        operation: "set_live_event_ready",
        request: POST "/live-events/{live_event_id}/ready",
        response: LiveEventResponse,
        required {
            /// The live event id.
            path live_event_id: String,
        }
        optional {}
    }

    /// Starts a live event (`ongoing`): participants receive the host's media.
    pub struct StartLiveEvent {
        operation: "start_live_event",
        request: POST "/live-events/{live_event_id}/start",
        response: LiveEventResponse,
        required {
            /// The live event id.
            path live_event_id: String,
        }
        optional {}
    }

    /// Ends a live event (`ended`); participants are forced out. Answers with the ended event.
    pub struct EndLiveEvent {
        operation: "end_live_event",
        request: DELETE "/live-events/{live_event_id}",
        response: LiveEventResponse,
        required {
            /// The live event id.
            path live_event_id: String,
        }
        optional {}
    }
}

/// Entry points for live events: `live.live_events()`.
#[derive(Debug, Clone, Copy)]
pub struct LiveEvents<'a> {
    pub(crate) live: &'a LiveClient,
}

impl LiveClient {
    /// The live events family (also hosts and participants of an event).
    pub fn live_events(&self) -> LiveEvents<'_> {
        LiveEvents { live: self }
    }
}

impl<'a> LiveEvents<'a> {
    /// Creates a single-host live event that these users may host (at most 10).
    pub fn create(
        self,
        user_ids_for_host: impl sendbird_core::IntoParam<StringList>,
    ) -> Pending<'a, CreateLiveEvent> {
        self.live.request(CreateLiveEvent::new(
            HostType::SingleHost,
            user_ids_for_host,
        ))
    }

    /// Lists live events; await one page or `.stream()` them all.
    pub fn list(self) -> Pending<'a, ListLiveEvents> {
        self.live.request(ListLiveEvents::new())
    }

    /// Retrieves a live event.
    pub fn get(self, live_event_id: impl Into<String>) -> Pending<'a, GetLiveEvent> {
        self.live.request(GetLiveEvent::new(live_event_id.into()))
    }

    /// Updates a live event (set the fields to change on the returned value).
    pub fn update(self, live_event_id: impl Into<String>) -> Pending<'a, UpdateLiveEvent> {
        self.live
            .request(UpdateLiveEvent::new(live_event_id.into()))
    }

    /// Sets a live event to `ready`.
    pub fn set_ready(self, live_event_id: impl Into<String>) -> Pending<'a, SetLiveEventReady> {
        self.live
            .request(SetLiveEventReady::new(live_event_id.into()))
    }

    /// Starts a live event (`ongoing`).
    pub fn start(self, live_event_id: impl Into<String>) -> Pending<'a, StartLiveEvent> {
        self.live.request(StartLiveEvent::new(live_event_id.into()))
    }

    /// Ends a live event (`ended`).
    pub fn end(self, live_event_id: impl Into<String>) -> Pending<'a, EndLiveEvent> {
        self.live.request(EndLiveEvent::new(live_event_id.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::LiveEvent;
    use crate::test_support::{
        decode_fixture, fake, fixture_bytes, json_body, multipart_parts, path_and_query, wire,
    };
    use crate::LiveErrorExt;
    use futures_util::TryStreamExt;
    use sendbird_core::Endpoint;

    const JSON: &str = "application/json; charset=utf8";

    fn event_json(id: &str, state: &str) -> serde_json::Value {
        serde_json::json!({"live_event_id": id, "host_type": "single_host", "state": state})
    }

    #[test]
    fn create_live_event_json_on_the_wire() {
        let endpoint = CreateLiveEvent::new(HostType::SingleHost, ["host@example.com", "b"])
            .title("Launch")
            .cover_url("https://example.com/c.png")
            .live_event_type(LiveEventType::AudioOnly)
            .custom_items(HashMap::from([("k".to_owned(), "v".to_owned())]));
        let request = wire(&endpoint);
        assert_eq!(request.method(), "POST");
        assert_eq!(path_and_query(&request), "/v1/live-events");
        assert_eq!(request.headers()["content-type"], JSON);
        assert_eq!(
            json_body(&request),
            serde_json::json!({
                "host_type": "single_host",
                "user_ids_for_host": ["host@example.com", "b"],
                "title": "Launch",
                "cover_url": "https://example.com/c.png",
                "type": "live_event_for_audio_only",
                "customItems": {"k": "v"},
            })
        );
        let check = CreateLiveEvent::INFO.check_request.expect("a body checker");
        check(request.body()).expect("the body matches the declaration");
        check(&fixture_bytes("requests", "create_live_event")).expect("request fixture");
    }

    #[tokio::test]
    async fn create_live_event_multipart_with_a_cover_file() {
        let cover = FilePart::new("cover.jpg", &b"\xFF\xD8\xFFjpeg"[..]);
        let request = wire(
            &CreateLiveEvent::new(HostType::SingleHost, ["h1", "h2"])
                .title("Launch ü")
                .cover_file(cover),
        );
        assert_eq!(request.method(), "POST");
        assert_eq!(path_and_query(&request), "/v1/live-events");
        let content_type = request.headers()["content-type"].to_str().expect("ascii");
        assert!(content_type.starts_with("multipart/form-data; boundary="));
        let parts = multipart_parts(&request).await;
        let names: Vec<_> = parts.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["host_type", "user_ids_for_host", "title", "cover_file"]
        );
        assert_eq!(parts[0].2, "single_host");
        assert_eq!(parts[1].2, "h1,h2");
        assert_eq!(parts[2].2, "Launch ü".as_bytes());
        assert_eq!(parts[3].1.as_deref(), Some("cover.jpg"));
        assert_eq!(parts[3].2, &b"\xFF\xD8\xFFjpeg"[..]);
        let parsed = sendbird_core::test_util::multipart_parts(&request).await;
        assert_eq!(parsed[3].content_type.as_deref(), Some("image/jpeg"));
        assert_eq!(parsed[0].file_name, None);
    }

    #[test]
    fn list_live_events_query() {
        let request = wire(
            &ListLiveEvents::new()
                .next("t0")
                .prev("p/0")
                .limit(2)
                .host_type(HostType::SingleHost)
                .state([LiveEventState::Ready, LiveEventState::Ongoing])
                .created_at_start_date(1_657_689_627_823_i64)
                .created_at_end_date(1_657_689_627_824_i64)
                .started_at_start_date(1_i64)
                .started_at_end_date(2_i64)
                .participant_count_range_gte(3_u64)
                .participant_count_range_lte(40_u64)
                .duration_range_gte(1000_i64)
                .duration_range_lte(60_000_i64)
                .live_event_ids(["a,b", "ü 漢"])
                .created_by_user_ids(["user@example.com", "50%"])
                .types([LiveEventType::Video, LiveEventType::AudioOnly]),
        );
        assert_eq!(request.method(), "GET");
        assert_eq!(request.uri().path(), "/v1/live-events");
        assert_eq!(
            request.uri().query(),
            Some(concat!(
                "next=t0&prev=p%2F0&limit=2&host_type=single_host&state=ready,ongoing",
                "&created_at_start_date=1657689627823&created_at_end_date=1657689627824",
                "&started_at_start_date=1&started_at_end_date=2",
                "&participant_count_range_gte=3&participant_count_range_lte=40",
                "&duration_range_gte=1000&duration_range_lte=60000",
                "&live_event_ids=a%2Cb,%C3%BC%20%E6%BC%A2",
                "&created_by_user_ids=user%40example.com,50%25",
                "&types=live_event_for_video,live_event_for_audio_only",
            ))
        );
        assert!(request.body().is_empty());
        assert_eq!(request.headers()["content-type"], JSON);
        let single = wire(&ListLiveEvents::new().state(LiveEventState::Ended));
        assert_eq!(single.uri().query(), Some("state=ended"));
    }

    #[test]
    fn get_live_event_encodes_the_id_as_one_segment() {
        let request = wire(&GetLiveEvent::new("a/b ü 漢"));
        assert_eq!(request.method(), "GET");
        assert_eq!(
            path_and_query(&request),
            "/v1/live-events/a%2Fb%20%C3%BC%20%E6%BC%A2"
        );
        assert!(request.body().is_empty());
    }

    #[test]
    fn update_live_event_json_on_the_wire() {
        let request = wire(
            &UpdateLiveEvent::new("50%")
                .title("New title")
                .user_ids_for_host(["h1"]),
        );
        assert_eq!(request.method(), "PUT");
        assert_eq!(path_and_query(&request), "/v1/live-events/50%25");
        assert_eq!(request.headers()["content-type"], JSON);
        assert_eq!(
            json_body(&request),
            serde_json::json!({"user_ids_for_host": ["h1"], "title": "New title"})
        );
        let check = UpdateLiveEvent::INFO.check_request.expect("a body checker");
        check(request.body()).expect("the body matches the declaration");
        check(&fixture_bytes("requests", "update_live_event")).expect("request fixture");
        assert_eq!(
            json_body(&wire(&UpdateLiveEvent::new("e"))),
            serde_json::json!({})
        );
    }

    #[tokio::test]
    async fn update_live_event_multipart_with_a_cover_file() {
        let request = wire(
            &UpdateLiveEvent::new("e/1")
                .user_ids_for_host(["h1", "h2"])
                .cover_file(FilePart::new("c.png", &b"\x89PNG"[..])),
        );
        assert_eq!(request.method(), "PUT");
        assert_eq!(path_and_query(&request), "/v1/live-events/e%2F1");
        let parts = multipart_parts(&request).await;
        let names: Vec<_> = parts.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["user_ids_for_host", "cover_file"]);
        assert_eq!(parts[0].2, "h1,h2");
        assert_eq!(parts[1].1.as_deref(), Some("c.png"));
        assert_eq!(parts[1].2, &b"\x89PNG"[..]);
    }

    #[test]
    fn state_changes_on_the_wire() {
        let ready = wire(&SetLiveEventReady::new("user@example.com"));
        assert_eq!(ready.method(), "POST");
        assert_eq!(
            path_and_query(&ready),
            "/v1/live-events/user%40example.com/ready"
        );
        assert_eq!(
            ready.body(),
            "{}",
            "a bodiless POST sends the empty JSON object"
        );
        let meta = SetLiveEventReady::META;
        assert!(!meta.idempotent, "state changes are not retried");

        let start = wire(&StartLiveEvent::new("ü 漢"));
        assert_eq!(start.method(), "POST");
        assert_eq!(
            path_and_query(&start),
            "/v1/live-events/%C3%BC%20%E6%BC%A2/start"
        );
        assert_eq!(start.body(), "{}");

        let end = wire(&EndLiveEvent::new("a/b"));
        assert_eq!(end.method(), "DELETE");
        assert_eq!(path_and_query(&end), "/v1/live-events/a%2Fb");
        assert!(end.body().is_empty());
        assert_eq!(end.headers()["content-type"], JSON);
    }

    #[test]
    fn decodes_docs_shaped_responses() {
        let created = decode_fixture::<CreateLiveEvent>("create_live_event").live_event;
        assert_eq!(created.state, Some(LiveEventState::Created));
        assert_eq!(created.host_type, Some(HostType::SingleHost));
        assert_eq!(created.created_at, Some(1_657_689_627_823));
        assert_eq!(created.set_ready_at, None);
        assert_eq!(created.created_by.as_deref(), Some(""));
        assert_eq!(created.title.as_deref(), Some("Product launch"));
        assert_eq!(created.user_ids_for_host, ["testuser-00be487"]);
        assert!(created.host.is_none());

        let got: LiveEvent = decode_fixture::<GetLiveEvent>("get_live_event").live_event;
        assert_eq!(got.state, Some(LiveEventState::Ready));
        assert_eq!(got.set_ready_at, Some(1_657_689_627_867));
        assert_eq!(
            (
                got.participant_count,
                got.peak_participant_count,
                got.cumulative_participant_count
            ),
            (Some(5), Some(7), Some(21))
        );
        assert!(got.custom_items.is_empty());
        assert!(got.can_transition_to(&LiveEventState::Ongoing));
        assert!(!got.can_transition_to(&LiveEventState::Ready));

        let updated = decode_fixture::<UpdateLiveEvent>("update_live_event").live_event;
        assert_eq!(updated.user_ids_for_host.len(), 2);
        assert!(
            updated.custom_items.is_empty(),
            "null custom_items decode as empty"
        );

        let ready = decode_fixture::<SetLiveEventReady>("set_live_event_ready").live_event;
        assert_eq!(ready.state, Some(LiveEventState::Ready));

        let started = decode_fixture::<StartLiveEvent>("start_live_event").live_event;
        assert_eq!(started.state, Some(LiveEventState::Ongoing));
        assert_eq!(started.is_host_streaming, Some(true));
        let host = started.host.as_ref().expect("a host");
        assert_eq!(host.is_audio_on, Some(true));
        assert_eq!(
            host.user.as_ref().map(|u| u.user_id.as_str()),
            Some("testuser-00be487")
        );
        assert_eq!(started.all_hosts().count(), 1);
        assert_eq!(started.custom_items["topic"], "launch");

        let ended = decode_fixture::<EndLiveEvent>("end_live_event").live_event;
        assert_eq!(ended.state, Some(LiveEventState::Ended));
        assert_eq!(ended.ended_at, Some(1_657_693_300_120));
        assert_eq!(ended.duration, Some(3_672_297));
        let recording = &ended.cloud_recordings[0];
        assert_eq!(recording.recording_id, "rec-7f3a9c");
        assert_eq!(
            recording.status,
            Some(crate::models::CloudRecordingStatus::Uploading)
        );
        assert_eq!(recording.byte_size, Some(734_003_200));

        let list = decode_fixture::<ListLiveEvents>("list_live_events");
        assert_eq!(list.live_events.len(), 2);
        assert_eq!(list.prev.as_deref(), Some(""));
        assert!(list.next.as_deref().is_some_and(|n| !n.is_empty()));
        assert_eq!(
            list.live_events[1].live_event_type,
            Some(LiveEventType::AudioOnly)
        );
        assert!(list.live_events[1].user_ids_for_host.is_empty());
        let page = sendbird_core::PageResponse::into_page(list);
        assert_eq!(
            page.prev, None,
            "an empty prev token means no previous page"
        );
        assert!(page.next.is_some());
    }

    #[test]
    fn state_machine() {
        use LiveEventState::{Created, Ended, Ongoing, Ready};
        assert!(Created.can_transition_to(&Ready));
        assert!(Created.can_transition_to(&Ongoing));
        assert!(Ready.can_transition_to(&Ongoing));
        assert!(Ongoing.can_transition_to(&Ended));
        assert!(Created.can_transition_to(&Ended));
        assert!(!Ready.can_transition_to(&Created));
        assert!(!Ongoing.can_transition_to(&Ready));
        assert!(!Ended.can_transition_to(&Ended));
        assert!(!Ready.can_transition_to(&Ready));
        let unknown = LiveEventState::from("archived");
        assert!(!unknown.can_transition_to(&Ended));
        assert!(!Created.can_transition_to(&unknown));
        for state in [Created, Ready, Ongoing, Ended, unknown] {
            for next in state.next_states() {
                assert!(state.can_transition_to(next), "{state} -> {next}");
            }
        }
        assert!(Ended.is_terminal() && Ended.next_states().is_empty());
        assert!(Ready.admits_participants() && !Created.admits_participants());
    }

    #[test]
    fn state_enum_accepts_unknown_and_empty_values() {
        let event: LiveEvent =
            serde_json::from_value(event_json("e", "paused")).expect("unknown state");
        assert_eq!(event.state, Some(LiveEventState::Unknown("paused".into())));
        assert_eq!(
            event.state.as_ref().map(LiveEventState::as_str),
            Some("paused")
        );
        let empty: LiveEvent = serde_json::from_value(event_json("e", "")).expect("empty state");
        assert_eq!(empty.state, Some(LiveEventState::Unknown(String::new())));
        let other: LiveEvent = serde_json::from_value(serde_json::json!({
            "live_event_id": "e", "host_type": "multi_host", "live_event_type": "live_event_for_3d"
        }))
        .expect("unknown host type and event type");
        assert_eq!(
            other.host_type,
            Some(HostType::Unknown("multi_host".into()))
        );
        assert_eq!(
            other.live_event_type,
            Some(LiveEventType::Unknown("live_event_for_3d".into()))
        );
        assert_eq!(
            serde_json::to_value(LiveEventState::Ongoing).ok(),
            Some("ongoing".into())
        );
    }

    fn token(target: &str, key: &str) -> Option<String> {
        target
            .split_once('?')
            .and_then(|(_, q)| q.split('&').find_map(|p| p.strip_prefix(key)))
            .map(str::to_owned)
    }

    #[tokio::test]
    async fn list_streams_every_page_with_next_tokens() {
        let (live, seen) = fake(|_, target| {
            let (ids, prev, next) = match token(target, "next=").as_deref() {
                None => (vec!["e1", "e2"], "", "n1"),
                Some("n1") => (vec!["e3", "e4"], "p1", "n2"),
                Some("n2") => (vec!["e5"], "p2", ""),
                Some(_) => {
                    return (
                        400,
                        r#"{"code":400100,"type":"INVALID_PARAMS","message":"bad token"}"#
                            .to_owned(),
                    )
                }
            };
            let events: Vec<_> = ids.iter().map(|id| event_json(id, "ongoing")).collect();
            let body = serde_json::json!({"live_events": events, "prev": prev, "next": next});
            (200, body.to_string())
        });
        let ids: Vec<String> = live
            .live_events()
            .list()
            .state([LiveEventState::Ongoing])
            .limit(2)
            .stream()
            .map_ok(|event| event.live_event_id)
            .try_collect()
            .await
            .expect("all pages");
        assert_eq!(ids, ["e1", "e2", "e3", "e4", "e5"]);
        let seen = seen.lock().expect("lock").clone();
        let targets: Vec<_> = seen.iter().map(|(m, t)| format!("{m} {t}")).collect();
        assert_eq!(
            targets,
            [
                "GET /v1/live-events?limit=2&state=ongoing",
                "GET /v1/live-events?next=n1&limit=2&state=ongoing",
                "GET /v1/live-events?next=n2&limit=2&state=ongoing",
            ]
        );
    }

    #[tokio::test]
    async fn pages_expose_prev_tokens_and_prev_goes_back() {
        let (live, seen) = fake(|_, target| {
            let body = match (token(target, "next="), token(target, "prev=")) {
                (None, None) => r#"{"live_events":[{"live_event_id":"e1"}],"prev":"","next":"n1"}"#,
                (Some(_), None) => {
                    r#"{"live_events":[{"live_event_id":"e2"}],"prev":"p1","next":""}"#
                }
                (None, Some(_)) => {
                    r#"{"live_events":[{"live_event_id":"e1"}],"prev":"","next":"n1"}"#
                }
                (Some(_), Some(_)) => r#"{"code":400100,"message":"both tokens"}"#,
            };
            (200, body.to_owned())
        });
        let pages: Vec<_> = live
            .live_events()
            .list()
            .pages()
            .try_collect()
            .await
            .expect("pages");
        assert_eq!(pages.len(), 2);
        assert_eq!(
            (pages[0].prev.as_deref(), pages[0].next.as_deref()),
            (None, Some("n1"))
        );
        assert_eq!(
            (pages[1].prev.as_deref(), pages[1].next.as_deref()),
            (Some("p1"), None)
        );
        let back = live
            .live_events()
            .list()
            .prev(pages[1].prev.clone().unwrap_or_default())
            .await
            .expect("previous page");
        assert_eq!(back.live_events[0].live_event_id, "e1");
        assert_eq!(
            seen.lock()
                .expect("lock")
                .last()
                .map(|(_, t)| t.clone())
                .as_deref(),
            Some("/v1/live-events?prev=p1")
        );
    }

    #[tokio::test]
    async fn full_life_cycle_through_the_entry_points() {
        let (live, seen) = fake(|method, target| {
            let state = match (method, target) {
                ("POST", "/v1/live-events") => "created",
                ("POST", t) if t.ends_with("/ready") => "ready",
                ("POST", t) if t.ends_with("/start") => "ongoing",
                ("DELETE", _) => "ended",
                ("GET", "/v1/live-events/missing") => {
                    return (
                        400,
                        r#"{"code":2800100,"message":"Live event not found."}"#.to_owned(),
                    )
                }
                _ => "created",
            };
            let body = serde_json::json!({"live_event": event_json("ev 1", state)});
            (200, body.to_string())
        });
        let events = live.live_events();
        let created = events.create(["host-1"]).title("t").await.expect("create");
        let id = created.live_event.live_event_id;
        let mut state = created.live_event.state.expect("a state");
        assert_eq!(state, LiveEventState::Created);
        for next in [
            LiveEventState::Ready,
            LiveEventState::Ongoing,
            LiveEventState::Ended,
        ] {
            assert!(state.can_transition_to(&next));
            let event = match next {
                LiveEventState::Ready => events.set_ready(&id).await,
                LiveEventState::Ongoing => events.start(&id).await,
                _ => events.end(&id).await,
            }
            .expect("state change")
            .live_event;
            state = event.state.expect("a state");
            assert_eq!(state, next);
        }
        let err = events.get("missing").await.expect_err("not found");
        assert!(err.is_not_found());
        assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
        let seen: Vec<_> = seen
            .lock()
            .expect("lock")
            .iter()
            .map(|(m, t)| format!("{m} {t}"))
            .collect();
        assert_eq!(
            seen,
            [
                "POST /v1/live-events",
                "POST /v1/live-events/ev%201/ready",
                "POST /v1/live-events/ev%201/start",
                "DELETE /v1/live-events/ev%201",
                "GET /v1/live-events/missing",
            ]
        );
    }
}
