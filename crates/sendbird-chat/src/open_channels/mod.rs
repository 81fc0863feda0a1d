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

use sendbird_core::{Empty, FilePart, IntoParam, StringList};
use serde::{Deserialize, Serialize};

use crate::channel_metadata::ChannelMetadata;
use crate::models::{ChannelType, OpenChannel, User};
use crate::{ChatClient, Pending};

/// The response of [`ListOpenChannels`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListOpenChannelsResponse {
    /// The channels of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub channels: Vec<OpenChannel>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// A server timestamp listed by Sendbird's newer OpenAPI spec only (unit not documented;
    /// usually absent).
    #[serde(default)]
    pub ts: Option<i64>,
}

sendbird_core::page_response!(ListOpenChannelsResponse, channels: OpenChannel);

/// The response of [`ListOpenChannelOperators`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListOpenChannelOperatorsResponse {
    /// The operators of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub operators: Vec<User>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
}

sendbird_core::page_response!(ListOpenChannelOperatorsResponse, operators: User);

/// The response of [`ListOpenChannelParticipants`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListOpenChannelParticipantsResponse {
    /// The participants of this page (users currently in the channel).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub participants: Vec<User>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
}

sendbird_core::page_response!(ListOpenChannelParticipantsResponse, participants: User);

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Lists the application's open channels, filtered.
    pub struct ListOpenChannels {
        operation: "list_open_channels",
        request: GET "/open_channels",
        response: ListOpenChannelsResponse,
        paginate: token,
        required {}
        optional {
            /// The page token from the previous response's `next`.
            query token: String,
            /// Channels per page, 1–100 (default 10).
            query limit: u32,
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
    pub struct CreateOpenChannel {
        operation: "create_open_channel",
        request: POST "/open_channels",
        response: OpenChannel,
        required {}
        optional {
            /// The channel topic, or name (at most 191 characters; default "open channel").
            body name: String,
            /// The URL (id) to give the channel: letters, numbers, `_` and `-`, 4–100
            /// characters. Generated when absent.
            body channel_url: String,
            /// The cover image URL (at most 2,048 characters).
            body cover_url: String,
            /// A cover image to upload instead of `cover_url`.
            file cover_file: FilePart,
            /// A custom type to group channels (at most 128 characters).
            body custom_type: String,
            /// Free-form additional data, e.g. a long description or a JSON string.
            body data: String,
            /// Don't store messages (no chat history; default false).
            body is_ephemeral: bool,
            /// Use dynamic partitioning (applications created after 2020-12-15 always do).
            body is_dynamic_partitioned: bool,
            /// Users to register as operators (at most 100).
            body operator_ids: StringList,
        }
    }

    /// Retrieves an open channel.
    pub struct GetOpenChannel {
        operation: "get_open_channel",
        request: GET "/open_channels/{channel_url}",
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
    pub struct UpdateOpenChannel {
        operation: "update_open_channel",
        request: PUT "/open_channels/{channel_url}",
        response: OpenChannel,
        required {
            /// The channel URL.
            path channel_url: String,
        }
        optional {
            /// The new topic, or name (at most 191 characters).
            body name: String,
            /// The new cover image URL (at most 2,048 characters).
            body cover_url: String,
            /// A cover image to upload instead of `cover_url`.
            file cover_file: FilePart,
            /// The new custom type (at most 128 characters).
            body custom_type: String,
            /// The new additional data.
            body data: String,
            /// The users to register as operators (at most 100).
            body operator_ids: StringList,
        }
    }

    /// Deletes an open channel.
    pub struct DeleteOpenChannel {
        operation: "delete_open_channel",
        request: DELETE "/open_channels/{channel_url}",
        response: Empty,
        required {
            /// The channel URL.
            path channel_url: String,
        }
        optional {}
    }

    /// Lists the operators of an open channel.
    pub struct ListOpenChannelOperators {
        operation: "list_open_channel_operators",
        request: GET "/open_channels/{channel_url}/operators",
        response: ListOpenChannelOperatorsResponse,
        paginate: token,
        required {
            /// The channel URL.
            path channel_url: String,
        }
        optional {
            /// The page token from the previous response's `next`.
            query token: String,
            /// Operators per page, 1–100 (default 10).
            query limit: u32,
        }
    }

    /// Registers users as operators of an open channel.
    pub struct RegisterOpenChannelOperators {
        operation: "register_open_channel_operators",
        request: POST "/open_channels/{channel_url}/operators",
        response: Empty,
        required {
            /// The channel URL.
            path channel_url: String,
            /// The users to register (at most 100 operators per channel).
            body operator_ids: StringList,
        }
        optional {}
    }

    /// Unregisters operators of an open channel (they stay participants): the ones in
    /// `operator_ids`, or all of them with `delete_all(true)`.
    pub struct UnregisterOpenChannelOperators {
        operation: "unregister_open_channel_operators",
        request: DELETE "/open_channels/{channel_url}/operators",
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
    pub struct ListOpenChannelParticipants {
        operation: "list_open_channel_participants",
        request: GET "/open_channels/{channel_url}/participants",
        response: ListOpenChannelParticipantsResponse,
        paginate: token,
        required {
            /// The channel URL.
            path channel_url: String,
        }
        optional {
            /// The page token from the previous response's `next`.
            query token: String,
            /// Participants per page, 1–100 (default 10).
            query limit: u32,
        }
    }
}

/// Entry points for the open channels family: `chat.open_channels()`.
#[derive(Debug, Clone, Copy)]
pub struct OpenChannels<'a> {
    chat: &'a ChatClient,
}

impl ChatClient {
    /// The open channels family.
    pub fn open_channels(&self) -> OpenChannels<'_> {
        OpenChannels { chat: self }
    }
}

impl<'a> OpenChannels<'a> {
    /// Lists open channels; await one page or `.stream()` them all.
    pub fn list(self) -> Pending<'a, ListOpenChannels> {
        self.chat.request(ListOpenChannels::new())
    }

    /// Creates an open channel; every field is optional (set them on the returned value).
    pub fn create(self) -> Pending<'a, CreateOpenChannel> {
        self.chat.request(CreateOpenChannel::new())
    }

    /// Retrieves an open channel.
    pub fn get(self, channel_url: impl Into<String>) -> Pending<'a, GetOpenChannel> {
        self.chat.request(GetOpenChannel::new(channel_url.into()))
    }

    /// Updates an open channel (set the fields to change on the returned value).
    pub fn update(self, channel_url: impl Into<String>) -> Pending<'a, UpdateOpenChannel> {
        self.chat
            .request(UpdateOpenChannel::new(channel_url.into()))
    }

    /// Deletes an open channel.
    pub fn delete(self, channel_url: impl Into<String>) -> Pending<'a, DeleteOpenChannel> {
        self.chat
            .request(DeleteOpenChannel::new(channel_url.into()))
    }

    /// Lists a channel's operators; await one page or `.stream()` them all.
    pub fn operators(
        self,
        channel_url: impl Into<String>,
    ) -> Pending<'a, ListOpenChannelOperators> {
        self.chat
            .request(ListOpenChannelOperators::new(channel_url.into()))
    }

    /// Registers users as operators of a channel.
    pub fn register_operators(
        self,
        channel_url: impl Into<String>,
        operator_ids: impl IntoParam<StringList>,
    ) -> Pending<'a, RegisterOpenChannelOperators> {
        self.chat.request(RegisterOpenChannelOperators::new(
            channel_url.into(),
            operator_ids,
        ))
    }

    /// Unregisters some operators of a channel.
    pub fn unregister_operators(
        self,
        channel_url: impl Into<String>,
        operator_ids: impl IntoParam<StringList>,
    ) -> Pending<'a, UnregisterOpenChannelOperators> {
        self.chat.request(
            UnregisterOpenChannelOperators::new(channel_url.into()).operator_ids(operator_ids),
        )
    }

    /// Unregisters every operator of a channel (`delete_all=true`).
    pub fn unregister_all_operators(
        self,
        channel_url: impl Into<String>,
    ) -> Pending<'a, UnregisterOpenChannelOperators> {
        self.chat
            .request(UnregisterOpenChannelOperators::new(channel_url.into()).delete_all(true))
    }

    /// Lists a channel's participants; await one page or `.stream()` them all.
    pub fn participants(
        self,
        channel_url: impl Into<String>,
    ) -> Pending<'a, ListOpenChannelParticipants> {
        self.chat
            .request(ListOpenChannelParticipants::new(channel_url.into()))
    }

    /// The metadata and metacounter of an open channel (see [`crate::channel_metadata`]).
    pub fn metadata(self, channel_url: impl Into<String>) -> ChannelMetadata<'a> {
        self.chat
            .channel_metadata(ChannelType::OpenChannels, channel_url)
    }
}

#[cfg(test)]
mod tests;
