//! Chat integration tests against `sendbird-emulator` over loopback (one binary, one module
//! per family).

mod announcements;
mod call_options;
mod channel_metadata;
mod group_channels;
mod messages;
mod open_channels;
mod polls;
mod real_sendbird;
mod reliability;
mod support;
mod user_metadata;
mod users;
