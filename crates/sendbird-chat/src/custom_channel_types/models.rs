//! Channel settings by custom type, their filters (used in requests and responses alike)
//! and the response bodies of the custom channel types endpoints.
//!
//! The filter objects serve both directions: every field is optional and unset fields are
//! not sent, so an update can change one field of a filter.

use serde::{Deserialize, Serialize};

use crate::models::User;

/// Declares a channel settings model: the model's own fields, then the settings that custom
/// channel types share with the application's global settings.
macro_rules! channel_settings {
    ($($model:tt)*) => {
        model_with_fields! {
            [
                /// Whether new members of group channels see the messages sent before they joined.
                #[serde(default)]
                pub display_past_message: Option<bool>,
                /// Whether links in messages are clickable.
                #[serde(default)]
                pub allow_links: Option<bool>,
                /// The longest message, in characters.
                #[serde(default)]
                pub max_message_length: Option<i64>,
                /// Messages a user may send per channel per window (`-1`: the system limit).
                #[serde(default)]
                pub user_messages_per_channel: Option<i64>,
                /// The window of `user_messages_per_channel`, in seconds.
                #[serde(default)]
                pub user_messages_per_channel_duration: Option<i64>,
                /// How long messages are kept, in hours (globally, changed through Sendbird
                /// sales only).
                #[serde(default)]
                pub message_retention_hours: Option<i64>,
                /// Which domains may appear in messages.
                #[serde(default)]
                pub domain_filter: Option<$crate::custom_channel_types::DomainFilter>,
                /// Which words and patterns are replaced or blocked.
                #[serde(default)]
                pub profanity_filter: Option<$crate::custom_channel_types::ProfanityFilter>,
                /// Penalties for users who keep sending profanity.
                #[serde(default)]
                pub profanity_triggered_moderation:
                    Option<$crate::custom_channel_types::ProfanityTriggeredModeration>,
                /// Image moderation of messages sent through the client SDKs.
                #[serde(default)]
                pub image_moderation: Option<$crate::custom_channel_types::ImageModeration>,
            ]
            $($model)*
        }
    };
}
pub(crate) use channel_settings;

channel_settings! {
    /// The channel settings of one custom type.
    ///
    /// The docs show these settings in full in every response; everything is optional all the
    /// same, as Sendbird adds and retires settings.
    pub struct CustomChannelTypeSettings {
        /// The channel custom type these settings apply to.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub custom_type: String,
        /// Push notification templates by message type. Free-form: the docs' example mixes
        /// objects (`MESG`) and strings (`FILE`, `ADMM`).
        #[serde(default)]
        pub push_template: Option<serde_json::Value>,
    }
}

/// A filtering mode of a [`DomainFilter`] (`domain_filter.type`). An open set of numbers:
/// values not listed here are kept as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DomainFilterType(pub i32);

impl DomainFilterType {
    /// `0`: no filtering.
    pub const NONE: Self = Self(0);
    /// `1`: only messages whose domains are all listed pass (per the legacy docs).
    pub const ALLOW: Self = Self(1);
    /// `2`: messages with a listed domain are blocked (per the legacy docs).
    pub const BLOCK: Self = Self(2);
}

/// A filtering mode of a [`ProfanityFilter`] (`profanity_filter.type`). An open set of
/// numbers: values not listed here are kept as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProfanityFilterType(pub i32);

impl ProfanityFilterType {
    /// `0`: no filtering.
    pub const NONE: Self = Self(0);
    /// `1`: matching words are replaced with `*`.
    pub const REPLACE: Self = Self(1);
    /// `2`: messages with a matching word are blocked.
    pub const BLOCK: Self = Self(2);
}

/// Which domains may appear in messages (the `message` text, not `data`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DomainFilter {
    /// Domains (`domain.tld`); empty turns the filter off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    /// The filtering mode.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub filter_type: Option<DomainFilterType>,
    /// Also apply the application-wide domain filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub should_check_global: Option<bool>,
}

impl DomainFilter {
    /// A filter that sets nothing yet.
    pub fn new() -> Self {
        Self::default()
    }
}

option_setters! {
    impl DomainFilter {
        /// Sets whether the application-wide domain filter applies too.
        should_check_global: value bool,
        /// Sets the domains.
        domains: list String,
        /// Sets the filtering mode.
        filter_type: value DomainFilterType,
    }
}

/// Which words and patterns are replaced or blocked in messages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProfanityFilter {
    /// The words to detect: `*word` also matches words ending with `word`, `word*` words
    /// starting with it. Sent as a list; responses carry one comma-joined string, which is
    /// split here.
    #[serde(
        default,
        deserialize_with = "crate::models::de::comma_joined_or_list",
        skip_serializing_if = "Option::is_none"
    )]
    pub keywords: Option<Vec<String>>,
    /// Regular expressions to detect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regex_filters: Option<Vec<RegexFilter>>,
    /// The filtering mode.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub filter_type: Option<ProfanityFilterType>,
    /// Also apply the application-wide profanity filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub should_check_global: Option<bool>,
}

impl ProfanityFilter {
    /// A filter that sets nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the regular expressions to detect.
    pub fn regex_filters<I, S>(mut self, patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.regex_filters = Some(patterns.into_iter().map(RegexFilter::new).collect());
        self
    }
}

option_setters! {
    impl ProfanityFilter {
        /// Sets whether the application-wide profanity filter applies too.
        should_check_global: value bool,
        /// Sets the words to detect.
        keywords: list String,
        /// Sets the filtering mode.
        filter_type: value ProfanityFilterType,
    }
}

/// One regular expression of a [`ProfanityFilter`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RegexFilter {
    /// The pattern.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub regex: String,
}

impl RegexFilter {
    /// A filter for `regex`.
    pub fn new(regex: impl Into<String>) -> Self {
        Self {
            regex: regex.into(),
        }
    }
}

/// Penalties for users who send profanity `count` times within `duration` seconds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProfanityTriggeredModeration {
    /// Violations before the penalty; `0` turns the feature off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The window in which violations are counted, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The penalty. The docs' list of values was not captured; the penalties named by the
    /// `profanity_filter:moderate` webhook are mute, kick and ban (likely `0`, `1`, `2`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<i32>,
}

impl ProfanityTriggeredModeration {
    /// A penalty after `count` violations within `duration_secs` seconds.
    pub fn new(count: i64, duration_secs: i64, action: i32) -> Self {
        Self {
            count: Some(count),
            duration: Some(duration_secs),
            action: Some(action),
        }
    }

    /// The setting that turns the feature off (`count` 0).
    pub fn off() -> Self {
        Self {
            count: Some(0),
            ..Self::default()
        }
    }
}

/// Image moderation (Google Cloud Vision) of messages sent through the client SDKs;
/// Platform API sends are not moderated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImageModeration {
    /// The moderation method (`0`: none).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub moderation_type: Option<i32>,
    /// Whether images are soft-blocked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soft_block: Option<bool>,
    /// The likelihood thresholds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<ImageModerationLimits>,
    /// Also inspect image URLs in text messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_urls: Option<bool>,
}

impl ImageModeration {
    /// A setting that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }
}

option_setters! {
    impl ImageModeration {
        /// Sets the moderation method.
        moderation_type: value i32,
        /// Sets whether images are soft-blocked.
        soft_block: value bool,
        /// Sets the likelihood thresholds.
        limits: value ImageModerationLimits,
        /// Sets whether image URLs in text messages are inspected.
        check_urls: value bool,
    }
}

/// Image moderation thresholds: a likelihood from 1 (very unlikely) to 5 (very likely) at
/// which an image is moderated, per category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImageModerationLimits {
    /// Adult content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adult: Option<i32>,
    /// Spoofed content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoof: Option<i32>,
    /// Medical content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medical: Option<i32>,
    /// Violence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub violence: Option<i32>,
    /// Racy content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub racy: Option<i32>,
}

impl ImageModerationLimits {
    /// Thresholds for every category, in the order adult, spoof, medical, violence, racy.
    pub fn new(adult: i32, spoof: i32, medical: i32, violence: i32, racy: i32) -> Self {
        Self {
            adult: Some(adult),
            spoof: Some(spoof),
            medical: Some(medical),
            violence: Some(violence),
            racy: Some(racy),
        }
    }
}

list_response! {
    /// The response of [`ListCustomChannelTypeSettings`](super::ListCustomChannelTypeSettings).
    pub struct ListCustomChannelTypeSettingsResponse {
        /// The settings of this page.
        channel_custom_type_settings: Vec<CustomChannelTypeSettings>,
    }
}

list_response! {
    /// The response of
    /// [`ListOperatorsByCustomChannelType`](super::ListOperatorsByCustomChannelType).
    pub struct ListOperatorsByCustomChannelTypeResponse {
        /// The operators of this page.
        operators: Vec<User>,
    }
}
