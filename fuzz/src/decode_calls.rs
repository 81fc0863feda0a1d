//! `decode_models`, Calls part: the main Calls models, then the named Calls endpoint's
//! response type from the registry (`sendbird_calls::endpoints()`), through `decode_json`.
//!
//! Shared by `fuzz_targets/decode_models.rs` and the corpus test
//! `crates/sendbird-calls/tests/it/fuzz_corpus.rs` (included there with `#[path]`).

use sendbird_calls::direct_calls::{DirectCallResponse, ListDirectCallsResponse};
use sendbird_calls::models::{CustomItems, DirectCall, Room};
use sendbird_calls::rooms::{ListRoomsResponse, RoomResponse};
use sendbird_core::DecodeError;

use super::input::{decode, run_part};

/// Runs the Calls part; the result of the named endpoint's decode, if the input names a
/// Calls endpoint.
pub fn run(data: &[u8]) -> Option<Result<(), DecodeError>> {
    run_part(
        data,
        "calls",
        sendbird_calls::endpoints(),
        &[
            decode::<Room>,
            decode::<RoomResponse>,
            decode::<ListRoomsResponse>,
            decode::<DirectCall>,
            decode::<DirectCallResponse>,
            decode::<ListDirectCallsResponse>,
            decode::<CustomItems>,
        ],
    )
}
