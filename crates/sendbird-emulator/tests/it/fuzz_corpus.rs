//! The seed corpus of the `emulator_request` fuzz target (`fuzz/corpus/emulator_request/`),
//! run through exactly the code the target runs (`sendbird_emulator::__fuzz::run`). No seed
//! may panic or stay pending; a seed named `NNN-*` must be answered with HTTP status NNN, one
//! named `not-a-request-*` must be refused before the server sees it (other seeds, local corpus
//! growth included, may be either). See docs/testing.md, "Fuzzing".

use sendbird_emulator::__fuzz::{run, Outcome};

#[test]
fn emulator_request_seeds() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus/emulator_request");
    let mut count = 0;
    let mut wrong = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the emulator_request corpus") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let data = std::fs::read(&path).unwrap();
        let outcome = run(&data);
        count += 1;
        assert_ne!(outcome, Outcome::Pending, "{name}");
        if name.starts_with("not-a-request-") {
            assert_eq!(outcome, Outcome::NotARequest, "{name}");
        } else if let Some(status) = name.get(..3).and_then(|s| s.parse::<u16>().ok()) {
            let body = match &outcome {
                Outcome::Answered { body, .. } => String::from_utf8_lossy(body).into_owned(),
                _ => String::new(),
            };
            if outcome.status() != Some(status) {
                wrong.push(format!("{name}: {:?} {body}", outcome.status()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "unexpected statuses:\n{}",
        wrong.join("\n")
    );
    assert!(count >= 20, "only {count} seeds");
}

#[test]
fn runs_inside_an_async_runtime_without_panicking() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let outcome = runtime.block_on(async { run(b"GET /v3/users/alice\n\n") });
    assert_eq!(outcome.status(), Some(200));
}
