//! GDPR requests and their parameter enums.

use serde::{Deserialize, Serialize};

use crate::jobs::FileLink;

sendbird_core::string_enum! {
    /// What a GDPR request does (`action`).
    pub enum GdprAction {
        /// Collect one user's data into a downloadable file.
        Access,
        /// Permanently delete users' data.
        Delete,
    }
}

sendbird_core::string_enum! {
    /// Which of the deleted users' group channels a deletion removes too.
    pub enum ChannelDeleteOption {
        /// No channel (default).
        DoNotDelete,
        /// Their 1-on-1 (two-member distinct) channels.
        OneOnOne = "1_on_1",
        /// Every group channel they are a member of.
        All,
    }
}

sendbird_core::string_enum! {
    /// Where a GDPR request is in its life cycle.
    ///
    /// The docs show `scheduled` and `done`; `processing` is Sendbird's name for a running
    /// job elsewhere in the API and is assumed here. Anything else decodes into `Unknown`.
    pub enum GdprRequestStatus {
        /// Registered, not started.
        Scheduled,
        /// Running (assumed name, see the type's docs).
        Processing,
        /// Finished: the data is deleted, or the access file is ready.
        Done,
    }
}

impl GdprRequestStatus {
    /// Whether the request has finished (`done`).
    pub fn is_terminal(&self) -> bool {
        matches!(self, GdprRequestStatus::Done)
    }
}

/// A GDPR request: an access request for one user (`user_id`) or a deletion of several
/// (`user_ids`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GdprRequest {
    /// The request id.
    pub request_id: String,
    /// `access` or `delete`.
    #[serde(default)]
    pub action: Option<GdprAction>,
    /// The status.
    #[serde(default)]
    pub status: Option<GdprRequestStatus>,
    /// The user whose data is collected (`access`).
    #[serde(default)]
    pub user_id: Option<String>,
    /// The users whose data is deleted (`delete`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub user_ids: Vec<String>,
    /// Which group channels a deletion removes (`delete`).
    #[serde(default)]
    pub channel_delete_option: Option<ChannelDeleteOption>,
    /// The result file once done (`access`; deletions may carry an empty link). Sendbird names
    /// this single object `files`.
    #[serde(default)]
    pub files: Option<FileLink>,
    /// When the request was registered, Unix milliseconds.
    #[serde(default)]
    pub created_at: i64,
}

impl GdprRequest {
    /// Whether the request has finished (status `done`).
    pub fn is_done(&self) -> bool {
        self.status
            .as_ref()
            .is_some_and(GdprRequestStatus::is_terminal)
    }
}

list_response! {
    /// The response of [`ListGdprRequests`](super::ListGdprRequests).
    pub struct ListGdprRequestsResponse {
        /// The requests of this page, newest first.
        requests: Vec<GdprRequest>,
    }
}
