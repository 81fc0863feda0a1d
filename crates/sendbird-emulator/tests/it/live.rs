//! Live v1 over HTTP: live events and their life cycle, hosts, participants, recordings.

use http::Method;
use sendbird_emulator::{
    CloudRecordingSeed, Emulator, LiveEventSeed, LiveHostSeed, LiveParticipantSeed, Seed,
};
use serde_json::{json, Value};

use crate::support::v1::{
    calls_error, calls_errors, copy_recording, get, invalid_queries, v1, walk, walk_participants,
    INVALID_PARAMS, MISSING_PARAMS, NOT_FOUND,
};
use crate::support::{
    assert_served, enc, listed, req, start, start_with, strs, Api, FilePart, Reply,
};

async fn create(api: &Api, body: Value) -> Reply {
    v1(api, Method::POST, "/live-events", Some(body)).await
}

/// `POST /live-events` as a multipart form.
async fn create_form(api: &Api, fields: &[(&str, &str)], files: &[FilePart<'_>]) -> Reply {
    api.multipart_at(Method::POST, "/v1/live-events", fields, files)
        .await
}

fn event_id(reply: &Reply) -> String {
    reply.ok()["live_event"]["live_event_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn state_error(reply: &Reply) {
    calls_error(reply, (400, 2800101, "ACTION_NOT_ALLOWED_IN_CURRENT_STATE"));
}

#[tokio::test]
async fn live_event_life_cycle() {
    let (emulator, api) = start_with(Seed::new().user("alice", "Alice")).await;
    let created = create(
        &api,
        json!({"host_type": "single_host", "user_ids_for_host": ["alice", "bob"],
               "title": "Launch", "cover_url": "https://x/c.png"}),
    )
    .await
    .ok();
    let event = &created["live_event"];
    let id = event["live_event_id"].as_str().unwrap().to_owned();
    assert_eq!(event["state"], "created");
    assert_eq!(event["host_type"], "single_host");
    assert_eq!(event["user_ids_for_host"], json!(["alice", "bob"]));
    assert_eq!(event["title"], "Launch");
    assert_eq!(event["cover_url"], "https://x/c.png");
    for field in ["set_ready_at", "started_at", "ended_at", "host"] {
        assert_eq!(event[field], Value::Null, "{field}");
    }
    for field in ["created_by", "set_ready_by", "started_by", "ended_by"] {
        assert_eq!(event[field], "", "{field}");
    }
    assert_eq!(event["is_host_streaming"], false);
    assert_eq!(event["duration"], 0);
    assert_eq!(event["participant_count"], 0);
    assert_eq!(event["custom_items"], json!({}));
    let path = format!("/live-events/{id}");
    assert_eq!(
        get(&api, &path).await.ok()["live_event"],
        created["live_event"]
    );

    let ready = v1(&api, Method::POST, &format!("{path}/ready"), None)
        .await
        .ok();
    let ready = &ready["live_event"];
    assert_eq!(ready["state"], "ready");
    let set_ready_at = ready["set_ready_at"].as_i64().unwrap();
    assert!(set_ready_at > ready["created_at"].as_i64().unwrap());
    assert_eq!(ready["set_ready_by"], "");
    state_error(&v1(&api, Method::POST, &format!("{path}/ready"), None).await);

    // The host enters through a client SDK (seeded), participants watch.
    emulator
        .apply_seed(
            &Seed::new()
                .live_host(LiveHostSeed::new(&id, "alice").host_id("host-1"))
                .live_participant(LiveParticipantSeed::new(&id, "carol"))
                .live_participant(LiveParticipantSeed::new(&id, "dave")),
        )
        .unwrap();
    let started = v1(&api, Method::POST, &format!("{path}/start"), None)
        .await
        .ok();
    let started = &started["live_event"];
    assert_eq!(started["state"], "ongoing");
    assert!(started["started_at"].as_i64().unwrap() > set_ready_at);
    assert_eq!(started["started_by"], "");
    assert_eq!(started["host"]["host_id"], "host-1");
    assert_eq!(started["host"]["state"], "entered");
    assert_eq!(started["host"]["user"]["nickname"], "Alice");
    assert_eq!(started["host"]["user"]["role"], Value::Null);
    assert_eq!(started["is_host_streaming"], false);
    assert_eq!(started["participant_count"], 2);
    assert_eq!(started["peak_participant_count"], 2);
    assert_eq!(started["cumulative_participant_count"], 2);
    // ready from ongoing is not allowed.
    state_error(&v1(&api, Method::POST, &format!("{path}/ready"), None).await);
    state_error(&v1(&api, Method::POST, &format!("{path}/start"), None).await);

    // Setting ready is optional: another event starts straight from `created`.
    let direct = create(
        &api,
        json!({"host_type": "single_host", "user_ids_for_host": ["alice"]}),
    )
    .await;
    let direct_path = format!("/live-events/{}", enc(&event_id(&direct)));
    let direct = v1(&api, Method::POST, &format!("{direct_path}/start"), None)
        .await
        .ok();
    assert_eq!(direct["live_event"]["state"], "ongoing");
    assert_eq!(direct["live_event"]["set_ready_at"], Value::Null);

    // Updates work while not ended.
    let updated = v1(&api, Method::PUT, &path, Some(json!({"title": "Launch!"})))
        .await
        .ok();
    assert_eq!(updated["live_event"]["title"], "Launch!");
    assert_eq!(updated["live_event"]["cover_url"], "https://x/c.png");

    let ended = v1(&api, Method::DELETE, &path, None).await.ok();
    let ended = &ended["live_event"];
    assert_eq!(ended["state"], "ended");
    let ended_at = ended["ended_at"].as_i64().unwrap();
    assert!(ended_at > started["started_at"].as_i64().unwrap());
    assert_eq!(ended["ended_by"], "");
    assert_eq!(
        ended["duration"].as_i64().unwrap(),
        ended_at - ended["created_at"].as_i64().unwrap()
    );
    assert_eq!(ended["participant_count"], 0);
    assert_eq!(ended["cumulative_participant_count"], 2);
    assert_eq!(ended["host"]["state"], "exited");
    let participants = get(&api, &format!("{path}/participants")).await.ok();
    assert!(participants["participants"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["state"] == "exited" && p["exited_at"] == ended_at));

    // Nothing is allowed after the end.
    for (method, suffix) in [
        (Method::POST, "/ready"),
        (Method::POST, "/start"),
        (Method::DELETE, ""),
    ] {
        state_error(&v1(&api, method, &format!("{path}{suffix}"), None).await);
    }
    state_error(&v1(&api, Method::PUT, &path, Some(json!({"title": "again"}))).await);
    assert_eq!(get(&api, &path).await.ok()["live_event"]["state"], "ended");
}

#[tokio::test]
async fn end_from_created_and_unknown_events() {
    let (_emulator, api) = start().await;
    let id = event_id(
        &create(
            &api,
            json!({"host_type": "single_host", "user_ids_for_host": ["a"]}),
        )
        .await,
    );
    let ended = v1(&api, Method::DELETE, &format!("/live-events/{id}"), None)
        .await
        .ok();
    assert_eq!(ended["live_event"]["state"], "ended");
    assert_eq!(ended["live_event"]["started_at"], Value::Null);
    for (method, path) in [
        (Method::GET, "/live-events/nope"),
        (Method::PUT, "/live-events/nope"),
        (Method::DELETE, "/live-events/nope"),
        (Method::POST, "/live-events/nope/ready"),
        (Method::POST, "/live-events/nope/start"),
        (Method::GET, "/live-events/nope/hosts"),
        (Method::GET, "/live-events/nope/participants"),
    ] {
        let reply = v1(&api, method, path, Some(json!({}))).await;
        calls_error(&reply, NOT_FOUND);
    }
}

#[tokio::test]
async fn create_and_update_errors() {
    let (_emulator, api) = start().await;
    let eleven: Vec<String> = (0..11).map(|i| format!("u{i}")).collect();
    let cases = [
        (json!({"user_ids_for_host": ["a"]}), MISSING_PARAMS),
        (json!({"host_type": "single_host"}), MISSING_PARAMS),
        (
            json!({"host_type": "multi_host", "user_ids_for_host": ["a"]}),
            INVALID_PARAMS,
        ),
        (
            json!({"host_type": 1, "user_ids_for_host": ["a"]}),
            INVALID_PARAMS,
        ),
        (
            json!({"host_type": "single_host", "user_ids_for_host": eleven}),
            INVALID_PARAMS,
        ),
        (
            json!({"host_type": "single_host", "user_ids_for_host": []}),
            INVALID_PARAMS,
        ),
        (
            json!({"host_type": "single_host", "user_ids_for_host": [1]}),
            INVALID_PARAMS,
        ),
        (
            json!({"host_type": "single_host", "user_ids_for_host": {"a": 1}}),
            INVALID_PARAMS,
        ),
        (
            json!({"host_type": "single_host", "user_ids_for_host": ["a"], "title": "t".repeat(192)}),
            INVALID_PARAMS,
        ),
        (
            json!({"host_type": "single_host", "user_ids_for_host": ["a"], "cover_url": "u".repeat(2049)}),
            INVALID_PARAMS,
        ),
        (
            json!({"host_type": "single_host", "user_ids_for_host": ["a"], "custom_items": {"a,b": "c"}}),
            INVALID_PARAMS,
        ),
    ];
    for (body, expected) in cases {
        calls_error(&create(&api, body).await, expected);
    }
    // 191 characters and 10 hosts are fine.
    let ten: Vec<String> = (0..10).map(|i| format!("u{i}")).collect();
    let id = event_id(
        &create(
            &api,
            json!({"host_type": "single_host", "user_ids_for_host": ten, "title": "t".repeat(191)}),
        )
        .await,
    );
    let path = format!("/live-events/{id}");
    calls_errors(
        &api,
        &[
            (
                req::put(&path, json!({"user_ids_for_host": eleven})),
                INVALID_PARAMS,
            ),
            (
                req::put(&path, json!({"title": "t".repeat(192)})),
                INVALID_PARAMS,
            ),
        ],
    )
    .await;
    let updated = v1(
        &api,
        Method::PUT,
        &path,
        Some(json!({"user_ids_for_host": "x%2Cy,z"})),
    )
    .await
    .ok();
    assert_eq!(
        updated["live_event"]["user_ids_for_host"],
        json!(["x,y", "z"])
    );
}

#[tokio::test]
async fn multipart_create_and_update_with_cover_file() {
    let (_emulator, api) = start().await;
    let png = b"\x89PNG fake cover";
    let reply = create_form(
        &api,
        &[
            ("host_type", "single_host"),
            ("user_ids_for_host", "alice,b%2Fob"),
            ("title", "Form event"),
        ],
        &[("cover_file", "cover.png", "image/png", png)],
    )
    .await;
    let event = reply.ok()["live_event"].clone();
    assert_eq!(event["user_ids_for_host"], json!(["alice", "b/ob"]));
    assert_eq!(event["title"], "Form event");
    let cover = event["cover_url"].as_str().unwrap().to_owned();
    assert!(cover.ends_with("/cover.png"), "{cover}");
    assert_served(&api, &cover, png, "image/png").await;

    let id = event["live_event_id"].as_str().unwrap();
    let reply = api
        .multipart_at(
            Method::PUT,
            &format!("/v1/live-events/{id}"),
            &[("user_ids_for_host", r#"["carol","dave"]"#)],
            &[("cover_file", "new.jpg", "image/jpeg", b"JPEG")],
        )
        .await;
    let event = reply.ok()["live_event"].clone();
    assert_eq!(event["user_ids_for_host"], json!(["carol", "dave"]));
    assert_eq!(event["title"], "Form event");
    let cover = event["cover_url"].as_str().unwrap().to_owned();
    assert!(cover.ends_with("/new.jpg"));
    assert_served(&api, &cover, b"JPEG", "image/jpeg").await;

    // Repeated parts work too; a missing host type is still missing.
    let reply = create_form(
        &api,
        &[
            ("host_type", "single_host"),
            ("user_ids_for_host", "a"),
            ("user_ids_for_host", "b"),
        ],
        &[],
    )
    .await;
    assert_eq!(
        reply.ok()["live_event"]["user_ids_for_host"],
        json!(["a", "b"])
    );
    let reply = create_form(&api, &[("user_ids_for_host", "a")], &[]).await;
    calls_error(&reply, MISSING_PARAMS);
}

#[tokio::test]
async fn list_live_events_filters_and_paging() {
    let seed = Seed::new()
        .live_event(LiveEventSeed::new("seeded-1", ["alice"]).created_by("alice"))
        .live_event(
            LiveEventSeed::new("seeded-2", ["bob"])
                .created_by("bob")
                .title("Two"),
        );
    let (emulator, api) = start_with(seed).await;
    let mut created = vec!["seeded-1".to_owned(), "seeded-2".to_owned()];
    for i in 0..12 {
        let id = event_id(
            &create(
                &api,
                json!({"host_type": "single_host", "user_ids_for_host": [format!("h{i}")]}),
            )
            .await,
        );
        created.push(id);
    }
    let items = walk(&api, "/live-events", "live_events", "live_event_id", 4).await;
    let ids = strs(&items, "live_event_id");
    let mut newest_first: Vec<&str> = created.iter().map(String::as_str).collect();
    newest_first.reverse();
    assert_eq!(ids, newest_first);

    // Move some events along.
    let ready_id = &created[2];
    let ongoing_id = &created[3];
    let ended_id = &created[4];
    v1(
        &api,
        Method::POST,
        &format!("/live-events/{ready_id}/ready"),
        None,
    )
    .await
    .ok();
    for step in ["ready", "start"] {
        v1(
            &api,
            Method::POST,
            &format!("/live-events/{ongoing_id}/{step}"),
            None,
        )
        .await
        .ok();
    }
    v1(
        &api,
        Method::DELETE,
        &format!("/live-events/{ended_id}"),
        None,
    )
    .await
    .ok();
    emulator
        .apply_seed(
            &Seed::new()
                .live_participant(LiveParticipantSeed::new(ongoing_id.as_str(), "p1"))
                .live_participant(LiveParticipantSeed::new(ongoing_id.as_str(), "p2")),
        )
        .unwrap();

    let ids_of = |body: &Value| listed(body, "live_events", "live_event_id");
    let body = get(
        &api,
        "/live-events?limit=100&state=created&host_type=single_host",
    )
    .await
    .ok();
    assert_eq!(ids_of(&body).len(), 11);
    let started_at = get(&api, &format!("/live-events/{ongoing_id}")).await.ok()["live_event"]
        ["started_at"]
        .as_i64()
        .unwrap();
    let seeded_2 = get(&api, "/live-events/seeded-2").await.ok()["live_event"]["created_at"]
        .as_i64()
        .unwrap();
    // Each filter query and the ids it lists, in order.
    let cases: Vec<(String, Vec<&str>)> = vec![
        (
            "state=ready,ongoing".into(),
            vec![ongoing_id.as_str(), ready_id.as_str()],
        ),
        ("state=ended".into(), vec![ended_id.as_str()]),
        ("created_by_user_ids=bob".into(), vec!["seeded-2"]),
        (
            format!("live_event_ids={},seeded-1", enc(ready_id)),
            vec![ready_id.as_str(), "seeded-1"],
        ),
        (
            "participant_count_range_gte=2".into(),
            vec![ongoing_id.as_str()],
        ),
        ("duration_range_gte=1".into(), vec![ended_id.as_str()]),
        (
            format!("started_at_start_date={started_at}"),
            vec![ongoing_id.as_str()],
        ),
        (format!("started_at_end_date={started_at}"), vec![]),
        (
            format!("limit=100&created_at_end_date={seeded_2}"),
            vec!["seeded-1"],
        ),
    ];
    for (query, want) in cases {
        let body = get(&api, &format!("/live-events?{query}")).await.ok();
        assert_eq!(ids_of(&body), want, "{query}");
    }

    invalid_queries(
        &api,
        "/live-events",
        &[
            "state=paused",
            "host_type=multi_host",
            "limit=0",
            "next=nope",
            "created_at_start_date=x",
        ],
    )
    .await;
}

#[tokio::test]
async fn host_and_participants() {
    let mut seed = Seed::new()
        .user("alice", "Alice")
        .live_event(LiveEventSeed::new("ev", ["alice", "bob"]));
    let (emulator, api) = start_with(seed.clone()).await;
    let reply = get(&api, "/live-events/ev/hosts").await;
    calls_error(&reply, NOT_FOUND);
    // Participants can't be in a created event.
    let early =
        emulator.apply_seed(&Seed::new().live_participant(LiveParticipantSeed::new("ev", "x")));
    assert!(early.is_err());
    // Hosts must be candidates.
    let stranger = emulator.apply_seed(&Seed::new().live_host(LiveHostSeed::new("ev", "mallory")));
    assert!(stranger.is_err());

    emulator
        .apply_seed(
            &Seed::new().live_host(
                LiveHostSeed::new("ev", "alice")
                    .host_id("h1")
                    .client_id("c1")
                    .entered_at(1_700_000_000_000)
                    .connected_at(1_700_000_000_500)
                    .audio(false),
            ),
        )
        .unwrap();
    // Single host: a second present host is refused.
    let second = emulator.apply_seed(&Seed::new().live_host(LiveHostSeed::new("ev", "bob")));
    assert!(second.is_err());
    let host = get(&api, "/live-events/ev/hosts").await.ok()["host"].clone();
    assert_eq!(host["host_id"], "h1");
    assert_eq!(host["client_id"], "c1");
    assert_eq!(host["live_event_id"], "ev");
    assert_eq!(host["state"], "connected");
    assert_eq!(host["connected_at"], 1_700_000_000_500_i64);
    assert_eq!(host["disconnected_at"], Value::Null);
    assert_eq!(host["is_audio_on"], false);
    assert_eq!(host["is_video_on"], true);
    assert_eq!(host["user"]["user_id"], "alice");
    assert_eq!(host["user"]["nickname"], "Alice");

    v1(&api, Method::POST, "/live-events/ev/ready", None)
        .await
        .ok();
    v1(&api, Method::POST, "/live-events/ev/start", None)
        .await
        .ok();
    let event = get(&api, "/live-events/ev").await.ok()["live_event"].clone();
    assert_eq!(event["is_host_streaming"], true);

    seed = Seed::new();
    for i in 0..13 {
        let mut participant = LiveParticipantSeed::new("ev", format!("viewer-{i}"))
            .participant_id(format!("p{i:02}"))
            .entered_at(1_700_000_000_000 + i * 1000);
        if i % 3 == 0 {
            participant = participant.exited_at(1_700_000_050_000 + i * 1000);
        }
        seed = seed.live_participant(participant);
    }
    emulator.apply_seed(&seed).unwrap();
    let by_id = walk_participants(&api, "/live-events/ev/participants", 4, "p", 13).await;
    let p0 = &by_id["p00"];
    assert_eq!(p0["state"], "exited");
    assert_eq!(p0["duration"], 50_000);
    assert_eq!(p0["user"]["user_id"], "viewer-0");
    assert_eq!(p0["live_event_id"], "ev");
    let p1 = &by_id["p01"];
    assert_eq!(p1["state"], "entered");
    assert_eq!(p1["exited_at"], Value::Null);
    let event = get(&api, "/live-events/ev").await.ok()["live_event"].clone();
    assert_eq!(event["participant_count"], 8);
    assert_eq!(event["cumulative_participant_count"], 13);
    let reply = get(&api, "/live-events/ev/participants?limit=101").await;
    calls_error(&reply, INVALID_PARAMS);
}

#[tokio::test]
async fn live_recording_copy_and_seed_errors() {
    let seed = Seed::new()
        .live_event(LiveEventSeed::new("ev", ["alice"]))
        .cloud_recording(CloudRecordingSeed::live_event("rec-live", "ev"))
        .cloud_recording(CloudRecordingSeed::live_event("rec-paused", "ev").status("paused"));
    let (_emulator, api) = start_with(seed).await;
    let body =
        json!({"access_key": "AK", "secret_key": "SK", "bucket": "b", "region": "ap-northeast-2"});
    let copied = copy_recording(&api, "rec-live", body.clone()).await.ok();
    assert_eq!(copied["cloud_recording"]["target_event_type"], "live");
    assert_eq!(copied["cloud_recording"]["live_event_id"], "ev");
    assert_eq!(copied["copy"]["region"], "ap-northeast-2");
    let event = get(&api, "/live-events/ev").await.ok()["live_event"].clone();
    assert_eq!(event["cloud_recordings"].as_array().unwrap().len(), 2);
    let reply = copy_recording(&api, "rec-paused", body).await;
    calls_error(&reply, INVALID_PARAMS);
    let reply = copy_recording(
        &api,
        "rec-live",
        json!({"access_key": "AK", "secret_key": "SK", "bucket": ""}),
    )
    .await;
    calls_error(&reply, MISSING_PARAMS);

    for bad in [
        Seed::new().live_event(LiveEventSeed::new("e", Vec::<String>::new())),
        Seed::new().live_host(LiveHostSeed::new("missing", "a")),
        Seed::new()
            .live_event(LiveEventSeed::new("e", ["a"]))
            .live_event(LiveEventSeed::new("e", ["a"])),
        Seed::new().cloud_recording(CloudRecordingSeed::live_event("r", "missing")),
        Seed::new()
            .live_event(LiveEventSeed::new("e", ["a"]))
            .cloud_recording(CloudRecordingSeed::live_event("r", "e"))
            .cloud_recording(CloudRecordingSeed::live_event("r", "e")),
    ] {
        let error = Emulator::builder().seed(bad).start().await.unwrap_err();
        assert!(error.to_string().contains("seed step"), "{error}");
    }
}
