//! Response bodies of the direct calls endpoints (the call resource itself is
//! [`DirectCall`](crate::models::DirectCall)).

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};

use crate::models::DirectCall;

sendbird_core::list_page! {
    /// The response of [`ListDirectCalls`](super::ListDirectCalls).
    pub struct ListDirectCallsResponse with prev {
        /// The calls of this page (`calls`; `direct_calls` also decodes).
        #[serde(alias = "direct_calls")]
        calls: Vec<DirectCall>,
    }
}

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
