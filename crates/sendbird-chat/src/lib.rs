//! # sendbird-chat
//!
//! Typed access to the [Sendbird Chat Platform API v3](https://sendbird.com/docs/chat/platform-api/v3/overview):
//! every endpoint is a public struct (build it, inspect it, send it), grouped by family behind
//! ergonomic entry points on [`ChatClient`], with lists available as `Stream`s.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use futures_util::TryStreamExt;
//! use sendbird_chat::ChatClient;
//!
//! let chat = ChatClient::builder().app_id("APP_ID").api_token("TOKEN").build()?;
//! let users: Vec<_> = chat.users().list().limit(100).stream().try_collect().await?;
//! # let _ = users;
//! # Ok(()) }
//! ```
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod client;
mod error_codes;
pub mod models;
mod pending;
#[cfg(test)]
mod test_support;

pub mod channel_metadata;
pub mod group_channels;
pub mod messages;
pub mod open_channels;
pub mod user_metadata;
pub mod users;

pub use client::ChatClient;
pub use error_codes::{ChatErrorCode, ChatErrorExt};
pub use pending::Pending;
pub use sendbird_core::{ApiToken, Error, FilePart, StringList};

use sendbird_core::EndpointInfo;

/// Every Chat endpoint this crate implements (for coverage checks and `cargo xtask decode`).
pub fn endpoints() -> impl Iterator<Item = &'static EndpointInfo> {
    [
        users::ENDPOINTS,
        user_metadata::ENDPOINTS,
        group_channels::ENDPOINTS,
        open_channels::ENDPOINTS,
        channel_metadata::ENDPOINTS,
        messages::ENDPOINTS,
    ]
    .into_iter()
    .flatten()
}

/// The repository README's Rust example, compiled as a doctest so it cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
mod readme {}
