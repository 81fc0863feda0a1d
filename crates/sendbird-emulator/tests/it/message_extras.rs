//! Pins, reactions, sorted metaarray, translations and message search.

use http::Method;
use sendbird_emulator::Seed;
use serde_json::{json, Value};

use crate::support::{
    enc, expect_errors, listed, req, seed_users, send_text, start_with, Api, BAD_PAGE_TOKEN,
    INVALID_VALUE, MISSING, NOT_BOOL, NOT_FOUND, NOT_LIST, NOT_NUMBER, NOT_OBJECT, TOO_LONG,
};

fn seed() -> Seed {
    seed_users(&[("a", "A"), ("b", "B"), ("c", "C")])
        .group_channel("g", ["a", "b"])
        .group_channel_json(
            json!({"channel_url": "work", "user_ids": ["a", "c"], "custom_type": "work"}),
        )
        .open_channel("o", "Open")
}

/// Sends a text message (see [`send_text`]) and returns its id.
async fn send(api: &Api, channel: &str, sender: &str, text: &str) -> i64 {
    send_text(api, channel, sender, text).await["message_id"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn pins_show_on_the_channel() {
    let (_emulator, api) = start_with(seed()).await;
    let first = send(&api, "group_channels/g", "a", "first").await;
    let second = send(&api, "group_channels/g", "b", "second").await;
    let channel = api.get("/group_channels/g").await.ok();
    assert_eq!(channel["pinned_message_ids"], json!([]));
    assert_eq!(channel["last_pinned_message"], Value::Null);

    let pinned = api
        .post(
            &format!("/group_channels/g/messages/{second}/pin"),
            json!({}),
        )
        .await
        .ok();
    assert_eq!(pinned["channel_url"], "g");
    assert_eq!(pinned["pinned_message_ids"], json!([second]));
    assert_eq!(pinned["last_pinned_message"]["message_id"], second);
    // Pinning is idempotent; the last pinned message is the latest pin.
    api.post(
        &format!("/group_channels/g/messages/{first}/pin"),
        json!({}),
    )
    .await
    .ok();
    api.call(
        Method::POST,
        &format!("/group_channels/g/messages/{first}/pin"),
        None,
    )
    .await
    .ok();
    let channel = api.get("/group_channels/g").await.ok();
    assert_eq!(channel["pinned_message_ids"], json!([second, first]));
    assert_eq!(channel["last_pinned_message"]["message"], "first");

    let unpinned = api
        .delete(&format!("/group_channels/g/messages/{first}/pin"))
        .await
        .ok();
    assert_eq!(unpinned["pinned_message_ids"], json!([second]));
    // Deleting a pinned message unpins it.
    api.delete(&format!("/group_channels/g/messages/{second}"))
        .await
        .ok();
    let channel = api.get("/group_channels/g").await.ok();
    assert_eq!(channel["pinned_message_ids"], json!([]));
    assert_eq!(channel["last_pinned_message"], Value::Null);

    // Open channels too.
    let open = send(&api, "open_channels/o", "c", "hello").await;
    let pinned = api
        .post(&format!("/open_channels/o/messages/{open}/pin"), json!({}))
        .await
        .ok();
    assert_eq!(pinned["pinned_message_ids"], json!([open]));
    assert_eq!(
        api.get("/open_channels/o").await.ok()["last_pinned_message"]["message_id"],
        open
    );

    expect_errors(
        &api,
        &[
            (
                req::post("/group_channels/g/messages/999/pin", json!({})),
                NOT_FOUND,
            ),
            (
                req::post(
                    &format!("/group_channels/g/messages/{second}/pin"),
                    json!({}),
                ),
                NOT_FOUND,
            ),
            (
                req::post(
                    &format!("/group_channels/nope/messages/{first}/pin"),
                    json!({}),
                ),
                NOT_FOUND,
            ),
            (
                req::post("/group_channels/g/messages/abc/pin", json!({})),
                NOT_NUMBER,
            ),
            (req::delete("/group_channels/g/messages/999/pin"), NOT_FOUND),
        ],
    )
    .await;
}

#[tokio::test]
async fn reactions_add_list_remove() {
    let (_emulator, api) = start_with(seed()).await;
    let id = send(&api, "group_channels/g", "a", "react to me").await;
    let path = format!("/group_channels/g/messages/{id}/reactions");

    let added = api
        .post(&path, json!({"user_id": "b", "reaction": "smile"}))
        .await
        .ok();
    assert_eq!(added["user_id"], "b");
    assert_eq!(added["operation"], "ADD");
    assert_eq!(added["success"], true);
    assert_eq!(added["reaction"], "smile");
    assert_eq!(added["msg_id"], id);
    let updated_at = added["updated_at"].as_i64().unwrap();
    // The same reaction again changes nothing.
    let again = api
        .post(&path, json!({"user_id": "b", "reaction": "smile"}))
        .await
        .ok();
    assert_eq!(again["success"], false);
    assert!(again.get("updated_at").is_none());
    api.post(&path, json!({"user_id": "a", "reaction": "smile"}))
        .await
        .ok();
    api.post(&path, json!({"user_id": "a", "reaction": "thumbs up"}))
        .await
        .ok();

    assert_eq!(
        api.get(&path).await.ok(),
        json!({"smile": 2, "thumbs up": 1})
    );
    assert_eq!(
        api.get(&format!("{path}?list_users=true")).await.ok(),
        json!({"smile": ["b", "a"], "thumbs up": ["a"]})
    );
    // Messages carry their reactions when asked to.
    let message = api
        .get(&format!(
            "/group_channels/g/messages/{id}?include_reactions=true"
        ))
        .await
        .ok();
    assert_eq!(message["reactions"][0]["key"], "smile");
    assert_eq!(message["reactions"][0]["user_ids"], json!(["b", "a"]));
    assert!(message["reactions"][0]["updated_at"].as_i64().unwrap() > updated_at);
    let plain = api
        .get(&format!("/group_channels/g/messages/{id}"))
        .await
        .ok();
    assert!(plain.get("reactions").is_none());
    let listed = api
        .get("/group_channels/g/messages?message_ts=0&next_limit=5&include_reactions=true")
        .await
        .ok();
    assert_eq!(listed["messages"][0]["reactions"][1]["key"], "thumbs up");

    // Removal takes query parameters.
    let removed = api
        .delete(&format!("{path}?user_id=a&reaction={}", enc("thumbs up")))
        .await
        .ok();
    assert_eq!(removed["operation"], "DELETE");
    assert_eq!(removed["success"], true);
    assert!(removed["updated_at"].is_i64());
    let missing = api
        .delete(&format!("{path}?user_id=a&reaction={}", enc("thumbs up")))
        .await
        .ok();
    assert_eq!(missing["success"], false);
    assert_eq!(api.get(&path).await.ok(), json!({"smile": 2}));

    // Errors.
    expect_errors(
        &api,
        &[
            (req::post(&path, json!({"user_id": "b"})), MISSING),
            (req::post(&path, json!({"reaction": "smile"})), MISSING),
            (
                req::post(&path, json!({"user_id": "nobody", "reaction": "smile"})),
                NOT_FOUND,
            ),
            (
                req::post(&path, json!({"user_id": "c", "reaction": "smile"})),
                NOT_FOUND,
            ),
            (
                req::post(&path, json!({"user_id": "b", "reaction": "x".repeat(193)})),
                TOO_LONG,
            ),
            (
                req::post(&path, json!({"user_id": "b", "reaction": ""})),
                INVALID_VALUE,
            ),
            (req::delete(&format!("{path}?reaction=smile")), MISSING),
            (req::delete(&format!("{path}?user_id=b")), MISSING),
            (
                req::get("/group_channels/g/messages/999/reactions"),
                NOT_FOUND,
            ),
            (req::get(&format!("{path}?list_users=maybe")), NOT_BOOL),
        ],
    )
    .await;
    let open = send(&api, "open_channels/o", "a", "open").await;
    api.post(
        &format!("/open_channels/o/messages/{open}/reactions"),
        json!({"user_id": "a", "reaction": "smile"}),
    )
    .await
    .error(400, 400111);
}

#[tokio::test]
async fn sorted_metaarray_add_update_remove() {
    let (_emulator, api) = start_with(seed()).await;
    let sent = api
        .post(
            "/group_channels/g/messages",
            json!({"message_type": "MESG", "user_id": "a", "message": "meta",
                   "sorted_metaarray": [{"key": "places", "value": ["office"]}]}),
        )
        .await
        .ok();
    let id = sent["message_id"].as_i64().unwrap();
    let path = format!("/group_channels/g/messages/{id}/sorted_metaarray");

    let added = api
        .post(
            &path,
            json!({"sorted_metaarray": [
                {"key": "beverages", "value": ["water", "milk"]},
                {"key": "places", "value": ["office", "cafe"]}
            ]}),
        )
        .await
        .ok();
    assert_eq!(
        added,
        json!({"sorted_metaarray": [
            {"key": "places", "value": ["office", "cafe"]},
            {"key": "beverages", "value": ["water", "milk"]}
        ]})
    );
    // Without upsert, unknown keys are ignored; with it, they are appended.
    let updated = api
        .put(
            &path,
            json!({"mode": "add", "sorted_metaarray": [
                {"key": "beverages", "value": ["coffee", "milk"]},
                {"key": "games", "value": ["chess"]}
            ]}),
        )
        .await
        .ok();
    assert_eq!(
        updated["sorted_metaarray"],
        json!([
            {"key": "places", "value": ["office", "cafe"]},
            {"key": "beverages", "value": ["water", "milk", "coffee"]}
        ])
    );
    let upserted = api
        .put(
            &path,
            json!({"upsert": true, "sorted_metaarray": [{"key": "games", "value": ["chess"]}]}),
        )
        .await
        .ok();
    assert_eq!(
        upserted["sorted_metaarray"][2],
        json!({"key": "games", "value": ["chess"]})
    );
    let removed = api
        .put(
            &path,
            json!({"mode": "remove", "sorted_metaarray": [{"key": "beverages", "value": ["water", "tea"]}]}),
        )
        .await
        .ok();
    assert_eq!(
        removed["sorted_metaarray"][1],
        json!({"key": "beverages", "value": ["milk", "coffee"]})
    );

    assert_eq!(
        api.delete(&format!("{path}?keys=places,games")).await.ok(),
        json!({})
    );
    let message = api
        .get(&format!("/group_channels/g/messages/{id}"))
        .await
        .ok();
    assert_eq!(
        message["sorted_metaarray"],
        json!([{"key": "beverages", "value": ["milk", "coffee"]}])
    );

    // Open channels have them too.
    let open = send(&api, "open_channels/o", "a", "open").await;
    api.post(
        &format!("/open_channels/o/messages/{open}/sorted_metaarray"),
        json!({"sorted_metaarray": [{"key": "k", "value": ["v"]}]}),
    )
    .await
    .ok();

    // Errors.
    expect_errors(
        &api,
        &[
            (req::post(&path, json!({})), MISSING),
            (
                req::post(&path, json!({"sorted_metaarray": {"key": "k"}})),
                NOT_LIST,
            ),
            (
                req::post(&path, json!({"sorted_metaarray": ["k"]})),
                NOT_OBJECT,
            ),
            (
                req::post(&path, json!({"sorted_metaarray": [{"value": ["v"]}]})),
                MISSING,
            ),
            (
                req::post(
                    &path,
                    json!({"sorted_metaarray": [{"key": "k", "value": "v"}]}),
                ),
                NOT_LIST,
            ),
            (
                req::put(
                    &path,
                    json!({"mode": "replace", "sorted_metaarray": [{"key": "k", "value": []}]}),
                ),
                INVALID_VALUE,
            ),
            (req::delete(&path), MISSING),
            (
                req::post(
                    "/group_channels/g/messages/999/sorted_metaarray",
                    json!({"sorted_metaarray": [{"key": "k", "value": []}]}),
                ),
                NOT_FOUND,
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn translations_are_stored_on_the_message() {
    let (_emulator, api) = start_with(seed()).await;
    let id = send(&api, "group_channels/g", "a", "Hello").await;
    let path = format!("/group_channels/g/messages/{id}");
    let translated = api
        .post(
            &format!("{path}/translation"),
            json!({"target_langs": ["es", "ko"]}),
        )
        .await
        .ok();
    assert_eq!(translated["message_id"], id);
    assert_eq!(
        translated["translations"],
        json!({"es": "[es] Hello", "ko": "[ko] Hello"})
    );
    api.post(
        &format!("{path}/translation"),
        json!({"dest_langs": ["de"]}),
    )
    .await
    .ok();
    assert_eq!(
        api.get(&path).await.ok()["translations"],
        json!({"de": "[de] Hello", "es": "[es] Hello", "ko": "[ko] Hello"})
    );
    // Editing the text re-translates.
    let edited = api.put(&path, json!({"message": "Bye"})).await.ok();
    assert_eq!(edited["translations"]["es"], "[es] Bye");

    expect_errors(
        &api,
        &[
            (
                req::post(&format!("{path}/translation"), json!({})),
                MISSING,
            ),
            (
                req::post(
                    &format!("{path}/translation"),
                    json!({"target_langs": "es"}),
                ),
                NOT_LIST,
            ),
            (
                req::post(
                    "/group_channels/g/messages/999/translation",
                    json!({"target_langs": ["es"]}),
                ),
                NOT_FOUND,
            ),
        ],
    )
    .await;
    let file = api
        .post(
            "/group_channels/g/messages",
            json!({"message_type": "FILE", "user_id": "a", "url": "https://x/f.png"}),
        )
        .await
        .ok()["message_id"]
        .as_i64()
        .unwrap();
    api.post(
        &format!("/group_channels/g/messages/{file}/translation"),
        json!({"target_langs": ["es"]}),
    )
    .await
    .error(400, 400111);
}

fn texts(body: &Value) -> Vec<String> {
    listed(body, "results", "message")
}

#[tokio::test]
async fn search_messages_by_channel_or_user() {
    let (_emulator, api) = start_with(seed()).await;
    send(&api, "group_channels/g", "a", "Lunch at noon?").await;
    send(&api, "group_channels/g", "b", "noon works, lunch it is").await;
    send(&api, "group_channels/work", "c", "Standup at NOON").await;
    send(&api, "group_channels/work", "a", "unrelated").await;
    send(&api, "open_channels/o", "a", "noon in the open").await;

    let found = api
        .get("/search/messages?query=noon&channel_url=g")
        .await
        .ok();
    assert_eq!(found["total_count"], 2);
    assert_eq!(found["has_next"], false);
    assert_eq!(found["next"], "");
    // Newest first; reverse for oldest first.
    assert_eq!(texts(&found), ["noon works, lunch it is", "Lunch at noon?"]);
    let reversed = api
        .get("/search/messages?query=noon&channel_url=g&reverse=true")
        .await
        .ok();
    assert_eq!(
        texts(&reversed),
        ["Lunch at noon?", "noon works, lunch it is"]
    );
    assert_eq!(found["results"][0]["channel_url"], "g");

    // Words match anywhere; exact_match wants the phrase.
    let words = api
        .get(&format!(
            "/search/messages?query={}&channel_url=g",
            enc("lunch noon")
        ))
        .await
        .ok();
    assert_eq!(words["total_count"], 2);
    let exact = api
        .get(&format!(
            "/search/messages?query={}&channel_url=g&exact_match=true",
            enc("lunch at noon")
        ))
        .await
        .ok();
    assert_eq!(texts(&exact), ["Lunch at noon?"]);

    // A user's channels, with custom type, senders and time filters.
    let mine = api.get("/search/messages?query=noon&user_id=a").await.ok();
    assert_eq!(mine["total_count"], 3);
    let work = api
        .get("/search/messages?query=noon&user_id=a&custom_type=work")
        .await
        .ok();
    assert_eq!(texts(&work), ["Standup at NOON"]);
    let by_b = api
        .get("/search/messages?query=noon&user_id=a&target_user_ids=b")
        .await
        .ok();
    assert_eq!(texts(&by_b), ["noon works, lunch it is"]);
    let first_ts = found["results"][1]["created_at"].as_i64().unwrap();
    let early = api
        .get(&format!(
            "/search/messages?query=noon&user_id=a&message_ts_to={first_ts}"
        ))
        .await
        .ok();
    assert_eq!(texts(&early), ["Lunch at noon?"]);
    let late = api
        .get(&format!(
            "/search/messages?query=noon&user_id=a&message_ts_from={}",
            first_ts + 1
        ))
        .await
        .ok();
    assert_eq!(late["total_count"], 2);

    // Paging with limit and token.
    let page1 = api
        .get("/search/messages?query=noon&user_id=a&limit=2")
        .await
        .ok();
    assert_eq!(page1["results"].as_array().unwrap().len(), 2);
    assert_eq!(page1["has_next"], true);
    assert_eq!(page1["total_count"], 3);
    let token = page1["next"].as_str().unwrap();
    let page2 = api
        .get(&format!(
            "/search/messages?query=noon&user_id=a&limit=2&token={}",
            enc(token)
        ))
        .await
        .ok();
    assert_eq!(texts(&page2), ["Lunch at noon?"]);
    assert_eq!(page2["has_next"], false);

    // Errors.
    expect_errors(
        &api,
        &[
            (req::get("/search/messages?channel_url=g"), MISSING),
            (req::get("/search/messages?query=noon"), (400, 400402)),
            (req::get("/search/messages?query=noon&channel_url=g&user_id=a"), INVALID_VALUE),
            (req::get("/search/messages?query=noon&channel_url=nope"), NOT_FOUND),
            (req::get("/search/messages?query=noon&channel_url=o"), NOT_FOUND),
            (req::get("/search/messages?query=noon&user_id=nobody"), NOT_FOUND),
            (req::get("/search/messages?query=noon&channel_url=g&limit=0"), INVALID_VALUE),
            (req::get("/search/messages?query=noon&channel_url=g&token=bogus"), BAD_PAGE_TOKEN),
            (req::get("/search/messages?query=noon&channel_url=g&exact_match=true&advanced_query=true"), INVALID_VALUE),
            (req::get("/search/messages?query=noon&channel_url=g&sort_field=length"), INVALID_VALUE),
        ],
    )
    .await;
}
