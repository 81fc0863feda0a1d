//! The user resource.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// A Sendbird user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct User {
    /// The unique user id.
    pub user_id: String,
    /// The nickname.
    #[serde(default)]
    pub nickname: Option<String>,
    /// The profile image URL.
    #[serde(default)]
    pub profile_url: Option<String>,
    /// Key-value metadata.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub metadata: HashMap<String, String>,
}
