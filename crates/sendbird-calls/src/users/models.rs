//! Response bodies of the Calls users endpoints (the user resource itself is
//! [`CallsUser`](crate::models::CallsUser)).

use crate::models::{CallsUser, DirectCall};

sendbird_core::list_page! {
    /// The response of [`ListUsers`](super::ListUsers).
    pub struct ListUsersResponse {
        /// The users of this page.
        users: Vec<CallsUser>,
    }
}

sendbird_core::list_page! {
    /// The response of [`ListUserCalls`](super::ListUserCalls): a page of the user's call history.
    pub struct ListUserCallsResponse {
        /// The calls of this page, each with the user's `user_role`.
        calls: Vec<DirectCall>,
        /// Whether more calls follow (the Calls SDK reads it; `next` is what paging uses).
        #[serde(default)]
        pub has_next: Option<bool>,
    }
}
