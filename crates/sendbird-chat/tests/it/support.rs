//! Shared setup: an emulator and a `ChatClient` pointed at it.

use sendbird_chat::ChatClient;
use sendbird_core::layers::RetryConfig;
use sendbird_emulator::Emulator;

/// A fresh emulator and a client for it. Keep the emulator alive for the test's duration.
pub async fn chat() -> (Emulator, ChatClient) {
    let emulator = Emulator::start().await.expect("emulator starts");
    let chat = ChatClient::builder()
        .base_url(emulator.chat_base_url())
        .api_token(emulator.api_token())
        .retry(RetryConfig::disabled())
        .build()
        .expect("client builds");
    (emulator, chat)
}
