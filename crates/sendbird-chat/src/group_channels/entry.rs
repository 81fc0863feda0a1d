//! The family handle: `chat.group_channels()` and its short methods.

use sendbird_core::StringList;

use super::*;
use crate::{ChatClient, Pending};

/// Entry points for the group channels family: `chat.group_channels()`.
#[derive(Debug, Clone, Copy)]
pub struct GroupChannels<'a> {
    chat: &'a ChatClient,
}

impl ChatClient {
    /// The group channels family.
    pub fn group_channels(&self) -> GroupChannels<'_> {
        GroupChannels { chat: self }
    }
}

impl<'a> GroupChannels<'a> {
    /// Lists group channels; await one page or `.stream()` them all.
    pub fn list(self) -> Pending<'a, ListGroupChannels> {
        self.chat.request(ListGroupChannels::new())
    }

    /// Creates a group channel with these members.
    pub fn create(self, user_ids: impl Into<StringList>) -> Pending<'a, CreateGroupChannel> {
        self.chat
            .request(CreateGroupChannel::new().user_ids(user_ids.into()))
    }

    /// Retrieves a group channel.
    pub fn get(self, channel_url: impl Into<String>) -> Pending<'a, GetGroupChannel> {
        self.chat.request(GetGroupChannel::new(channel_url.into()))
    }

    /// Updates a group channel (set the fields on the returned value).
    pub fn update(self, channel_url: impl Into<String>) -> Pending<'a, UpdateGroupChannel> {
        self.chat
            .request(UpdateGroupChannel::new(channel_url.into()))
    }

    /// Deletes a group channel.
    pub fn delete(self, channel_url: impl Into<String>) -> Pending<'a, DeleteGroupChannel> {
        self.chat
            .request(DeleteGroupChannel::new(channel_url.into()))
    }

    /// Accepts a user's invitation to a channel.
    pub fn accept_invitation(
        self,
        channel_url: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Pending<'a, AcceptGroupChannelInvitation> {
        self.chat.request(AcceptGroupChannelInvitation::new(
            channel_url.into(),
            user_id.into(),
        ))
    }

    /// Declines a user's invitation to a channel.
    pub fn decline_invitation(
        self,
        channel_url: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Pending<'a, DeclineGroupChannelInvitation> {
        self.chat.request(DeclineGroupChannelInvitation::new(
            channel_url.into(),
            user_id.into(),
        ))
    }

    /// Hides a channel from a user's channel list.
    pub fn hide(
        self,
        channel_url: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Pending<'a, HideGroupChannel> {
        self.chat
            .request(HideGroupChannel::new(channel_url.into(), user_id.into()))
    }

    /// Shows a hidden channel in a user's channel list again.
    pub fn unhide(
        self,
        channel_url: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Pending<'a, UnhideGroupChannel> {
        self.chat
            .request(UnhideGroupChannel::new(channel_url.into(), user_id.into()))
    }

    /// Invites users to a channel.
    pub fn invite(
        self,
        channel_url: impl Into<String>,
        user_ids: impl Into<StringList>,
    ) -> Pending<'a, InviteGroupChannelMembers> {
        self.chat.request(InviteGroupChannelMembers::new(
            channel_url.into(),
            user_ids.into(),
        ))
    }

    /// Makes a user join a public channel.
    pub fn join(
        self,
        channel_url: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Pending<'a, JoinGroupChannel> {
        self.chat
            .request(JoinGroupChannel::new(channel_url.into(), user_id.into()))
    }

    /// Makes users leave a channel.
    pub fn leave(
        self,
        channel_url: impl Into<String>,
        user_ids: impl Into<StringList>,
    ) -> Pending<'a, LeaveGroupChannel> {
        self.chat
            .request(LeaveGroupChannel::new(channel_url.into(), user_ids.into()))
    }

    /// Lists a channel's members; await one page or `.stream()` them all.
    pub fn members(self, channel_url: impl Into<String>) -> Pending<'a, ListGroupChannelMembers> {
        self.chat
            .request(ListGroupChannelMembers::new(channel_url.into()))
    }

    /// Checks whether a user is a member of a channel.
    pub fn check_member(
        self,
        channel_url: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Pending<'a, CheckGroupChannelMember> {
        self.chat.request(CheckGroupChannelMember::new(
            channel_url.into(),
            user_id.into(),
        ))
    }

    /// Lists a channel's operators; await one page or `.stream()` them all.
    pub fn operators(
        self,
        channel_url: impl Into<String>,
    ) -> Pending<'a, ListGroupChannelOperators> {
        self.chat
            .request(ListGroupChannelOperators::new(channel_url.into()))
    }

    /// Registers users as operators of a channel.
    pub fn register_operators(
        self,
        channel_url: impl Into<String>,
        operator_ids: impl Into<StringList>,
    ) -> Pending<'a, RegisterGroupChannelOperators> {
        self.chat.request(RegisterGroupChannelOperators::new(
            channel_url.into(),
            operator_ids.into(),
        ))
    }

    /// Unregisters operators of a channel (they stay members).
    pub fn unregister_operators(
        self,
        channel_url: impl Into<String>,
        operator_ids: impl Into<StringList>,
    ) -> Pending<'a, UnregisterGroupChannelOperators> {
        self.chat.request(UnregisterGroupChannelOperators::new(
            channel_url.into(),
            operator_ids.into(),
        ))
    }

    /// Resets one user's chat history in a channel.
    pub fn reset_chat_history(
        self,
        channel_url: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Pending<'a, ResetGroupChannelChatHistory> {
        self.chat
            .request(ResetGroupChannelChatHistory::new(channel_url.into()).user_id(user_id.into()))
    }

    /// Resets every member's chat history in a channel.
    pub fn reset_all_chat_history(
        self,
        channel_url: impl Into<String>,
    ) -> Pending<'a, ResetGroupChannelChatHistory> {
        self.chat
            .request(ResetGroupChannelChatHistory::new(channel_url.into()).reset_all(true))
    }

    /// Starts typing indicators for users.
    pub fn start_typing(
        self,
        channel_url: impl Into<String>,
        user_ids: impl Into<StringList>,
    ) -> Pending<'a, StartTypingIndicators> {
        self.chat.request(StartTypingIndicators::new(
            channel_url.into(),
            user_ids.into(),
        ))
    }

    /// Stops typing indicators for users.
    pub fn stop_typing(
        self,
        channel_url: impl Into<String>,
        user_ids: impl Into<StringList>,
    ) -> Pending<'a, StopTypingIndicators> {
        self.chat.request(StopTypingIndicators::new(
            channel_url.into(),
            user_ids.into(),
        ))
    }
}
