//! Users' read state and preferences, and group channel receipts, history reset and
//! typing indicators.

use http::Method;
use sendbird_emulator::Seed;
use serde_json::{json, Value};

use crate::support::{
    enc, expect_errors, listed, req, seed_users, send_text, start_with, Api, INVALID_VALUE,
    MISSING, NOT_BOOL, NOT_FOUND, NOT_LIST, NOT_NUMBER, NOT_STRING,
};

const ODD: &str = "odd user/ü";

fn seed() -> Seed {
    seed_users(&[
        ("a", "A"),
        ("b", "B"),
        ("c", "C"),
        ("outsider", "O"),
        (ODD, "Odd"),
    ])
    .group_channel("g", ["a", "b"])
    .group_channel_json(
        json!({"channel_url": "work", "user_ids": ["a", "c"], "custom_type": "work"}),
    )
    .group_channel_json(
        json!({"channel_url": "big", "user_ids": ["a", "b", "c"], "is_super": true}),
    )
    .open_channel("o", "Open")
}

async fn unread(api: &Api, user: &str, extra: &str) -> i64 {
    api.get(&format!("/users/{}/unread_message_count{extra}", enc(user)))
        .await
        .ok()["unread_count"]
        .as_i64()
        .unwrap()
}

async fn unread_channels(api: &Api, user: &str) -> i64 {
    api.get(&format!("/users/{}/unread_channel_count", enc(user)))
        .await
        .ok()["unread_count"]
        .as_i64()
        .unwrap()
}

/// Asserts the errors of `PUT /group_channels/{channel_url}/{action}` done for the member
/// `user_id` of the seed's channel `g`: no `user_id` (400105), a user who is no member
/// (`c`), an unknown user and an unknown channel (400201 each).
async fn expect_member_errors(api: &Api, action: &str) {
    let in_g = format!("/group_channels/g/{action}");
    let in_nope = format!("/group_channels/nope/{action}");
    expect_errors(
        api,
        &[
            (req::put(&in_g, json!({})), MISSING),
            (req::put(&in_g, json!({"user_id": "c"})), NOT_FOUND),
            (req::put(&in_g, json!({"user_id": "nobody"})), NOT_FOUND),
            (req::put(&in_nope, json!({"user_id": "a"})), NOT_FOUND),
        ],
    )
    .await;
}

async fn member_unread(api: &Api, url: &str) -> Value {
    api.get(&format!("/group_channels/{url}/messages/unread_count"))
        .await
        .ok()["unread"]
        .clone()
}

#[tokio::test]
async fn session_tokens_issue_and_revoke() {
    let (_emulator, api) = start_with(seed()).await;
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let issued = api.post("/users/a/token", json!({})).await.ok();
    let token = issued["token"].as_str().unwrap();
    assert!(!token.is_empty());
    let week = 7 * 24 * 60 * 60 * 1000;
    let expires = issued["expires_at"].as_i64().unwrap();
    assert!(expires >= before + week && expires < before + week + 60_000);

    let explicit = api
        .post(
            "/users/a/token",
            json!({"expires_at": 4_102_444_800_000_i64}),
        )
        .await
        .ok();
    assert_eq!(explicit["expires_at"], 4_102_444_800_000_i64);
    assert_ne!(explicit["token"], issued["token"]);
    // Session tokens from this endpoint aren't stored on the user resource.
    let user = api.get("/users/a").await.ok();
    assert_eq!(user["session_tokens"], json!([]));

    // An empty body works too; the token of an odd user id as well.
    let odd = api
        .call(Method::POST, &format!("/users/{}/token", enc(ODD)), None)
        .await
        .ok();
    assert!(odd["token"].is_string());

    // Revoking removes every session token, including the legacy ones.
    api.put("/users/a", json!({"issue_session_token": true}))
        .await
        .ok();
    assert_eq!(
        api.get("/users/a").await.ok()["session_tokens"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(api.delete("/users/a/token").await.ok(), json!({}));
    assert_eq!(api.get("/users/a").await.ok()["session_tokens"], json!([]));

    // Errors.
    expect_errors(
        &api,
        &[
            (req::post("/users/nobody/token", json!({})), NOT_FOUND),
            (req::delete("/users/nobody/token"), NOT_FOUND),
            (
                req::post("/users/a/token", json!({"expires_at": 1000})),
                INVALID_VALUE,
            ),
            (
                req::post("/users/a/token", json!({"expires_at": "soon"})),
                NOT_NUMBER,
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn invitation_preference_decides_between_invited_and_joined() {
    let (_emulator, api) = start_with(seed()).await;
    assert_eq!(
        api.get("/users/b/channel_invitation_preference").await.ok(),
        json!({"auto_accept": true})
    );
    assert_eq!(
        api.put(
            "/users/b/channel_invitation_preference",
            json!({"auto_accept": false})
        )
        .await
        .ok(),
        json!({"auto_accept": false})
    );
    assert_eq!(
        api.get("/users/b/channel_invitation_preference").await.ok(),
        json!({"auto_accept": false})
    );

    // Private channels now invite b; public ones still join b; explicit statuses win.
    let private = api
        .post(
            "/group_channels",
            json!({"channel_url": "p", "user_ids": ["a", "b"], "inviter_id": "a"}),
        )
        .await
        .ok();
    let state = |channel: &Value, id: &str| {
        channel["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["user_id"] == id)
            .map(|m| m["state"].clone())
            .unwrap()
    };
    assert_eq!(state(&private, "a"), "joined");
    assert_eq!(state(&private, "b"), "invited");
    let public = api
        .post(
            "/group_channels",
            json!({"channel_url": "pub", "user_ids": ["a", "b"], "is_public": true}),
        )
        .await
        .ok();
    assert_eq!(state(&public, "b"), "joined");
    let invited = api
        .post("/group_channels/work/invite", json!({"user_ids": ["b"]}))
        .await
        .ok();
    assert_eq!(state(&invited, "b"), "invited");
    let forced = api
        .post(
            "/group_channels",
            json!({"channel_url": "forced", "user_ids": ["b"], "invitation_status": {"b": "joined"}}),
        )
        .await
        .ok();
    assert_eq!(state(&forced, "b"), "joined");

    // Errors.
    expect_errors(
        &api,
        &[
            (
                req::get("/users/nobody/channel_invitation_preference"),
                NOT_FOUND,
            ),
            (
                req::put(
                    "/users/nobody/channel_invitation_preference",
                    json!({"auto_accept": true}),
                ),
                NOT_FOUND,
            ),
            (
                req::put("/users/b/channel_invitation_preference", json!({})),
                MISSING,
            ),
            (
                req::put(
                    "/users/b/channel_invitation_preference",
                    json!({"auto_accept": "yes"}),
                ),
                NOT_BOOL,
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn unread_counts_follow_messages_and_reads() {
    let (_emulator, api) = start_with(seed()).await;
    for user in ["a", "b", "c"] {
        assert_eq!(unread(&api, user, "").await, 0);
        assert_eq!(unread_channels(&api, user).await, 0);
    }
    send_text(&api, "group_channels/g", "b", "one").await;
    send_text(&api, "group_channels/g", "b", "two").await;
    send_text(&api, "group_channels/work", "c", "three").await;
    // The sender's own messages are never unread; everyone else's are.
    assert_eq!(unread(&api, "a", "").await, 3);
    assert_eq!(unread(&api, "b", "").await, 0);
    assert_eq!(unread(&api, "c", "").await, 0);
    assert_eq!(unread_channels(&api, "a").await, 2);
    assert_eq!(member_unread(&api, "g").await, json!({"a": 2, "b": 0}));
    assert_eq!(
        api.get("/group_channels/g/messages/unread_count?user_ids=a")
            .await
            .ok(),
        json!({"unread": {"a": 2}})
    );
    // Filters: custom types and super mode.
    assert_eq!(unread(&api, "a", "?custom_types=work").await, 1);
    assert_eq!(unread(&api, "a", "?super_mode=super").await, 0);
    send_text(&api, "group_channels/big", "c", "to everyone").await;
    assert_eq!(unread(&api, "a", "?super_mode=super").await, 1);
    assert_eq!(unread(&api, "a", "?super_mode=nonsuper").await, 3);
    assert_eq!(unread(&api, "a", "").await, 4);
    assert_eq!(unread(&api, "b", "").await, 1);

    // Silent messages and admin messages.
    api.post(
        "/group_channels/g/messages",
        json!({"message_type": "MESG", "user_id": "b", "message": "shh", "is_silent": true}),
    )
    .await
    .ok();
    assert_eq!(unread(&api, "a", "?custom_types=").await, 4);
    api.post(
        "/group_channels/g/messages",
        json!({"message_type": "ADMM", "message": "notice"}),
    )
    .await
    .ok();
    assert_eq!(member_unread(&api, "g").await, json!({"a": 3, "b": 1}));

    // Per-user views: the user resource, my_group_channels, the channel with user_id.
    let user = api.get("/users/a?include_unread_count=true").await.ok();
    assert_eq!(user["unread_message_count"], 5);
    assert_eq!(user["unread_channel_count"], 3);
    let mine = api
        .get("/users/a/my_group_channels?unread_filter=unread_message&order=chronological")
        .await
        .ok();
    let counts: Vec<(String, i64)> = mine["channels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["channel_url"].as_str().unwrap().to_owned(),
                c["unread_message_count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("g".to_owned(), 3),
            ("work".to_owned(), 1),
            ("big".to_owned(), 1)
        ]
    );
    let seen_by_a = api.get("/group_channels/g?user_id=a").await.ok();
    assert_eq!(seen_by_a["unread_message_count"], 3);
    assert_eq!(seen_by_a["member_state"], "joined");
    assert_eq!(seen_by_a["count_preference"], "all");

    // Reading one channel resets it; read receipts move.
    let before = api
        .get("/group_channels/g?show_read_receipt=true")
        .await
        .ok()["read_receipt"]["a"]
        .as_i64()
        .unwrap();
    assert_eq!(
        api.put(
            "/group_channels/g/messages/mark_as_read",
            json!({"user_id": "a"})
        )
        .await
        .ok(),
        json!({})
    );
    assert_eq!(member_unread(&api, "g").await, json!({"a": 0, "b": 1}));
    assert_eq!(unread(&api, "a", "").await, 2);
    let after = api
        .get("/group_channels/g?show_read_receipt=true")
        .await
        .ok()["read_receipt"]["a"]
        .as_i64()
        .unwrap();
    assert!(after > before);
    let unread_only = api
        .get("/users/a/my_group_channels?unread_filter=unread_message")
        .await
        .ok();
    assert_eq!(unread_only["channels"].as_array().unwrap().len(), 2);

    // New messages count again; mark_as_read_all clears the listed channels, then all.
    send_text(&api, "group_channels/g", "b", "again").await;
    assert_eq!(unread(&api, "a", "").await, 3);
    api.put(
        "/users/a/mark_as_read_all",
        json!({"channel_urls": ["work"]}),
    )
    .await
    .ok();
    assert_eq!(unread(&api, "a", "").await, 2);
    assert_eq!(
        api.put("/users/a/mark_as_read_all", json!({})).await.ok(),
        json!({})
    );
    assert_eq!(unread(&api, "a", "").await, 0);
    assert_eq!(unread_channels(&api, "a").await, 0);
    // Sending marks the sender's channel as read: b's only unread message is in "big".
    assert_eq!(unread(&api, "b", "").await, 1);

    // Errors.
    for path in [
        "/users/nobody/unread_message_count",
        "/users/nobody/unread_channel_count",
        "/users/nobody/unread_item_count?item_keys=group_channel_unread_message_count",
        "/group_channels/nope/messages/unread_count",
        "/group_channels/g/messages/unread_count?user_ids=nobody",
        "/group_channels/g/messages/unread_count?user_ids=c",
    ] {
        api.get(path).await.error(400, 400201);
    }
    expect_errors(
        &api,
        &[
            (
                req::get("/users/a/unread_message_count?super_mode=huge"),
                INVALID_VALUE,
            ),
            (
                req::put("/users/nobody/mark_as_read_all", json!({})),
                NOT_FOUND,
            ),
            (
                req::put(
                    "/users/a/mark_as_read_all",
                    json!({"channel_urls": ["nope"]}),
                ),
                NOT_FOUND,
            ),
            (
                req::put("/users/a/mark_as_read_all", json!({"channel_urls": "g"})),
                NOT_LIST,
            ),
        ],
    )
    .await;
    expect_member_errors(&api, "messages/mark_as_read").await;
}

#[tokio::test]
async fn unread_items_mentions_and_invitations() {
    let (_emulator, api) = start_with(seed()).await;
    api.post(
        "/group_channels/g/messages",
        json!({"message_type": "MESG", "user_id": "b", "message": "hey @a", "mentioned_user_ids": ["a"]}),
    )
    .await
    .ok();
    send_text(&api, "group_channels/g", "b", "plain").await;
    api.post(
        "/group_channels/big/messages",
        json!({"message_type": "MESG", "user_id": "c", "message": "all", "mention_type": "channel"}),
    )
    .await
    .ok();
    api.post(
        "/group_channels",
        json!({"channel_url": "inv", "user_ids": ["a"], "invitation_status": {"a": "invited_by_non_friend"}}),
    )
    .await
    .ok();
    let keys = [
        "non_super_group_channel_unread_message_count",
        "super_group_channel_unread_message_count",
        "group_channel_unread_message_count",
        "non_super_group_channel_invitation_count",
        "super_group_channel_invitation_count",
        "group_channel_invitation_count",
        "non_super_group_channel_unread_mention_count",
        "super_group_channel_unread_mention_count",
        "group_channel_unread_mention_count",
    ];
    let all = api
        .get(&format!(
            "/users/a/unread_item_count?item_keys={}",
            keys.join(",")
        ))
        .await
        .ok();
    assert_eq!(
        all,
        json!({
            "non_super_group_channel_unread_message_count": 2,
            "super_group_channel_unread_message_count": 1,
            "group_channel_unread_message_count": 3,
            "non_super_group_channel_invitation_count": 1,
            "super_group_channel_invitation_count": 0,
            "group_channel_invitation_count": 1,
            "non_super_group_channel_unread_mention_count": 1,
            "super_group_channel_unread_mention_count": 1,
            "group_channel_unread_mention_count": 2,
        })
    );
    // Only the requested keys come back.
    assert_eq!(
        api.get("/users/a/unread_item_count?item_keys=group_channel_unread_mention_count")
            .await
            .ok(),
        json!({"group_channel_unread_mention_count": 2})
    );
    let seen = api.get("/group_channels/g?user_id=a").await.ok();
    assert_eq!(seen["unread_mention_count"], 1);

    // Count preferences shape the totals but not the channel's own counts.
    assert_eq!(
        api.get("/users/a/count_preference/g").await.ok(),
        json!({"count_preference": "all"})
    );
    assert_eq!(
        api.put(
            "/users/a/count_preference/g",
            json!({"count_preference": "unread_mentioned_count_only"})
        )
        .await
        .ok(),
        json!({"count_preference": "unread_mentioned_count_only"})
    );
    let items = |v: Value| {
        (
            v["group_channel_unread_message_count"].as_i64().unwrap(),
            v["group_channel_unread_mention_count"].as_i64().unwrap(),
        )
    };
    let both = "/users/a/unread_item_count?item_keys=group_channel_unread_message_count,group_channel_unread_mention_count";
    assert_eq!(items(api.get(both).await.ok()), (1, 2));
    api.put(
        "/users/a/count_preference/g",
        json!({"count_preference": "unread_message_count_only"}),
    )
    .await
    .ok();
    assert_eq!(items(api.get(both).await.ok()), (3, 1));
    api.put(
        "/users/a/count_preference/g",
        json!({"count_preference": "off"}),
    )
    .await
    .ok();
    assert_eq!(items(api.get(both).await.ok()), (1, 1));
    assert_eq!(unread(&api, "a", "").await, 1);
    assert_eq!(unread_channels(&api, "a").await, 1);
    assert_eq!(member_unread(&api, "g").await["a"], 2);
    let seen = api.get("/group_channels/g?user_id=a").await.ok();
    assert_eq!(seen["count_preference"], "off");
    assert_eq!(seen["unread_message_count"], 2);
    // The brief's spelling is accepted as the documented one.
    assert_eq!(
        api.put(
            "/users/a/count_preference/g",
            json!({"count_preference": "unread_mention_count_only"})
        )
        .await
        .ok(),
        json!({"count_preference": "unread_mentioned_count_only"})
    );

    // Errors.
    expect_errors(
        &api,
        &[
            (req::get("/users/a/unread_item_count"), MISSING),
            (
                req::get("/users/a/unread_item_count?item_keys=everything"),
                INVALID_VALUE,
            ),
            (req::get("/users/nobody/count_preference/g"), NOT_FOUND),
            (req::get("/users/a/count_preference/nope"), NOT_FOUND),
            (req::get("/users/c/count_preference/g"), NOT_FOUND),
            (req::put("/users/a/count_preference/g", json!({})), MISSING),
            (
                req::put(
                    "/users/a/count_preference/g",
                    json!({"count_preference": "some"}),
                ),
                INVALID_VALUE,
            ),
            (
                req::put(
                    "/users/a/count_preference/g",
                    json!({"count_preference": 1}),
                ),
                NOT_STRING,
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn group_channel_count_by_join_status() {
    let (_emulator, api) = start_with(seed()).await;
    api.post(
        "/group_channels",
        json!({"channel_url": "inv", "user_ids": ["a"], "invitation_status": {"a": "invited"}}),
    )
    .await
    .ok();
    api.put("/group_channels/work/hide", json!({"user_id": "a"}))
        .await
        .ok();
    let count = |v: Value| v["group_channel_count"].as_i64().unwrap();
    let get = |q: &'static str| {
        let api = api.clone();
        async move {
            count(
                api.get(&format!("/users/a/group_channel_count{q}"))
                    .await
                    .ok(),
            )
        }
    };
    assert_eq!(get("").await, 3);
    assert_eq!(get("?state=joined").await, 2);
    assert_eq!(get("?state=invited").await, 1);
    assert_eq!(get("?state=invited_by_non_friend").await, 1);
    assert_eq!(get("?state=joined&hidden_mode=all").await, 3);
    assert_eq!(get("?hidden_mode=hidden_only").await, 1);
    assert_eq!(get("?hidden_mode=all&custom_types=work").await, 1);
    assert_eq!(get("?super_mode=super").await, 1);
    expect_errors(
        &api,
        &[
            (
                req::get("/users/a/group_channel_count?state=left"),
                INVALID_VALUE,
            ),
            (
                req::get("/users/a/group_channel_count?hidden_mode=odd"),
                INVALID_VALUE,
            ),
            (req::get("/users/nobody/group_channel_count"), NOT_FOUND),
        ],
    )
    .await;
}

#[tokio::test]
async fn leave_my_group_channels() {
    let (_emulator, api) = start_with(seed()).await;
    assert_eq!(
        api.put(
            "/users/a/my_group_channels/leave",
            json!({"custom_type": "work"})
        )
        .await
        .ok(),
        json!({})
    );
    let urls = |v: Value| -> Vec<String> { listed(&v, "channels", "channel_url") };
    assert_eq!(
        urls(
            api.get("/users/a/my_group_channels?show_empty=true")
                .await
                .ok()
        ),
        ["g", "big"]
    );
    api.put("/users/a/my_group_channels/leave", json!({}))
        .await
        .ok();
    assert!(urls(
        api.get("/users/a/my_group_channels?show_empty=true")
            .await
            .ok()
    )
    .is_empty());
    // Others stay.
    assert_eq!(
        api.get("/group_channels/g/members").await.ok()["members"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    expect_errors(
        &api,
        &[
            (
                req::put("/users/nobody/my_group_channels/leave", json!({})),
                NOT_FOUND,
            ),
            (
                req::put(
                    "/users/a/my_group_channels/leave",
                    json!({"custom_type": 3}),
                ),
                NOT_STRING,
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn delivery_receipts() {
    let (_emulator, api) = start_with(seed()).await;
    send_text(&api, "group_channels/g", "a", "hi").await;
    let reply = api
        .put(
            "/group_channels/g/messages/mark_as_delivered",
            json!({"user_id": "b"}),
        )
        .await
        .ok();
    let ts = reply["ts"].as_i64().unwrap();
    let channel = api
        .get("/group_channels/g?show_delivery_receipt=true&show_member=true")
        .await
        .ok();
    assert_eq!(channel["delivery_receipt"]["b"], ts);
    let b = channel["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["user_id"] == "b")
        .unwrap()
        .clone();
    assert_eq!(b["delivered_ts"], ts);
    // Delivery isn't reading.
    assert_eq!(member_unread(&api, "g").await["b"], 1);
    expect_member_errors(&api, "messages/mark_as_delivered").await;
}

#[tokio::test]
async fn reset_history_hides_earlier_messages_for_that_member() {
    let (_emulator, api) = start_with(seed()).await;
    send_text(&api, "group_channels/g", "a", "old").await;
    send_text(&api, "group_channels/g", "b", "older reply").await;
    let reset = api
        .put(
            "/group_channels/g/reset_user_history",
            json!({"user_id": "a"}),
        )
        .await
        .ok();
    let offset = reset["ts_message_offset"].as_i64().unwrap();
    let seen_by_a = api.get("/group_channels/g?user_id=a").await.ok();
    assert_eq!(seen_by_a["last_message"], Value::Null);
    assert_eq!(seen_by_a["ts_message_offset"], offset);
    assert_eq!(seen_by_a["unread_message_count"], 0);
    // b still sees everything.
    let seen_by_b = api.get("/group_channels/g?user_id=b").await.ok();
    assert_eq!(seen_by_b["last_message"]["message"], "older reply");
    assert_eq!(seen_by_b["ts_message_offset"], 0);
    // Searching as a finds nothing from before the reset.
    let found = api.get("/search/messages?query=old&user_id=a").await.ok();
    assert_eq!(found["total_count"], 0);
    let found = api.get("/search/messages?query=old&user_id=b").await.ok();
    assert_eq!(found["total_count"], 2);

    let fresh = send_text(&api, "group_channels/g", "b", "new").await;
    assert!(fresh["created_at"].as_i64().unwrap() > offset);
    let seen_by_a = api.get("/group_channels/g?user_id=a").await.ok();
    assert_eq!(seen_by_a["last_message"]["message"], "new");
    assert_eq!(seen_by_a["unread_message_count"], 1);

    let all = api
        .put(
            "/group_channels/g/reset_user_history",
            json!({"reset_all": true}),
        )
        .await
        .ok();
    assert!(all["ts_message_offset"].as_i64().unwrap() > offset);
    assert_eq!(member_unread(&api, "g").await, json!({"a": 0, "b": 0}));
    let mine = api
        .get("/users/b/my_group_channels?show_empty=true&channel_urls=g")
        .await
        .ok();
    assert_eq!(mine["channels"][0]["last_message"], Value::Null);
    // The messages themselves stay.
    assert_eq!(
        api.get("/group_channels/g/messages/total_count").await.ok()["total"],
        3
    );

    // Hiding with hide_previous_messages works the same way for that member.
    send_text(&api, "group_channels/work", "c", "before hiding").await;
    api.put(
        "/group_channels/work/hide",
        json!({"user_id": "a", "hide_previous_messages": true}),
    )
    .await
    .ok();
    let hidden = api.get("/group_channels/work?user_id=a").await.ok();
    assert_eq!(hidden["is_hidden"], true);
    assert_eq!(hidden["last_message"], Value::Null);
    assert_eq!(hidden["unread_message_count"], 0);
    send_text(&api, "group_channels/work", "c", "after hiding").await;
    let unhidden = api.get("/group_channels/work?user_id=a").await.ok();
    assert_eq!(unhidden["is_hidden"], false);
    assert_eq!(unhidden["last_message"]["message"], "after hiding");
    assert_eq!(unhidden["unread_message_count"], 1);

    expect_errors(
        &api,
        &[(
            req::put(
                "/group_channels/g/reset_user_history",
                json!({"reset_all": "yes"}),
            ),
            NOT_BOOL,
        )],
    )
    .await;
    expect_member_errors(&api, "reset_user_history").await;
}

#[tokio::test]
async fn typing_indicators_start_and_stop() {
    let (_emulator, api) = start_with(seed()).await;
    assert_eq!(
        api.post("/group_channels/g/typing", json!({"user_ids": ["a", "b"]}))
            .await
            .ok(),
        json!({})
    );
    // DELETE carries a JSON body.
    assert_eq!(
        api.call(
            Method::DELETE,
            "/group_channels/g/typing",
            Some(json!({"user_ids": ["a"]}))
        )
        .await
        .ok(),
        json!({})
    );
    api.call(
        Method::DELETE,
        "/group_channels/g/typing",
        Some(json!({"user_ids": ["a"]})),
    )
    .await
    .ok();

    expect_errors(
        &api,
        &[
            (req::post("/group_channels/g/typing", json!({})), MISSING),
            (
                req::post("/group_channels/g/typing", json!({"user_ids": []})),
                MISSING,
            ),
            (req::delete("/group_channels/g/typing"), MISSING),
        ],
    )
    .await;
    let eleven: Vec<String> = (0..11).map(|i| format!("u{i}")).collect();
    expect_errors(
        &api,
        &[
            (
                req::post("/group_channels/g/typing", json!({"user_ids": eleven})),
                INVALID_VALUE,
            ),
            (
                req::post("/group_channels/g/typing", json!({"user_ids": ["nobody"]})),
                NOT_FOUND,
            ),
            (
                req::post("/group_channels/g/typing", json!({"user_ids": ["c"]})),
                NOT_FOUND,
            ),
            (
                req::post("/group_channels/nope/typing", json!({"user_ids": ["a"]})),
                NOT_FOUND,
            ),
            (
                req::post("/group_channels/g/typing", json!({"user_ids": "a"})),
                NOT_LIST,
            ),
        ],
    )
    .await;
}
