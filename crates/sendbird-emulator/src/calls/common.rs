//! Helpers shared by the Calls and Live handlers: ids, user objects, timestamps.

use serde_json::{json, Map, Value};

use crate::chat::model::string_map;
use crate::state::State;

/// A random version-4 UUID in its usual text form.
pub(crate) fn uuid() -> String {
    let mut bytes = [0u8; 16];
    for byte in &mut bytes {
        *byte = fastrand::u8(..);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The short user object embedded in calls, rooms and live events:
/// `{user_id, nickname, profile_url, metadata, is_active}`, read from the Chat user when
/// there is one (a user only known to Calls/Live has empty fields and is active).
pub(crate) fn user_object(env: &State, user_id: &str) -> Map<String, Value> {
    let chat = env.chat();
    let mut map = Map::new();
    map.insert("user_id".into(), json!(user_id));
    match chat.users.get(user_id) {
        Some(user) => {
            map.insert("nickname".into(), json!(user.nickname));
            map.insert("profile_url".into(), json!(user.profile_url));
            map.insert("metadata".into(), string_map(&user.metadata));
            map.insert("is_active".into(), json!(user.is_active));
        }
        None => {
            map.insert("nickname".into(), json!(""));
            map.insert("profile_url".into(), json!(""));
            map.insert("metadata".into(), json!({}));
            map.insert("is_active".into(), json!(true));
        }
    }
    map
}

/// Whether a Chat user with this id exists.
pub(crate) fn chat_user_exists(env: &State, user_id: &str) -> bool {
    env.chat().users.contains_key(user_id)
}

/// `Some(ms)` as a number, `None` as `null`.
pub(crate) fn opt_ms(value: Option<i64>) -> Value {
    value.map_or(Value::Null, |v| json!(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_look_like_uuids() {
        let id = uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(id.matches('-').count(), 4);
        assert_eq!(id.as_bytes()[14], b'4');
        assert_ne!(uuid(), id);
    }
}
