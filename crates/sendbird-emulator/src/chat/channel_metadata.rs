//! Channel metadata (`/{channel_type}/{channel_url}/metadata[/{key}]`) and metacounter
//! (`/{channel_type}/{channel_url}/metacounter[/{key}]`).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::model::{string_map, ChannelKind};
use super::user_metadata::select;
use super::{check_meta_key, string_metadata, Ctx, MAX_META_VALUE_CHARS};
use crate::errors::{ApiError, Expected};
use crate::params::Params;
use crate::query::Query;

/// `GET .../metadata` (optionally `key` / `keys`).
pub(super) fn get_all(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    q: &Query,
) -> Result<Value, ApiError> {
    let content = ctx.content(kind, url)?;
    Ok(string_map(&select(&content.metadata, q)?))
}

/// `GET .../metadata/{key}`.
pub(super) fn get_one(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
) -> Result<Value, ApiError> {
    let content = ctx.content(kind, url)?;
    let value = content
        .metadata
        .get(key)
        .ok_or_else(|| ApiError::not_found("key"))?;
    Ok(json!({ key: value }))
}

/// `POST .../metadata`: 400202 if any key exists. Answers `{"metadata": {...}}`
/// (plus `include_ts` when asked for).
pub(super) fn create(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    let object = p
        .object("metadata")?
        .ok_or_else(|| ApiError::missing("metadata"))?;
    let items = string_metadata("metadata", &object)?;
    let include_ts = p.bool("include_ts")?.unwrap_or(false);
    let now = ctx.now_ms();
    let content = ctx.content_mut(kind, url)?;
    if items.keys().any(|k| content.metadata.contains_key(k)) {
        return Err(ApiError::already_exists("metadata"));
    }
    content.metadata.extend(items.clone());
    let mut response = json!({"metadata": string_map(&items)});
    if include_ts {
        if let Value::Object(map) = &mut response {
            map.insert("include_ts".into(), json!(now));
        }
    }
    Ok(response)
}

/// `PUT .../metadata` with `upsert` (default false: unknown keys → 400201).
pub(super) fn update(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    let object = p
        .object("metadata")?
        .ok_or_else(|| ApiError::missing("metadata"))?;
    let items = string_metadata("metadata", &object)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    let content = ctx.content_mut(kind, url)?;
    if !upsert && items.keys().any(|k| !content.metadata.contains_key(k)) {
        return Err(ApiError::not_found("key"));
    }
    content.metadata.extend(items.clone());
    Ok(string_map(&items))
}

/// `PUT .../metadata/{key}` with `value` and `upsert`.
pub(super) fn update_one(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    check_meta_key(key)?;
    let value = p.required_str("value")?;
    if value.chars().count() > MAX_META_VALUE_CHARS {
        return Err(ApiError::too_long("value"));
    }
    let upsert = p.bool("upsert")?.unwrap_or(false);
    let content = ctx.content_mut(kind, url)?;
    if !upsert && !content.metadata.contains_key(key) {
        return Err(ApiError::not_found("key"));
    }
    content.metadata.insert(key.to_owned(), value.clone());
    Ok(json!({ key: value }))
}

/// `DELETE .../metadata` (all items, or the one named by `key`).
pub(super) fn delete_all(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    q: &Query,
) -> Result<Value, ApiError> {
    let key = q.str("key")?;
    let content = ctx.content_mut(kind, url)?;
    match key {
        Some(key) => {
            content
                .metadata
                .remove(&key)
                .ok_or_else(|| ApiError::not_found("key"))?;
        }
        None => content.metadata.clear(),
    }
    Ok(json!({}))
}

/// `DELETE .../metadata/{key}`.
pub(super) fn delete_one(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
) -> Result<Value, ApiError> {
    let content = ctx.content_mut(kind, url)?;
    content
        .metadata
        .remove(key)
        .ok_or_else(|| ApiError::not_found("key"))?;
    Ok(json!({}))
}

fn counter_map(map: &BTreeMap<String, i64>) -> Value {
    Value::Object(
        map.iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect::<Map<String, Value>>(),
    )
}

fn int_items(object: &Map<String, Value>) -> Result<BTreeMap<String, i64>, ApiError> {
    let mut out = BTreeMap::new();
    for (key, value) in object {
        check_meta_key(key)?;
        let value = value
            .as_i64()
            .ok_or_else(|| ApiError::wrong_type("metacounter", Expected::Number))?;
        out.insert(key.clone(), value);
    }
    Ok(out)
}

#[derive(Clone, Copy)]
enum Mode {
    Set,
    Increase,
    Decrease,
}

fn mode(p: &Params) -> Result<Mode, ApiError> {
    match p.str("mode")?.as_deref() {
        None | Some("set") => Ok(Mode::Set),
        Some("increase") => Ok(Mode::Increase),
        Some("decrease") => Ok(Mode::Decrease),
        Some(_) => Err(ApiError::invalid_value("mode")),
    }
}

fn apply(current: Option<i64>, mode: Mode, value: i64) -> i64 {
    let base = current.unwrap_or(0);
    match mode {
        Mode::Set => value,
        Mode::Increase => base.saturating_add(value),
        Mode::Decrease => base.saturating_sub(value),
    }
}

/// `GET .../metacounter` (optionally `key` / `keys`).
pub(super) fn counters(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    q: &Query,
) -> Result<Value, ApiError> {
    let content = ctx.content(kind, url)?;
    Ok(counter_map(&select(&content.metacounter, q)?))
}

/// `GET .../metacounter/{key}`.
pub(super) fn counter(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
) -> Result<Value, ApiError> {
    let content = ctx.content(kind, url)?;
    let value = content
        .metacounter
        .get(key)
        .ok_or_else(|| ApiError::not_found("key"))?;
    Ok(json!({ key: value }))
}

/// `POST .../metacounter`: 400202 if any key exists.
pub(super) fn create_counters(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    let object = p
        .object("metacounter")?
        .ok_or_else(|| ApiError::missing("metacounter"))?;
    let items = int_items(&object)?;
    let content = ctx.content_mut(kind, url)?;
    if items.keys().any(|k| content.metacounter.contains_key(k)) {
        return Err(ApiError::already_exists("metacounter"));
    }
    content.metacounter.extend(items.clone());
    Ok(counter_map(&items))
}

/// `PUT .../metacounter` with `mode` (`set`/`increase`/`decrease`) and `upsert`.
pub(super) fn update_counters(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    let object = p
        .object("metacounter")?
        .ok_or_else(|| ApiError::missing("metacounter"))?;
    let items = int_items(&object)?;
    let mode = mode(p)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    let content = ctx.content_mut(kind, url)?;
    if !upsert && items.keys().any(|k| !content.metacounter.contains_key(k)) {
        return Err(ApiError::not_found("key"));
    }
    let mut updated = BTreeMap::new();
    for (key, value) in items {
        let next = apply(content.metacounter.get(&key).copied(), mode, value);
        content.metacounter.insert(key.clone(), next);
        updated.insert(key, next);
    }
    Ok(counter_map(&updated))
}

/// `PUT .../metacounter/{key}` with `value`, `mode` and `upsert`.
pub(super) fn update_counter(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    check_meta_key(key)?;
    let value = p.int("value")?.ok_or_else(|| ApiError::missing("value"))?;
    let mode = mode(p)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    let content = ctx.content_mut(kind, url)?;
    let current = content.metacounter.get(key).copied();
    if !upsert && current.is_none() {
        return Err(ApiError::not_found("key"));
    }
    let next = apply(current, mode, value);
    content.metacounter.insert(key.to_owned(), next);
    Ok(json!({ key: next }))
}

/// `DELETE .../metacounter`.
pub(super) fn delete_counters(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
) -> Result<Value, ApiError> {
    ctx.content_mut(kind, url)?.metacounter.clear();
    Ok(json!({}))
}

/// `DELETE .../metacounter/{key}`.
pub(super) fn delete_counter(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
) -> Result<Value, ApiError> {
    let content = ctx.content_mut(kind, url)?;
    content
        .metacounter
        .remove(key)
        .ok_or_else(|| ApiError::not_found("key"))?;
    Ok(json!({}))
}
