//! The user resource.

use sendbird_core::SecretString;
use serde::{Deserialize, Serialize};

user_model! {
    /// A Sendbird user, as returned by the users endpoints (create, get, update, list).
    ///
    /// Sendbird omits or nulls many of these fields depending on the endpoint and the
    /// application's settings, so everything but `user_id` is optional; lists and maps that
    /// are missing or `null` decode as empty.
    pub struct User {
        /// The access token for client SDK login; empty when none was issued.
        #[serde(default)]
        pub access_token: Option<SecretString>,
        /// Session tokens issued through the (deprecated) update-user route.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub session_tokens: Vec<SessionToken>,
        /// Whether the user is currently connected.
        #[serde(default)]
        pub is_online: Option<bool>,
        /// Whether the user hides from friend discovery.
        #[serde(default)]
        pub is_hide_me_from_friends: Option<bool>,
        /// Whether the user is shadow-blocked.
        #[serde(default)]
        pub is_shadow_blocked: Option<bool>,
        /// Whether this response created the user (seen on create calls).
        #[serde(default)]
        pub is_created: Option<bool>,
        /// When the user last went offline, Unix milliseconds (`0` while online or never seen).
        #[serde(default)]
        pub last_seen_at: Option<i64>,
        /// Keys used to discover the user as a friend.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub discovery_keys: Vec<String>,
        /// Language codes that notification messages are translated to (at most 4).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub preferred_languages: Vec<String>,
        /// Whether the user has ever logged in.
        #[serde(default)]
        pub has_ever_logged_in: Option<bool>,
        /// When the user was created, Unix seconds.
        #[serde(default)]
        pub created_at: Option<i64>,
        /// The user's locale (e.g. `en-US`); may be empty.
        #[serde(default)]
        pub locale: Option<String>,
        /// The phone number, when the application stores one.
        #[serde(default)]
        pub phone_number: Option<String>,
        /// Unread messages in the user's group channels (get user with `include_unread_count`).
        #[serde(default)]
        pub unread_message_count: Option<i64>,
        /// Group channels with unread messages (get user with `include_unread_count`).
        #[serde(default)]
        pub unread_channel_count: Option<i64>,
    }
}

/// A session token stored on a user (the `session_tokens` list of [`User`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SessionToken {
    /// The token.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub session_token: SecretString,
    /// When the token expires, Unix milliseconds.
    #[serde(default)]
    pub expires_at: Option<i64>,
}
