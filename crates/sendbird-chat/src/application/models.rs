//! Response bodies and request values of the application endpoints.

use std::fmt;

use sendbird_core::{IntoParam, Query, QueryParam, SecretString};
use serde::{Deserialize, Deserializer, Serialize};

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

impl AutoEventMessages {
    /// No switch set.
    pub fn new() -> Self {
        Self::default()
    }

    fn leave(&mut self) -> &mut UserLeaveEvents {
        self.user_leave.get_or_insert_with(UserLeaveEvents::default)
    }

    fn create(&mut self) -> &mut ChannelCreateEvents {
        self.channel_create
            .get_or_insert_with(ChannelCreateEvents::default)
    }

    /// A message when a user joins.
    pub fn user_join(mut self, on: bool) -> Self {
        self.user_join = Some(UserJoinEvents {
            user_join: Some(on),
        });
        self
    }

    /// A message when a user leaves by their own choice.
    pub fn left_by_own_choice(mut self, on: bool) -> Self {
        self.leave().left_by_own_choice = Some(on);
        self
    }

    /// A message when an operator bans a user or the channel is deleted.
    pub fn channel_operator_removed(mut self, on: bool) -> Self {
        self.leave().channel_operator_removed = Some(on);
        self
    }

    /// A message when a user is banned and so removed.
    pub fn admin_removed(mut self, on: bool) -> Self {
        self.leave().admin_removed = Some(on);
        self
    }

    /// A message when a user is deleted through the API.
    pub fn admin_deleted(mut self, on: bool) -> Self {
        self.leave().admin_deleted = Some(on);
        self
    }

    /// A message when a user is deactivated through the API.
    pub fn admin_deactivated(mut self, on: bool) -> Self {
        self.leave().admin_deactivated = Some(on);
        self
    }

    /// A message when a public group channel is created.
    pub fn public_channel_created(mut self, on: bool) -> Self {
        self.create().public_channel = Some(on);
        self
    }

    /// A message when a private group channel is created.
    pub fn private_channel_created(mut self, on: bool) -> Self {
        self.create().private_channel = Some(on);
        self
    }

    /// A message when a channel's properties change.
    pub fn channel_change(mut self, on: bool) -> Self {
        self.channel_change = Some(ChannelChangeEvents {
            channel_change: Some(on),
        });
        self
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IpAddressList(Vec<String>);

impl IpAddressList {
    /// The entries.
    pub fn as_slice(&self) -> &[String] {
        &self.0
    }
}

impl<S: Into<String>> FromIterator<S> for IpAddressList {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        Self(iter.into_iter().map(Into::into).collect())
    }
}

impl<S: Into<String>, const N: usize> From<[S; N]> for IpAddressList {
    fn from(value: [S; N]) -> Self {
        value.into_iter().collect()
    }
}

impl<S: Into<String>> From<Vec<S>> for IpAddressList {
    fn from(value: Vec<S>) -> Self {
        value.into_iter().collect()
    }
}

impl<S: Into<String>, const N: usize> IntoParam<IpAddressList> for [S; N] {
    fn into_param(self) -> IpAddressList {
        self.into()
    }
}

impl<S: Into<String>> IntoParam<IpAddressList> for Vec<S> {
    fn into_param(self) -> IpAddressList {
        self.into()
    }
}

impl IntoParam<IpAddressList> for &str {
    fn into_param(self) -> IpAddressList {
        IpAddressList(vec![self.to_owned()])
    }
}

impl QueryParam for IpAddressList {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        for entry in &self.0 {
            query.push(key, entry.clone());
        }
    }
}

/// The global application settings: the response of
/// [`GetGlobalApplicationSettings`](super::GetGlobalApplicationSettings) and
/// [`UpdateGlobalApplicationSettings`](super::UpdateGlobalApplicationSettings).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GlobalSettings {
    /// How long messages are kept, in hours (changed through Sendbird sales only).
    #[serde(default)]
    pub message_retention_hours: Option<i64>,
    /// New members of group channels see the messages sent before they joined.
    #[serde(default)]
    pub display_past_message: Option<bool>,
    /// Links in messages are clickable.
    #[serde(default)]
    pub allow_links: Option<bool>,
    /// Longest text message, in characters.
    #[serde(default)]
    pub max_message_length: Option<i64>,
    /// Messages a user may send per channel within `user_messages_per_channel_duration`
    /// (-1: the system limit).
    #[serde(default)]
    pub user_messages_per_channel: Option<i64>,
    /// The window of `user_messages_per_channel`, in seconds.
    #[serde(default)]
    pub user_messages_per_channel_duration: Option<i64>,
    /// Which domains links may point to.
    #[serde(default)]
    pub domain_filter: Option<DomainFilter>,
    /// Which words are replaced or blocked.
    #[serde(default)]
    pub profanity_filter: Option<ProfanityFilter>,
    /// The penalty for repeated profanity.
    #[serde(default)]
    pub profanity_triggered_moderation: Option<ProfanityTriggeredModeration>,
    /// Moderation of images.
    #[serde(default)]
    pub image_moderation: Option<ImageModeration>,
}

/// The domain filter of messages' links. Sent whole by an update: its list replaces the
/// stored one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DomainFilter {
    /// Domains with their top-level domain (`amazon.com`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub domains: Vec<String>,
    /// 0: off; 1: allow only these domains; 2: block these domains. An integer, as
    /// Sendbird sends it (more modes may come).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub filter_type: Option<i64>,
    /// For custom channel type settings: also apply the global filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub should_check_global: Option<bool>,
}

impl DomainFilter {
    /// A filter of `domains` with the mode `filter_type` (0 off, 1 allow, 2 block).
    pub fn new(domains: impl IntoIterator<Item = impl Into<String>>, filter_type: i64) -> Self {
        Self {
            domains: domains.into_iter().map(Into::into).collect(),
            filter_type: Some(filter_type),
            should_check_global: None,
        }
    }
}

/// The profanity filter. Sent whole by an update: its lists replace the stored ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProfanityFilter {
    /// Filtered words; `*word` and `word*` are wildcards. Sendbird answers a comma-joined
    /// string in its GET example and takes a list in updates: both decode to this list.
    #[serde(default, deserialize_with = "comma_string_or_list")]
    pub keywords: Vec<String>,
    /// Regular expressions that also count as profanity.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub regex_filters: Vec<RegexFilter>,
    /// 0: off; 1: replace with `*`; 2: block the message. An integer, as Sendbird sends it
    /// (a detect mode also exists).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub filter_type: Option<i64>,
    /// For custom channel type settings: also apply the global filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub should_check_global: Option<bool>,
}

impl ProfanityFilter {
    /// A filter of `keywords` with the mode `filter_type` (0 off, 1 replace, 2 block).
    pub fn new(keywords: impl IntoIterator<Item = impl Into<String>>, filter_type: i64) -> Self {
        Self {
            keywords: keywords.into_iter().map(Into::into).collect(),
            regex_filters: Vec::new(),
            filter_type: Some(filter_type),
            should_check_global: None,
        }
    }

    /// Sets the regular expressions.
    pub fn regex_filters(mut self, regexes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.regex_filters = regexes
            .into_iter()
            .map(|regex| RegexFilter {
                regex: regex.into(),
            })
            .collect();
        self
    }
}

/// One regular expression of a [`ProfanityFilter`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RegexFilter {
    /// The expression.
    #[serde(default)]
    pub regex: String,
}

/// The penalty for repeated profanity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProfanityTriggeredModeration {
    /// Violations before the penalty (0: off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The window the violations are counted in, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The penalty (mute, kick or ban), as Sendbird numbers it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<i64>,
}

impl ProfanityTriggeredModeration {
    /// `action` after `count` violations within `duration` seconds.
    pub fn new(count: i64, duration: i64, action: i64) -> Self {
        Self {
            count: Some(count),
            duration: Some(duration),
            action: Some(action),
        }
    }
}

/// Moderation of images.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImageModeration {
    /// 0: off; other values select a moderation mode, as Sendbird numbers them.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub moderation_type: Option<i64>,
    /// Blur (instead of block) images over the limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soft_block: Option<bool>,
    /// Likelihood thresholds (1–5) per category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<ImageModerationLimits>,
    /// Also moderate images sent as URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_urls: Option<bool>,
}

impl ImageModeration {
    /// Moderation in mode `moderation_type` (0: off).
    pub fn new(moderation_type: i64) -> Self {
        Self {
            moderation_type: Some(moderation_type),
            soft_block: None,
            limits: None,
            check_urls: None,
        }
    }

    /// Sets `soft_block`.
    pub fn soft_block(mut self, on: bool) -> Self {
        self.soft_block = Some(on);
        self
    }

    /// Sets the thresholds.
    pub fn limits(mut self, limits: ImageModerationLimits) -> Self {
        self.limits = Some(limits);
        self
    }

    /// Sets `check_urls`.
    pub fn check_urls(mut self, on: bool) -> Self {
        self.check_urls = Some(on);
        self
    }
}

/// Likelihood thresholds (1 very unlikely … 5 very likely) of [`ImageModeration`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImageModerationLimits {
    /// Adult content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adult: Option<i64>,
    /// Spoofed content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoof: Option<i64>,
    /// Medical content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medical: Option<i64>,
    /// Violent content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub violence: Option<i64>,
    /// Racy content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub racy: Option<i64>,
}

impl ImageModerationLimits {
    /// The five thresholds.
    pub fn new(adult: i64, spoof: i64, medical: i64, violence: i64, racy: i64) -> Self {
        Self {
            adult: Some(adult),
            spoof: Some(spoof),
            medical: Some(medical),
            violence: Some(violence),
            racy: Some(racy),
        }
    }
}

/// Decodes a list of strings, a comma-joined string (`"dumb,dummy"`, `""`) or `null`.
fn comma_string_or_list<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    struct CommaOrList;

    impl<'de> serde::de::Visitor<'de> for CommaOrList {
        type Value = Vec<String>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list of strings, a comma-joined string or null")
        }

        fn visit_str<E: serde::de::Error>(self, joined: &str) -> Result<Self::Value, E> {
            Ok(joined
                .split(',')
                .map(str::trim)
                .filter(|word| !word.is_empty())
                .map(str::to_owned)
                .collect())
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            let mut words = Vec::new();
            while let Some(word) = seq.next_element::<String>()? {
                words.push(word);
            }
            Ok(words)
        }

        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }

        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
    }

    deserializer.deserialize_any(CommaOrList)
}
