//! Custom items of live events against the emulator.
//!
//! The Live Platform API reference lists no custom items for create or update. The SDK's
//! `CreateLiveEvent::custom_items` is sent as `customItems` (the Live JS SDK's field name);
//! the emulator reads only `custom_items` and silently ignores `customItems`, so neither the
//! items nor their limits (≤ 10 items, keys and values ≤ 128 characters, no comma in keys)
//! can be exercised through the SDK. These tests state what the SDK expects.

use std::collections::HashMap;

use sendbird_live::LiveErrorCode;

use crate::support::{expect_live_error, live};

fn map<const N: usize>(pairs: [(&str, &str); N]) -> HashMap<String, String> {
    pairs
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

#[tokio::test]
async fn custom_items_set_at_creation_come_back() {
    let (_emulator, live) = live().await;
    let items = map([("topic", "launch"), ("tier", "gold")]);
    let created = live
        .live_events()
        .create(["host-1"])
        .custom_items(items.clone())
        .await
        .expect("create")
        .live_event;
    assert_eq!(created.custom_items, items);
}

#[tokio::test]
async fn custom_items_limits_are_enforced_by_the_server() {
    let (_emulator, live) = live().await;
    let eleven: HashMap<String, String> =
        (0..11).map(|i| (format!("k{i}"), "v".to_owned())).collect();
    let long_key = map([(&"k".repeat(129), "v")]);
    let long_value = map([("k", &"v".repeat(129))]);
    let comma = map([("a,b", "v")]);
    for items in [eleven, long_key, long_value, comma] {
        refusals! { expect_live_error;
            live.live_events().create(["host-1"]).custom_items(items)
                => LiveErrorCode::InvalidParams, 400, "create";
        }
    }
}
