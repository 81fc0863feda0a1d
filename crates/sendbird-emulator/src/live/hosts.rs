//! Live event hosts and `GET /live-events/{live_event_id}/hosts`.

use serde_json::{json, Value};

use super::Ctx;
use crate::calls::common::{opt_ms, user_object};
use crate::calls::errors::not_found;
use crate::errors::ApiError;

/// One entry of a host into a live event.
#[derive(Debug, Clone)]
pub(crate) struct Host {
    pub(crate) seq: u64,
    pub(crate) host_id: String,
    pub(crate) client_id: String,
    pub(crate) user_id: String,
    pub(crate) entered_at: i64,
    pub(crate) connected_at: Option<i64>,
    pub(crate) disconnected_at: Option<i64>,
    pub(crate) exited_at: Option<i64>,
    pub(crate) is_audio_on: bool,
    pub(crate) is_video_on: bool,
}

impl Host {
    /// `entered`, `connected`, `disconnected` or `exited`.
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

    /// Whether the host is still in the event.
    pub(crate) fn is_current(&self) -> bool {
        self.exited_at.is_none()
    }

    /// The host resource (`duration`: entered → exited in ms, 0 while present).
    pub(crate) fn to_json(&self, ctx: &Ctx<'_>, live_event_id: &str) -> Value {
        let duration = self
            .exited_at
            .map_or(0, |exited| exited.saturating_sub(self.entered_at).max(0));
        let mut user = user_object(ctx.env, &self.user_id);
        user.insert("role".into(), Value::Null);
        json!({
            "live_event_id": live_event_id,
            "host_id": self.host_id,
            "client_id": self.client_id,
            "state": self.state(),
            "duration": duration,
            "entered_at": self.entered_at,
            "connected_at": opt_ms(self.connected_at),
            "disconnected_at": opt_ms(self.disconnected_at),
            "exited_at": opt_ms(self.exited_at),
            "is_audio_on": self.is_audio_on,
            "is_video_on": self.is_video_on,
            "user": Value::Object(user),
        })
    }
}

/// `GET /live-events/{live_event_id}/hosts` → `{host}` (the latest host to enter; 400200
/// when no host ever entered).
pub(crate) fn get(ctx: &mut Ctx<'_>, live_event_id: &str) -> Result<Value, ApiError> {
    let event = super::events::event(ctx, live_event_id)?;
    let host = event
        .current_host()
        .ok_or_else(|| not_found(&format!("Host of live event \"{live_event_id}\"")))?;
    Ok(json!({ "host": host.to_json(ctx, live_event_id) }))
}
