//! Polls, their options and voters, and the list responses of the polls endpoints.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::models::User;

sendbird_core::string_enum! {
    /// A poll's state (`status`).
    pub enum PollStatus {
        /// Votes are accepted.
        Open,
        /// Closed (explicitly, or because `close_at` passed): votes are refused.
        Closed,
        /// Deleted; seen on a message that still references the poll.
        Removed,
    }
}

/// A poll (`GET /polls/{poll_id}` and every poll-returning endpoint; also embedded in a message
/// as `poll`).
///
/// Timestamps are **Unix seconds**: the Platform API docs' example gives
/// `"created_at": 1657267925` and `close_at` is documented in seconds (the client SDKs' doc
/// comments say milliseconds for `created_at`; the Platform docs' example wins here).
///
/// A message embeds only a summary (`id`, `title`, `status`, `close_at`, `created_at`,
/// `updated_at`, `message_id`) unless `include_poll_details=true`, so every field but `id` is
/// optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Poll {
    /// The poll id.
    pub id: i64,
    /// The question (at most 2,048 characters).
    #[serde(default)]
    pub title: Option<String>,
    /// Open, closed or removed.
    #[serde(default)]
    pub status: Option<PollStatus>,
    /// Whether users other than the creator may add options.
    #[serde(default)]
    pub allow_user_suggestion: Option<bool>,
    /// Whether a user may vote for several options.
    #[serde(default)]
    pub allow_multiple_votes: Option<bool>,
    /// The creator's user id (absent or null when none was given or the user was deleted).
    #[serde(default)]
    pub created_by: Option<String>,
    /// When the poll was created, Unix seconds.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// When the poll was last updated, Unix seconds (0 if never).
    #[serde(default)]
    pub updated_at: Option<i64>,
    /// When the poll closes (or closed), Unix seconds; -1: never.
    #[serde(default)]
    pub close_at: Option<i64>,
    /// How many distinct users voted.
    #[serde(default)]
    pub voter_count: Option<i64>,
    /// The options, in creation order (may be absent in a message's summary).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub options: Vec<PollOption>,
    /// The message the poll is attached to (absent until a message carries `poll_id`).
    #[serde(default)]
    pub message_id: Option<i64>,
    /// The channel of that message. Not in Sendbird's documented examples; kept in case a
    /// response carries it.
    #[serde(default)]
    pub channel_url: Option<String>,
    /// Free-form key-value data (any JSON object; the client SDKs put `{"text": ..}` in it).
    #[serde(default)]
    pub data: Option<Value>,
    /// The options the voting user chose (in a vote's response; empty elsewhere).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub voted_option_ids: Vec<i64>,
}

impl Poll {
    /// Whether the poll still accepts votes (`status == open`).
    pub fn is_open(&self) -> bool {
        self.status == Some(PollStatus::Open)
    }

    /// The option with this id.
    pub fn option(&self, option_id: i64) -> Option<&PollOption> {
        self.options.iter().find(|o| o.id == option_id)
    }
}

/// One option of a [`Poll`] (`GET /polls/{poll_id}/options/{option_id}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PollOption {
    /// The option id (unique across the application).
    pub id: i64,
    /// The poll it belongs to.
    #[serde(default)]
    pub poll_id: Option<i64>,
    /// The option's text (at most 2,000 characters).
    #[serde(default)]
    pub text: String,
    /// How many users chose it.
    #[serde(default)]
    pub vote_count: Option<i64>,
    /// Who added the option (absent or null if unknown).
    #[serde(default)]
    pub created_by: Option<String>,
    /// When the option was added, Unix seconds.
    #[serde(default)]
    pub created_at: Option<i64>,
    /// When the option's text last changed, Unix seconds (0 if never).
    #[serde(default)]
    pub updated_at: Option<i64>,
    /// Up to 10 of its voters (get poll with `show_partial_voter_list=true`). The 2024 OpenAPI
    /// spec names the field `partial_voters`; both names decode.
    #[serde(
        default,
        alias = "partial_voters",
        deserialize_with = "sendbird_core::de::null_as_default"
    )]
    pub partial_voter_list: Vec<User>,
}

list_response! {
    /// The response of [`ListPolls`](super::ListPolls).
    pub struct ListPollsResponse {
        /// The polls of this page.
        polls: Vec<Poll>,
    }
}

list_response! {
    /// The response of [`ListPollOptionVoters`](super::ListPollOptionVoters).
    pub struct ListPollOptionVotersResponse {
        /// The voters of this page (user summaries: id, nickname, profile URL, metadata).
        voters: Vec<User>,
        /// How many users chose the option in total (not the size of this page).
        #[serde(default)]
        pub vote_count: Option<i64>,
    }
}
