//! The group channel resource.

use serde::{Deserialize, Serialize};

/// A group channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupChannel {
    /// The channel URL (its id).
    pub channel_url: String,
    /// The name.
    #[serde(default)]
    pub name: Option<String>,
}
