//! A user's entry (one device) into a group call room or a live event: ids, timeline and
//! media state. Room participants, live event hosts and live event viewers are all entries;
//! only the fields they show differ.

use super::ids::uuid;

/// One entry, as stored.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Creation order.
    pub(crate) seq: u64,
    /// The `participant_id` or `host_id`.
    pub(crate) id: String,
    /// The device's client id.
    pub(crate) client_id: String,
    /// Who entered.
    pub(crate) user_id: String,
    /// When the user entered, Unix ms.
    pub(crate) entered_at: i64,
    /// When the media connected.
    pub(crate) connected_at: Option<i64>,
    /// When the media disconnected (live event hosts only).
    pub(crate) disconnected_at: Option<i64>,
    /// When the user left.
    pub(crate) exited_at: Option<i64>,
    /// Whether the audio is on.
    pub(crate) is_audio_on: bool,
    /// Whether the video is on.
    pub(crate) is_video_on: bool,
}

impl Entry {
    /// `exited`, else `disconnected`, else `connected`, else `entered`.
    pub(crate) fn state(&self) -> &'static str {
        if self.exited_at.is_some() {
            "exited"
        } else if self.disconnected_at.is_some() {
            "disconnected"
        } else if self.connected_at.is_some() {
            "connected"
        } else {
            "entered"
        }
    }

    /// Whether the user is still in.
    pub(crate) fn is_current(&self) -> bool {
        self.exited_at.is_none()
    }

    /// Entered → exited in ms (`None` while present).
    pub(crate) fn stay_ms(&self) -> Option<i64> {
        self.exited_at
            .map(|exited| exited.saturating_sub(self.entered_at).max(0))
    }

    /// The latest of the entry's timestamps.
    pub(crate) fn last_change(&self) -> i64 {
        [self.connected_at, self.disconnected_at, self.exited_at]
            .into_iter()
            .flatten()
            .fold(self.entered_at, i64::max)
    }
}

/// The seedable part of an entry: fixed ids, the timeline and the media state. Unset ids
/// are random and an unset entry time is the time the seed is applied.
#[derive(Debug, Clone)]
pub(crate) struct EntrySeed {
    pub(crate) user_id: String,
    pub(crate) id: Option<String>,
    pub(crate) client_id: Option<String>,
    pub(crate) entered_at: Option<i64>,
    pub(crate) connected_at: Option<i64>,
    pub(crate) disconnected_at: Option<i64>,
    pub(crate) exited_at: Option<i64>,
    pub(crate) is_audio_on: bool,
    pub(crate) is_video_on: bool,
}

impl EntrySeed {
    /// `user_id` entering now, audio and video on.
    pub(crate) fn new(user_id: String) -> Self {
        Self {
            user_id,
            id: None,
            client_id: None,
            entered_at: None,
            connected_at: None,
            disconnected_at: None,
            exited_at: None,
            is_audio_on: true,
            is_video_on: true,
        }
    }

    /// The stored entry. `who` names the entry in the error when something happens
    /// before entering.
    pub(crate) fn build(&self, seq: u64, now: i64, who: &str) -> Result<Entry, String> {
        let entered_at = self.entered_at.unwrap_or(now);
        if [self.connected_at, self.disconnected_at, self.exited_at]
            .into_iter()
            .flatten()
            .any(|t| t < entered_at)
        {
            return Err(format!(
                "a {who} can't connect, disconnect or exit before entering"
            ));
        }
        Ok(Entry {
            seq,
            id: self.id.clone().unwrap_or_else(uuid),
            client_id: self.client_id.clone().unwrap_or_else(uuid),
            user_id: self.user_id.clone(),
            entered_at,
            connected_at: self.connected_at,
            disconnected_at: self.disconnected_at,
            exited_at: self.exited_at,
            is_audio_on: self.is_audio_on,
            is_video_on: self.is_video_on,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn state_follows_the_timeline() {
        let mut seed = EntrySeed::new("u".to_owned());
        seed.entered_at = Some(10);
        let entry = seed.build(1, 99, "host").unwrap();
        assert_eq!((entry.state(), entry.stay_ms()), ("entered", None));
        seed.connected_at = Some(20);
        assert_eq!(seed.build(1, 99, "host").unwrap().state(), "connected");
        seed.disconnected_at = Some(30);
        assert_eq!(seed.build(1, 99, "host").unwrap().state(), "disconnected");
        seed.exited_at = Some(40);
        let entry = seed.build(1, 99, "host").unwrap();
        assert_eq!((entry.state(), entry.stay_ms()), ("exited", Some(30)));
        assert_eq!(entry.last_change(), 40);
        seed.connected_at = Some(5);
        assert!(seed.build(1, 99, "host").unwrap_err().contains("host"));
    }
}
