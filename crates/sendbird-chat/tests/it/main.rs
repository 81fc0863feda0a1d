//! Chat integration tests against `sendbird-emulator` over loopback (one binary, one module
//! per family).

#[macro_use]
#[path = "../../../sendbird-core/tests/shared/emulated.rs"]
mod emulated;
mod announcements;
mod application;
mod bots;
mod call_options;
mod channel_metadata;
mod custom_channel_types;
mod data_export;
mod emojis;
mod fuzz_corpus;
mod group_channels;
mod messages;
mod migration;
mod moderation;
mod open_channels;
mod polls;
mod privacy;
mod push;
mod real_sendbird;
mod reliability;
mod reports;
mod scheduled_messages;
mod statistics;
mod support;
mod user_metadata;
mod users;
mod webhook_events;
mod webhooks;
