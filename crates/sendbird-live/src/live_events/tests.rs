//! Unit tests: every live events endpoint (host and participants included) on the wire, its
//! docs-shaped fixture decoded, the state machine, and paging through a scripted transport.

use super::*;
use crate::models::{HostState, LiveEvent, ParticipantState};
use crate::test_support::KIT;
use crate::LiveErrorExt;
use futures_util::TryStreamExt;
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::{json_body, multipart_form, path_and_query, ScriptedTransport};
use sendbird_core::{Endpoint, Idempotency, QueryParam, QueryValue};

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
    let request = KIT.assert_wire(&endpoint, "POST", "/v1/live-events");
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
}

#[tokio::test]
async fn create_live_event_multipart_with_a_cover_file() {
    let cover = FilePart::new("cover.jpg", &b"\xFF\xD8\xFFjpeg"[..]);
    let request = KIT.assert_wire(
        &CreateLiveEvent::new(HostType::SingleHost, ["h1", "h2"])
            .title("Launch ü")
            .cover_file(cover),
        "POST",
        "/v1/live-events",
    );
    let form = multipart_form(&request).await;
    let names = form.names();
    assert_eq!(
        names,
        ["host_type", "user_ids_for_host", "title", "cover_file"]
    );
    assert_eq!(form.parts[0].data, "single_host");
    assert_eq!(form.parts[1].data, "h1,h2");
    assert_eq!(form.parts[2].data, "Launch ü".as_bytes());
    assert_eq!(form.parts[3].file_name.as_deref(), Some("cover.jpg"));
    assert_eq!(form.parts[3].data, &b"\xFF\xD8\xFFjpeg"[..]);
    assert_eq!(form.parts[3].content_type.as_deref(), Some("image/jpeg"));
    assert_eq!(form.parts[0].file_name, None);
}

#[test]
fn list_live_events_query() {
    let request = KIT.wire(
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
    let single = KIT.wire(&ListLiveEvents::new().state(LiveEventState::Ended));
    assert_eq!(single.uri().query(), Some("state=ended"));
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &GetLiveEvent::new("a/b ü 漢"),
            "GET",
            "/v1/live-events/a%2Fb%20%C3%BC%20%E6%BC%A2",
        )
        .empty(),
        KIT.case(
            &ListParticipants::new("user@example.com/1")
                .limit(5)
                .next("n 1")
                .prev("p,1"),
            "GET",
            "/v1/live-events/user%40example.com%2F1/participants?next=n%201&prev=p%2C1&limit=5",
        )
        .empty(),
    ]);
}

#[test]
fn update_live_event_json_on_the_wire() {
    let request = KIT.assert_wire(
        &UpdateLiveEvent::new("50%")
            .title("New title")
            .user_ids_for_host(["h1"]),
        "PUT",
        "/v1/live-events/50%25",
    );
    assert_eq!(request.headers()["content-type"], JSON);
    assert_eq!(
        json_body(&request),
        serde_json::json!({"user_ids_for_host": ["h1"], "title": "New title"})
    );
    let check = UpdateLiveEvent::INFO.check_request.expect("a body checker");
    check(request.body()).expect("the body matches the declaration");
    assert_eq!(
        json_body(&KIT.wire(&UpdateLiveEvent::new("e"))),
        serde_json::json!({})
    );
}

#[tokio::test]
async fn update_live_event_multipart_with_a_cover_file() {
    let request = KIT.assert_wire(
        &UpdateLiveEvent::new("e/1")
            .user_ids_for_host(["h1", "h2"])
            .cover_file(FilePart::new("c.png", &b"\x89PNG"[..])),
        "PUT",
        "/v1/live-events/e%2F1",
    );
    let form = multipart_form(&request).await;
    let names = form.names();
    assert_eq!(names, ["user_ids_for_host", "cover_file"]);
    assert_eq!(form.parts[0].data, "h1,h2");
    assert_eq!(form.parts[1].file_name.as_deref(), Some("c.png"));
    assert_eq!(form.parts[1].data, &b"\x89PNG"[..]);
}

#[test]
fn state_changes_on_the_wire() {
    let ready = KIT.assert_wire(
        &SetLiveEventReady::new("user@example.com"),
        "POST",
        "/v1/live-events/user%40example.com/ready",
    );
    assert_eq!(
        ready.body(),
        "{}",
        "a bodiless POST sends the empty JSON object"
    );
    let meta = SetLiveEventReady::META;
    assert_eq!(
        meta.idempotency,
        Idempotency::No,
        "state changes are not retried"
    );

    let start = KIT.assert_wire(
        &StartLiveEvent::new("ü 漢"),
        "POST",
        "/v1/live-events/%C3%BC%20%E6%BC%A2/start",
    );
    assert_eq!(start.body(), "{}");

    let end = KIT.assert_wire_empty(&EndLiveEvent::new("a/b"), "DELETE", "/v1/live-events/a%2Fb");
    assert_eq!(end.headers()["content-type"], JSON);
}

#[test]
fn decodes_docs_shaped_responses() {
    let created = KIT.decode::<CreateLiveEvent>().live_event;
    assert_eq!(created.state, Some(LiveEventState::Created));
    assert_eq!(created.host_type, Some(HostType::SingleHost));
    assert_eq!(created.created_at, Some(1_657_689_627_823));
    assert_eq!(created.set_ready_at, None);
    assert_eq!(created.created_by.as_deref(), Some(""));
    assert_eq!(created.title.as_deref(), Some("Product launch"));
    assert_eq!(created.user_ids_for_host, ["testuser-00be487"]);
    assert!(created.host.is_none());

    let got: LiveEvent = KIT.decode::<GetLiveEvent>().live_event;
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

    let updated = KIT.decode::<UpdateLiveEvent>().live_event;
    assert_eq!(updated.user_ids_for_host.len(), 2);
    assert!(
        updated.custom_items.is_empty(),
        "null custom_items decode as empty"
    );

    let ready = KIT.decode::<SetLiveEventReady>().live_event;
    assert_eq!(ready.state, Some(LiveEventState::Ready));

    let started = KIT.decode::<StartLiveEvent>().live_event;
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

    let ended = KIT.decode::<EndLiveEvent>().live_event;
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

    let list = KIT.decode::<ListLiveEvents>();
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

/// A client whose transport answers with `transport`'s script.
fn scripted(transport: &ScriptedTransport) -> LiveClient {
    KIT.client::<LiveClient>(transport)
}

/// `METHOD path?query` of every request `transport` received.
fn targets(transport: &ScriptedTransport) -> Vec<String> {
    transport
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method(), path_and_query(r)))
        .collect()
}

#[tokio::test]
async fn list_streams_every_page_with_next_tokens() {
    let transport = ScriptedTransport::new()
        .ok_json(concat!(
            r#"{"live_events":[{"live_event_id":"e1"},{"live_event_id":"e2"}],"#,
            r#""prev":"","next":"n1"}"#
        ))
        .ok_json(concat!(
            r#"{"live_events":[{"live_event_id":"e3"},{"live_event_id":"e4"}],"#,
            r#""prev":"p1","next":"n2"}"#
        ))
        .ok_json(r#"{"live_events":[{"live_event_id":"e5"}],"prev":"p2","next":""}"#);
    let live = scripted(&transport);
    let ids: Vec<String> = collect_ok(
        live.live_events()
            .list()
            .state([LiveEventState::Ongoing])
            .limit(2)
            .stream()
            .map_ok(|event| event.live_event_id),
        "all pages",
    )
    .await;
    assert_eq!(ids, ["e1", "e2", "e3", "e4", "e5"]);
    assert_eq!(
        targets(&transport),
        [
            "GET /v1/live-events?limit=2&state=ongoing",
            "GET /v1/live-events?next=n1&limit=2&state=ongoing",
            "GET /v1/live-events?next=n2&limit=2&state=ongoing",
        ]
    );
}

#[tokio::test]
async fn pages_expose_prev_tokens_and_prev_goes_back() {
    let transport = ScriptedTransport::new()
        .ok_json(r#"{"live_events":[{"live_event_id":"e1"}],"prev":"","next":"n1"}"#)
        .ok_json(r#"{"live_events":[{"live_event_id":"e2"}],"prev":"p1","next":""}"#)
        .ok_json(r#"{"live_events":[{"live_event_id":"e1"}],"prev":"","next":"n1"}"#);
    let live = scripted(&transport);
    let pages: Vec<_> = collect_ok(live.live_events().list().pages(), "pages").await;
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
        transport.paths().last().map(String::as_str),
        Some("/v1/live-events?prev=p1")
    );
}

#[tokio::test]
async fn full_life_cycle_through_the_entry_points() {
    let transport = ScriptedTransport::new()
        .ok_json(r#"{"live_event":{"live_event_id":"ev 1","state":"created"}}"#)
        .ok_json(r#"{"live_event":{"live_event_id":"ev 1","state":"ready"}}"#)
        .ok_json(r#"{"live_event":{"live_event_id":"ev 1","state":"ongoing"}}"#)
        .ok_json(r#"{"live_event":{"live_event_id":"ev 1","state":"ended"}}"#)
        .status(400, r#"{"code":2800100,"message":"Live event not found."}"#);
    let live = scripted(&transport);
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
    assert_eq!(
        targets(&transport),
        [
            "POST /v1/live-events",
            "POST /v1/live-events/ev%201/ready",
            "POST /v1/live-events/ev%201/start",
            "DELETE /v1/live-events/ev%201",
            "GET /v1/live-events/missing",
        ]
    );
}

fn list<T>(value: impl IntoParam<CommaList<T>>) -> CommaList<T> {
    value.into_param()
}

#[test]
fn comma_lists_convert_and_push_comma_joined() {
    assert_eq!(list(LiveEventState::Ready).len(), 1);
    assert_eq!(
        list::<LiveEventType>(vec![LiveEventType::Video, LiveEventType::AudioOnly]).len(),
        2
    );
    let mut query = sendbird_core::Query::new();
    list::<LiveEventState>([LiveEventState::Ready, LiveEventState::Unknown("a,b".into())])
        .push_query("state", &mut query);
    assert_eq!(
        query.get("state"),
        Some(&QueryValue::List(vec!["ready".into(), "a,b".into()]))
    );
}

// The host of a live event.

#[test]
fn get_host_on_the_wire() {
    let request = KIT.assert_wire_empty(
        &GetHost::new("a/b ü"),
        "GET",
        "/v1/live-events/a%2Fb%20%C3%BC/hosts",
    );
    assert_eq!(
        request.headers()["content-type"],
        "application/json; charset=utf8"
    );
}

#[test]
fn decodes_the_docs_shaped_host() {
    let response = KIT.decode::<GetHost>();
    let host = response.host.as_ref().expect("a host");
    assert_eq!(host.host_id, "96705b6c-6ee4-44ac-b85c-8e08d3486443");
    assert_eq!(
        host.live_event_id.as_deref(),
        Some("225225c0-9097-431b-8317-fbf1fd6c8153")
    );
    assert_eq!(host.state, Some(HostState::Connected));
    assert_eq!(host.entered_at, Some(1_657_692_359_322));
    assert_eq!(host.connected_at, Some(1_657_692_489_322));
    assert_eq!((host.disconnected_at, host.exited_at), (None, None));
    assert_eq!(
        (host.is_audio_on, host.is_video_on),
        (Some(true), Some(true))
    );
    let user = host.user.as_ref().expect("a user");
    assert_eq!(user.user_id, "_Hi6='");
    assert_eq!(user.is_active, Some(false));
    assert_eq!(user.role, None);
    assert_eq!(response.hosts().count(), 1);
}

#[test]
fn decodes_the_multi_host_shape_too() {
    let body =
        br#"{"hosts":[{"host_id":"h1","has_audio_on":true},{"host_id":"h2","state":"exited"}]}"#;
    let response =
        <GetHost as sendbird_core::Endpoint>::decode_response(&bytes::Bytes::from_static(body))
            .expect("hosts[]");
    assert!(response.host.is_none());
    let ids: Vec<_> = response.hosts().map(|h| h.host_id.as_str()).collect();
    assert_eq!(ids, ["h1", "h2"]);
    assert_eq!(response.hosts[0].is_audio_on, Some(true));
    assert_eq!(response.hosts[1].state, Some(HostState::Exited));
}

#[tokio::test]
async fn entry_point_and_not_found() {
    let transport = ScriptedTransport::new()
        .ok_json(r#"{"host":{"host_id":"h","state":"entered","is_audio_on":false}}"#)
        .status(
            400,
            r#"{"code":400200,"type":"NOT_FOUND","message":"Live event not found"}"#,
        );
    let live = scripted(&transport);
    let response = live.live_events().host("e1").await.expect("host");
    assert_eq!(
        response.host.and_then(|h| h.state),
        Some(HostState::Entered)
    );
    let err = live
        .live_events()
        .host("nope")
        .await
        .expect_err("not found");
    assert!(err.is_not_found());
    assert_eq!(transport.requests().len(), 2);
}

// The participants of a live event.

#[test]
fn list_participants_on_the_wire() {
    let bare = KIT.wire(&ListParticipants::new("e"));
    assert_eq!(path_and_query(&bare), "/v1/live-events/e/participants");
}

#[test]
fn decodes_the_docs_shaped_page() {
    let page = KIT.decode::<ListParticipants>();
    assert_eq!(page.participants.len(), 2);
    let first = &page.participants[0];
    assert_eq!(first.participant_id, "1e411c1d-af5e-49e8-ae20-a463f93be4d1");
    assert_eq!(first.state, Some(ParticipantState::Entered));
    assert_eq!(first.entered_at, Some(1_657_692_983_239));
    assert_eq!(first.exited_at, None);
    assert_eq!(first.client_id.as_deref(), Some("test-client-id"));
    let second = &page.participants[1];
    assert_eq!(second.state, Some(ParticipantState::Exited));
    assert_eq!(second.duration, Some(60_000));
    let user = second.user.as_ref().expect("a user");
    assert_eq!(user.metadata["team"], "blue");
    assert_eq!(user.nickname.as_deref(), Some("Viewer"));
    assert_eq!(page.next.as_deref(), Some("p2"));
    assert_eq!(page.prev.as_deref(), Some(""));
}

#[tokio::test]
async fn streams_participants_across_pages() {
    let transport = ScriptedTransport::new()
        .ok_json(concat!(
            r#"{"participants":[{"participant_id":"p1","state":"entered"},"#,
            r#"{"participant_id":"p2","state":"entered"}],"prev":"","next":"n1"}"#
        ))
        .ok_json(concat!(
            r#"{"participants":[{"participant_id":"p3","state":"entered"}],"#,
            r#""prev":"b1","next":""}"#
        ));
    let live = scripted(&transport);
    let ids: Vec<String> = collect_ok(
        live.live_events()
            .participants("ev/1")
            .limit(2)
            .stream()
            .map_ok(|p| p.participant_id),
        "all pages",
    )
    .await;
    assert_eq!(ids, ["p1", "p2", "p3"]);
    assert_eq!(
        transport.paths(),
        [
            "/v1/live-events/ev%2F1/participants?limit=2",
            "/v1/live-events/ev%2F1/participants?next=n1&limit=2",
        ]
    );
}
