//! Page tokens are bound to the emulator instance that issued them: a token from another
//! instance (or from before a restart) is refused instead of ending a listing early.

use sendbird_emulator::{RoomSeed, Seed};

use crate::support::v1::{calls_error, get, INVALID_PARAMS};
use crate::support::{enc, start_with};

fn seed() -> Seed {
    (0..15).fold(Seed::new(), |seed, i| {
        seed.user(format!("u{i:02}"), "N")
            .room(RoomSeed::new(format!("r{i:02}"), "small_room_for_video"))
    })
}

#[tokio::test]
async fn chat_tokens_of_another_instance_answer_400109() {
    let (_first, first) = start_with(seed()).await;
    let (_second, second) = start_with(seed()).await;
    let page = first.get("/users?limit=5").await.ok();
    let token = enc(page["next"].as_str().unwrap());
    let path = format!("/users?limit=5&token={token}");
    let reply = second.get(&path).await;
    reply.error(400, 400109);
    assert!(reply.json()["message"]
        .as_str()
        .unwrap()
        .contains("expired"));
    // The instance that issued it still honours it.
    let next = first.get(&path).await.ok();
    assert_eq!(next["users"][0]["user_id"], "u05");
}

#[tokio::test]
async fn v1_tokens_of_another_instance_answer_400100() {
    let (_first, first) = start_with(seed()).await;
    let (_second, second) = start_with(seed()).await;
    let page = get(&first, "/rooms?limit=5").await.ok();
    let next = enc(page["next"].as_str().unwrap());
    let path = format!("/rooms?limit=5&next={next}");
    let reply = get(&second, &path).await;
    calls_error(&reply, INVALID_PARAMS);
    assert!(reply.json()["message"]
        .as_str()
        .unwrap()
        .contains("expired"));
    assert_eq!(
        get(&first, &path).await.ok()["rooms"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
}
