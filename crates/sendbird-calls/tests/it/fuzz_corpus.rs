//! The seed corpus of the `decode_models` fuzz target (`fuzz/corpus/decode_models/`), run
//! through exactly the code its Calls part runs (`fuzz/src/decode_calls.rs`, compiled in here).
//! No seed may panic; every `ok-calls-*` seed (a fixture, named by its endpoint) must decode.
//! See docs/testing.md, "Fuzzing".

#[allow(dead_code)]
#[path = "../../../../fuzz/src/input.rs"]
mod input;
#[allow(dead_code)]
#[path = "../../../../fuzz/src/decode_calls.rs"]
mod decode_calls;

#[test]
fn decode_models_seeds_calls_part() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus/decode_models");
    let mut ok_seeds = 0;
    for entry in std::fs::read_dir(&dir).expect("the decode_models corpus") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
        let data = std::fs::read(&path).expect("a readable seed");
        let result = decode_calls::run(&data);
        if name.starts_with("ok-calls-") {
            ok_seeds += 1;
            match result {
                Some(Ok(())) => {}
                Some(Err(error)) => panic!("{name}: {error}"),
                None => panic!("{name}: names no Calls endpoint"),
            }
        }
    }
    assert!(ok_seeds >= 5, "only {ok_seeds} ok-calls-* seeds");
}
