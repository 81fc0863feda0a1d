//! `/users/{user_id}/metadata[/{key}]` (the operations are shared, see [`super::key_values`]).

use super::key_values::{self as kv, replace, Items};
use super::Ctx;
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;

fn metadata_mut<'a>(
    ctx: &'a mut Ctx<'_>,
    user_id: &str,
) -> Result<&'a mut Items<String>, ApiError> {
    ctx.user_mut(user_id).map(|u| &mut u.metadata)
}

/// `GET /users/{user_id}/metadata` (optionally `key` / `keys`).
pub(super) fn get_all(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    kv::get_all(&ctx.user(user_id)?.metadata, q)
}

/// `GET /users/{user_id}/metadata/{key}`.
pub(super) fn get_one(ctx: &mut Ctx<'_>, user_id: &str, key: &str) -> Answer {
    kv::get_one(&ctx.user(user_id)?.metadata, key)
}

/// `POST /users/{user_id}/metadata`: 400202 if any key already exists.
pub(super) fn create(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    let items = kv::read_items(p)?;
    kv::create(metadata_mut(ctx, user_id)?, items)
}

/// `PUT /users/{user_id}/metadata` with `upsert` (default false: unknown keys → 400201).
pub(super) fn update(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    let items = kv::read_items(p)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    kv::update(metadata_mut(ctx, user_id)?, items, upsert, replace)
}

/// `PUT /users/{user_id}/metadata/{key}` with `value` and `upsert`.
pub(super) fn update_one(ctx: &mut Ctx<'_>, user_id: &str, key: &str, p: &Params) -> Answer {
    let value = kv::read_value(key, p)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    kv::update_one(metadata_mut(ctx, user_id)?, key, value, upsert, replace)
}

/// `DELETE /users/{user_id}/metadata` (all items, or the one named by `key`).
pub(super) fn delete_all(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    let key = q.str("key")?;
    kv::delete_all(metadata_mut(ctx, user_id)?, key)
}

/// `DELETE /users/{user_id}/metadata/{key}`.
pub(super) fn delete_one(ctx: &mut Ctx<'_>, user_id: &str, key: &str) -> Answer {
    kv::delete_one(metadata_mut(ctx, user_id)?, key)
}
