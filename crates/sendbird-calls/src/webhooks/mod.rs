//! Calls webhook settings: which events are posted to which URL.
//!
//! Sendbird posts events as JSON, waits 1 second for an answer and sends the same event up to
//! 3 times in total; answer `200` at once and process asynchronously. A signature header is not
//! documented for Calls.

#[cfg(test)]
mod tests;

use sendbird_core::StringList;

use crate::models::WebhookSettingsResponse;
use crate::{CallsClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the webhook settings family.
    registry: pub const ENDPOINTS;
    client: CallsClient;
    pending: Pending;

    /// The webhook settings of the application `application_id` (the same id as in the base
    /// URL): `calls.webhook_settings(app_id)`.
    family WebhookSettingsApi = webhook_settings(
        /// The application id.
        path application_id: String,
    ) {
        /// Retrieves the application's Calls webhook settings.
        fn get -> pub struct GetWebhookSettings {
            operation: "get_webhook_settings",
            request: GET "/applications/{application_id}/settings/webhook",
            idempotent: yes,
            response: WebhookSettingsResponse,
            optional {
                /// Also list every supported category in `all_webhook_categories`.
                query display_all_webhook_categories: bool,
            }
        }

        /// Changes the application's Calls webhook settings; unset fields stay as they are.
        fn update -> pub struct UpdateWebhookSettings {
            operation: "update_webhook_settings",
            request: PUT "/applications/{application_id}/settings/webhook",
            idempotent: yes,
            response: WebhookSettingsResponse,
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
}
