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
//! | family | entry points |
//! | --- | --- |
//! | [`users`], [`user_metadata`] | `chat.users()`, `chat.user_metadata(id)`: users, session tokens, unread counts, preferences, metadata |
//! | [`group_channels`], [`open_channels`] | `chat.group_channels()`, `chat.open_channels()`: channels, members, invitations, operators, participants |
//! | [`messages`] | `chat.messages(type, url)`, `chat.group_channel_messages(url)`, `chat.search_messages(q)`: sending, listing, history, receipts, reactions, pins, translations |
//! | [`channel_metadata`] | `chat.channel_metadata(type, url)`: metadata and metacounters |
//! | [`moderation`] | bans, mutes, freezes and blocks on `chat.group_channel(url)`, `chat.open_channel(url)`, `chat.custom_channel_type(ct)`, `chat.user(id)` |
//! | [`push`] | device tokens, push preferences and templates on `chat.user(id)`; push providers, settings and templates on `chat.application()`; `chat.device_token(type, token)` |
//! | [`application`] | `chat.application()`: secondary API tokens, IP allow-list, default invitation preference, auto event messages, global settings |
//! | [`emojis`] | `chat.emojis()`: emoji categories and emojis; the reaction switch and default emojis on `chat.application()` |
//! | [`webhooks`] | `chat.application().webhook_settings()`; typed webhook events ([`webhooks::WebhookEvent`]), `webhooks::verify_and_parse` and the `tower::Service` receiver `webhooks::receiver(token, handler)` |
//! | [`bots`] | `chat.bots()`: bots that join group channels and send messages |
//! | [`custom_channel_types`] | `chat.custom_channel_types()`, `chat.custom_channel_type(ct)`: settings and operators by custom type |
//! | [`reports`] | `chat.reports()`: reports on users, channels and messages, moderated messages |
//! | [`polls`] | `chat.polls()`: polls, options and votes |
//! | [`announcements`] | `chat.announcements()`: announcements, open rates and statistics |
//! | [`scheduled_messages`] | `chat.group_channel(url).schedule_text(..)`, `chat.scheduled_messages()` |
//! | [`statistics`] | `chat.statistics()`: DAU, MAU, connections, advanced analytics |
//! | [`privacy`] | `chat.privacy()`: GDPR requests |
//! | [`data_export`] | `chat.exports(data_type)` |
//! | [`migration`] | `chat.migrate(url, messages)` |
//!
//! Long-running server jobs (announcements, data exports, GDPR requests) can be awaited with
//! the generic helpers of [`jobs`].
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod error_codes;
pub mod handles;
#[macro_use]
pub mod models;
#[cfg(test)]
mod test_support;

pub mod announcements;
pub mod application;
pub mod bots;
pub mod channel_metadata;
pub mod custom_channel_types;
pub mod data_export;
pub mod emojis;
pub mod group_channels;
pub mod jobs;
pub mod messages;
pub mod migration;
pub mod moderation;
pub mod open_channels;
pub mod polls;
pub mod privacy;
pub mod push;
pub mod reports;
pub mod scheduled_messages;
pub mod statistics;
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
    /// Every Chat endpoint this crate implements (for coverage checks and `cargo xtask decode`).
    endpoints: [
        users,
        user_metadata,
        group_channels,
        open_channels,
        channel_metadata,
        messages,
        moderation,
        bots,
        custom_channel_types,
        reports,
        push,
        polls,
        announcements,
        scheduled_messages,
        statistics,
        privacy,
        data_export,
        migration,
        application,
        emojis,
        webhooks,
    ];
    fixtures: crate::test_support::KIT;
    /// This crate's README examples, compiled as doctests so they cannot drift (the repository
    /// README shows the same example; `xtask/tests/readme.rs` checks that).
    readme: "../README.md";
}
