//! Small JSON renderings every product uses.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// Renders a map of strings or numbers as a JSON object.
pub(crate) fn object<V: Clone + Into<Value>>(map: &BTreeMap<String, V>) -> Value {
    Value::Object(
        map.iter()
            .map(|(k, v)| (k.clone(), v.clone().into()))
            .collect::<Map<String, Value>>(),
    )
}

/// `Some(ms)` as a number, `None` as `null`.
pub(crate) fn opt_ms(value: Option<i64>) -> Value {
    value.map_or(Value::Null, Value::from)
}
