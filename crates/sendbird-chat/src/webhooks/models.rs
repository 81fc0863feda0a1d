//! Response bodies of the webhook settings endpoints.

use serde::{Deserialize, Serialize};

/// The response of [`GetWebhookSettings`](super::GetWebhookSettings) and
/// [`UpdateWebhookSettings`](super::UpdateWebhookSettings).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookSettingsResponse {
    /// The settings.
    #[serde(default)]
    pub webhook: WebhookSettings,
}

/// The application's webhook settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookSettings {
    /// Whether events are delivered.
    #[serde(default)]
    pub enabled: Option<bool>,
    /// The receiver's URL (may be empty when never configured).
    #[serde(default)]
    pub url: Option<String>,
    /// Whether group channel payloads include the channel's `members`.
    #[serde(default)]
    pub include_members: Option<bool>,
    /// Whether payload member objects include unread counts (in Sendbird's spec and
    /// Dashboard, not in the docs' tables).
    #[serde(default)]
    pub include_unread_count: Option<bool>,
    /// The subscribed event categories (`group_channel:create`, ...): strings, since
    /// Sendbird adds categories over time. A subscription to `*` is answered expanded.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub enabled_events: Vec<String>,
    /// Every category Sendbird supports; only with `display_all_webhook_categories`.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub all_webhook_categories: Vec<String>,
}
