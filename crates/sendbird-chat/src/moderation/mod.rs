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

/// Declares this family: the groups of `before` and `after` as written and, between them,
/// the bans, mutes and freezing of each kind of channel (group, open). A kind has the same ten
/// endpoints under `/{kind}/{channel_url}`: the table gives its handle and name, its five
/// paths, each endpoint's struct and operation, and the parts in which the kinds differ (which
/// verb a banned user can't do again, what unbanning leaves, the freeze and mute responses).
macro_rules! moderation_endpoints {
    (
        before { $($before:tt)* }
        $(
            channel $handle:ident, $kind:literal {
                paths: $ban_path:literal, $ban_key_path:literal, $freeze_path:literal,
                    $mute_path:literal, $mute_key_path:literal,
                banned_users: $ListBans:ident $list_bans_op:literal,
                ban: $Ban:ident $ban_op:literal, cannot $rejoin:literal again,
                get_ban: $GetBan:ident $get_ban_op:literal,
                update_ban: $UpdateBan:ident $update_ban_op:literal,
                unban: $Unban:ident $unban_op:literal, then $after_unban:literal,
                freeze: $Freeze:ident $freeze_op:literal -> $channel:ty,
                muted_users: $ListMutes:ident $list_mutes_op:literal,
                mute: $Mute:ident $mute_op:literal -> $mute_response:ty, $mute_note:literal,
                mute_status: $MuteStatus:ident $mute_status_op:literal,
                unmute: $Unmute:ident $unmute_op:literal,
            }
        )*
        after { $($after:tt)* }
    ) => {
        sendbird_core::endpoints! {
            /// Every endpoint of the moderation family.
            registry: pub const ENDPOINTS;
            client: crate::ChatClient;
            pending: Pending;

            $($before)*

            $(
                extend $handle(
                    #[doc = concat!("The ", $kind, " URL.")]
                    path channel_url: String,
                ) {
                    #[doc = concat!("Lists the users banned from the ", $kind, ".")]
                    fn banned_users -> pub struct $ListBans {
                        operation: $list_bans_op,
                        request: GET $ban_path,
                        idempotent: yes,
                        response: ListBannedUsersResponse,
                        paginate: token, limit "Bans per page, 1–100 (default 10).",
                        optional {
                            /// Include `total_ban_count` (default false).
                            query show_total_ban_count: bool,
                        }
                    }

                    #[doc = concat!("Bans a user from the ", $kind, ": they are removed from it at once and cannot ", $rejoin, " again (400750) until the ban ends or is lifted.")]
                    fn ban -> pub struct $Ban {
                        operation: $ban_op,
                        request: POST $ban_path,
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

                    #[doc = concat!("Retrieves the ban of a user in the ", $kind, " (400201 if they are not banned).")]
                    fn get_ban -> pub struct $GetBan {
                        operation: $get_ban_op,
                        request: GET $ban_key_path,
                        idempotent: yes,
                        response: Ban,
                        required {
                            /// The banned user.
                            path banned_user_id: String,
                        }
                    }

                    /// Changes the duration (counted from now) and reason of a ban.
                    fn update_ban -> pub struct $UpdateBan {
                        operation: $update_ban_op,
                        request: PUT $ban_key_path,
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

                    #[doc = concat!("Lifts a ban; ", $after_unban, ".")]
                    fn unban -> pub struct $Unban {
                        operation: $unban_op,
                        request: DELETE $ban_key_path,
                        idempotent: yes,
                        response: Empty,
                        required {
                            /// The banned user.
                            path banned_user_id: String,
                        }
                    }

                    #[doc = concat!("Freezes (`true`) or unfreezes (`false`) the ", $kind, ": while frozen, only operators can send messages. Answers the channel.")]
                    fn freeze -> pub struct $Freeze {
                        operation: $freeze_op,
                        request: PUT $freeze_path,
                        idempotent: yes,
                        response: $channel,
                        required {
                            /// Freeze or unfreeze.
                            body freeze: bool,
                        }
                    }

                    #[doc = concat!("Lists the users muted in the ", $kind, ".")]
                    fn muted_users -> pub struct $ListMutes {
                        operation: $list_mutes_op,
                        request: GET $mute_path,
                        idempotent: yes,
                        response: ListMutedUsersResponse,
                        paginate: token, limit "Users per page, 1–100 (default 10).",
                        optional {
                            /// Include `total_mute_count` (default false).
                            query show_total_mute_count: bool,
                        }
                    }

                    #[doc = concat!("Mutes a user in the ", $kind, ": they stay and read, but cannot send messages until the mute ends or is lifted. ", $mute_note)]
                    fn mute -> pub struct $Mute {
                        operation: $mute_op,
                        request: POST $mute_path,
                        idempotent: no,
                        response: $mute_response,
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

                    #[doc = concat!("Checks whether a user is muted in the ", $kind, ".")]
                    fn mute_status -> pub struct $MuteStatus {
                        operation: $mute_status_op,
                        request: GET $mute_key_path,
                        idempotent: yes,
                        response: MuteStatus,
                        required {
                            /// The user.
                            path muted_user_id: String,
                        }
                    }

                    /// Lifts a mute.
                    fn unmute -> pub struct $Unmute {
                        operation: $unmute_op,
                        request: DELETE $mute_key_path,
                        idempotent: yes,
                        response: Empty,
                        required {
                            /// The muted user.
                            path muted_user_id: String,
                        }
                    }
                }
            )*

            $($after)*
        }
    };
}

moderation_endpoints! {
    before {

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
                paginate: token, limit "Bans per page, 1–100 (default 10).",
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
                paginate: token, limit "Users per page, 1–100 (default 10).",
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
    }

    channel GroupChannelHandle, "group channel" {
        paths: "/group_channels/{channel_url}/ban", "/group_channels/{channel_url}/ban/{banned_user_id}",
            "/group_channels/{channel_url}/freeze", "/group_channels/{channel_url}/mute",
            "/group_channels/{channel_url}/mute/{muted_user_id}",
        banned_users: ListGroupChannelBannedUsers "list_group_channel_banned_users",
        ban: BanGroupChannelUser "ban_group_channel_users", cannot "join" again,
        get_ban: GetGroupChannelBan "get_group_channel_ban",
        update_ban: UpdateGroupChannelBan "update_group_channel_ban",
        unban: UnbanGroupChannelUser "unban_group_channel_user",
            then "the user is not added back to the channel",
        freeze: FreezeGroupChannel "freeze_group_channel" -> GroupChannel,
        muted_users: ListGroupChannelMutedUsers "list_group_channel_muted_users",
        mute: MuteGroupChannelUser "mute_group_channel_users" -> Empty,
            "The docs answer an empty object (the 2024 SDK spec says the channel), so the response is ignored.",
        mute_status: GetGroupChannelMute "get_group_channel_mute",
        unmute: UnmuteGroupChannelUser "unmute_group_channel_user",
    }

    channel OpenChannelHandle, "open channel" {
        paths: "/open_channels/{channel_url}/ban", "/open_channels/{channel_url}/ban/{banned_user_id}",
            "/open_channels/{channel_url}/freeze", "/open_channels/{channel_url}/mute",
            "/open_channels/{channel_url}/mute/{muted_user_id}",
        banned_users: ListOpenChannelBannedUsers "list_open_channel_banned_users",
        ban: BanOpenChannelUser "ban_open_channel_users", cannot "enter" again,
        get_ban: GetOpenChannelBan "get_open_channel_ban",
        update_ban: UpdateOpenChannelBan "update_open_channel_ban",
        unban: UnbanOpenChannelUser "unban_open_channel_user",
            then "the user may enter the channel again",
        freeze: FreezeOpenChannel "freeze_open_channel" -> OpenChannel,
        muted_users: ListOpenChannelMutedUsers "list_open_channel_muted_users",
        mute: MuteOpenChannelUser "mute_open_channel_users" -> OpenChannel, "Answers the channel.",
        mute_status: GetOpenChannelMute "get_open_channel_mute",
        unmute: UnmuteOpenChannelUser "unmute_open_channel_user",
    }

    after {
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
                paginate: token, limit "Channels per page, 1–100 (default 10).",
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
                paginate: token, limit "Channels per page, 1–100 (default 10).",
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
}
