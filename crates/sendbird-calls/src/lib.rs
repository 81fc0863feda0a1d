//! # sendbird-calls
//!
//! Typed access to the Sendbird Calls Platform API v1 (`https://api-{app_id}.calls.sendbird.com/v1`):
//! direct calls, a user's calls, call summary and VoIP push tokens, group-call rooms and their
//! participants, custom items, webhook settings and cloud-recording copies. Every endpoint is a
//! public struct (build it, inspect it, send it), grouped by family behind entry points on
//! [`CallsClient`]; lists page through Sendbird's `next` token as `Stream`s.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use futures_util::TryStreamExt;
//! use sendbird_calls::models::{CustomItems, RoomState, RoomType};
//! use sendbird_calls::CallsClient;
//!
//! let calls = CallsClient::builder().app_id("APP_ID").api_token("TOKEN").build()?;
//! let room = calls.rooms().create(RoomType::SmallRoomForVideo).await?.room;
//! let items = CustomItems::try_new([("topic", "standup")])?;
//! calls.rooms().update_custom_items(&room.room_id, items).await?;
//! let open: Vec<_> = calls.rooms().list().state(RoomState::Open).stream().try_collect().await?;
//! # let _ = open;
//! # Ok(()) }
//! ```
//!
//! Timestamps are Unix milliseconds, except the `start_ts`/`end_ts` filters of a user's call
//! list, which are Unix **seconds**. Errors carry Calls codes: see [`CallsErrorExt`].
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

/// An `update_custom_items(id, items)` entry point on a family handle, sending the family's
/// custom-items update with `mode: upsert` (as Sendbird's SDKs send it).
macro_rules! upsert_custom_items {
    ($(#[$meta:meta])* $handle:ident => $endpoint:ident($id:ident)) => {
        impl<'a> $handle<'a> {
            $(#[$meta])*
            pub fn update_custom_items(
                &self,
                $id: impl sendbird_core::IntoParam<String>,
                custom_items: crate::models::CustomItems,
            ) -> crate::Pending<'a, $endpoint> {
                self.client().request(
                    $endpoint::new($id, custom_items).mode(crate::models::CustomItemsMode::Upsert),
                )
            }
        }
    };
}

mod de;
mod error_codes;
pub mod models;
#[cfg(test)]
mod test_support;

pub mod cloud_recordings;
pub mod direct_calls;
pub mod rooms;
pub mod users;
pub mod webhooks;

pub use error_codes::{CallsErrorCode, CallsErrorExt};
pub use sendbird_core::{ApiToken, CallOptions, Error, SecretString, StringList};

sendbird_core::product! {
    /// A Calls Platform API v1 client (`https://api-{app_id}.calls.sendbird.com/v1`). Cheap to
    /// clone.
    ///
    /// Each family has an entry point (`calls.rooms()`, `calls.direct_calls()`,
    /// `calls.users()`, `calls.webhook_settings(app_id)`, `calls.cloud_recordings()`). It
    /// dereferences to [`sendbird_core::Client`] for `send`, `paginate`, `pages` and `execute`.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use sendbird_calls::CallsClient;
    ///
    /// let client = CallsClient::builder()
    ///     .app_id("APP_ID")
    ///     .api_token(std::env::var("SENDBIRD_API_TOKEN")?)
    ///     .build()?;
    /// let response = client.rooms().get("room-1").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub struct CallsClient;
    base_url: "https://api-{app_id}.calls.sendbird.com/v1";
    /// A Calls request bound to a client: `.await` sends it, `.stream()` pages through a list.
    /// Optional parameters can be set on it directly, e.g.
    /// `client.rooms().list().limit(50).stream()`; `.timeout(..)` and `.max_attempts(..)`
    /// override the client's settings for this call.
    pub struct Pending;
    /// Every Calls endpoint this crate implements (for coverage checks and `cargo xtask decode`).
    endpoints: [direct_calls, users, rooms, webhooks, cloud_recordings];
    fixtures: crate::test_support::KIT;
    /// This crate's README examples, compiled as doctests so they cannot drift.
    readme: "../README.md";
}
