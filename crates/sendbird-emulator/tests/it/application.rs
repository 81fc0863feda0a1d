//! Application settings, emojis and webhook settings over raw HTTP: the request shapes the
//! SDK does not send (the docs' DELETE body, top-level auto event groups, comma lists) and
//! the documented type errors.

use http::Method;
use serde_json::json;

use crate::support::{
    expect_errors, req, start, Api, INVALID_VALUE, MISSING, NOT_BOOL, NOT_LIST, NOT_NUMBER,
    NOT_OBJECT,
};

#[tokio::test]
async fn ip_whitelist_accepts_every_documented_shape() {
    let (_emulator, api) = start().await;
    let path = "/applications/settings/ip_whitelist";
    assert_eq!(
        api.get(path).await.ok(),
        json!({"ip_whitelist_addresses": []})
    );
    let added = api
        .put(
            path,
            json!({"ip_whitelist_addresses": ["127.0.0.1", "10.0.0.0/8", "192.0.2.0/24", "::1"]}),
        )
        .await
        .ok();
    assert_eq!(
        added["ip_whitelist_addresses"],
        json!(["10.0.0.0/8", "127.0.0.1/32", "192.0.2.0/24", "::1/128"])
    );
    // The docs send the entries in a JSON body...
    let left = api
        .call(
            Method::DELETE,
            path,
            Some(json!({"ip_whitelist_addresses": ["10.0.0.0/8"]})),
        )
        .await
        .ok();
    assert_eq!(
        left["ip_whitelist_addresses"],
        json!(["127.0.0.1/32", "192.0.2.0/24", "::1/128"])
    );
    // ...the spec in the query, repeated or comma-joined; unknown entries are ignored.
    let left = api
        .delete(&format!(
            "{path}?ip_whitelist_addresses=192.0.2.0%2F24,203.0.113.9"
        ))
        .await
        .ok();
    assert_eq!(
        left["ip_whitelist_addresses"],
        json!(["127.0.0.1/32", "::1/128"])
    );
    expect_errors(
        &api,
        &[
            (req::delete(path), MISSING),
            (
                req::put(path, json!({"ip_whitelist_addresses": "10.0.0.1"})),
                NOT_LIST,
            ),
            (
                req::put(path, json!({"ip_whitelist_addresses": ["10.0.0.1/40"]})),
                INVALID_VALUE,
            ),
        ],
    )
    .await;
    // The loopback host is listed, so calls keep working.
    api.get("/users").await.ok();
}

#[tokio::test]
async fn secondary_tokens_over_http() {
    let (emulator, api) = start().await;
    let token = api
        .post(
            "/applications/api_tokens",
            json!({"HTTP_API_TOKEN": emulator.api_token()}),
        )
        .await
        .ok()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let secondary = Api::new(&emulator).with_token(Some(&token));
    secondary.get("/users").await.ok();
    secondary
        .get(&format!("/applications/api_tokens/{token}"))
        .await
        .error(400, 400108);
    secondary
        .delete(&format!("/applications/api_tokens/{token}"))
        .await
        .error(400, 400108);
    assert_eq!(
        api.delete(&format!("/applications/api_tokens/{token}"))
            .await
            .ok(),
        json!({})
    );
    secondary.get("/users").await.error(400, 400401);
}

#[tokio::test]
async fn settings_type_errors_and_doc_shapes() {
    let (_emulator, api) = start().await;
    // Documented: a non-boolean auto_accept is 400104.
    expect_errors(
        &api,
        &[
            (
                req::put(
                    "/applications/default_channel_invitation_preference",
                    json!({"auto_accept": "no"}),
                ),
                NOT_BOOL,
            ),
            (
                req::put(
                    "/applications/default_channel_invitation_preference",
                    json!({}),
                ),
                MISSING,
            ),
        ],
    )
    .await;

    // Auto event groups at the top level, as the docs table lists them.
    let path = "/applications/settings/auto_event_message";
    let answer = api
        .put(path, json!({"user_leave": {"admin_deleted": true}, "channel_change": {"channel_change": true}}))
        .await
        .ok();
    assert_eq!(
        answer["auto_event_message"]["user_leave"]["admin_deleted"],
        true
    );
    assert_eq!(
        answer["auto_event_message"]["user_leave"]["admin_removed"],
        false
    );
    assert_eq!(
        answer["auto_event_message"]["channel_change"]["channel_change"],
        true
    );
    expect_errors(
        &api,
        &[
            (
                req::put(
                    path,
                    json!({"auto_event_message": {"user_join": {"user_join": 1}}}),
                ),
                NOT_BOOL,
            ),
            (
                req::put(
                    path,
                    json!({"auto_event_message": {"user_join": {"teleport": true}}}),
                ),
                INVALID_VALUE,
            ),
            (
                req::put(path, json!({"auto_event_message": {"user_join": true}})),
                NOT_OBJECT,
            ),
        ],
    )
    .await;

    // Global settings: keywords come back comma-joined (as in the docs' GET example).
    let settings = api
        .put(
            "/applications/settings_global",
            json!({"profanity_filter": {"keywords": ["dumb", "dummy*"], "type": 1}, "allow_links": false}),
        )
        .await
        .ok();
    assert_eq!(settings["profanity_filter"]["keywords"], "dumb,dummy*");
    assert_eq!(settings["profanity_filter"]["regex_filters"], json!([]));
    assert_eq!(settings["allow_links"], false);
    expect_errors(
        &api,
        &[
            (
                req::put(
                    "/applications/settings_global",
                    json!({"allow_links": "yes"}),
                ),
                NOT_BOOL,
            ),
            (
                req::put(
                    "/applications/settings_global",
                    json!({"domain_filter": {"type": 7}}),
                ),
                INVALID_VALUE,
            ),
        ],
    )
    .await;

    // Reactions and default emojis need their flag.
    expect_errors(
        &api,
        &[
            (
                req::put("/applications/settings/reactions", json!({})),
                MISSING,
            ),
            (
                req::put(
                    "/applications/settings/use_default_emoji",
                    json!({"use_default_emoji": "x"}),
                ),
                NOT_BOOL,
            ),
            (req::get("/emoji_categories/abc"), NOT_NUMBER),
            (
                req::post("/emojis", json!({"emoji_category_id": 1, "emojis": []})),
                INVALID_VALUE,
            ),
        ],
    )
    .await;

    // Webhook settings: types.
    expect_errors(
        &api,
        &[
            (
                req::put(
                    "/applications/settings/webhook",
                    json!({"enabled_events": "x"}),
                ),
                NOT_LIST,
            ),
            (
                req::get("/applications/settings/webhook?display_all_webhook_categories=maybe"),
                NOT_BOOL,
            ),
        ],
    )
    .await;
}
