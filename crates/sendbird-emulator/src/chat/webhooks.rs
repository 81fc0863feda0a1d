//! `/applications/settings/webhook`: the webhook configuration (receiver URL, on/off switch,
//! payload options, subscribed event categories), kept typed in [`WebhookSettings`] so event
//! delivery can read it.
//!
//! Choices where the docs are silent: an update changes only the fields it sends;
//! `enabled_events: ["*"]` is stored (and answered) expanded to every category below;
//! an unknown category or a `url` that is neither empty nor `http(s)://host...` answers
//! 400111; `enabled: true` with no URL stored answers 400105 (`url` is required).

use serde_json::{json, Value};

use super::{assign, Ctx};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;

/// Every event category the emulator knows, in the order `"*"` expands to.
pub(crate) const WEBHOOK_CATEGORIES: &[&str] = &[
    "open_channel:create",
    "open_channel:remove",
    "open_channel:enter",
    "open_channel:exit",
    "open_channel:message_send",
    "open_channel:message_update",
    "open_channel:message_delete",
    "group_channel:create",
    "group_channel:changed",
    "group_channel:remove",
    "group_channel:invite",
    "group_channel:decline_invite",
    "group_channel:join",
    "group_channel:leave",
    "group_channel:message_send",
    "group_channel:message_read",
    "group_channel:message_update",
    "group_channel:message_delete",
    "group_channel:freeze_unfreeze",
    "group_channel:reaction_add",
    "group_channel:reaction_delete",
    "user:block",
    "user:unblock",
    "user:mute",
    "user:ban",
    "user:deactivate",
    "user:push_preference",
    "user:push_channel_preference",
    "user:device_token_register",
    "user:device_token_unregister",
    "operators:register_by_operator",
    "operators:unregister_by_operator",
    "message:report",
    "user:report",
    "open_channel:report",
    "group_channel:report",
    "message:moderation_extension_triggered",
    "alert:user_message_rate_limit_exceeded",
    "profanity_filter:replace",
    "profanity_filter:block",
    "profanity_filter:moderate",
    "profanity_filter:detect",
    "image_moderation:block",
    "announcement:create_channels",
    "announcement:send_messages",
];

/// The application's webhook configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct WebhookSettings {
    /// Whether events are delivered.
    pub(crate) enabled: bool,
    /// The receiver (empty until configured).
    pub(crate) url: String,
    /// Subscribed categories (`"*"` already expanded), in the order they were sent.
    pub(crate) enabled_events: Vec<String>,
    /// Whether group channel payloads carry the channel's `members`.
    pub(crate) include_members: bool,
    /// Whether payload member objects carry unread counts.
    pub(crate) include_unread_count: bool,
}

impl WebhookSettings {
    /// Whether `category` (e.g. `group_channel:message_send`) is to be delivered now.
    pub(crate) fn delivers(&self, category: &str) -> bool {
        self.enabled && !self.url.is_empty() && self.enabled_events.iter().any(|e| e == category)
    }

    fn to_json(&self, all_categories: bool) -> Value {
        let webhook = json!({
            "enabled": self.enabled,
            "url": self.url,
            "include_members": self.include_members,
            "include_unread_count": self.include_unread_count,
            "enabled_events": self.enabled_events,
        });
        crate::render::webhook_settings(webhook, all_categories, WEBHOOK_CATEGORIES)
    }
}

/// `GET /applications/settings/webhook` (`display_all_webhook_categories`).
pub(super) fn get(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let all = q.bool_or("display_all_webhook_categories", false)?;
    Ok(ctx.chat.webhook.to_json(all))
}

/// Whether `url` looks like `http(s)://host[...]`.
pub(crate) fn is_http_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !host.contains(char::is_whitespace)
    })
}

/// `PUT /applications/settings/webhook` (`enabled`, `url`, `include_members`,
/// `include_unread_count`, `enabled_events`; all optional).
pub(super) fn update(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let mut next = ctx.chat.webhook.clone();
    assign(&mut next.enabled, p.bool("enabled")?);
    if let Some(url) = p.str("url")? {
        if !url.is_empty() && !is_http_url(&url) {
            return Err(ApiError::invalid_value("url"));
        }
        next.url = url;
    }
    assign(&mut next.include_members, p.bool("include_members")?);
    assign(
        &mut next.include_unread_count,
        p.bool("include_unread_count")?,
    );
    if let Some(events) = p.str_list("enabled_events")? {
        let mut subscribed: Vec<String> = Vec::new();
        for event in events {
            if event == "*" {
                subscribed = WEBHOOK_CATEGORIES.iter().map(|c| (*c).to_owned()).collect();
                break;
            }
            if !WEBHOOK_CATEGORIES.contains(&event.as_str()) {
                return Err(ApiError::bad_request(
                    400111,
                    format!("Invalid value: \"enabled_events\" ({event:?} is not a webhook event category)."),
                ));
            }
            if !subscribed.contains(&event) {
                subscribed.push(event);
            }
        }
        next.enabled_events = subscribed;
    }
    if next.enabled && next.url.is_empty() {
        return Err(ApiError::missing("url"));
    }
    ctx.chat.webhook = next;
    Ok(ctx.chat.webhook.to_json(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(is_http_url("https://example.com/hook"));
        assert!(is_http_url("http://127.0.0.1:8080"));
        for bad in [
            "",
            "example.com",
            "ftp://x",
            "https://",
            "https:///x",
            "http://a b",
        ] {
            assert!(!is_http_url(bad), "{bad}");
        }
    }

    #[test]
    fn delivery_needs_all_three() {
        let mut settings = WebhookSettings {
            enabled: true,
            url: "https://example.com".into(),
            enabled_events: vec!["group_channel:create".into()],
            ..WebhookSettings::default()
        };
        assert!(settings.delivers("group_channel:create"));
        assert!(!settings.delivers("group_channel:join"));
        settings.enabled = false;
        assert!(!settings.delivers("group_channel:create"));
    }
}
