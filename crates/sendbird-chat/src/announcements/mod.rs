//! Announcements: schedule a message to many channels (the sender's channels, listed channels,
//! or channels with listed users), follow and steer the server-side job (pause, resume, stop,
//! cancel), and read open rates, open status and daily/weekly/monthly statistics.
//!
//! An announcement is a long-running job: [`Announcements::wait_until_done`] polls it until
//! its [`AnnouncementStatus`] is final, and [`Announcements::watch`] streams its status
//! changes. Announcement timestamps are Unix **milliseconds**.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use sendbird_chat::announcements::{AnnouncementMessage, AnnouncementTarget};
//!
//! let announcements = chat.announcements();
//! let created = announcements
//!     .create(
//!         AnnouncementMessage::text("shop_bot", "Spring sale starts now!"),
//!         AnnouncementTarget::TargetChannels,
//!     )
//!     .target_list(["shop_alice", "shop_bob"])
//!     .unique_id("spring_sale")
//!     .announcement_group("marketing")
//!     .await?;
//! let done = announcements
//!     .wait_until_done(&created.unique_id, Duration::from_secs(5), Duration::from_secs(600))
//!     .await?;
//! let rate = announcements.open_rate(&done.unique_id).days(1).await?;
//! println!("{} – opened: {:?}", done.status, rate.cumulative_open_counts.last());
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use std::time::Duration;

use futures_util::Stream;
use sendbird_core::{IntoParam, StringList};

use crate::jobs;
use crate::{ChatClient, Error, Pending};

pub use models::{
    Announcement, AnnouncementAction, AnnouncementMessage, AnnouncementMessageUpdate,
    AnnouncementOpenRate, AnnouncementOpenStatus, AnnouncementOpenStatusResponse,
    AnnouncementOrder, AnnouncementStats, AnnouncementStatsResponse, AnnouncementStatus,
    AnnouncementTarget, CreateChannelOptions, ListAnnouncementGroupsResponse,
    ListAnnouncementsResponse, TargetChannelType,
};

sendbird_core::endpoints! {
    /// Every endpoint of the announcements family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Entry points for the announcements family: `chat.announcements()`.
    family Announcements = announcements() {
        /// Lists the announcement group names in use.
        fn groups -> pub struct ListAnnouncementGroups {
            operation: "list_announcement_groups",
            request: GET "/announcement_group",
            idempotent: yes,
            response: ListAnnouncementGroupsResponse,
            paginate: token,
            limit "Groups per page (bounds undocumented; the dashboard asks for 100).",
        }

        /// Hourly open counts and rates of an announcement since it started.
        fn open_rate -> pub struct GetAnnouncementOpenRate {
            operation: "get_announcement_open_rate",
            request: GET "/announcement_open_rate/{unique_id}",
            idempotent: yes,
            response: AnnouncementOpenRate,
            required {
                /// The announcement id.
                path unique_id: String,
            }
            optional {
                /// Days of hourly data from the start (default 7; data is kept 30 days).
                query days: u32,
            }
        }

        /// Hourly open counts and rates of the announcements of one group.
        fn group_open_rate -> pub struct GetAnnouncementGroupOpenRate {
            operation: "get_announcement_group_open_rate",
            request: GET "/announcement_open_rate_by_group/{announcement_group}",
            idempotent: yes,
            response: AnnouncementOpenRate,
            required {
                /// The group name.
                path announcement_group: String,
            }
            optional {
                /// Days of hourly data from the start (default 7).
                query days: u32,
            }
        }

        /// Whether each target user opened an announcement, per channel.
        fn open_status -> pub struct GetAnnouncementOpenStatus {
            operation: "get_announcement_open_status",
            request: GET "/announcement_open_status/{unique_id}",
            idempotent: yes,
            response: AnnouncementOpenStatusResponse,
            paginate: token, limit "Entries per page, 1–100 (default 10).",
            required {
                /// The announcement id.
                path unique_id: String,
            }
            optional {
                /// Only these target users (Sendbird names this filter `unique_ids`).
                query user_ids as "unique_ids": StringList,
                /// Only these channels.
                query channel_urls: StringList,
                /// Only users who opened it (`true`) or who did not (`false`).
                query has_opened: bool,
            }
        }

        /// Per-day statistics of the announcements that ended in a date range (at most 31
        /// days).
        fn daily_stats -> pub struct GetDailyAnnouncementStats {
            operation: "get_daily_announcement_stats",
            request: GET "/announcement_stats/daily",
            idempotent: yes,
            response: AnnouncementStatsResponse,
            required {
                /// The first day, `YYYY-MM-DD` (UTC).
                query start_date: String,
                /// The last day, `YYYY-MM-DD` (inclusive).
                query end_date: String,
            }
            optional {
                /// Only announcements of this group.
                query announcement_group: String,
            }
        }

        /// Per-month statistics of the announcements that ended in a month range.
        fn monthly_stats -> pub struct GetMonthlyAnnouncementStats {
            operation: "get_monthly_announcement_stats",
            request: GET "/announcement_stats/monthly",
            idempotent: yes,
            response: AnnouncementStatsResponse,
            required {
                /// The first month, `YYYY-MM`.
                query start_month: String,
                /// The last month, `YYYY-MM` (inclusive).
                query end_month: String,
            }
            optional {
                /// Only announcements of this group.
                query announcement_group: String,
            }
        }

        /// Per-week statistics of the announcements that ended in an ISO week range (at most
        /// 5 weeks).
        fn weekly_stats -> pub struct GetWeeklyAnnouncementStats {
            operation: "get_weekly_announcement_stats",
            request: GET "/announcement_stats/weekly",
            idempotent: yes,
            response: AnnouncementStatsResponse,
            required {
                /// The first ISO week, `YYYY-W#` (e.g. `2021-W11`).
                query start_week: String,
                /// The last ISO week (inclusive).
                query end_week: String,
            }
            optional {
                /// Only announcements of this group.
                query announcement_group: String,
            }
        }

        /// Lists the application's announcements.
        fn list -> pub struct ListAnnouncements {
            operation: "list_announcements",
            request: GET "/announcements",
            idempotent: yes,
            response: ListAnnouncementsResponse,
            paginate: token, limit "Announcements per page, 1–100 (default 10).",
            optional {
                /// Sort order (default `created_at`, newest first).
                query order: AnnouncementOrder,
                /// Only announcements in this state.
                query status: AnnouncementStatus,
                /// Only announcements of this group.
                query announcement_group: String,
            }
        }

        /// Schedules an announcement (now, or at `scheduled_at`). The server answers right
        /// away with status `scheduled` and counts of -1; follow it with
        /// [`Announcements::wait_until_done`].
        fn create -> pub struct CreateAnnouncement {
            operation: "create_announcement",
            request: POST "/announcements",
            idempotent: no,
            response: Announcement,
            required {
                /// The message to send.
                body message: AnnouncementMessage,
                /// Which channels receive it.
                body target_at: AnnouncementTarget,
            }
            optional {
                /// Channel URLs (`target_channels`) or user ids (`target_users_*`); up to
                /// 20,000.
                body target_list: StringList,
                /// Distinct, non-distinct or all channels (`target_users_*`; default
                /// `distinct`).
                body target_channel_type: TargetChannelType,
                /// Only channels of this custom type (also given to created channels).
                body target_custom_type: String,
                /// The announcement id (generated when absent; a duplicate is refused, so it
                /// doubles as a de-duplication key).
                body unique_id: String,
                /// A group label for statistics and listing.
                body announcement_group: String,
                /// Create a channel for targets without one (default false).
                body create_channel: bool,
                /// How created channels look.
                body create_channel_options: CreateChannelOptions,
                /// When sending starts, Unix milliseconds (default now; not in the past).
                body scheduled_at: i64,
                /// Hard stop, Unix milliseconds (at least 10 minutes after `scheduled_at`).
                body end_at: i64,
                /// Daily start of a do-not-disturb window, `"HHMM"` UTC (with `resume_at`).
                body cease_at: String,
                /// Daily end of the do-not-disturb window, `"HHMM"` UTC (with `cease_at`).
                body resume_at: String,
                /// Send push notifications (default true).
                body enable_push: bool,
                /// Make the sender the inviter of created channels (default false).
                body assign_sender_as_channel_inviter: bool,
                /// Mark the message as read for its sender.
                body mark_as_read: bool,
                /// Also deliver into frozen channels.
                body send_to_frozen_channels: bool,
                /// Do not unhide hidden channels for the sender.
                body keep_channel_hidden_for_sender: bool,
            }
        }

        /// Retrieves an announcement with its current status and counts.
        fn get -> pub struct GetAnnouncement {
            operation: "get_announcement",
            request: GET "/announcements/{unique_id}",
            idempotent: yes,
            response: Announcement,
            required {
                /// The announcement id.
                path unique_id: String,
            }
        }

        /// Changes a scheduled announcement, or (with `action`) pauses, resumes, stops or
        /// cancels it (see [`Announcements::pause`] and friends). With `action`, the other
        /// fields are ignored.
        fn update -> pub struct UpdateAnnouncement {
            operation: "update_announcement",
            request: PUT "/announcements/{unique_id}",
            idempotent: yes,
            response: Announcement,
            required {
                /// The announcement id.
                path unique_id: String,
            }
            optional {
                /// A status change instead of an edit.
                body action: AnnouncementAction,
                /// The group label.
                body announcement_group: String,
                /// Only channels of this custom type.
                body target_custom_type: String,
                /// Create a channel for targets without one.
                body create_channel: bool,
                /// How created channels look.
                body create_channel_options: CreateChannelOptions,
                /// The message fields to change.
                body message: AnnouncementMessageUpdate,
                /// Send push notifications.
                body enable_push: bool,
                /// When sending starts, Unix milliseconds (not in the past).
                body scheduled_at: i64,
                /// Hard stop, Unix milliseconds.
                body end_at: i64,
                /// Daily start of a do-not-disturb window, `"HHMM"` UTC.
                body cease_at: String,
                /// Daily end of the do-not-disturb window, `"HHMM"` UTC.
                body resume_at: String,
            }
        }
    }
}

impl<'a> Announcements<'a> {
    fn act(
        &self,
        unique_id: impl IntoParam<String>,
        action: AnnouncementAction,
    ) -> Pending<'a, UpdateAnnouncement> {
        self.client
            .request(UpdateAnnouncement::new(unique_id).action(action))
    }

    /// Cancels a scheduled announcement (400920 once it has started).
    pub fn cancel(&self, unique_id: impl IntoParam<String>) -> Pending<'a, UpdateAnnouncement> {
        self.act(unique_id, AnnouncementAction::Cancel)
    }

    /// Pauses a running (or on-hold) announcement.
    pub fn pause(&self, unique_id: impl IntoParam<String>) -> Pending<'a, UpdateAnnouncement> {
        self.act(unique_id, AnnouncementAction::Pause)
    }

    /// Resumes a paused announcement.
    pub fn resume(&self, unique_id: impl IntoParam<String>) -> Pending<'a, UpdateAnnouncement> {
        self.act(unique_id, AnnouncementAction::Resume)
    }

    /// Stops a started announcement for good.
    pub fn stop(&self, unique_id: impl IntoParam<String>) -> Pending<'a, UpdateAnnouncement> {
        self.act(unique_id, AnnouncementAction::Stop)
    }

    /// The announcement as a `Stream` of its changes, fetched every `interval`: the first
    /// state right away, then each state that differs from the previous one; the stream ends
    /// after the final status (or a request error).
    ///
    /// Built on [`jobs::watch`]; needs a tokio runtime for its timer.
    pub fn watch(
        &self,
        unique_id: impl IntoParam<String>,
        interval: Duration,
    ) -> impl Stream<Item = Result<Announcement, Error>> + Send + 'a {
        let client = self.client;
        let endpoint = GetAnnouncement::new(unique_id);
        jobs::watch(
            move || client.send(&endpoint),
            |announcement: &Announcement| announcement.status.is_terminal(),
            interval,
        )
    }
}

crate::jobs::wait_until_done! {
    /// Polls an announcement every `interval` until its status is final (see
    /// [`AnnouncementStatus::is_terminal`]) and answers it.
    Announcements(unique_id) -> Announcement,
    |announcement: &Announcement| announcement.status.is_terminal()
}
