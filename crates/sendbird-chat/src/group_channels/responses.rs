//! Response types of the group channel endpoints.

use serde::{Deserialize, Deserializer, Serialize};

use crate::models::{GroupChannel, GroupChannelMember, MemberState, User};

/// The response of [`ListGroupChannels`](super::ListGroupChannels).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListGroupChannelsResponse {
    /// The channels of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub channels: Vec<GroupChannel>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// Server time of the answer, Unix milliseconds.
    #[serde(default)]
    pub ts: Option<i64>,
}

sendbird_core::page_response!(ListGroupChannelsResponse, channels: GroupChannel);

/// The response of [`ListGroupChannelMembers`](super::ListGroupChannelMembers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListGroupChannelMembersResponse {
    /// The members of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub members: Vec<GroupChannelMember>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
}

sendbird_core::page_response!(ListGroupChannelMembersResponse, members: GroupChannelMember);

/// The response of [`ListGroupChannelOperators`](super::ListGroupChannelOperators).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListGroupChannelOperatorsResponse {
    /// The operators of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub operators: Vec<User>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
}

sendbird_core::page_response!(ListGroupChannelOperatorsResponse, operators: User);

/// The response of [`CheckGroupChannelMember`](super::CheckGroupChannelMember).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CheckGroupChannelMemberResponse {
    /// Whether the user is a member (joined or invited).
    #[serde(default)]
    pub is_member: Option<bool>,
    /// `joined`, `invited` or `none`.
    #[serde(default)]
    pub state: Option<MemberState>,
}

/// The response of [`ResetGroupChannelChatHistory`](super::ResetGroupChannelChatHistory).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResetGroupChannelChatHistoryResponse {
    /// Messages sent at or before this time are no longer visible to the user(s), Unix
    /// milliseconds.
    #[serde(default)]
    pub ts_message_offset: Option<i64>,
}

/// The response of [`JoinGroupChannel`](super::JoinGroupChannel): the channel, when the server returns it.
///
/// Sendbird's newer reference returns the group channel; older API versions answer with an
/// empty body, which decodes as `channel: None`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct JoinGroupChannelResponse {
    /// The joined channel, if the response carried it.
    pub channel: Option<GroupChannel>,
}

impl<'de> Deserialize<'de> for JoinGroupChannelResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Option::<serde_json::Value>::deserialize(deserializer)?;
        let channel = match value {
            Some(value) if value.get("channel_url").is_some_and(|u| !u.is_null()) => {
                Some(GroupChannel::deserialize(value).map_err(serde::de::Error::custom)?)
            }
            _ => None,
        };
        Ok(Self { channel })
    }
}
