//! Migration: import historical messages into an existing open or group channel with their
//! original senders and timestamps (`chat.migrate(url, messages)`; the feature must be enabled
//! for the application by Sendbird).
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use sendbird_chat::migration::MigrationMessage;
//!
//! chat.migrate(
//!     "room-1",
//!     vec![
//!         MigrationMessage::text("alice", "Hi Bob", 1_600_000_000_000).dedup_id("legacy-1"),
//!         MigrationMessage::text("bob", "Hi Alice", 1_600_000_060_000).dedup_id("legacy-2"),
//!         MigrationMessage::admin("Imported from the old system", 1_600_000_120_000),
//!     ],
//! )
//! .update_read_ts(true)
//! .await?;
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::Empty;

use crate::{ChatClient, Pending};

pub use models::MigrationMessage;

sendbird_core::endpoints! {
    /// Every endpoint of the migration family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    client {
        /// Imports up to 100 messages into a channel, keeping their senders (existing users)
        /// and timestamps. A retry imports them again unless every message has a `dedup_id`.
        fn migrate -> pub struct MigrateMessages {
            operation: "migrate_messages",
            request: POST "/migration/{target_channel_url}",
            idempotent: no,
            response: Empty,
            required {
                /// The channel to import into (open or group).
                path target_channel_url: String,
                /// The messages, 1–100.
                body messages: Vec<MigrationMessage>,
            }
            optional {
                /// Group channels: move members' read receipts to the newest imported message
                /// when it is newer than theirs (default false).
                body update_read_ts: bool,
                /// Allow read receipts to move back to the newest imported message (in the
                /// 2026 spec, undocumented elsewhere).
                body rewind_read_ts: bool,
            }
        }
    }
}
