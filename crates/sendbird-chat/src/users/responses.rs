//! Response bodies of the users endpoints (the user resource itself is
//! [`User`](crate::models::User)).

use sendbird_core::SecretString;
use serde::{Deserialize, Serialize};

use crate::models::{CountPreference, GroupChannel, User};

/// The response of [`ListUsers`](super::ListUsers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListUsersResponse {
    /// The users of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub users: Vec<User>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
}

sendbird_core::page_response!(ListUsersResponse, users: User);

/// The response of [`ListMyGroupChannels`](super::ListMyGroupChannels).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListMyGroupChannelsResponse {
    /// The group channels of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub channels: Vec<GroupChannel>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// The server time of the response, Unix milliseconds.
    #[serde(default)]
    pub ts: Option<i64>,
}

sendbird_core::page_response!(ListMyGroupChannelsResponse, channels: GroupChannel);

/// A user's channel invitation preference: the response of
/// [`GetChannelInvitationPreference`](super::GetChannelInvitationPreference) and
/// [`UpdateChannelInvitationPreference`](super::UpdateChannelInvitationPreference).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChannelInvitationPreference {
    /// Whether the user joins private group channels on invitation without accepting.
    #[serde(default)]
    pub auto_accept: Option<bool>,
}

/// A user's count preference in one group channel: the response of
/// [`GetCountPreference`](super::GetCountPreference) and
/// [`UpdateCountPreference`](super::UpdateCountPreference).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CountPreferenceResponse {
    /// Which unread items of the channel count towards the user's totals.
    #[serde(default)]
    pub count_preference: Option<CountPreference>,
}

/// The response of [`GetGroupChannelCountByJoinStatus`](super::GetGroupChannelCountByJoinStatus).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannelCountResponse {
    /// The number of the user's group channels in the requested state.
    #[serde(default)]
    pub group_channel_count: Option<i64>,
}

/// The response of [`GetUnreadMessageCount`](super::GetUnreadMessageCount) and
/// [`GetUnreadChannelCount`](super::GetUnreadChannelCount).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UnreadCountResponse {
    /// Unread messages (or channels with unread messages, for the channel count).
    #[serde(default)]
    pub unread_count: Option<i64>,
}

/// The response of [`GetUnreadItemCount`](super::GetUnreadItemCount): only the requested
/// `item_keys` are present.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UnreadItemCountResponse {
    /// Unread messages in non-Supergroup channels.
    #[serde(default)]
    pub non_super_group_channel_unread_message_count: Option<i64>,
    /// Unread messages in Supergroup channels.
    #[serde(default)]
    pub super_group_channel_unread_message_count: Option<i64>,
    /// Unread messages in all group channels.
    #[serde(default)]
    pub group_channel_unread_message_count: Option<i64>,
    /// Invitations to non-Supergroup channels.
    #[serde(default)]
    pub non_super_group_channel_invitation_count: Option<i64>,
    /// Invitations to Supergroup channels.
    #[serde(default)]
    pub super_group_channel_invitation_count: Option<i64>,
    /// Invitations to all group channels.
    #[serde(default)]
    pub group_channel_invitation_count: Option<i64>,
    /// Unread mentions in non-Supergroup channels.
    #[serde(default)]
    pub non_super_group_channel_unread_mention_count: Option<i64>,
    /// Unread mentions in Supergroup channels.
    #[serde(default)]
    pub super_group_channel_unread_mention_count: Option<i64>,
    /// Unread mentions in all group channels.
    #[serde(default)]
    pub group_channel_unread_mention_count: Option<i64>,
}

/// A newly issued session token: the response of
/// [`IssueSessionToken`](super::IssueSessionToken).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IssuedSessionToken {
    /// The session token (pass it to the client SDK's connect call).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub token: SecretString,
    /// When the token expires, Unix milliseconds.
    #[serde(default)]
    pub expires_at: Option<i64>,
}
