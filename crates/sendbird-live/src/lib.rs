//! # sendbird-live
//!
//! Typed access to the Sendbird Live Platform API v1 (`https://api-{app_id}.calls.sendbird.com/v1`):
//! every endpoint is a public struct (build it, inspect it, send it), grouped behind entry
//! points on [`LiveClient`], with lists available as `Stream`s.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use futures_util::TryStreamExt;
//! use sendbird_live::models::LiveEventState;
//! use sendbird_live::LiveClient;
//!
//! let live = LiveClient::builder().app_id("APP_ID").api_token("TOKEN").build()?;
//! let event = live.live_events().create(["host-1"]).title("Launch").await?.live_event;
//! live.live_events().set_ready(&event.live_event_id).await?;
//! live.live_events().start(&event.live_event_id).await?;
//! let ongoing: Vec<_> = live
//!     .live_events()
//!     .list()
//!     .state([LiveEventState::Ongoing])
//!     .limit(100)
//!     .stream()
//!     .try_collect()
//!     .await?;
//! # let _ = ongoing;
//! live.live_events().end(&event.live_event_id).await?;
//! # Ok(()) }
//! ```
//!
//! Errors are [`Error`]s; [`LiveErrorExt`] maps their codes to [`LiveErrorCode`].
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod error_codes;
pub mod models;
#[cfg(test)]
mod test_support;

pub mod cloud_recordings;
pub mod live_events;

pub use error_codes::{LiveErrorCode, LiveErrorExt};
pub use sendbird_core::{ApiToken, CallOptions, Error, FilePart, SecretString, StringList};

/// The host of a live event: [`GetHost`](hosts::GetHost), sent by
/// `live.live_events().host(id)` and declared with the [`live_events`] family.
pub mod hosts {
    pub use crate::live_events::GetHost;
}

/// The participants of a live event: [`ListParticipants`](participants::ListParticipants),
/// sent by `live.live_events().participants(id)` and declared with the [`live_events`] family.
pub mod participants {
    pub use crate::live_events::ListParticipants;
}

sendbird_core::product! {
    /// A Live Platform API v1 client (`https://api-{app_id}.calls.sendbird.com/v1`). Cheap to
    /// clone.
    ///
    /// Each family has an entry point (`live.live_events()`, `live.cloud_recordings()`). It
    /// dereferences to [`sendbird_core::Client`] for `send`, `paginate`, `pages` and `execute`.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use sendbird_live::LiveClient;
    ///
    /// let client = LiveClient::builder()
    ///     .app_id("APP_ID")
    ///     .api_token(std::env::var("SENDBIRD_API_TOKEN")?)
    ///     .build()?;
    /// let response = client.live_events().get("event-1").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub struct LiveClient;
    base_url: "https://api-{app_id}.calls.sendbird.com/v1";
    /// A Live request bound to a client: `.await` sends it, `.stream()` pages through a list.
    /// Optional parameters can be set on it directly, e.g.
    /// `client.live_events().list().limit(50).stream()`; `.timeout(..)` and `.max_attempts(..)`
    /// override the client's settings for this call.
    pub struct Pending;
    /// Every Live endpoint this crate implements (for coverage checks and `cargo xtask decode`).
    endpoints: [live_events, cloud_recordings];
    fixtures: crate::test_support::KIT;
    /// This crate's README examples, compiled as doctests so they cannot drift.
    readme: "../README.md";
}
