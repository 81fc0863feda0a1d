//! Filters and sort orders shared by the group channel lists of several families
//! (`list_group_channels`, `list_my_group_channels`, counts).

sendbird_core::string_enum! {
    /// Restricts a list to distinct or non-distinct group channels.
    pub enum DistinctMode {
        /// Both (the default).
        All,
        /// Distinct channels only.
        Distinct,
        /// Non-distinct channels only.
        NonDistinct = "nondistinct",
    }
}

sendbird_core::string_enum! {
    /// Restricts a list to public or private group channels.
    pub enum PublicMode {
        /// Both (the default).
        All,
        /// Private channels only.
        Private,
        /// Public channels only.
        Public,
    }
}

sendbird_core::string_enum! {
    /// Restricts a count or list to Supergroup channels, other group channels, or both.
    pub enum SuperMode {
        /// Both (the default).
        All,
        /// Supergroup channels only.
        Super,
        /// Group channels that are not Supergroups.
        NonSuper = "nonsuper",
    }
}

sendbird_core::string_enum! {
    /// How `members_include_in` combines its user ids.
    pub enum QueryType {
        /// Channels that include every listed user (the default).
        And = "AND",
        /// Channels that include any listed user.
        Or = "OR",
    }
}

sendbird_core::string_enum! {
    /// Restricts a list by the user's membership state (joined or invited).
    pub enum MemberStateFilter {
        /// All channels (the default).
        All,
        /// Channels the user has joined.
        JoinedOnly,
        /// Channels the user is invited to but has not joined.
        InvitedOnly,
        /// Invitations from friends.
        InvitedByFriend,
        /// Invitations from non-friends.
        InvitedByNonFriend,
    }
}

sendbird_core::string_enum! {
    /// The sort order of a group channel list.
    pub enum ChannelOrder {
        /// By creation time.
        Chronological,
        /// By the time of the last message, newest first.
        LatestLastMessage,
        /// By channel name.
        ChannelNameAlphabetical,
        /// By the value of the metadata item named by `metadata_order_key`.
        MetadataValueAlphabetical,
    }
}
