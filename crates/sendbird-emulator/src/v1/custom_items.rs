//! `custom_items` of rooms, direct calls and live events: a flat `{string: string}` map of
//! at most 10 items, keys and values at most 128 characters, no comma in keys.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::errors::{invalid, invalid_param, missing, to_v1};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;

/// At most this many items per resource.
pub(crate) const MAX_ITEMS: usize = 10;
/// Longest key or value (characters).
pub(crate) const MAX_CHARS: usize = 128;

/// The stored items.
pub(crate) type Items = BTreeMap<String, String>;

/// Checks one key (non-empty, ≤ 128 chars, no comma).
pub(crate) fn check_key(key: &str) -> Result<(), ApiError> {
    if key.is_empty() {
        return Err(invalid(
            "Invalid value: \"custom_items\" keys can't be empty.",
        ));
    }
    if key.contains(',') {
        return Err(invalid(
            "Invalid value: \"custom_items\" keys can't contain a comma.",
        ));
    }
    if key.chars().count() > MAX_CHARS {
        return Err(invalid(format!(
            "Invalid value: \"custom_items\" keys are limited to {MAX_CHARS} characters."
        )));
    }
    Ok(())
}

/// Validates a JSON object as custom items.
pub(crate) fn validate(object: &Map<String, Value>) -> Result<Items, ApiError> {
    let mut items = Items::new();
    for (key, value) in object {
        check_key(key)?;
        let Value::String(value) = value else {
            return Err(invalid(
                "Invalid value: \"custom_items\" values must be strings.",
            ));
        };
        if value.chars().count() > MAX_CHARS {
            return Err(invalid(format!(
                "Invalid value: \"custom_items\" values are limited to {MAX_CHARS} characters."
            )));
        }
        items.insert(key.clone(), value.clone());
    }
    check_count(&items)?;
    Ok(items)
}

fn check_count(items: &Items) -> Result<(), ApiError> {
    if items.len() > MAX_ITEMS {
        return Err(invalid(format!(
            "Invalid value: \"custom_items\" can have up to {MAX_ITEMS} items."
        )));
    }
    Ok(())
}

/// Validates the custom items of a seed (the error message describes the broken limit).
pub(crate) fn from_seed(items: &BTreeMap<String, String>) -> Result<Items, String> {
    let object: Map<String, Value> = items
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    validate(&object).map_err(|e| e.message)
}

/// Reads an optional `custom_items` object parameter (JSON object, or JSON text in a form).
pub(crate) fn parse(p: &Params) -> Result<Option<Items>, ApiError> {
    parse_named(p, "custom_items")
}

/// Reads an optional custom-items object under `name` (Live events also take the Live SDK's
/// `customItems` spelling).
pub(crate) fn parse_named(p: &Params, name: &str) -> Result<Option<Items>, ApiError> {
    match p.json(name).map_err(to_v1)? {
        None => Ok(None),
        Some(Value::Object(object)) => validate(&object).map(Some),
        Some(_) => Err(invalid_param(name)),
    }
}

/// `PUT .../custom_items` (`{custom_items, mode: "upsert"}`): merges the items and returns the
/// updated keys. Nothing changes when the result would break a limit.
pub(crate) fn upsert(items: &mut Items, p: &Params) -> Result<Vec<String>, ApiError> {
    let update = parse(p)?.ok_or_else(|| missing("custom_items"))?;
    match p.str("mode").map_err(to_v1)? {
        None => {}
        Some(mode) if mode == "upsert" => {}
        Some(_) => return Err(invalid_param("mode")),
    }
    let mut merged = items.clone();
    let updated: Vec<String> = update.keys().cloned().collect();
    merged.extend(update);
    check_count(&merged)?;
    *items = merged;
    Ok(updated)
}

/// `DELETE .../custom_items`: removes the keys in the body's `keys` (or the query's comma
/// list `keys`); without keys, removes everything. Returns the keys actually deleted.
pub(crate) fn delete(items: &mut Items, p: &Params, q: &Query) -> Result<Vec<String>, ApiError> {
    let keys = match p.str_list("keys").map_err(to_v1)? {
        Some(keys) => Some(keys),
        None => q.list("keys").map_err(to_v1)?,
    };
    let deleted: Vec<String> = match keys {
        None => std::mem::take(items).into_keys().collect(),
        Some(keys) => {
            let mut deleted = Vec::new();
            for key in keys {
                if items.remove(&key).is_some() && !deleted.contains(&key) {
                    deleted.push(key);
                }
            }
            deleted
        }
    };
    Ok(deleted)
}

/// The items as a JSON object.
pub(crate) fn to_json(items: &Items) -> Value {
    let map: Map<String, Value> = items.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
    Value::Object(map)
}

/// Serves `.../custom_items` of one resource at `now`: `PUT` upserts (answering
/// `{custom_items, updated, affected_at}`), `DELETE` removes (answering
/// `{custom_items, deleted, affected_at}`).
pub(crate) fn serve(items: &mut Items, method: &str, p: &Params, q: &Query, now: i64) -> Answer {
    let (field, changed) = if method == "PUT" {
        ("updated", upsert(items, p)?)
    } else {
        ("deleted", delete(items, p, q)?)
    };
    Ok(json!({"custom_items": to_json(items), field: changed, "affected_at": now}))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn params(value: Value) -> Params {
        let Value::Object(map) = value else {
            unreachable!()
        };
        Params::Json(map)
    }

    #[test]
    fn limits() {
        let long = "k".repeat(129);
        for bad in [
            json!({"custom_items": {"a,b": "x"}}),
            json!({"custom_items": {long.clone(): "x"}}),
            json!({"custom_items": {"k": long}}),
            json!({"custom_items": {"k": 1}}),
            json!({"custom_items": {"": "x"}}),
            json!({"custom_items": [1]}),
            json!({"custom_items": {"k": "v"}, "mode": "replace"}),
        ] {
            let mut items = Items::new();
            assert_eq!(upsert(&mut items, &params(bad)).unwrap_err().code, 400100);
            assert!(items.is_empty());
        }
        let mut items = Items::new();
        assert_eq!(
            upsert(&mut items, &params(json!({}))).unwrap_err().code,
            400111
        );
        let ten: Map<String, Value> = (0..10).map(|i| (format!("k{i}"), json!("v"))).collect();
        upsert(&mut items, &params(json!({"custom_items": ten}))).unwrap();
        let err = upsert(&mut items, &params(json!({"custom_items": {"k10": "v"}}))).unwrap_err();
        assert_eq!(err.code, 400100);
        assert_eq!(items.len(), 10);
        // Overwriting existing keys stays within the limit.
        upsert(
            &mut items,
            &params(json!({"custom_items": {"k0": "w"}, "mode": "upsert"})),
        )
        .unwrap();
        assert_eq!(items["k0"], "w");
    }

    #[test]
    fn deletes_some_or_all() {
        let mut items: Items = [("a", "1"), ("b", "2"), ("c", "3")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        let deleted = delete(
            &mut items,
            &params(json!({"keys": ["a", "zz"]})),
            &Query::default(),
        )
        .unwrap();
        assert_eq!(deleted, ["a"]);
        let deleted = delete(
            &mut items,
            &Params::default(),
            &Query::parse(Some("keys=b")),
        )
        .unwrap();
        assert_eq!(deleted, ["b"]);
        let deleted = delete(&mut items, &Params::default(), &Query::default()).unwrap();
        assert_eq!(deleted, ["c"]);
        assert!(items.is_empty());
    }
}
