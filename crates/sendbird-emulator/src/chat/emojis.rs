//! Reactions and emojis: the application's reaction switch, the default emoji set, and
//! emoji categories with their emojis (`/emoji_categories`, `/emojis`,
//! `/applications/settings/reactions`, `/applications/settings/use_default_emoji`).
//!
//! Choices where the docs are silent:
//! - Reactions start enabled (so a fresh emulator reacts like a configured app); with them
//!   off, adding a reaction answers 400108.
//! - The seven default emojis (`sendbird_emoji_*`) form the read-only category `sendbird`
//!   (id 1, emoji ids 1–7), listed first while `use_default_emoji` is on (the initial
//!   state). Updating or deleting them answers 400108; their keys can never be added
//!   (400202).
//! - Emoji keys are unique across the application (400202, also within one request) and
//!   at most 30 characters (400110); URLs must be `http(s)://host...` (400114). Adding is
//!   all or nothing. Deleting a category deletes its emojis; deleted keys may be added
//!   again. Reactions already on messages stay.
//! - `emoji_hash` is a hex digest of the visible set: it changes whenever the set does.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::webhooks::is_http_url;
use super::{put_flag, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::Params;

/// Longest accepted emoji key.
const MAX_KEY_CHARS: usize = 30;
/// The id of the default category.
const DEFAULT_CATEGORY_ID: i64 = 1;
/// The default emojis' names (keys are `sendbird_emoji_<name>`).
const DEFAULT_EMOJIS: &[&str] = &[
    "heart_eyes",
    "laughing",
    "rage",
    "sob",
    "sweat_smile",
    "thumbsup",
    "thumbsdown",
];
const DEFAULT_KEY_PREFIX: &str = "sendbird_emoji_";

#[derive(Debug, Clone)]
struct Emoji {
    id: i64,
    key: String,
    url: String,
}

impl Emoji {
    fn to_json(&self) -> Value {
        json!({"id": self.id, "key": self.key, "url": self.url})
    }
}

#[derive(Debug, Clone)]
struct Category {
    id: i64,
    name: String,
    url: String,
    emojis: Vec<Emoji>,
}

impl Category {
    fn to_json(&self, with_emojis: bool) -> Value {
        let mut value = json!({"id": self.id, "name": self.name, "url": self.url});
        if let (true, Value::Object(map)) = (with_emojis, &mut value) {
            let emojis: Vec<Value> = self.emojis.iter().map(Emoji::to_json).collect();
            map.insert("emojis".into(), Value::Array(emojis));
        }
        value
    }
}

/// The application's reaction switch and emojis.
#[derive(Debug)]
pub(crate) struct EmojiState {
    /// Whether messages may get reactions.
    pub(crate) reactions_enabled: bool,
    /// Whether the default emoji set is offered.
    use_default_emoji: bool,
    default_category: Category,
    /// Custom categories by id.
    categories: BTreeMap<i64, Category>,
    next_category_id: i64,
    next_emoji_id: i64,
}

impl Default for EmojiState {
    fn default() -> Self {
        let emojis = DEFAULT_EMOJIS
            .iter()
            .zip(1..)
            .map(|(name, id)| Emoji {
                id,
                key: format!("{DEFAULT_KEY_PREFIX}{name}"),
                url: format!("https://static.sendbird.com/icons/emoji_{name}.png"),
            })
            .collect::<Vec<_>>();
        let next_emoji_id = i64::try_from(emojis.len()).unwrap_or(0) + 1;
        Self {
            reactions_enabled: true,
            use_default_emoji: true,
            default_category: Category {
                id: DEFAULT_CATEGORY_ID,
                name: "sendbird".into(),
                url: "https://static.sendbird.com/icons/emoji_category_default.png".into(),
                emojis,
            },
            categories: BTreeMap::new(),
            next_category_id: DEFAULT_CATEGORY_ID + 1,
            next_emoji_id,
        }
    }
}

impl EmojiState {
    /// The categories a client sees, in id order.
    fn visible(&self) -> impl Iterator<Item = &Category> {
        self.use_default_emoji
            .then_some(&self.default_category)
            .into_iter()
            .chain(self.categories.values())
    }

    fn category(&self, id: i64) -> Result<&Category, ApiError> {
        self.visible()
            .find(|c| c.id == id)
            .ok_or_else(|| ApiError::not_found("emoji_category"))
    }

    /// The custom category `id`, mutably (400108 for the default one, 400201 if unknown).
    fn custom_category_mut(&mut self, id: i64) -> Result<&mut Category, ApiError> {
        if id == DEFAULT_CATEGORY_ID && self.use_default_emoji {
            return Err(read_only());
        }
        self.categories
            .get_mut(&id)
            .ok_or_else(|| ApiError::not_found("emoji_category"))
    }

    fn emoji(&self, key: &str) -> Result<&Emoji, ApiError> {
        self.visible()
            .flat_map(|c| c.emojis.iter())
            .find(|e| e.key == key)
            .ok_or_else(|| ApiError::not_found("emoji"))
    }

    fn key_taken(&self, key: &str) -> bool {
        key.starts_with(DEFAULT_KEY_PREFIX)
            || self
                .categories
                .values()
                .any(|c| c.emojis.iter().any(|e| e.key == key))
    }

    /// An opaque digest of the visible set (FNV-1a over ids, keys and URLs).
    fn hash(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut feed = |text: &str| {
            for byte in text.bytes().chain([0]) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        };
        for category in self.visible() {
            feed(&category.id.to_string());
            feed(&category.url);
            for emoji in &category.emojis {
                feed(&emoji.key);
                feed(&emoji.url);
            }
        }
        format!("{hash:016x}")
    }
}

fn read_only() -> ApiError {
    ApiError::unauthorized("Unauthorized request: the default emojis can't be changed.")
}

/// 400108 when reactions are off for the application.
pub(crate) fn check_reactions_enabled(ctx: &Ctx<'_>) -> Result<(), ApiError> {
    if ctx.chat.emojis.reactions_enabled {
        Ok(())
    } else {
        Err(ApiError::unauthorized(
            "Unauthorized request: reactions are disabled for this application.",
        ))
    }
}

fn checked_url(name: &str, url: String) -> Result<String, ApiError> {
    if is_http_url(&url) {
        Ok(url)
    } else {
        Err(ApiError::bad_request(
            400114,
            format!("\"{name}\" must have valid URL form."),
        ))
    }
}

fn parse_category_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .map_err(|_| ApiError::wrong_type("emoji_category_id", Expected::Number))
}

/// `PUT /applications/settings/reactions` (`enabled`, required): answers `{reactions}`.
pub(super) fn enable_reactions(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let enabled = p.required_bool("enabled")?;
    ctx.chat.emojis.reactions_enabled = enabled;
    Ok(json!({ "reactions": enabled }))
}

/// `PUT /applications/settings/use_default_emoji` (`use_default_emoji`, required).
pub(super) fn use_default_emoji(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    put_flag(
        &mut ctx.chat.emojis.use_default_emoji,
        p,
        "use_default_emoji",
    )
}

/// `GET /emoji_categories`: every visible category with its emojis, and the set's hash.
pub(super) fn list_categories(ctx: &mut Ctx<'_>) -> Answer {
    let state = &ctx.chat.emojis;
    let categories: Vec<Value> = state.visible().map(|c| c.to_json(true)).collect();
    Ok(json!({"emoji_hash": state.hash(), "emoji_categories": categories}))
}

/// Reads a list of objects with the named string fields.
fn object_list(p: &Params, name: &str) -> Result<Vec<Map<String, Value>>, ApiError> {
    let Value::Array(items) = p.json(name)?.ok_or_else(|| ApiError::missing(name))? else {
        return Err(ApiError::wrong_type(name, Expected::List));
    };
    if items.is_empty() {
        return Err(ApiError::invalid_value(name));
    }
    items
        .into_iter()
        .map(|item| match item {
            Value::Object(map) => Ok(map),
            _ => Err(ApiError::wrong_type(name, Expected::Json)),
        })
        .collect()
}

fn item_str(item: &Map<String, Value>, field: &str) -> Result<String, ApiError> {
    match item.get(field) {
        None | Some(Value::Null) => Err(ApiError::missing(field)),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(ApiError::wrong_type(field, Expected::String)),
    }
}

/// `POST /emoji_categories` (`emoji_categories`: `[{name, url}]`): answers the new
/// categories without `emojis`.
pub(super) fn add_categories(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let mut new = Vec::new();
    for item in object_list(p, "emoji_categories")? {
        let name = item_str(&item, "name")?;
        if name.trim().is_empty() {
            return Err(ApiError::invalid_value("name"));
        }
        let url = checked_url("url", item_str(&item, "url")?)?;
        new.push((name, url));
    }
    let state = &mut ctx.chat.emojis;
    let mut added = Vec::new();
    for (name, url) in new {
        let id = state.next_category_id;
        state.next_category_id += 1;
        let category = Category {
            id,
            name,
            url,
            emojis: Vec::new(),
        };
        added.push(category.to_json(false));
        state.categories.insert(id, category);
    }
    Ok(json!({ "emoji_categories": added }))
}

/// `GET /emoji_categories/{emoji_category_id}`.
pub(super) fn get_category(ctx: &mut Ctx<'_>, raw_id: &str) -> Answer {
    let id = parse_category_id(raw_id)?;
    Ok(ctx.chat.emojis.category(id)?.to_json(true))
}

/// `PUT /emoji_categories/{emoji_category_id}` (`url`, required; a body
/// `emoji_category_id` is ignored): answers the category with its emojis.
pub(super) fn update_category_url(ctx: &mut Ctx<'_>, raw_id: &str, p: &Params) -> Answer {
    let id = parse_category_id(raw_id)?;
    let url = checked_url("url", p.required_str("url")?)?;
    let category = ctx.chat.emojis.custom_category_mut(id)?;
    category.url = url;
    Ok(category.to_json(true))
}

/// `DELETE /emoji_categories/{emoji_category_id}`: the category and its emojis.
pub(super) fn delete_category(ctx: &mut Ctx<'_>, raw_id: &str) -> Answer {
    let id = parse_category_id(raw_id)?;
    let state = &mut ctx.chat.emojis;
    state.custom_category_mut(id)?;
    state.categories.remove(&id);
    Ok(json!({}))
}

/// `GET /emojis`: every visible emoji, category by category.
pub(super) fn list_emojis(ctx: &mut Ctx<'_>) -> Answer {
    let emojis: Vec<Value> = ctx
        .chat
        .emojis
        .visible()
        .flat_map(|c| c.emojis.iter().map(Emoji::to_json))
        .collect();
    Ok(json!({ "emojis": emojis }))
}

/// `POST /emojis` (`emoji_category_id`, `emojis`: `[{key, url}]`): all or nothing.
pub(super) fn add_emojis(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let category_id = p
        .int("emoji_category_id")?
        .ok_or_else(|| ApiError::missing("emoji_category_id"))?;
    let items = object_list(p, "emojis")?;
    let state = &mut ctx.chat.emojis;
    state.custom_category_mut(category_id)?;
    let mut new: Vec<(String, String)> = Vec::new();
    for item in items {
        let key = item_str(&item, "key")?;
        if key.trim().is_empty() {
            return Err(ApiError::invalid_value("key"));
        }
        if key.chars().count() > MAX_KEY_CHARS {
            return Err(ApiError::too_long("key"));
        }
        let url = checked_url("url", item_str(&item, "url")?)?;
        if state.key_taken(&key) || new.iter().any(|(k, _)| *k == key) {
            return Err(ApiError::already_exists("key"));
        }
        new.push((key, url));
    }
    let mut emojis = Vec::new();
    for (key, url) in new {
        emojis.push(Emoji {
            id: state.next_emoji_id,
            key,
            url,
        });
        state.next_emoji_id += 1;
    }
    let added: Vec<Value> = emojis.iter().map(Emoji::to_json).collect();
    state
        .custom_category_mut(category_id)?
        .emojis
        .extend(emojis);
    Ok(json!({ "emojis": added }))
}

/// `GET /emojis/{emoji_key}`.
pub(super) fn get_emoji(ctx: &mut Ctx<'_>, key: &str) -> Answer {
    Ok(ctx.chat.emojis.emoji(key)?.to_json())
}

/// The custom emoji `key`, mutably (400108 for a visible default emoji, 400201 if
/// unknown).
fn custom_emoji_mut<'a>(state: &'a mut EmojiState, key: &str) -> Result<&'a mut Emoji, ApiError> {
    if state.use_default_emoji && key.starts_with(DEFAULT_KEY_PREFIX) && state.emoji(key).is_ok() {
        return Err(read_only());
    }
    state
        .categories
        .values_mut()
        .flat_map(|c| c.emojis.iter_mut())
        .find(|e| e.key == key)
        .ok_or_else(|| ApiError::not_found("emoji"))
}

/// `PUT /emojis/{emoji_key}` (`url`, required; a body `emoji_key` is ignored).
pub(super) fn update_emoji_url(ctx: &mut Ctx<'_>, key: &str, p: &Params) -> Answer {
    let url = checked_url("url", p.required_str("url")?)?;
    let emoji = custom_emoji_mut(&mut ctx.chat.emojis, key)?;
    emoji.url = url;
    Ok(emoji.to_json())
}

/// `DELETE /emojis/{emoji_key}`.
pub(super) fn delete_emoji(ctx: &mut Ctx<'_>, key: &str) -> Answer {
    let state = &mut ctx.chat.emojis;
    custom_emoji_mut(state, key)?;
    for category in state.categories.values_mut() {
        category.emojis.retain(|e| e.key != key);
    }
    Ok(json!({}))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn default_set_and_hash() {
        let mut state = EmojiState::default();
        let keys: Vec<&str> = state
            .visible()
            .flat_map(|c| c.emojis.iter().map(|e| e.key.as_str()))
            .collect();
        assert_eq!(keys.len(), 7);
        assert_eq!(keys[0], "sendbird_emoji_heart_eyes");
        let with_defaults = state.hash();
        state.use_default_emoji = false;
        assert_eq!(state.visible().count(), 0);
        assert_ne!(state.hash(), with_defaults);
        assert!(
            state.key_taken("sendbird_emoji_sob"),
            "default keys stay reserved"
        );
        assert_eq!(state.category(1).unwrap_err().code, 400201);
    }
}
