use sendbird_emulator::Seed;
use serde_json::json;

use crate::support::{
    add_meta, expect_errors, req, start_with, ALREADY_EXISTS, INVALID_URL, INVALID_VALUE, MISSING,
    NOT_FOUND, NOT_NUMBER, NOT_OBJECT, NOT_STRING, TOO_LONG,
};

fn seed() -> Seed {
    Seed::new()
        .user("a", "A")
        .group_channel("g", ["a"])
        .open_channel("o", "O")
}

#[tokio::test]
async fn metadata_on_both_channel_types() {
    let (_emulator, api) = start_with(seed()).await;
    for base in ["/group_channels/g", "/open_channels/o"] {
        let meta = format!("{base}/metadata");
        let created = api
            .post(&meta, json!({"metadata": {"color": "red", "size": "L"}}))
            .await
            .ok();
        assert_eq!(created["metadata"], json!({"color": "red", "size": "L"}));
        let with_ts = api
            .post(&meta, json!({"metadata": {"ts": "1"}, "include_ts": true}))
            .await
            .ok();
        assert!(with_ts["include_ts"].is_i64());
        api.post(&meta, json!({"metadata": {"color": "blue"}}))
            .await
            .error(400, 400202);
        assert_eq!(
            api.get(&meta).await.ok(),
            json!({"color": "red", "size": "L", "ts": "1"})
        );
        assert_eq!(
            api.get(&format!("{meta}?keys=color,ts")).await.ok(),
            json!({"color": "red", "ts": "1"})
        );
        assert_eq!(
            api.get(&format!("{meta}/size")).await.ok(),
            json!({"size": "L"})
        );
        expect_errors(
            &api,
            &[
                (req::get(&format!("{meta}/nope")), NOT_FOUND),
                (
                    req::put(&meta, json!({"metadata": {"new": "x"}})),
                    NOT_FOUND,
                ),
            ],
        )
        .await;
        assert_eq!(
            api.put(
                &meta,
                json!({"metadata": {"color": "blue", "new": "x"}, "upsert": true})
            )
            .await
            .ok(),
            json!({"color": "blue", "new": "x"})
        );
        assert_eq!(
            api.put(&format!("{meta}/size"), json!({"value": "XL"}))
                .await
                .ok(),
            json!({"size": "XL"})
        );
        api.put(&format!("{meta}/other"), json!({"value": "v"}))
            .await
            .error(400, 400201);
        api.put(
            &format!("{meta}/other"),
            json!({"value": "v", "upsert": true}),
        )
        .await
        .ok();
        api.delete(&format!("{meta}/other")).await.ok();
        api.delete(&format!("{meta}/other"))
            .await
            .error(400, 400201);
        api.delete(&format!("{meta}?key=new")).await.ok();
        assert_eq!(
            api.get(&meta).await.ok(),
            json!({"color": "blue", "size": "XL", "ts": "1"})
        );
        expect_errors(
            &api,
            &[
                (req::post(&meta, json!({"metadata": {"k": 1}})), NOT_STRING),
                (req::post(&meta, json!({"metadata": []})), NOT_OBJECT),
                (req::post(&meta, json!({})), MISSING),
                (
                    req::post(&meta, json!({"metadata": {"k".repeat(129): "v"}})),
                    TOO_LONG,
                ),
            ],
        )
        .await;
        api.delete(&meta).await.ok();
        assert_eq!(api.get(&meta).await.ok(), json!({}));
        let shown = api.get(&format!("{base}?show_metadata=true")).await.ok();
        assert_eq!(shown["metadata"], json!({}));
    }
    expect_errors(
        &api,
        &[
            (req::get("/group_channels/missing/metadata"), NOT_FOUND),
            (req::get("/other_channels/g/metadata"), INVALID_URL),
        ],
    )
    .await;
}

#[tokio::test]
async fn metacounters() {
    let (_emulator, api) = start_with(seed()).await;
    for base in ["/group_channels/g", "/open_channels/o"] {
        let mc = format!("{base}/metacounter");
        assert_eq!(
            api.post(&mc, json!({"metacounter": {"likes": 1, "views": 10}}))
                .await
                .ok(),
            json!({"likes": 1, "views": 10})
        );
        expect_errors(
            &api,
            &[
                (
                    req::post(&mc, json!({"metacounter": {"likes": 5}})),
                    ALREADY_EXISTS,
                ),
                (
                    req::post(&mc, json!({"metacounter": {"bad": "1"}})),
                    NOT_NUMBER,
                ),
            ],
        )
        .await;
        // Failed updates change nothing (so `new` is still unknown below).
        expect_errors(
            &api,
            &[
                (req::put(&mc, json!({"metacounter": {"new": 1}})), NOT_FOUND),
                (
                    req::put(
                        &mc,
                        json!({"metacounter": {"likes": 1}, "mode": "multiply"}),
                    ),
                    INVALID_VALUE,
                ),
            ],
        )
        .await;
        // Updates in turn: (path, body, answer).
        let likes = format!("{mc}/likes");
        let updates = [
            (
                &mc,
                json!({"metacounter": {"likes": 2}, "mode": "increase"}),
                json!({"likes": 3}),
            ),
            (
                &mc,
                json!({"metacounter": {"views": 4}, "mode": "decrease"}),
                json!({"views": 6}),
            ),
            (
                &mc,
                json!({"metacounter": {"views": 100}}),
                json!({"views": 100}),
            ),
            (
                &mc,
                json!({"metacounter": {"new": 7}, "upsert": true, "mode": "increase"}),
                json!({"new": 7}),
            ),
            (
                &likes,
                json!({"value": 10, "mode": "increase"}),
                json!({"likes": 13}),
            ),
        ];
        for (path, body, answer) in updates {
            assert_eq!(api.put(path, body.clone()).await.ok(), answer, "{body}");
        }
        api.put(&format!("{mc}/likes"), json!({"value": "x"}))
            .await
            .error(400, 400101);
        assert_eq!(
            api.get(&format!("{mc}/likes")).await.ok(),
            json!({"likes": 13})
        );
        assert_eq!(
            api.get(&format!("{mc}?keys=likes,new")).await.ok(),
            json!({"likes": 13, "new": 7})
        );
        api.delete(&format!("{mc}/new")).await.ok();
        api.get(&format!("{mc}/new")).await.error(400, 400201);
        api.delete(&mc).await.ok();
        assert_eq!(api.get(&mc).await.ok(), json!({}));
    }
}

#[tokio::test]
async fn metadata_filters_on_channel_list() {
    let (_emulator, api) = start_with(seed().group_channel("g2", ["a"])).await;
    add_meta(
        &api,
        "/group_channels/g",
        "metadata",
        json!({"tier": "gold"}),
    )
    .await;
    add_meta(
        &api,
        "/group_channels/g2",
        "metadata",
        json!({"tier": "silver"}),
    )
    .await;
    add_meta(
        &api,
        "/group_channels/g2",
        "metacounter",
        json!({"score": 5}),
    )
    .await;
    let list = api
        .get("/group_channels?show_empty=true&metadata_key=tier&metadata_values=gold")
        .await
        .ok();
    assert_eq!(list["channels"].as_array().unwrap().len(), 1);
    assert_eq!(list["channels"][0]["channel_url"], "g");
    let list = api
        .get("/group_channels?show_empty=true&metacounter_key=score&metacounter_value_gte=5")
        .await
        .ok();
    assert_eq!(list["channels"][0]["channel_url"], "g2");
    let list = api
        .get("/group_channels?show_empty=true&order=metadata_value_alphabetical&metadata_order_key=tier")
        .await
        .ok();
    assert_eq!(list["channels"][0]["channel_url"], "g");
    api.get("/group_channels?order=metadata_value_alphabetical")
        .await
        .error(400, 400105);
}
