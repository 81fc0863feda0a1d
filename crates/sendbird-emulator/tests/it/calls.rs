//! Calls v1 over HTTP: rooms, direct calls, users, push tokens, webhooks, recordings.

use bytes::Bytes;
use http::Method;
use sendbird_emulator::{
    CloudRecordingSeed, DirectCallSeed, Emulator, Fault, RateLimit, RoomParticipantSeed, RoomSeed,
    Seed,
};
use serde_json::{json, Value};

use crate::support::v1::{
    calls_error, calls_errors, copy_recording, get, invalid_queries, v1, walk, walk_participants,
    INVALID_PARAMS, INVALID_ROOM, MISSING_PARAMS, NOT_AUTHORIZED, NOT_FOUND,
};
use crate::support::{enc, listed, req, start, start_with, strs, Api, Reply};

fn room_id(reply: &Reply) -> String {
    reply.ok()["room"]["room_id"].as_str().unwrap().to_owned()
}

/// Creates a room of this type through the API; returns its id.
async fn create_room(api: &Api, room_type: &str) -> String {
    let body = json!({ "type": room_type });
    room_id(&v1(api, Method::POST, "/rooms", Some(body)).await)
}

#[tokio::test]
async fn rooms_create_get_delete() {
    let (_emulator, api) = start().await;
    let created = v1(
        &api,
        Method::POST,
        "/rooms",
        Some(json!({"type": "small_room_for_video", "custom_items": {"topic": "standup"}})),
    )
    .await
    .ok();
    let room = &created["room"];
    let id = room["room_id"].as_str().unwrap().to_owned();
    assert_eq!(room["room_type"], "small_room_for_video");
    assert_eq!(room["state"], "open");
    assert_eq!(room["created_by"], "");
    assert_eq!(room["deleted_by"], "");
    assert_eq!(room["custom_items"], json!({"topic": "standup"}));
    assert_eq!(room["current_participants"], json!([]));
    assert!(room["created_at"].as_i64().unwrap() > 1_600_000_000_000);

    let fetched = get(&api, &format!("/rooms/{id}")).await.ok();
    assert_eq!(fetched["room"], created["room"]);

    let deleted = v1(&api, Method::DELETE, &format!("/rooms/{id}"), None)
        .await
        .ok();
    assert_eq!(deleted["room"]["state"], "deleted");
    assert_eq!(deleted["room"]["deleted_by"], "");
    assert_eq!(
        get(&api, &format!("/rooms/{id}")).await.ok()["room"]["state"],
        "deleted"
    );
    // A deleted room can't be deleted again nor have its items changed.
    calls_errors(
        &api,
        &[
            (req::delete(&format!("/rooms/{id}")), INVALID_ROOM),
            (
                req::put(
                    &format!("/rooms/{id}/custom_items"),
                    json!({"custom_items": {"a": "b"}, "mode": "upsert"}),
                ),
                INVALID_ROOM,
            ),
            (
                req::delete(&format!("/rooms/{id}/custom_items")),
                INVALID_ROOM,
            ),
        ],
    )
    .await;

    // Errors.
    // An unknown room is INVALID_ROOM ("room ID doesn't exist or was deleted").
    calls_errors(
        &api,
        &[
            (req::get("/rooms/nope"), INVALID_ROOM),
            (req::delete("/rooms/nope"), INVALID_ROOM),
            (req::post("/rooms", json!({})), MISSING_PARAMS),
            (
                req::post("/rooms", json!({"type": "huge_room"})),
                INVALID_PARAMS,
            ),
            (req::post("/rooms", json!({"type": 5})), INVALID_PARAMS),
            (
                req::post(
                    "/rooms",
                    json!({"type": "large_room_for_audio_only", "custom_items": "x"}),
                ),
                INVALID_PARAMS,
            ),
        ],
    )
    .await;
    let reply = api
        .raw(
            Method::POST,
            "/v1/rooms",
            Some("application/json"),
            Bytes::from_static(b"{oops"),
        )
        .await;
    calls_error(&reply, INVALID_PARAMS);
}

#[tokio::test]
async fn rooms_page_to_the_end_both_ways() {
    let (_emulator, api) = start().await;
    let mut created = Vec::new();
    for i in 0..23 {
        let room_type = if i % 2 == 0 {
            "small_room_for_video"
        } else {
            "large_room_for_audio_only"
        };
        created.push(create_room(&api, room_type).await);
    }
    let items = walk(&api, "/rooms", "rooms", "room_id", 5).await;
    let ids = strs(&items, "room_id");
    let mut newest_first: Vec<&str> = created.iter().map(String::as_str).collect();
    newest_first.reverse();
    assert_eq!(ids, newest_first);

    // First page: no prev; limit bounds and bad tokens.
    let first = get(&api, "/rooms?limit=5").await.ok();
    assert_eq!(first["prev"], "");
    assert_eq!(first["rooms"].as_array().unwrap().len(), 5);
    let all = get(&api, "/rooms?limit=100").await.ok();
    assert_eq!(all["rooms"].as_array().unwrap().len(), 23);
    assert_eq!(all["next"], "");
    assert_eq!(
        get(&api, "/rooms").await.ok()["rooms"]
            .as_array()
            .unwrap()
            .len(),
        10
    );
    invalid_queries(
        &api,
        "/rooms",
        &[
            "limit=0",
            "limit=101",
            "limit=ten",
            "next=garbage",
            "prev=zzz",
        ],
    )
    .await;
    // A `next` token isn't a `prev` token.
    let next = first["next"].as_str().unwrap();
    let reply = get(&api, &format!("/rooms?prev={}", enc(next))).await;
    calls_error(&reply, INVALID_PARAMS);

    // Deleting an item between pages neither repeats nor skips.
    let second = get(&api, &format!("/rooms?limit=5&next={}", enc(next)))
        .await
        .ok();
    let second_ids = listed(&second, "rooms", "room_id");
    assert_eq!(second_ids, newest_first[5..10]);
    let filtered = get(&api, "/rooms?limit=3&state=open&type=small_room_for_video")
        .await
        .ok();
    assert!(filtered["rooms"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["room_type"] == "small_room_for_video"));
}

#[tokio::test]
async fn room_filters() {
    let seed = Seed::new()
        .room(RoomSeed::new("seeded-a", "small_room_for_video").created_by("alice"))
        .room(RoomSeed::new("seeded-b", "large_room_for_audio_only").created_by("bob"))
        .room_participant(RoomParticipantSeed::new("seeded-a", "alice"))
        .room_participant(RoomParticipantSeed::new("seeded-a", "bob"))
        .room_participant(
            RoomParticipantSeed::new("seeded-b", "carol")
                .entered_at(1_000)
                .exited_at(61_000),
        );
    let (_emulator, api) = start_with(seed).await;
    let ids = |body: &Value| listed(body, "rooms", "room_id");
    let api_room = create_room(&api, "small_room_for_video").await;
    v1(&api, Method::DELETE, &format!("/rooms/{api_room}"), None)
        .await
        .ok();

    let body = get(&api, "/rooms?type=large_room_for_audio_only")
        .await
        .ok();
    assert_eq!(ids(&body), ["seeded-b"]);
    let body = get(&api, "/rooms?type=all").await.ok();
    assert_eq!(ids(&body).len(), 3);
    let body = get(&api, "/rooms?state=deleted").await.ok();
    assert_eq!(ids(&body), [api_room.as_str()]);
    let body = get(&api, "/rooms?state=open").await.ok();
    assert_eq!(ids(&body), ["seeded-b", "seeded-a"]);
    let body = get(&api, "/rooms?room_ids=seeded-a,nope").await.ok();
    assert_eq!(ids(&body), ["seeded-a"]);
    let body = get(&api, "/rooms?room_id=seeded-b").await.ok();
    assert_eq!(ids(&body), ["seeded-b"]);
    let body = get(&api, "/rooms?created_by_user_ids=bob,zed").await.ok();
    assert_eq!(ids(&body), ["seeded-b"]);
    let body = get(&api, "/rooms?current_participant_range_gte=2")
        .await
        .ok();
    assert_eq!(ids(&body), ["seeded-a"]);
    let body = get(&api, "/rooms?current_participant_range_lte=0")
        .await
        .ok();
    assert_eq!(ids(&body).len(), 2);
    let created_at = get(&api, "/rooms/seeded-b").await.ok()["room"]["created_at"]
        .as_i64()
        .unwrap();
    let body = get(
        &api,
        &format!(
            "/rooms?created_at_start_date={created_at}&created_at_end_date={}",
            created_at + 1
        ),
    )
    .await
    .ok();
    assert_eq!(ids(&body), ["seeded-b"]);

    // Bad filters.
    let eleven: Vec<String> = (0..11).map(|i| format!("r{i}")).collect();
    for bad in [
        format!("room_ids={}", eleven.join(",")),
        "room_ids=a&room_id=b".to_owned(),
        "state=closed".to_owned(),
        "type=medium".to_owned(),
        "created_at_start_date=yesterday".to_owned(),
        "current_participant_range_gte=x".to_owned(),
    ] {
        let reply = get(&api, &format!("/rooms?{bad}")).await;
        calls_error(&reply, INVALID_PARAMS);
    }
}

#[tokio::test]
async fn room_participants_are_seeded_and_paged() {
    let mut seed = Seed::new()
        .user("alice", "Alice")
        .room(RoomSeed::new("video", "small_room_for_video"))
        .room(RoomSeed::new("audio", "large_room_for_audio_only"));
    for i in 0..12 {
        let mut participant = RoomParticipantSeed::new("audio", format!("user-{i}"))
            .participant_id(format!("p-{i:02}"))
            .entered_at(1_700_000_000_000 + i * 1000);
        if i < 5 {
            participant = participant.exited_at(1_700_000_100_000 + i * 1000);
        }
        seed = seed.room_participant(participant);
    }
    seed = seed.room_participant(
        RoomParticipantSeed::new("video", "alice")
            .participant_id("alice-1")
            .client_id("client-1")
            .entered_at(1_700_000_000_000)
            .connected_at(1_700_000_000_500)
            .audio(false),
    );
    let (emulator, api) = start_with(seed).await;

    let room = get(&api, "/rooms/audio").await.ok()["room"].clone();
    assert_eq!(room["current_participants"].as_array().unwrap().len(), 7);
    let by_id = walk_participants(&api, "/rooms/audio/participants", 5, "p-", 12).await;
    let exited = &by_id["p-00"];
    assert_eq!(exited["state"], "exited");
    assert_eq!(exited["duration"], 100);
    assert_eq!(exited["is_video_on"], false, "audio rooms have no video");
    let present = &by_id["p-11"];
    assert_eq!(present["state"], "entered");
    assert_eq!(present["exited_at"], Value::Null);
    assert_eq!(present["duration"], Value::Null);

    let video = get(&api, "/rooms/video").await.ok()["room"].clone();
    let alice = &video["current_participants"][0];
    assert_eq!(alice["state"], "connected");
    assert_eq!(alice["client_id"], "client-1");
    assert_eq!(alice["user"]["user_id"], "alice");
    assert_eq!(alice["user"]["nickname"], "Alice");
    assert_eq!(alice["is_audio_on"], false);
    assert_eq!(alice["room_id"], "video");

    // A video room holds 6 participants at once.
    let mut more = Seed::new();
    for i in 0..5 {
        more = more.room_participant(RoomParticipantSeed::new("video", format!("v{i}")));
    }
    emulator.apply_seed(&more).unwrap();
    let full =
        emulator.apply_seed(&Seed::new().room_participant(RoomParticipantSeed::new("video", "x")));
    assert!(full.unwrap_err().to_string().contains("full"));
    // Deleting the room makes everyone exit.
    v1(&api, Method::DELETE, "/rooms/video", None).await.ok();
    let video = get(&api, "/rooms/video").await.ok()["room"].clone();
    assert_eq!(video["current_participants"], json!([]));
    let participants = get(&api, "/rooms/video/participants?limit=100").await.ok();
    assert!(participants["participants"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["state"] == "exited"));
    calls_error(&get(&api, "/rooms/nope/participants").await, INVALID_ROOM);
    let reply = get(&api, "/rooms/audio/participants?limit=0").await;
    calls_error(&reply, INVALID_PARAMS);
}

async fn check_custom_items_limits(api: &Api, path: &str) {
    let put = |body: Value| v1(api, Method::PUT, path, Some(body));
    let eleven: serde_json::Map<String, Value> =
        (0..11).map(|i| (format!("k{i}"), json!("v"))).collect();
    calls_error(
        &put(json!({"custom_items": eleven, "mode": "upsert"})).await,
        INVALID_PARAMS,
    );
    let long = "x".repeat(129);
    let ok_len = "y".repeat(128);
    for bad in [
        json!({"custom_items": {long.clone(): "v"}}),
        json!({"custom_items": {"k": long.clone()}}),
        json!({"custom_items": {"a,b": "v"}}),
        json!({"custom_items": {"k": 1}}),
        json!({"custom_items": {"k": "v"}, "mode": "replace"}),
    ] {
        calls_error(&put(bad).await, INVALID_PARAMS);
    }
    calls_error(&put(json!({"mode": "upsert"})).await, MISSING_PARAMS);

    let nine: serde_json::Map<String, Value> =
        (0..9).map(|i| (format!("k{i}"), json!("v"))).collect();
    let body = put(json!({"custom_items": nine, "mode": "upsert"}))
        .await
        .ok();
    assert_eq!(body["custom_items"].as_object().unwrap().len(), 9);
    assert_eq!(body["updated"].as_array().unwrap().len(), 9);
    assert!(body["affected_at"].as_i64().unwrap() > 0);
    let body = put(
        json!({"custom_items": {ok_len.clone(): ok_len.clone(), "k0": "new"}, "mode": "upsert"}),
    )
    .await
    .ok();
    assert_eq!(body["custom_items"].as_object().unwrap().len(), 10);
    assert_eq!(body["custom_items"]["k0"], "new");
    let mut updated: Vec<&str> = body["updated"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    updated.sort_unstable();
    assert_eq!(updated, ["k0", ok_len.as_str()]);
    // The 11th distinct key is refused and nothing changes.
    calls_error(
        &put(json!({"custom_items": {"k10": "v"}})).await,
        INVALID_PARAMS,
    );

    let body = v1(
        api,
        Method::DELETE,
        path,
        Some(json!({"keys": ["k1", "k2", "missing"]})),
    )
    .await
    .ok();
    assert_eq!(body["deleted"], json!(["k1", "k2"]));
    assert_eq!(body["custom_items"].as_object().unwrap().len(), 8);
    assert!(body["affected_at"].as_i64().unwrap() > 0);
    let body = v1(api, Method::DELETE, &format!("{path}?keys=k3,k4"), None)
        .await
        .ok();
    assert_eq!(body["deleted"], json!(["k3", "k4"]));
    let body = v1(api, Method::DELETE, path, Some(json!({}))).await.ok();
    assert_eq!(body["deleted"].as_array().unwrap().len(), 6);
    assert_eq!(body["custom_items"], json!({}));
}

#[tokio::test]
async fn custom_items_limits_for_rooms_and_calls() {
    let seed = Seed::new().direct_call(DirectCallSeed::new("call-1", "alice", "bob"));
    let (_emulator, api) = start_with(seed).await;
    let id = create_room(&api, "small_room_for_video").await;
    check_custom_items_limits(&api, &format!("/rooms/{id}/custom_items")).await;
    check_custom_items_limits(&api, "/direct_calls/call-1/custom_items").await;
    calls_errors(
        &api,
        &[
            (
                req::put(
                    "/direct_calls/nope/custom_items",
                    json!({"custom_items": {"a": "b"}}),
                ),
                NOT_FOUND,
            ),
            (req::delete("/direct_calls/nope/custom_items"), NOT_FOUND),
        ],
    )
    .await;
    // Creating a room with 11 items is refused too.
    let eleven: serde_json::Map<String, Value> =
        (0..11).map(|i| (format!("k{i}"), json!("v"))).collect();
    let reply = v1(
        &api,
        Method::POST,
        "/rooms",
        Some(json!({"type": "small_room_for_video", "custom_items": eleven})),
    )
    .await;
    calls_error(&reply, INVALID_PARAMS);
}

const T0: i64 = 1_700_000_000_000;

fn call_seed() -> Seed {
    Seed::new()
        .user("alice", "Alice")
        .user("bob", "Bob")
        .user("carol", "Carol")
        .direct_call(
            DirectCallSeed::new("c1", "alice", "bob")
                .video(true)
                .started_at(T0)
                .accepted_at(T0 + 2_000)
                .ended(T0 + 62_000, "completed")
                .ended_by("bob")
                .custom_item("ticket", "1"),
        )
        .direct_call(
            DirectCallSeed::new("c2", "bob", "alice")
                .started_at(T0 + 3_600_000)
                .ended(T0 + 3_630_000, "no_answer"),
        )
        .direct_call(
            DirectCallSeed::new("c3", "alice", "carol")
                .started_at(T0 + 7_200_000)
                .ended(T0 + 7_205_000, "declined"),
        )
        .direct_call(DirectCallSeed::new("c4", "carol", "bob").started_at(T0 + 10_800_000))
}

fn call_ids(body: &Value) -> Vec<String> {
    listed(body, "calls", "call_id")
}

#[tokio::test]
async fn direct_calls_list_get_and_filters() {
    let (_emulator, api) = start_with(call_seed()).await;
    let body = get(&api, "/direct_calls").await.ok();
    assert_eq!(call_ids(&body), ["c4", "c3", "c2", "c1"]);
    assert_eq!(body["next"], "");
    assert_eq!(body["has_next"], false);
    assert!(body["calls"][0].get("user_role").is_none());

    let call = get(&api, "/direct_calls/c1").await.ok()["call"].clone();
    assert_eq!(call["call_id"], "c1");
    assert_eq!(call["call_type"], "direct");
    assert_eq!(call["is_video_call"], true);
    assert_eq!(call["state"], "ended");
    assert_eq!(call["end_result"], "completed");
    assert_eq!(call["started_by"], "alice");
    assert_eq!(call["started_at"], T0);
    assert_eq!(call["ended_by"], "bob");
    assert_eq!(call["ended_at"], T0 + 62_000);
    assert_eq!(call["duration"], 60_000);
    assert_eq!(call["custom_items"], json!({"ticket": "1"}));
    assert_eq!(call["participants"][0]["user_id"], "alice");
    assert_eq!(call["participants"][0]["role"], "dc_caller");
    assert_eq!(call["participants"][0]["nickname"], "Alice");
    assert_eq!(call["participants"][1]["role"], "dc_callee");
    let open = get(&api, "/direct_calls/c4").await.ok()["call"].clone();
    assert_eq!(open["state"], "dialing");
    assert_eq!(open["end_result"], Value::Null);
    assert_eq!(open["ended_at"], Value::Null);
    assert_eq!(open["duration"], 0);
    calls_error(&get(&api, "/direct_calls/nope").await, NOT_FOUND);

    let body = get(&api, "/direct_calls?user_id=carol").await.ok();
    assert_eq!(call_ids(&body), ["c4", "c3"]);
    assert_eq!(body["calls"][0]["user_role"], "dc_caller");
    assert_eq!(body["calls"][1]["user_role"], "dc_callee");
    let body = get(&api, "/direct_calls?end_result=no_answer,declined")
        .await
        .ok();
    assert_eq!(call_ids(&body), ["c3", "c2"]);
    let body = get(&api, "/direct_calls?duration_range_min=1").await.ok();
    assert_eq!(call_ids(&body), ["c1"]);
    let reply = get(&api, "/direct_calls?end_result=exploded").await;
    calls_error(&reply, INVALID_PARAMS);

    // Paging with `next` only.
    let page = get(&api, "/direct_calls?limit=3").await.ok();
    assert_eq!(call_ids(&page), ["c4", "c3", "c2"]);
    assert_eq!(page["has_next"], true);
    let next = page["next"].as_str().unwrap();
    let page = get(&api, &format!("/direct_calls?limit=3&next={}", enc(next)))
        .await
        .ok();
    assert_eq!(call_ids(&page), ["c1"]);
    assert_eq!(page["next"], "");
    let reply = get(&api, "/direct_calls?next=bogus").await;
    calls_error(&reply, INVALID_PARAMS);
}

#[tokio::test]
async fn user_calls_filter_by_seconds() {
    let (_emulator, api) = start_with(call_seed()).await;
    let secs = |ms: i64| ms / 1000;
    let body = get(&api, "/users/alice/calls").await.ok();
    assert_eq!(call_ids(&body), ["c3", "c2", "c1"]);
    assert_eq!(body["calls"][0]["user_role"], "dc_caller");
    assert_eq!(body["calls"][1]["user_role"], "dc_callee");
    assert_eq!(body["has_next"], false);

    let filtered: [(String, &[&str]); 7] = [
        // start_ts: started at or after (seconds).
        (
            format!("/users/alice/calls?start_ts={}", secs(T0 + 3_600_000)),
            &["c3", "c2"],
        ),
        // end_ts: ended at or before (seconds).
        (
            format!("/users/alice/calls?end_ts={}", secs(T0 + 3_630_000)),
            &["c2", "c1"],
        ),
        (
            format!(
                "/users/alice/calls?start_ts={}&end_ts={}",
                secs(T0 + 1_000),
                secs(T0 + 7_300_000)
            ),
            &["c3", "c2"],
        ),
        // Milliseconds are far in the future when read as seconds: nothing matches.
        (format!("/users/alice/calls?start_ts={T0}"), &[]),
        // Unfinished calls never match an end_ts.
        (
            format!("/users/bob/calls?end_ts={}", secs(T0) + 1_000_000),
            &["c2", "c1"],
        ),
        ("/users/alice/calls?role=dc_callee".to_owned(), &["c2"]),
        (
            "/users/alice/calls?type=direct&end_result=completed,declined".to_owned(),
            &["c3", "c1"],
        ),
    ];
    for (path, expected) in filtered {
        let body = get(&api, &path).await.ok();
        assert_eq!(call_ids(&body), expected, "{path}");
    }
    let page = get(&api, "/users/alice/calls?limit=2").await.ok();
    assert_eq!(call_ids(&page), ["c3", "c2"]);
    let next = page["next"].as_str().unwrap();
    let page = get(
        &api,
        &format!("/users/alice/calls?limit=2&next={}", enc(next)),
    )
    .await
    .ok();
    assert_eq!(call_ids(&page), ["c1"]);

    invalid_queries(
        &api,
        "/users/alice/calls",
        &[
            "role=host",
            "type=group",
            "start_ts=soon",
            "end_result=nope",
            "limit=500",
        ],
    )
    .await;
    calls_error(&get(&api, "/users/nobody/calls").await, NOT_FOUND);
    // A user without calls has an empty log.
    api.post("/users", json!({"user_id": "dave", "nickname": "Dave"}))
        .await
        .ok();
    assert_eq!(
        get(&api, "/users/dave/calls").await.ok()["calls"],
        json!([])
    );
}

#[tokio::test]
async fn call_summary() {
    let (_emulator, api) = start_with(call_seed()).await;
    let body = get(&api, "/users/alice/call_summary").await.ok();
    assert_eq!(body["call_count"]["total"], 3);
    assert_eq!(body["call_count"]["direct_call"]["caller"], 2);
    assert_eq!(body["call_count"]["direct_call"]["callee"], 1);
    assert_eq!(body["last_call"]["call_id"], "c3");
    assert_eq!(body["last_call"]["user_role"], "dc_caller");
    api.post("/users", json!({"user_id": "dave", "nickname": "Dave"}))
        .await
        .ok();
    let body = get(&api, "/users/dave/call_summary").await.ok();
    assert_eq!(body["call_count"]["total"], 0);
    assert_eq!(body["last_call"], Value::Null);
    calls_error(&get(&api, "/users/nobody/call_summary").await, NOT_FOUND);
}

#[tokio::test]
async fn calls_users_list_pages_chat_users() {
    let mut seed = Seed::new();
    for i in 0..13 {
        seed = seed.user(format!("u{i:02}"), format!("User {i}"));
    }
    let (_emulator, api) = start_with(seed).await;
    let first = get(&api, "/users?limit=5").await.ok();
    assert_eq!(first["users"].as_array().unwrap().len(), 5);
    assert_eq!(first["users"][0]["user_id"], "u00");
    assert_eq!(first["users"][0]["nickname"], "User 0");
    let mut seen = Vec::new();
    let mut url = "/users?limit=5".to_owned();
    loop {
        let body = get(&api, &url).await.ok();
        seen.extend(
            body["users"]
                .as_array()
                .unwrap()
                .iter()
                .map(|u| u["user_id"].as_str().unwrap().to_owned()),
        );
        let next = body["next"].as_str().unwrap();
        if next.is_empty() {
            break;
        }
        url = format!("/users?limit=5&next={}", enc(next));
    }
    let want: Vec<String> = (0..13).map(|i| format!("u{i:02}")).collect();
    assert_eq!(seen, want);
    calls_error(&get(&api, "/users?limit=0").await, INVALID_PARAMS);
}

#[tokio::test]
async fn push_tokens() {
    let (_emulator, api) = start_with(Seed::new().user("alice", "Alice")).await;
    let base = "/users/alice/push/apns_voip";
    let body = get(&api, base).await.ok();
    assert_eq!(body["tokens"], json!([]));
    assert_eq!(body["type"], "apns_voip");
    assert_eq!(body["user"]["user_id"], "alice");

    let added = v1(&api, Method::POST, base, Some(json!({"token": "t1"})))
        .await
        .ok();
    assert_eq!(added["token"], "t1");
    assert_eq!(added["type"], "apns_voip");
    v1(&api, Method::POST, base, Some(json!({"token": "t2"})))
        .await
        .ok();
    v1(&api, Method::POST, base, Some(json!({"token": "t2"})))
        .await
        .ok();
    assert_eq!(get(&api, base).await.ok()["tokens"], json!(["t1", "t2"]));
    // Token types are separate.
    v1(
        &api,
        Method::POST,
        "/users/alice/push/fcm_voip",
        Some(json!({"token": "f1"})),
    )
    .await
    .ok();
    assert_eq!(
        get(&api, "/users/alice/push/fcm_voip").await.ok()["tokens"],
        json!(["f1"])
    );
    // is_unique replaces the others.
    v1(
        &api,
        Method::POST,
        base,
        Some(json!({"token": "t3", "is_unique": true})),
    )
    .await
    .ok();
    assert_eq!(get(&api, base).await.ok()["tokens"], json!(["t3"]));
    v1(&api, Method::POST, base, Some(json!({"token": "t/4"})))
        .await
        .ok();

    let removed = v1(
        &api,
        Method::DELETE,
        &format!("{base}/{}", enc("t/4")),
        None,
    )
    .await
    .ok();
    assert_eq!(removed["token"], "t/4");
    assert_eq!(get(&api, base).await.ok()["tokens"], json!(["t3"]));
    calls_errors(
        &api,
        &[
            (req::delete(&format!("{base}/t/4")), NOT_FOUND),
            (req::delete(&format!("{base}/unknown")), NOT_FOUND),
        ],
    )
    .await;
    let all = v1(&api, Method::DELETE, base, None).await.ok();
    assert_eq!(all["tokens"], json!(["t3"]));
    assert_eq!(get(&api, base).await.ok()["tokens"], json!([]));
    assert_eq!(
        get(&api, "/users/alice/push/fcm_voip").await.ok()["tokens"],
        json!(["f1"])
    );

    // Errors.
    calls_errors(
        &api,
        &[
            (req::get("/users/alice/push/gcm"), INVALID_PARAMS),
            (req::post(base, json!({})), MISSING_PARAMS),
            (req::post(base, json!({"token": 7})), INVALID_PARAMS),
            (
                req::post("/users/nobody/push/fcm_voip", json!({"token": "x"})),
                NOT_FOUND,
            ),
            (req::get("/users/nobody/push/fcm_voip"), NOT_FOUND),
        ],
    )
    .await;
}

#[tokio::test]
async fn webhook_settings() {
    let emulator = Emulator::builder().app_id("APP-42").start().await.unwrap();
    let api = Api::new(&emulator);
    let path = "/applications/APP-42/settings/webhook";
    let body = get(&api, path).await.ok();
    assert_eq!(
        body["webhook"],
        json!({"enabled": false, "url": "", "enabled_events": []})
    );
    let body = get(&api, &format!("{path}?display_all_webhook_categories=true"))
        .await
        .ok();
    assert!(body["webhook"]["all_webhook_categories"]
        .as_array()
        .unwrap()
        .contains(&json!("direct_call:dial")));

    let body = v1(
        &api,
        Method::PUT,
        path,
        Some(json!({"enabled": true, "url": "https://example.com/hook",
                    "enabled_events": ["direct_call:dial", "direct_call:end"]})),
    )
    .await
    .ok();
    assert_eq!(body["webhook"]["enabled"], true);
    assert_eq!(body["webhook"]["url"], "https://example.com/hook");
    assert_eq!(
        body["webhook"]["enabled_events"],
        json!(["direct_call:dial", "direct_call:end"])
    );
    let body = v1(
        &api,
        Method::PUT,
        path,
        Some(json!({"enabled_events": ["*"]})),
    )
    .await
    .ok();
    assert_eq!(body["webhook"]["enabled"], true);
    assert_eq!(body["webhook"]["enabled_events"], json!(["*"]));
    assert_eq!(
        get(&api, path).await.ok()["webhook"]["enabled_events"],
        json!(["*"])
    );

    for bad in [
        json!({"url": "ftp://example.com"}),
        json!({"enabled": "yes"}),
        json!({"enabled_events": "direct_call:dial"}),
        json!({"enabled_events": [""]}),
        json!({"url": ""}),
    ] {
        let reply = v1(&api, Method::PUT, path, Some(bad)).await;
        calls_error(&reply, INVALID_PARAMS);
    }
    let reply = get(&api, "/applications/OTHER/settings/webhook").await;
    calls_error(&reply, NOT_FOUND);
    let reply = v1(
        &api,
        Method::PUT,
        "/applications/OTHER/settings/webhook",
        Some(json!({})),
    )
    .await;
    calls_error(&reply, NOT_FOUND);
}

#[tokio::test]
async fn cloud_recording_copy() {
    let seed = call_seed()
        .room(RoomSeed::new("room-1", "small_room_for_video"))
        .cloud_recording(CloudRecordingSeed::room("rec-room", "room-1"))
        .cloud_recording(CloudRecordingSeed::direct_call("rec-call", "c1").audio_only())
        .cloud_recording(CloudRecordingSeed::room("rec-busy", "room-1").status("recording"));
    let (_emulator, api) = start_with(seed).await;
    let body =
        json!({"access_key": "AK", "secret_key": "SK", "bucket": "b", "region": "us-east-1"});
    let copied = copy_recording(&api, "rec-room", body.clone()).await.ok();
    assert_eq!(copied["cloud_recording"]["recording_id"], "rec-room");
    assert_eq!(copied["cloud_recording"]["target_event_type"], "room_video");
    assert_eq!(copied["cloud_recording"]["room_id"], "room-1");
    assert_eq!(copied["copy"]["bucket"], "b");
    assert_eq!(copied["copy"]["region"], "us-east-1");
    let copied = copy_recording(&api, "rec-call", body.clone()).await.ok();
    assert_eq!(copied["cloud_recording"]["target_event_type"], "call_audio");
    assert_eq!(copied["cloud_recording"]["call_id"], "c1");
    // Recordings show up on their room and call.
    let room = get(&api, "/rooms/room-1").await.ok()["room"].clone();
    assert_eq!(room["cloud_recordings"].as_array().unwrap().len(), 2);
    let call = get(&api, "/direct_calls/c1").await.ok()["call"].clone();
    assert_eq!(call["cloud_recordings"][0]["recording_id"], "rec-call");

    for missing in ["access_key", "secret_key", "bucket", "region"] {
        let mut partial = body.clone();
        partial.as_object_mut().unwrap().remove(missing);
        let reply = copy_recording(&api, "rec-room", partial).await;
        calls_error(&reply, MISSING_PARAMS);
        assert!(reply.json()["message"].as_str().unwrap().contains(missing));
    }
    let reply = copy_recording(&api, "nope", body.clone()).await;
    calls_error(&reply, NOT_FOUND);
    let reply = copy_recording(&api, "nope", json!({})).await;
    calls_error(&reply, MISSING_PARAMS);
    let reply = copy_recording(&api, "rec-busy", body).await;
    calls_error(&reply, INVALID_PARAMS);
}

#[tokio::test]
async fn auth_rate_limits_and_faults_use_the_calls_envelope() {
    let (emulator, api) = start().await;
    let reply = api
        .with_token(None)
        .raw(Method::GET, "/v1/rooms", None, Bytes::new())
        .await;
    calls_error(&reply, NOT_AUTHORIZED);
    let reply = api
        .with_token(Some("wrong"))
        .raw(Method::GET, "/v1/live-events", None, Bytes::new())
        .await;
    calls_error(&reply, NOT_AUTHORIZED);

    calls_errors(
        &api,
        &[
            (req::get("/no/such/path"), NOT_FOUND),
            ((Method::PATCH, "/rooms", None), NOT_FOUND),
        ],
    )
    .await;

    let controls = emulator.controls();
    controls.fail_next(1, Fault::InternalError);
    calls_error(&get(&api, "/rooms").await, (500, 500999, "UNKNOWN_ERROR"));
    controls.fail_next(1, Fault::ServiceUnavailable);
    calls_error(&get(&api, "/rooms").await, (503, 500999, "UNKNOWN_ERROR"));
    // Chat keeps its own envelope.
    controls.fail_next(1, Fault::InternalError);
    api.get("/users").await.error(500, 500901);

    controls.set_rate_limit(RateLimit::per_second(1, 1));
    let mut limited = None;
    for _ in 0..5 {
        let replies = [get(&api, "/rooms").await, get(&api, "/rooms").await];
        if replies[1].status == 429 {
            limited = Some(replies);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    }
    let replies = limited.expect("a rate-limited request");
    calls_error(&replies[1], (429, 429100, "RATE_LIMIT_EXCEEDED"));
    assert!(replies[1].headers.contains_key("x-ratelimit-retryafter"));
    controls.reset();
}

#[tokio::test]
async fn seeding_calls() {
    // Bad seeds fail start-up with a message naming the step.
    let bad = [
        Seed::new().room(RoomSeed::new("r", "giant_room")),
        Seed::new().room_participant(RoomParticipantSeed::new("missing", "alice")),
        Seed::new().direct_call(DirectCallSeed::new("c", "alice", "alice")),
        Seed::new().direct_call(DirectCallSeed::new("c", "a", "b").ended(1, "exploded")),
        Seed::new()
            .direct_call(DirectCallSeed::new("c", "a", "b"))
            .direct_call(DirectCallSeed::new("c", "a", "b")),
        Seed::new().room(RoomSeed::new("r", "small_room_for_video").custom_item("a,b", "v")),
        Seed::new().cloud_recording(CloudRecordingSeed::room("rec", "missing")),
        Seed::new()
            .room(RoomSeed::new("r", "small_room_for_video"))
            .cloud_recording(CloudRecordingSeed::room("rec", "r").status("paused")),
    ];
    for seed in bad {
        let error = Emulator::builder().seed(seed).start().await.unwrap_err();
        assert!(error.to_string().contains("seed step"), "{error}");
    }

    // Runtime seeding onto resources created through the API.
    let (emulator, api) = start().await;
    let id = create_room(&api, "large_room_for_audio_only").await;
    emulator
        .apply_seed(
            &Seed::new()
                .user("zoe", "Zoe")
                .room_participant(RoomParticipantSeed::new(id.clone(), "zoe"))
                .direct_call(
                    DirectCallSeed::new("late", "zoe", "yan")
                        .started_at(T0)
                        .ended(T0 + 1_000, "canceled"),
                ),
        )
        .unwrap();
    let room = get(&api, &format!("/rooms/{id}")).await.ok()["room"].clone();
    assert_eq!(room["current_participants"][0]["user"]["nickname"], "Zoe");
    let body = get(&api, "/users/yan/calls").await.ok();
    assert_eq!(call_ids(&body), ["late"]);
    assert_eq!(body["calls"][0]["user_role"], "dc_callee");
    assert_eq!(body["calls"][0]["end_result"], "canceled");
}

#[tokio::test]
async fn seeded_creation_times_order_lists() {
    let seed = Seed::new()
        .room(RoomSeed::new("middle", "small_room_for_video").created_at(T0 + 1_000))
        .room(RoomSeed::new("oldest", "small_room_for_video").created_at(T0))
        .room(RoomSeed::new("newest", "small_room_for_video").created_at(T0 + 2_000));
    let (_emulator, api) = start_with(seed).await;
    let body = get(&api, "/rooms").await.ok();
    let ids = listed(&body, "rooms", "room_id");
    assert_eq!(ids, ["newest", "middle", "oldest"]);
    let body = get(
        &api,
        &format!(
            "/rooms?created_at_start_date={T0}&created_at_end_date={}",
            T0 + 2_000
        ),
    )
    .await
    .ok();
    assert_eq!(body["rooms"].as_array().unwrap().len(), 2);
    assert_eq!(body["rooms"][0]["created_at"], T0 + 1_000);
}
