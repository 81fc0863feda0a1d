//! Announcements, their message and channel options, status and action enums, open rates and
//! statistics.

use serde::{Deserialize, Deserializer, Serialize};

use crate::models::MessageType;

sendbird_core::string_enum! {
    /// An announcement's state (`status`).
    ///
    /// `scheduled` → (`ready`) → `running` ⇄ `on-hold` (inside the daily `cease_at`–`resume_at`
    /// window) / `paused` (manual) → `completed` | `incompleted` (`end_at` reached first) |
    /// `stopped` (manual); `scheduled` → `canceled` (manual). See
    /// [`is_terminal`](Self::is_terminal).
    pub enum AnnouncementStatus {
        /// Waiting for `scheduled_at`.
        Scheduled,
        /// About to start.
        Ready,
        /// Sending.
        Running,
        /// Inside the do-not-disturb window; resumes by itself.
        OnHold = "on-hold",
        /// Paused by the `pause` action; `resume` continues it.
        Paused,
        /// Stopped by the `stop` action (final).
        Stopped,
        /// Canceled before it started (final).
        Canceled,
        /// Sent to every target (final).
        Completed,
        /// `end_at` came before every target was reached (final).
        Incompleted,
        /// Legacy (v1.5) name of a canceled announcement (final).
        Removed,
        /// Legacy (v1.0) name of a stopped announcement (final).
        Aborted,
        /// Legacy (v1.0) name of a completed announcement (final).
        Done,
    }
}

impl AnnouncementStatus {
    /// Whether the announcement reached a final state (canceled, stopped, completed,
    /// incompleted, or a legacy final state). An unknown status is not final.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Self::Stopped
                | Self::Canceled
                | Self::Completed
                | Self::Incompleted
                | Self::Removed
                | Self::Aborted
                | Self::Done
        )
    }
}

sendbird_core::string_enum! {
    /// Which channels an announcement is sent to (`target_at`).
    pub enum AnnouncementTarget {
        /// Every group channel of the sender (`target_list` is ignored). Sendbird's default.
        SenderAllChannels,
        /// The channels whose URLs are in `target_list` (the only mode for admin messages).
        TargetChannels,
        /// Channels with the sender and a user of `target_list` (others may be members too).
        TargetUsersIncludedChannels,
        /// Channels whose members are exactly the sender and a user of `target_list`.
        TargetUsersOnlyChannels,
    }
}

sendbird_core::string_enum! {
    /// Which channels the `target_users_*` modes consider (`target_channel_type`).
    pub enum TargetChannelType {
        /// Distinct and non-distinct channels.
        All,
        /// Only distinct channels (Sendbird's default).
        Distinct,
        /// Only non-distinct channels.
        NonDistinct = "non-distinct",
    }
}

sendbird_core::string_enum! {
    /// A status change requested through `update` (`action`).
    pub enum AnnouncementAction {
        /// Cancels a scheduled announcement (→ `canceled`).
        Cancel,
        /// Pauses a running or on-hold announcement (→ `paused`).
        Pause,
        /// Resumes a paused announcement (→ `running`, or `on-hold` inside the window).
        Resume,
        /// Stops a started announcement for good (→ `stopped`).
        Stop,
    }
}

sendbird_core::string_enum! {
    /// Sort order of the announcement list (`order`).
    pub enum AnnouncementOrder {
        /// Newest created first (default).
        CreatedAt,
        /// Latest `scheduled_at` first.
        ScheduledAt,
    }
}

/// Reads a message type, taking the legacy admin name `BRDM` as `ADMM`.
fn announcement_message_type<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<MessageType, D::Error> {
    let value = MessageType::deserialize(deserializer)?;
    Ok(match value {
        MessageType::Unknown(name) if name == "BRDM" => MessageType::Admin,
        other => other,
    })
}

/// The message an announcement sends (`message`): a text message from a sender (`MESG`) or an
/// admin message (`ADMM`, which only goes to `target_channels`).
///
/// ```
/// use sendbird_chat::announcements::AnnouncementMessage;
///
/// let message = AnnouncementMessage::text("shop_bot", "Spring sale!").custom_type("promo");
/// assert_eq!(
///     serde_json::to_value(&message).unwrap(),
///     serde_json::json!({
///         "type": "MESG", "user_id": "shop_bot", "content": "Spring sale!", "custom_type": "promo"
///     })
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnouncementMessage {
    /// `MESG` or `ADMM` (the legacy `BRDM` decodes as `ADMM`).
    #[serde(rename = "type", deserialize_with = "announcement_message_type")]
    pub message_type: MessageType,
    /// The sender (required for `MESG`; absent or empty for `ADMM`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The text.
    #[serde(default)]
    pub content: String,
    /// The message's custom type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_type: Option<String>,
    /// Free-form data (a string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// Retention of the sent messages in hours (only seen in the 2026 spec's responses;
    /// meaning undocumented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_retention_hour: Option<i64>,
}

impl AnnouncementMessage {
    /// A text message (`MESG`) sent by `user_id`.
    pub fn text(user_id: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            message_type: MessageType::User,
            user_id: Some(user_id.into()),
            content: content.into(),
            custom_type: None,
            data: None,
            message_retention_hour: None,
        }
    }

    /// An admin message (`ADMM`, no sender; `target_at` must be `target_channels`).
    pub fn admin(content: impl Into<String>) -> Self {
        Self {
            message_type: MessageType::Admin,
            user_id: None,
            content: content.into(),
            custom_type: None,
            data: None,
            message_retention_hour: None,
        }
    }
}

option_setters! {
    impl AnnouncementMessage {
        /// Sets the message's custom type.
        custom_type: into String,
        /// Sets the message's data.
        data: into String,
    }
}

/// The message fields an `update` may change while the announcement is scheduled (the type
/// cannot change). Only the fields set are sent.
///
/// ```
/// use sendbird_chat::announcements::AnnouncementMessageUpdate;
///
/// let edit = AnnouncementMessageUpdate::new().content("Sale extended!");
/// assert_eq!(
///     serde_json::to_value(&edit).unwrap(),
///     serde_json::json!({"content": "Sale extended!"})
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnouncementMessageUpdate {
    /// The sender (`MESG`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The message's custom type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_type: Option<String>,
    /// Free-form data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
}

impl AnnouncementMessageUpdate {
    /// No change yet.
    pub fn new() -> Self {
        Self::default()
    }
}

option_setters! {
    impl AnnouncementMessageUpdate {
        /// Changes the sender.
        user_id: into String,
        /// Changes the text.
        content: into String,
        /// Changes the custom type.
        custom_type: into String,
        /// Changes the data.
        data: into String,
    }
}

/// How channels created for targets without one look (`create_channel_options`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateChannelOptions {
    /// The channel name (Sendbird's default "Group Channel").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The cover image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_url: Option<String>,
    /// The channel custom type (`target_custom_type`, when set, wins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_type: Option<String>,
    /// Free-form channel data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// Create distinct channels (default true). Sent as a JSON boolean; a string `"true"`
    /// (as some specs type it) also decodes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::models::de::bool_or_text"
    )]
    pub distinct: Option<bool>,
}

impl CreateChannelOptions {
    /// No option set (Sendbird's defaults).
    pub fn new() -> Self {
        Self::default()
    }
}

option_setters! {
    impl CreateChannelOptions {
        /// Sets the name.
        name: into String,
        /// Sets the cover image URL.
        cover_url: into String,
        /// Sets the custom type.
        custom_type: into String,
        /// Sets the data.
        data: into String,
        /// Creates distinct (or non-distinct) channels.
        distinct: value bool,
    }
}

/// An announcement: a message sent to many channels, on a schedule, as a server-side job.
///
/// Timestamps are Unix **milliseconds**; `cease_at` / `resume_at` are `"HHMM"` strings in UTC.
/// The counts are -1 until the audience is resolved (when sending starts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Announcement {
    /// The announcement id (given on creation, or generated).
    pub unique_id: String,
    /// The group label (empty when none).
    #[serde(default)]
    pub announcement_group: Option<String>,
    /// The message sent.
    pub message: AnnouncementMessage,
    /// Whether push notifications are sent.
    #[serde(default)]
    pub enable_push: Option<bool>,
    /// Which channels are targeted.
    #[serde(default)]
    pub target_at: Option<AnnouncementTarget>,
    /// User ids or channel URLs of the target (request-only in every spec; decoded if a
    /// response carries it).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub target_list: Vec<String>,
    /// Target users (-1 until resolved).
    #[serde(default)]
    pub target_user_count: Option<i64>,
    /// Target channels (-1 until resolved).
    #[serde(default)]
    pub target_channel_count: Option<i64>,
    /// Which channels the `target_users_*` modes consider.
    #[serde(default)]
    pub target_channel_type: Option<TargetChannelType>,
    /// Only channels of this custom type are targeted (and created channels get it).
    #[serde(default)]
    pub target_custom_type: Option<String>,
    /// Whether channels are created for targets without one.
    #[serde(default)]
    pub create_channel: Option<bool>,
    /// How created channels look.
    #[serde(default)]
    pub create_channel_options: Option<CreateChannelOptions>,
    /// The job's state.
    pub status: AnnouncementStatus,
    /// When sending starts, Unix milliseconds.
    #[serde(default)]
    pub scheduled_at: Option<i64>,
    /// Daily start of the do-not-disturb window, `"HHMM"` UTC (null or empty: none).
    #[serde(default)]
    pub cease_at: Option<String>,
    /// Daily end of the do-not-disturb window, `"HHMM"` UTC.
    #[serde(default)]
    pub resume_at: Option<String>,
    /// Hard stop, Unix milliseconds (0 or absent: none).
    #[serde(default)]
    pub end_at: Option<i64>,
    /// When sending finished, Unix milliseconds (0 until then).
    #[serde(default)]
    pub completed_at: Option<i64>,
    /// Users reached so far.
    #[serde(default)]
    pub sent_user_count: Option<i64>,
    /// Channels reached so far.
    #[serde(default)]
    pub sent_channel_count: Option<i64>,
    /// Users who read the message.
    #[serde(default)]
    pub open_count: Option<i64>,
    /// `open_count` / users reached, 0.0–1.0.
    #[serde(default)]
    pub open_rate: Option<f64>,
    /// Whether the message is marked read for its sender.
    #[serde(default)]
    pub mark_as_read: Option<bool>,
    /// Whether frozen channels also receive it.
    #[serde(default)]
    pub send_to_frozen_channels: Option<bool>,
    /// Delivery priority (2026 spec only; values undocumented).
    #[serde(default)]
    pub priority: Option<String>,
}

list_response! {
    /// The response of [`ListAnnouncements`](super::ListAnnouncements).
    pub struct ListAnnouncementsResponse {
        /// The announcements of this page.
        announcements: Vec<Announcement>,
    }
}

list_response! {
    /// The response of [`ListAnnouncementGroups`](super::ListAnnouncementGroups).
    pub struct ListAnnouncementGroupsResponse {
        /// The group names of this page.
        announcement_groups: Vec<String>,
    }
}

/// Hourly open counts and rates of an announcement, or of an announcement group (index `i` is
/// hour `i + 1` after sending started). Rates are 0.0–1.0 (the docs' table says integers; their
/// example shows fractions).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnouncementOpenRate {
    /// The announcement (for a group: its docs example also carries one; meaning unclear).
    #[serde(default)]
    pub unique_id: Option<String>,
    /// The group (group variant only).
    #[serde(default)]
    pub announcement_group: Option<String>,
    /// Users who opened it in each hour.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub open_counts: Vec<i64>,
    /// The hourly open rates.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub open_rates: Vec<f64>,
    /// Running totals of `open_counts`.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub cumulative_open_counts: Vec<i64>,
    /// Running totals of `open_rates`.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub cumulative_open_rates: Vec<f64>,
}

/// Whether one target user opened an announcement in one channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnouncementOpenStatus {
    /// The target user.
    #[serde(default)]
    pub user_id: String,
    /// The channel it was delivered to.
    #[serde(default)]
    pub channel_url: String,
    /// Whether the user read it.
    #[serde(default)]
    pub has_opened: bool,
    /// When it was delivered, Unix milliseconds (unit undocumented; the other announcement
    /// timestamps are milliseconds).
    #[serde(default)]
    pub sent_at: Option<i64>,
    /// When the user read it, Unix milliseconds (0 or absent: not opened).
    #[serde(default)]
    pub open_at: Option<i64>,
}

list_response! {
    /// The response of [`GetAnnouncementOpenStatus`](super::GetAnnouncementOpenStatus).
    pub struct AnnouncementOpenStatusResponse {
        /// The entries of this page.
        open_status: Vec<AnnouncementOpenStatus>,
    }
}

/// Aggregate statistics of the announcements that ended in one day, week or month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnouncementStats {
    /// The period: `YYYY-MM-DD`, `YYYY-W#` (ISO week) or `YYYY-MM`.
    #[serde(default)]
    pub date_range: String,
    /// Announcements that ended in the period (canceled, stopped, completed or incompleted).
    #[serde(default)]
    pub total_announcement_count: Option<i64>,
    /// Of those, canceled.
    #[serde(default)]
    pub canceled_announcement_count: Option<i64>,
    /// Of those, stopped.
    #[serde(default)]
    pub stopped_announcement_count: Option<i64>,
    /// Of those, completed.
    #[serde(default)]
    pub completed_announcement_count: Option<i64>,
    /// Of those, incompleted (implied by the total's definition, absent from every spec).
    #[serde(default)]
    pub incompleted_announcement_count: Option<i64>,
    /// Their target channels.
    #[serde(default)]
    pub target_channel_count: Option<i64>,
    /// Their target users.
    #[serde(default)]
    pub target_user_count: Option<i64>,
    /// Channels reached.
    #[serde(default)]
    pub sent_channel_count: Option<i64>,
    /// Users reached.
    #[serde(default)]
    pub sent_user_count: Option<i64>,
    /// Users who opened.
    #[serde(default)]
    pub open_count: Option<i64>,
    /// `open_count` / users reached, 0.0–1.0.
    #[serde(default)]
    pub open_rate: Option<f64>,
}

/// The response of the daily, weekly and monthly statistics endpoints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnouncementStatsResponse {
    /// One entry per period of the range.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub statistics: Vec<AnnouncementStats>,
    /// Only in the 2024 spec's schema (probably generator noise).
    #[serde(default)]
    pub weeks: Option<i64>,
}
