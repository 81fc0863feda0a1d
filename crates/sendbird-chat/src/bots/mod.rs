//! Bots: create, list, get, update, delete; join and leave group channels; send messages as
//! the bot.
//!
//! A bot is a special user (its `bot_userid` is its user id) that joins group channels and
//! talks in them; Sendbird forwards the channel's messages to its callback URL.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//! use sendbird_chat::FilePart;
//!
//! let bots = chat.bots();
//! let helper = bots
//!     .create(
//!         "lunch_helper_bot",
//!         "Lunch helper",
//!         "",
//!         "helper",
//!         "https://example.com/bots/lunch",
//!         false,
//!     )
//!     .await?;
//! bots.join_channels(helper.bot_userid(), ["lunch-crew"]).await?;
//! let sent = bots
//!     .send_text(helper.bot_userid(), "lunch-crew", "Pizza or sushi?")
//!     .await?;
//! bots.send_file(helper.bot_userid(), "lunch-crew", FilePart::new("menu.pdf", "..."))
//!     .await?;
//! let all: Vec<_> = bots.list().limit(100).stream().try_collect().await?;
//! bots.leave_all_channels(helper.bot_userid()).await?;
//! # let _ = (sent, all);
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::{Empty, FilePart, IntoParam, StringList};

use crate::models::MessageType;
use crate::{ChatClient, Pending};

pub use models::*;

sendbird_core::endpoints! {
    /// Every endpoint of the bots family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Entry points for the bots family: `chat.bots()`.
    family Bots = bots() {
        /// Lists the application's bots.
        fn list -> pub struct ListBots {
            operation: "list_bots",
            request: GET "/bots",
            idempotent: yes,
            response: ListBotsResponse,
            paginate: token, limit "Bots per page, 1–100 (default 10).",
        }

        /// Creates a bot: a user whose id is `bot_userid`, with a callback URL that receives
        /// the messages of the channels it joins.
        fn create -> pub struct CreateBot {
            operation: "create_bot",
            request: POST "/bots",
            idempotent: no,
            response: Bot,
            required {
                /// Unique bot id, also its user id (at most 80 characters).
                body bot_userid: String,
                /// Nickname (at most 80 characters).
                body bot_nickname: String,
                /// Profile image URL (at most 2,048 characters); may be empty.
                body bot_profile_url: String,
                /// A category label of your own (at most 128 characters).
                body bot_type: String,
                /// Where Sendbird sends the bot's events (at most 1,024 characters).
                body bot_callback_url: String,
                /// Forward only messages that start with `/` or mention the bot.
                body is_privacy_mode: bool,
            }
            optional {
                /// Count the bot's own messages as read by it (default true).
                body enable_mark_as_read: bool,
                /// Include the channel's members in callbacks (default false).
                body show_member: bool,
                /// `0`: join when invited (default); `1`: invitations must be accepted.
                body channel_invitation_preference: i32,
            }
        }

        /// Retrieves a bot.
        fn get -> pub struct GetBot {
            operation: "get_bot",
            request: GET "/bots/{bot_userid}",
            idempotent: yes,
            response: Bot,
            required {
                /// The bot id.
                path bot_userid: String,
            }
        }

        /// Updates a bot's nickname, profile image, callback URL and behaviour (its type and
        /// token never change).
        fn update -> pub struct UpdateBot {
            operation: "update_bot",
            request: PUT "/bots/{bot_userid}",
            idempotent: yes,
            response: Bot,
            required {
                /// The bot id.
                path bot_userid: String,
            }
            optional {
                /// New nickname (at most 80 characters).
                body bot_nickname: String,
                /// New profile image URL (at most 2,048 characters).
                body bot_profile_url: String,
                /// New callback URL (at most 1,024 characters).
                body bot_callback_url: String,
                /// Forward only messages that start with `/` or mention the bot.
                body is_privacy_mode: bool,
                /// Count the bot's own messages as read by it.
                body enable_mark_as_read: bool,
                /// Include the channel's members in callbacks.
                body show_member: bool,
                /// `0`: join when invited; `1`: invitations must be accepted.
                body channel_invitation_preference: i32,
            }
        }

        /// Deletes a bot.
        fn delete -> pub struct DeleteBot {
            operation: "delete_bot",
            request: DELETE "/bots/{bot_userid}",
            idempotent: yes,
            response: Empty,
            required {
                /// The bot id.
                path bot_userid: String,
            }
        }

        /// Makes a bot join group channels.
        fn join_channels -> pub struct JoinBotChannels {
            operation: "join_channels",
            request: POST "/bots/{bot_userid}/channels",
            idempotent: yes,
            response: JoinBotChannelsResponse,
            required {
                /// The bot id.
                path bot_userid: String,
                /// The group channels to join.
                body channel_urls: StringList,
            }
        }

        /// Makes a bot leave every group channel it is in.
        fn leave_all_channels -> pub struct LeaveAllBotChannels {
            operation: "leave_all_channels",
            request: DELETE "/bots/{bot_userid}/channels",
            idempotent: yes,
            response: Empty,
            required {
                /// The bot id.
                path bot_userid: String,
            }
        }

        /// Makes a bot leave one group channel.
        fn leave_channel -> pub struct LeaveBotChannel {
            operation: "leave_channel",
            request: DELETE "/bots/{bot_userid}/channels/{channel_url}",
            idempotent: yes,
            response: Empty,
            required {
                /// The bot id.
                path bot_userid: String,
                /// The group channel to leave.
                path channel_url: String,
            }
        }

        /// Sends a text (`MESG`) or file (`FILE`) message as a bot to a group channel it has
        /// joined. A file message is sent as `multipart/form-data` (see
        /// [`Bots::send_text`] and [`Bots::send_file`]).
        fn send_message -> pub struct SendBotMessage {
            operation: "send_bot_message",
            request: POST "/bots/{bot_userid}/send",
            idempotent: no,
            response: SendBotMessageResponse,
            required {
                /// The bot id (the sender).
                path bot_userid: String,
                /// `MESG` or `FILE`.
                body message_type: MessageType,
                /// The group channel to send to.
                body channel_url: String,
            }
            optional {
                /// The text (required for `MESG`).
                body message: String,
                /// The file to upload (`FILE`; makes the request multipart).
                file file: FilePart,
                /// A custom message type (at most 128 characters).
                body custom_type: String,
                /// Free-form extra data, e.g. JSON text.
                body data: String,
                /// Send push notifications to the members (default true).
                body send_push: bool,
                /// Users to notify of the message.
                body mentioned: StringList,
                /// Mark the message as read for the bot (default true).
                body mark_as_read: bool,
                /// A deduplication id: a second message with the same id is rejected.
                body dedup_id: String,
                /// The send time to record, Unix milliseconds.
                body created_at: i64,
            }
        }
    }
}

impl<'a> Bots<'a> {
    /// Sends a text message as `bot_userid` to the group channel `channel_url`.
    pub fn send_text(
        &self,
        bot_userid: impl IntoParam<String>,
        channel_url: impl IntoParam<String>,
        text: impl IntoParam<String>,
    ) -> Pending<'a, SendBotMessage> {
        self.send_message(bot_userid, MessageType::User, channel_url)
            .message(text)
    }

    /// Uploads `file` as a file message from `bot_userid` to the group channel `channel_url`
    /// (`multipart/form-data`).
    pub fn send_file(
        &self,
        bot_userid: impl IntoParam<String>,
        channel_url: impl IntoParam<String>,
        file: FilePart,
    ) -> Pending<'a, SendBotMessage> {
        self.send_message(bot_userid, MessageType::File, channel_url)
            .file(file)
    }
}
