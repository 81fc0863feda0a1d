//! Chat integration tests against `sendbird-emulator` over loopback (one binary, one module
//! per family).

mod bots;
mod announcements;
mod call_options;
mod channel_metadata;
mod custom_channel_types;
mod group_channels;
mod messages;
mod moderation;
mod open_channels;
mod push;
mod polls;
mod real_sendbird;
mod reliability;
mod reports;
mod support;
mod user_metadata;
mod users;
