//! Live event participants and `GET /live-events/{live_event_id}/participants`.

use serde_json::{json, Value};

use super::Ctx;
use crate::calls::common::{opt_ms, user_object};
use crate::calls::paging::{self, Order};
use crate::errors::ApiError;
use crate::query::Query;

/// One entry of a user (one device) into a live event as a viewer.
#[derive(Debug, Clone)]
pub(crate) struct Participant {
    pub(crate) seq: u64,
    pub(crate) participant_id: String,
    pub(crate) client_id: String,
    pub(crate) user_id: String,
    pub(crate) entered_at: i64,
    pub(crate) exited_at: Option<i64>,
}

impl Participant {
    /// `entered` or `exited`.
    pub(crate) fn state(&self) -> &'static str {
        if self.exited_at.is_some() {
            "exited"
        } else {
            "entered"
        }
    }

    /// Whether the participant is still watching.
    pub(crate) fn is_current(&self) -> bool {
        self.exited_at.is_none()
    }

    /// The participant resource (`duration`: entered → exited in ms, 0 while present).
    pub(crate) fn to_json(&self, ctx: &Ctx<'_>, live_event_id: &str) -> Value {
        let duration = self
            .exited_at
            .map_or(0, |exited| exited.saturating_sub(self.entered_at).max(0));
        let mut user = user_object(ctx.env, &self.user_id);
        user.insert("role".into(), Value::Null);
        json!({
            "live_event_id": live_event_id,
            "participant_id": self.participant_id,
            "client_id": self.client_id,
            "state": self.state(),
            "duration": duration,
            "entered_at": self.entered_at,
            "exited_at": opt_ms(self.exited_at),
            "user": Value::Object(user),
        })
    }
}

/// `GET /live-events/{live_event_id}/participants` → `{participants, next, prev}`: everyone
/// who ever entered, newest first.
pub(crate) fn list(ctx: &mut Ctx<'_>, live_event_id: &str, q: &Query) -> Result<Value, ApiError> {
    let event = super::events::event(ctx, live_event_id)?;
    let all: Vec<&Participant> = event.participants.iter().collect();
    let page = paging::page(all, |p| (p.entered_at, p.seq), Order::Desc, q)?;
    let participants: Vec<Value> = page
        .items
        .iter()
        .map(|p| p.to_json(ctx, live_event_id))
        .collect();
    Ok(json!({"participants": participants, "next": page.next, "prev": page.prev}))
}
