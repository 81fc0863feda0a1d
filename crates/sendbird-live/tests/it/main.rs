//! Live integration tests: the SDK against `sendbird-emulator` over loopback (one binary, one
//! module per family).

#[macro_use]
#[path = "../../../sendbird-core/tests/shared/emulated.rs"]
mod emulated;
mod cloud_recordings;
mod custom_items;
mod errors;
mod fuzz_corpus;
mod hosts;
mod life_cycle;
mod live_events;
mod participants;
mod real_sendbird;
mod support;
