//! Shared setup: an emulator and a `CallsClient` pointed at it, plus error assertions.

use sendbird_calls::{CallsClient, CallsErrorCode, CallsErrorExt, Error};
use sendbird_core::layers::RetryConfig;
use sendbird_emulator::{Emulator, Seed};

/// 2023-11-14T22:13:20Z in Unix milliseconds: the base of seeded timestamps.
pub const T0: i64 = 1_700_000_000_000;

/// A client for `emulator` with `token` (retries off, so every answer is seen as is).
pub fn client_with_token(emulator: &Emulator, token: &str) -> CallsClient {
    CallsClient::builder()
        .base_url(emulator.calls_base_url())
        .api_token(token)
        .retry(RetryConfig::disabled())
        .build()
        .expect("client builds")
}

/// A fresh emulator and a client for it. Keep the emulator alive for the test's duration.
pub async fn calls() -> (Emulator, CallsClient) {
    seeded(Seed::new()).await
}

/// An emulator started with `seed`, and a client for it.
pub async fn seeded(seed: Seed) -> (Emulator, CallsClient) {
    let emulator = Emulator::builder()
        .seed(seed)
        .start()
        .await
        .expect("emulator starts");
    let calls = client_with_token(&emulator, emulator.api_token());
    (emulator, calls)
}

/// Asserts that `result` failed with this Calls code, HTTP status and envelope `type`, through
/// both `Error::code()` and `CallsErrorExt::calls_code()`; returns the error.
#[track_caller]
pub fn expect_calls_error<T: std::fmt::Debug>(
    result: Result<T, Error>,
    code: CallsErrorCode,
    status: u16,
) -> Error {
    let err = result.expect_err("the server should refuse this request");
    assert_eq!(err.code(), Some(code.code()), "code of {err}");
    assert_eq!(err.calls_code(), Some(code), "calls_code of {err}");
    assert_eq!(
        err.status().map(|s| s.as_u16()),
        Some(status),
        "status of {err}"
    );
    assert_eq!(
        err.as_api().and_then(|api| api.error_type.as_deref()),
        Some(code.error_type()),
        "type of {err}"
    );
    err
}

/// Asserts that there are no duplicates in `ids`.
#[track_caller]
pub fn assert_unique(ids: &[String]) {
    let mut sorted = ids.to_vec();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "duplicates in {ids:?}");
}
