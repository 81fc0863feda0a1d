//! Response bodies and request values of the application endpoints.

use sendbird_core::SecretString;
use serde::{Deserialize, Serialize};

use crate::models::RepeatedList;

pub use crate::custom_channel_types::{
    DomainFilter, DomainFilterType, ImageModeration, ImageModerationLimits, ProfanityFilter,
    ProfanityFilterType, ProfanityTriggeredModeration, RegexFilter,
};

/// A secondary API token: the response of
/// [`GenerateSecondaryApiToken`](super::GenerateSecondaryApiToken) and
/// [`GetSecondaryApiToken`](super::GetSecondaryApiToken).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SecondaryApiToken {
    /// The token (send it as the `Api-Token` header).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub token: SecretString,
    /// When the token was generated, Unix **seconds** (every docs example has 10 digits).
    #[serde(default)]
    pub created_at: Option<i64>,
}

/// The response of [`ListSecondaryApiTokens`](super::ListSecondaryApiTokens).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SecondaryApiTokens {
    /// The secondary tokens (not the master token).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub api_tokens: Vec<SecondaryApiToken>,
}

/// The application's default channel invitation preference: the response of
/// [`GetDefaultChannelInvitationPreference`](super::GetDefaultChannelInvitationPreference)
/// and [`UpdateDefaultChannelInvitationPreference`](super::UpdateDefaultChannelInvitationPreference).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DefaultChannelInvitationPreference {
    /// Whether new users join private group channels on invitation without accepting.
    #[serde(default)]
    pub auto_accept: Option<bool>,
}

/// The response of [`ListAutoEventMessages`](super::ListAutoEventMessages) and
/// [`ConfigureAutoEventMessages`](super::ConfigureAutoEventMessages).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AutoEventMessageSettings {
    /// Every switch.
    #[serde(default)]
    pub auto_event_message: Option<AutoEventMessages>,
}

/// Which auto event messages (admin messages) group channels get, by event; also what
/// [`ConfigureAutoEventMessages`](super::ConfigureAutoEventMessages) sends, where only the
/// switches set change. Sendbird has added switches over time; unknown ones are not kept.
///
/// ```
/// use sendbird_chat::application::AutoEventMessages;
///
/// let settings = AutoEventMessages::new().user_join(true).admin_removed(false);
/// assert_eq!(
///     serde_json::to_value(&settings).unwrap(),
///     serde_json::json!({"user_leave": {"admin_removed": false}, "user_join": {"user_join": true}})
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AutoEventMessages {
    /// When a user leaves a channel, by reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_leave: Option<UserLeaveEvents>,
    /// When a user joins a channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_join: Option<UserJoinEvents>,
    /// When a channel is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_create: Option<ChannelCreateEvents>,
    /// When a channel's properties change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_change: Option<ChannelChangeEvents>,
}

/// Auto event messages when a user leaves a group channel.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserLeaveEvents {
    /// The user leaves by their own choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_by_own_choice: Option<bool>,
    /// An operator bans the user, or the channel is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_operator_removed: Option<bool>,
    /// The user is banned and so removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_removed: Option<bool>,
    /// The user is deleted through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_deleted: Option<bool>,
    /// The user is deactivated through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_deactivated: Option<bool>,
    /// Deprecated: banned, kicked or deleted (use `admin_removed` / `admin_deleted`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Deprecated: deactivated (use `admin_deactivated`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivated: Option<bool>,
    /// Deprecated: left by choice (use `left_by_own_choice`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<bool>,
}

/// Auto event messages when a user joins a group channel.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserJoinEvents {
    /// A user joins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_join: Option<bool>,
}

/// Auto event messages when a group channel is created.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChannelCreateEvents {
    /// A public group channel is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_channel: Option<bool>,
    /// A private group channel is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_channel: Option<bool>,
}

/// Auto event messages when a group channel's properties change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChannelChangeEvents {
    /// The channel's properties change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_change: Option<bool>,
}

/// Writes the switches of [`AutoEventMessages`]: `switch => group.event` turns one event
/// message on or off, creating its group (`user_leave`, `channel_create`, ...) when unset.
macro_rules! event_switches {
    ($( $(#[$meta:meta])* $switch:ident => $group:ident.$event:ident, )*) => {
        $(
            $(#[$meta])*
            pub fn $switch(mut self, on: bool) -> Self {
                self.$group.get_or_insert_with(Default::default).$event = Some(on);
                self
            }
        )*
    };
}

impl AutoEventMessages {
    /// No switch set.
    pub fn new() -> Self {
        Self::default()
    }

    event_switches! {
        /// A message when a user joins.
        user_join => user_join.user_join,
        /// A message when a user leaves by their own choice.
        left_by_own_choice => user_leave.left_by_own_choice,
        /// A message when an operator bans a user or the channel is deleted.
        channel_operator_removed => user_leave.channel_operator_removed,
        /// A message when a user is banned and so removed.
        admin_removed => user_leave.admin_removed,
        /// A message when a user is deleted through the API.
        admin_deleted => user_leave.admin_deleted,
        /// A message when a user is deactivated through the API.
        admin_deactivated => user_leave.admin_deactivated,
        /// A message when a public group channel is created.
        public_channel_created => channel_create.public_channel,
        /// A message when a private group channel is created.
        private_channel_created => channel_create.private_channel,
        /// A message when a channel's properties change.
        channel_change => channel_change.channel_change,
    }
}

/// The IP whitelist: the response of [`GetIpWhitelist`](super::GetIpWhitelist),
/// [`AddIpsToWhitelist`](super::AddIpsToWhitelist) and
/// [`DeleteIpsFromWhitelist`](super::DeleteIpsFromWhitelist).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IpWhitelist {
    /// Allowed addresses and CIDR ranges (single hosts as `/32`); empty (Sendbird may
    /// answer an empty body) means every address is allowed.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub ip_whitelist_addresses: Vec<String>,
}

/// IP addresses or CIDR ranges for the whitelist: a JSON array in a body and, in the query
/// of [`DeleteIpsFromWhitelist`](super::DeleteIpsFromWhitelist), one
/// `ip_whitelist_addresses=` pair per entry (as Sendbird's spec sends it).
///
/// ```
/// use sendbird_chat::application::IpAddressList;
///
/// let list = IpAddressList::from(["192.0.2.0/24", "198.51.100.7"]);
/// assert_eq!(list.as_slice(), ["192.0.2.0/24", "198.51.100.7"]);
/// ```
pub type IpAddressList = RepeatedList<String>;

crate::custom_channel_types::channel_settings! {
    /// The global application settings: the response of
    /// [`GetGlobalApplicationSettings`](super::GetGlobalApplicationSettings) and
    /// [`UpdateGlobalApplicationSettings`](super::UpdateGlobalApplicationSettings). The
    /// filters are the ones of [custom channel type
    /// settings](crate::custom_channel_types::CustomChannelTypeSettings).
    pub struct GlobalSettings {}
}
