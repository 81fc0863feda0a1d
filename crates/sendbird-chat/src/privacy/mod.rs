//! Privacy (GDPR): register, list, get and cancel requests to export one user's data or to
//! delete users' data, under `chat.privacy()`; [`Privacy::wait_until_done`] polls a request
//! until it has finished.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use sendbird_chat::privacy::ChannelDeleteOption;
//!
//! let request = chat
//!     .privacy()
//!     .register_deletion(["alice"])
//!     .channel_delete_option(ChannelDeleteOption::OneOnOne)
//!     .await?;
//! let done = chat
//!     .privacy()
//!     .wait_until_done(&request.request_id, Duration::from_secs(5), Duration::from_secs(600))
//!     .await?;
//! assert!(done.is_done());
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::{Empty, IntoParam, StringList};

use crate::{ChatClient, Pending};

pub use models::{
    ChannelDeleteOption, GdprAction, GdprRequest, GdprRequestStatus, ListGdprRequestsResponse,
};

sendbird_core::endpoints! {
    /// Every endpoint of the privacy family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// GDPR requests: `chat.privacy()`.
    family Privacy = privacy() {
        /// Lists the application's GDPR requests (access and delete), newest first.
        fn list -> pub struct ListGdprRequests {
            operation: "list_gdpr_requests",
            request: GET "/privacy/gdpr",
            idempotent: yes,
            response: ListGdprRequestsResponse,
            paginate: token, limit "Requests per page, 1–100 (default 10).",
        }

        /// Registers a GDPR request; it runs asynchronously (status `scheduled` first). See
        /// [`register_access`](Privacy::register_access) and
        /// [`register_deletion`](Privacy::register_deletion).
        fn register -> pub struct RegisterGdprRequest {
            operation: "register_gdpr_request",
            request: POST "/privacy/gdpr",
            idempotent: no,
            response: GdprRequest,
            optional {
                /// `access` or `delete` (default `delete`).
                body action: GdprAction,
                /// The user whose data is collected (required for `access`).
                body user_id: String,
                /// The users whose data is permanently deleted (required for `delete`; up to
                /// 100).
                body user_ids: StringList,
                /// Which of their group channels a deletion removes (default
                /// `do_not_delete`).
                body channel_delete_option: ChannelDeleteOption,
            }
        }

        /// Retrieves a GDPR request and its status.
        fn get -> pub struct GetGdprRequest {
            operation: "get_gdpr_request",
            request: GET "/privacy/gdpr/{request_id}",
            idempotent: yes,
            response: GdprRequest,
            required {
                /// The request id.
                path request_id: String,
            }
        }

        /// Cancels a GDPR request that has not started yet.
        fn cancel -> pub struct CancelGdprRequest {
            operation: "cancel_gdpr_request",
            request: DELETE "/privacy/gdpr/{request_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The request id.
                path request_id: String,
            }
        }
    }
}

impl<'a> Privacy<'a> {
    /// Registers a request for a file of `user_id`'s data.
    pub fn register_access(
        &self,
        user_id: impl IntoParam<String>,
    ) -> Pending<'a, RegisterGdprRequest> {
        self.register().action(GdprAction::Access).user_id(user_id)
    }

    /// Registers the permanent deletion of users' data (up to 100 users).
    pub fn register_deletion(
        &self,
        user_ids: impl IntoParam<StringList>,
    ) -> Pending<'a, RegisterGdprRequest> {
        self.register()
            .action(GdprAction::Delete)
            .user_ids(user_ids)
    }
}

crate::jobs::wait_until_done! {
    /// Reads the request every `interval` until it is `done`, and returns it.
    Privacy(request_id) -> GdprRequest, GdprRequest::is_done
}
