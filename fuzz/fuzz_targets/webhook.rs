//! Token + signature + body → webhook verification and event parsing (see `src/webhook.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = sendbird_fuzz::webhook::run(data);
});
