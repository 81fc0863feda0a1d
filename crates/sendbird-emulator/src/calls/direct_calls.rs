//! Direct calls: `/direct_calls`, `/direct_calls/{call_id}` and `.../custom_items`.
//!
//! Direct calls are dialed by client SDKs, so they only come from seeding
//! ([`DirectCallSeed`](crate::DirectCallSeed)); the Platform API reads them and edits their
//! custom items.

use serde_json::{json, Value};

use super::Ctx;
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;
use crate::render::opt_ms;
use crate::v1::custom_items::{self, Items};
use crate::v1::errors::{found, found_mut, invalid, invalid_param, to_v1};
use crate::v1::paging::{self, Order};
use crate::v1::recordings::{self, Target};
use crate::v1::users::user_object;

/// The documented `end_result` values.
pub(crate) const END_RESULTS: &[&str] = &[
    "completed",
    "canceled",
    "declined",
    "connection_lost",
    "no_answer",
    "timed_out",
    "unknown",
];

/// The caller's role.
pub(crate) const CALLER: &str = "dc_caller";
/// The callee's role.
pub(crate) const CALLEE: &str = "dc_callee";

/// A one-to-one call.
#[derive(Debug, Clone)]
pub(crate) struct DirectCall {
    pub(crate) seq: u64,
    pub(crate) call_id: String,
    pub(crate) is_video_call: bool,
    pub(crate) caller_id: String,
    pub(crate) callee_id: String,
    pub(crate) started_at: i64,
    pub(crate) accepted_at: Option<i64>,
    pub(crate) ended_at: Option<i64>,
    pub(crate) end_result: Option<String>,
    pub(crate) ended_by: Option<String>,
    pub(crate) custom_items: Items,
}

impl DirectCall {
    /// `ended`, `connected` (accepted, not ended) or `dialing`.
    pub(crate) fn state(&self) -> &'static str {
        if self.ended_at.is_some() {
            "ended"
        } else if self.accepted_at.is_some() {
            "connected"
        } else {
            "dialing"
        }
    }

    /// Accept → end, in milliseconds (0 if never accepted or not ended).
    pub(crate) fn duration(&self) -> i64 {
        match (self.accepted_at, self.ended_at) {
            (Some(accepted), Some(ended)) => ended.saturating_sub(accepted).max(0),
            _ => 0,
        }
    }

    /// The role of `user_id` in this call, if it took part.
    pub(crate) fn role_of(&self, user_id: &str) -> Option<&'static str> {
        if self.caller_id == user_id {
            Some(CALLER)
        } else if self.callee_id == user_id {
            Some(CALLEE)
        } else {
            None
        }
    }

    /// The direct call resource; `user_role` is present when seen from `viewer`.
    pub(crate) fn to_json(&self, ctx: &Ctx<'_>, viewer: Option<&str>) -> Value {
        let participant = |user_id: &str, role: &str| {
            let mut user = user_object(ctx.users, user_id);
            user.insert("role".into(), json!(role));
            Value::Object(user)
        };
        let mut value = json!({
            "call_id": self.call_id,
            "call_type": "direct",
            "is_video_call": self.is_video_call,
            "state": self.state(),
            "end_result": self.end_result.as_ref().map_or(Value::Null, |r| json!(r)),
            "participants": [
                participant(&self.caller_id, CALLER),
                participant(&self.callee_id, CALLEE),
            ],
            "started_by": self.caller_id,
            "started_at": self.started_at,
            "ended_by": self.ended_by.clone().unwrap_or_default(),
            "ended_at": opt_ms(self.ended_at),
            "duration": self.duration(),
            "custom_items": custom_items::to_json(&self.custom_items),
        });
        if let Value::Object(map) = &mut value {
            if let Some(role) = viewer.and_then(|v| self.role_of(v)) {
                map.insert("user_role".into(), json!(role));
            }
            let recordings = recordings::of_target(
                &ctx.state.recordings,
                &Target::DirectCall(self.call_id.clone()),
            );
            if !recordings.is_empty() {
                map.insert("cloud_recordings".into(), Value::Array(recordings));
            }
        }
        value
    }
}

/// Reads an `end_result` comma list, checking each value (400100 otherwise).
pub(crate) fn end_result_filter(q: &Query) -> Result<Option<Vec<String>>, ApiError> {
    let results = q.list("end_result").map_err(to_v1)?;
    if let Some(results) = &results {
        if let Some(bad) = results.iter().find(|r| !END_RESULTS.contains(&r.as_str())) {
            return Err(invalid(format!("Invalid value: \"end_result\" ({bad}).")));
        }
    }
    Ok(results)
}

/// Matches a call's end result against an `end_result` filter.
pub(crate) fn matches_end_result(call: &DirectCall, filter: Option<&Vec<String>>) -> bool {
    filter.is_none_or(|results| {
        call.end_result
            .as_ref()
            .is_some_and(|r| results.contains(r))
    })
}

/// Renders one page of calls as `{calls, next, has_next}`.
pub(crate) fn calls_page(
    ctx: &Ctx<'_>,
    calls: Vec<&DirectCall>,
    viewer: Option<&str>,
    q: &Query,
) -> Answer {
    let pages = ctx.env.pages;
    let page = paging::page(pages, calls, |c| (c.started_at, c.seq), Order::Desc, q)?;
    let items: Vec<Value> = page.items.iter().map(|c| c.to_json(ctx, viewer)).collect();
    Ok(json!({"calls": items, "next": page.next, "has_next": page.has_next()}))
}

/// `GET /direct_calls` → `{calls, next, has_next}`, newest first. Filters: `user_id`
/// (adds `user_role`), `end_result` (comma list), `duration_range_min` /
/// `duration_range_max` (ms).
pub(crate) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let user_id = q.str("user_id").map_err(to_v1)?;
    let end_results = end_result_filter(q)?;
    let duration_min = q.int("duration_range_min").map_err(to_v1)?;
    let duration_max = q.int("duration_range_max").map_err(to_v1)?;
    let calls: Vec<&DirectCall> = ctx
        .state
        .direct_calls
        .values()
        .filter(|c| user_id.as_deref().is_none_or(|u| c.role_of(u).is_some()))
        .filter(|c| matches_end_result(c, end_results.as_ref()))
        .filter(|c| duration_min.is_none_or(|m| c.duration() >= m))
        .filter(|c| duration_max.is_none_or(|m| c.duration() <= m))
        .collect();
    calls_page(ctx, calls, user_id.as_deref(), q)
}

fn call<'a>(ctx: &'a Ctx<'_>, call_id: &str) -> Result<&'a DirectCall, ApiError> {
    found(&ctx.state.direct_calls, "Direct call", call_id)
}

fn call_mut<'a>(ctx: &'a mut Ctx<'_>, call_id: &str) -> Result<&'a mut DirectCall, ApiError> {
    found_mut(&mut ctx.state.direct_calls, "Direct call", call_id)
}

/// `GET /direct_calls/{call_id}` → `{call}` (`user_id` in the query adds `user_role`).
pub(crate) fn get(ctx: &mut Ctx<'_>, call_id: &str, q: &Query) -> Answer {
    let viewer = q.str("user_id").map_err(to_v1)?;
    let value = call(ctx, call_id)?.to_json(ctx, viewer.as_deref());
    Ok(json!({ "call": value }))
}

/// `PUT` and `DELETE /direct_calls/{call_id}/custom_items` (see [`custom_items::serve`]).
pub(crate) fn custom_items(
    ctx: &mut Ctx<'_>,
    call_id: &str,
    method: &str,
    p: &Params,
    q: &Query,
) -> Answer {
    let now = ctx.now_ms();
    custom_items::serve(&mut call_mut(ctx, call_id)?.custom_items, method, p, q, now)
}

/// Checks an `end_result` value given to a seed.
pub(crate) fn check_end_result(value: &str) -> Result<(), ApiError> {
    if END_RESULTS.contains(&value) {
        Ok(())
    } else {
        Err(invalid_param("end_result"))
    }
}
