//! Users as the Calls API shows them, their call summary and their VoIP push tokens.

use std::collections::HashMap;

use sendbird_core::SecretString;
use serde::{Deserialize, Deserializer, Serialize};

use super::EndResult;

/// A user as listed by the Calls API (users are created and changed through the Chat API).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CallsUser {
    /// The user id.
    pub user_id: String,
    /// The nickname.
    #[serde(default)]
    pub nickname: Option<String>,
    /// The profile image URL.
    #[serde(default)]
    pub profile_url: Option<String>,
    /// The access token for SDK login; empty when none was issued.
    #[serde(default)]
    pub access_token: Option<SecretString>,
    /// The user's session tokens.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub session_tokens: Vec<SessionToken>,
    /// Whether the user has ever logged in.
    #[serde(default)]
    pub has_ever_logged_in: Option<bool>,
    /// Whether the user is active.
    #[serde(default)]
    pub is_active: Option<bool>,
    /// Whether the user is connected to Sendbird.
    #[serde(default)]
    pub is_online: Option<bool>,
    /// Keys used to discover the user as a friend.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub discovery_keys: Vec<String>,
    /// Language codes that notifications are translated to (at most 4).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub preferred_languages: Vec<String>,
    /// Key-value metadata.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub metadata: HashMap<String, String>,
}

/// A session token of a user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SessionToken {
    /// The token.
    pub session_token: SecretString,
    /// When the token expires, Unix milliseconds.
    #[serde(default)]
    pub expires_at: Option<i64>,
}

/// A user's call summary: their last call and how many calls they had.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CallSummary {
    /// The user's most recent call.
    #[serde(default)]
    pub last_call: Option<LastCall>,
    /// Call counts.
    #[serde(default)]
    pub call_count: Option<CallCount>,
}

/// The most recent call in a [`CallSummary`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LastCall {
    /// The call id.
    #[serde(default)]
    pub call_id: Option<String>,
    /// The kind of call.
    #[serde(default)]
    pub call_type: Option<String>,
    /// When the call was dialed, Unix milliseconds.
    #[serde(default)]
    pub started_at: Option<i64>,
    /// When the call ended, Unix milliseconds.
    #[serde(default)]
    pub ended_at: Option<i64>,
    /// How the call ended.
    #[serde(default)]
    pub end_result: Option<EndResult>,
    /// Time from accept to end, in milliseconds.
    #[serde(default)]
    pub duration: Option<i64>,
}

/// Call counts in a [`CallSummary`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CallCount {
    /// All calls of the user.
    #[serde(default)]
    pub total: Option<u64>,
    /// Direct calls, by the user's role.
    #[serde(default)]
    pub direct_call: Option<DirectCallCount>,
}

/// Direct-call counts by role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DirectCallCount {
    /// Calls the user dialed.
    #[serde(default)]
    pub caller: Option<u64>,
    /// Calls the user received.
    #[serde(default)]
    pub callee: Option<u64>,
}

sendbird_core::string_enum! {
    /// The kind of VoIP push token (`{token_type}` in the push-token paths).
    pub enum PushTokenType {
        /// Apple PushKit VoIP token.
        ApnsVoip,
        /// Firebase Cloud Messaging token used for calls.
        FcmVoip,
    }
}

/// The answer of the push-token endpoints (list, add, remove one, remove all).
///
/// Sendbird's exact shapes are not documented for Calls; this follows Chat's analogous
/// endpoints and accepts the token list as `tokens` or `token`, each a string or an array.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "RawPushTokens")]
#[non_exhaustive]
pub struct PushTokens {
    /// The tokens (all of the type for a list, the one added or removed otherwise).
    pub tokens: Vec<SecretString>,
    /// The token type, as Sendbird spells it.
    #[serde(rename = "type")]
    pub token_type: Option<String>,
    /// The user the tokens belong to.
    pub user: Option<CallsUser>,
}

#[derive(Deserialize)]
struct RawPushTokens {
    #[serde(default)]
    tokens: OneOrMany,
    #[serde(default)]
    token: OneOrMany,
    #[serde(default, rename = "type")]
    token_type: Option<String>,
    #[serde(default)]
    user: Option<CallsUser>,
}

impl From<RawPushTokens> for PushTokens {
    fn from(raw: RawPushTokens) -> Self {
        let mut tokens = raw.tokens.0;
        tokens.extend(raw.token.0);
        Self {
            tokens,
            token_type: raw.token_type,
            user: raw.user,
        }
    }
}

#[derive(Default)]
struct OneOrMany(Vec<SecretString>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Shape {
            One(SecretString),
            Many(Vec<SecretString>),
        }
        Ok(Self(match Option::<Shape>::deserialize(deserializer)? {
            None => Vec::new(),
            Some(Shape::One(token)) => vec![token],
            Some(Shape::Many(tokens)) => tokens,
        }))
    }
}
