//! Status + headers + body → `ApiError::from_response` (see `src/error_envelope.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = sendbird_fuzz::error_envelope::run(data);
});
