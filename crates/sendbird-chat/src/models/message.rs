//! Messages: user (`MESG`), file (`FILE`) and admin (`ADMM`).

use serde::{Deserialize, Serialize};

/// A message of any type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Message {
    /// The message id.
    pub message_id: i64,
}
