//! The seed corpus of the `decode_models` fuzz target (`fuzz/corpus/decode_models/`), run
//! through exactly the code its Calls part runs (`fuzz/src/decode_calls.rs`, compiled in here).
//! No seed may panic; every `ok-calls-*` seed (a fixture, named by its endpoint) must decode.
//! The `webhook` target's seeds run through this crate's event parser too. See
//! docs/testing.md, "Fuzzing".

#[allow(dead_code)]
#[path = "../../../../fuzz/src/decode_calls.rs"]
mod decode_calls;
#[allow(dead_code)]
#[path = "../../../../fuzz/src/input.rs"]
mod input;
#[allow(dead_code)]
#[path = "../../../../fuzz/seeds.rs"]
mod seeds;

#[test]
fn decode_models_seeds_calls_part() {
    seeds::check_decode_seeds("calls", decode_calls::run);
}

#[allow(dead_code)]
#[path = "../../../../fuzz/src/webhook.rs"]
mod webhook;

/// The `webhook` target's seeds through the calls event parser; every `valid-calls-*` seed (a
/// docs-shaped payload) must parse into a known variant.
#[test]
fn webhook_seeds_calls_events() {
    use sendbird_calls::webhooks::WebhookEvent;
    webhook::check_product_seeds::<WebhookEvent>(seeds::seeds("webhook"), "calls", |body| {
        WebhookEvent::parse_strict(body).map(|event| event.variant_name())
    });
}
