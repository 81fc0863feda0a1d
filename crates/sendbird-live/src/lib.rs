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

mod client;
mod error_codes;
pub mod models;
mod pending;
#[cfg(test)]
mod test_support;

pub mod cloud_recordings;
pub mod hosts;
pub mod live_events;
pub mod participants;

pub use client::LiveClient;
pub use error_codes::{LiveErrorCode, LiveErrorExt};
pub use pending::Pending;
pub use sendbird_core::{ApiToken, Error, FilePart, SecretString, StringList};

use sendbird_core::EndpointInfo;

/// Every Live endpoint this crate implements (for coverage checks and `cargo xtask decode`).
pub fn endpoints() -> impl Iterator<Item = &'static EndpointInfo> {
    [
        live_events::ENDPOINTS,
        hosts::ENDPOINTS,
        participants::ENDPOINTS,
        cloud_recordings::ENDPOINTS,
    ]
    .into_iter()
    .flatten()
}
