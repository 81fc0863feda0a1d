//! The report resource, report categories and the moderated-message record.
//!
//! Timestamps: a report's `created_at` is in Unix **seconds** in every example of the docs
//! (whose text says milliseconds) and is kept as sent; a channel's `created_at` is in
//! seconds; a moderated message's `message_ts` is in milliseconds.

use serde::{Deserialize, Serialize};

use crate::models::{Message, User};

sendbird_core::string_enum! {
    /// Why something is reported (`report_category`).
    pub enum ReportCategory {
        /// Suspicious content or behaviour.
        Suspicious,
        /// Harassment.
        Harassing,
        /// Inappropriate content.
        Inappropriate,
        /// Spam.
        Spam,
        /// A category of your own, named by `custom_report_category_name`.
        Custom,
    }
}

sendbird_core::string_enum! {
    /// What a report is about (`report_type`).
    pub enum ReportType {
        /// A message.
        Message,
        /// A user.
        User,
        /// A channel.
        Channel,
    }
}

/// A report on a user, a channel or a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// What is reported.
    #[serde(default)]
    pub report_type: Option<ReportType>,
    /// Why.
    #[serde(default)]
    pub report_category: Option<ReportCategory>,
    /// The category's name, for `custom` reports.
    #[serde(default)]
    pub custom_report_category_name: Option<String>,
    /// Who reported (absent when no reporting user was given).
    #[serde(default)]
    pub reporting_user: Option<User>,
    /// The reported user, or the sender of the reported message (absent for channel
    /// reports).
    #[serde(default)]
    pub offending_user: Option<User>,
    /// The reported message (message reports only; `null` otherwise).
    #[serde(default)]
    pub reported_message: Option<Message>,
    /// The channel concerned.
    #[serde(default)]
    pub channel: Option<ReportedChannel>,
    /// The reporter's details; may be empty.
    #[serde(default)]
    pub report_description: Option<String>,
    /// When the report was filed, Unix seconds as in the docs' examples (see the module
    /// docs).
    #[serde(default)]
    pub created_at: Option<i64>,
}

channel_model! {
    /// The channel of a [`Report`]: a compact group or open channel.
    pub struct ReportedChannel {
        /// The channel URL (empty if Sendbird sent none).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub channel_url: String,
        /// When the channel was created, Unix seconds.
        #[serde(default)]
        pub created_at: Option<i64>,
        /// Members (group channels).
        #[serde(default)]
        pub member_count: Option<i64>,
        /// Participants (open channels).
        #[serde(default)]
        pub participant_count: Option<i64>,
        /// The longest message allowed, in characters.
        #[serde(default)]
        pub max_length_message: Option<i64>,
    }
}

list_response! {
    /// A page of reports: the response of [`ListReports`](super::ListReports),
    /// [`ListUserReports`](super::ListUserReports),
    /// [`ListChannelReports`](super::ListChannelReports) and
    /// [`ListMessageReports`](super::ListMessageReports).
    pub struct ListReportsResponse {
        /// The reports of this page.
        report_logs: Vec<Report>,
    }
}

/// What the profanity filter did to a message (the response of
/// [`GetModeratedMessage`](super::GetModeratedMessage)).
///
/// The docs show this record only as an item of the list of moderated messages; the
/// single get is read as the bare record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModeratedMessage {
    /// The message id.
    #[serde(default)]
    pub message_id: Option<i64>,
    /// The sender.
    #[serde(default)]
    pub user_id: Option<String>,
    /// The text as sent.
    #[serde(default)]
    pub message_text: Option<String>,
    /// The text after replacing the matches with `*` (`null` when the message was blocked).
    #[serde(default)]
    pub replaced_text: Option<String>,
    /// The text that was blocked (`null` when it was replaced).
    #[serde(default)]
    pub blocked_text: Option<String>,
    /// When the message was sent, Unix milliseconds.
    #[serde(default)]
    pub message_ts: Option<i64>,
}
