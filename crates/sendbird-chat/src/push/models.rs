//! Response bodies, parameter types and enums of the push endpoints.
//!
//! Secrets Sendbird returns in clear (the legacy FCM `api_key`, the HMS `huawei_app_secret`)
//! are [`SecretString`]s; device tokens are [`DeviceToken`]s. Neither ever shows up in
//! `Debug` or `Display` output.

use std::borrow::Cow;

use sendbird_core::{IntoParam, PathParam, SecretString};
use serde::de::Deserializer;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use crate::models::de::Items;
pub use crate::models::ChannelPushTriggerOption;
use crate::models::User;

// ---------------------------------------------------------------------------------------
// Device tokens
// ---------------------------------------------------------------------------------------

/// A device's push token: an FCM registration token, an APNs device token or an HMS token.
///
/// A device token is not a credential, but whoever also holds the push provider's
/// credentials can reach the device with it, so it is kept out of logs: `Debug` and
/// `Display` print `[redacted]`. It still travels in clear in request bodies and, for the
/// lookup and removal endpoints, in the URL path (Sendbird's design).
///
/// ```
/// use sendbird_chat::push::DeviceToken;
///
/// let token = DeviceToken::new("fP7c4oBk_hU:APA91bE");
/// assert_eq!(format!("{token:?}"), "DeviceToken([redacted])");
/// assert_eq!(token.expose(), "fP7c4oBk_hU:APA91bE");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DeviceToken(String);

impl DeviceToken {
    /// Wraps a device token.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// The token itself. Call this only where the value must leave the program.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

sendbird_core::redacted_newtype!(DeviceToken);

impl IntoParam<DeviceToken> for &str {
    fn into_param(self) -> DeviceToken {
        DeviceToken::from(self)
    }
}

impl IntoParam<DeviceToken> for String {
    fn into_param(self) -> DeviceToken {
        DeviceToken(self)
    }
}

impl IntoParam<DeviceToken> for &String {
    fn into_param(self) -> DeviceToken {
        DeviceToken(self.clone())
    }
}

impl IntoParam<DeviceToken> for &DeviceToken {
    fn into_param(self) -> DeviceToken {
        self.clone()
    }
}

impl PathParam for DeviceToken {
    fn to_path_segment(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0)
    }
}

sendbird_core::string_enum! {
    /// The kind of a device token: the `{token_type}` of the device-token paths. Responses
    /// spell it in upper case (`"type": "GCM"`); this SDK decodes either case.
    pub enum TokenType {
        /// Firebase Cloud Messaging (Sendbird still calls it `gcm`); body field
        /// `gcm_reg_token`.
        Fcm = "gcm",
        /// Apple Push Notification service; body field `apns_device_token`.
        Apns,
        /// An Apple PushKit VoIP token. Not listed by the Chat Platform API docs (the Chat
        /// client SDKs and the Calls API use it); sent with the `apns_device_token` body field.
        ApnsVoip,
        /// Huawei Mobile Services; body field `huawei_device_token`.
        Huawei,
    }
}

/// The answer of [`AddDeviceToken`](super::AddDeviceToken).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AddedDeviceToken {
    /// The registered token.
    #[serde(default)]
    pub token: Option<DeviceToken>,
    /// The token type (Sendbird answers `GCM`, `APNS`, `HUAWEI`).
    #[serde(default, rename = "type", deserialize_with = "any_case")]
    pub token_type: Option<TokenType>,
    /// The owner.
    #[serde(default)]
    pub user: Option<User>,
}

/// The answer of [`ListDeviceTokens`](super::ListDeviceTokens): a user's tokens of one type
/// (at most 20 per type), oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeviceTokens {
    /// The tokens.
    #[serde(default, deserialize_with = "crate::models::de::one_or_many")]
    pub tokens: Vec<DeviceToken>,
    /// The token type (Sendbird answers `GCM`, `APNS`, `HUAWEI`).
    #[serde(default, rename = "type", deserialize_with = "any_case")]
    pub token_type: Option<TokenType>,
    /// The owner.
    #[serde(default)]
    pub user: Option<User>,
    /// Deprecated duplicate of `tokens` that Sendbird keeps sending for backward
    /// compatibility (empty when absent).
    #[serde(default, deserialize_with = "crate::models::de::one_or_many")]
    pub token: Vec<DeviceToken>,
}

/// The answer of [`RemoveDeviceToken`](super::RemoveDeviceToken) and
/// [`RemoveAllDeviceTokens`](super::RemoveAllDeviceTokens).
///
/// The docs example of remove-one puts the token in an array while its field table says a
/// string; both decode into `token`. Remove-all may omit `token`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RemovedDeviceTokens {
    /// The removed token(s).
    #[serde(default, deserialize_with = "crate::models::de::one_or_many")]
    pub token: Vec<DeviceToken>,
    /// The user the tokens were removed from.
    #[serde(default)]
    pub user: Option<User>,
}

/// The user a device token is registered to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeviceTokenOwner {
    /// The owner's user id.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub user_id: String,
}

/// The answer of [`GetDeviceTokenOwner`](super::GetDeviceTokenOwner) and
/// [`RemoveDeviceTokenFromOwner`](super::RemoveDeviceTokenFromOwner).
///
/// The docs show one object (`{"user_id": "Fluo"}`) while both OpenAPI specs say an array
/// of such objects; either decodes into `owners`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
#[non_exhaustive]
pub struct DeviceTokenOwners {
    /// The owner(s); a token has one owner at a time.
    pub owners: Vec<DeviceTokenOwner>,
}

impl DeviceTokenOwners {
    /// The (first) owner's user id.
    pub fn user_id(&self) -> Option<&str> {
        self.owners.first().map(|owner| owner.user_id.as_str())
    }
}

impl<'de> Deserialize<'de> for DeviceTokenOwners {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const EXPECTING: &str = "an owner object or a list of them";
        match Items::read(deserializer, EXPECTING)? {
            Items::Object(owner) => Ok(Self {
                owners: vec![owner],
            }),
            Items::List(owners) => Ok(Self { owners }),
            other => Err(other.refuse(EXPECTING)),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Push preferences
// ---------------------------------------------------------------------------------------

sendbird_core::string_enum! {
    /// Which messages notify a user (user-level preference).
    pub enum PushTriggerOption {
        /// Every new message (the default).
        All,
        /// Only messages that mention the user.
        MentionOnly,
        /// None.
        Off,
    }
}

sendbird_core::string_enum! {
    /// A day of the week in a do-not-disturb schedule.
    pub enum DayOfWeek {
        /// Monday.
        Monday,
        /// Tuesday.
        Tuesday,
        /// Wednesday.
        Wednesday,
        /// Thursday.
        Thursday,
        /// Friday.
        Friday,
        /// Saturday.
        Saturday,
        /// Sunday.
        Sunday,
    }
}

/// One daily time window of a [`DndSchedule`], in the user's `timezone`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DndTimeWindow {
    /// Start hour, 0–23.
    #[serde(default)]
    pub start_hour: u32,
    /// Start minute, 0–59.
    #[serde(default)]
    pub start_min: u32,
    /// End hour, 0–23.
    #[serde(default)]
    pub end_hour: u32,
    /// End minute, 0–59.
    #[serde(default)]
    pub end_min: u32,
}

impl DndTimeWindow {
    /// A window from `start_hour:start_min` to `end_hour:end_min`.
    pub fn new(start_hour: u32, start_min: u32, end_hour: u32, end_min: u32) -> Self {
        Self {
            start_hour,
            start_min,
            end_hour,
            end_min,
        }
    }
}

/// The do-not-disturb windows of one weekday. A non-empty schedule list replaces the
/// legacy daily `do_not_disturb` window; Sendbird splits a window that crosses midnight
/// into two days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DndSchedule {
    /// The weekday.
    pub day_of_week: DayOfWeek,
    /// Its windows.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub time_windows: Vec<DndTimeWindow>,
}

impl DndSchedule {
    /// The windows of one weekday.
    pub fn new(
        day_of_week: DayOfWeek,
        time_windows: impl IntoIterator<Item = DndTimeWindow>,
    ) -> Self {
        Self {
            day_of_week,
            time_windows: time_windows.into_iter().collect(),
        }
    }
}

/// A user's application-level push notification preferences
/// ([`GetPushPreferences`](super::GetPushPreferences),
/// [`UpdatePushPreferences`](super::UpdatePushPreferences)).
///
/// Do-not-disturb hours and minutes are in `timezone`; snooze timestamps are Unix
/// milliseconds (the 2024 OpenAPI spec types them as strings in some responses: numeric
/// strings decode too).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushPreferences {
    /// Which messages notify the user (default `all`).
    #[serde(default)]
    pub push_trigger_option: Option<PushTriggerOption>,
    /// Whether the daily do-not-disturb window is on.
    #[serde(default)]
    pub do_not_disturb: Option<bool>,
    /// Do-not-disturb start hour, 0–23.
    #[serde(default)]
    pub start_hour: Option<u32>,
    /// Do-not-disturb start minute, 0–59.
    #[serde(default)]
    pub start_min: Option<u32>,
    /// Do-not-disturb end hour, 0–23.
    #[serde(default)]
    pub end_hour: Option<u32>,
    /// Do-not-disturb end minute, 0–59.
    #[serde(default)]
    pub end_min: Option<u32>,
    /// Whether notifications are snoozed between `snooze_start_ts` and `snooze_end_ts`.
    #[serde(default)]
    pub snooze_enabled: Option<bool>,
    /// Snooze start, Unix milliseconds (`0` when unset).
    #[serde(default, deserialize_with = "crate::models::de::int_or_numeric_string")]
    pub snooze_start_ts: Option<i64>,
    /// Snooze end, Unix milliseconds (`0` when unset).
    #[serde(default, deserialize_with = "crate::models::de::int_or_numeric_string")]
    pub snooze_end_ts: Option<i64>,
    /// The IANA time zone of the do-not-disturb window (default `UTC`).
    #[serde(default)]
    pub timezone: Option<String>,
    /// The notification sound (default `default`).
    #[serde(default)]
    pub push_sound: Option<String>,
    /// Whether messages from bots do not notify the user.
    #[serde(default)]
    pub block_push_from_bots: Option<bool>,
    /// With `block_push_from_bots`: only these bots are blocked (empty: all bots).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub push_blocked_bot_ids: Vec<String>,
    /// Whether replies to the user's messages notify them (listed by both OpenAPI specs,
    /// not described by the docs).
    #[serde(default)]
    pub enable_push_for_replies: Option<bool>,
    /// Weekly do-not-disturb schedules (newer servers; empty when absent).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub dnd_schedules: Vec<DndSchedule>,
}

/// A user's push notification preference for one group channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChannelPushPreferences {
    /// Which messages of the channel notify the user (default `default`).
    #[serde(default)]
    pub push_trigger_option: Option<ChannelPushTriggerOption>,
    /// The channel's notification sound; empty for the user-level one.
    #[serde(default)]
    pub push_sound: Option<String>,
    /// Deprecated on/off switch (default `true`).
    #[serde(default)]
    pub enable: Option<bool>,
}

sendbird_core::string_enum! {
    /// One of the application's two push notification content templates.
    pub enum PushTemplateName {
        /// The default template (`{sender_name}: {message}`, ...).
        Default,
        /// The alternative template (`New message arrived!`, ...).
        Alternative,
    }
}

/// The answer of [`ChoosePushNotificationTemplate`](super::ChoosePushNotificationTemplate).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushTemplateChoice {
    /// The template now used for the user's notifications.
    #[serde(default)]
    pub name: Option<PushTemplateName>,
}

// ---------------------------------------------------------------------------------------
// Push configurations (providers)
// ---------------------------------------------------------------------------------------

sendbird_core::string_enum! {
    /// A kind of push provider: the `{push_type}` of the configuration paths.
    pub enum PushType {
        /// Firebase Cloud Messaging.
        Fcm,
        /// Huawei Mobile Services (the add/update routes call it `hms`).
        Huawei,
        /// Apple Push Notification service.
        Apns,
    }
}

sendbird_core::string_enum! {
    /// The provider kind inside a [`PushConfiguration`] (`push_type`, upper case).
    pub enum PushConfigType {
        /// Firebase Cloud Messaging.
        Fcm = "FCM",
        /// Legacy Google Cloud Messaging.
        Gcm = "GCM",
        /// Huawei Mobile Services.
        Huawei = "HUAWEI",
        /// Apple Push Notification service.
        Apns = "APNS",
        /// Apple PushKit VoIP (Calls).
        ApnsVoip = "APNS_VOIP",
    }
}

sendbird_core::string_enum! {
    /// The APNs environment of a certificate. Requests send it in lower case; responses
    /// spell `apns_type` in upper case, and this SDK decodes either.
    pub enum ApnsEnvironment {
        /// The sandbox (development) environment.
        Development,
        /// The production environment.
        Production,
    }
}

/// A registered push provider (FCM, HMS or APNs). One struct for all kinds: the fields of
/// the other kinds are `None`.
///
/// Sendbird returns the legacy FCM `api_key` and the HMS `huawei_app_secret` in clear (every
/// docs example does; no masked form was found), so both are [`SecretString`]s. A `.p12`
/// certificate, its password and an FCM service-account key are never returned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushConfiguration {
    /// The provider id (40 hex characters in every docs example; not validated).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub id: String,
    /// The provider kind.
    #[serde(default)]
    pub push_type: Option<PushConfigType>,
    /// When the provider was registered, Unix seconds (absent from some docs examples).
    #[serde(default)]
    pub created_at: Option<i64>,
    /// The notification sound; empty or absent for the default sound.
    #[serde(default)]
    pub push_sound: Option<String>,
    /// FCM: the legacy server key (empty for an HTTP v1-only provider).
    #[serde(default)]
    pub api_key: Option<SecretString>,
    /// FCM: the legacy sender id (older answers only).
    #[serde(default)]
    pub sender_id: Option<String>,
    /// FCM: whether notifications go through the FCM HTTP v1 API.
    #[serde(default)]
    pub use_v1_api: Option<bool>,
    /// FCM: the Firebase project of the uploaded service-account key.
    #[serde(default)]
    pub project_id: Option<String>,
    /// FCM: the id of the uploaded service-account key (not the key).
    #[serde(default)]
    pub private_key_id: Option<String>,
    /// HMS: the Huawei app id.
    #[serde(default)]
    pub huawei_app_id: Option<String>,
    /// HMS: the Huawei app secret.
    #[serde(default)]
    pub huawei_app_secret: Option<SecretString>,
    /// APNs: the name read from the certificate (its bundle id).
    #[serde(default)]
    pub apns_name: Option<String>,
    /// APNs: the certificate's environment (`DEVELOPMENT` / `PRODUCTION` on the wire).
    #[serde(default, deserialize_with = "any_case")]
    pub apns_type: Option<ApnsEnvironment>,
    /// APNs: the certificate's environment again, lower case. The name is the one
    /// Sendbird's Dashboard reads; the 2024 OpenAPI spec spells it `apns_cer_env_type`.
    #[serde(default, deserialize_with = "any_case")]
    pub apns_env_cert_type: Option<ApnsEnvironment>,
    /// APNs: when the certificate expires. Unix seconds as far as known (the Dashboard
    /// treats a 10-digit value as seconds and anything longer as milliseconds).
    #[serde(default)]
    pub apns_expiration: Option<i64>,
    /// APNs: whether the badge shows the unread count (the spec sends `1`/`0`; booleans
    /// decode too).
    #[serde(default, deserialize_with = "crate::models::de::bool_or_int")]
    pub has_unread_count_badge: Option<bool>,
    /// APNs: whether notifications wake the app for a background update.
    #[serde(default, deserialize_with = "crate::models::de::bool_or_int")]
    pub content_available: Option<bool>,
    /// APNs: whether a notification service extension may modify notifications.
    #[serde(default, deserialize_with = "crate::models::de::bool_or_int")]
    pub mutable_content: Option<bool>,
}

/// The answer of the add, list and get configuration endpoints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushConfigurations {
    /// The provider(s): the one added, all of a kind, or the one asked for.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub push_configurations: Vec<PushConfiguration>,
}

/// The answer of the update, remove and delete-certificate endpoints: the provider id(s).
/// Sendbird sends a plain string for updates and an array for removals; both decode here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushConfigurationIds {
    /// The ids of the providers updated or removed.
    #[serde(
        default,
        rename = "push_configurations",
        deserialize_with = "crate::models::de::one_or_many"
    )]
    pub provider_ids: Vec<String>,
}

// ---------------------------------------------------------------------------------------
// Settings and content templates
// ---------------------------------------------------------------------------------------

/// The application's push notification switch
/// ([`GetPushNotificationSettings`](super::GetPushNotificationSettings)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushNotificationSettings {
    /// Whether push notifications are on for the application.
    #[serde(default)]
    pub push_enabled: Option<bool>,
    /// Undocumented (Sendbird's Dashboard): also push to a user's offline devices while
    /// another of their devices is online.
    #[serde(default)]
    pub always_push: Option<bool>,
    /// Undocumented (Sendbird's Dashboard): whether payloads carry the channel's unread count.
    #[serde(default)]
    pub include_channel_unread_count: Option<bool>,
}

/// One format of a content template: plain text, or (newer applications) a title and a body.
/// Template variables: `{sender_name}`, `{message}`, `{filename}`, `{file_type_friendly}`,
/// `{channel_name}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TemplateText {
    /// The notification title, for the `{title, body}` form.
    pub title: Option<String>,
    /// The text (or the body of the `{title, body}` form).
    pub body: String,
}

impl TemplateText {
    /// A title-and-body format (sent as `{"title": .., "body": ..}`).
    pub fn with_title(title: impl Into<String>, body: impl Into<String>) -> Self {
        Self {
            title: Some(title.into()),
            body: body.into(),
        }
    }
}

impl From<&str> for TemplateText {
    fn from(text: &str) -> Self {
        Self {
            title: None,
            body: text.to_owned(),
        }
    }
}

impl From<String> for TemplateText {
    fn from(text: String) -> Self {
        Self {
            title: None,
            body: text,
        }
    }
}

impl Serialize for TemplateText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.title {
            None => serializer.serialize_str(&self.body),
            Some(title) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("title", title)?;
                map.serialize_entry("body", &self.body)?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for TemplateText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct TitleAndBody {
            #[serde(default)]
            title: Option<String>,
            #[serde(default)]
            body: Option<String>,
        }

        const EXPECTING: &str = "a template string or a {title, body} object";
        match Items::<TitleAndBody>::read(deserializer, EXPECTING)? {
            Items::Str(text) => Ok(TemplateText::from(text.into_owned())),
            Items::Object(parts) => Ok(TemplateText {
                title: parts.title,
                body: parts.body.unwrap_or_default(),
            }),
            other => Err(other.refuse(EXPECTING)),
        }
    }
}

/// The formats of a content template, by message type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushTemplateFormats {
    /// Text messages (`MESG`).
    #[serde(rename = "MESG", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<TemplateText>,
    /// File messages (`FILE`).
    #[serde(rename = "FILE", default, skip_serializing_if = "Option::is_none")]
    pub file: Option<TemplateText>,
    /// Admin messages (`ADMM`).
    #[serde(rename = "ADMM", default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<TemplateText>,
}

impl PushTemplateFormats {
    /// The three formats (the docs list all three as required in an update).
    pub fn new(
        message: impl Into<TemplateText>,
        file: impl Into<TemplateText>,
        admin: impl Into<TemplateText>,
    ) -> Self {
        Self {
            message: Some(message.into()),
            file: Some(file.into()),
            admin: Some(admin.into()),
        }
    }
}

/// A push notification content template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushMessageTemplate {
    /// `default` or `alternative`.
    #[serde(default)]
    pub template_name: Option<PushTemplateName>,
    /// The formats.
    #[serde(default)]
    pub template: Option<PushTemplateFormats>,
    /// The formats rendered with sample values (get and update only).
    #[serde(default)]
    pub push_message_preview: Option<PushTemplateFormats>,
}

/// The answer of the template endpoints. The 2024 spec wraps even the single template of
/// get/update in an array; a bare object decodes too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushMessageTemplates {
    /// The template(s).
    #[serde(default, deserialize_with = "crate::models::de::one_or_many")]
    pub push_message_templates: Vec<PushMessageTemplate>,
}

// ---------------------------------------------------------------------------------------
// Decoding helpers (no untagged enums, no intermediate `Value`)
// ---------------------------------------------------------------------------------------

/// Decodes a string enum whatever its case (`GCM` and `gcm` are both `TokenType::Fcm`).
fn any_case<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: for<'a> From<&'a str>,
{
    let text = Option::<Cow<'de, str>>::deserialize(deserializer)?;
    Ok(text.map(|text| T::from(text.to_ascii_lowercase().as_str())))
}
