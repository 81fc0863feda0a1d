//! Request-side types of the group channel endpoints: list filters and sort orders, the
//! user objects of `create`, invitation statuses and leave reasons.

use serde::{Deserialize, Serialize};

pub use crate::models::{
    ChannelOrder, DistinctMode, MemberStateFilter, PublicMode, QueryType, SuperMode,
};

sendbird_core::string_enum! {
    /// `member_active_mode` of a channel's member list: activated or deactivated users.
    pub enum MemberActiveMode {
        /// Every member (default).
        All = "all",
        /// Only activated users.
        Activated = "activated",
        /// Only deactivated users.
        Deactivated = "deactivated",
    }
}

sendbird_core::string_enum! {
    /// Sort order of a channel's member list.
    pub enum MemberListOrder {
        /// By nickname (default).
        MemberNicknameAlphabetical = "member_nickname_alphabetical",
        /// Operators first, then by nickname.
        OperatorThenMemberAlphabetical = "operator_then_member_alphabetical",
    }
}

sendbird_core::string_enum! {
    /// `operator_filter` of a channel's member list.
    pub enum OperatorFilter {
        /// Everyone (default).
        All = "all",
        /// Only operators.
        Operator = "operator",
        /// Only members who are not operators.
        Nonoperator = "nonoperator",
    }
}

sendbird_core::string_enum! {
    /// `muted_member_filter` of a channel's member list.
    pub enum MutedMemberFilter {
        /// Everyone (default).
        All = "all",
        /// Only muted members.
        Muted = "muted",
        /// Only members who are not muted.
        Unmuted = "unmuted",
    }
}

sendbird_core::string_enum! {
    /// The initial state of an invited user (values of `invitation_status`).
    pub enum InvitationStatus {
        /// Joined right away (default).
        Joined = "joined",
        /// Invited by a friend; must accept.
        InvitedByFriend = "invited_by_friend",
        /// Invited by a non-friend; must accept.
        InvitedByNonFriend = "invited_by_non_friend",
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

    /// Sets the nickname.
    pub fn nickname(mut self, nickname: impl Into<String>) -> Self {
        self.nickname = Some(nickname.into());
        self
    }

    /// Sets the profile image URL.
    pub fn profile_url(mut self, profile_url: impl Into<String>) -> Self {
        self.profile_url = Some(profile_url.into());
        self
    }
}
