//! Live events: `/live-events`, `/live-events/{live_event_id}` and the state machine
//! `created → ready → ongoing → ended` (`POST .../ready`, `POST .../start`, `DELETE`).
//!
//! A transition the current state does not allow (starting a `created` event, setting an
//! `ongoing` event ready, anything on an `ended` event) answers HTTP 400 with code 2800101
//! (`ACTION_NOT_ALLOWED_IN_CURRENT_STATE`, the Live server code for "action not allowed in
//! current state"). Every `*_by` field is `""`: the Platform API acts as no user.

use serde_json::{json, Value};

use super::hosts::host_json;
use super::Ctx;
use crate::chat::assign;
use crate::http::errors::{Answer, ApiError};
use crate::http::params::{split_encoded_list, Params};
use crate::http::query::Query;
use crate::render::opt_ms;
use crate::v1::custom_items::{self, Items};
use crate::v1::entry::Entry;
use crate::v1::errors::{found, found_mut, invalid, invalid_param, live_state, missing, to_v1};
use crate::v1::ids::uuid;
use crate::v1::paging::{self, CreatedFilter};
use crate::v1::recordings::{self, Target};

/// The only documented host type.
pub(crate) const SINGLE_HOST: &str = "single_host";
/// At most this many host candidates.
pub(crate) const MAX_HOST_IDS: usize = 10;
/// Longest title (characters).
pub(crate) const MAX_TITLE_CHARS: usize = 191;
/// Longest cover URL (characters).
pub(crate) const MAX_COVER_URL_CHARS: usize = 2048;

wire_enum! {
    /// A live event's state.
    pub(crate) enum EventState {
        /// Hosts may enter and stream; participants can't enter.
        Created => "created",
        /// Participants may enter and chat but get no media.
        Ready => "ready",
        /// Participants get the host's media.
        Ongoing => "ongoing",
        /// Over.
        Ended => "ended",
    }
}

/// A live event.
#[derive(Debug, Clone)]
pub(crate) struct LiveEvent {
    pub(crate) seq: u64,
    pub(crate) live_event_id: String,
    pub(crate) host_type: String,
    pub(crate) state: EventState,
    pub(crate) created_at: i64,
    pub(crate) set_ready_at: Option<i64>,
    pub(crate) started_at: Option<i64>,
    pub(crate) ended_at: Option<i64>,
    pub(crate) created_by: String,
    pub(crate) set_ready_by: String,
    pub(crate) started_by: String,
    pub(crate) ended_by: String,
    pub(crate) user_ids_for_host: Vec<String>,
    pub(crate) title: String,
    pub(crate) cover_url: String,
    pub(crate) custom_items: Items,
    /// Every host entry, in entry order.
    pub(crate) hosts: Vec<Entry>,
    /// Every participant entry, in entry order.
    pub(crate) participants: Vec<Entry>,
    pub(crate) peak_participant_count: usize,
}

impl LiveEvent {
    /// A new event in the `created` state.
    pub(crate) fn new(seq: u64, live_event_id: String, created_at: i64) -> Self {
        Self {
            seq,
            live_event_id,
            host_type: SINGLE_HOST.to_owned(),
            state: EventState::Created,
            created_at,
            set_ready_at: None,
            started_at: None,
            ended_at: None,
            created_by: String::new(),
            set_ready_by: String::new(),
            started_by: String::new(),
            ended_by: String::new(),
            user_ids_for_host: Vec::new(),
            title: String::new(),
            cover_url: String::new(),
            custom_items: Items::new(),
            hosts: Vec::new(),
            participants: Vec::new(),
            peak_participant_count: 0,
        }
    }

    /// The latest host to enter, if any.
    pub(crate) fn current_host(&self) -> Option<&Entry> {
        self.hosts.iter().max_by_key(|h| h.seq)
    }

    /// Participants watching now.
    pub(crate) fn participant_count(&self) -> usize {
        self.participants.iter().filter(|p| p.is_current()).count()
    }

    /// Created → ended in ms (0 until ended).
    pub(crate) fn duration(&self) -> i64 {
        self.ended_at
            .map_or(0, |ended| ended.saturating_sub(self.created_at).max(0))
    }

    /// Whether the host is streaming to participants (ongoing, host connected).
    pub(crate) fn is_host_streaming(&self) -> bool {
        self.state == EventState::Ongoing
            && self
                .current_host()
                .is_some_and(|h| h.state() == "connected")
    }

    /// The live event resource.
    pub(crate) fn to_json(&self, ctx: &Ctx<'_>) -> Value {
        let host = self
            .current_host()
            .map_or(Value::Null, |h| host_json(ctx, h, &self.live_event_id));
        let mut value = json!({
            "live_event_id": self.live_event_id,
            "host_type": self.host_type,
            "state": self.state.as_str(),
            "created_at": self.created_at,
            "set_ready_at": opt_ms(self.set_ready_at),
            "started_at": opt_ms(self.started_at),
            "ended_at": opt_ms(self.ended_at),
            "is_host_streaming": self.is_host_streaming(),
            "host": host,
            "created_by": self.created_by,
            "set_ready_by": self.set_ready_by,
            "started_by": self.started_by,
            "ended_by": self.ended_by,
            "duration": self.duration(),
            "participant_count": self.participant_count(),
            "peak_participant_count": self.peak_participant_count,
            "cumulative_participant_count": self.participants.len(),
            "user_ids_for_host": self.user_ids_for_host,
            "title": self.title,
            "cover_url": self.cover_url,
            "custom_items": custom_items::to_json(&self.custom_items),
        });
        let recordings = recordings::of_target(
            &ctx.state.recordings,
            &Target::LiveEvent(self.live_event_id.clone()),
        );
        if let (Value::Object(map), false) = (&mut value, recordings.is_empty()) {
            map.insert("cloud_recordings".into(), Value::Array(recordings));
        }
        value
    }

    /// Moves the event into `state` now, recording when (and, through the Platform API,
    /// by nobody); always true, for [`transition`].
    fn enter(&mut self, state: EventState, now: i64) -> bool {
        self.state = state;
        let (at, by) = match state {
            EventState::Ready => (&mut self.set_ready_at, &mut self.set_ready_by),
            EventState::Ongoing => (&mut self.started_at, &mut self.started_by),
            EventState::Ended => (&mut self.ended_at, &mut self.ended_by),
            EventState::Created => return true,
        };
        *at = Some(now);
        by.clear();
        true
    }

    /// Ends the event now: hosts and participants are forced out.
    fn end(&mut self, now: i64) {
        self.enter(EventState::Ended, now);
        for host in self.hosts.iter_mut().filter(|h| h.is_current()) {
            host.exited_at = Some(now);
        }
        for participant in self.participants.iter_mut().filter(|p| p.is_current()) {
            participant.exited_at = Some(now);
        }
    }
}

/// The live event with this id (400200 otherwise).
pub(crate) fn event<'a>(ctx: &'a Ctx<'_>, live_event_id: &str) -> Result<&'a LiveEvent, ApiError> {
    found(&ctx.state.events, "Live event", live_event_id)
}

fn event_mut<'a>(ctx: &'a mut Ctx<'_>, live_event_id: &str) -> Result<&'a mut LiveEvent, ApiError> {
    found_mut(&mut ctx.state.events, "Live event", live_event_id)
}

/// Splits a comma-joined list of percent-encoded ids (the Live SDK's form).
fn split_encoded(text: &str) -> Result<Vec<String>, ApiError> {
    split_encoded_list(text).ok_or_else(|| invalid_param("user_ids_for_host"))
}

fn strings(items: &[Value]) -> Result<Vec<String>, ApiError> {
    items
        .iter()
        .map(|item| {
            item.as_str()
                .map(str::to_owned)
                .ok_or_else(|| invalid_param("user_ids_for_host"))
        })
        .collect()
}

/// Reads a live event's custom items, sent as `custom_items` or (Live SDK) `customItems`.
fn live_custom_items(p: &Params) -> Result<Option<Items>, ApiError> {
    match custom_items::parse(p)? {
        Some(items) => Ok(Some(items)),
        None => custom_items::parse_named(p, "customItems"),
    }
}

/// Reads `user_ids_for_host`: a JSON array, or (JSON or form) one comma-joined string of
/// percent-encoded ids, or repeated form parts. 1–10 non-empty ids (400100 otherwise).
pub(crate) fn host_ids(p: &Params) -> Result<Option<Vec<String>>, ApiError> {
    const NAME: &str = "user_ids_for_host";
    let ids = match p {
        Params::Json(map) => match map.get(NAME) {
            None | Some(Value::Null) => None,
            Some(Value::Array(items)) => Some(strings(items)?),
            Some(Value::String(text)) => Some(split_encoded(text)?),
            Some(_) => return Err(invalid_param(NAME)),
        },
        Params::Form { fields, .. } => {
            let values: Vec<&str> = fields
                .iter()
                .filter(|(k, _)| k == NAME || k.strip_suffix("[]") == Some(NAME))
                .map(|(_, v)| v.as_str())
                .collect();
            match values.as_slice() {
                [] => None,
                [single] if single.trim_start().starts_with('[') => {
                    match serde_json::from_str::<Value>(single) {
                        Ok(Value::Array(items)) => Some(strings(&items)?),
                        _ => return Err(invalid_param(NAME)),
                    }
                }
                [single] => Some(split_encoded(single)?),
                many => Some(many.iter().map(|s| (*s).to_owned()).collect()),
            }
        }
    };
    let Some(ids) = ids else {
        return Ok(None);
    };
    let mut unique: Vec<String> = Vec::new();
    for id in ids {
        if id.is_empty() {
            return Err(invalid_param(NAME));
        }
        if !unique.contains(&id) {
            unique.push(id);
        }
    }
    if unique.is_empty() {
        return Err(invalid(format!(
            "Invalid value: \"{NAME}\" can't be empty."
        )));
    }
    if unique.len() > MAX_HOST_IDS {
        return Err(invalid(format!(
            "Invalid value: \"{NAME}\" can have up to {MAX_HOST_IDS} user ids."
        )));
    }
    Ok(Some(unique))
}

/// The optional `title`, `cover_url` / `cover_file` of a create or update.
struct Presentation {
    title: Option<String>,
    cover_url: Option<String>,
}

/// The optional string parameter `name`, at most `max` characters long.
fn limited(p: &Params, name: &str, max: usize) -> Result<Option<String>, ApiError> {
    let value = p.str(name).map_err(to_v1)?;
    if value.as_ref().is_some_and(|v| v.chars().count() > max) {
        return Err(invalid(format!(
            "Invalid value: \"{name}\" is limited to {max} characters."
        )));
    }
    Ok(value)
}

fn presentation(ctx: &Ctx<'_>, p: &Params) -> Result<Presentation, ApiError> {
    let title = limited(p, "title", MAX_TITLE_CHARS)?;
    let cover_url = limited(p, "cover_url", MAX_COVER_URL_CHARS)?;
    let uploaded = p.file("cover_file").map(|file| ctx.env.store_file(file));
    Ok(Presentation {
        title,
        cover_url: uploaded.or(cover_url),
    })
}

/// `POST /live-events` (JSON or multipart) → `{live_event}` in the `created` state.
/// Required: `host_type` (`single_host`), `user_ids_for_host` (1–10 ids). Optional:
/// `title` (≤ 191), `cover_url` (≤ 2048), `cover_file` (stored and served back; its URL
/// becomes `cover_url`), `custom_items`.
pub(crate) fn create(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let host_type = p.required_str("host_type").map_err(to_v1)?;
    if host_type != SINGLE_HOST {
        return Err(invalid_param("host_type"));
    }
    let hosts = host_ids(p)?.ok_or_else(|| missing("user_ids_for_host"))?;
    let items = live_custom_items(p)?.unwrap_or_default();
    let shown = presentation(ctx, p)?;
    let seq = ctx.state.next_seq();
    let mut event = LiveEvent::new(seq, uuid(), ctx.now_ms());
    event.user_ids_for_host = hosts;
    event.title = shown.title.unwrap_or_default();
    event.cover_url = shown.cover_url.unwrap_or_default();
    event.custom_items = items;
    let value = event.to_json(ctx);
    ctx.state.events.insert(event.live_event_id.clone(), event);
    Ok(json!({ "live_event": value }))
}

/// `GET /live-events/{live_event_id}` → `{live_event}`.
pub(crate) fn get(ctx: &mut Ctx<'_>, live_event_id: &str) -> Answer {
    let value = event(ctx, live_event_id)?.to_json(ctx);
    Ok(json!({ "live_event": value }))
}

/// `PUT /live-events/{live_event_id}` (JSON or multipart; `user_ids_for_host`, `title`,
/// `cover_url`, `cover_file`, `custom_items`, all optional) → `{live_event}`. An ended
/// event answers 2800101.
pub(crate) fn update(ctx: &mut Ctx<'_>, live_event_id: &str, p: &Params) -> Answer {
    let state = event(ctx, live_event_id)?.state;
    if state == EventState::Ended {
        return Err(live_state("update", state.as_str()));
    }
    let hosts = host_ids(p)?;
    let items = live_custom_items(p)?;
    let shown = presentation(ctx, p)?;
    let event = event_mut(ctx, live_event_id)?;
    assign(&mut event.user_ids_for_host, hosts);
    assign(&mut event.title, shown.title);
    assign(&mut event.cover_url, shown.cover_url);
    assign(&mut event.custom_items, items);
    let value = event.clone().to_json(ctx);
    Ok(json!({ "live_event": value }))
}

fn transition(
    ctx: &mut Ctx<'_>,
    live_event_id: &str,
    action: &str,
    apply: impl FnOnce(&mut LiveEvent, i64) -> bool,
) -> Answer {
    let now = ctx.now_ms();
    let event = event_mut(ctx, live_event_id)?;
    let before = event.state;
    if !apply(event, now) {
        return Err(live_state(action, before.as_str()));
    }
    let value = event.clone().to_json(ctx);
    Ok(json!({ "live_event": value }))
}

/// `POST /live-events/{live_event_id}/ready`: `created` → `ready`.
pub(crate) fn ready(ctx: &mut Ctx<'_>, live_event_id: &str) -> Answer {
    transition(ctx, live_event_id, "set ready", |event, now| {
        event.state == EventState::Created && event.enter(EventState::Ready, now)
    })
}

/// `POST /live-events/{live_event_id}/start`: `created` or `ready` → `ongoing` (setting an
/// event ready first is optional, per the Live docs).
pub(crate) fn start(ctx: &mut Ctx<'_>, live_event_id: &str) -> Answer {
    transition(ctx, live_event_id, "start", |event, now| {
        matches!(event.state, EventState::Created | EventState::Ready)
            && event.enter(EventState::Ongoing, now)
    })
}

/// `DELETE /live-events/{live_event_id}`: any state but `ended` → `ended`.
pub(crate) fn end(ctx: &mut Ctx<'_>, live_event_id: &str) -> Answer {
    transition(ctx, live_event_id, "end", |event, now| {
        if event.state == EventState::Ended {
            return false;
        }
        event.end(now);
        true
    })
}

fn range(q: &Query, gte: &str, lte: &str) -> Result<(Option<i64>, Option<i64>), ApiError> {
    Ok((q.int(gte).map_err(to_v1)?, q.int(lte).map_err(to_v1)?))
}

fn within(value: i64, (low, high): (Option<i64>, Option<i64>)) -> bool {
    low.is_none_or(|l| value >= l) && high.is_none_or(|h| value <= h)
}

/// `GET /live-events` → `{live_events, next, prev}`, newest first. Filters: `host_type`,
/// `state` (comma list), `created_at_start_date`/`_end_date` and
/// `started_at_start_date`/`_end_date` (ms; start inclusive, end exclusive),
/// `participant_count_range_gte`/`_lte` (or `participant_count_gte`/`_lte`),
/// `duration_range_gte`/`_lte` (ms), `live_event_ids`, `created_by_user_ids`.
pub(crate) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    if let Some(host_type) = q.str("host_type").map_err(to_v1)? {
        if host_type != SINGLE_HOST {
            return Err(invalid_param("host_type"));
        }
    }
    let states = match q.list("state").map_err(to_v1)? {
        None => None,
        Some(values) => Some(
            values
                .iter()
                .map(|v| EventState::parse(v).ok_or_else(|| invalid_param("state")))
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    let created = CreatedFilter::parse(q)?;
    let started = range(q, "started_at_start_date", "started_at_end_date")?;
    let mut participants = range(
        q,
        "participant_count_range_gte",
        "participant_count_range_lte",
    )?;
    let alias = range(q, "participant_count_gte", "participant_count_lte")?;
    participants = (participants.0.or(alias.0), participants.1.or(alias.1));
    let durations = range(q, "duration_range_gte", "duration_range_lte")?;
    let ids = q.list("live_event_ids").map_err(to_v1)?;
    let half_open = |value: i64, (start, end): (Option<i64>, Option<i64>)| {
        start.is_none_or(|s| value >= s) && end.is_none_or(|e| value < e)
    };
    let events: Vec<&LiveEvent> = ctx
        .state
        .events
        .values()
        .filter(|e| states.as_ref().is_none_or(|s| s.contains(&e.state)))
        .filter(|e| created.accepts(e.created_at, &e.created_by))
        .filter(|e| match (e.started_at, started) {
            (_, (None, None)) => true,
            (None, _) => false,
            (Some(at), bounds) => half_open(at, bounds),
        })
        .filter(|e| {
            let count = i64::try_from(e.participant_count()).unwrap_or(i64::MAX);
            within(count, participants)
        })
        .filter(|e| within(e.duration(), durations))
        .filter(|e| {
            ids.as_ref()
                .is_none_or(|ids| ids.contains(&e.live_event_id))
        })
        .collect();
    paging::newest_first(
        ctx.env.pages,
        events,
        |e| (e.created_at, e.seq),
        q,
        "live_events",
        |e| e.to_json(ctx),
    )
}
