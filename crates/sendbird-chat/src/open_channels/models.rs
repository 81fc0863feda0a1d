//! Response types of the open channel endpoints.

use serde::{Deserialize, Serialize};

use crate::models::{OpenChannel, User};

/// The response of [`ListOpenChannels`](super::ListOpenChannels).
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

/// The response of [`ListOpenChannelOperators`](super::ListOpenChannelOperators).
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

/// The response of [`ListOpenChannelParticipants`](super::ListOpenChannelParticipants).
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
