//! `decode_models`, Chat part: the main Chat models, then the named Chat endpoint's response
//! type from the registry (`sendbird_chat::endpoints()`), through `decode_json`.
//!
//! Shared by `fuzz_targets/decode_models.rs` and the corpus test
//! `crates/sendbird-chat/tests/it/fuzz_corpus.rs` (included there with `#[path]`).

use sendbird_chat::messages::ListMessagesResponse;
use sendbird_chat::models::{GroupChannel, Message, OpenChannel, User};
use sendbird_core::DecodeError;

use super::input::{decode, run_part};

/// Runs the Chat part; the result of the named endpoint's decode, if the input names a Chat
/// endpoint.
pub fn run(data: &[u8]) -> Option<Result<(), DecodeError>> {
    run_part(
        data,
        "chat",
        sendbird_chat::endpoints(),
        &[
            decode::<ListMessagesResponse>,
            decode::<Message>,
            decode::<User>,
            decode::<GroupChannel>,
            decode::<OpenChannel>,
        ],
    )
}
