use sendbird_emulator::Seed;
use serde_json::json;

use crate::support::{add_meta, expect_errors, req, start_with, NOT_FOUND};

#[tokio::test]
async fn deleting_a_user_cleans_up() {
    let seed = Seed::new()
        .user_json(json!({"user_id": "a", "nickname": "A", "metadata": {"k": "v"}}))
        .user("b", "B")
        .group_channel("g", ["a", "b"])
        .group_message("g", "a", "before delete");
    let (_emulator, api) = start_with(seed).await;
    api.post(
        "/group_channels/g/operators",
        json!({"operator_ids": ["a"]}),
    )
    .await
    .ok();
    api.delete("/users/a").await.ok();

    let channel = api.get("/group_channels/g?show_member=true").await.ok();
    assert_eq!(channel["member_count"], 1);
    assert_eq!(channel["members"][0]["user_id"], "b");
    assert!(channel["operators"].as_array().unwrap().is_empty());
    assert_eq!(
        api.get("/group_channels/g/members/a").await.ok()["is_member"],
        false
    );
    api.get("/users/a/metadata").await.error(400, 400201);
    // Messages stay; a re-created user starts without metadata.
    assert_eq!(
        api.get("/group_channels/g/messages/total_count").await.ok(),
        json!({"total": 1})
    );
    api.post("/users", json!({"user_id": "a", "nickname": "A again"}))
        .await
        .ok();
    assert_eq!(api.get("/users/a/metadata").await.ok(), json!({}));
    assert_eq!(
        api.get("/group_channels/g/members/a").await.ok()["is_member"],
        false
    );
}

#[tokio::test]
async fn deleting_a_channel_drops_messages_and_metadata() {
    let seed = Seed::new()
        .user("a", "A")
        .group_channel("g", ["a"])
        .group_message("g", "a", "one")
        .group_message("g", "a", "two")
        .open_channel("o", "O")
        .open_message("o", "a", "three");
    let (_emulator, api) = start_with(seed).await;
    add_meta(&api, "/group_channels/g", "metadata", json!({"k": "v"})).await;
    add_meta(&api, "/group_channels/g", "metacounter", json!({"n": 1})).await;
    let message = api
        .get("/group_channels/g/messages?message_ts=0&next_limit=1&prev_limit=0")
        .await
        .ok();
    let id = message["messages"][0]["message_id"].as_i64().unwrap();
    api.delete("/group_channels/g").await.ok();
    expect_errors(
        &api,
        &[
            (
                req::get("/group_channels/g/messages/total_count"),
                NOT_FOUND,
            ),
            (
                req::get(&format!("/group_channels/g/messages/{id}")),
                NOT_FOUND,
            ),
            (req::get("/group_channels/g/metadata"), NOT_FOUND),
        ],
    )
    .await;

    // Re-creating the same URL starts empty.
    api.post(
        "/group_channels",
        json!({"channel_url": "g", "user_ids": ["a"]}),
    )
    .await
    .ok();
    assert_eq!(
        api.get("/group_channels/g/messages/total_count").await.ok(),
        json!({"total": 0})
    );
    assert_eq!(api.get("/group_channels/g/metadata").await.ok(), json!({}));
    assert_eq!(
        api.get("/group_channels/g/metacounter").await.ok(),
        json!({})
    );
    assert_eq!(
        api.get("/group_channels/g").await.ok()["last_message"],
        serde_json::Value::Null
    );

    api.delete("/open_channels/o").await.ok();
    api.get("/open_channels/o/messages/total_count")
        .await
        .error(400, 400201);
}

#[tokio::test]
async fn deactivation_leaves_channels() {
    let seed = Seed::new()
        .user("a", "A")
        .user("b", "B")
        .group_channel("g", ["a", "b"])
        .group_channel("h", ["a"]);
    let (_emulator, api) = start_with(seed).await;
    api.put(
        "/users/a",
        json!({"is_active": false, "leave_all_when_deactivated": false}),
    )
    .await
    .ok();
    assert_eq!(api.get("/group_channels/g").await.ok()["member_count"], 2);
    api.put("/users/a", json!({"is_active": true})).await.ok();
    api.put("/users/a", json!({"is_active": false})).await.ok();
    assert_eq!(api.get("/group_channels/g").await.ok()["member_count"], 1);
    assert_eq!(api.get("/group_channels/h").await.ok()["member_count"], 0);
}

#[tokio::test]
async fn invalid_seed_fails_start() {
    let result = sendbird_emulator::Emulator::builder()
        .seed(Seed::new().group_channel("g", ["nobody"]))
        .start()
        .await;
    let error = result.unwrap_err();
    assert!(error.to_string().contains("400201"), "{error}");
}
