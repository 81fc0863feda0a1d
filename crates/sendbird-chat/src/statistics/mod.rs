//! Statistics: daily and monthly active users, concurrent and peak connections, and
//! Advanced analytics metrics, all under `chat.statistics()`.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use sendbird_chat::statistics::{MetricType, TimeDimension};
//!
//! let stats = chat.statistics();
//! let dau = stats.daily_active_users("2024-03-01").await?.dau;
//! let mau = stats.monthly_active_users("2024-03-31").await?.mau;
//! let ccu = stats.concurrent_connections().await?.ccu;
//! let peaks = stats
//!     .peak_connections(TimeDimension::Daily, 2024, 3, 2024, 3)
//!     .start_day(1)
//!     .end_day(7)
//!     .await?;
//! let messages = stats
//!     .advanced_metrics(MetricType::Messages, TimeDimension::Daily, 2024, 3, 2024, 3)
//!     .start_day(1)
//!     .end_day(31)
//!     .await?;
//! # let _ = (dau, mau, ccu, peaks, messages);
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use crate::{ChatClient, Pending};

pub use models::{
    AdvancedMetrics, ConcurrentConnections, DailyActiveUsers, MetricRow, MetricSegment, MetricType,
    MonthlyActiveUsers, PeakConnections, PeakConnectionsEntry, TimeDimension,
};

sendbird_core::param_group! {
    /// The period that peak connections and Advanced analytics metrics are asked for.
    period {
        /// Per day or per month.
        query time_dimension: TimeDimension,
        /// The first year, `YYYY`.
        query start_year: u32,
        /// The first month, 1–12.
        query start_month: u32,
        /// The last year, `YYYY`.
        query end_year: u32,
        /// The last month, 1–12.
        query end_month: u32,
    }
}

sendbird_core::endpoints! {
    /// Every endpoint of the statistics family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// The application's statistics: `chat.statistics()`.
    family Statistics = statistics() {
        /// How many devices and browser tabs are connected right now.
        fn concurrent_connections -> pub struct GetConcurrentConnections {
            operation: "get_concurrent_connections",
            request: GET "/applications/ccu",
            idempotent: yes,
            response: ConcurrentConnections,
        }

        /// How many users were active on a day (UTC). Sendbird recomputes it every 30 minutes.
        fn daily_active_users(date: String) -> pub struct GetDailyActiveUsers {
            operation: "get_daily_active_users",
            request: GET "/applications/dau",
            idempotent: yes,
            response: DailyActiveUsers,
            optional {
                /// The day, `YYYY-MM-DD` (default: today).
                query date: String,
            }
        }

        /// How many users were active in the month of a day, up to that day.
        fn monthly_active_users(date: String) -> pub struct GetMonthlyActiveUsers {
            operation: "get_monthly_active_users",
            request: GET "/applications/mau",
            idempotent: yes,
            response: MonthlyActiveUsers,
            optional {
                /// The day, `YYYY-MM-DD` (default: today).
                query date: String,
            }
        }

        /// The peak number of concurrent connections per day (a period of at most 62 days) or
        /// per month (at most 12 months).
        fn peak_connections -> pub struct GetPeakConnections {
            operation: "get_peak_connections",
            request: GET "/applications/peak_connections",
            idempotent: yes,
            response: PeakConnections,
            required {
                ..period,
            }
            optional {
                /// The first day, 1–31 (daily only; default 1).
                query start_day: u32,
                /// The last day, 1–31 (daily only; default: the month's last day).
                query end_day: u32,
            }
        }

        /// An Advanced analytics metric per day or month (premium feature). Daily metrics
        /// need `start_day` and `end_day` too.
        fn advanced_metrics -> pub struct GetAdvancedAnalyticsMetrics {
            operation: "get_advanced_analytics_metrics",
            request: GET "/statistics/metric",
            idempotent: yes,
            response: AdvancedMetrics,
            required {
                /// The metric.
                query metric_type: MetricType,
                ..period,
            }
            optional {
                /// The first day, 1–31 (required for daily metrics).
                query start_day: u32,
                /// The last day, 1–31 (required for daily metrics).
                query end_day: u32,
                /// Divide the values by channel type, custom channel type or custom message
                /// type.
                query segments: MetricSegment,
                /// Rows per page, 1–1,000 (default 1,000).
                query limit: u32,
                /// The page token from the previous response's `next`.
                query token: String,
            }
        }
    }
}
