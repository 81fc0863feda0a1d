//! Polls: create, read, update, close and delete polls; add, read, update and delete their
//! options; list an option's voters; cast, change or cancel a user's votes.
//!
//! A poll is a resource of its own: it becomes visible to a channel once a text message carries
//! it (`poll_id` on [`SendMessage`](crate::messages::SendMessage)). Poll timestamps are Unix
//! **seconds**.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//!
//! let polls = chat.polls();
//! let poll = polls
//!     .create("Lunch?", ["Pizza", "Sushi"])
//!     .created_by("alice")
//!     .allow_multiple_votes(true)
//!     .await?;
//! let pizza = poll.options[0].id;
//! polls.vote(poll.id, "bob", [pizza]).await?;
//! let voters: Vec<_> = polls.voters(poll.id, pizza).limit(50).stream().try_collect().await?;
//! polls.cancel_vote(poll.id, "bob").await?;
//! polls.close(poll.id).await?;
//! # let _ = voters;
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::{CommaList, Empty, IntoParam};
use serde_json::Value;

use crate::models::ChannelType;
use crate::{ChatClient, Pending};

pub use models::{ListPollOptionVotersResponse, ListPollsResponse, Poll, PollOption, PollStatus};

sendbird_core::endpoints! {
    /// Every endpoint of the polls family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Entry points for the polls family: `chat.polls()`.
    family Polls = polls() {
        /// Lists the application's polls, or the polls of one channel (give `channel_url` and
        /// `channel_type` together).
        fn list -> pub struct ListPolls {
            operation: "list_polls",
            request: GET "/polls",
            idempotent: yes,
            response: ListPollsResponse,
            paginate: token,
            optional {
                /// Only polls attached to messages of this channel (with `channel_type`).
                query channel_url: String,
                /// The kind of `channel_url` (polls live in group channels).
                query channel_type: ChannelType,
                /// The page token from the previous response's `next`.
                query token: String,
                /// Polls per page, 1–20 (default 20).
                query limit: u32,
            }
        }

        /// Creates a poll with its options. It is shown once a message carries its id.
        fn create -> pub struct CreatePoll {
            operation: "create_poll",
            request: POST "/polls",
            idempotent: no,
            response: Poll,
            required {
                /// The question (at most 2,048 characters).
                body title: String,
                /// The option texts, in order (at least one; each at most 2,000 characters).
                body options: CommaList<String>,
            }
            optional {
                /// Let users other than the creator add options (default false).
                body allow_user_suggestion: bool,
                /// Let a user vote for several options (default false).
                body allow_multiple_votes: bool,
                /// When the poll closes, Unix **seconds** (default -1: never).
                body close_at: i64,
                /// The creator's user id.
                body created_by: String,
                /// Free-form data: any JSON object.
                body data: Value,
            }
        }

        /// Retrieves a poll, optionally with up to 10 voters per option.
        fn get -> pub struct GetPoll {
            operation: "get_poll",
            request: GET "/polls/{poll_id}",
            idempotent: yes,
            response: Poll,
            required {
                /// The poll id.
                path poll_id: i64,
            }
            optional {
                /// The channel whose message carries the poll (with `channel_type`).
                query channel_url: String,
                /// The kind of `channel_url`.
                query channel_type: ChannelType,
                /// Add `partial_voter_list` (up to 10 voters) to each option.
                query show_partial_voter_list: bool,
            }
        }

        /// Updates a poll's settings (option texts have their own endpoint); only the given
        /// fields change.
        fn update -> pub struct UpdatePoll {
            operation: "update_poll",
            request: PUT "/polls/{poll_id}",
            idempotent: yes,
            response: Poll,
            required {
                /// The poll id.
                path poll_id: i64,
            }
            optional {
                /// The question (at most 2,000 characters).
                body title: String,
                /// Let users other than the creator add options.
                body allow_user_suggestion: bool,
                /// Let a user vote for several options.
                body allow_multiple_votes: bool,
                /// When the poll closes, Unix **seconds** (-1: never).
                body close_at: i64,
                /// The creator's user id.
                body created_by: String,
                /// Free-form data: any JSON object.
                body data: Value,
            }
        }

        /// Deletes a poll with its options and votes.
        fn delete -> pub struct DeletePoll {
            operation: "delete_poll",
            request: DELETE "/polls/{poll_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The poll id.
                path poll_id: i64,
            }
        }

        /// Closes a poll now: later votes are refused.
        fn close -> pub struct ClosePoll {
            operation: "close_poll",
            request: PUT "/polls/{poll_id}/close",
            idempotent: yes,
            response: Poll,
            required {
                /// The poll id.
                path poll_id: i64,
            }
        }

        /// Adds an option to a poll; answers the whole updated poll.
        fn add_option -> pub struct AddPollOption {
            operation: "add_poll_option",
            request: POST "/polls/{poll_id}/options",
            idempotent: no,
            response: Poll,
            required {
                /// The poll id.
                path poll_id: i64,
                /// The option's text (at most 2,000 characters).
                body text: String,
            }
            optional {
                /// Who adds it; someone other than the poll's creator needs
                /// `allow_user_suggestion`.
                body created_by: String,
            }
        }

        /// Retrieves one option of a poll.
        fn get_option -> pub struct GetPollOption {
            operation: "get_poll_option",
            request: GET "/polls/{poll_id}/options/{option_id}",
            idempotent: yes,
            response: PollOption,
            required {
                /// The poll id.
                path poll_id: i64,
                /// The option id.
                path option_id: i64,
            }
        }

        /// Changes an option's text (its votes stay); answers the whole updated poll.
        fn update_option -> pub struct UpdatePollOption {
            operation: "update_poll_option",
            request: PUT "/polls/{poll_id}/options/{option_id}",
            idempotent: yes,
            response: Poll,
            required {
                /// The poll id.
                path poll_id: i64,
                /// The option id.
                path option_id: i64,
                /// The new text (at most 2,000 characters).
                body text: String,
            }
            optional {
                /// Who edits it.
                body created_by: String,
            }
        }

        /// Deletes an option and its votes (a poll keeps at least one option).
        fn delete_option -> pub struct DeletePollOption {
            operation: "delete_poll_option",
            request: DELETE "/polls/{poll_id}/options/{option_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The poll id.
                path poll_id: i64,
                /// The option id.
                path option_id: i64,
            }
        }

        /// Lists the users who voted for an option.
        fn voters -> pub struct ListPollOptionVoters {
            operation: "list_poll_option_voters",
            request: GET "/polls/{poll_id}/options/{option_id}/voters",
            idempotent: yes,
            response: ListPollOptionVotersResponse,
            paginate: token, limit "Voters per page, 1–100 (default 100).",
            required {
                /// The poll id.
                path poll_id: i64,
                /// The option id.
                path option_id: i64,
            }
        }

        /// Sets a user's votes to exactly `option_ids`: ids added are cast, ids left out are
        /// cancelled, and an empty list cancels every vote of the user (see
        /// [`Polls::cancel_vote`]). Answers the updated poll.
        fn vote -> pub struct CastOrCancelVote {
            operation: "cast_or_cancel_vote",
            request: PUT "/polls/{poll_id}/vote",
            idempotent: yes,
            response: Poll,
            required {
                /// The poll id.
                path poll_id: i64,
                /// The voter.
                body user_id: String,
                /// The user's complete choice (at most one id unless `allow_multiple_votes`).
                body option_ids: CommaList<i64>,
            }
        }
    }
}

impl<'a> Polls<'a> {
    /// Cancels every vote of a user on a poll (a vote with an empty choice).
    pub fn cancel_vote(
        &self,
        poll_id: impl IntoParam<i64>,
        user_id: impl IntoParam<String>,
    ) -> Pending<'a, CastOrCancelVote> {
        self.client
            .request(CastOrCancelVote::new(poll_id, user_id, Vec::<i64>::new()))
    }

    /// Lists the polls attached to messages of one group channel.
    pub fn list_in_group_channel(
        &self,
        channel_url: impl IntoParam<String>,
    ) -> Pending<'a, ListPolls> {
        self.client.request(
            ListPolls::new()
                .channel_url(channel_url)
                .channel_type(ChannelType::GroupChannels),
        )
    }
}
