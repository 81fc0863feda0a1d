//! Shared setup: an emulator and a `LiveClient` pointed at it, plus error assertions.

use sendbird_emulator::{Emulator, Seed};
use sendbird_live::models::LiveEvent;
use sendbird_live::{Error, LiveClient, LiveErrorCode, LiveErrorExt};

/// 2023-11-14T22:13:20Z in Unix milliseconds: the base of seeded timestamps.
pub const T0: i64 = 1_700_000_000_000;

emulated_setup!(LiveClient, live, calls_base_url);
coded_error_check!(expect_live_error, LiveErrorCode, live_code);

/// Asserts a refusal because of the live event's state (2800101); `case` names the request.
#[track_caller]
pub fn expect_invalid_state<T: std::fmt::Debug>(result: Result<T, Error>, case: &str) -> Error {
    let code = LiveErrorCode::ActionNotAllowedInCurrentState;
    let err = expect_live_error(result, code, 400, case);
    assert!(err.is_invalid_state(), "{case}: {err}");
    assert!(!err.is_not_found(), "{case}: {err}");
    err
}

/// Live event `id`, read back.
pub async fn get_event(live: &LiveClient, id: &str) -> LiveEvent {
    live.live_events()
        .get(id)
        .await
        .unwrap_or_else(|e| panic!("get {id}: {e}"))
        .live_event
}
