//! Calls webhook settings.

use serde::{Deserialize, Serialize};

/// Known Calls webhook event categories, for `enabled_events`. Sendbird documents more events
/// (room deleted, participant entered/exited, invitations) without publishing their names;
/// pass any other category as a plain string.
pub mod events {
    /// The call signal reached the callee.
    pub const DIRECT_CALL_DIAL: &str = "direct_call:dial";
    /// The callee accepted.
    pub const DIRECT_CALL_ACCEPT: &str = "direct_call:accept";
    /// The caller or callee ended the call.
    pub const DIRECT_CALL_END: &str = "direct_call:end";
    /// A room was created.
    pub const ROOM_CREATE: &str = "room:create";
}

/// The Calls webhook configuration of an application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookSettings {
    /// Whether webhooks are on.
    #[serde(default)]
    pub enabled: Option<bool>,
    /// The URL events are posted to.
    #[serde(default)]
    pub url: Option<String>,
    /// The subscribed event categories.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub enabled_events: Vec<String>,
    /// Every category Sendbird supports (only with `display_all_webhook_categories`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub all_webhook_categories: Vec<String>,
}

/// The response of the webhook-settings endpoints: `{ "webhook": { .. } }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookSettingsResponse {
    /// The settings.
    pub webhook: WebhookSettings,
}
