//! Users: create, list, get, update, delete; session tokens; per-user unread counts, count
//! and invitation preferences; the user's group channels. Metadata is in
//! [`user_metadata`](crate::user_metadata).
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//!
//! let alice = chat.users().create("alice", "Alice", "").issue_access_token(true).await?;
//! chat.users().update(&alice.user_id).nickname("Alice B.").await?;
//! let token = chat.users().issue_session_token("alice").await?;
//! let everyone: Vec<_> = chat.users().list().limit(100).stream().try_collect().await?;
//! # let _ = (token, everyone);
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use sendbird_core::{Empty, FilePart, IntoParam, StringList};

pub use models::*;

use crate::group_channels::{channel_list_filters, channel_list_modes, channel_metadata_filters};
use crate::models::{CountPreference, User};
use crate::user_metadata::UserMetadata;
use crate::{ChatClient, Pending};

sendbird_core::param_group! {
    /// The channels unread counts are taken over (for `get` and the two unread counts).
    unread_scope {
        /// Count unread items only in channels of these custom types.
        query custom_types: StringList,
        /// Count unread items in Supergroup channels, others, or all (default).
        query super_mode: SuperMode,
    }
}

sendbird_core::endpoints! {
    /// Every endpoint of the users family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Entry points for the users family: `chat.users()`.
    family Users = users() {
        /// Lists the application's users, filtered.
        fn list -> pub struct ListUsers {
            operation: "list_users",
            request: GET "/users",
            idempotent: yes,
            response: ListUsersResponse,
            paginate: token, limit "Users per page, 1–100 (default 10).",
            optional {
                /// Activated (default), deactivated or all users.
                query active_mode: ActiveMode,
                /// Include bots (default true).
                query show_bot: bool,
                /// Only these user ids (at most 250).
                query user_ids: StringList,
                /// Users whose nickname equals this.
                query nickname: String,
                /// Users whose nickname starts with this.
                query nickname_startswith: String,
                /// Metadata key to filter on (with `metadatavalues_in`).
                query metadatakey: String,
                /// Accepted values of `metadatakey`.
                query metadatavalues_in: StringList,
            }
        }

        /// Creates a user; with `profile_file` the request is sent as `multipart/form-data`.
        fn create -> pub struct CreateUser {
            operation: "create_user",
            request: POST "/users",
            idempotent: no,
            response: User,
            required {
                /// Unique user id (at most 80 characters).
                body user_id: String,
                /// Nickname (at most 80 characters).
                body nickname: String,
                /// Profile image URL (at most 2,048 characters); may be empty.
                body profile_url: String,
            }
            optional {
                /// A profile image (JPG or PNG) to upload instead of `profile_url`.
                file profile_file: FilePart,
                /// Issue an access token for client SDK login (default false).
                body issue_access_token: bool,
                /// Keys for friend discovery.
                body discovery_keys: StringList,
                /// Key-value metadata (at most 5 items).
                body metadata: HashMap<String, String>,
            }
        }

        /// Retrieves a user.
        fn get -> pub struct GetUser {
            operation: "get_user",
            request: GET "/users/{user_id}",
            idempotent: yes,
            response: User,
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                /// Include `unread_message_count` and `unread_channel_count`.
                query include_unread_count: bool,
                ..unread_scope,
            }
        }

        /// Updates a user: nickname, profile image, tokens, activation. With `profile_file`
        /// the request is sent as `multipart/form-data`.
        fn update -> pub struct UpdateUser {
            operation: "update_user",
            request: PUT "/users/{user_id}",
            idempotent: by_mode(|this: &Self| this.issue_session_token != Some(true)),
            response: User,
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                /// New nickname (at most 80 characters).
                body nickname: String,
                /// New profile image URL (at most 2,048 characters).
                body profile_url: String,
                /// A profile image (JPG or PNG) to upload instead of `profile_url`.
                file profile_file: FilePart,
                /// Replace the access token with a new one.
                body issue_access_token: bool,
                /// Add a session token (deprecated: use [`IssueSessionToken`]).
                body issue_session_token: bool,
                /// Expiry of the session token added by `issue_session_token`, Unix
                /// milliseconds (default: now + 7 days).
                body session_token_expires_at: i64,
                /// Activate (`true`) or deactivate (`false`) the user.
                body is_active: bool,
                /// When the user was last online, Unix milliseconds.
                body last_seen_at: i64,
                /// Keys for friend discovery.
                body discovery_keys: StringList,
                /// Language codes for translated notifications (at most 4).
                body preferred_languages: StringList,
                /// On deactivation, leave all joined group channels (default true).
                body leave_all_when_deactivated: bool,
            }
        }

        /// Deletes a user (its messages stay).
        fn delete -> pub struct DeleteUser {
            operation: "delete_user",
            request: DELETE "/users/{user_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The user id.
                path user_id: String,
            }
        }

        /// Retrieves whether a user auto-accepts private group channel invitations.
        fn channel_invitation_preference -> pub struct GetChannelInvitationPreference {
            operation: "get_channel_invitation_preference",
            request: GET "/users/{user_id}/channel_invitation_preference",
            idempotent: yes,
            response: ChannelInvitationPreference,
            required {
                /// The user id.
                path user_id: String,
            }
        }

        /// Sets whether a user auto-accepts private group channel invitations.
        fn update_channel_invitation_preference -> pub struct UpdateChannelInvitationPreference {
            operation: "update_channel_invitation_preference",
            request: PUT "/users/{user_id}/channel_invitation_preference",
            idempotent: yes,
            response: ChannelInvitationPreference,
            required {
                /// The user id.
                path user_id: String,
                /// Join private group channels on invitation without accepting (default true).
                body auto_accept: bool,
            }
        }

        /// Retrieves which unread items of a group channel count for a user.
        fn count_preference -> pub struct GetCountPreference {
            operation: "get_count_preference",
            request: GET "/users/{user_id}/count_preference/{channel_url}",
            idempotent: yes,
            response: CountPreferenceResponse,
            required {
                /// The user id.
                path user_id: String,
                /// The group channel URL.
                path channel_url: String,
            }
        }

        /// Sets which unread items of a group channel count for a user.
        fn update_count_preference -> pub struct UpdateCountPreference {
            operation: "update_count_preference",
            request: PUT "/users/{user_id}/count_preference/{channel_url}",
            idempotent: yes,
            response: CountPreferenceResponse,
            required {
                /// The user id.
                path user_id: String,
                /// The group channel URL.
                path channel_url: String,
                /// What to count (default `all`).
                body count_preference: CountPreference,
            }
        }

        /// Counts a user's group channels by membership state.
        fn group_channel_count -> pub struct GetGroupChannelCountByJoinStatus {
            operation: "get_group_channel_count_by_join_status",
            request: GET "/users/{user_id}/group_channel_count",
            idempotent: yes,
            response: GroupChannelCountResponse,
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                /// The state to count.
                query state: JoinState,
                /// Only channels of these custom types.
                query custom_types: StringList,
                /// Only channels with this hidden status (default `unhidden_only`).
                query hidden_mode: HiddenMode,
            }
        }

        /// Marks a user's unread messages as read in the given (default: all joined) group
        /// channels.
        fn mark_all_as_read -> pub struct MarkAllUserMessagesAsRead {
            operation: "mark_all_user_messages_as_read",
            request: PUT "/users/{user_id}/mark_as_read_all",
            idempotent: yes,
            response: Empty,
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                /// Only these group channels.
                body channel_urls: StringList,
            }
        }

        /// Lists the group channels a user is a member of (joined or invited), filtered.
        fn my_group_channels -> pub struct ListMyGroupChannels {
            operation: "list_my_group_channels",
            request: GET "/users/{user_id}/my_group_channels",
            idempotent: yes,
            response: ListMyGroupChannelsResponse,
            paginate: token, limit "Channels per page, 1–100 (default 10).",
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                ..channel_list_modes,
                /// By the user's hidden status (default `unhidden_only`).
                query hidden_mode: HiddenMode,
                /// By the user's membership state (default `all`).
                query member_state_filter: MemberStateFilter,
                /// Only channels with unread messages.
                query unread_filter: UnreadFilter,
                ..channel_list_filters,
                /// Channels with a member whose nickname starts with this (case-insensitive).
                query members_nickname_startswith: String,
                /// Text matched against the fields named by `search_fields`.
                query search_query: String,
                /// `channel_name` and/or `member_nickname` (default both).
                query search_fields: StringList,
                ..channel_metadata_filters,
            }
        }

        /// Makes a user leave all joined group channels, or those of one custom type.
        fn leave_my_group_channels -> pub struct LeaveMyGroupChannels {
            operation: "leave_my_group_channels",
            request: PUT "/users/{user_id}/my_group_channels/leave",
            idempotent: yes,
            response: Empty,
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                /// Only channels of this custom type.
                body custom_type: String,
            }
        }

        /// Issues a session token for client SDK login (not stored by Sendbird).
        fn issue_session_token -> pub struct IssueSessionToken {
            operation: "issue_session_token",
            request: POST "/users/{user_id}/token",
            idempotent: no,
            response: IssuedSessionToken,
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                /// Expiry, Unix milliseconds (default: now + 7 days).
                body expires_at: i64,
            }
        }

        /// Revokes all of a user's session tokens.
        fn revoke_all_session_tokens -> pub struct RevokeAllSessionTokens {
            operation: "revoke_all_session_tokens",
            request: DELETE "/users/{user_id}/token",
            idempotent: yes,
            response: Empty,
            required {
                /// The user id.
                path user_id: String,
            }
        }

        /// Counts a user's group channels that have unread messages.
        fn unread_channel_count -> pub struct GetUnreadChannelCount {
            operation: "get_unread_channel_count",
            request: GET "/users/{user_id}/unread_channel_count",
            idempotent: yes,
            response: UnreadCountResponse,
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                ..unread_scope,
            }
        }

        /// Counts a user's unread messages, unread mentions and invitations, as selected by
        /// `item_keys`.
        fn unread_item_count -> pub struct GetUnreadItemCount {
            operation: "get_unread_item_count",
            request: GET "/users/{user_id}/unread_item_count",
            idempotent: yes,
            response: UnreadItemCountResponse,
            required {
                /// The user id.
                path user_id: String,
                /// The items to count ([`UnreadItemKey`] values).
                query item_keys: StringList,
            }
            optional {
                /// Only channels of these custom types.
                query custom_types: StringList,
            }
        }

        /// Counts a user's unread messages in group channels.
        fn unread_message_count -> pub struct GetUnreadMessageCount {
            operation: "get_unread_message_count",
            request: GET "/users/{user_id}/unread_message_count",
            idempotent: yes,
            response: UnreadCountResponse,
            required {
                /// The user id.
                path user_id: String,
            }
            optional {
                ..unread_scope,
            }
        }
    }
}

impl<'a> Users<'a> {
    /// The user's metadata: `chat.users().metadata("alice")` is
    /// [`chat.user_metadata("alice")`](ChatClient::user_metadata).
    pub fn metadata(&self, user_id: impl IntoParam<String>) -> UserMetadata<'a> {
        self.client.user_metadata(user_id)
    }
}
