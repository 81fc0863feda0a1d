//! An in-memory, stateful HTTP server that answers like the Sendbird Platform API.
//!
//! `sendbird-emulator` serves the Chat v3 API (users, user metadata, group and open
//! channels, members, operators, messages, channel metadata and metacounters, moderation,
//! bots, custom channel types, reports, push, polls, announcements, scheduled messages,
//! statistics, GDPR requests, data exports and message migration on the emulator's clock,
//! and application settings: secondary API tokens, the IP allow-list, global settings,
//! emojis and the reaction switch, webhook settings), the Calls v1 API (rooms, direct calls,
//! users' calls and push tokens, webhook settings, cloud recording copies) and the Live v1
//! API (live events and their state machine, hosts, participants) on a loopback port: same
//! paths, same JSON field names, same error envelope and codes, the same `Api-Token` check
//! (secondary tokens generated at runtime authenticate until revoked; a non-empty IP
//! allow-list refuses other client addresses on Chat), token pagination and
//! `multipart/form-data` uploads. State is kept in memory and stays consistent across
//! resources (deleting a user removes it from channels; deleting a channel drops its
//! messages and metadata).
//!
//! It keeps its own JSON representation — it shares no types with the SDK crates — so
//! SDK-against-emulator tests compare two independent readings of Sendbird's docs.
//!
//! Webhooks: with a URL configured (`PUT /v3/applications/settings/webhook`,
//! [`EmulatorBuilder::webhook_url`] or `--webhook-url`), Chat state changes are posted as
//! Sendbird posts them — signed JSON, retried, never blocking the API call — and logged for
//! tests ([`Emulator::webhook_deliveries`], [`Emulator::wait_for_webhooks`]).
//!
//! Test controls inject rate limiting (HTTP 429, code 500910, `X-RateLimit-RetryAfter`),
//! latency, HTTP 500/503 answers and dropped connections; see [`Controls`].
//!
//! The server bounds what clients may use: header, body and idle deadlines, a connection
//! cap (unused connections make room; in-flight requests are never cut short), a
//! per-request body cap (413) and a budget for request bodies in flight across all
//! requests (503). Page tokens are bound to the running instance. Every limit has a
//! default and an [`EmulatorBuilder`] method.
//!
//! # Example
//!
//! ```no_run
//! use sendbird_emulator::{Emulator, Seed};
//!
//! # async fn demo() -> Result<(), sendbird_emulator::StartError> {
//! let emulator = Emulator::builder()
//!     .api_token("master")
//!     .secondary_token("secondary")
//!     .seed(Seed::new().user("alice", "Alice").user("bob", "Bob"))
//!     .start()
//!     .await?;
//!
//! // Point the SDK (or any HTTP client) at the emulator:
//! let base = emulator.chat_base_url(); // http://127.0.0.1:PORT/v3
//! let token = emulator.api_token();    // send as the `Api-Token` header
//! # let _ = (base, token);
//!
//! // Make the next two requests fail with HTTP 503:
//! emulator.controls().fail_next(2, sendbird_emulator::Fault::ServiceUnavailable);
//!
//! emulator.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! The `sendbird-emulator` binary runs the same server from the command line; see
//! [`cli::USAGE`].

#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]
#[doc(hidden)]
#[path = "fuzz.rs"]
pub mod __fuzz;
#[macro_use]
mod macros;
mod app;
mod calls;
mod chat;
pub mod cli;
mod clock;
mod controls;
mod directory;
mod emulator;
mod env;
mod http;
mod live;
mod page_tokens;
mod render;
mod seed;
mod state;
mod v1;
mod webhooks;

pub use calls::{DirectCallSeed, RoomParticipantSeed, RoomSeed};
pub use controls::{Controls, Fault, RateLimit};
pub use emulator::{Emulator, EmulatorBuilder, StartError, DEFAULT_API_TOKEN, DEFAULT_APP_ID};
pub use live::{LiveEventSeed, LiveHostSeed, LiveParticipantSeed};
pub use seed::Seed;
pub use v1::recording_seed::CloudRecordingSeed;
pub use webhooks::{WebhookAttempt, WebhookDelivery};

/// This crate's README examples, compiled as doctests so they cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
mod readme {}
