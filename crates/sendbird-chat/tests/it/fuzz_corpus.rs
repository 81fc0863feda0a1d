//! The seed corpus of the `decode_models` fuzz target (`fuzz/corpus/decode_models/`), run
//! through exactly the code its Chat part runs (`fuzz/src/decode_chat.rs`, compiled in here).
//! No seed may panic; every `ok-chat-*` seed (a fixture, named by its endpoint) must decode.
//! The `webhook` target's seeds run through this crate's event parser too. See
//! docs/testing.md, "Fuzzing".

#[allow(dead_code)]
#[path = "../../../../fuzz/src/decode_chat.rs"]
mod decode_chat;
#[allow(dead_code)]
#[path = "../../../../fuzz/src/input.rs"]
mod input;
#[allow(dead_code)]
#[path = "../../../../fuzz/seeds.rs"]
mod seeds;

#[test]
fn decode_models_seeds_chat_part() {
    seeds::check_decode_seeds("chat", decode_chat::run);
}

#[allow(dead_code)]
#[path = "../../../../fuzz/src/webhook.rs"]
mod webhook;

/// The `webhook` target's seeds through the chat event parser; every `valid-chat-*` seed (a
/// docs-shaped payload) must parse into a known variant.
#[test]
fn webhook_seeds_chat_events() {
    use sendbird_chat::webhooks::WebhookEvent;
    webhook::check_product_seeds::<WebhookEvent>(seeds::seeds("webhook"), "chat", |body| {
        WebhookEvent::parse_strict(body).map(|event| event.variant_name())
    });
}
