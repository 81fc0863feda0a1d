//! Custom items of rooms and direct calls against the emulator: upsert, delete, and the limits
//! (≤ 10 items, keys and values ≤ 128 characters, no comma in keys), checked by
//! `CustomItems::try_new` on the client and by the server when the check is bypassed.

use sendbird_calls::models::{CustomItems, CustomItemsError, RoomState, RoomType};
use sendbird_calls::rooms::DeleteRoomCustomItems;
use sendbird_calls::{CallsClient, CallsErrorCode, CallsErrorExt};
use sendbird_emulator::{DirectCallSeed, Seed};

use crate::support::{calls, expect_calls_error, seeded, T0};

fn items<const N: usize>(pairs: [(&str, &str); N]) -> CustomItems {
    CustomItems::try_new(pairs).expect("valid items")
}

/// A rule-breaking item set: what it breaks, its pairs, and the error `try_new` gives.
struct RuleBreaker {
    rule: &'static str,
    pairs: Vec<(String, String)>,
    error: CustomItemsError,
}

impl RuleBreaker {
    /// The set built without the client-side check.
    fn unchecked(&self) -> CustomItems {
        CustomItems::new_unchecked(self.pairs.clone())
    }
}

/// Item sets that break one rule each.
fn rule_breakers() -> Vec<RuleBreaker> {
    vec![
        RuleBreaker {
            rule: "11 items",
            pairs: (0..11).map(|i| (format!("k{i}"), "v".to_owned())).collect(),
            error: CustomItemsError::TooManyItems { count: 11, max: 10 },
        },
        RuleBreaker {
            rule: "129-character key",
            pairs: vec![("k".repeat(129), "v".into())],
            error: CustomItemsError::KeyTooLong {
                key: "k".repeat(129),
                len: 129,
                max: 128,
            },
        },
        RuleBreaker {
            rule: "129-character value",
            pairs: vec![("k".into(), "v".repeat(129))],
            error: CustomItemsError::ValueTooLong {
                key: "k".into(),
                len: 129,
                max: 128,
            },
        },
        RuleBreaker {
            rule: "comma in a key",
            pairs: vec![("a,b".into(), "v".into())],
            error: CustomItemsError::KeyContainsComma { key: "a,b".into() },
        },
    ]
}

async fn new_room(calls: &CallsClient, items: CustomItems) -> String {
    calls
        .rooms()
        .create(RoomType::SmallRoomForVideo)
        .custom_items(items)
        .await
        .expect("create")
        .room
        .room_id
}

/// The custom items a room has now.
async fn room_items(calls: &CallsClient, room_id: &str) -> CustomItems {
    calls
        .rooms()
        .get(room_id)
        .await
        .expect("get")
        .room
        .custom_items
}

#[test]
fn limits_are_rejected_client_side_by_try_new() {
    for breaker in rule_breakers() {
        let rule = breaker.rule;
        assert!(
            breaker.unchecked().validate().is_err(),
            "{rule} passes validate()"
        );
        assert_eq!(
            CustomItems::try_new(breaker.pairs),
            Err(breaker.error),
            "{rule}"
        );
    }
}

#[tokio::test]
async fn limits_are_rejected_by_the_server_when_the_check_is_bypassed() {
    let seed = Seed::new().direct_call(DirectCallSeed::new("call-1", "alice", "bob"));
    let (_emulator, calls) = seeded(seed).await;
    let room_id = new_room(&calls, items([("keep", "me")])).await;

    for breaker in rule_breakers() {
        let (rule, unchecked) = (breaker.rule, breaker.unchecked());
        // Creating a room with them creates nothing.
        refusals! { expect_calls_error;
            calls.rooms().create(RoomType::LargeRoomForAudioOnly).custom_items(unchecked.clone())
                => CallsErrorCode::InvalidParams, 400, "create";
        }

        // Updating a room's or a call's items changes nothing.
        let err = expect_calls_error(
            calls
                .rooms()
                .update_custom_items(&room_id, unchecked.clone())
                .await,
            CallsErrorCode::InvalidParams,
            400,
            "update",
        );
        assert!(!err.is_not_found(), "{rule}");
        refusals! { expect_calls_error;
            calls.direct_calls().update_custom_items("call-1", unchecked)
                => CallsErrorCode::InvalidParams, 400, "call";
        }
    }
    let rooms = calls.rooms().list().limit(100).await.expect("list").rooms;
    assert_eq!(rooms.len(), 1, "no room was created with invalid items");
    let room = calls.rooms().get(&room_id).await.expect("get").room;
    assert_eq!(room.custom_items, items([("keep", "me")]));
    let call = calls.direct_calls().get("call-1").await.expect("get").call;
    assert!(call.custom_items.is_empty());
}

#[tokio::test]
async fn limits_are_inclusive_and_count_characters() {
    let (_emulator, calls) = calls().await;
    // 10 items; a 128-character key and a 128-character value of two-byte characters.
    let ten =
        CustomItems::try_new((0..10).map(|i| (format!("k{i}"), format!("v{i}")))).expect("ten");
    let room_id = new_room(&calls, ten.clone()).await;
    assert_eq!(room_items(&calls, &room_id).await, ten);

    let long = CustomItems::try_new([("ü".repeat(128), "ß".repeat(128))]).expect("128 chars");
    let other = new_room(&calls, long.clone()).await;
    let room = calls.rooms().get(&other).await.expect("get").room;
    assert_eq!(room.custom_items, long);
}

#[tokio::test]
async fn an_upsert_past_ten_items_is_refused_and_changes_nothing() {
    let (_emulator, calls) = calls().await;
    let ten = CustomItems::try_new((0..10).map(|i| (format!("k{i}"), "v"))).expect("ten");
    let room_id = new_room(&calls, ten.clone()).await;

    // Each request is valid on its own; only the merged result breaks the limit.
    let eleventh = items([("k10", "v")]);
    refusals! { expect_calls_error;
        calls.rooms().update_custom_items(&room_id, eleventh)
            => CallsErrorCode::InvalidParams, 400, "refused";
    }
    assert_eq!(room_items(&calls, &room_id).await, ten);

    // Overwriting existing keys stays within the limit.
    let overwrite = calls
        .rooms()
        .update_custom_items(&room_id, items([("k0", "w")]))
        .await
        .expect("overwrite");
    assert_eq!(overwrite.updated, ["k0"]);
    assert_eq!(overwrite.custom_items.len(), 10);
    assert_eq!(overwrite.custom_items.get("k0"), Some("w"));
}

#[tokio::test]
async fn room_custom_items_upsert_and_delete() {
    let (_emulator, calls) = calls().await;
    let room_id = new_room(&calls, items([("topic", "standup"), ("team", "sdk")])).await;

    let updated = calls
        .rooms()
        .update_custom_items(&room_id, items([("topic", "retro"), ("owner", "alice")]))
        .await
        .expect("upsert");
    assert_eq!(updated.updated, ["owner", "topic"]);
    assert_eq!(
        updated.custom_items,
        items([("topic", "retro"), ("team", "sdk"), ("owner", "alice")])
    );
    let affected_at = updated.affected_at.expect("affected_at");
    assert!(affected_at > T0, "affected_at is Unix milliseconds");

    let room = calls.rooms().get(&room_id).await.expect("get").room;
    assert_eq!(room.custom_items, updated.custom_items);
    assert_eq!(room.updated_at, Some(affected_at));

    // Deleting names some keys; unknown keys are ignored.
    let deleted = calls
        .rooms()
        .delete_custom_items(&room_id, ["owner", "missing"])
        .await
        .expect("delete keys");
    assert_eq!(deleted.deleted, ["owner"]);
    assert_eq!(
        deleted.custom_items,
        items([("topic", "retro"), ("team", "sdk")])
    );
    assert!(deleted.affected_at > Some(affected_at));

    // Without keys (body `{}`) every item goes.
    let all = calls
        .request(DeleteRoomCustomItems::new(room_id.as_str()))
        .await
        .expect("delete all");
    let mut gone = all.deleted.clone();
    gone.sort();
    assert_eq!(gone, ["team", "topic"]);
    assert!(all.custom_items.is_empty());
    assert!(room_items(&calls, &room_id).await.is_empty());
}

#[tokio::test]
async fn a_deleted_room_answers_invalid_room_to_item_changes() {
    let (_emulator, calls) = calls().await;
    let room_id = new_room(&calls, items([("topic", "standup")])).await;
    let deleted = calls.rooms().delete(&room_id).await.expect("delete");
    assert_eq!(
        deleted.room.and_then(|room| room.state),
        Some(RoomState::Deleted)
    );

    let err = expect_calls_error(
        calls
            .rooms()
            .update_custom_items(&room_id, items([("topic", "late")]))
            .await,
        CallsErrorCode::InvalidRoom,
        400,
        "update",
    );
    assert!(err.is_not_found(), "1400126 counts as not found");
    refusals! { expect_calls_error;
        calls.rooms().delete_custom_items(&room_id, ["topic"])
            => CallsErrorCode::InvalidRoom, 400, "delete";
    }

    let room = calls.rooms().get(&room_id).await.expect("get").room;
    assert_eq!(room.custom_items, items([("topic", "standup")]));
}

#[tokio::test]
async fn direct_call_custom_items_upsert_and_delete() {
    let seed = Seed::new().direct_call(
        DirectCallSeed::new("call/1 ü", "alice", "bob")
            .started_at(T0)
            .custom_item("ticket", "T-1"),
    );
    let (_emulator, calls) = seeded(seed).await;

    let updated = calls
        .direct_calls()
        .update_custom_items("call/1 ü", items([("priority", "high"), ("ticket", "T-2")]))
        .await
        .expect("upsert");
    assert_eq!(updated.updated, ["priority", "ticket"]);
    assert_eq!(
        updated.custom_items,
        items([("priority", "high"), ("ticket", "T-2")])
    );
    let call = calls
        .direct_calls()
        .get("call/1 ü")
        .await
        .expect("get")
        .call;
    assert_eq!(call.custom_items, updated.custom_items);

    let deleted = calls
        .direct_calls()
        .delete_custom_items("call/1 ü", ["priority"])
        .await
        .expect("delete");
    assert_eq!(deleted.deleted, ["priority"]);
    assert_eq!(deleted.custom_items, items([("ticket", "T-2")]));

    refusals! { expect_calls_error;
        calls.direct_calls().update_custom_items("no-such-call", items([("a", "b")]))
            => CallsErrorCode::NotFound, 400, "unknown";
    }
}
