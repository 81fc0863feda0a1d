//! What user metadata, channel metadata and channel metacounters share: a map from keys
//! to strings (metadata) or integers (metacounter), read, created, updated and deleted as a
//! whole or one key at a time, with the same key rules and the same error codes.
//!
//! Handlers read and check the request first, then look the map up (so a bad body answers
//! before an unknown channel), then call these functions.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::Params;
use crate::http::query::Query;
use crate::render;

/// Longest accepted metadata key (characters).
pub(crate) const MAX_META_KEY_CHARS: usize = 128;
/// Longest accepted metadata value (characters).
pub(crate) const MAX_META_VALUE_CHARS: usize = 190;

/// The stored items.
pub(super) type Items<V> = BTreeMap<String, V>;

/// A value kind stored under metadata keys: strings (metadata) or integers (metacounter).
pub(super) trait Item: Clone + Into<Value> + Sized {
    /// The body field carrying several items, and the name duplicates are reported under.
    const FIELD: &'static str;

    /// Checks the items of the `FIELD` object.
    fn items(object: &Map<String, Value>) -> Result<Items<Self>, ApiError>;

    /// Reads the `value` of a single-key update.
    fn value(p: &Params) -> Result<Self, ApiError>;
}

impl Item for String {
    const FIELD: &'static str = "metadata";

    fn items(object: &Map<String, Value>) -> Result<Items<Self>, ApiError> {
        string_metadata(Self::FIELD, object)
    }

    fn value(p: &Params) -> Result<Self, ApiError> {
        let value = p.required_str("value")?;
        if value.chars().count() > MAX_META_VALUE_CHARS {
            return Err(ApiError::too_long("value"));
        }
        Ok(value)
    }
}

impl Item for i64 {
    const FIELD: &'static str = "metacounter";

    fn items(object: &Map<String, Value>) -> Result<Items<Self>, ApiError> {
        let mut out = BTreeMap::new();
        for (key, value) in object {
            check_meta_key(key)?;
            let value = value
                .as_i64()
                .ok_or_else(|| ApiError::wrong_type(Self::FIELD, Expected::Number))?;
            out.insert(key.clone(), value);
        }
        Ok(out)
    }

    fn value(p: &Params) -> Result<Self, ApiError> {
        p.int("value")?.ok_or_else(|| ApiError::missing("value"))
    }
}

/// Validates a `{key: string}` object (metadata): keys non-empty, ≤128 chars, no comma;
/// values strings of ≤190 chars.
pub(crate) fn string_metadata(
    param: &str,
    object: &Map<String, Value>,
) -> Result<Items<String>, ApiError> {
    let mut out = BTreeMap::new();
    for (key, value) in object {
        check_meta_key(key)?;
        let Value::String(value) = value else {
            return Err(ApiError::wrong_type(param, Expected::String));
        };
        if value.chars().count() > MAX_META_VALUE_CHARS {
            return Err(ApiError::too_long(param));
        }
        out.insert(key.clone(), value.clone());
    }
    Ok(out)
}

/// Validates a metadata or metacounter key.
pub(crate) fn check_meta_key(key: &str) -> Result<(), ApiError> {
    if key.is_empty() || key.contains(',') {
        return Err(ApiError::invalid_value("key"));
    }
    if key.chars().count() > MAX_META_KEY_CHARS {
        return Err(ApiError::too_long("key"));
    }
    Ok(())
}

/// Reads the required `FIELD` object of a create or update body.
pub(super) fn read_items<V: Item>(p: &Params) -> Result<Items<V>, ApiError> {
    let object = p
        .object(V::FIELD)?
        .ok_or_else(|| ApiError::missing(V::FIELD))?;
    V::items(&object)
}

/// Reads the `value` of a single-key update, after checking the key of the path.
pub(super) fn read_value<V: Item>(key: &str, p: &Params) -> Result<V, ApiError> {
    check_meta_key(key)?;
    V::value(p)
}

/// How an update combines the stored value (if any) with the sent one.
pub(super) type Merge<V> = fn(Option<V>, V) -> V;

/// Metadata updates replace the stored value.
pub(super) fn replace(_: Option<String>, sent: String) -> String {
    sent
}

/// Keeps only the keys asked for by `key` / `keys` (all when neither is given).
pub(super) fn select<V: Clone>(map: &Items<V>, q: &Query) -> Result<Items<V>, ApiError> {
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

/// `GET ...` (optionally `key` / `keys`) → the selected items as an object.
pub(super) fn get_all<V: Item>(map: &Items<V>, q: &Query) -> Answer {
    Ok(render::object(&select(map, q)?))
}

/// `GET .../{key}` → `{key: value}` (400201 when absent).
pub(super) fn get_one<V: Item>(map: &Items<V>, key: &str) -> Answer {
    let value = map.get(key).ok_or_else(|| ApiError::not_found("key"))?;
    Ok(json!({ key: value.clone().into() }))
}

/// `POST ...`: adds the items (400202 when any key exists) and answers them as an object.
pub(super) fn create<V: Item>(map: &mut Items<V>, items: Items<V>) -> Answer {
    if items.keys().any(|k| map.contains_key(k)) {
        return Err(ApiError::already_exists(V::FIELD));
    }
    map.extend(items.clone());
    Ok(render::object(&items))
}

/// `PUT ...`: merges the items (unknown keys answer 400201 unless `upsert`) and answers
/// the new values as an object.
pub(super) fn update<V: Item>(
    map: &mut Items<V>,
    items: Items<V>,
    upsert: bool,
    merge: Merge<V>,
) -> Answer {
    if !upsert && items.keys().any(|k| !map.contains_key(k)) {
        return Err(ApiError::not_found("key"));
    }
    let mut updated = BTreeMap::new();
    for (key, sent) in items {
        let next = merge(map.get(&key).cloned(), sent);
        map.insert(key.clone(), next.clone());
        updated.insert(key, next);
    }
    Ok(render::object(&updated))
}

/// `PUT .../{key}`: merges one value (an unknown key answers 400201 unless `upsert`) and
/// answers `{key: value}`.
pub(super) fn update_one<V: Item>(
    map: &mut Items<V>,
    key: &str,
    sent: V,
    upsert: bool,
    merge: Merge<V>,
) -> Answer {
    let current = map.get(key).cloned();
    if !upsert && current.is_none() {
        return Err(ApiError::not_found("key"));
    }
    let next = merge(current, sent);
    map.insert(key.to_owned(), next.clone());
    Ok(json!({ key: next.into() }))
}

/// `DELETE .../{key}` (or `DELETE ...?key=`): removes one key (400201 when absent).
pub(super) fn delete_one<V>(map: &mut Items<V>, key: &str) -> Answer {
    map.remove(key).ok_or_else(|| ApiError::not_found("key"))?;
    Ok(json!({}))
}

/// `DELETE ...`: removes the key named by the query's `key`, or everything.
pub(super) fn delete_all<V>(map: &mut Items<V>, key: Option<String>) -> Answer {
    match key {
        Some(key) => delete_one(map, &key),
        None => {
            map.clear();
            Ok(json!({}))
        }
    }
}
