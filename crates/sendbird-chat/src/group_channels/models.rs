//! Request and response types of the group channel endpoints: list filters and sort orders,
//! the user objects of `create`, invitation statuses, leave reasons and list responses.

use crate::models::{GroupChannel, GroupChannelMember, MemberState, User, UserProfile};
use serde::{Deserialize, Deserializer, Serialize};

pub use crate::models::{
    ChannelOrder, DistinctMode, MemberStateFilter, PublicMode, QueryType, SuperMode,
};

sendbird_core::string_enum! {
    /// `member_active_mode` of a channel's member list: activated or deactivated users.
    pub enum MemberActiveMode {
        /// Every member (default).
        All,
        /// Only activated users.
        Activated,
        /// Only deactivated users.
        Deactivated,
    }
}

sendbird_core::string_enum! {
    /// Sort order of a channel's member list.
    pub enum MemberListOrder {
        /// By nickname (default).
        MemberNicknameAlphabetical,
        /// Operators first, then by nickname.
        OperatorThenMemberAlphabetical,
    }
}

sendbird_core::string_enum! {
    /// `operator_filter` of a channel's member list.
    pub enum OperatorFilter {
        /// Everyone (default).
        All,
        /// Only operators.
        Operator,
        /// Only members who are not operators.
        Nonoperator,
    }
}

sendbird_core::string_enum! {
    /// `muted_member_filter` of a channel's member list.
    pub enum MutedMemberFilter {
        /// Everyone (default).
        All,
        /// Only muted members.
        Muted,
        /// Only members who are not muted.
        Unmuted,
    }
}

sendbird_core::string_enum! {
    /// The initial state of an invited user (values of `invitation_status`).
    pub enum InvitationStatus {
        /// Joined right away (default).
        Joined,
        /// Invited by a friend; must accept.
        InvitedByFriend,
        /// Invited by a non-friend; must accept.
        InvitedByNonFriend,
    }
}

sendbird_core::string_enum! {
    /// Why members leave a channel (`reason` of leave).
    pub enum LeaveReason {
        /// The users left on their own.
        LeftByOwnChoice = "LEFT_BY_OWN_CHOICE",
        /// An operator removed them.
        ChannelOperatorRemoved = "CHANNEL_OPERATOR_REMOVED",
        /// An admin removed them.
        AdminRemoved = "ADMIN_REMOVED",
        /// An admin deleted them.
        AdminDeleted = "ADMIN_DELETED",
        /// An admin deactivated them.
        AdminDeactivated = "ADMIN_DEACTIVATED",
    }
}

/// A user object in the `users` list of a channel creation (an alternative to
/// `user_ids`).
///
/// ```
/// use sendbird_chat::group_channels::ChannelUser;
///
/// let user = ChannelUser::new("alice").nickname("Alice");
/// assert_eq!(
///     serde_json::to_value(&user).unwrap(),
///     serde_json::json!({"user_id": "alice", "nickname": "Alice"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChannelUser {
    /// The user id.
    pub user_id: String,
    /// The nickname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// The profile image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_url: Option<String>,
}

impl ChannelUser {
    /// A user by id.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            nickname: None,
            profile_url: None,
        }
    }

    /// The identity of any user-like model (a [`User`], a member, a message sender).
    pub fn from_profile(user: &impl UserProfile) -> Self {
        Self {
            user_id: user.user_id().to_owned(),
            nickname: user.nickname().map(str::to_owned),
            profile_url: user.profile_url().map(str::to_owned),
        }
    }
}

option_setters! {
    impl ChannelUser {
        /// Sets the nickname.
        nickname: into String,
        /// Sets the profile image URL.
        profile_url: into String,
    }
}

impl_user_profile!(ChannelUser);

list_response! {
    /// The response of [`ListGroupChannels`](super::ListGroupChannels).
    pub struct ListGroupChannelsResponse {
        /// The channels of this page.
        channels: Vec<GroupChannel>,
        /// Server time of the answer, Unix milliseconds.
        #[serde(default)]
        pub ts: Option<i64>,
    }
}

list_response! {
    /// The response of [`ListGroupChannelMembers`](super::ListGroupChannelMembers).
    pub struct ListGroupChannelMembersResponse {
        /// The members of this page.
        members: Vec<GroupChannelMember>,
    }
}

list_response! {
    /// The response of [`ListGroupChannelOperators`](super::ListGroupChannelOperators).
    pub struct ListGroupChannelOperatorsResponse {
        /// The operators of this page.
        operators: Vec<User>,
    }
}

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
