//! Small JSON renderings every product uses.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

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

/// The webhook settings answer `{"webhook": webhook}`; with `all_categories`
/// (`display_all_webhook_categories=true`) the settings also list every `categories`
/// name as `all_webhook_categories`.
pub(crate) fn webhook_settings(
    mut webhook: Value,
    all_categories: bool,
    categories: &[&str],
) -> Value {
    if let (true, Value::Object(map)) = (all_categories, &mut webhook) {
        map.insert("all_webhook_categories".into(), json!(categories));
    }
    json!({ "webhook": webhook })
}
