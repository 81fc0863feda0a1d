use http::Method;
use serde_json::{json, Value};

use crate::support::{
    assert_served, collect_pages, enc, expect_errors, listed, remove_operators, req, send_text,
    start, strs, users, Api, ALREADY_EXISTS, BAD_PAGE_TOKEN, INVALID_VALUE, MISSING, NOT_BOOL,
    NOT_FOUND, NOT_LIST, NOT_NUMBER, NOT_STRING, TOO_LONG,
};

fn member_ids(channel: &Value) -> Vec<String> {
    let mut ids: Vec<String> = listed(channel, "members", "user_id");
    ids.sort();
    ids
}

fn urls(body: &Value) -> Vec<String> {
    listed(body, "channels", "channel_url")
}

#[tokio::test]
async fn create_get_update_delete() {
    let (_emulator, api) = start().await;
    users(&api, &["a", "b", "c"]).await;
    let created = api
        .post(
            "/group_channels",
            json!({"user_ids": ["a", "b"], "name": "Chat", "custom_type": "support",
                   "data": "{\"x\":1}", "operator_ids": ["a"], "inviter_id": "a"}),
        )
        .await
        .ok();
    let url = created["channel_url"].as_str().unwrap().to_owned();
    assert!(!url.is_empty());
    assert_eq!(created["name"], "Chat");
    assert_eq!(created["custom_type"], "support");
    assert_eq!(created["data"], "{\"x\":1}");
    assert_eq!(created["member_count"], 2);
    assert_eq!(created["joined_member_count"], 2);
    assert_eq!(created["is_distinct"], false);
    assert_eq!(created["is_public"], false);
    assert_eq!(created["is_super"], false);
    assert_eq!(created["last_message"], Value::Null);
    assert_eq!(created["operators"][0]["user_id"], "a");
    assert_eq!(created["created_by"]["user_id"], "a");
    assert_eq!(member_ids(&created), ["a", "b"]);
    let created_at = created["created_at"].as_i64().unwrap();
    assert!(
        (1_000_000_000..10_000_000_000).contains(&created_at),
        "seconds: {created_at}"
    );

    let path = format!("/group_channels/{}", enc(&url));
    let fetched = api.get(&path).await.ok();
    assert!(fetched.get("members").is_none());
    let fetched = api
        .get(&format!("{path}?show_member=true&show_read_receipt=true"))
        .await
        .ok();
    assert_eq!(member_ids(&fetched), ["a", "b"]);
    assert!(fetched["read_receipt"].is_object());

    let updated = api
        .put(
            &path,
            json!({"name": "Renamed", "is_public": true, "custom_type": "other"}),
        )
        .await
        .ok();
    assert_eq!(updated["name"], "Renamed");
    assert_eq!(updated["is_public"], true);
    assert_eq!(updated["custom_type"], "other");
    assert_eq!(updated["data"], "{\"x\":1}");

    assert_eq!(api.delete(&path).await.ok(), json!({}));
    expect_errors(
        &api,
        &[
            (req::get(&path), NOT_FOUND),
            (req::delete(&path), NOT_FOUND),
        ],
    )
    .await;
}

#[tokio::test]
async fn create_errors() {
    let (_emulator, api) = start().await;
    users(&api, &["a", "b"]).await;
    expect_errors(
        &api,
        &[
            (
                req::post("/group_channels", json!({"user_ids": ["a", "ghost"]})),
                NOT_FOUND,
            ),
            (
                req::post("/group_channels", json!({"user_ids": "a"})),
                NOT_LIST,
            ),
            (
                req::post(
                    "/group_channels",
                    json!({"user_ids": ["a"], "is_distinct": "yes"}),
                ),
                NOT_BOOL,
            ),
            (
                req::post("/group_channels", json!({"user_ids": ["a"], "name": 3})),
                NOT_STRING,
            ),
            (
                req::post(
                    "/group_channels",
                    json!({"user_ids": ["a"], "operator_ids": ["ghost"]}),
                ),
                NOT_FOUND,
            ),
        ],
    )
    .await;
    api.post(
        "/group_channels",
        json!({"user_ids": ["a"], "channel_url": "fixed"}),
    )
    .await
    .ok();
    expect_errors(
        &api,
        &[
            (
                req::post(
                    "/group_channels",
                    json!({"user_ids": ["b"], "channel_url": "fixed"}),
                ),
                ALREADY_EXISTS,
            ),
            (
                req::post(
                    "/group_channels",
                    json!({"user_ids": ["a"], "custom_type": "x".repeat(129)}),
                ),
                TOO_LONG,
            ),
        ],
    )
    .await;
    // `users` objects are accepted in place of `user_ids`.
    let created = api
        .post(
            "/group_channels",
            json!({"users": [{"user_id": "a"}, {"user_id": "b"}]}),
        )
        .await
        .ok();
    assert_eq!(member_ids(&created), ["a", "b"]);
}

#[tokio::test]
async fn distinct_channels_are_reused() {
    let (_emulator, api) = start().await;
    users(&api, &["a", "b", "c"]).await;
    let first = api
        .post(
            "/group_channels",
            json!({"user_ids": ["a", "b"], "is_distinct": true}),
        )
        .await
        .ok();
    let again = api
        .post(
            "/group_channels",
            json!({"user_ids": ["b", "a"], "is_distinct": true}),
        )
        .await
        .ok();
    assert_eq!(first["channel_url"], again["channel_url"]);
    let other = api
        .post(
            "/group_channels",
            json!({"user_ids": ["a", "b", "c"], "is_distinct": true}),
        )
        .await
        .ok();
    assert_ne!(first["channel_url"], other["channel_url"]);
    let non_distinct = api
        .post("/group_channels", json!({"user_ids": ["a", "b"]}))
        .await
        .ok();
    assert_ne!(first["channel_url"], non_distinct["channel_url"]);
    let all = api
        .get("/group_channels?show_empty=true&distinct_mode=distinct")
        .await
        .ok();
    assert_eq!(all["channels"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn list_filters_and_show_empty() {
    let (_emulator, api) = start().await;
    users(&api, &["a", "b", "c"]).await;
    for (url, members, custom_type, name, public) in [
        ("c1", vec!["a", "b"], "support", "Alpha room", false),
        ("c2", vec!["a", "c"], "sales", "Beta room", true),
        ("c3", vec!["a", "b", "c"], "support", "Gamma", false),
    ] {
        api.post(
            "/group_channels",
            json!({"channel_url": url, "user_ids": members, "custom_type": custom_type,
                   "name": name, "is_public": public}),
        )
        .await
        .ok();
    }
    // Empty channels are hidden unless show_empty=true.
    assert!(urls(&api.get("/group_channels").await.ok()).is_empty());
    send_text(&api, "group_channels/c1", "a", "hi").await;
    assert_eq!(urls(&api.get("/group_channels").await.ok()), ["c1"]);
    let get = |q: &str| {
        let api = api.clone();
        let q = q.to_owned();
        async move {
            urls(
                &api.get(&format!("/group_channels?show_empty=true&{q}"))
                    .await
                    .ok(),
            )
        }
    };
    assert_eq!(get("").await, ["c1", "c2", "c3"]);
    assert_eq!(get("custom_types=support").await, ["c1", "c3"]);
    assert_eq!(get("channel_urls=c3,c2").await, ["c2", "c3"]);
    assert_eq!(get("members_include_in=b,c").await, ["c3"]);
    assert_eq!(
        get("members_include_in=b,c&query_type=OR").await,
        ["c1", "c2", "c3"]
    );
    assert_eq!(get("members_exactly_in=c,a").await, ["c2"]);
    assert_eq!(get("name_contains=room").await, ["c1", "c2"]);
    assert_eq!(get("public_mode=public").await, ["c2"]);
    assert_eq!(get("public_mode=private").await, ["c1", "c3"]);
    assert_eq!(get("super_mode=super").await, Vec::<String>::new());
    assert_eq!(
        get("order=channel_name_alphabetical").await,
        ["c1", "c2", "c3"]
    );
    assert_eq!(get("order=latest_last_message").await[0], "c1");
    assert_eq!(get("created_before=1").await, Vec::<String>::new());
    assert_eq!(get("created_after=1").await.len(), 3);
    let with_members = api
        .get("/group_channels?show_empty=true&show_member=true")
        .await
        .ok();
    assert_eq!(member_ids(&with_members["channels"][2]), ["a", "b", "c"]);
    expect_errors(
        &api,
        &[
            (req::get("/group_channels?order=random"), INVALID_VALUE),
            (
                req::get("/group_channels?distinct_mode=maybe"),
                INVALID_VALUE,
            ),
            (req::get("/group_channels?show_empty=sure"), NOT_BOOL),
            (
                req::get("/group_channels?created_after=yesterday"),
                NOT_NUMBER,
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn paging_channels() {
    let (_emulator, api) = start().await;
    users(&api, &["a"]).await;
    let mut expected = Vec::new();
    for i in 0..23 {
        let url = format!("ch-{i:02}");
        api.post(
            "/group_channels",
            json!({"channel_url": url, "user_ids": ["a"]}),
        )
        .await
        .ok();
        expected.push(url);
    }
    let items = collect_pages(&api, "/group_channels?show_empty=true", "channels", 4).await;
    let got: Vec<String> = items
        .iter()
        .map(|c| c["channel_url"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(got, expected);
    let mine = collect_pages(
        &api,
        "/users/a/my_group_channels?show_empty=true",
        "channels",
        5,
    )
    .await;
    assert_eq!(mine.len(), 23);
    assert_eq!(mine[0]["member_state"], "joined");
    expect_errors(
        &api,
        &[
            (req::get("/group_channels?token=bogus"), BAD_PAGE_TOKEN),
            (req::get("/group_channels?limit=101"), INVALID_VALUE),
        ],
    )
    .await;
}

#[tokio::test]
async fn membership_lifecycle() {
    let (_emulator, api) = start().await;
    users(&api, &["a", "b", "c", "d"]).await;
    api.post(
        "/group_channels",
        json!({"channel_url": "room", "user_ids": ["a"]}),
    )
    .await
    .ok();
    let invited = api
        .post(
            "/group_channels/room/invite",
            json!({"user_ids": ["b", "c"], "invitation_status": {"c": "invited_by_friend"}}),
        )
        .await
        .ok();
    assert_eq!(member_ids(&invited), ["a", "b", "c"]);
    assert_eq!(invited["joined_member_count"], 2);
    assert_eq!(
        api.get("/group_channels/room/members/c").await.ok(),
        json!({"is_member": true, "state": "invited"})
    );
    assert_eq!(
        api.get("/group_channels/room/members/b").await.ok()["state"],
        "joined"
    );
    assert_eq!(
        api.get("/group_channels/room/members/d").await.ok()["is_member"],
        false
    );
    expect_errors(
        &api,
        &[
            (
                req::post(
                    "/group_channels/room/invite",
                    json!({"user_ids": ["ghost"]}),
                ),
                NOT_FOUND,
            ),
            (req::post("/group_channels/room/invite", json!({})), MISSING),
        ],
    )
    .await;

    let accepted = api
        .put("/group_channels/room/accept", json!({"user_id": "c"}))
        .await
        .ok();
    assert_eq!(accepted["joined_member_count"], 3);
    api.put("/group_channels/room/accept", json!({"user_id": "d"}))
        .await
        .error(400, 400201);

    api.post(
        "/group_channels/room/invite",
        json!({"user_ids": ["d"], "invitation_status": {"d": "invited_by_non_friend"}}),
    )
    .await
    .ok();
    api.put("/group_channels/room/decline", json!({"user_id": "d"}))
        .await
        .ok();
    assert_eq!(
        api.get("/group_channels/room/members/d").await.ok()["is_member"],
        false
    );

    // Joining needs a public channel.
    api.put("/group_channels/room/join", json!({"user_id": "d"}))
        .await
        .error(400, 400108);
    api.put("/group_channels/room", json!({"is_public": true}))
        .await
        .ok();
    let joined = api
        .put("/group_channels/room/join", json!({"user_id": "d"}))
        .await
        .ok();
    assert_eq!(joined["member_count"], 4);
    api.put("/group_channels/room/join", json!({}))
        .await
        .error(400, 400105);

    api.put(
        "/group_channels/room/leave",
        json!({"user_ids": ["d", "c"]}),
    )
    .await
    .ok();
    let listed = collect_pages(&api, "/group_channels/room/members", "members", 1).await;
    let ids = strs(&listed, "user_id");
    assert_eq!(ids, ["a", "b"]);
    expect_errors(
        &api,
        &[
            (req::put("/group_channels/room/leave", json!({})), MISSING),
            (req::get("/group_channels/nope/members"), NOT_FOUND),
            (
                req::get("/group_channels/room/members?limit=0"),
                INVALID_VALUE,
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn hide_and_unhide() {
    let (_emulator, api) = start().await;
    users(&api, &["a", "b"]).await;
    api.post(
        "/group_channels",
        json!({"channel_url": "h", "user_ids": ["a", "b"]}),
    )
    .await
    .ok();
    let mine = |api: Api| async move {
        urls(
            &api.get("/users/a/my_group_channels?show_empty=true")
                .await
                .ok(),
        )
    };
    assert_eq!(mine(api.clone()).await, ["h"]);
    api.put(
        "/group_channels/h/hide",
        json!({"user_id": "a", "allow_auto_unhide": false}),
    )
    .await
    .ok();
    assert!(mine(api.clone()).await.is_empty());
    let hidden = api
        .get("/users/a/my_group_channels?show_empty=true&hidden_mode=hidden_only")
        .await
        .ok();
    assert_eq!(
        hidden["channels"][0]["hidden_state"],
        "hidden_prevent_auto_unhide"
    );
    api.delete("/group_channels/h/hide?user_id=a").await.ok();
    assert_eq!(mine(api.clone()).await, ["h"]);
    // Auto-unhide on a new message.
    api.put("/group_channels/h/hide", json!({"user_id": "a"}))
        .await
        .ok();
    assert!(mine(api.clone()).await.is_empty());
    send_text(&api, "group_channels/h", "b", "hi").await;
    assert_eq!(mine(api.clone()).await, ["h"]);
    expect_errors(
        &api,
        &[
            (req::put("/group_channels/h/hide", json!({})), MISSING),
            (req::delete("/group_channels/h/hide"), MISSING),
        ],
    )
    .await;
    users(&api, &["z"]).await;
    api.put("/group_channels/h/hide", json!({"user_id": "z"}))
        .await
        .error(400, 400201);
}

#[tokio::test]
async fn operators() {
    let (_emulator, api) = start().await;
    users(&api, &["a", "b", "c"]).await;
    api.post(
        "/group_channels",
        json!({"channel_url": "op", "user_ids": ["a", "b", "c"]}),
    )
    .await
    .ok();
    api.post(
        "/group_channels/op/operators",
        json!({"operator_ids": ["a", "b"]}),
    )
    .await
    .ok();
    expect_errors(
        &api,
        &[
            (
                req::post(
                    "/group_channels/op/operators",
                    json!({"operator_ids": ["ghost"]}),
                ),
                NOT_FOUND,
            ),
            (
                req::post("/group_channels/op/operators", json!({})),
                MISSING,
            ),
        ],
    )
    .await;
    let ops = collect_pages(&api, "/group_channels/op/operators", "operators", 1).await;
    assert_eq!(strs(&ops, "user_id"), ["a", "b"]);
    let members = api
        .get("/group_channels/op/members?operator_filter=operator")
        .await
        .ok();
    assert_eq!(members["members"].as_array().unwrap().len(), 2);
    assert_eq!(members["members"][0]["role"], "operator");
    remove_operators(&api, "/group_channels/op").await;
}

#[tokio::test]
async fn multipart_create_with_cover_file_and_list_shapes() {
    let (_emulator, api) = start().await;
    users(&api, &["a", "b", "c"]).await;
    for user_ids in [
        &[("user_ids", "a,b")][..],
        &[("user_ids", "a"), ("user_ids", "b")],
        &[("user_ids", r#"["a","b"]"#)],
    ] {
        let mut fields = user_ids.to_vec();
        fields.push(("is_distinct", "false"));
        fields.push(("name", "with cover"));
        let created = api
            .multipart(
                Method::POST,
                "/group_channels",
                &fields,
                &[("cover_file", "cover.gif", "image/gif", b"GIF89a")],
            )
            .await
            .ok();
        assert_eq!(member_ids(&created), ["a", "b"], "{user_ids:?}");
        let cover = created["cover_url"].as_str().unwrap();
        assert_served(&api, cover, b"GIF89a", "image/gif").await;
    }
    let url = "cover-test";
    api.post(
        "/group_channels",
        json!({"channel_url": url, "user_ids": ["c"]}),
    )
    .await
    .ok();
    let updated = api
        .multipart(
            Method::PUT,
            &format!("/group_channels/{url}"),
            &[("name", "new")],
            &[("cover_file", "c.png", "image/png", b"PNG")],
        )
        .await
        .ok();
    assert_eq!(updated["name"], "new");
    let cover = updated["cover_url"].as_str().unwrap();
    assert_served(&api, cover, b"PNG", "image/png").await;
}

#[tokio::test]
async fn hostile_channel_urls() {
    let (_emulator, api) = start().await;
    users(&api, &["a"]).await;
    for url in ["a/b", "50%", "ü 漢", "..", "x?y#z"] {
        api.post(
            "/group_channels",
            json!({"channel_url": url, "user_ids": ["a"]}),
        )
        .await
        .ok();
        let path = format!("/group_channels/{}", enc(url));
        assert_eq!(api.get(&path).await.ok()["channel_url"], url);
        send_text(&api, &format!("group_channels/{}", enc(url)), "a", "hi").await;
        let total = api.get(&format!("{path}/messages/total_count")).await.ok();
        assert_eq!(total, json!({"total": 1}));
        api.delete(&path).await.ok();
    }
}
