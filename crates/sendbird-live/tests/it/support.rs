//! Shared setup: an emulator and a `LiveClient` pointed at it, plus error assertions.

use sendbird_core::layers::RetryConfig;
use sendbird_emulator::{Emulator, Seed};
use sendbird_live::{Error, LiveClient, LiveErrorCode, LiveErrorExt};

/// 2023-11-14T22:13:20Z in Unix milliseconds: the base of seeded timestamps.
pub const T0: i64 = 1_700_000_000_000;

/// A client for `emulator` with `token` (retries off, so every answer is seen as is).
pub fn client_with_token(emulator: &Emulator, token: &str) -> LiveClient {
    LiveClient::builder()
        .base_url(emulator.calls_base_url())
        .api_token(token)
        .retry(RetryConfig::disabled())
        .build()
        .expect("client builds")
}

/// A fresh emulator and a client for it. Keep the emulator alive for the test's duration.
pub async fn live() -> (Emulator, LiveClient) {
    seeded(Seed::new()).await
}

/// An emulator started with `seed`, and a client for it.
pub async fn seeded(seed: Seed) -> (Emulator, LiveClient) {
    let emulator = Emulator::builder()
        .seed(seed)
        .start()
        .await
        .expect("emulator starts");
    let live = client_with_token(&emulator, emulator.api_token());
    (emulator, live)
}

/// Asserts that `result` failed with this code and HTTP status, through both `Error::code()`
/// and `LiveErrorExt::live_code()`; returns the error.
#[track_caller]
pub fn expect_live_error<T: std::fmt::Debug>(
    result: Result<T, Error>,
    code: LiveErrorCode,
    status: u16,
) -> Error {
    let err = result.expect_err("the server should refuse this request");
    assert_eq!(err.code(), Some(code.code()), "code of {err}");
    assert_eq!(err.live_code(), Some(code), "live_code of {err}");
    assert_eq!(
        err.status().map(|s| s.as_u16()),
        Some(status),
        "status of {err}"
    );
    if let Some(kind) = code.error_type() {
        assert_eq!(
            err.as_api().and_then(|api| api.error_type.as_deref()),
            Some(kind),
            "type of {err}"
        );
    }
    err
}

/// Asserts a refusal because of the live event's state (2800101).
#[track_caller]
pub fn expect_invalid_state<T: std::fmt::Debug>(result: Result<T, Error>) -> Error {
    let err = expect_live_error(result, LiveErrorCode::ActionNotAllowedInCurrentState, 400);
    assert!(err.is_invalid_state(), "{err}");
    assert!(!err.is_not_found(), "{err}");
    err
}
