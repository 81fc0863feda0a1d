//! `/users/{user_id}/metadata[/{key}]`.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::model::string_map;
use super::{check_meta_key, string_metadata, Ctx, MAX_META_VALUE_CHARS};
use crate::errors::ApiError;
use crate::params::Params;
use crate::query::Query;

fn metadata_mut<'a>(
    ctx: &'a mut Ctx<'_>,
    user_id: &str,
) -> Result<&'a mut BTreeMap<String, String>, ApiError> {
    ctx.chat
        .users
        .get_mut(user_id)
        .map(|u| &mut u.metadata)
        .ok_or_else(|| ApiError::not_found("User"))
}

/// Keeps only the keys asked for by `key` / `keys` (all when neither is given).
pub(super) fn select<V: Clone>(
    map: &BTreeMap<String, V>,
    q: &Query,
) -> Result<BTreeMap<String, V>, ApiError> {
    let mut keys = q.list("keys")?.unwrap_or_default();
    if let Some(key) = q.str("key")? {
        keys.push(key);
    }
    if keys.is_empty() {
        return Ok(map.clone());
    }
    Ok(map
        .iter()
        .filter(|(k, _)| keys.contains(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect())
}

/// `GET /users/{user_id}/metadata` (optionally `key` / `keys`).
pub(super) fn get_all(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Result<Value, ApiError> {
    let user = ctx.user(user_id)?;
    Ok(string_map(&select(&user.metadata, q)?))
}

/// `GET /users/{user_id}/metadata/{key}`.
pub(super) fn get_one(ctx: &mut Ctx<'_>, user_id: &str, key: &str) -> Result<Value, ApiError> {
    let user = ctx.user(user_id)?;
    let value = user
        .metadata
        .get(key)
        .ok_or_else(|| ApiError::not_found("key"))?;
    Ok(json!({ key: value }))
}

/// `POST /users/{user_id}/metadata`: 400202 if any key already exists.
pub(super) fn create(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Result<Value, ApiError> {
    let object = p
        .object("metadata")?
        .ok_or_else(|| ApiError::missing("metadata"))?;
    let items = string_metadata("metadata", &object)?;
    let metadata = metadata_mut(ctx, user_id)?;
    if items.keys().any(|k| metadata.contains_key(k)) {
        return Err(ApiError::already_exists("metadata"));
    }
    metadata.extend(items.clone());
    Ok(string_map(&items))
}

/// `PUT /users/{user_id}/metadata` with `upsert` (default false: unknown keys → 400201).
pub(super) fn update(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Result<Value, ApiError> {
    let object = p
        .object("metadata")?
        .ok_or_else(|| ApiError::missing("metadata"))?;
    let items = string_metadata("metadata", &object)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    let metadata = metadata_mut(ctx, user_id)?;
    if !upsert && items.keys().any(|k| !metadata.contains_key(k)) {
        return Err(ApiError::not_found("key"));
    }
    metadata.extend(items.clone());
    Ok(string_map(&items))
}

/// `PUT /users/{user_id}/metadata/{key}` with `value` and `upsert`.
pub(super) fn update_one(
    ctx: &mut Ctx<'_>,
    user_id: &str,
    key: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    check_meta_key(key)?;
    let value = p.required_str("value")?;
    if value.chars().count() > MAX_META_VALUE_CHARS {
        return Err(ApiError::too_long("value"));
    }
    let upsert = p.bool("upsert")?.unwrap_or(false);
    let metadata = metadata_mut(ctx, user_id)?;
    if !upsert && !metadata.contains_key(key) {
        return Err(ApiError::not_found("key"));
    }
    metadata.insert(key.to_owned(), value.clone());
    Ok(json!({ key: value }))
}

/// `DELETE /users/{user_id}/metadata` (all items, or the one named by `key`).
pub(super) fn delete_all(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Result<Value, ApiError> {
    let key = q.str("key")?;
    let metadata = metadata_mut(ctx, user_id)?;
    match key {
        Some(key) => {
            metadata
                .remove(&key)
                .ok_or_else(|| ApiError::not_found("key"))?;
        }
        None => metadata.clear(),
    }
    Ok(json!({}))
}

/// `DELETE /users/{user_id}/metadata/{key}`.
pub(super) fn delete_one(ctx: &mut Ctx<'_>, user_id: &str, key: &str) -> Result<Value, ApiError> {
    let metadata = metadata_mut(ctx, user_id)?;
    metadata
        .remove(key)
        .ok_or_else(|| ApiError::not_found("key"))?;
    Ok(json!({}))
}
