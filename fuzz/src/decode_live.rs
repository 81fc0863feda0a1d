//! `decode_models`, Live part: the main Live models, then the named Live endpoint's response
//! type from the registry (`sendbird_live::endpoints()`), through `decode_json`.
//!
//! Shared by `fuzz_targets/decode_models.rs` and the corpus test
//! `crates/sendbird-live/tests/it/fuzz_corpus.rs` (included there with `#[path]`).

use sendbird_core::DecodeError;
use sendbird_live::models::{
    GetHostResponse, ListLiveEventsResponse, ListParticipantsResponse, LiveEvent, LiveEventResponse,
};

use super::input::{decode, run_part};

/// Runs the Live part; the result of the named endpoint's decode, if the input names a Live
/// endpoint.
pub fn run(data: &[u8]) -> Option<Result<(), DecodeError>> {
    run_part(
        data,
        "live",
        sendbird_live::endpoints(),
        &[
            decode::<LiveEvent>,
            decode::<LiveEventResponse>,
            decode::<ListLiveEventsResponse>,
            decode::<ListParticipantsResponse>,
            decode::<GetHostResponse>,
        ],
    )
}
