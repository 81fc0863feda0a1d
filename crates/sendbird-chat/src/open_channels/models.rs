//! Response types of the open channel endpoints.

use crate::models::{OpenChannel, User};

list_response! {
    /// The response of [`ListOpenChannels`](super::ListOpenChannels).
    pub struct ListOpenChannelsResponse {
        /// The channels of this page.
        channels: Vec<OpenChannel>,
        /// A server timestamp listed by Sendbird's newer OpenAPI spec only (unit not documented;
        /// usually absent).
        #[serde(default)]
        pub ts: Option<i64>,
    }
}

list_response! {
    /// The response of [`ListOpenChannelOperators`](super::ListOpenChannelOperators).
    pub struct ListOpenChannelOperatorsResponse {
        /// The operators of this page.
        operators: Vec<User>,
    }
}

list_response! {
    /// The response of [`ListOpenChannelParticipants`](super::ListOpenChannelParticipants).
    pub struct ListOpenChannelParticipantsResponse {
        /// The participants of this page (users currently in the channel).
        participants: Vec<User>,
    }
}
