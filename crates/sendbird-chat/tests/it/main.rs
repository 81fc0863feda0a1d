//! Chat integration tests against `sendbird-emulator` over loopback (one binary, one module
//! per family).

mod call_options;
mod channel_metadata;
mod data_export;
mod group_channels;
mod messages;
mod migration;
mod open_channels;
mod privacy;
mod real_sendbird;
mod reliability;
mod scheduled_messages;
mod statistics;
mod support;
mod user_metadata;
mod users;
