//! Data export: register, list and get exports of messages, channels, users or failed
//! webhooks, under `chat.exports(data_type)`; [`DataExports::wait_until_done`] polls an
//! export until it has finished and its file can be downloaded.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use sendbird_chat::data_export::{DataType, ExportFormat};
//!
//! let exports = chat.exports(DataType::Messages);
//! let export = exports
//!     .register(1_704_067_200_000, 1_706_745_599_000)
//!     .format(ExportFormat::Csv)
//!     .channel_urls(["room-1"])
//!     .await?;
//! let done = exports
//!     .wait_until_done(&export.request_id, Duration::from_secs(10), Duration::from_secs(3600))
//!     .await?;
//! if let Some(file) = done.file {
//!     println!("download {} before {}", file.url, file.expires_at);
//! }
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::StringList;

use crate::{ChatClient, Pending};

pub use models::{DataExport, DataType, ExportFormat, ExportStatus, ListDataExportsResponse};

sendbird_core::endpoints! {
    /// Every endpoint of the data export family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// The data exports of one data type: `chat.exports(data_type)` (premium feature).
    family DataExports = exports(
        /// `messages`, `channels`, `users` or `failed_webhooks`.
        path data_type: DataType,
    ) {
        /// Lists the exports of this data type, newest first.
        fn list -> pub struct ListDataExports {
            operation: "list_data_exports",
            request: GET "/export/{data_type}",
            idempotent: yes,
            response: ListDataExportsResponse,
            paginate: token, limit "Exports per page, 1–100 (default 10).",
        }

        /// Registers an export of the objects created between `start_ts` and `end_ts` (Unix
        /// milliseconds; at most 31 days for messages, 2 days for failed webhooks). It runs
        /// asynchronously: status `scheduled`, then `exporting`, then `done` with a `file`.
        fn register -> pub struct RegisterDataExport {
            operation: "register_data_export",
            request: POST "/export/{data_type}",
            idempotent: no,
            response: DataExport,
            required {
                /// The start of the creation-time window, Unix milliseconds.
                body start_ts: i64,
                /// The end of the creation-time window, Unix milliseconds.
                body end_ts: i64,
            }
            optional {
                /// `json` (default) or `csv`.
                body format: ExportFormat,
                /// The CSV field delimiter, one character (default `,`).
                body csv_delimiter: String,
                /// The time zone of exported times, an IANA name (default `UTC`).
                body timezone: String,
                /// Only messages of these senders (messages; up to 10).
                body sender_ids: StringList,
                /// Leave out messages of these senders (messages; up to 10).
                body exclude_sender_ids: StringList,
                /// Only these channels (messages, channels; default: all).
                body channel_urls: StringList,
                /// Leave out these channels (messages, channels).
                body exclude_channel_urls: StringList,
                /// Only these users (users; default: all).
                body user_ids: StringList,
                /// Only channels of these custom types (messages, channels).
                body channel_custom_types: StringList,
                /// Include the channels' read receipts (default true).
                body show_read_receipt: bool,
                /// Include the channels' metadata (default false).
                body show_channel_metadata: bool,
                /// With `sender_ids`, also export up to this many following messages of other
                /// users, 1–10 (default 0).
                body neighboring_message_limit: u32,
            }
        }

        /// Retrieves an export and its status; a `done` export carries its `file`.
        fn get -> pub struct GetDataExport {
            operation: "get_data_export",
            request: GET "/export/{data_type}/{request_id}",
            idempotent: yes,
            response: DataExport,
            required {
                /// The request id.
                path request_id: String,
            }
        }
    }
}

crate::jobs::wait_until_done! {
    /// Reads the export every `interval` until it has finished (`done`, `no_data` or
    /// `failed`), and returns it.
    DataExports(request_id) -> DataExport, DataExport::is_finished
}
