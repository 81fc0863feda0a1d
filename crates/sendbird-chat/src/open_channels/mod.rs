//! Open channels: create, list, get, update, delete, operators and participants.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//!
//! let channel = chat
//!     .open_channels()
//!     .create()
//!     .channel_url("live_show")
//!     .name("Live show")
//!     .operator_ids(["alice"])
//!     .await?;
//! let live: Vec<_> = chat
//!     .open_channels()
//!     .list()
//!     .custom_types(["live"])
//!     .stream()
//!     .try_collect()
//!     .await?;
//! chat.open_channels().delete(&channel.channel_url).await?;
//! # let _ = live;
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::{Empty, FilePart, IntoParam, StringList};

pub use models::*;

use crate::channel_metadata::ChannelMetadata;
use crate::group_channels::channel_cover;
use crate::models::{ChannelType, OpenChannel};
use crate::{ChatClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the open channels family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Entry points for the open channels family: `chat.open_channels()`.
    family OpenChannels = open_channels() {
        /// Lists the application's open channels, filtered.
        fn list -> pub struct ListOpenChannels {
            operation: "list_open_channels",
            request: GET "/open_channels",
            idempotent: yes,
            response: ListOpenChannelsResponse,
            paginate: token, limit "Channels per page, 1–100 (default 10).",
            optional {
                /// Only channels of these custom types.
                query custom_types: StringList,
                /// Channels whose name contains this (case-insensitive).
                query name_contains: String,
                /// Channels whose URL contains this.
                query url_contains: String,
                /// Include frozen channels (default true).
                query show_frozen: bool,
                /// Include each channel's metadata (default false).
                query show_metadata: bool,
                /// Only these channel URLs.
                query channel_urls: StringList,
                /// (Deprecated: use `custom_types`.) Only channels of this custom type.
                query custom_type: String,
            }
        }

        /// Creates an open channel; with `cover_file` the request is sent as `multipart/form-data`.
        fn create -> pub struct CreateOpenChannel {
            operation: "create_open_channel",
            request: POST "/open_channels",
            idempotent: no,
            response: OpenChannel,
            optional {
                /// The channel topic, or name (at most 191 characters; default "open channel").
                body name: String,
                /// The URL (id) to give the channel: letters, numbers, `_` and `-`, 4–100
                /// characters. Generated when absent.
                body channel_url: String,
                ..channel_cover,
                /// Don't store messages (no chat history; default false).
                body is_ephemeral: bool,
                /// Use dynamic partitioning (applications created after 2020-12-15 always do).
                body is_dynamic_partitioned: bool,
                /// Users to register as operators (at most 100).
                body operator_ids: StringList,
            }
        }

        /// Retrieves an open channel.
        fn get -> pub struct GetOpenChannel {
            operation: "get_open_channel",
            request: GET "/open_channels/{channel_url}",
            idempotent: yes,
            response: OpenChannel,
            required {
                /// The channel URL.
                path channel_url: String,
            }
            optional {
                /// Include the channel's operators (default false).
                query include_operators: bool,
            }
        }

        /// Updates an open channel; with `cover_file` the request is sent as `multipart/form-data`.
        fn update -> pub struct UpdateOpenChannel {
            operation: "update_open_channel",
            request: PUT "/open_channels/{channel_url}",
            idempotent: yes,
            response: OpenChannel,
            required {
                /// The channel URL.
                path channel_url: String,
            }
            optional {
                /// The new topic, or name (at most 191 characters).
                body name: String,
                ..channel_cover,
                /// The users to register as operators (at most 100).
                body operator_ids: StringList,
            }
        }

        /// Deletes an open channel.
        fn delete -> pub struct DeleteOpenChannel {
            operation: "delete_open_channel",
            request: DELETE "/open_channels/{channel_url}",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
            }
        }

        /// Lists the operators of an open channel.
        fn operators -> pub struct ListOpenChannelOperators {
            operation: "list_open_channel_operators",
            request: GET "/open_channels/{channel_url}/operators",
            idempotent: yes,
            response: ListOpenChannelOperatorsResponse,
            paginate: token, limit "Operators per page, 1–100 (default 10).",
            required {
                /// The channel URL.
                path channel_url: String,
            }
        }

        /// Registers users as operators of an open channel.
        fn register_operators -> pub struct RegisterOpenChannelOperators {
            operation: "register_open_channel_operators",
            request: POST "/open_channels/{channel_url}/operators",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The users to register (at most 100 operators per channel).
                body operator_ids: StringList,
            }
        }

        /// Unregisters operators of an open channel (they stay participants): the ones in
        /// `operator_ids`, or all of them with `delete_all(true)`.
        fn unregister_operators(operator_ids: StringList) -> pub struct UnregisterOpenChannelOperators {
            operation: "unregister_open_channel_operators",
            request: DELETE "/open_channels/{channel_url}/operators",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
            }
            optional {
                /// The operators to unregister.
                query operator_ids: StringList,
                /// Unregister every operator (then `operator_ids` is not needed; default false).
                query delete_all: bool,
            }
        }

        /// Lists the participants of an open channel (users currently in it).
        fn participants -> pub struct ListOpenChannelParticipants {
            operation: "list_open_channel_participants",
            request: GET "/open_channels/{channel_url}/participants",
            idempotent: yes,
            response: ListOpenChannelParticipantsResponse,
            paginate: token, limit "Participants per page, 1–100 (default 10).",
            required {
                /// The channel URL.
                path channel_url: String,
            }
        }
    }
}

impl<'a> OpenChannels<'a> {
    /// Unregisters every operator of a channel (`delete_all=true`).
    pub fn unregister_all_operators(
        &self,
        channel_url: impl IntoParam<String>,
    ) -> Pending<'a, UnregisterOpenChannelOperators> {
        self.client
            .request(UnregisterOpenChannelOperators::new(channel_url).delete_all(true))
    }

    /// The metadata and metacounter of an open channel (see [`crate::channel_metadata`]).
    pub fn metadata(&self, channel_url: impl IntoParam<String>) -> ChannelMetadata<'a> {
        self.client
            .channel_metadata(ChannelType::OpenChannels, channel_url)
    }
}
