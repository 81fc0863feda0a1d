//! Seed data for Live: live events with fixed ids, hosts and participants.
//!
//! Hosts and participants enter live events through client SDKs, never through the
//! Platform API, so seeding is the only way to get them into the emulator.

use std::collections::BTreeMap;

use crate::v1::seed_setters::{entry_seed, seed_setters};

/// A live event to seed, with a fixed id, in the `created` state (drive it further with
/// `POST .../ready`, `POST .../start` and `DELETE`).
///
/// ```
/// use sendbird_emulator::{LiveEventSeed, Seed};
///
/// let seed = Seed::new().live_event(
///     LiveEventSeed::new("event-1", ["alice"])
///         .title("Launch")
///         .created_by("alice"),
/// );
/// # let _ = seed;
/// ```
#[derive(Debug, Clone)]
pub struct LiveEventSeed {
    pub(crate) live_event_id: String,
    pub(crate) user_ids_for_host: Vec<String>,
    pub(crate) title: String,
    pub(crate) cover_url: String,
    pub(crate) created_at: Option<i64>,
    pub(crate) created_by: String,
    pub(crate) custom_items: BTreeMap<String, String>,
}

impl LiveEventSeed {
    /// An event with this id whose host may be any of `user_ids_for_host` (1–10 ids).
    pub fn new<I, S>(live_event_id: impl Into<String>, user_ids_for_host: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            live_event_id: live_event_id.into(),
            user_ids_for_host: user_ids_for_host.into_iter().map(Into::into).collect(),
            title: String::new(),
            cover_url: String::new(),
            created_at: None,
            created_by: String::new(),
            custom_items: BTreeMap::new(),
        }
    }

    builder_setters! {
        /// The title (≤ 191 characters).
        pub fn title(title: impl Into<String>) => title = title.into();
        /// The cover image URL.
        pub fn cover_url(url: impl Into<String>) => cover_url = url.into();
    }

    seed_setters!("event": created_at, created_by, custom_item);
}

entry_seed! {
    /// A host entering a live event (single host: at most one host is in the event at once).
    ///
    /// The state follows from the timestamps: `exited` once `exited_at` is set, else
    /// `disconnected`, else `connected`, else `entered`. A connected host of an `ongoing` event
    /// makes `is_host_streaming` true.
    ///
    /// ```
    /// use sendbird_emulator::LiveHostSeed;
    ///
    /// let host = LiveHostSeed::new("event-1", "alice").connected_at(1_700_000_000_500);
    /// # let _ = host;
    /// ```
    pub struct LiveHostSeed { live_event_id }
    /// `user_id` (one of the event's `user_ids_for_host`) entering now, audio and video on.
    new;
    "host":
        id = host_id, client_id, entered_at, connected_at, disconnected_at, exited_at,
        audio, video,
}

entry_seed! {
    /// A participant (viewer) entering a live event. Present participants need a `ready` or
    /// `ongoing` event; exited ones may also be seeded into `ended` events.
    ///
    /// ```
    /// use sendbird_emulator::LiveParticipantSeed;
    ///
    /// let watching = LiveParticipantSeed::new("event-1", "carol");
    /// let left = LiveParticipantSeed::new("event-1", "dave")
    ///     .entered_at(1_700_000_000_000)
    ///     .exited_at(1_700_000_060_000);
    /// # let _ = (watching, left);
    /// ```
    pub struct LiveParticipantSeed { live_event_id }
    /// `user_id` entering the event now.
    new;
    "participant": id = participant_id, client_id, entered_at, exited_at
}

/// One Live seed step.
#[derive(Debug, Clone)]
pub(crate) enum LiveSeedStep {
    Event(LiveEventSeed),
    Host(LiveHostSeed),
    Participant(LiveParticipantSeed),
}
