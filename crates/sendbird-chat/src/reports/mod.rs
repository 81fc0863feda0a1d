//! Reports: file reports on users, channels and messages, list them (all of them within a
//! time range, or those on one user, channel or message), and read what the profanity
//! filter did to a message.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//! use sendbird_chat::models::ChannelType;
//! use sendbird_chat::reports::ReportCategory;
//!
//! let reports = chat.reports();
//! let group = ChannelType::GroupChannels;
//! reports
//!     .report_user("troll", group.clone(), "lobby", ReportCategory::Harassing)
//!     .reporting_user_id("alice")
//!     .await?;
//! reports
//!     .report_message(group.clone(), "lobby", 42, "troll", ReportCategory::Spam)
//!     .report_description("Link to an unknown site.")
//!     .await?;
//! let today: Vec<_> = reports
//!     .list()
//!     .start_ts(1_700_000_000_000)
//!     .stream()
//!     .try_collect()
//!     .await?;
//! let on_troll: Vec<_> = reports.user_reports("troll").stream().try_collect().await?;
//! # let _ = (today, on_troll);
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use crate::models::ChannelType;
use crate::{ChatClient, Pending};

pub use models::*;

sendbird_core::param_group! {
    /// The channel a report is about, or the channel of the message it is about.
    channel_path {
        /// `open_channels` or `group_channels`.
        path channel_type: ChannelType,
        /// The channel: the reported one, or the reported message's.
        path channel_url: String,
    }
    /// The optional details every report takes.
    details {
        /// Who reports.
        body reporting_user_id: String,
        /// Details.
        body report_description: String,
        /// The category's name when `report_category` is `custom` (at most 50
        /// characters).
        body custom_report_category_name: String,
    }
}

sendbird_core::endpoints! {
    /// Every endpoint of the reports family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Entry points for the reports family: `chat.reports()`.
    family Reports = reports() {
        /// Lists every report of the application (on users, channels and messages), oldest
        /// first, optionally within a time range.
        fn list -> pub struct ListReports {
            operation: "list_reports",
            request: GET "/report",
            idempotent: yes,
            response: ListReportsResponse,
            paginate: token, limit "Reports per page, 1–100 (default 10).",
            optional {
                /// Only reports filed after this time: Unix milliseconds per the docs' text
                /// (the docs' example passes seconds).
                query start_ts: i64,
                /// Only reports filed before this time (same unit as `start_ts`).
                query end_ts: i64,
            }
        }

        /// Lists the reports on a user.
        fn user_reports -> pub struct ListUserReports {
            operation: "list_user_reports",
            request: GET "/report/users/{offending_user_id}",
            idempotent: yes,
            response: ListReportsResponse,
            paginate: token, limit "Reports per page, 1–100 (default 10).",
            required {
                /// The reported user.
                path offending_user_id: String,
            }
        }

        /// Reports a user for what they did in a channel.
        fn report_user -> pub struct ReportUser {
            operation: "report_user",
            request: POST "/report/users/{offending_user_id}",
            idempotent: no,
            response: Report,
            required {
                /// The reported user.
                path offending_user_id: String,
                /// The type of the channel where it happened.
                body channel_type: ChannelType,
                /// The channel where it happened.
                body channel_url: String,
                /// Why.
                body report_category: ReportCategory,
            }
            optional {
                ..details,
            }
        }

        /// Lists the reports on a channel.
        fn channel_reports -> pub struct ListChannelReports {
            operation: "list_channel_reports",
            request: GET "/report/{channel_type}/{channel_url}",
            idempotent: yes,
            response: ListReportsResponse,
            paginate: token, limit "Reports per page, 1–100 (default 10).",
            required {
                ..channel_path,
            }
        }

        /// Reports a channel for offensive messages or activity.
        fn report_channel -> pub struct ReportChannel {
            operation: "report_channel",
            request: POST "/report/{channel_type}/{channel_url}",
            idempotent: no,
            response: Report,
            required {
                ..channel_path,
                /// Why.
                body report_category: ReportCategory,
            }
            optional {
                ..details,
            }
        }

        /// Lists the reports on a message.
        fn message_reports -> pub struct ListMessageReports {
            operation: "list_message_reports",
            request: GET "/report/{channel_type}/{channel_url}/messages/{message_id}",
            idempotent: yes,
            response: ListReportsResponse,
            paginate: token, limit "Reports per page, 1–100 (default 10).",
            required {
                ..channel_path,
                /// The reported message.
                path message_id: i64,
            }
        }

        /// Reports a message with suspicious, harassing or inappropriate content.
        fn report_message -> pub struct ReportMessage {
            operation: "report_message",
            request: POST "/report/{channel_type}/{channel_url}/messages/{message_id}",
            idempotent: no,
            response: Report,
            required {
                ..channel_path,
                /// The reported message.
                path message_id: i64,
                /// The message's sender.
                body offending_user_id: String,
                /// Why.
                body report_category: ReportCategory,
            }
            optional {
                ..details,
            }
        }

        /// Retrieves what the profanity filter did to a message: its original text and the
        /// replaced or blocked text.
        fn moderated_message -> pub struct GetModeratedMessage {
            operation: "get_moderated_message",
            request: GET "/report/{channel_type}/{channel_url}/profanity_messages/{message_id}",
            idempotent: yes,
            response: ModeratedMessage,
            required {
                ..channel_path,
                /// The moderated message.
                path message_id: i64,
            }
        }
    }
}

impl<'a> Reports<'a> {
    /// Lists the reports filed from `start_ts` to `end_ts` (see [`ListReports`] for the unit).
    pub fn list_between(&self, start_ts: i64, end_ts: i64) -> Pending<'a, ListReports> {
        self.list().start_ts(start_ts).end_ts(end_ts)
    }
}
