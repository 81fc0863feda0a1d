//! Calls integration tests: the SDK against `sendbird-emulator` over loopback (one binary,
//! one module per family).

#[macro_use]
#[path = "../../../sendbird-core/tests/shared/emulated.rs"]
mod emulated;
mod auth;
mod cloud_recordings;
mod custom_items;
mod direct_calls;
mod fuzz_corpus;
mod real_sendbird;
mod rooms;
mod support;
mod users;
mod webhooks;
