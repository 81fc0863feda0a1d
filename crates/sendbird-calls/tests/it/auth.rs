//! The `Api-Token` check against the emulator.

use sendbird_calls::models::RoomType;
use sendbird_calls::{CallsErrorCode, CallsErrorExt};
use sendbird_emulator::Emulator;

use crate::support::{client_with_token, expect_calls_error, start};

#[tokio::test]
async fn a_wrong_token_is_not_authorized() {
    let (emulator, master) = start(Emulator::builder().secondary_token("second-token")).await;

    let wrong = client_with_token(&emulator, "not-the-token");
    let list = wrong.rooms().list().await;
    let err = expect_calls_error(list, CallsErrorCode::NotAuthorized, 401, "list");
    assert!(!err.is_not_found());
    let create = wrong.rooms().create(RoomType::SmallRoomForVideo).await;
    expect_calls_error(create, CallsErrorCode::NotAuthorized, 401, "create");
    expect_calls_error(
        wrong.users().list().await,
        CallsErrorCode::NotAuthorized,
        401,
        "users",
    );

    // Nothing was created; the master and a secondary token both work.
    assert!(master.rooms().list().await.expect("list").rooms.is_empty());
    let secondary = client_with_token(&emulator, "second-token");
    secondary
        .rooms()
        .create(RoomType::LargeRoomForAudioOnly)
        .await
        .expect("a secondary token may write");
}
