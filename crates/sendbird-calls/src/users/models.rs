//! Response bodies of the Calls users endpoints (the user resource itself is
//! [`CallsUser`](crate::models::CallsUser)).

use serde::{Deserialize, Serialize};

use crate::models::{CallsUser, DirectCall};

/// The response of [`ListUsers`](super::ListUsers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListUsersResponse {
    /// The users of this page.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub users: Vec<CallsUser>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
}

sendbird_core::page_response!(ListUsersResponse, users: CallsUser);

/// The response of [`ListUserCalls`](super::ListUserCalls): a page of the user's call history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListUserCallsResponse {
    /// The calls of this page, each with the user's `user_role`.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub calls: Vec<DirectCall>,
    /// The token of the next page; empty on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// Whether more calls follow (the Calls SDK reads it; `next` is what paging uses).
    #[serde(default)]
    pub has_next: Option<bool>,
}

sendbird_core::page_response!(ListUserCallsResponse, calls: DirectCall);
