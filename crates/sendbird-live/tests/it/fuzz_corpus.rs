//! The seed corpus of the `decode_models` fuzz target (`fuzz/corpus/decode_models/`), run
//! through exactly the code its Live part runs (`fuzz/src/decode_live.rs`, compiled in here).
//! No seed may panic; every `ok-live-*` seed (a fixture, named by its endpoint) must decode.
//! See docs/testing.md, "Fuzzing".

#[allow(dead_code)]
#[path = "../../../../fuzz/seeds.rs"]
mod seeds;

seeds::product_corpus_tests!(
    "live",
    decode_models_seeds_live_part: decode_live = "../../../../fuzz/src/decode_live.rs"
);
