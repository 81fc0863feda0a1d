//! Shared setup: an emulator and a `CallsClient` pointed at it, plus error assertions.

use sendbird_calls::{CallsClient, CallsErrorCode, CallsErrorExt, Error};
use sendbird_emulator::{Emulator, Seed};

/// 2023-11-14T22:13:20Z in Unix milliseconds: the base of seeded timestamps.
pub const T0: i64 = 1_700_000_000_000;

emulated_setup!(CallsClient, calls, calls_base_url);
coded_error_check!(expect_calls_error, CallsErrorCode, calls_code);

/// Asserts that there are no duplicates in `ids`.
#[track_caller]
pub fn assert_unique(ids: &[String]) {
    let mut sorted = ids.to_vec();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "duplicates in {ids:?}");
}
