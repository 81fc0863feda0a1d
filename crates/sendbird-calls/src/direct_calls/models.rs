//! Response bodies of the direct calls endpoints (the call resource itself is
//! [`DirectCall`](crate::models::DirectCall)).

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};

use crate::models::DirectCall;

/// The response of [`ListDirectCalls`](super::ListDirectCalls).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListDirectCallsResponse {
    /// The calls of this page (`calls`; `direct_calls` also decodes).
    #[serde(
        default,
        alias = "direct_calls",
        deserialize_with = "sendbird_core::de::null_as_default"
    )]
    pub calls: Vec<DirectCall>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// The token of the previous page, when Sendbird sends one.
    #[serde(default)]
    pub prev: Option<String>,
}

sendbird_core::page_response!(ListDirectCallsResponse, calls: DirectCall, prev);

/// The response of [`GetDirectCall`](super::GetDirectCall): the call.
///
/// Sendbird's wrapper key is not documented; `{"call": {..}}`, `{"direct_call": {..}}` and a
/// bare call object all decode.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DirectCallResponse {
    /// The call.
    pub call: DirectCall,
}

impl<'de> Deserialize<'de> for DirectCallResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut value = serde_json::Value::deserialize(deserializer)?;
        let wrapped = value.as_object_mut().and_then(|object| {
            ["call", "direct_call"]
                .iter()
                .find(|key| object.get(**key).is_some_and(serde_json::Value::is_object))
                .and_then(|key| object.remove(*key))
        });
        let call = DirectCall::deserialize(wrapped.unwrap_or(value)).map_err(D::Error::custom)?;
        Ok(Self { call })
    }
}
