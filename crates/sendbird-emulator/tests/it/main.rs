//! Integration tests: the emulator over real HTTP on loopback.

#![allow(clippy::unwrap_used)]

mod auth;
mod binary;
mod cascade;
mod channel_metadata;
mod controls;
mod group_channels;
mod lifecycle;
mod messages;
mod open_channels;
mod support;
mod users;
