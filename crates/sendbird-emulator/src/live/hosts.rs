//! Live event hosts and `GET /live-events/{live_event_id}/hosts`.

use serde_json::{json, Value};

use super::participants::viewer_json;
use super::Ctx;
use crate::http::errors::Answer;
use crate::render::opt_ms;
use crate::v1::entry::Entry;
use crate::v1::errors::not_found;

/// The host resource: a participant resource keyed by `host_id`, plus the media
/// timeline and state.
pub(crate) fn host_json(ctx: &Ctx<'_>, host: &Entry, live_event_id: &str) -> Value {
    let mut value = viewer_json(ctx, host, live_event_id, "host_id");
    if let Value::Object(map) = &mut value {
        map.insert("connected_at".into(), opt_ms(host.connected_at));
        map.insert("disconnected_at".into(), opt_ms(host.disconnected_at));
        map.insert("is_audio_on".into(), json!(host.is_audio_on));
        map.insert("is_video_on".into(), json!(host.is_video_on));
    }
    value
}

/// `GET /live-events/{live_event_id}/hosts` → `{host}` (the latest host to enter; 400200
/// when no host ever entered).
pub(crate) fn get(ctx: &mut Ctx<'_>, live_event_id: &str) -> Answer {
    let event = super::events::event(ctx, live_event_id)?;
    let host = event
        .current_host()
        .ok_or_else(|| not_found(&format!("Host of live event \"{live_event_id}\"")))?;
    Ok(json!({ "host": host_json(ctx, host, live_event_id) }))
}
