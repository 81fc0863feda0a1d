//! Direct (1:1) calls, their participants and end results.

use std::collections::HashMap;

use sendbird_core::CommaList;
use serde::{Deserialize, Serialize};

use super::{CloudRecording, CustomItems};

/// Declares a direct-call model: the model's own leading fields, then the call's timing
/// (`started_by`, `started_at`, `ended_by`, `ended_at`, `duration`), then the fields in the
/// second brace group. Both the REST call and the webhook's call carry the timing.
macro_rules! direct_call_model {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($before:tt)* } { $($after:tt)* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[non_exhaustive]
        pub struct $name {
            $($before)*
            /// The id of the user who dialed.
            #[serde(default)]
            pub started_by: Option<String>,
            /// When the call was dialed, Unix milliseconds.
            #[serde(default)]
            pub started_at: Option<i64>,
            /// The id of the user who ended the call.
            #[serde(default)]
            pub ended_by: Option<String>,
            /// When the call ended, Unix milliseconds.
            #[serde(default)]
            pub ended_at: Option<i64>,
            /// Time from accept to end, in milliseconds per the current docs (seconds in an
            /// older page): kept as sent.
            #[serde(default)]
            pub duration: Option<i64>,
            $($after)*
        }
    };
}
pub(crate) use direct_call_model;

sendbird_core::string_enum! {
    /// How a direct call ended (`end_result`, also the `end_result` filter of the call lists).
    ///
    /// Sendbird's own value `unknown` is [`EndResult::UnknownReason`]; a value this SDK does not
    /// know yet is kept in [`EndResult::Unknown`].
    pub enum EndResult {
        /// Caller or callee ended the call after it connected.
        Completed,
        /// The caller canceled before the callee accepted or declined.
        Canceled,
        /// The callee declined.
        Declined,
        /// Media stopped because of a connection problem during the call.
        ConnectionLost,
        /// The callee neither accepted nor declined in time.
        NoAnswer,
        /// The media session could not be set up in time.
        TimedOut,
        /// Sendbird's `unknown` end result.
        UnknownReason = "unknown",
        /// The call was accepted on another of the callee's devices (SDK value).
        OtherDeviceAccepted,
        /// Dialing failed (SDK value).
        DialFailed,
        /// Accepting failed (SDK value).
        AcceptFailed,
        /// The call never connected (SDK value).
        NotConnected,
        /// Answered too late (older docs only).
        LateAnswer,
        /// The call has not ended yet (SDK value `none`).
        NotEnded = "none",
    }
}

sendbird_core::string_enum! {
    /// A user's role in a direct call.
    pub enum CallUserRole {
        /// The user dialed.
        Caller = "dc_caller",
        /// The user was called.
        Callee = "dc_callee",
    }
}

sendbird_core::string_enum! {
    /// The kind of a call (`call_type`, and the `type` filter of a user's call list).
    pub enum CallType {
        /// A 1:1 direct call (the only documented value).
        Direct,
    }
}

/// A list of end results sent as one comma-joined query value (`end_result=no_answer,canceled`);
/// a call matches when its end result is any of them. Setters taking it accept one
/// [`EndResult`], an array or a `Vec` of them, or of their wire names.
///
/// ```
/// use sendbird_calls::models::{EndResult, EndResultList};
///
/// let list: EndResultList = [EndResult::NoAnswer, EndResult::Canceled].into();
/// assert_eq!(list.as_slice().len(), 2);
/// ```
pub type EndResultList = CommaList<EndResult>;

/// A user inside a Calls resource: a direct call's participant, or the user of a room
/// participant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "RawCallUser")]
#[non_exhaustive]
pub struct CallUser {
    /// The user id.
    pub user_id: String,
    /// The nickname.
    pub nickname: Option<String>,
    /// The profile image URL.
    pub profile_url: Option<String>,
    /// The user's metadata. The Calls SDK reads a direct-call participant's `meta_data`, room
    /// participants carry `metadata`; either (or both, merged) decodes here.
    pub metadata: HashMap<String, String>,
    /// Whether the user is active.
    pub is_active: Option<bool>,
    /// The user's role in a direct call.
    pub role: Option<CallUserRole>,
}

#[derive(Deserialize)]
struct RawCallUser {
    user_id: String,
    #[serde(default)]
    nickname: Option<String>,
    #[serde(default)]
    profile_url: Option<String>,
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    metadata: HashMap<String, String>,
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    meta_data: HashMap<String, String>,
    #[serde(default)]
    is_active: Option<bool>,
    #[serde(default)]
    role: Option<CallUserRole>,
}

impl From<RawCallUser> for CallUser {
    fn from(raw: RawCallUser) -> Self {
        let mut metadata = raw.meta_data;
        metadata.extend(raw.metadata);
        Self {
            user_id: raw.user_id,
            nickname: raw.nickname,
            profile_url: raw.profile_url,
            metadata,
            is_active: raw.is_active,
            role: raw.role,
        }
    }
}

direct_call_model! {
    /// A direct call, as listed in the app, retrieved by id, or in a user's call history.
    pub struct DirectCall {
        /// The call id (a string; older docs typed it as a number, which also decodes).
        #[serde(deserialize_with = "crate::de::id_string")]
        pub call_id: String,
        /// The kind of call (`direct`).
        #[serde(default)]
        pub call_type: Option<CallType>,
        /// Whether it is a video call (the docs type it as a string; both forms decode).
        #[serde(default, deserialize_with = "crate::de::opt_bool")]
        pub is_video_call: Option<bool>,
        /// The call's state (Sendbird does not document the values).
        #[serde(default)]
        pub state: Option<String>,
        /// How the call ended.
        #[serde(default)]
        pub end_result: Option<EndResult>,
        /// The detailed end result some responses carry next to `end_result` (the Calls SDK reads
        /// a call log's result from it).
        #[serde(default)]
        pub end_result_ex: Option<EndResult>,
        /// The role of the user the request was scoped to (only with a `user_id` scope).
        #[serde(default)]
        pub user_role: Option<CallUserRole>,
        /// The users in the call.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub participants: Vec<CallUser>,
    } {
        /// The call's custom items.
        #[serde(default)]
        pub custom_items: CustomItems,
        /// Cloud recordings of the call, when cloud recording is on.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub cloud_recordings: Vec<CloudRecording>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sendbird_core::{IntoParam, Query, QueryParam};

    #[test]
    fn end_results_keep_unknown_values_apart_from_sendbirds_unknown() {
        let known: EndResult = serde_json::from_str("\"unknown\"").expect("decode");
        assert_eq!(known, EndResult::UnknownReason);
        let new: EndResult = serde_json::from_str("\"dropped_by_carrier\"").expect("decode");
        assert_eq!(new, EndResult::Unknown("dropped_by_carrier".into()));
        assert_eq!(new.as_str(), "dropped_by_carrier");
    }

    #[test]
    fn call_users_read_either_metadata_spelling() {
        let user: CallUser = serde_json::from_str(
            r#"{"user_id": "u", "meta_data": {"a": "1"}, "metadata": {"b": "2"}, "role": "dc_callee"}"#,
        )
        .expect("decode");
        assert_eq!(user.metadata.len(), 2);
        assert_eq!(user.role, Some(CallUserRole::Callee));
        let bare: CallUser =
            serde_json::from_str(r#"{"user_id": "u", "metadata": null}"#).expect("decode");
        assert!(bare.metadata.is_empty() && bare.nickname.is_none());
    }

    #[test]
    fn end_result_lists_are_comma_joined() {
        let mut query = Query::new();
        EndResultList::from([EndResult::NoAnswer, EndResult::Canceled])
            .push_query("end_result", &mut query);
        assert_eq!(
            query.get("end_result"),
            Some(&sendbird_core::QueryValue::List(vec![
                "no_answer".into(),
                "canceled".into()
            ]))
        );
        let from_text: EndResultList = ["declined", "x"].into_param();
        assert_eq!(
            from_text.as_slice(),
            [EndResult::Declined, EndResult::Unknown("x".into())]
        );
    }
}
