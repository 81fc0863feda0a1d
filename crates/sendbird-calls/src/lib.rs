//! # sendbird-calls
//!
//! Typed access to the Sendbird Calls Platform API v1 (`https://api-{app_id}.calls.sendbird.com/v1`).
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod client;
mod pending;

pub use client::CallsClient;
pub use pending::Pending;
pub use sendbird_core::{ApiToken, Error};

use sendbird_core::EndpointInfo;

/// Every Calls endpoint this crate implements (for coverage checks and `cargo xtask decode`).
pub fn endpoints() -> impl Iterator<Item = &'static EndpointInfo> {
    let families: [&'static [EndpointInfo]; 0] = [];
    families.into_iter().flatten()
}
