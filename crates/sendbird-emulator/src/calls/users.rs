//! Calls user endpoints: `GET /users`, a user's calls and call summary, VoIP push tokens.
//!
//! Calls shares its users with Chat: `GET /users` lists the Chat users. A user is known to
//! Calls when it is a Chat user or took part in a seeded direct call; other ids answer
//! 400200.

use serde_json::{json, Value};

use super::direct_calls::{self, DirectCall, CALLEE, CALLER};
use super::Ctx;
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;
use crate::v1::errors::{invalid, invalid_param, not_found, to_v1};
use crate::v1::paging::{self, Order};
use crate::v1::users::user_object;

/// The accepted `{token_type}` path values.
pub(crate) const TOKEN_TYPES: &[&str] = &["apns_voip", "fcm_voip"];

fn known_user(ctx: &Ctx<'_>, user_id: &str) -> Result<(), ApiError> {
    let in_calls = ctx
        .state
        .direct_calls
        .values()
        .any(|c| c.role_of(user_id).is_some());
    if in_calls || ctx.users.profile(user_id).is_some() {
        Ok(())
    } else {
        Err(not_found(&format!("User \"{user_id}\"")))
    }
}

/// `GET /users` → `{users, next}` (the Chat users, in creation order).
pub(crate) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let ids = ctx.users.user_ids();
    let page = paging::page(ctx.env.pages, ids, |(seq, _)| (0, *seq), Order::Asc, q)?;
    let users: Vec<Value> = page
        .items
        .iter()
        .filter_map(|(_, id)| ctx.users.resource(id))
        .collect();
    Ok(json!({"users": users, "next": page.next}))
}

/// `GET /users/{user_id}/calls` → `{calls, next, has_next}`, newest first. Filters: `type`
/// (`direct`), `role` (`dc_caller` | `dc_callee`), `start_ts` (started at or after, Unix
/// **seconds**), `end_ts` (ended at or before, Unix seconds; unfinished calls are left out),
/// `end_result` (comma list).
pub(crate) fn calls(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    known_user(ctx, user_id)?;
    match q.str("type").map_err(to_v1)? {
        None => {}
        Some(t) if t == "direct" => {}
        Some(_) => return Err(invalid_param("type")),
    }
    let role = match q.str("role").map_err(to_v1)? {
        None => None,
        Some(r) if r == CALLER || r == CALLEE => Some(r),
        Some(_) => return Err(invalid_param("role")),
    };
    let start_ms = seconds_to_ms(q, "start_ts")?;
    let end_ms = seconds_to_ms(q, "end_ts")?;
    let end_results = direct_calls::end_result_filter(q)?;
    let calls: Vec<&DirectCall> = ctx
        .state
        .direct_calls
        .values()
        .filter(|c| match c.role_of(user_id) {
            None => false,
            Some(r) => role.as_deref().is_none_or(|want| want == r),
        })
        .filter(|c| start_ms.is_none_or(|s| c.started_at >= s))
        .filter(|c| end_ms.is_none_or(|e| c.ended_at.is_some_and(|ended| ended <= e)))
        .filter(|c| direct_calls::matches_end_result(c, end_results.as_ref()))
        .collect();
    direct_calls::calls_page(ctx, calls, Some(user_id), q)
}

fn seconds_to_ms(q: &Query, name: &str) -> Result<Option<i64>, ApiError> {
    match q.int(name).map_err(to_v1)? {
        None => Ok(None),
        Some(secs) if secs < 0 => Err(invalid_param(name)),
        Some(secs) => Ok(Some(secs.saturating_mul(1000))),
    }
}

/// `GET /users/{user_id}/call_summary` →
/// `{last_call, call_count: {total, direct_call: {caller, callee}}}`.
pub(crate) fn summary(ctx: &mut Ctx<'_>, user_id: &str) -> Answer {
    known_user(ctx, user_id)?;
    let mine: Vec<&DirectCall> = ctx
        .state
        .direct_calls
        .values()
        .filter(|c| c.role_of(user_id).is_some())
        .collect();
    let caller = mine.iter().filter(|c| c.caller_id == user_id).count();
    let callee = mine.len() - caller;
    let last = mine.iter().max_by_key(|c| (c.started_at, c.seq));
    let last_call = last.map_or(Value::Null, |c| c.to_json(ctx, Some(user_id)));
    Ok(json!({
        "user_id": user_id,
        "last_call": last_call,
        "call_count": {
            "total": mine.len(),
            "direct_call": {"caller": caller, "callee": callee},
        },
    }))
}

fn token_type(token_type: &str) -> Result<&'static str, ApiError> {
    TOKEN_TYPES
        .iter()
        .find(|t| **t == token_type)
        .copied()
        .ok_or_else(|| {
            invalid(format!(
                "Invalid value: \"token_type\" ({token_type}); use apns_voip or fcm_voip."
            ))
        })
}

/// `{field: value, "type": kind, "user": user}`: a push token answer (`field` is `token` or
/// `tokens`).
fn token_answer(ctx: &Ctx<'_>, user_id: &str, kind: &str, field: &str, value: Value) -> Value {
    let mut answer = json!({
        "type": kind,
        "user": Value::Object(user_object(ctx.users, user_id)),
    });
    answer[field] = value;
    answer
}

/// The checked token type and the `push_tokens` key of a known user's tokens of that type.
fn tokens_key(
    ctx: &Ctx<'_>,
    user_id: &str,
    kind: &str,
) -> Result<(&'static str, (String, String)), ApiError> {
    let kind = token_type(kind)?;
    known_user(ctx, user_id)?;
    Ok((kind, (user_id.to_owned(), kind.to_owned())))
}

/// `GET /users/{user_id}/push/{token_type}` → `{tokens, type, user}`.
pub(crate) fn push_tokens(ctx: &mut Ctx<'_>, user_id: &str, kind: &str) -> Answer {
    let (kind, key) = tokens_key(ctx, user_id, kind)?;
    let tokens = ctx.state.push_tokens.get(&key).cloned().unwrap_or_default();
    Ok(token_answer(ctx, user_id, kind, "tokens", json!(tokens)))
}

/// `POST /users/{user_id}/push/{token_type}` (`token`, optional `is_unique`: drop the
/// user's other tokens of the type) → `{token, type, user}`. Adding a registered token
/// again changes nothing.
pub(crate) fn add_push_token(ctx: &mut Ctx<'_>, user_id: &str, kind: &str, p: &Params) -> Answer {
    let kind = token_type(kind)?;
    let token = p.required_str("token").map_err(to_v1)?;
    if token.trim().is_empty() {
        return Err(invalid_param("token"));
    }
    let is_unique = p.bool("is_unique").map_err(to_v1)?.unwrap_or(false);
    known_user(ctx, user_id)?;
    let tokens = ctx
        .state
        .push_tokens
        .entry((user_id.to_owned(), kind.to_owned()))
        .or_default();
    if is_unique {
        tokens.retain(|t| t == &token);
    }
    if !tokens.contains(&token) {
        tokens.push(token.clone());
    }
    Ok(token_answer(ctx, user_id, kind, "token", json!(token)))
}

/// `DELETE /users/{user_id}/push/{token_type}/{token}` → `{token, type, user}`; an
/// unregistered token answers 400200.
pub(crate) fn remove_push_token(
    ctx: &mut Ctx<'_>,
    user_id: &str,
    kind: &str,
    token: &str,
) -> Answer {
    let (kind, key) = tokens_key(ctx, user_id, kind)?;
    let tokens = ctx.state.push_tokens.get_mut(&key);
    let Some(tokens) = tokens.filter(|t| t.iter().any(|x| x == token)) else {
        return Err(not_found("Push token"));
    };
    tokens.retain(|t| t != token);
    Ok(token_answer(ctx, user_id, kind, "token", json!(token)))
}

/// `DELETE /users/{user_id}/push/{token_type}` → `{tokens, type, user}` listing the removed
/// tokens.
pub(crate) fn remove_push_tokens(ctx: &mut Ctx<'_>, user_id: &str, kind: &str) -> Answer {
    let (kind, key) = tokens_key(ctx, user_id, kind)?;
    let removed = ctx.state.push_tokens.remove(&key).unwrap_or_default();
    Ok(token_answer(ctx, user_id, kind, "tokens", json!(removed)))
}
