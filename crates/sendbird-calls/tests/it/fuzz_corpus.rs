//! The seed corpus of the `decode_models` fuzz target (`fuzz/corpus/decode_models/`), run
//! through exactly the code its Calls part runs (`fuzz/src/decode_calls.rs`, compiled in here).
//! No seed may panic; every `ok-calls-*` seed (a fixture, named by its endpoint) must decode.
//! The `webhook` target's seeds run through this crate's event parser too. See
//! docs/testing.md, "Fuzzing".

#[allow(dead_code)]
#[path = "../../../../fuzz/seeds.rs"]
mod seeds;

seeds::product_corpus_tests!(
    "calls",
    decode_models_seeds_calls_part: decode_calls = "../../../../fuzz/src/decode_calls.rs",
    webhook_seeds_calls_events: sendbird_calls::webhooks::WebhookEvent
);
