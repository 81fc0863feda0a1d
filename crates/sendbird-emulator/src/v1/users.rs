//! The users Calls and Live see: the application's Chat users, reached through a
//! [`Directory`] so that neither product depends on Chat.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::render;

/// What Calls and Live show of a user.
#[derive(Debug, Clone)]
pub(crate) struct Profile {
    /// The nickname.
    pub(crate) nickname: String,
    /// The profile image URL.
    pub(crate) profile_url: String,
    /// The user metadata.
    pub(crate) metadata: BTreeMap<String, String>,
    /// Whether the user is active.
    pub(crate) is_active: bool,
}

/// The application's users, as far as Calls and Live need them.
pub(crate) trait Directory {
    /// The user with this id, if the application has one.
    fn profile(&self, user_id: &str) -> Option<Profile>;
    /// Every user's creation sequence number and id, in creation order.
    fn user_ids(&self) -> Vec<(u64, String)>;
    /// The full user resource (as `GET /users` lists it), if the user exists.
    fn resource(&self, user_id: &str) -> Option<Value>;
}

/// The short user object embedded in calls, rooms and live events:
/// `{user_id, nickname, profile_url, metadata, is_active}` (a user only known to Calls/Live
/// has empty fields and is active).
pub(crate) fn user_object(users: &dyn Directory, user_id: &str) -> Map<String, Value> {
    let profile = users.profile(user_id);
    let mut map = Map::new();
    map.insert("user_id".into(), json!(user_id));
    match profile {
        Some(user) => {
            map.insert("nickname".into(), json!(user.nickname));
            map.insert("profile_url".into(), json!(user.profile_url));
            map.insert("metadata".into(), render::object(&user.metadata));
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
