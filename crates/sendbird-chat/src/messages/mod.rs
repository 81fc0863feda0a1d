//! Messages: send (text, file, admin), list, walk a channel's history, get, update, delete,
//! search, read and delivery receipts, pins, reactions, sorted metaarray and translation.
//!
//! Every operation hangs off `chat.messages(channel_type, channel_url)`:
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//! use sendbird_chat::messages::HistoryDirection;
//! use sendbird_chat::models::ChannelType;
//! use sendbird_chat::FilePart;
//!
//! let room = chat.messages(ChannelType::GroupChannels, "room-1");
//! let sent = room.send_text("alice", "Hello").custom_type("greeting").await?;
//! room.send_file("alice", FilePart::new("notes.txt", "text")).await?;
//! room.send_admin("Maintenance at noon").is_silent(true).await?;
//!
//! // Everything older than (and including) the greeting, newest first.
//! let history: Vec<_> = room
//!     .history(HistoryDirection::Older, sent.created_at())
//!     .stream()
//!     .try_collect()
//!     .await?;
//! # let _ = history;
//! # Ok(()) }
//! ```

use sendbird_core::{Empty, FilePart, IntoParam, StringList};

use crate::models::{ChannelType, MentionType, Message, MessageType, SortedMetaarrayItem};
use crate::{ChatClient, Pending};

mod history;
mod models;
#[cfg(test)]
mod tests;

pub use history::{HistoryDirection, MessageHistory};
pub use models::*;

sendbird_core::endpoints! {
    /// Every endpoint of the messages family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Receipts and unread counts of one group channel's messages:
    /// `chat.group_channel_messages(url)` (also on [`Messages`]).
    family GroupChannelMessages = group_channel_messages(
        /// The group channel URL.
        path channel_url: String,
    ) {
        /// Marks all messages of a group channel as delivered to a member.
        fn mark_as_delivered -> pub struct MarkGroupChannelMessagesAsDelivered {
            operation: "mark_group_channel_messages_as_delivered",
            request: PUT "/group_channels/{channel_url}/messages/mark_as_delivered",
            idempotent: yes,
            response: MarkAsDeliveredResponse,
            required {
                /// The recipient.
                body user_id: String,
            }
        }

        /// Marks all messages of a group channel as read by a member.
        fn mark_as_read -> pub struct MarkGroupChannelMessagesAsRead {
            operation: "mark_group_channel_messages_as_read",
            request: PUT "/group_channels/{channel_url}/messages/mark_as_read",
            idempotent: yes,
            response: Empty,
            required {
                /// The member.
                body user_id: String,
            }
            optional {
                /// (Deprecated by Sendbird) mark only messages sent before this time, Unix
                /// milliseconds.
                body timestamp: i64,
            }
        }

        /// Counts each member's unread messages in a group channel.
        fn unread_counts -> pub struct GetMembersUnreadMessageCount {
            operation: "get_members_unread_message_count",
            request: GET "/group_channels/{channel_url}/messages/unread_count",
            idempotent: yes,
            response: MembersUnreadCounts,
            optional {
                /// Only these members (default: all).
                query user_ids: StringList,
            }
        }
    }

    client {
        /// Searches messages containing a term, in one group channel (`channel_url`) or in the
        /// group channels of a user (`user_id`, up to 100 channels); set exactly one of them.
        fn search_messages -> pub struct SearchMessages {
            operation: "search_messages",
            request: GET "/search/messages",
            idempotent: yes,
            response: SearchMessagesResponse,
            paginate: token,
            required {
                /// The search term (punctuation is not indexed).
                query query: String,
            }
            optional {
                /// The page token from the previous response's `next`.
                query token: String,
                /// Search this group channel.
                query channel_url: String,
                /// Search the group channels this user is a member of.
                query user_id: String,
                /// Only channels of this custom type (with `user_id`).
                query custom_type: String,
                /// Results per page.
                query limit: u32,
                /// Match the whole term exactly.
                query exact_match: bool,
                /// Enable wildcards, fuzzy search, `AND`/`OR` and field targeting in the term
                /// (not with `exact_match`).
                query advanced_query: bool,
                /// Also match synonyms of the term.
                query synonym: bool,
                /// Sort by relevance (`score`, default) or time (`ts`).
                query sort_field: SearchSortField,
                /// Reverse the sort order.
                query reverse: bool,
                /// Only messages sent at or after this time, Unix milliseconds.
                query message_ts_from: i64,
                /// Only messages sent at or before this time, Unix milliseconds.
                query message_ts_to: i64,
                /// Only messages sent by these users.
                query target_user_ids: StringList,
            }
        }
    }

    /// Entry points for one channel's messages: `chat.messages(channel_type, channel_url)`.
    family Messages = messages(
        /// `open_channels` or `group_channels`.
        path channel_type: ChannelType,
        /// The channel URL.
        path channel_url: String,
    ) {
        /// Lists a window of messages around a timestamp (`message_ts`) or a message
        /// (`message_id`): up to `prev_limit` before and `next_limit` after (0–200 each,
        /// default 15). To walk a whole history, see [`Messages::history`].
        fn list(message_ts: i64) -> pub struct ListMessages {
            operation: "list_messages",
            request: GET "/{channel_type}/{channel_url}/messages",
            idempotent: yes,
            response: ListMessagesResponse,
            optional {
                /// The anchor time, Unix milliseconds (this or `message_id` is required).
                query message_ts: i64,
                /// The anchor message (this or `message_ts` is required).
                query message_id: i64,
                /// Messages before the anchor, 0–200 (default 15).
                query prev_limit: u32,
                /// Messages after the anchor, 0–200 (default 15).
                query next_limit: u32,
                /// Include messages sent exactly at `message_ts` (default true).
                query include: bool,
                /// Newest first (default false: oldest first).
                query reverse: bool,
                /// Only messages of this sender.
                query sender_id: String,
                /// Only messages of these senders.
                query sender_ids: StringList,
                /// Operators' or non-operators' messages only.
                query operator_filter: OperatorFilter,
                /// Only these custom types (`*`: all, the default; an empty list: none set).
                query custom_types: StringList,
                /// Only this kind of message.
                query message_type: MessageType,
                /// Include deleted messages.
                query including_removed: bool,
                /// Include each message's `reactions`.
                query include_reactions: bool,
                /// Which thread replies to include.
                query include_reply_type: ReplyType,
                /// Include `parent_message_info` of replies.
                query include_parent_message_info: bool,
                /// Include `thread_info` of parent messages.
                query include_thread_info: bool,
                /// Include full poll details.
                query include_poll_details: bool,
                /// Include `sorted_metaarray`.
                query with_sorted_meta_array: bool,
                /// Only messages of the subchannel (dynamic-partitioned open channels).
                query show_subchannel_messages_only: bool,
                /// List the replies of this parent message.
                query parent_message_id: i64,
                /// Evaluate per-user state (e.g. `is_blocked_by_me`) as this user.
                query user_id: String,
            }
        }

        /// Sends a text (`MESG`), file (`FILE`) or admin (`ADMM`) message. A file message is sent
        /// as `multipart/form-data` when `file` is set, as JSON with `url` otherwise.
        fn send -> pub struct SendMessage {
            operation: "send_message",
            request: POST "/{channel_type}/{channel_url}/messages",
            idempotent: no,
            response: Message,
            required {
                /// `MESG`, `FILE` or `ADMM`.
                body message_type: MessageType,
            }
            optional {
                /// The sender (required for `MESG` and `FILE`).
                body user_id: String,
                /// The text (required for `MESG` and `ADMM`).
                body message: String,
                /// The file to upload (`FILE`; makes the request multipart).
                file file: FilePart,
                /// The URL of an already hosted file (`FILE`, instead of `file`).
                body url: String,
                /// The file name (`FILE`).
                body file_name: String,
                /// The file size in bytes (`FILE`).
                body file_size: i64,
                /// The MIME type (`FILE`).
                body file_type: String,
                /// Thumbnail URLs (`FILE`).
                body thumbnails: StringList,
                /// First thumbnail URL (`FILE`).
                body thumbnail1: String,
                /// Second thumbnail URL (`FILE`).
                body thumbnail2: String,
                /// Third thumbnail URL (`FILE`).
                body thumbnail3: String,
                /// Require an auth key to fetch the file (`FILE`).
                body require_auth: bool,
                /// A custom message type (at most 128 characters).
                body custom_type: String,
                /// Free-form extra data, e.g. JSON text.
                body data: String,
                /// Send push notifications to members (group channels; default true).
                body send_push: bool,
                /// Push notification content (group channels; `MESG` and `ADMM`).
                body push_message_template: PushMessageTemplate,
                /// Who gets notified of mentions (default `users`).
                body mention_type: MentionType,
                /// The mentioned users.
                body mentioned_user_ids: StringList,
                /// Send silently: no unread count change, no push.
                body is_silent: bool,
                /// Key-values items to store with the message, in order.
                body sorted_metaarray: Vec<SortedMetaarrayItem>,
                /// The send time to record, Unix milliseconds (e.g. when migrating).
                body created_at: i64,
                /// A deduplication id: a second message with the same id is rejected.
                body dedup_id: String,
                /// The iOS bundle id that receives the push notification.
                body apns_bundle_id: String,
                /// iOS critical alert options.
                body apple_critical_alert_options: AppleCriticalAlertOptions,
                /// The push notification sound (iOS).
                body sound: String,
                /// The push notification volume (iOS), 0.0–1.0.
                body volume: f64,
                /// Mark the channel as read for the sender.
                body mark_as_read: bool,
                /// A poll to attach (group channels, `MESG`).
                body poll_id: i64,
                /// Include full poll details in the response.
                body include_poll_details: bool,
                /// Send as a reply to this parent message.
                body parent_message_id: i64,
                /// Also show the reply in the channel.
                body reply_to_channel: bool,
                /// Pin the message while sending it.
                body pin_message: bool,
            }
        }

        /// Counts the messages of a channel.
        fn total_count -> pub struct GetTotalMessageCount {
            operation: "get_total_message_count",
            request: GET "/{channel_type}/{channel_url}/messages/total_count",
            idempotent: yes,
            response: TotalMessageCount,
        }

        /// Retrieves a message.
        fn get -> pub struct GetMessage {
            operation: "get_message",
            request: GET "/{channel_type}/{channel_url}/messages/{message_id}",
            idempotent: yes,
            response: Message,
            required {
                /// The message id.
                path message_id: i64,
            }
            optional {
                /// Include `reactions`.
                query include_reactions: bool,
                /// Include `thread_info`.
                query include_thread_info: bool,
                /// Include `parent_message_info`.
                query include_parent_message_info: bool,
                /// Include full poll details.
                query include_poll_details: bool,
                /// Include `sorted_metaarray`.
                query with_sorted_meta_array: bool,
            }
        }

        /// Updates a message's text, custom type, data or mentions.
        fn update -> pub struct UpdateMessage {
            operation: "update_message",
            request: PUT "/{channel_type}/{channel_url}/messages/{message_id}",
            idempotent: yes,
            response: Message,
            required {
                /// The message id.
                path message_id: i64,
                /// The message's kind (must match it).
                body message_type: MessageType,
            }
            optional {
                /// The new text (`MESG`, `ADMM`).
                body message: String,
                /// The new custom type.
                body custom_type: String,
                /// The new data.
                body data: String,
                /// Who gets notified of mentions.
                body mention_type: MentionType,
                /// The new mentioned users.
                body mentioned_user_ids: StringList,
                /// The new file URL (`FILE`).
                body url: String,
            }
        }

        /// Deletes a message.
        fn delete -> pub struct DeleteMessage {
            operation: "delete_message",
            request: DELETE "/{channel_type}/{channel_url}/messages/{message_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The message id.
                path message_id: i64,
            }
        }

        /// Pins a message in its channel (group channels; the response body is not documented
        /// and is ignored).
        fn pin -> pub struct PinMessage {
            operation: "pin_message",
            request: POST "/{channel_type}/{channel_url}/messages/{message_id}/pin",
            idempotent: no,
            response: Empty,
            required {
                /// The message id.
                path message_id: i64,
            }
        }

        /// Unpins a message (the response body is not documented and is ignored).
        fn unpin -> pub struct UnpinMessage {
            operation: "unpin_message",
            request: DELETE "/{channel_type}/{channel_url}/messages/{message_id}/pin",
            idempotent: yes,
            response: Empty,
            required {
                /// The message id.
                path message_id: i64,
            }
        }

        /// Lists a message's reactions: counts, or user ids with `list_users=true` (group
        /// channels).
        fn reactions -> pub struct ListMessageReactions {
            operation: "list_message_reactions",
            request: GET "/{channel_type}/{channel_url}/messages/{message_id}/reactions",
            idempotent: yes,
            response: MessageReactionList,
            required {
                /// The message id.
                path message_id: i64,
            }
            optional {
                /// List the users of each reaction instead of counts.
                query list_users: bool,
            }
        }

        /// Adds a user's reaction to a message (group channels).
        fn add_reaction -> pub struct AddMessageReaction {
            operation: "add_message_reaction",
            request: POST "/{channel_type}/{channel_url}/messages/{message_id}/reactions",
            idempotent: no,
            response: ReactionChange,
            required {
                /// The message id.
                path message_id: i64,
                /// The user who reacts.
                body user_id: String,
                /// The reaction key (at most 192 characters).
                body reaction: String,
            }
        }

        /// Removes a user's reaction from a message (group channels).
        fn remove_reaction -> pub struct RemoveMessageReaction {
            operation: "remove_message_reaction",
            request: DELETE "/{channel_type}/{channel_url}/messages/{message_id}/reactions",
            idempotent: yes,
            response: ReactionChange,
            required {
                /// The message id.
                path message_id: i64,
                /// The user whose reaction is removed.
                query user_id: String,
                /// The reaction key.
                query reaction: String,
            }
        }

        /// Adds key-values items to a message's `sorted_metaarray`.
        fn add_metadata -> pub struct AddMessageMetadata {
            operation: "add_message_metadata",
            request: POST "/{channel_type}/{channel_url}/messages/{message_id}/sorted_metaarray",
            idempotent: no,
            response: MessageMetaarray,
            required {
                /// The message id.
                path message_id: i64,
                /// The items to add, in order.
                body sorted_metaarray: Vec<SortedMetaarrayItem>,
            }
        }

        /// Updates the values of items of a message's `sorted_metaarray`.
        fn update_metadata -> pub struct UpdateMessageMetadata {
            operation: "update_message_metadata",
            request: PUT "/{channel_type}/{channel_url}/messages/{message_id}/sorted_metaarray",
            idempotent: by_mode(|this: &Self| this.mode.is_none()),
            response: MessageMetaarray,
            required {
                /// The message id.
                path message_id: i64,
                /// The items to update.
                body sorted_metaarray: Vec<SortedMetaarrayItem>,
            }
            optional {
                /// Add or remove the given values (default: replace them).
                body mode: MetaarrayUpdateMode,
                /// Also add items whose keys do not exist yet (default false).
                body upsert: bool,
            }
        }

        /// Removes items from a message's `sorted_metaarray` by key.
        fn remove_metadata -> pub struct RemoveMessageMetadata {
            operation: "remove_message_metadata",
            request: DELETE "/{channel_type}/{channel_url}/messages/{message_id}/sorted_metaarray",
            idempotent: yes,
            response: Empty,
            required {
                /// The message id.
                path message_id: i64,
            }
            optional {
                /// The keys of the items to remove.
                query keys: StringList,
            }
        }

        /// Translates a user message into other languages; the response carries `translations`.
        fn translate -> pub struct TranslateMessage {
            operation: "translate_message",
            request: POST "/{channel_type}/{channel_url}/messages/{message_id}/translation",
            idempotent: yes,
            response: Message,
            required {
                /// The message id.
                path message_id: i64,
                /// Target language codes, e.g. `["es", "ko"]`.
                body target_langs: StringList,
            }
        }
    }
}

impl<'a> Messages<'a> {
    /// This channel's group-channel-only entry points, as `chat.group_channel_messages(url)`.
    fn group_channel(&self) -> GroupChannelMessages<'a> {
        self.client.group_channel_messages(self.channel_url.clone())
    }

    /// Marks all messages as delivered to `user_id` (group channels; the channel type is
    /// ignored).
    pub fn mark_as_delivered(
        &self,
        user_id: impl IntoParam<String>,
    ) -> Pending<'a, MarkGroupChannelMessagesAsDelivered> {
        self.group_channel().mark_as_delivered(user_id)
    }

    /// Marks all messages as read by `user_id` (group channels).
    pub fn mark_as_read(
        &self,
        user_id: impl IntoParam<String>,
    ) -> Pending<'a, MarkGroupChannelMessagesAsRead> {
        self.group_channel().mark_as_read(user_id)
    }

    /// Each member's unread message count (group channels); `.user_ids(..)` narrows it.
    pub fn unread_counts(&self) -> Pending<'a, GetMembersUnreadMessageCount> {
        self.group_channel().unread_counts()
    }

    /// Searches this group channel's messages; await one page or `.stream()` them all.
    pub fn search(&self, query: impl IntoParam<String>) -> Pending<'a, SearchMessages> {
        self.client
            .search_messages(query)
            .channel_url(self.channel_url.clone())
    }

    /// Lists a window of messages around the message `message_id`.
    pub fn list_by_id(&self, message_id: i64) -> Pending<'a, ListMessages> {
        self.client.request(
            ListMessages::new(self.channel_type.clone(), self.channel_url.clone())
                .message_id(message_id),
        )
    }

    /// Walks the channel's history from `anchor_ts` (Unix milliseconds) in `direction`, as a
    /// `Stream` of messages; see [`MessageHistory`].
    pub fn history(&self, direction: HistoryDirection, anchor_ts: i64) -> MessageHistory<'a> {
        MessageHistory::new(
            self.client,
            ListMessages::new(self.channel_type.clone(), self.channel_url.clone()),
            direction,
            anchor_ts,
        )
    }

    /// Sends a text message from `user_id`.
    pub fn send_text(
        &self,
        user_id: impl IntoParam<String>,
        text: impl IntoParam<String>,
    ) -> Pending<'a, SendMessage> {
        self.send(MessageType::User).user_id(user_id).message(text)
    }

    /// Uploads `file` as a file message from `user_id` (`multipart/form-data`).
    pub fn send_file(
        &self,
        user_id: impl IntoParam<String>,
        file: FilePart,
    ) -> Pending<'a, SendMessage> {
        self.send(MessageType::File).user_id(user_id).file(file)
    }

    /// Sends a file message from `user_id` pointing at an already hosted file.
    pub fn send_file_url(
        &self,
        user_id: impl IntoParam<String>,
        url: impl IntoParam<String>,
    ) -> Pending<'a, SendMessage> {
        self.send(MessageType::File).user_id(user_id).url(url)
    }

    /// Sends an admin message (no sender).
    pub fn send_admin(&self, text: impl IntoParam<String>) -> Pending<'a, SendMessage> {
        self.send(MessageType::Admin).message(text)
    }
}
