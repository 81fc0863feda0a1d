//! Calls webhooks: the settings (which events are posted to which URL), the typed events
//! ([`WebhookEvent`]) and a receiver.
//!
//! Sendbird posts events as JSON, waits **1 second** for an answer and sends the same event
//! up to 3 times in total; answer `200` at once and process asynchronously — [`receiver`]
//! does (see `sendbird_chat::webhooks` for the same receiver with Chat events). The Calls
//! page does not show an `x-sendbird-signature` header: the receiver requires one (the Chat
//! scheme, HMAC-SHA256 of the body with the master API token); use
//! [`WebhookEvent::parse`] directly if your application's Calls webhooks arrive unsigned.
//!
//! ```no_run
//! use sendbird_calls::webhooks::{self, WebhookEvent};
//!
//! let receiver = webhooks::receiver("MASTER_API_TOKEN", |delivery| async move {
//!     if let WebhookEvent::DirectCallEnd(end) = &delivery.event {
//!         println!("call {} ended: {:?}", end.direct_call.call_id, end.end_result());
//!     }
//! });
//! # let _ = receiver;
//! ```

mod events;
#[cfg(test)]
mod tests;

pub use events::{DirectCallEvent, RoomEvent, WebhookDirectCall, WebhookEvent};
#[cfg(feature = "webhook")]
pub use sendbird_core::webhook::{Delivery, WebhookError};

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

sendbird_core::webhook_receiver!(WebhookEvent);
