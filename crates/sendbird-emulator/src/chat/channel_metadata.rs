//! Channel metadata (`/{channel_type}/{channel_url}/metadata[/{key}]`) and metacounter
//! (`/{channel_type}/{channel_url}/metacounter[/{key}]`); the operations are shared with
//! user metadata (see [`super::key_values`]).

use serde_json::{json, Value};

use super::key_values::{self as kv, replace, Items, Merge};
use super::model::ChannelKind;
use super::Ctx;
use crate::http::errors::ApiError;
use crate::http::params::Params;
use crate::http::query::Query;

/// `GET .../metadata` (optionally `key` / `keys`).
pub(super) fn get_all(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    q: &Query,
) -> Result<Value, ApiError> {
    kv::get_all(&ctx.content(kind, url)?.metadata, q)
}

/// `GET .../metadata/{key}`.
pub(super) fn get_one(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
) -> Result<Value, ApiError> {
    kv::get_one(&ctx.content(kind, url)?.metadata, key)
}

/// `POST .../metadata`: 400202 if any key exists. Answers `{"metadata": {...}}`
/// (plus `include_ts` when asked for).
pub(super) fn create(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    let items: Items<String> = kv::read_items(p)?;
    let include_ts = p.bool("include_ts")?.unwrap_or(false);
    let now = ctx.now_ms();
    let created = kv::create(&mut ctx.content_mut(kind, url)?.metadata, items)?;
    let mut response = json!({ "metadata": created });
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
    let items = kv::read_items(p)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    kv::update(
        &mut ctx.content_mut(kind, url)?.metadata,
        items,
        upsert,
        replace,
    )
}

/// `PUT .../metadata/{key}` with `value` and `upsert`.
pub(super) fn update_one(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    let value = kv::read_value(key, p)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    let metadata = &mut ctx.content_mut(kind, url)?.metadata;
    kv::update_one(metadata, key, value, upsert, replace)
}

/// `DELETE .../metadata` (all items, or the one named by `key`).
pub(super) fn delete_all(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    q: &Query,
) -> Result<Value, ApiError> {
    let key = q.str("key")?;
    kv::delete_all(&mut ctx.content_mut(kind, url)?.metadata, key)
}

/// `DELETE .../metadata/{key}`.
pub(super) fn delete_one(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
) -> Result<Value, ApiError> {
    kv::delete_one(&mut ctx.content_mut(kind, url)?.metadata, key)
}

/// The metacounter `mode`: `set` (default), `increase` or `decrease` (400111 otherwise).
fn mode(p: &Params) -> Result<Merge<i64>, ApiError> {
    match p.str("mode")?.as_deref() {
        None | Some("set") => Ok(|_, sent| sent),
        Some("increase") => Ok(|current, sent| current.unwrap_or(0).saturating_add(sent)),
        Some("decrease") => Ok(|current, sent| current.unwrap_or(0).saturating_sub(sent)),
        Some(_) => Err(ApiError::invalid_value("mode")),
    }
}

/// `GET .../metacounter` (optionally `key` / `keys`).
pub(super) fn counters(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    q: &Query,
) -> Result<Value, ApiError> {
    kv::get_all(&ctx.content(kind, url)?.metacounter, q)
}

/// `GET .../metacounter/{key}`.
pub(super) fn counter(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
) -> Result<Value, ApiError> {
    kv::get_one(&ctx.content(kind, url)?.metacounter, key)
}

/// `POST .../metacounter`: 400202 if any key exists.
pub(super) fn create_counters(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    let items = kv::read_items(p)?;
    kv::create(&mut ctx.content_mut(kind, url)?.metacounter, items)
}

/// `PUT .../metacounter` with `mode` (`set`/`increase`/`decrease`) and `upsert`.
pub(super) fn update_counters(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    let items = kv::read_items(p)?;
    let merge = mode(p)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    kv::update(
        &mut ctx.content_mut(kind, url)?.metacounter,
        items,
        upsert,
        merge,
    )
}

/// `PUT .../metacounter/{key}` with `value`, `mode` and `upsert`.
pub(super) fn update_counter(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
    p: &Params,
) -> Result<Value, ApiError> {
    let value = kv::read_value(key, p)?;
    let merge = mode(p)?;
    let upsert = p.bool("upsert")?.unwrap_or(false);
    let counters = &mut ctx.content_mut(kind, url)?.metacounter;
    kv::update_one(counters, key, value, upsert, merge)
}

/// `DELETE .../metacounter`.
pub(super) fn delete_counters(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
) -> Result<Value, ApiError> {
    kv::delete_all(&mut ctx.content_mut(kind, url)?.metacounter, None)
}

/// `DELETE .../metacounter/{key}`.
pub(super) fn delete_counter(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    key: &str,
) -> Result<Value, ApiError> {
    kv::delete_one(&mut ctx.content_mut(kind, url)?.metacounter, key)
}
