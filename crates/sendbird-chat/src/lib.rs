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
//!
//! ## Families
//!
//! - [`users`], [`user_metadata`]: users, their tokens, preferences, counts and metadata.
//! - [`group_channels`], [`open_channels`], [`channel_metadata`]: channels, members and
//!   channel metadata and metacounters.
//! - [`messages`]: messages of either channel type, with reactions, pins and translations.
//! - [`application`]: secondary API tokens, the IP whitelist, default invitation preference,
//!   auto event messages and global settings (`chat.application()`).
//! - [`emojis`]: the reaction switch, the default emojis, emoji categories and emojis
//!   (`chat.emojis()`).
//! - [`webhooks`]: webhook settings (`chat.application().webhook_settings()`).
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod error_codes;
pub mod handles;
pub mod models;
#[cfg(test)]
mod test_support;

pub mod application;
pub mod channel_metadata;
pub mod emojis;
pub mod group_channels;
pub mod messages;
pub mod open_channels;
pub mod user_metadata;
pub mod users;
pub mod webhooks;

pub use error_codes::{ChatErrorCode, ChatErrorExt};
pub use sendbird_core::{ApiToken, CallOptions, Error, FilePart, StringList};

sendbird_core::product! {
    /// A Chat Platform API v3 client (`https://api-{app_id}.sendbird.com/v3`). Cheap to clone.
    ///
    /// Each family has an entry point (`chat.users()`, `chat.group_channels()`,
    /// `chat.messages(type, url)`, ...). It dereferences to [`sendbird_core::Client`] for
    /// `send`, `paginate`, `pages` and `execute`.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use sendbird_chat::ChatClient;
    ///
    /// let chat = ChatClient::builder()
    ///     .app_id("APP_ID")
    ///     .api_token(std::env::var("SENDBIRD_API_TOKEN")?)
    ///     .build()?;
    /// let user = chat.users().get("alice").timeout(Duration::from_secs(2)).await?;
    /// println!("{}", user.nickname.unwrap_or_default());
    /// # Ok(()) }
    /// ```
    pub struct ChatClient;
    base_url: "https://api-{app_id}.sendbird.com/v3";
    /// A Chat request bound to a client: `.await` sends it, `.stream()` pages through a list.
    /// Optional parameters can be set on it directly, e.g.
    /// `chat.users().list().limit(50).stream()`; `.timeout(..)` and `.max_attempts(..)`
    /// override the client's settings for this call.
    pub struct Pending;
}

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
        application::ENDPOINTS,
        emojis::ENDPOINTS,
        webhooks::ENDPOINTS,
    ]
    .into_iter()
    .flatten()
}

#[cfg(test)]
mod fixture_tests {
    #[test]
    fn every_fixture_matches_its_declaration() {
        crate::test_support::KIT.check_fixtures(crate::endpoints());
    }
}

/// The repository README's Rust example, compiled as a doctest so it cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
mod readme {}
