//! Application settings, on [`chat.application()`](crate::ChatClient::application):
//! secondary API tokens, the IP whitelist, the default channel invitation preference, auto
//! event messages and the global application settings. Reactions and emojis are in
//! [`emojis`](crate::emojis), webhook settings in [`webhooks`](crate::webhooks).
//!
//! Listing, generating, getting and revoking API tokens needs the **master** API token;
//! everything else works with a secondary token too.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use sendbird_chat::application::AutoEventMessages;
//!
//! let app = chat.application();
//! let token = app.generate_api_token().await?;
//! let tokens = app.api_tokens().await?;
//! app.revoke_api_token(token.token).await?;
//!
//! app.add_ips_to_whitelist(["203.0.113.0/24", "198.51.100.7"]).await?;
//! app.update_default_channel_invitation_preference(false).await?;
//! app.configure_auto_event_messages(AutoEventMessages::new().user_join(true)).await?;
//! let settings = app.update_global_settings().max_message_length(1000).await?;
//! # let _ = (tokens, settings);
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::{Empty, SecretString};

pub use models::*;

use crate::handles::Application;
use crate::Pending;

sendbird_core::param_group! {
    /// The message limits that the application's global channel settings and the settings by
    /// custom channel type share.
    pub(crate) settings_limits {
        /// New members of group channels see the messages sent before they joined
        /// (Sendbird's default: false).
        body display_past_message: bool,
        /// Links in messages are clickable (Sendbird's default: true).
        body allow_links: bool,
        /// The longest text message, in characters: 50, 100, 200, 500, 1000, 5000
        /// (Sendbird's default), 10000 or 20000.
        body max_message_length: i64,
        /// Messages a user may send per channel within
        /// `user_messages_per_channel_duration` (`-1`: the system limit, Sendbird's
        /// default).
        body user_messages_per_channel: i64,
        /// The window of `user_messages_per_channel`, in seconds (Sendbird's default: 1).
        body user_messages_per_channel_duration: i64,
    }

    /// The filters and moderation that the application's global channel settings and the
    /// settings by custom channel type share.
    pub(crate) settings_filters {
        /// Which domains links in messages may point to.
        body domain_filter: DomainFilter,
        /// Which words and patterns are replaced or blocked.
        body profanity_filter: ProfanityFilter,
        /// Penalties for users who keep sending profanity.
        body profanity_triggered_moderation: ProfanityTriggeredModeration,
        /// Image moderation of messages sent through the client SDKs.
        body image_moderation: ImageModeration,
    }
}

sendbird_core::endpoints! {
    /// Every endpoint of the application family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    extend Application() {
        /// Lists the application's secondary API tokens (master token only).
        fn api_tokens -> pub struct ListSecondaryApiTokens {
            operation: "list_secondary_api_tokens",
            request: GET "/applications/api_tokens",
            idempotent: yes,
            response: SecondaryApiTokens,
        }

        /// Generates a secondary API token (master token only; at most 10 per application).
        fn generate_api_token -> pub struct GenerateSecondaryApiToken {
            operation: "generate_secondary_api_token",
            request: POST "/applications/api_tokens",
            idempotent: no,
            response: SecondaryApiToken,
            optional {
                /// The master API token, as older docs ask; the current docs send an empty
                /// body (the default).
                body http_api_token as "HTTP_API_TOKEN": SecretString,
            }
        }

        /// Retrieves a secondary API token (master token only).
        fn api_token -> pub struct GetSecondaryApiToken {
            operation: "get_secondary_api_token",
            request: GET "/applications/api_tokens/{api_token}",
            idempotent: yes,
            response: SecondaryApiToken,
            required {
                /// The secondary API token.
                path api_token: SecretString,
            }
        }

        /// Revokes a secondary API token (master token only): requests with it fail from
        /// now on. The master token can't be revoked.
        fn revoke_api_token -> pub struct RevokeSecondaryApiToken {
            operation: "revoke_secondary_api_token",
            request: DELETE "/applications/api_tokens/{api_token}",
            idempotent: yes,
            response: Empty,
            required {
                /// The secondary API token.
                path api_token: SecretString,
            }
        }

        /// Retrieves whether new users join private group channels on invitation.
        fn default_channel_invitation_preference
            -> pub struct GetDefaultChannelInvitationPreference {
            operation: "get_default_channel_invitation_preference",
            request: GET "/applications/default_channel_invitation_preference",
            idempotent: yes,
            response: DefaultChannelInvitationPreference,
        }

        /// Sets whether users created from now on join private group channels on invitation
        /// (existing users keep their own preference).
        fn update_default_channel_invitation_preference
            -> pub struct UpdateDefaultChannelInvitationPreference {
            operation: "update_default_channel_invitation_preference",
            request: PUT "/applications/default_channel_invitation_preference",
            idempotent: yes,
            response: DefaultChannelInvitationPreference,
            required {
                /// Join on invitation without accepting (default true).
                body auto_accept: bool,
            }
        }

        /// Retrieves which auto event messages (admin messages on joins, leaves, channel
        /// creation and changes) group channels get.
        fn auto_event_messages -> pub struct ListAutoEventMessages {
            operation: "list_auto_event_messages",
            request: GET "/applications/settings/auto_event_message",
            idempotent: yes,
            response: AutoEventMessageSettings,
        }

        /// Turns auto event messages on or off; only the switches set in `settings` change.
        fn configure_auto_event_messages -> pub struct ConfigureAutoEventMessages {
            operation: "configure_auto_event_messages",
            request: PUT "/applications/settings/auto_event_message",
            idempotent: yes,
            response: AutoEventMessageSettings,
            required {
                /// The switches to set.
                body auto_event_message: AutoEventMessages,
            }
        }

        /// Retrieves the IP addresses and ranges allowed to call the API (empty: all).
        fn ip_whitelist -> pub struct GetIpWhitelist {
            operation: "get_ip_whitelist",
            request: GET "/applications/settings/ip_whitelist",
            idempotent: yes,
            response: IpWhitelist,
        }

        /// Adds IP addresses or CIDR ranges to the whitelist; once it is not empty, calls
        /// from other addresses are refused, so list your own servers first.
        fn add_ips_to_whitelist -> pub struct AddIpsToWhitelist {
            operation: "add_ips_to_whitelist",
            request: PUT "/applications/settings/ip_whitelist",
            idempotent: yes,
            response: IpWhitelist,
            required {
                /// IPv4 addresses or CIDR ranges (`192.0.2.0/24`).
                body ip_whitelist_addresses: IpAddressList,
            }
        }

        /// Removes IP addresses or ranges from the whitelist (an empty whitelist allows
        /// every address).
        fn delete_ips_from_whitelist -> pub struct DeleteIpsFromWhitelist {
            operation: "delete_ips_from_whitelist",
            request: DELETE "/applications/settings/ip_whitelist",
            idempotent: yes,
            response: IpWhitelist,
            required {
                /// The entries to remove, as they are listed.
                query ip_whitelist_addresses: IpAddressList,
            }
        }

        /// Retrieves the global application settings (those of channels without custom
        /// channel type settings).
        fn global_settings -> pub struct GetGlobalApplicationSettings {
            operation: "get_global_application_settings",
            request: GET "/applications/settings_global",
            idempotent: yes,
            response: GlobalSettings,
        }

        /// Updates the global application settings; only the settings given change.
        fn update_global_settings -> pub struct UpdateGlobalApplicationSettings {
            operation: "update_global_application_settings",
            request: PUT "/applications/settings_global",
            idempotent: yes,
            response: GlobalSettings,
            optional {
                ..settings_limits,
                ..settings_filters,
            }
        }
    }
}
