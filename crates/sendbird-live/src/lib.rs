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

#[cfg(test)]
mod tests {
    use sendbird_core::BodyKind;

    /// Every row of `xtask/catalog/live-v1.tsv` is in the registry with the same operation,
    /// method, path, body kind and pagination, and nothing else is.
    #[test]
    fn registry_matches_the_catalog() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../xtask/catalog/live-v1.tsv"
        );
        let catalog = std::fs::read_to_string(path).expect("catalog");
        let rows: Vec<Vec<&str>> = catalog
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').collect())
            .collect();
        assert_eq!(rows.len(), 10);
        let registry: Vec<_> = super::endpoints().collect();
        assert_eq!(registry.len(), rows.len());
        for row in &rows {
            let [_, operation, method, path, body, paginated, ..] = row[..] else {
                panic!("malformed row {row:?}");
            };
            let info = registry
                .iter()
                .find(|i| i.meta.operation == operation)
                .unwrap_or_else(|| panic!("{operation} is not in the registry"));
            assert_eq!(info.meta.method.as_str(), method, "{operation}");
            assert_eq!(info.meta.path, path, "{operation}");
            let expected = match body {
                "none" => BodyKind::None,
                "json" => BodyKind::Json,
                "multipart" => BodyKind::Multipart,
                other => panic!("unknown body kind {other}"),
            };
            assert_eq!(info.body, expected, "{operation}");
            assert_eq!(info.paginated, paginated != "no", "{operation}");
        }
    }

    /// Every registered endpoint decodes its response fixture, and every endpoint with a
    /// body accepts its request fixture.
    #[test]
    fn every_fixture_decodes() {
        let dir = env!("CARGO_MANIFEST_DIR");
        for info in super::endpoints() {
            let op = info.meta.operation;
            let response = std::fs::read(format!("{dir}/fixtures/responses/{op}.json"))
                .unwrap_or_else(|e| panic!("response fixture of {op}: {e}"));
            (info.check_response)(&response.into())
                .unwrap_or_else(|e| panic!("response fixture of {op}: {e}"));
            if let Some(check) = info.check_request {
                let request = std::fs::read(format!("{dir}/fixtures/requests/{op}.json"))
                    .unwrap_or_else(|e| panic!("request fixture of {op}: {e}"));
                check(&request.into()).unwrap_or_else(|e| panic!("request fixture of {op}: {e}"));
            }
        }
    }
}
