//! Unknown live events and a wrong `Api-Token`, against the emulator.

use sendbird_emulator::Emulator;
use sendbird_live::{LiveErrorCode, LiveErrorExt};

use crate::support::{client_with_token, expect_live_error, live};

#[tokio::test]
async fn unknown_live_events_are_not_found() {
    let (_emulator, live) = live().await;
    let events = live.live_events();
    let id = "no-such-event/ü";
    let err = expect_live_error(events.get(id).await, LiveErrorCode::NotFound, 400, "get");
    assert!(err.is_not_found() && !err.is_invalid_state());
    refusals! { expect_live_error;
        events.set_ready(id) => LiveErrorCode::NotFound, 400, "set ready";
        events.start(id) => LiveErrorCode::NotFound, 400, "start";
        events.end(id) => LiveErrorCode::NotFound, 400, "end";
        events.update(id).title("x") => LiveErrorCode::NotFound, 400, "update title";
        events.host(id) => LiveErrorCode::NotFound, 400, "host";
        events.participants(id) => LiveErrorCode::NotFound, 400, "participants";
    }
}

#[tokio::test]
async fn a_wrong_token_is_not_authorized() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let wrong = client_with_token(&emulator, "not-the-token");
    let list = wrong.live_events().list().await;
    let err = expect_live_error(list, LiveErrorCode::NotAuthorized, 401, "list");
    assert!(!err.is_not_found());
    refusals! { expect_live_error;
        wrong.live_events().create(["host-1"]) => LiveErrorCode::NotAuthorized, 401, "create";
    }

    let master = client_with_token(&emulator, emulator.api_token());
    let events = master.live_events().list().await.expect("list");
    assert!(events.live_events.is_empty(), "nothing was created");
}
