//! Group channels: list, create, get, update, delete; invitations, joining, leaving and
//! hiding; members and operators; chat history reset and typing indicators.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//!
//! let channel = chat
//!     .group_channels()
//!     .create(["alice", "bob"])
//!     .is_distinct(true)
//!     .await?;
//! let members: Vec<_> = chat
//!     .group_channels()
//!     .members(&channel.channel_url)
//!     .limit(50)
//!     .stream()
//!     .try_collect()
//!     .await?;
//! # let _ = members;
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use sendbird_core::{Empty, FilePart, IntoParam, SecretString, StringList};

use crate::models::{GroupChannel, HiddenState};
use crate::{ChatClient, Pending};

pub use models::{
    ChannelOrder, ChannelUser, DistinctMode, InvitationStatus, LeaveReason, MemberActiveMode,
    MemberListOrder, MemberStateFilter, MutedMemberFilter, OperatorFilter, PublicMode, QueryType,
    SuperMode,
};
pub use models::{
    CheckGroupChannelMemberResponse, JoinGroupChannelResponse, ListGroupChannelMembersResponse,
    ListGroupChannelOperatorsResponse, ListGroupChannelsResponse,
    ResetGroupChannelChatHistoryResponse,
};

sendbird_core::param_group! {
    /// The channel modes the group channel lists (`chat.group_channels().list()` and
    /// `chat.users().my_group_channels(..)`) filter on, sent right after the paging parameters.
    pub(crate) channel_list_modes {
        /// Distinct, non-distinct or all channels (default `all`).
        query distinct_mode: DistinctMode,
        /// Public, private or all channels (default `all`).
        query public_mode: PublicMode,
        /// Supergroup, other or all channels (default `all`).
        query super_mode: SuperMode,
    }

    /// The filters from creation time to member nicknames that the group channel lists share.
    pub(crate) channel_list_filters {
        /// Only channels created after this time, Unix milliseconds.
        query created_after: i64,
        /// Only channels created before this time, Unix milliseconds.
        query created_before: i64,
        /// Include channels without messages (default false).
        query show_empty: bool,
        /// Include each channel's `members` (default false).
        query show_member: bool,
        /// Include each channel's `delivery_receipt` (default false).
        query show_delivery_receipt: bool,
        /// Include each channel's `read_receipt` (default false).
        query show_read_receipt: bool,
        /// Include each channel's `metadata` (default false).
        query show_metadata: bool,
        /// Include frozen channels (default true).
        query show_frozen: bool,
        /// Sort order (default `chronological`).
        query order: ChannelOrder,
        /// The metadata key sorted on with `metadata_value_alphabetical`.
        query metadata_order_key: String,
        /// Only channels with one of these custom types.
        query custom_types: StringList,
        /// Only channels whose custom type starts with this.
        query custom_type_startswith: String,
        /// Only these channels.
        query channel_urls: StringList,
        /// Only channels with exactly this name.
        query name: String,
        /// Only channels whose name contains this (case-insensitive).
        query name_contains: String,
        /// Only channels whose name starts with this.
        query name_startswith: String,
        /// Only channels whose members are exactly these users.
        query members_exactly_in: StringList,
        /// Only channels with these users as members (see `query_type`).
        query members_include_in: StringList,
        /// Whether `members_include_in` needs all (`AND`, default) or any (`OR`) user.
        query query_type: QueryType,
        /// Only channels with a member whose nickname is this.
        query members_nickname: String,
        /// Only channels with a member whose nickname contains this.
        query members_nickname_contains: String,
    }

    /// The metadata and metacounter filters that the group channel lists share.
    pub(crate) channel_metadata_filters {
        /// Only channels whose metadata has this key (with `metadata_values` or
        /// `metadata_value_startswith`).
        query metadata_key: String,
        /// Accepted values of `metadata_key`.
        query metadata_values: StringList,
        /// Accepted prefix of the value of `metadata_key`.
        query metadata_value_startswith: String,
        /// Only channels whose metacounter has this key.
        query metacounter_key: String,
        /// Accepted values (integers) of `metacounter_key`.
        query metacounter_values: StringList,
        /// The value of `metacounter_key` is greater than this.
        query metacounter_value_gt: i64,
        /// The value of `metacounter_key` is at least this.
        query metacounter_value_gte: i64,
        /// The value of `metacounter_key` is less than this.
        query metacounter_value_lt: i64,
        /// The value of `metacounter_key` is at most this.
        query metacounter_value_lte: i64,
        /// Include `sorted_metaarray` in each `last_message`.
        query include_sorted_metaarray_in_last_message: bool,
    }

    /// The cover and custom data parameters that creating and updating group and open channels
    /// share.
    pub(crate) channel_cover {
        /// The cover image URL (at most 2,048 characters).
        body cover_url: String,
        /// A cover image to upload instead of `cover_url`.
        file cover_file: FilePart,
        /// A custom type to group channels by (at most 128 characters).
        body custom_type: String,
        /// Free-form channel data, e.g. a long description or a JSON string.
        body data: String,
    }
}

sendbird_core::endpoints! {
    /// Every endpoint of the group channels family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Entry points for the group channels family: `chat.group_channels()`.
    family GroupChannels = group_channels() {
        /// Lists the application's group channels, filtered and sorted.
        fn list -> pub struct ListGroupChannels {
            operation: "list_group_channels",
            request: GET "/group_channels",
            idempotent: yes,
            response: ListGroupChannelsResponse,
            paginate: token, limit "Channels per page, 1–100 (default 10).",
            optional {
                ..channel_list_modes,
                ..channel_list_filters,
                ..channel_metadata_filters,
                /// A user whose per-user fields (unread counts, `my_role`...) are returned.
                query user_id: String,
            }
        }

        /// Creates a group channel; with `cover_file` the request is sent as
        /// `multipart/form-data`. With `is_distinct` the server returns the existing channel of
        /// the same members instead of creating one.
        fn create(user_ids: StringList) -> pub struct CreateGroupChannel {
            operation: "create_group_channel",
            request: POST "/group_channels",
            idempotent: no,
            response: GroupChannel,
            optional {
                /// The members to add (up to 100); interchangeable with `users`.
                body user_ids: StringList,
                /// The members to add, as user objects; interchangeable with `user_ids`.
                body users: Vec<ChannelUser>,
                /// The name (at most 191 characters; default "group channel").
                body name: String,
                /// The URL (4–100 letters, digits and underscores); generated when absent.
                body channel_url: String,
                ..channel_cover,
                /// Reuse the existing channel of exactly these members (default false).
                body is_distinct: bool,
                /// Joinable without an invitation (default false).
                body is_public: bool,
                /// A Supergroup channel (default false).
                body is_super: bool,
                /// Do not persist messages (default false).
                body is_ephemeral: bool,
                /// Access code required to join a public channel.
                body access_code: SecretString,
                /// The user who invited the members (not added as a member).
                body inviter_id: String,
                /// Fail with 400111 if a user does not exist, instead of skipping them.
                body strict: bool,
                /// Initial state per user id (default `joined`).
                body invitation_status: HashMap<String, InvitationStatus>,
                /// Initial hidden state per user id (default `unhidden`).
                body hidden_status: HashMap<String, HiddenState>,
                /// Users to register as operators (up to 100; include them in `user_ids` too).
                body operator_ids: StringList,
                /// Only the Platform API (not the Chat SDK) can add members (default false).
                body block_sdk_user_channel_join: bool,
            }
        }

        /// Retrieves a group channel.
        fn get -> pub struct GetGroupChannel {
            operation: "get_group_channel",
            request: GET "/group_channels/{channel_url}",
            idempotent: yes,
            response: GroupChannel,
            required {
                /// The channel URL.
                path channel_url: String,
            }
            optional {
                /// Include `delivery_receipt`.
                query show_delivery_receipt: bool,
                /// Include `read_receipt`.
                query show_read_receipt: bool,
                /// Include `members`.
                query show_member: bool,
                /// Which members to include: activated, deactivated or all (default `all`).
                query member_active_mode: MemberActiveMode,
                /// A user whose per-user fields (unread counts, `my_role`...) are returned.
                query user_id: String,
            }
        }

        /// Updates a group channel; with `cover_file` the request is sent as
        /// `multipart/form-data`. Members are changed with invite/leave instead.
        fn update -> pub struct UpdateGroupChannel {
            operation: "update_group_channel",
            request: PUT "/group_channels/{channel_url}",
            idempotent: yes,
            response: GroupChannel,
            required {
                /// The channel URL.
                path channel_url: String,
            }
            optional {
                /// The name (at most 191 characters).
                body name: String,
                ..channel_cover,
                /// Make the channel distinct (or not).
                body is_distinct: bool,
                /// Make the channel public (or private).
                body is_public: bool,
                /// Make the channel a Supergroup (or not).
                body is_super: bool,
                /// Access code required to join a public channel (empty to remove it).
                body access_code: SecretString,
                /// Users to register as operators (up to 100).
                body operator_ids: StringList,
            }
        }

        /// Deletes a group channel.
        fn delete -> pub struct DeleteGroupChannel {
            operation: "delete_group_channel",
            request: DELETE "/group_channels/{channel_url}",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
            }
        }

        /// Accepts an invitation to a private group channel for a user (when invitations are not
        /// auto-accepted).
        fn accept_invitation -> pub struct AcceptGroupChannelInvitation {
            operation: "accept_group_channel_invitation",
            request: PUT "/group_channels/{channel_url}/accept",
            idempotent: yes,
            response: GroupChannel,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The invited user.
                body user_id: String,
            }
            optional {
                /// The access code, if the channel requires one.
                body access_code: SecretString,
            }
        }

        /// Declines an invitation to a private group channel for a user.
        fn decline_invitation -> pub struct DeclineGroupChannelInvitation {
            operation: "decline_group_channel_invitation",
            request: PUT "/group_channels/{channel_url}/decline",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The invited user.
                body user_id: String,
            }
        }

        /// Hides (or archives) a channel from a user's channel list, or from every member's.
        fn hide -> pub struct HideGroupChannel {
            operation: "hide_group_channel",
            request: PUT "/group_channels/{channel_url}/hide",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The user whose list hides the channel (ignored with `should_hide_all`).
                body user_id: String,
            }
            optional {
                /// `true` (default): reappears on a new message; `false`: archived until
                /// unhidden.
                body allow_auto_unhide: bool,
                /// Hide the channel for every member (default false).
                body should_hide_all: bool,
                /// Keep the earlier messages hidden once the channel reappears (default false).
                body hide_previous_messages: bool,
            }
        }

        /// Makes a hidden or archived channel reappear in a user's channel list.
        fn unhide -> pub struct UnhideGroupChannel {
            operation: "unhide_group_channel",
            request: DELETE "/group_channels/{channel_url}/hide",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The user whose list shows the channel again.
                query user_id: String,
            }
            optional {
                /// Unhide the channel for every member (default false).
                query should_unhide_all: bool,
            }
        }

        /// Invites users as members of a group channel.
        fn invite -> pub struct InviteGroupChannelMembers {
            operation: "invite_group_channel_members",
            request: POST "/group_channels/{channel_url}/invite",
            idempotent: no,
            response: GroupChannel,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The users to invite (up to 100).
                body user_ids: StringList,
            }
            optional {
                /// Initial state per user id (default `joined`).
                body invitation_status: HashMap<String, InvitationStatus>,
                /// Initial hidden state per user id (default `unhidden`).
                body hidden_status: HashMap<String, HiddenState>,
                /// The user who invites them.
                body inviter_id: String,
            }
        }

        /// Makes a user join a public group channel.
        fn join -> pub struct JoinGroupChannel {
            operation: "join_group_channel",
            request: PUT "/group_channels/{channel_url}/join",
            idempotent: yes,
            response: JoinGroupChannelResponse,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The joining user.
                body user_id: String,
            }
            optional {
                /// The access code, if the channel requires one.
                body access_code: SecretString,
            }
        }

        /// Makes members leave a group channel.
        fn leave -> pub struct LeaveGroupChannel {
            operation: "leave_group_channel",
            request: PUT "/group_channels/{channel_url}/leave",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The leaving users (may be empty with `should_leave_all`).
                body user_ids: StringList,
            }
            optional {
                /// Make every member leave (default false).
                body should_leave_all: bool,
                /// Also remove leaving operators from the operator list (default false).
                body should_remove_operator_status: bool,
                /// Why they leave.
                body reason: LeaveReason,
            }
        }

        /// Lists the members of a group channel.
        fn members -> pub struct ListGroupChannelMembers {
            operation: "list_group_channel_members",
            request: GET "/group_channels/{channel_url}/members",
            idempotent: yes,
            response: ListGroupChannelMembersResponse,
            paginate: token, limit "Members per page, 1–100 (default 10).",
            required {
                /// The channel URL.
                path channel_url: String,
            }
            optional {
                /// A user for whom `is_blocked_by_me` / `is_blocking_me` are computed.
                query user_id: String,
                /// Include each member's `delivered_ts`.
                query show_delivery_receipt: bool,
                /// Include each member's `read_ts`.
                query show_read_receipt: bool,
                /// Include each member's `is_muted`.
                query show_member_is_muted: bool,
                /// Sort order (default `member_nickname_alphabetical`).
                query order: MemberListOrder,
                /// Operators, non-operators or all (default `all`).
                query operator_filter: OperatorFilter,
                /// By invitation state (default `all`).
                query member_state_filter: MemberStateFilter,
                /// Muted, unmuted or all (default `all`).
                query muted_member_filter: MutedMemberFilter,
                /// Activated or deactivated users.
                query member_active_mode_filter: MemberActiveMode,
                /// Only members whose nickname starts with this.
                query nickname_startswith: String,
                /// Include each member's push preferences.
                query include_push_preference: bool,
            }
        }

        /// Checks whether a user is a member of a group channel.
        fn check_member -> pub struct CheckGroupChannelMember {
            operation: "check_group_channel_member",
            request: GET "/group_channels/{channel_url}/members/{user_id}",
            idempotent: yes,
            response: CheckGroupChannelMemberResponse,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The user id.
                path user_id: String,
            }
        }

        /// Lists the operators of a group channel.
        fn operators -> pub struct ListGroupChannelOperators {
            operation: "list_group_channel_operators",
            request: GET "/group_channels/{channel_url}/operators",
            idempotent: yes,
            response: ListGroupChannelOperatorsResponse,
            paginate: token, limit "Operators per page, 1–100 (default 10).",
            required {
                /// The channel URL.
                path channel_url: String,
            }
        }

        /// Registers users as operators of a group channel.
        fn register_operators -> pub struct RegisterGroupChannelOperators {
            operation: "register_group_channel_operators",
            request: POST "/group_channels/{channel_url}/operators",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The users to register (up to 100 operators per channel).
                body operator_ids: StringList,
            }
        }

        /// Unregisters operators of a group channel; they stay members.
        fn unregister_operators -> pub struct UnregisterGroupChannelOperators {
            operation: "unregister_group_channel_operators",
            request: DELETE "/group_channels/{channel_url}/operators",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The operators to unregister.
                query operator_ids: StringList,
            }
            optional {
                /// Unregister every operator (default false).
                query delete_all: bool,
            }
        }

        /// Resets a user's (or every member's) chat history in a group channel: earlier messages
        /// disappear for them, not for others.
        fn reset_chat_history(user_id: String) -> pub struct ResetGroupChannelChatHistory {
            operation: "reset_group_channel_chat_history",
            request: PUT "/group_channels/{channel_url}/reset_user_history",
            idempotent: yes,
            response: ResetGroupChannelChatHistoryResponse,
            required {
                /// The channel URL.
                path channel_url: String,
            }
            optional {
                /// The user whose history is reset (not needed with `reset_all`).
                body user_id: String,
                /// Reset every member's history.
                body reset_all: bool,
            }
        }

        /// Shows typing indicators for users in a group channel.
        fn start_typing -> pub struct StartTypingIndicators {
            operation: "start_typing_indicators",
            request: POST "/group_channels/{channel_url}/typing",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The typing users (up to 10).
                body user_ids: StringList,
            }
        }

        /// Stops typing indicators for users in a group channel (a DELETE with a JSON body).
        fn stop_typing -> pub struct StopTypingIndicators {
            operation: "stop_typing_indicators",
            request: DELETE "/group_channels/{channel_url}/typing",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel URL.
                path channel_url: String,
                /// The users who stopped typing (up to 10).
                body user_ids: StringList,
            }
        }
    }
}

impl<'a> GroupChannels<'a> {
    /// Resets every member's chat history in a channel.
    pub fn reset_all_chat_history(
        &self,
        channel_url: impl IntoParam<String>,
    ) -> Pending<'a, ResetGroupChannelChatHistory> {
        self.client
            .request(ResetGroupChannelChatHistory::new(channel_url).reset_all(true))
    }
}
