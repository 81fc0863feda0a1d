//! Response bodies and parameter enums of the users endpoints (the user resource itself is
//! [`User`](crate::models::User)).

use sendbird_core::SecretString;
use serde::{Deserialize, Serialize};

use crate::models::{CountPreference, GroupChannel, User};

pub use crate::models::{
    ChannelOrder, DistinctMode, MemberStateFilter, PublicMode, QueryType, SuperMode,
};

sendbird_core::string_enum! {
    /// Which users [`ListUsers`](super::ListUsers) returns by activation status.
    pub enum ActiveMode {
        /// Active users only (the default).
        Activated,
        /// Deactivated users only.
        Deactivated,
        /// Both.
        All,
    }
}

sendbird_core::string_enum! {
    /// Restricts a list or count by the user's hidden status in each channel.
    pub enum HiddenMode {
        /// Channels the user has not hidden (the default).
        UnhiddenOnly,
        /// Hidden channels, whatever their auto-unhide behaviour.
        HiddenOnly,
        /// Hidden channels that unhide on a new message.
        HiddenAllowAutoUnhide,
        /// Hidden channels that stay hidden on a new message.
        HiddenPreventAutoUnhide,
        /// All channels.
        All,
    }
}

sendbird_core::string_enum! {
    /// Restricts a list to channels with unread messages.
    pub enum UnreadFilter {
        /// All channels (the default).
        All,
        /// Channels with at least one unread message (not for Supergroups).
        UnreadMessage,
    }
}

sendbird_core::string_enum! {
    /// The membership state counted by
    /// [`GetGroupChannelCountByJoinStatus`](super::GetGroupChannelCountByJoinStatus).
    pub enum JoinState {
        /// Channels the user has joined.
        Joined,
        /// Channels the user is invited to.
        Invited,
        /// Invitations from friends.
        InvitedByFriend,
        /// Invitations from non-friends.
        InvitedByNonFriend,
    }
}

sendbird_core::string_enum! {
    /// An item that [`GetUnreadItemCount`](super::GetUnreadItemCount) can count (its
    /// `item_keys`; pass [`UnreadItemKey::as_str`] values).
    pub enum UnreadItemKey {
        /// Unread messages in non-Supergroup channels.
        NonSuperGroupChannelUnreadMessageCount,
        /// Unread messages in Supergroup channels.
        SuperGroupChannelUnreadMessageCount,
        /// Unread messages in all group channels.
        GroupChannelUnreadMessageCount,
        /// Invitations to non-Supergroup channels.
        NonSuperGroupChannelInvitationCount,
        /// Invitations to Supergroup channels.
        SuperGroupChannelInvitationCount,
        /// Invitations to all group channels.
        GroupChannelInvitationCount,
        /// Unread mentions in non-Supergroup channels.
        NonSuperGroupChannelUnreadMentionCount,
        /// Unread mentions in Supergroup channels.
        SuperGroupChannelUnreadMentionCount,
        /// Unread mentions in all group channels.
        GroupChannelUnreadMentionCount,
    }
}

list_response! {
    /// The response of [`ListUsers`](super::ListUsers).
    pub struct ListUsersResponse {
        /// The users of this page.
        users: Vec<User>,
    }
}

list_response! {
    /// The response of [`ListMyGroupChannels`](super::ListMyGroupChannels).
    pub struct ListMyGroupChannelsResponse {
        /// The group channels of this page.
        channels: Vec<GroupChannel>,
        /// The server time of the response, Unix milliseconds.
        #[serde(default)]
        pub ts: Option<i64>,
    }
}

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
