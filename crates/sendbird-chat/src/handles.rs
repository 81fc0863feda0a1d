//! Handles on one resource, shared by several families: `chat.group_channel(url)`,
//! `chat.open_channel(url)`, `chat.user(user_id)`, `chat.custom_channel_type(custom_type)` and
//! `chat.application()`. Each family adds its entry points to them with
//! `sendbird_core::endpoints! { .. extend GroupChannelHandle(path channel_url: String) { .. } }`,
//! so `chat.group_channel(url)` offers bans, mutes, freezing, scheduled messages... from one
//! place however many modules declare them.

use crate::ChatClient;
// Named by the declaration below; used once a family declares an endpoint here.
#[allow(unused_imports)]
use crate::Pending;

sendbird_core::endpoints! {
    /// The handles declare no endpoint of their own.
    registry: pub(crate) const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// One group channel: `chat.group_channel(url)` (moderation, scheduled messages, ...).
    /// The channel resource itself is managed through `chat.group_channels()`.
    family GroupChannelHandle = group_channel(
        /// The group channel URL.
        path channel_url: String,
    ) {}

    /// One open channel: `chat.open_channel(url)` (moderation, ...). The channel resource
    /// itself is managed through `chat.open_channels()`.
    family OpenChannelHandle = open_channel(
        /// The open channel URL.
        path channel_url: String,
    ) {}

    /// One user: `chat.user(user_id)` (blocks, bans and mutes across channels, push tokens and
    /// preferences, ...). The user resource itself is managed through `chat.users()`.
    family UserHandle = user(
        /// The user id.
        path user_id: String,
    ) {}

    /// The channels of one custom type: `chat.custom_channel_type(custom_type)` (settings,
    /// operators, bans and mutes that apply to every channel of that type).
    family CustomChannelTypeHandle = custom_channel_type(
        /// The channel custom type.
        path custom_type: String,
    ) {}

    /// The application's settings: `chat.application()` (API tokens, IP allow-list, global
    /// settings, push configurations, webhook settings, ...).
    family Application = application() {}
}
