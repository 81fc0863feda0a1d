//! The seed corpus of the `decode_models` fuzz target (`fuzz/corpus/decode_models/`), run
//! through exactly the code its Chat part runs (`fuzz/src/decode_chat.rs`, compiled in here).
//! No seed may panic; every `ok-chat-*` seed (a fixture, named by its endpoint) must decode.
//! See docs/testing.md, "Fuzzing".

#[allow(dead_code)]
#[path = "../../../../fuzz/src/input.rs"]
mod input;
#[allow(dead_code)]
#[path = "../../../../fuzz/src/decode_chat.rs"]
mod decode_chat;

#[test]
fn decode_models_seeds_chat_part() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus/decode_models");
    let mut ok_seeds = 0;
    for entry in std::fs::read_dir(&dir).expect("the decode_models corpus") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
        let data = std::fs::read(&path).expect("a readable seed");
        let result = decode_chat::run(&data);
        if name.starts_with("ok-chat-") {
            ok_seeds += 1;
            match result {
                Some(Ok(())) => {}
                Some(Err(error)) => panic!("{name}: {error}"),
                None => panic!("{name}: names no Chat endpoint"),
            }
        }
    }
    assert!(ok_seeds >= 10, "only {ok_seeds} ok-chat-* seeds");
}
