//! Calls webhook settings: which events are posted to which URL.
//!
//! Sendbird posts events as JSON, waits 1 second for an answer and sends the same event up to
//! 3 times in total; answer `200` at once and process asynchronously. A signature header is not
//! documented for Calls.

use sendbird_core::StringList;

use crate::models::WebhookSettingsResponse;
use crate::{CallsClient, Pending};

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Retrieves the application's Calls webhook settings.
    pub struct GetWebhookSettings {
        operation: "get_webhook_settings",
        request: GET "/applications/{application_id}/settings/webhook",
        response: WebhookSettingsResponse,
        required {
            /// The application id.
            path application_id: String,
        }
        optional {
            /// Also list every supported category in `all_webhook_categories`.
            query display_all_webhook_categories: bool,
        }
    }

    /// Changes the application's Calls webhook settings; unset fields stay as they are.
    pub struct UpdateWebhookSettings {
        operation: "update_webhook_settings",
        request: PUT "/applications/{application_id}/settings/webhook",
        response: WebhookSettingsResponse,
        required {
            /// The application id.
            path application_id: String,
        }
        optional {
            /// Turn webhooks on or off.
            body enabled: bool,
            /// The URL events are posted to.
            body url: String,
            /// The event categories to subscribe to (see [`crate::models::events`]).
            body enabled_events: StringList,
        }
    }
}

/// Entry points for webhook settings: `calls.webhook_settings(app_id)`.
#[derive(Debug, Clone, Copy)]
pub struct WebhookSettingsApi<'a> {
    calls: &'a CallsClient,
    application_id: &'a str,
}

impl CallsClient {
    /// The webhook settings of the application `application_id` (the same id as in the base
    /// URL).
    pub fn webhook_settings<'a>(&'a self, application_id: &'a str) -> WebhookSettingsApi<'a> {
        WebhookSettingsApi {
            calls: self,
            application_id,
        }
    }
}

impl<'a> WebhookSettingsApi<'a> {
    /// Retrieves the settings.
    pub fn get(self) -> Pending<'a, GetWebhookSettings> {
        self.calls
            .request(GetWebhookSettings::new(self.application_id))
    }

    /// Changes the settings; set `enabled`, `url` and `enabled_events` on the result.
    pub fn update(self) -> Pending<'a, UpdateWebhookSettings> {
        self.calls
            .request(UpdateWebhookSettings::new(self.application_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::events;
    use crate::test_support::{decode_fixture, json_body, path_and_query, request_fixture, wire};

    #[test]
    fn get_webhook_settings_on_the_wire() {
        let request = wire(&GetWebhookSettings::new("APP/1").display_all_webhook_categories(true));
        assert_eq!(request.method(), "GET");
        assert_eq!(
            path_and_query(&request),
            "/v1/applications/APP%2F1/settings/webhook?display_all_webhook_categories=true"
        );
    }

    #[test]
    fn update_webhook_settings_on_the_wire() {
        let request = wire(
            &UpdateWebhookSettings::new("A1B2")
                .enabled(true)
                .url("https://example.com/calls")
                .enabled_events([events::DIRECT_CALL_DIAL, events::DIRECT_CALL_END]),
        );
        assert_eq!(request.method(), "PUT");
        assert_eq!(
            path_and_query(&request),
            "/v1/applications/A1B2/settings/webhook"
        );
        assert_eq!(
            json_body(&request),
            serde_json::json!({
                "enabled": true,
                "url": "https://example.com/calls",
                "enabled_events": ["direct_call:dial", "direct_call:end"]
            })
        );
        assert_eq!(
            json_body(&request),
            request_fixture("update_webhook_settings")
        );
        let only_url = wire(&UpdateWebhookSettings::new("A1B2").url("https://e.x/h"));
        assert_eq!(
            json_body(&only_url),
            serde_json::json!({"url": "https://e.x/h"})
        );
    }

    #[test]
    fn decodes_webhook_settings() {
        let got = decode_fixture::<GetWebhookSettings>("get_webhook_settings").webhook;
        assert_eq!(got.enabled, Some(true));
        assert_eq!(got.enabled_events, ["direct_call:dial", "direct_call:end"]);
        assert!(got
            .all_webhook_categories
            .contains(&events::ROOM_CREATE.to_owned()));
        let updated = decode_fixture::<UpdateWebhookSettings>("update_webhook_settings").webhook;
        assert_eq!(updated.url.as_deref(), Some("https://example.com/calls"));
        assert!(updated.all_webhook_categories.is_empty());
    }
}
