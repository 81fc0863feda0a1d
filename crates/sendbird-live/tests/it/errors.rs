//! Unknown live events and a wrong `Api-Token`, against the emulator.

use sendbird_emulator::Emulator;
use sendbird_live::{LiveErrorCode, LiveErrorExt};

use crate::support::{client_with_token, expect_live_error, live};

#[tokio::test]
async fn unknown_live_events_are_not_found() {
    let (_emulator, live) = live().await;
    let events = live.live_events();
    let id = "no-such-event/ü";
    let get = events.get(id).await;
    let err = expect_live_error(get, LiveErrorCode::NotFound, 400);
    assert!(err.is_not_found() && !err.is_invalid_state());
    expect_live_error(events.set_ready(id).await, LiveErrorCode::NotFound, 400);
    expect_live_error(events.start(id).await, LiveErrorCode::NotFound, 400);
    expect_live_error(events.end(id).await, LiveErrorCode::NotFound, 400);
    expect_live_error(
        events.update(id).title("x").await,
        LiveErrorCode::NotFound,
        400,
    );
    expect_live_error(events.host(id).await, LiveErrorCode::NotFound, 400);
    expect_live_error(events.participants(id).await, LiveErrorCode::NotFound, 400);
}

#[tokio::test]
async fn a_wrong_token_is_not_authorized() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let wrong = client_with_token(&emulator, "not-the-token");
    let list = wrong.live_events().list().await;
    let err = expect_live_error(list, LiveErrorCode::NotAuthorized, 401);
    assert!(!err.is_not_found());
    let create = wrong.live_events().create(["host-1"]).await;
    expect_live_error(create, LiveErrorCode::NotAuthorized, 401);

    let master = client_with_token(&emulator, emulator.api_token());
    let events = master.live_events().list().await.expect("list");
    assert!(events.live_events.is_empty(), "nothing was created");
}
