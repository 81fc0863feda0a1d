//! Webhooks: the settings on [`chat.application()`](crate::ChatClient::application) (where
//! Sendbird posts events, which categories, what the payloads include), the typed events
//! Sendbird posts ([`WebhookEvent`], one variant per category, with an `Unknown` catch-all),
//! and a verified receiver.
//!
//! ## Receiving events
//!
//! [`verify_and_parse`] checks `x-sendbird-signature` against the raw body with the master
//! API token, then parses the event. [`receiver`] wraps it in a `tower::Service` for hyper,
//! axum or anything tower: it caps the body, verifies, parses, runs your handler on its own
//! task and answers `200` at once (Sendbird waits 5 seconds and resends the same POST up to 3
//! times); a bad signature answers `401` and never reaches the handler.
//!
//! ```no_run
//! use sendbird_chat::webhooks::{self, WebhookEvent};
//!
//! let receiver = webhooks::receiver("MASTER_API_TOKEN", |delivery| async move {
//!     match &delivery.event {
//!         WebhookEvent::GroupChannelMessageSend(message) => {
//!             println!("{:?} in {}", message.payload.message, message.channel.channel_url);
//!         }
//!         other => println!("{} ({})", other.category(), delivery.dedup_key()),
//!     }
//! });
//! // hyper: hyper_util::service::TowerToHyperService::new(receiver)
//! // axum:  Router::new().route_service("/sendbird/events", receiver)
//! # let _ = receiver;
//! ```
//!
//! Sendbird sends no event id: a resend is the same body with the same signature, so
//! [`Delivery::dedup_key`] identifies an event across resends.
//!
//! ## Settings
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! let settings = chat
//!     .application()
//!     .update_webhook_settings()
//!     .enabled(true)
//!     .url("https://example.com/sendbird/events")
//!     .enabled_events(["group_channel:create", "group_channel:message_send"])
//!     .include_members(true)
//!     .await?;
//! let all = chat
//!     .application()
//!     .webhook_settings()
//!     .display_all_webhook_categories(true)
//!     .await?;
//! # let _ = (settings, all);
//! # Ok(()) }
//! ```

mod events;
mod models;
mod payloads;
#[cfg(test)]
mod tests;

use sendbird_core::StringList;

pub use events::WebhookEvent;
pub use models::*;
pub use payloads::*;
#[cfg(feature = "webhook")]
pub use sendbird_core::webhook::{Delivery, WebhookError};

use crate::handles::Application;
use crate::Pending;

sendbird_core::endpoints! {
    /// Every endpoint of the webhooks family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    extend Application() {
        /// Retrieves the webhook settings.
        fn webhook_settings -> pub struct GetWebhookSettings {
            operation: "get_webhook_settings",
            request: GET "/applications/settings/webhook",
            idempotent: yes,
            response: WebhookSettingsResponse,
            optional {
                /// Also list every event category Sendbird supports
                /// (`all_webhook_categories`).
                query display_all_webhook_categories: bool,
            }
        }

        /// Updates the webhook settings; only the settings given change.
        fn update_webhook_settings -> pub struct UpdateWebhookSettings {
            operation: "update_webhook_settings",
            request: PUT "/applications/settings/webhook",
            idempotent: yes,
            response: WebhookSettingsResponse,
            optional {
                /// Deliver events.
                body enabled: bool,
                /// The receiver's URL.
                body url: String,
                /// The event categories to deliver (`group_channel:create`, ...); `["*"]`
                /// subscribes to every category, `[]` to none.
                body enabled_events: StringList,
                /// Include the channel's `members` in group channel payloads (never for
                /// Supergroups).
                body include_members: bool,
                /// Include unread counts in the payloads' member objects.
                body include_unread_count: bool,
            }
        }
    }
}

sendbird_core::webhook_receiver!(
    WebhookEvent,
    ///
    /// ```
    /// use sendbird_chat::webhooks::{verify_and_parse, WebhookError, WebhookEvent};
    /// use sendbird_core::{webhook, ApiToken};
    ///
    /// let token = ApiToken::new("master");
    /// let body = br#"{"category":"user:unblock","unblocker":{"user_id":"a"},"unblockee":{"user_id":"b"}}"#;
    /// let mut headers = http::HeaderMap::new();
    /// headers.insert(webhook::SIGNATURE_HEADER, webhook::sign(body, &token)?.parse().unwrap());
    /// assert!(matches!(verify_and_parse(body, &headers, &token)?, WebhookEvent::UserUnblock(_)));
    /// assert_eq!(
    ///     verify_and_parse(b"{}", &headers, &token).unwrap_err(),
    ///     WebhookError::Mismatch
    /// );
    /// # Ok::<(), WebhookError>(())
    /// ```
);
