//! Webhook settings, on [`chat.application()`](crate::ChatClient::application): where
//! Sendbird posts events, which event categories, and what the payloads include. Verify
//! deliveries with `sendbird_core::webhook`.
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

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::StringList;

pub use models::*;

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
