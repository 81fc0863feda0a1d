//! Live event participants and `GET /live-events/{live_event_id}/participants`.

use serde_json::{json, Value};

use super::Ctx;
use crate::http::errors::Answer;
use crate::http::query::Query;
use crate::render::opt_ms;
use crate::v1::entry::Entry;
use crate::v1::paging;
use crate::v1::users::user_object;

/// The participant resource, its id under `id_field` (`duration`: entered → exited in
/// ms, 0 while present; the user's `role` is `null`).
pub(crate) fn viewer_json(
    ctx: &Ctx<'_>,
    entry: &Entry,
    live_event_id: &str,
    id_field: &str,
) -> Value {
    let mut user = user_object(ctx.users, &entry.user_id);
    user.insert("role".into(), Value::Null);
    let mut value = json!({
        "live_event_id": live_event_id,
        "client_id": entry.client_id,
        "state": entry.state(),
        "duration": entry.stay_ms().unwrap_or(0),
        "entered_at": entry.entered_at,
        "exited_at": opt_ms(entry.exited_at),
        "user": Value::Object(user),
    });
    if let Value::Object(map) = &mut value {
        map.insert(id_field.into(), json!(entry.id));
    }
    value
}

/// `GET /live-events/{live_event_id}/participants` → `{participants, next, prev}`: everyone
/// who ever entered, newest first.
pub(crate) fn list(ctx: &mut Ctx<'_>, live_event_id: &str, q: &Query) -> Answer {
    let event = super::events::event(ctx, live_event_id)?;
    let all: Vec<&Entry> = event.participants.iter().collect();
    paging::newest_first(
        ctx.env.pages,
        all,
        |p| (p.entered_at, p.seq),
        q,
        "participants",
        |p| viewer_json(ctx, p, live_event_id, "participant_id"),
    )
}
