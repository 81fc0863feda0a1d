//! Types shared by several families.

sendbird_core::string_enum! {
    /// The `{channel_type}` path segment: open or group channels.
    pub enum ChannelType {
        /// `open_channels`.
        OpenChannels,
        /// `group_channels`.
        GroupChannels,
    }
}
