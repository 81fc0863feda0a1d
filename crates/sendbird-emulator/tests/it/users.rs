use std::collections::HashSet;

use http::Method;
use serde_json::{json, Value};

use crate::support::{
    add_meta, assert_served, collect_pages, enc, expect_errors, listed, req, start, users,
    ALREADY_EXISTS, INVALID_VALUE, MISSING, NOT_BOOL, NOT_FOUND, NOT_LIST, NOT_OBJECT, NOT_STRING,
    TOO_LONG,
};

#[tokio::test]
async fn create_get_update_delete() {
    let (_emulator, api) = start().await;
    let created = api
        .post(
            "/users",
            json!({"user_id": "alice", "nickname": "Alice", "profile_url": "https://x/a.png",
                   "issue_access_token": true, "metadata": {"team": "blue"}}),
        )
        .await
        .ok();
    assert_eq!(created["user_id"], "alice");
    assert_eq!(created["nickname"], "Alice");
    assert_eq!(created["profile_url"], "https://x/a.png");
    assert_eq!(created["is_active"], true);
    assert_eq!(created["is_online"], false);
    assert_eq!(created["metadata"], json!({"team": "blue"}));
    assert_eq!(created["access_token"].as_str().unwrap().len(), 40);

    let fetched = api.get("/users/alice").await.ok();
    assert_eq!(fetched, created);

    let updated = api
        .put(
            "/users/alice",
            json!({"nickname": "Al", "issue_access_token": true}),
        )
        .await
        .ok();
    assert_eq!(updated["nickname"], "Al");
    assert_ne!(updated["access_token"], created["access_token"]);
    assert_eq!(updated["profile_url"], "https://x/a.png");

    let with_session = api
        .put("/users/alice", json!({"issue_session_token": true}))
        .await
        .ok();
    assert_eq!(with_session["session_tokens"].as_array().unwrap().len(), 1);

    assert_eq!(api.delete("/users/alice").await.ok(), json!({}));
    expect_errors(
        &api,
        &[
            (req::get("/users/alice"), NOT_FOUND),
            (req::delete("/users/alice"), NOT_FOUND),
            (
                req::put("/users/alice", json!({"nickname": "x"})),
                NOT_FOUND,
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn create_errors() {
    let (_emulator, api) = start().await;
    users(&api, &["dup"]).await;
    expect_errors(
        &api,
        &[
            (
                req::post("/users", json!({"user_id": "dup", "nickname": "again"})),
                ALREADY_EXISTS,
            ),
            (req::post("/users", json!({"nickname": "no id"})), MISSING),
            (req::post("/users", json!({"user_id": "x"})), MISSING),
            (
                req::post("/users", json!({"user_id": 12, "nickname": "n"})),
                NOT_STRING,
            ),
            (
                req::post("/users", json!({"user_id": "x", "nickname": 5})),
                NOT_STRING,
            ),
            (
                req::post(
                    "/users",
                    json!({"user_id": "x", "nickname": "n", "issue_access_token": "yes"}),
                ),
                NOT_BOOL,
            ),
            (
                req::post(
                    "/users",
                    json!({"user_id": "x", "nickname": "n", "metadata": "nope"}),
                ),
                NOT_OBJECT,
            ),
            (
                req::post(
                    "/users",
                    json!({"user_id": "x", "nickname": "n", "metadata": {"k": 1}}),
                ),
                NOT_STRING,
            ),
            (
                req::post(
                    "/users",
                    json!({"user_id": "x", "nickname": "n", "discovery_keys": "a"}),
                ),
                NOT_LIST,
            ),
            (
                req::post(
                    "/users",
                    json!({"user_id": "x".repeat(81), "nickname": "n"}),
                ),
                (400, 400305),
            ),
            (
                req::post("/users", json!({"user_id": "", "nickname": "n"})),
                INVALID_VALUE,
            ),
            (
                req::put("/users/dup", json!({"is_active": "false"})),
                NOT_BOOL,
            ),
        ],
    )
    .await;
    // Nothing was created by the failed calls.
    api.get("/users/x").await.error(400, 400201);
}

#[tokio::test]
async fn hostile_ids_round_trip_through_the_path() {
    let (_emulator, api) = start().await;
    for id in [
        "a/b",
        "user@example.com",
        "50%",
        "ü 漢",
        "..",
        ".",
        "a?b#c",
        "x+y",
        "%2F",
        "a,b",
    ] {
        let created = api
            .post("/users", json!({"user_id": id, "nickname": id}))
            .await
            .ok();
        assert_eq!(created["user_id"], id);
        let path = format!("/users/{}", enc(id));
        assert_eq!(api.get(&path).await.ok()["user_id"], id, "{id}");
        add_meta(&api, &path, "metadata", json!({"k": id})).await;
        let key_path = format!("{path}/metadata/{}", enc("k"));
        assert_eq!(api.get(&key_path).await.ok(), json!({"k": id}));
        let listed = api.get(&format!("/users?user_ids={}", enc(id))).await.ok();
        assert_eq!(listed["users"].as_array().unwrap().len(), 1, "{id}");
        assert_eq!(listed["users"][0]["user_id"], id);
        api.delete(&path).await.ok();
        api.get(&path).await.error(400, 400201);
    }
    // Encoded dots are an id, not a path traversal.
    api.post("/users", json!({"user_id": "..", "nickname": "dots"}))
        .await
        .ok();
    let reply = api
        .raw(Method::GET, "/v3/users/%2E%2E", None, bytes::Bytes::new())
        .await;
    assert_eq!(reply.ok()["nickname"], "dots");
}

#[tokio::test]
async fn list_filters() {
    let (_emulator, api) = start().await;
    for (id, nick, team) in [
        ("u1", "anna", "red"),
        ("u2", "andy", "blue"),
        ("u3", "bob", "red"),
    ] {
        api.post(
            "/users",
            json!({"user_id": id, "nickname": nick, "metadata": {"team": team}}),
        )
        .await
        .ok();
    }
    api.put("/users/u3", json!({"is_active": false})).await.ok();
    let ids = |body: Value| -> Vec<String> { listed(&body, "users", "user_id") };
    assert_eq!(ids(api.get("/users").await.ok()), ["u1", "u2"]);
    assert_eq!(
        ids(api.get("/users?active_mode=all").await.ok()),
        ["u1", "u2", "u3"]
    );
    assert_eq!(
        ids(api.get("/users?active_mode=deactivated").await.ok()),
        ["u3"]
    );
    assert_eq!(
        ids(api.get("/users?nickname_startswith=an").await.ok()),
        ["u1", "u2"]
    );
    assert_eq!(ids(api.get("/users?nickname=andy").await.ok()), ["u2"]);
    assert_eq!(
        ids(api
            .get("/users?user_ids=u2,u3,zz&active_mode=all")
            .await
            .ok()),
        ["u2", "u3"]
    );
    assert_eq!(
        ids(api
            .get("/users?metadatakey=team&metadatavalues_in=red&active_mode=all")
            .await
            .ok()),
        ["u1", "u3"]
    );
    expect_errors(
        &api,
        &[
            (req::get("/users?metadatakey=team"), MISSING),
            (req::get("/users?active_mode=sleepy"), INVALID_VALUE),
            (req::get("/users?show_bot=maybe"), NOT_BOOL),
        ],
    )
    .await;
    // A list value with an encoded comma is one element.
    users(&api, &["a,b"]).await;
    assert_eq!(
        ids(api.get("/users?user_ids=a%2Cb,u1").await.ok()),
        ["u1", "a,b"]
    );
}

#[tokio::test]
async fn paging_to_the_end_without_duplicates_or_gaps() {
    let (_emulator, api) = start().await;
    let all: Vec<String> = (0..37).map(|i| format!("user-{i:02}")).collect();
    for id in &all {
        api.post("/users", json!({"user_id": id, "nickname": id}))
            .await
            .ok();
    }
    for limit in [1, 7, 10, 36, 37, 100] {
        let items = collect_pages(&api, "/users", "users", limit).await;
        let ids: Vec<String> = items
            .iter()
            .map(|u| u["user_id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(ids, all, "limit {limit}");
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), all.len());
    }
    let first = api.get("/users").await.ok();
    assert_eq!(first["users"].as_array().unwrap().len(), 10);
    assert!(!first["next"].as_str().unwrap().is_empty());

    // Deleting between pages neither repeats nor skips the remaining users.
    let page1 = api.get("/users?limit=5").await.ok();
    api.delete("/users/user-04").await.ok();
    api.delete("/users/user-05").await.ok();
    let token = page1["next"].as_str().unwrap();
    let page2 = api.get(&format!("/users?limit=5&token={token}")).await.ok();
    assert_eq!(page2["users"][0]["user_id"], "user-06");
}

#[tokio::test]
async fn paging_errors() {
    let (_emulator, api) = start().await;
    for bad in ["0", "101", "-3"] {
        api.get(&format!("/users?limit={bad}"))
            .await
            .error(400, 400111);
    }
    api.get("/users?limit=ten").await.error(400, 400101);
    for token in ["garbage", "0000", &"f".repeat(36), "%C3%BC"] {
        api.get(&format!("/users?token={token}"))
            .await
            .error(400, 400109);
    }
}

#[tokio::test]
async fn multipart_create_and_update_with_profile_file() {
    let (_emulator, api) = start().await;
    let png = b"\x89PNG\r\n\x1a\nfake image bytes";
    let created = api
        .multipart(
            Method::POST,
            "/users",
            &[
                ("user_id", "pic"),
                ("nickname", "Pic"),
                ("issue_access_token", "true"),
                ("metadata", r#"{"a":"b"}"#),
            ],
            &[("profile_file", "me.png", "image/png", png)],
        )
        .await
        .ok();
    assert_eq!(created["access_token"].as_str().unwrap().len(), 40);
    assert_eq!(created["metadata"], json!({"a": "b"}));
    let url = created["profile_url"].as_str().unwrap();
    assert!(url.ends_with("/me.png"), "{url}");
    assert_served(&api, url, png, "image/png").await;

    let updated = api
        .multipart(
            Method::PUT,
            "/users/pic",
            &[("nickname", "Pic 2"), ("is_active", "false")],
            &[("profile_file", "ü new.jpg", "image/jpeg", b"jpeg")],
        )
        .await
        .ok();
    assert_eq!(updated["nickname"], "Pic 2");
    assert_eq!(updated["is_active"], false);
    let new_url = updated["profile_url"].as_str().unwrap();
    assert_ne!(new_url, url);
    assert_served(&api, new_url, b"jpeg", "image/jpeg").await;
    // Bad coercion in a form field.
    api.multipart(Method::PUT, "/users/pic", &[("is_active", "perhaps")], &[])
        .await
        .error(400, 400104);
    // Unknown file URLs are 404s.
    let missing = api.fetch(&format!("{}/files/999/none.png", api.base)).await;
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn user_metadata() {
    let (_emulator, api) = start().await;
    users(&api, &["m"]).await;
    let created = api
        .post(
            "/users/m/metadata",
            json!({"metadata": {"a": "1", "b": "2"}}),
        )
        .await
        .ok();
    assert_eq!(created, json!({"a": "1", "b": "2"}));
    api.post("/users/m/metadata", json!({"metadata": {"a": "again"}}))
        .await
        .error(400, 400202);
    assert_eq!(
        api.get("/users/m/metadata").await.ok(),
        json!({"a": "1", "b": "2"})
    );
    assert_eq!(
        api.get("/users/m/metadata?keys=a").await.ok(),
        json!({"a": "1"})
    );
    assert_eq!(api.get("/users/m/metadata/b").await.ok(), json!({"b": "2"}));
    expect_errors(
        &api,
        &[
            (req::get("/users/m/metadata/zz"), NOT_FOUND),
            (
                req::put("/users/m/metadata", json!({"metadata": {"c": "3"}})),
                NOT_FOUND,
            ),
        ],
    )
    .await;
    let updated = api
        .put(
            "/users/m/metadata",
            json!({"metadata": {"a": "10", "c": "3"}, "upsert": true}),
        )
        .await
        .ok();
    assert_eq!(updated, json!({"a": "10", "c": "3"}));
    assert_eq!(
        api.put("/users/m/metadata/b", json!({"value": "20"}))
            .await
            .ok(),
        json!({"b": "20"})
    );
    api.put("/users/m/metadata/d", json!({"value": "4"}))
        .await
        .error(400, 400201);
    api.put("/users/m/metadata/d", json!({"value": "4", "upsert": true}))
        .await
        .ok();
    api.put("/users/m/metadata/d", json!({}))
        .await
        .error(400, 400105);
    api.delete("/users/m/metadata/d").await.ok();
    api.delete("/users/m/metadata/d").await.error(400, 400201);
    assert_eq!(
        api.get("/users/m").await.ok()["metadata"],
        json!({"a": "10", "b": "20", "c": "3"})
    );
    api.delete("/users/m/metadata").await.ok();
    assert_eq!(api.get("/users/m/metadata").await.ok(), json!({}));
    expect_errors(
        &api,
        &[
            (req::post("/users/m/metadata", json!({})), MISSING),
            (
                req::post("/users/m/metadata", json!({"metadata": {"a,b": "x"}})),
                INVALID_VALUE,
            ),
            (
                req::post(
                    "/users/m/metadata",
                    json!({"metadata": {"k": "v".repeat(191)}}),
                ),
                TOO_LONG,
            ),
            (req::get("/users/ghost/metadata"), NOT_FOUND),
        ],
    )
    .await;
}
