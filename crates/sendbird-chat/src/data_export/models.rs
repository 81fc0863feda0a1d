//! Data exports and their parameter enums.

use serde::{Deserialize, Serialize};

use crate::jobs::FileLink;

sendbird_core::string_enum! {
    /// What a data export exports (the `{data_type}` path segment).
    pub enum DataType {
        /// Messages created in the period.
        Messages,
        /// Channels created in the period.
        Channels,
        /// Users created in the period.
        Users,
        /// Webhooks your server failed to receive in the period.
        FailedWebhooks,
    }
}

sendbird_core::string_enum! {
    /// The format of the exported files.
    pub enum ExportFormat {
        /// JSON (default).
        Json,
        /// CSV, with `csv_delimiter` between fields.
        Csv,
    }
}

sendbird_core::string_enum! {
    /// Where a data export is in its life cycle.
    ///
    /// The docs list five statuses; `scheduled`, `exporting` and `done` appear in their
    /// examples, `no_data` and `failed` are the assumed names of the other two. Anything
    /// else decodes into `Unknown`.
    pub enum ExportStatus {
        /// Registered, not started.
        Scheduled,
        /// Running.
        Exporting,
        /// Finished: `file` links to the result.
        Done,
        /// Finished without anything to export (assumed name).
        NoData,
        /// Could not be completed (assumed name).
        Failed,
    }
}

impl ExportStatus {
    /// Whether the export has finished (`done`, `no_data` or `failed`).
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            ExportStatus::Done | ExportStatus::NoData | ExportStatus::Failed
        )
    }
}

/// A data export request and its status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DataExport {
    /// The request id.
    pub request_id: String,
    /// What is exported (absent in list items).
    #[serde(default)]
    pub data_type: Option<DataType>,
    /// The status.
    #[serde(default)]
    pub status: Option<ExportStatus>,
    /// The file format.
    #[serde(default)]
    pub format: Option<ExportFormat>,
    /// The CSV field delimiter.
    #[serde(default)]
    pub csv_delimiter: Option<String>,
    /// The time zone of the exported times (IANA name, e.g. `UTC`).
    #[serde(default)]
    pub timezone: Option<String>,
    /// When the export was registered, Unix milliseconds.
    #[serde(default)]
    pub created_at: i64,
    /// The start of the creation-time window of the exported objects, Unix milliseconds.
    #[serde(default)]
    pub start_ts: i64,
    /// The end of the creation-time window, Unix milliseconds.
    #[serde(default)]
    pub end_ts: i64,
    /// Only these channels (messages, channels).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub channel_urls: Vec<String>,
    /// Only channels of these custom types.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub channel_custom_types: Vec<String>,
    /// Only messages of these senders (messages).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub sender_ids: Vec<String>,
    /// Only these users (users).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub user_ids: Vec<String>,
    /// The result, once `done`; the link expires 7 days after the export was created.
    #[serde(default)]
    pub file: Option<FileLink>,
}

impl DataExport {
    /// Whether the export has finished (see [`ExportStatus::is_terminal`]).
    pub fn is_finished(&self) -> bool {
        self.status.as_ref().is_some_and(ExportStatus::is_terminal)
    }
}

list_response! {
    /// The response of [`ListDataExports`](super::ListDataExports).
    pub struct ListDataExportsResponse {
        /// The exports of this page, newest first.
        exported_data: Vec<DataExport>,
    }
}
