//! One HTTP request → the emulator's request parsing and dispatch (see
//! `sendbird_emulator::__fuzz`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = sendbird_emulator::__fuzz::run(data);
});
