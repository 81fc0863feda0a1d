//! Response bodies → the Chat, Calls and Live models and every registry endpoint's response
//! type (see `src/decode_*.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sendbird_fuzz::decode_models(data));
