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

/// The Calls webhook receiver: a `tower::Service<http::Request<B>>` answering `200` once an
/// authentic [`WebhookEvent`] is handed off (see [`sendbird_core::webhook::Receiver`]).
#[cfg(feature = "webhook")]
pub type WebhookReceiver = sendbird_core::webhook::Receiver<WebhookEvent>;

/// Checks `x-sendbird-signature` against the raw `body` with the master API token, then
/// parses the event.
#[cfg(feature = "webhook")]
pub fn verify_and_parse(
    body: &[u8],
    headers: &sendbird_core::http::HeaderMap,
    master_token: &sendbird_core::ApiToken,
) -> Result<WebhookEvent, WebhookError> {
    sendbird_core::webhook::verify_and_parse(body, headers, master_token)
}

/// A receiver that runs `handler` on its own Tokio task for every authentic event and
/// answers `200` without waiting for it (Sendbird waits only 1 second for Calls).
#[cfg(feature = "webhook")]
pub fn receiver<F, Fut>(
    master_token: impl Into<sendbird_core::ApiToken>,
    handler: F,
) -> WebhookReceiver
where
    F: Fn(Delivery<WebhookEvent>) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    WebhookReceiver::new(master_token, handler)
}

/// A receiver that queues every authentic event on a bounded channel of `capacity`, and the
/// channel's receiving end (a full or closed channel answers `503`).
#[cfg(feature = "webhook")]
pub fn channel_receiver(
    master_token: impl Into<sendbird_core::ApiToken>,
    capacity: usize,
) -> (
    WebhookReceiver,
    tokio::sync::mpsc::Receiver<Delivery<WebhookEvent>>,
) {
    WebhookReceiver::channel(master_token, capacity)
}
