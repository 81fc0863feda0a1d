//! Scheduled messages: text, file (by URL) and admin messages that Sendbird sends into a group
//! channel at a given time; create, get, update, cancel and send now on one channel
//! (`chat.group_channel(url)`), list and count across channels (`chat.scheduled_messages()`).
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//! use sendbird_chat::scheduled_messages::ScheduledMessageStatus;
//!
//! let in_an_hour = 1_767_225_600_000; // Unix milliseconds, 5 minutes to 30 days ahead
//! let channel = chat.group_channel("room-1");
//! let scheduled = channel
//!     .schedule_text("alice", "Stand-up in 5 minutes", in_an_hour)
//!     .custom_type("reminder")
//!     .await?;
//! channel
//!     .update_scheduled_message(scheduled.scheduled_message_id)
//!     .message("Stand-up in 10 minutes")
//!     .await?;
//! let pending: Vec<_> = chat
//!     .scheduled_messages()
//!     .list()
//!     .sender_id("alice")
//!     .status(ScheduledMessageStatus::Pending)
//!     .stream()
//!     .try_collect()
//!     .await?;
//! channel.send_scheduled_message_now(scheduled.scheduled_message_id).await?;
//! # let _ = pending;
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::{Empty, IntoParam, StringList};

use crate::handles::GroupChannelHandle;
use crate::messages::AppleCriticalAlertOptions;
use crate::models::{ChannelType, MentionType, MessageType, SortedMetaarrayItem};
use crate::{ChatClient, Pending};

pub use models::{
    ListScheduledMessagesResponse, ScheduledMessage, ScheduledMessageCount, ScheduledMessageOrder,
    ScheduledMessageStatus, StatusFilter,
};

sendbird_core::param_group! {
    /// The file of a scheduled `FILE` message, when scheduling one or changing it.
    scheduled_file {
        /// The URL of the file (`FILE`; uploads are not accepted here).
        body url: String,
        /// The file name (`FILE`).
        body file_name: String,
        /// The file size in bytes (`FILE`).
        body file_size: i64,
        /// The MIME type (`FILE`).
        body file_type: String,
        /// Thumbnail URLs (`FILE`).
        body thumbnails: StringList,
        /// Require an auth key to fetch the file (`FILE`).
        body require_auth: bool,
    }

    /// The delivery options that scheduling a message and changing a scheduled one share.
    delivery {
        /// A custom message type (at most 128 characters).
        body custom_type: String,
        /// Free-form extra data, e.g. JSON text.
        body data: String,
        /// Send push notifications to members (default true).
        body send_push: bool,
        /// Who gets notified of mentions (default `users`).
        body mention_type: MentionType,
        /// The mentioned users.
        body mentioned_user_ids: StringList,
        /// Send silently: no unread count change, no push (default false).
        body is_silent: bool,
        /// Mark the channel as read for the sender once sent (default true).
        body mark_as_read: bool,
        /// Key-values items to store with the message, in order.
        body sorted_metaarray: Vec<SortedMetaarrayItem>,
    }

    /// The iOS push options that scheduling a message and changing a scheduled one share.
    ios {
        /// The iOS bundle id that receives the push notification.
        body apns_bundle_id: String,
        /// iOS critical alert options.
        body apple_critical_alert_options: AppleCriticalAlertOptions,
    }
}

sendbird_core::endpoints! {
    /// Every endpoint of the scheduled messages family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    extend GroupChannelHandle(
        /// The group channel URL.
        path channel_url: String,
    ) {
        /// Schedules a text (`MESG`), file (`FILE`, by `url`) or admin (`ADMM`) message to be
        /// sent into the channel at `scheduled_at` (Unix milliseconds, 5 minutes to 30 days
        /// ahead; Sendbird drops the seconds). See also
        /// [`schedule_text`](GroupChannelHandle::schedule_text) and friends.
        fn schedule_message -> pub struct CreateScheduledMessage {
            operation: "create_scheduled_message",
            request: POST "/group_channels/{channel_url}/scheduled_messages",
            idempotent: no,
            response: ScheduledMessage,
            required {
                /// `MESG`, `FILE` or `ADMM`.
                body message_type: MessageType,
                /// When to send it, Unix milliseconds (5 minutes to 30 days from now).
                body scheduled_at: i64,
            }
            optional {
                /// The sender, a member of the channel (required for `MESG` and `FILE`).
                body user_id: String,
                /// The text (required for `MESG` and `ADMM`).
                body message: String,
                ..scheduled_file,
                ..delivery,
                /// A deduplication id.
                body dedup_id: String,
                ..ios,
            }
        }

        /// Retrieves one of the channel's scheduled messages (any status).
        fn scheduled_message -> pub struct GetScheduledMessage {
            operation: "get_scheduled_message",
            request: GET "/group_channels/{channel_url}/scheduled_messages/{scheduled_message_id}",
            idempotent: yes,
            response: ScheduledMessage,
            required {
                /// The scheduled message id.
                path scheduled_message_id: i64,
            }
        }

        /// Changes a pending scheduled message: only the given fields change, the message type
        /// cannot. Allowed up to 5 minutes before its scheduled time.
        fn update_scheduled_message -> pub struct UpdateScheduledMessage {
            operation: "update_scheduled_message",
            request: PUT "/group_channels/{channel_url}/scheduled_messages/{scheduled_message_id}",
            idempotent: yes,
            response: ScheduledMessage,
            required {
                /// The scheduled message id.
                path scheduled_message_id: i64,
            }
            optional {
                /// The new text (`MESG`, `ADMM`).
                body message: String,
                /// The new time, Unix milliseconds (5 minutes to 30 days from now).
                body scheduled_at: i64,
                ..delivery,
                ..scheduled_file,
                ..ios,
            }
        }

        /// Cancels a pending scheduled message: it is never sent and its status becomes
        /// `canceled`.
        fn cancel_scheduled_message -> pub struct CancelScheduledMessage {
            operation: "cancel_scheduled_message",
            request: DELETE "/group_channels/{channel_url}/scheduled_messages/{scheduled_message_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The scheduled message id.
                path scheduled_message_id: i64,
            }
        }
    }

    /// Scheduled messages across channels: `chat.scheduled_messages()`.
    family ScheduledMessages = scheduled_messages() {
        /// Lists scheduled messages, filtered and sorted (newest created first by default).
        fn list -> pub struct ListScheduledMessages {
            operation: "list_scheduled_messages",
            request: GET "/scheduled_messages",
            idempotent: yes,
            response: ListScheduledMessagesResponse,
            paginate: token, limit "Scheduled messages per page, 1–100 (default 10).",
            optional {
                /// Only scheduled messages of this channel type.
                query channel_type: ChannelType,
                /// Only scheduled messages of this channel.
                query channel_url: String,
                /// Only scheduled messages of this sender.
                query sender_id: String,
                /// Sort order (default `created_at`).
                query order: ScheduledMessageOrder,
                /// Reverse the sort order (default false).
                query reverse: bool,
                /// Only these statuses (default: all).
                query status: StatusFilter,
                /// Only this kind of message (default: all).
                query message_type: MessageType,
            }
        }

        /// Counts a sender's scheduled messages, filtered.
        fn count -> pub struct GetScheduledMessageCount {
            operation: "get_scheduled_message_count",
            request: GET "/scheduled_messages/count",
            idempotent: yes,
            response: ScheduledMessageCount,
            required {
                /// The sender.
                query sender_id: String,
            }
            optional {
                /// Only scheduled messages of this channel type.
                query channel_type: ChannelType,
                /// Only scheduled messages of this channel.
                query channel_url: String,
                /// Only these statuses (default: all).
                query status: StatusFilter,
                /// Only this kind of message (default: all).
                query message_type: MessageType,
            }
        }

        /// Sends a pending scheduled message right away; its status becomes `sent`.
        fn send_now -> pub struct SendScheduledMessageNow {
            operation: "send_scheduled_message_now",
            request: POST "/{channel_type}/{channel_url}/scheduled_messages/{scheduled_message_id}/send_now",
            idempotent: no,
            response: Empty,
            required {
                /// The channel type (`group_channels`: scheduled messages only exist there).
                path channel_type: ChannelType,
                /// The channel URL.
                path channel_url: String,
                /// The scheduled message id.
                path scheduled_message_id: i64,
            }
        }
    }
}

impl<'a> GroupChannelHandle<'a> {
    /// Schedules a text message from `user_id`, sent at `scheduled_at` (Unix milliseconds).
    pub fn schedule_text(
        &self,
        user_id: impl IntoParam<String>,
        text: impl IntoParam<String>,
        scheduled_at: i64,
    ) -> Pending<'a, CreateScheduledMessage> {
        self.schedule_message(MessageType::User, scheduled_at)
            .user_id(user_id)
            .message(text)
    }

    /// Schedules a file message from `user_id` pointing at an already hosted file.
    pub fn schedule_file_url(
        &self,
        user_id: impl IntoParam<String>,
        url: impl IntoParam<String>,
        scheduled_at: i64,
    ) -> Pending<'a, CreateScheduledMessage> {
        self.schedule_message(MessageType::File, scheduled_at)
            .user_id(user_id)
            .url(url)
    }

    /// Schedules an admin message (no sender).
    pub fn schedule_admin(
        &self,
        text: impl IntoParam<String>,
        scheduled_at: i64,
    ) -> Pending<'a, CreateScheduledMessage> {
        self.schedule_message(MessageType::Admin, scheduled_at)
            .message(text)
    }

    /// Sends one of this channel's pending scheduled messages right away.
    pub fn send_scheduled_message_now(
        &self,
        scheduled_message_id: i64,
    ) -> Pending<'a, SendScheduledMessageNow> {
        self.client().scheduled_messages().send_now(
            ChannelType::GroupChannels,
            self.channel_url().clone(),
            scheduled_message_id,
        )
    }
}
