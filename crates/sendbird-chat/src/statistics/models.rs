//! Statistics responses and their parameter enums.

use serde::{Deserialize, Serialize};

/// Declares a metrics model (`Debug, Clone, PartialEq, Serialize, Deserialize`,
/// `#[non_exhaustive]`) whose own fields are followed by a row's segment keys
/// (`channel_type`, `custom_channel_type`, `custom_message_type`, each with
/// `segments=<key>`): a [`MetricRow`], and the flat single-row form of [`AdvancedMetrics`].
macro_rules! metric_segments {
    ($($model:tt)*) => {
        model_with_fields! {
            then [
                /// The segment's channel type (with `segments=channel_type`).
                #[serde(default)]
                pub channel_type: Option<String>,
                /// The segment's custom channel type (with `segments=custom_channel_type`).
                #[serde(default)]
                pub custom_channel_type: Option<String>,
                /// The segment's custom message type (with `segments=custom_message_type`).
                #[serde(default)]
                pub custom_message_type: Option<String>,
            ]
            $($model)*
        }
    };
}

sendbird_core::string_enum! {
    /// Per-day or per-month figures (`time_dimension`).
    pub enum TimeDimension {
        /// One figure per day.
        Daily,
        /// One figure per month.
        Monthly,
    }
}

sendbird_core::string_enum! {
    /// An Advanced analytics metric (`metric_type`).
    pub enum MetricType {
        /// Messages sent.
        Messages,
        /// The average number of messages sent per user.
        MessagesPerUser,
        /// Channels created.
        CreatedChannels,
        /// Channels with at least one message sent (daily or monthly).
        ActiveChannels,
        /// Users who sent at least one message (daily or monthly).
        MessageSenders,
        /// Users who viewed at least one message, deduplicated by user id.
        MessageViewers,
        /// Users created.
        CreatedUsers,
        /// Users deactivated.
        DeactivatedUsers,
        /// Users deleted.
        DeletedUsers,
    }
}

sendbird_core::string_enum! {
    /// How Advanced analytics metrics are divided (`segments`).
    pub enum MetricSegment {
        /// By channel type.
        ChannelType,
        /// By the channels' custom type.
        CustomChannelType,
        /// By the messages' custom type.
        CustomMessageType,
    }
}

/// The response of [`GetDailyActiveUsers`](super::GetDailyActiveUsers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DailyActiveUsers {
    /// Users active on the day.
    #[serde(default)]
    pub dau: i64,
}

/// The response of [`GetMonthlyActiveUsers`](super::GetMonthlyActiveUsers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MonthlyActiveUsers {
    /// Users active in the month up to the day.
    #[serde(default)]
    pub mau: i64,
}

/// The response of [`GetConcurrentConnections`](super::GetConcurrentConnections).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ConcurrentConnections {
    /// Devices and browser tabs connected right now.
    #[serde(default)]
    pub ccu: i64,
}

/// The response of [`GetPeakConnections`](super::GetPeakConnections).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PeakConnections {
    /// One entry per day or month of the period, oldest first.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub peak_connections: Vec<PeakConnectionsEntry>,
}

/// The peak of one day or month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PeakConnectionsEntry {
    /// The day (`YYYY-MM-DD`) or month (`YYYY-MM`). The docs do not show the format; this is
    /// the format of Sendbird's other dated statistics.
    #[serde(default)]
    pub date: String,
    /// The highest number of concurrent connections.
    #[serde(default)]
    pub peak_connections: i64,
}

metric_segments! {
    /// The response of [`GetAdvancedAnalyticsMetrics`](super::GetAdvancedAnalyticsMetrics).
    ///
    /// The docs do not show the response. The published spec describes one flat object
    /// (`segments`, `date`, `value` and the segment keys); Sendbird's description ("an empty list
    /// returns if ...", `limit` and `token`) reads as a list. Both decode: rows in `statistics`
    /// with `next`, or a single flat row; [`AdvancedMetrics::rows`] gives the rows either way.
    pub struct AdvancedMetrics {
        /// The segmentation applied, when requested.
        #[serde(default)]
        pub segments: Option<String>,
        /// The rows, one per date (and segment).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub statistics: Vec<MetricRow>,
        /// The token of the next page; empty on the last page.
        #[serde(default)]
        pub next: Option<String>,
        /// The date of a flat single-row response.
        #[serde(default)]
        pub date: Option<String>,
        /// The value of a flat single-row response.
        #[serde(default)]
        pub value: Option<f64>,
    }
}

impl AdvancedMetrics {
    /// The rows: `statistics`, or the flat row when the response is one.
    pub fn rows(&self) -> Vec<MetricRow> {
        if !self.statistics.is_empty() {
            return self.statistics.clone();
        }
        match (&self.date, self.value) {
            (Some(date), Some(value)) => vec![MetricRow {
                date: date.clone(),
                value,
                channel_type: self.channel_type.clone(),
                custom_channel_type: self.custom_channel_type.clone(),
                custom_message_type: self.custom_message_type.clone(),
            }],
            _ => Vec::new(),
        }
    }
}

metric_segments! {
    /// One value of an Advanced analytics metric.
    pub struct MetricRow {
        /// The day (`YYYY-MM-DD`) or month (`YYYY-MM`).
        #[serde(default)]
        pub date: String,
        /// The value (a fraction for `messages_per_user`).
        #[serde(default)]
        pub value: f64,
    }
}
