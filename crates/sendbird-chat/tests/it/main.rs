//! Chat integration tests against `sendbird-emulator` over loopback (one binary, one module
//! per family).

mod application;
mod call_options;
mod channel_metadata;
mod emojis;
mod group_channels;
mod messages;
mod open_channels;
mod real_sendbird;
mod reliability;
mod support;
mod user_metadata;
mod users;
mod webhooks;
