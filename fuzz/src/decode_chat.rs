//! `decode_models`, Chat part: the main Chat models, then the named Chat endpoint's response
//! type from the registry (`sendbird_chat::endpoints()`), through `decode_json`.
//!
//! Shared by `fuzz_targets/decode_models.rs` and the corpus test
//! `crates/sendbird-chat/tests/it/fuzz_corpus.rs` (included there with `#[path]`).

use sendbird_chat::messages::ListMessagesResponse;
use sendbird_chat::models::{GroupChannel, Message, OpenChannel, User};
use sendbird_core::DecodeError;

use super::input::{decode, DecodeInput};

/// Runs the Chat part; the result of the named endpoint's decode, if the input names a Chat
/// endpoint.
pub fn run(data: &[u8]) -> Option<Result<(), DecodeError>> {
    let input = DecodeInput::split(data);
    decode::<ListMessagesResponse>(&input.body);
    decode::<Message>(&input.body);
    decode::<User>(&input.body);
    decode::<GroupChannel>(&input.body);
    decode::<OpenChannel>(&input.body);
    input.check_named_endpoint("chat", sendbird_chat::endpoints())
}
