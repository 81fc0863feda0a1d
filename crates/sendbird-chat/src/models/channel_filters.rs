//! Filters and sort orders shared by the group channel lists of several families
//! (`list_group_channels`, `list_my_group_channels`, counts).

sendbird_core::string_enum! {
    /// Restricts a list to distinct or non-distinct group channels.
    pub enum DistinctMode {
        /// Both (the default).
        All = "all",
        /// Distinct channels only.
        Distinct = "distinct",
        /// Non-distinct channels only.
        NonDistinct = "nondistinct",
    }
}

sendbird_core::string_enum! {
    /// Restricts a list to public or private group channels.
    pub enum PublicMode {
        /// Both (the default).
        All = "all",
        /// Private channels only.
        Private = "private",
        /// Public channels only.
        Public = "public",
    }
}

sendbird_core::string_enum! {
    /// Restricts a count or list to Supergroup channels, other group channels, or both.
    pub enum SuperMode {
        /// Both (the default).
        All = "all",
        /// Supergroup channels only.
        Super = "super",
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
        All = "all",
        /// Channels the user has joined.
        JoinedOnly = "joined_only",
        /// Channels the user is invited to but has not joined.
        InvitedOnly = "invited_only",
        /// Invitations from friends.
        InvitedByFriend = "invited_by_friend",
        /// Invitations from non-friends.
        InvitedByNonFriend = "invited_by_non_friend",
    }
}

sendbird_core::string_enum! {
    /// The sort order of a group channel list.
    pub enum ChannelOrder {
        /// By creation time.
        Chronological = "chronological",
        /// By the time of the last message, newest first.
        LatestLastMessage = "latest_last_message",
        /// By channel name.
        ChannelNameAlphabetical = "channel_name_alphabetical",
        /// By the value of the metadata item named by `metadata_order_key`.
        MetadataValueAlphabetical = "metadata_value_alphabetical",
    }
}
