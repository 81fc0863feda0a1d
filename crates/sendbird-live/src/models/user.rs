//! The user object nested in hosts and participants.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// The user behind a [`Host`](crate::models::Host) or a
/// [`Participant`](crate::models::Participant).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LiveUser {
    /// The user id.
    pub user_id: String,
    /// The nickname; empty when none is set.
    #[serde(default)]
    pub nickname: Option<String>,
    /// The profile image URL; empty when none is set.
    #[serde(default)]
    pub profile_url: Option<String>,
    /// Key-value metadata of the user (Live spells it `metadata`).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub metadata: HashMap<String, String>,
    /// Whether the user is active.
    #[serde(default)]
    pub is_active: Option<bool>,
    /// The user's role; usually `null`.
    #[serde(default)]
    pub role: Option<String>,
}
