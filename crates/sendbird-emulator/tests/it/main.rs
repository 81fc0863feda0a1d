//! Integration tests: the emulator over real HTTP on loopback.

#![allow(clippy::unwrap_used)]

mod application;
mod auth;
mod binary;
mod body_limits;
mod calls;
mod cascade;
mod channel_metadata;
mod chat_extras;
mod connections;
mod controls;
mod fuzz_corpus;
mod group_channels;
mod lifecycle;
mod live;
mod message_extras;
mod messages;
mod open_channels;
mod page_tokens;
mod push;
mod support;
mod users;
