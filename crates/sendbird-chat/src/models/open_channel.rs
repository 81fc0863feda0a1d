//! The open channel resource.

use serde::{Deserialize, Serialize};

/// An open channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenChannel {
    /// The channel URL (its id).
    pub channel_url: String,
    /// The name.
    #[serde(default)]
    pub name: Option<String>,
}
