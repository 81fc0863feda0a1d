//! Push notifications: a user's device tokens, push preferences (application-wide and per
//! group channel) and content template; device-token owners; and the application's push
//! providers (APNs, FCM, HMS), push switch and content templates.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use sendbird_chat::push::{PushTemplateName, PushTriggerOption, TokenType};
//! use sendbird_chat::FilePart;
//!
//! // A user's devices and preferences.
//! let alice = chat.user("alice");
//! alice.add_push_token(TokenType::Fcm, "fP7c4oBk_hU:APA91bE").await?;
//! let tokens = alice.push_tokens(TokenType::Fcm).await?;
//! alice
//!     .update_push_preferences()
//!     .push_trigger_option(PushTriggerOption::MentionOnly)
//!     .timezone("Europe/Paris")
//!     .await?;
//! alice.choose_push_template(PushTemplateName::Alternative).await?;
//!
//! // Who owns a token?
//! let owner = chat.device_token(TokenType::Fcm, &tokens.tokens[0]).owner().await?;
//! assert_eq!(owner.user_id(), Some("alice"));
//!
//! // The application's providers.
//! let certificate = FilePart::new("cert.p12", std::fs::read("cert.p12").unwrap_or_default());
//! let added = chat
//!     .application()
//!     .add_apns_push_configuration(certificate)
//!     .apns_cert_password("p12 password")
//!     .await?;
//! # let _ = added;
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::{Empty, FilePart, IntoParam, SecretString, StringList};

pub use models::*;

use crate::handles::{Application, UserHandle};
use crate::{ChatClient, Pending};

sendbird_core::param_group! {
    /// The APNs options that registering and changing an APNs provider share.
    apns {
        /// The certificate's environment (read from the certificate when absent).
        body apns_cert_env_type: ApnsEnvironment,
        /// The certificate's password, set when it was exported.
        body apns_cert_password: SecretString,
        /// Show the unread count as the app badge (default true).
        body has_unread_count_badge: bool,
        /// Wake the app for a background update (default false).
        body content_available: bool,
        /// Let a notification service extension modify notifications (default false).
        body mutable_content: bool,
        /// A sound file of the main bundle or `Library/Sounds`.
        body push_sound: String,
    }
}

sendbird_core::endpoints! {
    /// Every endpoint of the push family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// One device token: `chat.device_token(token_type, token)`, to find or unregister its
    /// owner without knowing the user.
    family DeviceTokenHandle = device_token(
        /// The token type.
        path token_type: TokenType,
        /// The device token (it travels in the URL path).
        path token: DeviceToken,
    ) {
        /// Finds the user a device token is registered to.
        fn owner -> pub struct GetDeviceTokenOwner {
            operation: "get_device_token_owner",
            request: GET "/push/device_tokens/{token_type}/{token}",
            idempotent: yes,
            response: DeviceTokenOwners,
        }

        /// Unregisters a device token from whichever user it is registered to.
        fn remove_from_owner -> pub struct RemoveDeviceTokenFromOwner {
            operation: "remove_device_token_from_owner",
            request: DELETE "/push/device_tokens/{token_type}/{token}",
            idempotent: yes,
            response: DeviceTokenOwners,
        }
    }

    extend UserHandle(
        /// The user id.
        path user_id: String,
    ) {
        /// Lists a user's device tokens of one type (at most 20), oldest first.
        fn push_tokens -> pub struct ListDeviceTokens {
            operation: "list_device_tokens",
            request: GET "/users/{user_id}/push/{token_type}",
            idempotent: yes,
            response: DeviceTokens,
            required {
                /// The token type.
                path token_type: TokenType,
            }
        }

        /// Registers a device token for a user; Sendbird keeps at most 20 per type, dropping
        /// the oldest. Set the body field matching `token_type`, or use
        /// [`AddDeviceToken::with_token`] /
        /// [`chat.user(id).add_push_token(type, token)`](UserHandle::add_push_token).
        pub struct AddDeviceToken {
            operation: "add_device_token",
            request: POST "/users/{user_id}/push/{token_type}",
            idempotent: yes,
            response: AddedDeviceToken,
            required {
                /// The token type.
                path token_type: TokenType,
            }
            optional {
                /// The FCM registration token (type `gcm`).
                body gcm_reg_token: DeviceToken,
                /// The APNs device token (types `apns` and `apns_voip`).
                body apns_device_token: DeviceToken,
                /// The HMS device token (type `huawei`).
                body huawei_device_token: DeviceToken,
            }
        }

        /// Unregisters one of a user's device tokens.
        fn remove_push_token -> pub struct RemoveDeviceToken {
            operation: "remove_device_token",
            request: DELETE "/users/{user_id}/push/{token_type}/{token}",
            idempotent: yes,
            response: RemovedDeviceTokens,
            required {
                /// The token type.
                path token_type: TokenType,
                /// The device token (it travels in the URL path).
                path token: DeviceToken,
            }
        }

        /// Unregisters all of a user's device tokens, of every type.
        fn remove_all_push_tokens -> pub struct RemoveAllDeviceTokens {
            operation: "remove_all_device_tokens",
            request: DELETE "/users/{user_id}/push",
            idempotent: yes,
            response: RemovedDeviceTokens,
        }

        /// Chooses which of the application's content templates formats a user's
        /// notifications (a message's own template still wins).
        fn choose_push_template -> pub struct ChoosePushNotificationTemplate {
            operation: "choose_push_notification_template",
            request: PUT "/users/{user_id}/push/template",
            idempotent: yes,
            response: PushTemplateChoice,
            required {
                /// `default` or `alternative`.
                body name: PushTemplateName,
            }
        }

        /// Retrieves a user's application-level push notification preferences.
        fn push_preferences -> pub struct GetPushPreferences {
            operation: "get_push_preferences",
            request: GET "/users/{user_id}/push_preference",
            idempotent: yes,
            response: PushPreferences,
        }

        /// Changes any of a user's application-level push notification preferences.
        fn update_push_preferences -> pub struct UpdatePushPreferences {
            operation: "update_push_preferences",
            request: PUT "/users/{user_id}/push_preference",
            idempotent: yes,
            response: PushPreferences,
            optional {
                /// Which messages notify the user.
                body push_trigger_option: PushTriggerOption,
                /// Turn the daily do-not-disturb window on or off.
                body do_not_disturb: bool,
                /// Do-not-disturb start hour, 0–23 (in `timezone`).
                body start_hour: u32,
                /// Do-not-disturb start minute, 0–59.
                body start_min: u32,
                /// Do-not-disturb end hour, 0–23.
                body end_hour: u32,
                /// Do-not-disturb end minute, 0–59.
                body end_min: u32,
                /// Snooze notifications between `snooze_start_ts` and `snooze_end_ts`.
                body snooze_enabled: bool,
                /// Snooze start, Unix milliseconds.
                body snooze_start_ts: i64,
                /// Snooze end, Unix milliseconds.
                body snooze_end_ts: i64,
                /// The IANA time zone of the do-not-disturb window (e.g. `Asia/Seoul`).
                body timezone: String,
                /// The notification sound.
                body push_sound: String,
                /// Block notifications for messages from bots.
                body block_push_from_bots: bool,
                /// With `block_push_from_bots`: block only these bots.
                body push_blocked_bot_ids: StringList,
                /// Notify the user of replies to their messages.
                body enable_push_for_replies: bool,
                /// Weekly do-not-disturb schedules (replace the daily window).
                body dnd_schedules: Vec<DndSchedule>,
            }
        }

        /// Resets a user's do-not-disturb, snooze, time zone and sound preferences.
        fn reset_push_preferences -> pub struct ResetPushPreferences {
            operation: "reset_push_preferences",
            request: DELETE "/users/{user_id}/push_preference",
            idempotent: yes,
            response: Empty,
        }

        /// Retrieves a user's push notification preference for one group channel.
        fn channel_push_preferences -> pub struct GetChannelPushPreferences {
            operation: "get_channel_push_preferences",
            request: GET "/users/{user_id}/push_preference/{channel_url}",
            idempotent: yes,
            response: ChannelPushPreferences,
            required {
                /// The group channel URL.
                path channel_url: String,
            }
        }

        /// Sets a user's push notification preference for one group channel.
        fn update_channel_push_preferences -> pub struct UpdateChannelPushPreferences {
            operation: "update_channel_push_preferences",
            request: PUT "/users/{user_id}/push_preference/{channel_url}",
            idempotent: yes,
            response: ChannelPushPreferences,
            required {
                /// The group channel URL.
                path channel_url: String,
                /// Which messages of the channel notify the user.
                body push_trigger_option: ChannelPushTriggerOption,
            }
            optional {
                /// The channel's notification sound.
                body push_sound: String,
                /// Deprecated on/off switch.
                body enable: bool,
            }
        }
    }

    extend Application() {
        /// Registers an APNs provider from a `.p12` certificate (sent as
        /// `multipart/form-data`); Sendbird reads the environment and bundle id from it.
        fn add_apns_push_configuration -> pub struct AddApnsPushConfiguration {
            operation: "add_apns_push_configuration",
            request: POST "/applications/push/apns",
            idempotent: no,
            response: PushConfigurations,
            required {
                /// The `.p12` certificate.
                file apns_cert: FilePart,
            }
            optional {
                ..apns,
            }
        }

        /// Deletes an APNs provider's certificate.
        fn delete_apns_certificate -> pub struct DeleteApnsCertificate {
            operation: "delete_apns_certificate",
            request: DELETE "/applications/push/apns/cert/{provider_id}",
            idempotent: yes,
            response: PushConfigurationIds,
            required {
                /// The APNs provider id.
                path provider_id: String,
            }
        }

        /// Changes an APNs provider's options or replaces its certificate (a new
        /// certificate makes the request `multipart/form-data`).
        fn update_apns_push_configuration -> pub struct UpdateApnsPushConfiguration {
            operation: "update_apns_push_configuration",
            request: PUT "/applications/push/apns/{provider_id}",
            idempotent: yes,
            response: PushConfigurationIds,
            required {
                /// The APNs provider id.
                path provider_id: String,
            }
            optional {
                /// A new `.p12` certificate.
                file apns_cert: FilePart,
                ..apns,
            }
        }

        /// Registers an FCM provider with a legacy server key.
        fn add_fcm_push_configuration -> pub struct AddFcmPushConfiguration {
            operation: "add_fcm_push_configuration",
            request: POST "/applications/push/fcm",
            idempotent: no,
            response: PushConfigurations,
            required {
                /// The FCM server key.
                body api_key: SecretString,
            }
            optional {
                /// A sound file of the Android app's `res/raw`.
                body push_sound: String,
            }
        }

        /// Changes an FCM provider's key, sound or API version.
        fn update_fcm_push_configuration -> pub struct UpdateFcmPushConfiguration {
            operation: "update_fcm_push_configuration",
            request: PUT "/applications/push/fcm/{provider_id}",
            idempotent: yes,
            response: PushConfigurationIds,
            required {
                /// The FCM provider id.
                path provider_id: String,
            }
            optional {
                /// A new FCM server key.
                body api_key: SecretString,
                /// A sound file of the Android app's `res/raw`.
                body push_sound: String,
                /// Send through the FCM HTTP v1 API (needs a service-account key on the
                /// provider) instead of the legacy API.
                body use_fcm_v1_api: bool,
            }
        }

        /// Registers a Huawei Mobile Services provider.
        fn add_hms_push_configuration -> pub struct AddHmsPushConfiguration {
            operation: "add_hms_push_configuration",
            request: POST "/applications/push/hms",
            idempotent: no,
            response: PushConfigurations,
            required {
                /// The Huawei app id.
                body huawei_app_id: String,
                /// The Huawei app secret.
                body huawei_app_secret: SecretString,
            }
            optional {
                /// A sound file of the Android app's `res/raw`.
                body push_sound: String,
            }
        }

        /// Changes an HMS provider's credentials or sound.
        fn update_hms_push_configuration -> pub struct UpdateHmsPushConfiguration {
            operation: "update_hms_push_configuration",
            request: PUT "/applications/push/hms/{provider_id}",
            idempotent: yes,
            response: PushConfigurationIds,
            required {
                /// The HMS provider id.
                path provider_id: String,
            }
            optional {
                /// A new Huawei app id.
                body huawei_app_id: String,
                /// A new Huawei app secret.
                body huawei_app_secret: SecretString,
                /// A sound file of the Android app's `res/raw`.
                body push_sound: String,
            }
        }

        /// Lists the application's two push notification content templates.
        fn push_notification_templates -> pub struct ListPushNotificationTemplates {
            operation: "list_push_notification_templates",
            request: GET "/applications/push/message_templates",
            idempotent: yes,
            response: PushMessageTemplates,
        }

        /// Retrieves one content template with a rendered preview.
        fn push_notification_template -> pub struct GetPushNotificationTemplate {
            operation: "get_push_notification_template",
            request: GET "/applications/push/message_templates/{template_name}",
            idempotent: yes,
            response: PushMessageTemplates,
            required {
                /// `default` or `alternative`.
                path template_name: PushTemplateName,
            }
        }

        /// Replaces the formats of one content template.
        fn update_push_notification_template -> pub struct UpdatePushNotificationTemplate {
            operation: "update_push_notification_template",
            request: PUT "/applications/push/message_templates/{template_name}",
            idempotent: yes,
            response: PushMessageTemplates,
            required {
                /// `default` or `alternative`.
                path template_name: PushTemplateName,
                /// The new formats.
                body template: PushTemplateFormats,
            }
        }

        /// Tells whether push notifications are on for the application.
        fn push_notification_settings -> pub struct GetPushNotificationSettings {
            operation: "get_push_notification_settings",
            request: GET "/applications/push/settings",
            idempotent: yes,
            response: PushNotificationSettings,
        }

        /// Turns push notifications on or off for the application.
        fn update_push_notification_settings -> pub struct UpdatePushNotificationSettings {
            operation: "update_push_notification_settings",
            request: PUT "/applications/push/settings",
            idempotent: yes,
            response: PushNotificationSettings,
            required {
                /// On or off.
                body push_enabled: bool,
            }
        }

        /// Lists the application's push providers of one kind.
        fn push_configurations -> pub struct ListPushConfigurations {
            operation: "list_push_configurations",
            request: GET "/applications/push/{push_type}",
            idempotent: yes,
            response: PushConfigurations,
            required {
                /// The provider kind.
                path push_type: PushType,
            }
        }

        /// Retrieves one push provider.
        fn push_configuration -> pub struct GetPushConfiguration {
            operation: "get_push_configuration",
            request: GET "/applications/push/{push_type}/{provider_id}",
            idempotent: yes,
            response: PushConfigurations,
            required {
                /// The provider kind.
                path push_type: PushType,
                /// The provider id.
                path provider_id: String,
            }
        }

        /// Removes a push provider (registered device tokens stay).
        fn remove_push_configuration -> pub struct RemovePushConfiguration {
            operation: "remove_push_configuration",
            request: DELETE "/applications/push/{push_type}/{provider_id}",
            idempotent: yes,
            response: PushConfigurationIds,
            required {
                /// The provider kind.
                path push_type: PushType,
                /// The provider id.
                path provider_id: String,
            }
        }
    }
}

impl AddDeviceToken {
    /// The request registering `token` of `token_type` for `user_id`, with the token in the
    /// body field Sendbird expects for that type (`gcm_reg_token`, `apns_device_token` for
    /// `apns` and `apns_voip`, `huawei_device_token`). For a type this SDK does not know,
    /// no field is set: set it on the returned request yourself.
    pub fn with_token(
        user_id: impl IntoParam<String>,
        token_type: impl IntoParam<TokenType>,
        token: impl IntoParam<DeviceToken>,
    ) -> Self {
        let token_type = token_type.into_param();
        let token = token.into_param();
        let request = Self::new(user_id, token_type.clone());
        match token_type {
            TokenType::Fcm => request.gcm_reg_token(token),
            TokenType::Apns | TokenType::ApnsVoip => request.apns_device_token(token),
            TokenType::Huawei => request.huawei_device_token(token),
            TokenType::Unknown(_) => request,
        }
    }
}

impl<'a> UserHandle<'a> {
    /// Registers a device token for the user:
    /// `chat.user("alice").add_push_token(TokenType::Fcm, token)` (see
    /// [`AddDeviceToken::with_token`]).
    pub fn add_push_token(
        &self,
        token_type: impl IntoParam<TokenType>,
        token: impl IntoParam<DeviceToken>,
    ) -> Pending<'a, AddDeviceToken> {
        Pending::new(
            self.client().as_ref(),
            AddDeviceToken::with_token(self.user_id(), token_type, token),
        )
    }
}
