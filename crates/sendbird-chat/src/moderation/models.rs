//! Response bodies, request items and parameter enums of the moderation endpoints.
//!
//! Units: every `start_at` / `end_at` of a ban or mute is in Unix **milliseconds**;
//! `remaining_duration` is in milliseconds; a channel's `created_at` is in Unix **seconds**
//! (the docs' field table of the muted-channels list says milliseconds, but both docs
//! examples, like every other channel resource, carry seconds).
//!
//! Permanent restrictions: a ban or mute with `seconds: -1` lasts ten years. Mutes report it
//! with the sentinel `end_at: -1` / `remaining_duration: -1`; bans report the real end (ten
//! years after the start).

use serde::{Deserialize, Deserializer, Serialize};

use crate::models::User;

/// Declares a ban's or a mute's model through `$model!` (a plain model, a user, a channel):
/// the model's own fields, the restriction's window and reason (`start_at`, `end_at`,
/// `description`), then the fields of the optional second brace group. With `mute`, the
/// mute's `remaining_duration` comes before the window.
macro_rules! restriction {
    (
        mute $model:ident! {
            $(#[$meta:meta])*
            pub struct $name:ident { $($own:tt)* }
        }
    ) => {
        restriction! {
            $model! {
                $(#[$meta])*
                pub struct $name {
                    $($own)*
                    /// Milliseconds left until the mute ends; `-1` for a permanent mute.
                    #[serde(default)]
                    pub remaining_duration: Option<i64>,
                }
            }
        }
    };
    (
        $model:ident! {
            $(#[$meta:meta])*
            pub struct $name:ident { $($before:tt)* } $({ $($after:tt)* })?
        }
    ) => {
        $model! {
            $(#[$meta])*
            pub struct $name {
                $($before)*
                /// When the ban or mute started, Unix milliseconds.
                #[serde(default)]
                pub start_at: Option<i64>,
                /// When the ban or mute ends, Unix milliseconds: `-1` for a permanent mute, the
                /// real end (ten years after `start_at`) for a permanent ban.
                #[serde(default)]
                pub end_at: Option<i64>,
                /// The reason (may be empty; at most 250 characters for a ban, 2,048 for a
                /// mute).
                #[serde(default)]
                pub description: Option<String>,
                $($($after)*)?
            }
        }
    };
}

sendbird_core::string_enum! {
    /// Which side of a block relation [`ListBlockedUsers`](super::ListBlockedUsers) lists
    /// (the `list` query parameter; "me" is the user in the path).
    pub enum BlockList {
        /// The users the user has blocked (the default).
        BlockedByMe,
        /// The users who block the user.
        BlockingMe,
    }
}

restriction! {
    model_with_fields! {
        /// One ban: the banned user, the ban window and its reason. An element of a banned-users
        /// list, and the response of banning, viewing and updating a ban.
        ///
        /// The 2024 SDK spec also puts the user's fields (`user_id`, `nickname`, ...) beside `user`
        /// in the ban and update-ban responses; the docs examples do not, so they are not modelled
        /// (unknown keys are ignored).
        pub struct Ban {
            /// The banned user (brief profile: id, nickname, profile URL, metadata).
            #[serde(default)]
            pub user: Option<User>,
        }
    }
}

impl Ban {
    /// The banned user's id (empty if Sendbird sent no user).
    pub fn user_id(&self) -> &str {
        self.user.as_ref().map_or("", |u| u.user_id.as_str())
    }
}

list_response! {
    /// The response of the banned-users lists of a group channel, an open channel or a custom
    /// channel type.
    pub struct ListBannedUsersResponse {
        /// The bans of this page.
        banned_list: Vec<Ban>,
        /// Every ban of the channel; only with `show_total_ban_count=true` (never for custom
        /// channel types).
        #[serde(default)]
        pub total_ban_count: Option<i64>,
    }
}

restriction! {
    mute user_model! {
        /// A muted user: the user's profile with the mute's window and reason beside it
        /// (Sendbird flattens them into one object, unlike a [`Ban`]).
        pub struct MutedUser {}
    }
}

list_response! {
    /// The response of the muted-users lists of a group channel, an open channel or a custom
    /// channel type.
    pub struct ListMutedUsersResponse {
        /// The muted users of this page.
        muted_list: Vec<MutedUser>,
        /// Every mute of the channel; only with `show_total_mute_count=true`.
        #[serde(default)]
        pub total_mute_count: Option<i64>,
    }
}

restriction! {
    mute model_with_fields! {
        /// Whether a user is muted in a channel, and the mute's window: the response of
        /// [`GetGroupChannelMute`](super::GetGroupChannelMute) and
        /// [`GetOpenChannelMute`](super::GetOpenChannelMute).
        ///
        /// The docs show only a muted user's answer; for a user who is not muted every field
        /// but `is_muted` may be absent (or zero).
        pub struct MuteStatus {
            /// Whether the user is muted.
            #[serde(default)]
            pub is_muted: bool,
        }
    }
}

/// Declares a model that carries the brief channel fields (`channel_url`, `name`,
/// `custom_type`, `created_at`, `cover_url`, `data`) followed by the model's own fields.
macro_rules! channel_summary_model {
    ($($model:tt)*) => {
        model_with_fields! {
            [
                /// The channel URL (`sendbird_open_channel_...` or `sendbird_group_channel_...`
                /// when generated; no `channel_type` is sent).
                #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
                pub channel_url: String,
                /// The channel name.
                #[serde(default)]
                pub name: Option<String>,
                /// The custom channel type.
                #[serde(default)]
                pub custom_type: Option<String>,
                /// When the channel was created, Unix seconds.
                #[serde(default)]
                pub created_at: Option<i64>,
                /// The cover image URL.
                #[serde(default)]
                pub cover_url: Option<String>,
                /// Free-form channel data.
                #[serde(default)]
                pub data: Option<String>,
            ]
            $($model)*
        }
    };
}

channel_summary_model! {
    /// The brief channel inside a [`BannedChannel`]. The 2024 SDK spec claims a full open or
    /// group channel here; the docs show these six fields, and extra keys are ignored.
    pub struct ChannelSummary {}
}

restriction! {
    model_with_fields! {
        /// A channel a user is banned from, with the ban's window: an element of
        /// [`ListBannedChannelsResponse`].
        pub struct BannedChannel {} {
            /// The channel.
            #[serde(default)]
            pub channel: Option<ChannelSummary>,
        }
    }
}

list_response! {
    /// The response of [`ListBannedChannelsOfUser`](super::ListBannedChannelsOfUser).
    pub struct ListBannedChannelsResponse {
        /// The channels of this page.
        banned_channels: Vec<BannedChannel>,
    }
}

restriction! {
    mute channel_summary_model! {
        /// A channel a user is muted in: the mute's window and the brief channel fields in one
        /// object (flattened, unlike a [`BannedChannel`]). An element of
        /// [`ListMutedChannelsResponse`].
        pub struct MutedChannel {}
    }
}

list_response! {
    /// The response of [`ListMutedChannelsOfUser`](super::ListMutedChannelsOfUser).
    pub struct ListMutedChannelsResponse {
        /// The channels of this page.
        muted_channels: Vec<MutedChannel>,
    }
}

list_response! {
    /// The response of [`ListBlockedUsers`](super::ListBlockedUsers).
    pub struct ListBlockedUsersResponse {
        /// The users of this page.
        users: Vec<User>,
    }
}

/// The response of [`BlockUsers`](super::BlockUsers): the users now blocked.
///
/// The 2026 spec returns user objects; the 2024 spec (and a community client) return bare
/// user ids. Both decode: an id becomes a [`User`] with only `user_id` set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BlockUsersResponse {
    /// The blocked users.
    #[serde(default, deserialize_with = "users_or_ids")]
    pub users: Vec<User>,
}

/// One user to ban in [`BanUsersByCustomChannelType`](super::BanUsersByCustomChannelType)
/// (an element of its `banned_list`).
///
/// ```
/// use sendbird_chat::moderation::BanRequest;
///
/// let ban = BanRequest::new("joe").seconds(600).description("Too many messages");
/// assert_eq!(
///     serde_json::to_value(&ban).unwrap(),
///     serde_json::json!({"user_id": "joe", "seconds": 600, "description": "Too many messages"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BanRequest {
    /// The user to ban.
    pub user_id: String,
    /// The ban's duration in seconds; `-1` (the default) bans for ten years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<i64>,
    /// The reason (at most 250 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl BanRequest {
    /// A permanent ban of this user (until `seconds` is set).
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            seconds: None,
            description: None,
        }
    }
}

option_setters! {
    impl BanRequest {
        /// Sets the duration in seconds (`-1`: ten years).
        seconds: value i64,
        /// Sets the reason.
        description: into String,
    }
}

/// Decodes a list whose elements are user objects or bare user ids (`null` as empty).
fn users_or_ids<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<User>, D::Error> {
    /// A list element: a user object, or a bare id standing for the user with only that id.
    /// (Every element becomes a `User`, so boxing the large variant would only add an
    /// allocation.)
    #[allow(clippy::large_enum_variant)]
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Element {
        User(User),
        Id(String),
    }

    let elements: Vec<Element> = sendbird_core::de::null_as_default(deserializer)?;
    elements
        .into_iter()
        .map(|element| match element {
            Element::User(user) => Ok(user),
            Element::Id(id) => User::deserialize(serde_json::json!({ "user_id": id }))
                .map_err(serde::de::Error::custom),
        })
        .collect()
}
