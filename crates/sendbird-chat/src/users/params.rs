//! String enums used by the users endpoints' parameters and responses.

pub use crate::models::{
    ChannelOrder, DistinctMode, MemberStateFilter, PublicMode, QueryType, SuperMode,
};

sendbird_core::string_enum! {
    /// Which users [`ListUsers`](super::ListUsers) returns by activation status.
    pub enum ActiveMode {
        /// Active users only (the default).
        Activated = "activated",
        /// Deactivated users only.
        Deactivated = "deactivated",
        /// Both.
        All = "all",
    }
}

sendbird_core::string_enum! {
    /// Restricts a list or count by the user's hidden status in each channel.
    pub enum HiddenMode {
        /// Channels the user has not hidden (the default).
        UnhiddenOnly = "unhidden_only",
        /// Hidden channels, whatever their auto-unhide behaviour.
        HiddenOnly = "hidden_only",
        /// Hidden channels that unhide on a new message.
        HiddenAllowAutoUnhide = "hidden_allow_auto_unhide",
        /// Hidden channels that stay hidden on a new message.
        HiddenPreventAutoUnhide = "hidden_prevent_auto_unhide",
        /// All channels.
        All = "all",
    }
}

sendbird_core::string_enum! {
    /// Restricts a list to channels with unread messages.
    pub enum UnreadFilter {
        /// All channels (the default).
        All = "all",
        /// Channels with at least one unread message (not for Supergroups).
        UnreadMessage = "unread_message",
    }
}

sendbird_core::string_enum! {
    /// The membership state counted by
    /// [`GetGroupChannelCountByJoinStatus`](super::GetGroupChannelCountByJoinStatus).
    pub enum JoinState {
        /// Channels the user has joined.
        Joined = "joined",
        /// Channels the user is invited to.
        Invited = "invited",
        /// Invitations from friends.
        InvitedByFriend = "invited_by_friend",
        /// Invitations from non-friends.
        InvitedByNonFriend = "invited_by_non_friend",
    }
}

sendbird_core::string_enum! {
    /// An item that [`GetUnreadItemCount`](super::GetUnreadItemCount) can count (its
    /// `item_keys`; pass [`UnreadItemKey::as_str`] values).
    pub enum UnreadItemKey {
        /// Unread messages in non-Supergroup channels.
        NonSuperGroupChannelUnreadMessageCount = "non_super_group_channel_unread_message_count",
        /// Unread messages in Supergroup channels.
        SuperGroupChannelUnreadMessageCount = "super_group_channel_unread_message_count",
        /// Unread messages in all group channels.
        GroupChannelUnreadMessageCount = "group_channel_unread_message_count",
        /// Invitations to non-Supergroup channels.
        NonSuperGroupChannelInvitationCount = "non_super_group_channel_invitation_count",
        /// Invitations to Supergroup channels.
        SuperGroupChannelInvitationCount = "super_group_channel_invitation_count",
        /// Invitations to all group channels.
        GroupChannelInvitationCount = "group_channel_invitation_count",
        /// Unread mentions in non-Supergroup channels.
        NonSuperGroupChannelUnreadMentionCount = "non_super_group_channel_unread_mention_count",
        /// Unread mentions in Supergroup channels.
        SuperGroupChannelUnreadMentionCount = "super_group_channel_unread_mention_count",
        /// Unread mentions in all group channels.
        GroupChannelUnreadMentionCount = "group_channel_unread_mention_count",
    }
}
