//! The bodies of the fuzz targets in `fuzz_targets/`.
//!
//! Each file here is also compiled into a corpus test of the main workspace (with
//! `#[path = "../../../../fuzz/src/FILE.rs"]`), so that `cargo test --workspace` feeds every
//! seed of `corpus/TARGET/` through exactly the code the target runs. Keep the files
//! self-contained: only `super::input` and crates that the including test crate has.

pub mod decode_calls;
pub mod decode_chat;
pub mod decode_live;
pub mod error_envelope;
pub mod input;
pub mod webhook;

/// `decode_models`: the three products' parts.
pub fn decode_models(data: &[u8]) {
    let _ = decode_chat::run(data);
    let _ = decode_calls::run(data);
    let _ = decode_live::run(data);
}
