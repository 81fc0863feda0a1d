//! Moderation: bans, mutes and freezing of one group or open channel; bans and mutes across
//! every channel of a custom channel type; a user's blocks, and the channels a user is banned
//! from or muted in.
//!
//! Entry points: `chat.group_channel(url)` and `chat.open_channel(url)` (`ban`, `banned_users`,
//! `get_ban`, `update_ban`, `unban`, `mute`, `muted_users`, `mute_status`, `unmute`,
//! `freeze`), `chat.custom_channel_type(custom_type)` (`ban_users`, `banned_users`,
//! `unban_users`, `mute_users`, `muted_users`, `unmute_users`) and `chat.user(user_id)`
//! (`block`, `blocked_users`, `unblock`, `banned_channels`, `muted_channels`,
//! `ban_from_custom_types`, `mute_in_custom_types`).
//!
//! Durations are in seconds; `-1` (the default) means ten years, shown as permanent. Ban and
//! mute windows (`start_at`, `end_at`) are Unix milliseconds. A banned user is removed from
//! the channel and cannot join or enter it until the ban ends or is lifted; a muted user stays
//! and reads but cannot send; in a frozen channel only operators send.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//! use sendbird_chat::moderation::BanRequest;
//!
//! let channel = chat.group_channel("my_channel");
//! channel.ban("spammer").seconds(3600).description("spam").await?;
//! let bans: Vec<_> = channel.banned_users().limit(50).stream().try_collect().await?;
//! channel.update_ban("spammer", -1).description("repeated spam").await?;
//! channel.mute("loud").seconds(600).await?;
//! let status = channel.mute_status("loud").await?;
//! channel.freeze(true).await?;
//!
//! chat.custom_channel_type("support")
//!     .ban_users(vec![BanRequest::new("troll").seconds(86_400)])
//!     .await?;
//! chat.user("alice").block(["bob", "carol"]).await?;
//! let blocked: Vec<_> = chat.user("alice").blocked_users().stream().try_collect().await?;
//! # let _ = (bans, status, blocked);
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::{Empty, StringList};

pub use models::*;

use crate::handles::{CustomChannelTypeHandle, GroupChannelHandle, OpenChannelHandle, UserHandle};
use crate::models::{GroupChannel, OpenChannel};
use crate::Pending;

sendbird_core::endpoints! {
    /// Every endpoint of the moderation family.
    registry: pub const ENDPOINTS;
    client: crate::ChatClient;
    pending: Pending;

    extend CustomChannelTypeHandle(
        /// The custom channel type.
        path custom_type: String,
    ) {
        /// Lists the users banned from every channel of this custom channel type.
        fn banned_users -> pub struct ListBannedUsersByCustomChannelType {
            operation: "list_banned_users_by_custom_channel_type",
            request: GET "/applications/settings_by_channel_custom_type/{custom_type}/ban",
            idempotent: yes,
            response: ListBannedUsersResponse,
            paginate: token,
            optional {
                /// The page token from the previous response's `next`.
                query token: String,
                /// Bans per page, 1–100 (default 10).
                query limit: u32,
            }
        }

        /// Bans users from every open and group channel of this custom channel type, each with
        /// its own duration and reason; they cannot join or enter such channels (400751).
        fn ban_users -> pub struct BanUsersByCustomChannelType {
            operation: "ban_users_by_custom_channel_type",
            request: POST "/applications/settings_by_channel_custom_type/{custom_type}/ban",
            idempotent: no,
            response: Empty,
            required {
                /// The users to ban.
                body banned_list: Vec<BanRequest>,
            }
            optional {
                /// Create the users that don't exist yet, then ban them (default false: unknown
                /// ids are skipped).
                body on_demand_upsert: bool,
            }
        }

        /// Lifts the custom channel type bans of these users.
        fn unban_users -> pub struct UnbanUsersByCustomChannelType {
            operation: "unban_users_by_custom_channel_type",
            request: DELETE "/applications/settings_by_channel_custom_type/{custom_type}/ban",
            idempotent: yes,
            response: Empty,
            required {
                /// The users to unban.
                query user_ids: StringList,
            }
        }

        /// Lists the users muted in every channel of this custom channel type.
        fn muted_users -> pub struct ListMutedUsersByCustomChannelType {
            operation: "list_muted_users_by_custom_channel_type",
            request: GET "/applications/settings_by_channel_custom_type/{custom_type}/mute",
            idempotent: yes,
            response: ListMutedUsersResponse,
            paginate: token,
            optional {
                /// The page token from the previous response's `next`.
                query token: String,
                /// Users per page, 1–100 (default 10).
                query limit: u32,
            }
        }

        /// Mutes users in every channel of this custom channel type, with one duration and
        /// reason.
        fn mute_users -> pub struct MuteUsersByCustomChannelType {
            operation: "mute_users_by_custom_channel_type",
            request: POST "/applications/settings_by_channel_custom_type/{custom_type}/mute",
            idempotent: no,
            response: Empty,
            required {
                /// The users to mute.
                body user_ids: StringList,
            }
            optional {
                /// The duration in seconds; `-1` (the default) mutes for ten years.
                body seconds: i64,
                /// The reason (at most 2,048 characters).
                body description: String,
                /// Create the users that don't exist yet, then mute them (default false).
                body on_demand_upsert: bool,
            }
        }

        /// Lifts the custom channel type mutes of these users.
        fn unmute_users -> pub struct UnmuteUsersByCustomChannelType {
            operation: "unmute_users_by_custom_channel_type",
            request: DELETE "/applications/settings_by_channel_custom_type/{custom_type}/mute",
            idempotent: yes,
            response: Empty,
            required {
                /// The users to unmute.
                query user_ids: StringList,
            }
        }
    }

    extend GroupChannelHandle(
        /// The group channel URL.
        path channel_url: String,
    ) {
        /// Lists the users banned from the group channel.
        fn banned_users -> pub struct ListGroupChannelBannedUsers {
            operation: "list_group_channel_banned_users",
            request: GET "/group_channels/{channel_url}/ban",
            idempotent: yes,
            response: ListBannedUsersResponse,
            paginate: token,
            optional {
                /// The page token from the previous response's `next`.
                query token: String,
                /// Bans per page, 1–100 (default 10).
                query limit: u32,
                /// Include `total_ban_count` (default false).
                query show_total_ban_count: bool,
            }
        }

        /// Bans a user from the group channel: they are removed from it at once and cannot
        /// join again (400750) until the ban ends or is lifted.
        fn ban -> pub struct BanGroupChannelUser {
            operation: "ban_group_channel_users",
            request: POST "/group_channels/{channel_url}/ban",
            idempotent: no,
            response: Ban,
            required {
                /// The user to ban.
                body user_id: String,
            }
            optional {
                /// The operator credited with the ban.
                body agent_id: String,
                /// The duration in seconds; `-1` (the default) bans for ten years.
                body seconds: i64,
                /// The reason (at most 250 characters).
                body description: String,
            }
        }

        /// Retrieves the ban of a user in the group channel (400201 if they are not banned).
        fn get_ban -> pub struct GetGroupChannelBan {
            operation: "get_group_channel_ban",
            request: GET "/group_channels/{channel_url}/ban/{banned_user_id}",
            idempotent: yes,
            response: Ban,
            required {
                /// The banned user.
                path banned_user_id: String,
            }
        }

        /// Changes the duration (counted from now) and reason of a ban.
        fn update_ban -> pub struct UpdateGroupChannelBan {
            operation: "update_group_channel_ban",
            request: PUT "/group_channels/{channel_url}/ban/{banned_user_id}",
            idempotent: yes,
            response: Ban,
            required {
                /// The banned user.
                path banned_user_id: String,
                /// The new duration in seconds; `-1` bans for ten years.
                body seconds: i64,
            }
            optional {
                /// The new reason (at most 250 characters).
                body description: String,
            }
        }

        /// Lifts a ban; the user is not added back to the channel.
        fn unban -> pub struct UnbanGroupChannelUser {
            operation: "unban_group_channel_user",
            request: DELETE "/group_channels/{channel_url}/ban/{banned_user_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The banned user.
                path banned_user_id: String,
            }
        }

        /// Freezes (`true`) or unfreezes (`false`) the group channel: while frozen, only
        /// operators can send messages. Answers the channel.
        fn freeze -> pub struct FreezeGroupChannel {
            operation: "freeze_group_channel",
            request: PUT "/group_channels/{channel_url}/freeze",
            idempotent: yes,
            response: GroupChannel,
            required {
                /// Freeze or unfreeze.
                body freeze: bool,
            }
        }

        /// Lists the members muted in the group channel.
        fn muted_users -> pub struct ListGroupChannelMutedUsers {
            operation: "list_group_channel_muted_users",
            request: GET "/group_channels/{channel_url}/mute",
            idempotent: yes,
            response: ListMutedUsersResponse,
            paginate: token,
            optional {
                /// The page token from the previous response's `next`.
                query token: String,
                /// Users per page, 1–100 (default 10).
                query limit: u32,
                /// Include `total_mute_count` (default false).
                query show_total_mute_count: bool,
            }
        }

        /// Mutes a member: they stay in the channel and read, but cannot send messages until
        /// the mute ends or is lifted. The docs answer an empty object (the 2024 SDK spec says
        /// the channel), so the response is ignored.
        fn mute -> pub struct MuteGroupChannelUser {
            operation: "mute_group_channel_users",
            request: POST "/group_channels/{channel_url}/mute",
            idempotent: no,
            response: Empty,
            required {
                /// The user to mute.
                body user_id: String,
            }
            optional {
                /// The duration in seconds; `-1` (the default) mutes for ten years.
                body seconds: i64,
                /// The reason (at most 2,048 characters).
                body description: String,
            }
        }

        /// Checks whether a user is muted in the group channel.
        fn mute_status -> pub struct GetGroupChannelMute {
            operation: "get_group_channel_mute",
            request: GET "/group_channels/{channel_url}/mute/{muted_user_id}",
            idempotent: yes,
            response: MuteStatus,
            required {
                /// The user.
                path muted_user_id: String,
            }
        }

        /// Lifts a mute.
        fn unmute -> pub struct UnmuteGroupChannelUser {
            operation: "unmute_group_channel_user",
            request: DELETE "/group_channels/{channel_url}/mute/{muted_user_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The muted user.
                path muted_user_id: String,
            }
        }
    }

    extend OpenChannelHandle(
        /// The open channel URL.
        path channel_url: String,
    ) {
        /// Lists the users banned from the open channel.
        fn banned_users -> pub struct ListOpenChannelBannedUsers {
            operation: "list_open_channel_banned_users",
            request: GET "/open_channels/{channel_url}/ban",
            idempotent: yes,
            response: ListBannedUsersResponse,
            paginate: token,
            optional {
                /// The page token from the previous response's `next`.
                query token: String,
                /// Bans per page, 1–100 (default 10).
                query limit: u32,
                /// Include `total_ban_count` (default false).
                query show_total_ban_count: bool,
            }
        }

        /// Bans a user from the open channel: they are removed from it at once and cannot
        /// enter again (400750) until the ban ends or is lifted.
        fn ban -> pub struct BanOpenChannelUser {
            operation: "ban_open_channel_users",
            request: POST "/open_channels/{channel_url}/ban",
            idempotent: no,
            response: Ban,
            required {
                /// The user to ban.
                body user_id: String,
            }
            optional {
                /// The operator credited with the ban.
                body agent_id: String,
                /// The duration in seconds; `-1` (the default) bans for ten years.
                body seconds: i64,
                /// The reason (at most 250 characters).
                body description: String,
            }
        }

        /// Retrieves the ban of a user in the open channel (400201 if they are not banned).
        fn get_ban -> pub struct GetOpenChannelBan {
            operation: "get_open_channel_ban",
            request: GET "/open_channels/{channel_url}/ban/{banned_user_id}",
            idempotent: yes,
            response: Ban,
            required {
                /// The banned user.
                path banned_user_id: String,
            }
        }

        /// Changes the duration (counted from now) and reason of a ban.
        fn update_ban -> pub struct UpdateOpenChannelBan {
            operation: "update_open_channel_ban",
            request: PUT "/open_channels/{channel_url}/ban/{banned_user_id}",
            idempotent: yes,
            response: Ban,
            required {
                /// The banned user.
                path banned_user_id: String,
                /// The new duration in seconds; `-1` bans for ten years.
                body seconds: i64,
            }
            optional {
                /// The new reason (at most 250 characters).
                body description: String,
            }
        }

        /// Lifts a ban; the user may enter the channel again.
        fn unban -> pub struct UnbanOpenChannelUser {
            operation: "unban_open_channel_user",
            request: DELETE "/open_channels/{channel_url}/ban/{banned_user_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The banned user.
                path banned_user_id: String,
            }
        }

        /// Freezes (`true`) or unfreezes (`false`) the open channel: while frozen, only
        /// operators can send messages. Answers the channel.
        fn freeze -> pub struct FreezeOpenChannel {
            operation: "freeze_open_channel",
            request: PUT "/open_channels/{channel_url}/freeze",
            idempotent: yes,
            response: OpenChannel,
            required {
                /// Freeze or unfreeze.
                body freeze: bool,
            }
        }

        /// Lists the users muted in the open channel.
        fn muted_users -> pub struct ListOpenChannelMutedUsers {
            operation: "list_open_channel_muted_users",
            request: GET "/open_channels/{channel_url}/mute",
            idempotent: yes,
            response: ListMutedUsersResponse,
            paginate: token,
            optional {
                /// The page token from the previous response's `next`.
                query token: String,
                /// Users per page, 1–100 (default 10).
                query limit: u32,
                /// Include `total_mute_count` (default false).
                query show_total_mute_count: bool,
            }
        }

        /// Mutes a user in the open channel: they stay and read, but cannot send messages
        /// until the mute ends or is lifted. Answers the channel.
        fn mute -> pub struct MuteOpenChannelUser {
            operation: "mute_open_channel_users",
            request: POST "/open_channels/{channel_url}/mute",
            idempotent: no,
            response: OpenChannel,
            required {
                /// The user to mute.
                body user_id: String,
            }
            optional {
                /// The duration in seconds; `-1` (the default) mutes for ten years.
                body seconds: i64,
                /// The reason (at most 2,048 characters).
                body description: String,
            }
        }

        /// Checks whether a user is muted in the open channel.
        fn mute_status -> pub struct GetOpenChannelMute {
            operation: "get_open_channel_mute",
            request: GET "/open_channels/{channel_url}/mute/{muted_user_id}",
            idempotent: yes,
            response: MuteStatus,
            required {
                /// The user.
                path muted_user_id: String,
            }
        }

        /// Lifts a mute.
        fn unmute -> pub struct UnmuteOpenChannelUser {
            operation: "unmute_open_channel_user",
            request: DELETE "/open_channels/{channel_url}/mute/{muted_user_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The muted user.
                path muted_user_id: String,
            }
        }
    }

    extend UserHandle(
        /// The user id.
        path user_id: String,
    ) {
        /// Lists the open and group channels the user is banned from, with each ban's window.
        fn banned_channels -> pub struct ListBannedChannelsOfUser {
            operation: "list_banned_channels_of_user",
            request: GET "/users/{user_id}/ban",
            idempotent: yes,
            response: ListBannedChannelsResponse,
            paginate: token,
            optional {
                /// The page token from the previous response's `next`.
                query token: String,
                /// Channels per page, 1–100 (default 10).
                query limit: u32,
            }
        }

        /// Bans the user from every channel of these custom channel types, for ten years (lift
        /// it with `chat.custom_channel_type(t).unban_users(..)`).
        fn ban_from_custom_types -> pub struct BanUserFromCustomChannelTypes {
            operation: "ban_user_from_custom_channel_types",
            request: POST "/users/{user_id}/banned_channel_custom_types",
            idempotent: no,
            response: Empty,
            required {
                /// The custom channel types.
                body channel_custom_types: StringList,
            }
        }

        /// Lists the users this user blocks (default), or the users who block them.
        fn blocked_users -> pub struct ListBlockedUsers {
            operation: "list_blocked_users",
            request: GET "/users/{user_id}/block",
            idempotent: yes,
            response: ListBlockedUsersResponse,
            paginate: token,
            optional {
                /// Which side of the relation to list (default `blocked_by_me`).
                query list: BlockList,
                /// The page token from the previous response's `next`.
                query token: String,
                /// Users per page, 1–100 (default 10).
                query limit: u32,
                /// Only these users.
                query user_ids: StringList,
                /// Metadata key to filter on (with `metadatavalues_in`).
                query metadatakey: String,
                /// Accepted values of `metadatakey`.
                query metadatavalues_in: StringList,
            }
        }

        /// Makes the user block other users (`user_ids`, or one `target_id`); the blocked
        /// users are not told. Answers the blocked users.
        fn block(user_ids: StringList) -> pub struct BlockUsers {
            operation: "block_users",
            request: POST "/users/{user_id}/block",
            idempotent: yes,
            response: BlockUsersResponse,
            optional {
                /// One user to block (instead of `user_ids`).
                body target_id: String,
                /// The users to block.
                body user_ids: StringList,
                /// The users to block (an alias of `user_ids`).
                body users: StringList,
            }
        }

        /// Makes the user unblock another user.
        fn unblock -> pub struct UnblockUser {
            operation: "unblock_user",
            request: DELETE "/users/{user_id}/block/{target_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The blocked user.
                path target_id: String,
            }
        }

        /// Lists the open and group channels the user is muted in, with each mute's window.
        fn muted_channels -> pub struct ListMutedChannelsOfUser {
            operation: "list_muted_channels_of_user",
            request: GET "/users/{user_id}/mute",
            idempotent: yes,
            response: ListMutedChannelsResponse,
            paginate: token,
            optional {
                /// The page token from the previous response's `next`.
                query token: String,
                /// Channels per page, 1–100 (default 10).
                query limit: u32,
            }
        }

        /// Mutes the user in every channel of these custom channel types, for ten years (lift
        /// it with `chat.custom_channel_type(t).unmute_users(..)`).
        fn mute_in_custom_types -> pub struct MuteUserInCustomChannelTypes {
            operation: "mute_user_in_custom_channel_types",
            request: POST "/users/{user_id}/muted_channel_custom_types",
            idempotent: no,
            response: Empty,
            required {
                /// The custom channel types.
                body channel_custom_types: StringList,
            }
        }
    }
}
