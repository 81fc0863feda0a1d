//! The seed corpora, read by the corpus tests of the main workspace (`fuzz_corpus` in
//! `crates/*/tests/it/`, which include this file with `#[path]`). Not part of the fuzz crate.

use std::path::PathBuf;

/// Every file of `fuzz/corpus/<target>/`, sorted by name: the committed seeds plus any local
/// corpus growth (also fair input: it must not panic either).
pub fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../fuzz/corpus/{target}"));
    let mut seeds: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.expect("a directory entry").path();
            let name = path
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            match std::fs::read(&path) {
                Ok(data) => Some((name, data)),
                // A fuzzing run in progress may reduce (delete) corpus files.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => panic!("{name}: {e}"),
            }
        })
        .collect();
    seeds.sort();
    assert!(seeds.len() >= 20, "{target}: only {} seeds", seeds.len());
    seeds
}

/// Runs one product's part of `decode_models` over its corpus: no seed may panic, and every
/// `ok-<product>-<operation>.txt` seed (a fixture) must decode as that endpoint's response.
/// Reports every failing seed at once.
pub fn check_decode_seeds(
    product: &str,
    run: impl Fn(&[u8]) -> Option<Result<(), sendbird_core::DecodeError>>,
) {
    let prefix = format!("ok-{product}-");
    let mut ok_seeds = 0;
    let mut wrong = Vec::new();
    for (name, data) in seeds("decode_models") {
        let result = run(&data);
        if !name.starts_with(&prefix) {
            continue;
        }
        ok_seeds += 1;
        match result {
            Some(Ok(())) => {}
            Some(Err(error)) => wrong.push(format!("{name}: {error}")),
            None => wrong.push(format!("{name}: names no {product} endpoint")),
        }
    }
    assert!(
        wrong.is_empty(),
        "seeds that do not decode:\n{}",
        wrong.join("\n")
    );
    assert!(ok_seeds >= 5, "only {ok_seeds} {prefix}* seeds");
}

/// A product crate's corpus tests, named after `product`: `decode_models_seeds_<product>_part`
/// ([`check_decode_seeds`] with the product's part of `decode_models`, the `run` of the fuzz
/// source file `decode`, compiled in as module `$decode_mod` with `fuzz/src/input.rs`) and,
/// given the product's webhook event enum, `webhook_seeds_<product>_events` (the `webhook`
/// target's seeds, `fuzz/src/webhook.rs` compiled in, through that enum's parser; every
/// `valid-<product>-*` seed, a docs-shaped payload, must parse strictly into a known variant).
/// Invoked from `crates/<product>/tests/it/`, below the `seeds` module (this file).
#[allow(unused_macros)]
macro_rules! product_corpus_tests {
    (
        $product:literal,
        $decode_test:ident: $decode_mod:ident = $decode:literal
        $(, $webhook_test:ident: $event:ty)?
    ) => {
        #[allow(dead_code)]
        #[path = $decode]
        mod $decode_mod;
        #[allow(dead_code)]
        #[path = "../../../../fuzz/src/input.rs"]
        mod input;

        #[test]
        fn $decode_test() {
            seeds::check_decode_seeds($product, $decode_mod::run);
        }

        $(
            #[allow(dead_code)]
            #[path = "../../../../fuzz/src/webhook.rs"]
            mod webhook;

            #[test]
            fn $webhook_test() {
                webhook::check_product_seeds::<$event>(seeds::seeds("webhook"), $product, |body| {
                    <$event>::parse_strict(body).map(|event| event.variant_name())
                });
            }
        )?
    };
}
#[allow(unused_imports)]
pub(crate) use product_corpus_tests;
