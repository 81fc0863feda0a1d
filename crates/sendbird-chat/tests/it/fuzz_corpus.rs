//! The seed corpus of the `decode_models` fuzz target (`fuzz/corpus/decode_models/`), run
//! through exactly the code its Chat part runs (`fuzz/src/decode_chat.rs`, compiled in here).
//! No seed may panic; every `ok-chat-*` seed (a fixture, named by its endpoint) must decode.
//! The `webhook` target's seeds run through this crate's event parser too. See
//! docs/testing.md, "Fuzzing".

#[allow(dead_code)]
#[path = "../../../../fuzz/seeds.rs"]
mod seeds;

seeds::product_corpus_tests!(
    "chat",
    decode_models_seeds_chat_part: decode_chat = "../../../../fuzz/src/decode_chat.rs",
    webhook_seeds_chat_events: sendbird_chat::webhooks::WebhookEvent
);
