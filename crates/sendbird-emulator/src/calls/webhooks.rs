//! `GET|PUT /applications/{application_id}/settings/webhook`.

use serde_json::{json, Value};

use super::Ctx;
use crate::chat::assign;
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;
use crate::v1::errors::{invalid, invalid_param, not_found, to_v1};

/// The Calls webhook categories the emulator knows (`*` subscribes to all of them).
pub(crate) const CATEGORIES: &[&str] = &[
    "direct_call:dial",
    "direct_call:accept",
    "direct_call:end",
    "room:create",
    "room:delete",
    "room:participant_entered",
    "room:participant_exited",
    "room:participant_connected",
    "room:participant_disconnected",
];

/// The application's webhook settings.
#[derive(Debug, Clone, Default)]
pub(crate) struct WebhookSettings {
    pub(crate) enabled: bool,
    pub(crate) url: String,
    pub(crate) enabled_events: Vec<String>,
}

impl WebhookSettings {
    /// Whether `category` is delivered: enabled, a URL, and subscribed (`*` subscribes to all).
    pub(crate) fn delivers(&self, category: &str) -> bool {
        self.enabled
            && !self.url.is_empty()
            && self
                .enabled_events
                .iter()
                .any(|e| e == category || e == "*")
    }
}

/// Sendbird waits 1 second for a Calls webhook answer.
const CALLS_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(1);

/// Posts a Calls webhook event (`category`, `occurred_at` and `application_id` are added)
/// when it is delivered; returns at once. Payloads are reconstructed: Sendbird names
/// `room:create` without showing its payload; rooms render as the Rooms resource.
pub(crate) fn emit(ctx: &Ctx<'_>, category: &str, mut payload: Value) {
    if !ctx.state.webhook.delivers(category) {
        return;
    }
    if let Value::Object(map) = &mut payload {
        map.insert("category".into(), json!(category));
        map.insert("occurred_at".into(), json!(ctx.now_ms()));
        map.insert("application_id".into(), json!(ctx.state.app_id));
    }
    let body = serde_json::to_vec(&payload).unwrap_or_default();
    let url = &ctx.state.webhook.url;
    ctx.env
        .webhooks
        .send("calls", category, url, body, Some(CALLS_TIMEOUT));
}

fn check_app(ctx: &Ctx<'_>, application_id: &str) -> Result<(), ApiError> {
    if application_id == ctx.state.app_id {
        Ok(())
    } else {
        Err(not_found(&format!("Application \"{application_id}\"")))
    }
}

fn render(settings: &WebhookSettings, all_categories: bool) -> Value {
    let webhook = json!({
        "enabled": settings.enabled,
        "url": settings.url,
        "enabled_events": settings.enabled_events,
    });
    crate::render::webhook_settings(webhook, all_categories, CATEGORIES)
}

/// `GET .../settings/webhook` → `{webhook: {enabled, url, enabled_events}}`;
/// `display_all_webhook_categories=true` adds `all_webhook_categories`.
pub(crate) fn get(ctx: &mut Ctx<'_>, application_id: &str, q: &Query) -> Answer {
    check_app(ctx, application_id)?;
    let all = q
        .bool("display_all_webhook_categories")
        .map_err(to_v1)?
        .unwrap_or(false);
    Ok(render(&ctx.state.webhook, all))
}

/// `PUT .../settings/webhook` (`enabled`, `url`, `enabled_events`, all optional) →
/// `{webhook}`. The URL must be http(s); enabling needs a URL; event names are
/// non-empty strings without commas (`*` means all).
pub(crate) fn update(ctx: &mut Ctx<'_>, application_id: &str, p: &Params) -> Answer {
    check_app(ctx, application_id)?;
    let enabled = p.bool("enabled").map_err(to_v1)?;
    let url = p.str("url").map_err(to_v1)?;
    let events = p.str_list("enabled_events").map_err(to_v1)?;
    if let Some(url) = &url {
        let lower = url.to_ascii_lowercase();
        let http = lower.starts_with("http://") || lower.starts_with("https://");
        if !(url.is_empty() || http) {
            return Err(invalid_param("url"));
        }
    }
    if let Some(events) = &events {
        if events
            .iter()
            .any(|e| e.trim().is_empty() || e.contains(','))
        {
            return Err(invalid_param("enabled_events"));
        }
    }
    let mut settings = ctx.state.webhook.clone();
    assign(&mut settings.enabled, enabled);
    assign(&mut settings.url, url);
    assign(&mut settings.enabled_events, events);
    if settings.enabled && settings.url.is_empty() {
        return Err(invalid("A webhook \"url\" is required to enable webhooks."));
    }
    ctx.state.webhook = settings;
    Ok(render(&ctx.state.webhook, false))
}
