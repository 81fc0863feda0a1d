use http::Method;
use sendbird_emulator::Seed;
use serde_json::json;

use crate::support::{
    assert_served, collect_pages, expect_errors, operator_ids, remove_operators, req, start,
    start_with, strs, users, ALREADY_EXISTS, NOT_FOUND,
};

#[tokio::test]
async fn create_get_list_update_delete() {
    let (_emulator, api) = start().await;
    users(&api, &["op"]).await;
    let created = api
        .post(
            "/open_channels",
            json!({"name": "Lobby", "custom_type": "public", "operator_ids": ["op"]}),
        )
        .await
        .ok();
    let url = created["channel_url"].as_str().unwrap().to_owned();
    assert_eq!(created["name"], "Lobby");
    assert_eq!(created["participant_count"], 0);
    assert_eq!(created["operators"][0]["user_id"], "op");
    assert_eq!(created["freeze"], false);
    let path = format!("/open_channels/{url}");
    assert_eq!(api.get(&path).await.ok()["name"], "Lobby");
    api.post(
        "/open_channels",
        json!({"name": "Two", "channel_url": "two", "custom_type": "private"}),
    )
    .await
    .ok();
    expect_errors(
        &api,
        &[
            (
                req::post("/open_channels", json!({"channel_url": "two"})),
                ALREADY_EXISTS,
            ),
            (
                req::post("/open_channels", json!({"operator_ids": ["ghost"]})),
                NOT_FOUND,
            ),
        ],
    )
    .await;

    let listed = api.get("/open_channels").await.ok();
    assert_eq!(listed["channels"].as_array().unwrap().len(), 2);
    assert_eq!(listed["next"], "");
    let filtered = api.get("/open_channels?custom_types=private").await.ok();
    assert_eq!(filtered["channels"][0]["channel_url"], "two");
    let filtered = api.get("/open_channels?name_contains=Lob").await.ok();
    assert_eq!(filtered["channels"][0]["channel_url"], url.as_str());

    let updated = api
        .put(&path, json!({"name": "Hall", "data": "d"}))
        .await
        .ok();
    assert_eq!(updated["name"], "Hall");
    assert_eq!(updated["data"], "d");
    let updated = api
        .multipart(
            Method::PUT,
            &path,
            &[("name", "Hall 2")],
            &[("cover_file", "c.png", "image/png", b"img")],
        )
        .await
        .ok();
    let cover = updated["cover_url"].as_str().unwrap();
    assert_served(&api, cover, b"img", "image/png").await;

    api.delete(&path).await.ok();
    expect_errors(
        &api,
        &[
            (req::get(&path), NOT_FOUND),
            (req::put(&path, json!({"name": "x"})), NOT_FOUND),
        ],
    )
    .await;
}

#[tokio::test]
async fn operators_and_participants() {
    let seed = Seed::new()
        .user("a", "A")
        .user("b", "B")
        .user("c", "C")
        .open_channel("lobby", "Lobby")
        .open_channel_participant("lobby", "a")
        .open_channel_participant("lobby", "b")
        .open_channel_participant("lobby", "c");
    let (_emulator, api) = start_with(seed).await;
    let participants =
        collect_pages(&api, "/open_channels/lobby/participants", "participants", 2).await;
    let ids = strs(&participants, "user_id");
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(
        api.get("/open_channels/lobby").await.ok()["participant_count"],
        3
    );

    api.post(
        "/open_channels/lobby/operators",
        json!({"operator_ids": ["a", "b"]}),
    )
    .await
    .ok();
    assert_eq!(operator_ids(&api, "/open_channels/lobby").await, ["a", "b"]);
    remove_operators(&api, "/open_channels/lobby").await;
    api.get("/open_channels/missing/participants")
        .await
        .error(400, 400201);
    // Deleting a user removes it from participants.
    api.delete("/users/b").await.ok();
    assert_eq!(
        api.get("/open_channels/lobby").await.ok()["participant_count"],
        2
    );
}
