use http::Method;
use sendbird_emulator::Seed;
use serde_json::{json, Value};

use crate::support::{
    assert_served, expect_errors, req, seed_users, start_with, Api, INVALID_URL, INVALID_VALUE,
    MISSING, NOT_BOOL, NOT_FOUND, NOT_NUMBER, NOT_STRING,
};

fn seed() -> Seed {
    seed_users(&[("a", "A"), ("b", "B"), ("outsider", "O")])
        .group_channel("g", ["a", "b"])
        .open_channel("o", "Open")
}

fn ids(body: &Value) -> Vec<i64> {
    body["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["message_id"].as_i64().unwrap())
        .collect()
}

async fn send_many(api: &Api, path: &str, count: usize) -> Vec<Value> {
    let mut sent = Vec::new();
    for i in 0..count {
        let sender = if i % 2 == 0 { "a" } else { "b" };
        let custom_type = if i % 3 == 0 { "fizz" } else { "" };
        sent.push(
            api.post(path, json!({"message_type": "MESG", "user_id": sender, "message": format!("m{i}"), "custom_type": custom_type}))
                .await
                .ok(),
        );
    }
    sent
}

#[tokio::test]
async fn send_get_update_delete() {
    let (_emulator, api) = start_with(seed()).await;
    let sent = api
        .post(
            "/group_channels/g/messages",
            json!({"message_type": "MESG", "user_id": "a", "message": "hello", "custom_type": "greeting",
                   "data": "d", "mentioned_user_ids": ["b"], "is_silent": true}),
        )
        .await
        .ok();
    assert_eq!(sent["type"], "MESG");
    assert_eq!(sent["message"], "hello");
    assert_eq!(sent["custom_type"], "greeting");
    assert_eq!(sent["data"], "d");
    assert_eq!(sent["channel_url"], "g");
    assert_eq!(sent["channel_type"], "group");
    assert_eq!(sent["user"]["user_id"], "a");
    assert_eq!(sent["mentioned_users"][0]["user_id"], "b");
    assert_eq!(sent["silent"], true);
    let id = sent["message_id"].as_i64().unwrap();
    let created_at = sent["created_at"].as_i64().unwrap();
    assert!(created_at > 1_000_000_000_000, "ms: {created_at}");

    let path = format!("/group_channels/g/messages/{id}");
    assert_eq!(api.get(&path).await.ok(), sent);
    let channel = api.get("/group_channels/g").await.ok();
    assert_eq!(channel["last_message"]["message_id"], id);

    let updated = api
        .put(&path, json!({"message": "edited", "data": "d2"}))
        .await
        .ok();
    assert_eq!(updated["message"], "edited");
    assert_eq!(updated["data"], "d2");
    assert!(updated["updated_at"].as_i64().unwrap() > created_at);
    api.put(&path, json!({"message_type": "FILE"}))
        .await
        .error(400, 400111);

    assert_eq!(
        api.get("/group_channels/g/messages/total_count").await.ok(),
        json!({"total": 1})
    );
    api.delete(&path).await.ok();
    expect_errors(
        &api,
        &[
            (req::get(&path), NOT_FOUND),
            (req::delete(&path), NOT_FOUND),
            (
                req::get("/group_channels/g/messages/not-a-number"),
                NOT_NUMBER,
            ),
        ],
    )
    .await;
    assert_eq!(
        api.get("/group_channels/g/messages/total_count").await.ok(),
        json!({"total": 0})
    );
}

#[tokio::test]
async fn send_errors() {
    let (_emulator, api) = start_with(seed()).await;
    let path = "/group_channels/g/messages";
    expect_errors(
        &api,
        &[
            (
                req::post(path, json!({"user_id": "a", "message": "x"})),
                MISSING,
            ),
            (
                req::post(
                    path,
                    json!({"message_type": "TEXT", "user_id": "a", "message": "x"}),
                ),
                INVALID_VALUE,
            ),
            (
                req::post(path, json!({"message_type": "MESG", "message": "x"})),
                MISSING,
            ),
            (
                req::post(path, json!({"message_type": "MESG", "user_id": "a"})),
                MISSING,
            ),
            (
                req::post(
                    path,
                    json!({"message_type": "MESG", "user_id": "ghost", "message": "x"}),
                ),
                NOT_FOUND,
            ),
            (
                req::post(
                    path,
                    json!({"message_type": "MESG", "user_id": "outsider", "message": "x"}),
                ),
                (400, 900020),
            ),
            (
                req::post(
                    path,
                    json!({"message_type": "MESG", "user_id": "a", "message": 5}),
                ),
                NOT_STRING,
            ),
            (
                req::post(path, json!({"message_type": "FILE", "user_id": "a"})),
                MISSING,
            ),
            (
                req::post(
                    "/group_channels/missing/messages",
                    json!({"message_type": "ADMM", "message": "x"}),
                ),
                NOT_FOUND,
            ),
            (
                req::post("/weird_channels/g/messages", json!({})),
                INVALID_URL,
            ),
        ],
    )
    .await;
    // Open channels don't require membership.
    api.post(
        "/open_channels/o/messages",
        json!({"message_type": "MESG", "user_id": "outsider", "message": "x"}),
    )
    .await
    .ok();
}

#[tokio::test]
async fn admin_and_file_messages() {
    let (_emulator, api) = start_with(seed()).await;
    let admin = api
        .post(
            "/group_channels/g/messages",
            json!({"message_type": "ADMM", "message": "notice", "custom_type": "sys"}),
        )
        .await
        .ok();
    assert_eq!(admin["type"], "ADMM");
    assert_eq!(admin["message"], "notice");
    assert!(admin.get("user").is_none());

    let by_url = api
        .post(
            "/group_channels/g/messages",
            json!({"message_type": "FILE", "user_id": "a", "url": "https://cdn.example/x.pdf",
                   "file_name": "x.pdf", "file_type": "application/pdf", "file_size": 10}),
        )
        .await
        .ok();
    assert_eq!(by_url["type"], "FILE");
    assert_eq!(by_url["file"]["url"], "https://cdn.example/x.pdf");
    assert_eq!(by_url["file"]["name"], "x.pdf");
    assert_eq!(by_url["file"]["size"], 10);

    let uploaded = api
        .multipart(
            Method::POST,
            "/open_channels/o/messages",
            &[
                ("message_type", "FILE"),
                ("user_id", "b"),
                ("custom_type", "doc"),
                ("require_auth", "false"),
            ],
            &[("file", "report 1.txt", "text/plain", b"file body")],
        )
        .await
        .ok();
    assert_eq!(uploaded["channel_type"], "open");
    assert_eq!(uploaded["file"]["name"], "report 1.txt");
    assert_eq!(uploaded["file"]["type"], "text/plain");
    assert_eq!(uploaded["file"]["size"], 9);
    let url = uploaded["file"]["url"].as_str().unwrap();
    assert_served(&api, url, b"file body", "text/plain").await;
}

#[tokio::test]
async fn ids_and_timestamps_strictly_increase() {
    let (_emulator, api) = start_with(seed()).await;
    let sent = send_many(&api, "/group_channels/g/messages", 30).await;
    let mut other = send_many(&api, "/open_channels/o/messages", 5).await;
    let mut all = sent.clone();
    all.append(&mut other);
    for pair in all.windows(2) {
        assert!(pair[1]["message_id"].as_i64() > pair[0]["message_id"].as_i64());
        assert!(pair[1]["created_at"].as_i64() > pair[0]["created_at"].as_i64());
    }
}

#[tokio::test]
async fn listing_windows() {
    let (_emulator, api) = start_with(seed()).await;
    let sent = send_many(&api, "/group_channels/g/messages", 40).await;
    let all: Vec<i64> = sent
        .iter()
        .map(|m| m["message_id"].as_i64().unwrap())
        .collect();
    let ts: Vec<i64> = sent
        .iter()
        .map(|m| m["created_at"].as_i64().unwrap())
        .collect();
    let list = |q: String| {
        let api = api.clone();
        async move {
            api.get(&format!("/group_channels/g/messages?{q}"))
                .await
                .ok()
        }
    };

    let windows: [(String, Vec<i64>); 6] = [
        // Defaults: 15 before, the anchor, 15 after.
        (format!("message_ts={}", ts[20]), all[5..36].to_vec()),
        // Forward from the start.
        (
            format!("message_ts={}&prev_limit=0&next_limit=10", ts[0]),
            all[0..11].to_vec(),
        ),
        (
            format!(
                "message_ts={}&prev_limit=0&next_limit=10&include=false",
                ts[0]
            ),
            all[1..11].to_vec(),
        ),
        // Backward from the end, newest first.
        (
            format!(
                "message_ts={}&prev_limit=5&next_limit=0&reverse=true",
                ts[39] + 1
            ),
            all[35..40].iter().rev().copied().collect(),
        ),
        // Anchored on an id.
        (
            format!("message_id={}&prev_limit=2&next_limit=2", all[10]),
            all[8..13].to_vec(),
        ),
        (
            format!(
                "message_id={}&prev_limit=2&next_limit=2&include=false",
                all[10]
            ),
            vec![all[8], all[9], all[11], all[12]],
        ),
    ];
    for (query, expected) in windows {
        assert_eq!(ids(&list(query.clone()).await), expected, "{query}");
    }
    // Walking the whole history forward in windows reaches every message once.
    let mut walked = Vec::new();
    let mut anchor = 0;
    loop {
        let body = list(format!(
            "message_ts={anchor}&prev_limit=0&next_limit=7&include=false"
        ))
        .await;
        let page = body["messages"].as_array().unwrap().clone();
        if page.is_empty() {
            break;
        }
        anchor = page.last().unwrap()["created_at"].as_i64().unwrap();
        walked.extend(page.iter().map(|m| m["message_id"].as_i64().unwrap()));
    }
    assert_eq!(walked, all);
    // Filters.
    let from_b = list(format!(
        "message_ts={}&prev_limit=0&next_limit=200&sender_ids=b",
        ts[0]
    ))
    .await;
    assert!(from_b["messages"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["user"]["user_id"] == "b"));
    assert_eq!(from_b["messages"].as_array().unwrap().len(), 20);
    let fizz = list(format!(
        "message_ts={}&prev_limit=0&next_limit=200&custom_types=fizz",
        ts[0]
    ))
    .await;
    assert_eq!(fizz["messages"].as_array().unwrap().len(), 14);
    let files = list(format!(
        "message_ts={}&next_limit=200&message_type=FILE",
        ts[0]
    ))
    .await;
    assert!(files["messages"].as_array().unwrap().is_empty());
    // Errors.
    expect_errors(
        &api,
        &[
            (req::get("/group_channels/g/messages"), MISSING),
            (
                req::get("/group_channels/g/messages?message_ts=1&prev_limit=201"),
                INVALID_VALUE,
            ),
            (
                req::get("/group_channels/g/messages?message_ts=1&next_limit=-1"),
                INVALID_VALUE,
            ),
            (
                req::get("/group_channels/g/messages?message_ts=abc"),
                NOT_NUMBER,
            ),
            (
                req::get("/group_channels/g/messages?message_ts=1&reverse=yes"),
                NOT_BOOL,
            ),
            (
                req::get("/group_channels/g/messages?message_ts=1&message_type=BAD"),
                INVALID_VALUE,
            ),
            (
                req::get("/group_channels/g/messages?message_id=1"),
                NOT_FOUND,
            ),
        ],
    )
    .await;
}
