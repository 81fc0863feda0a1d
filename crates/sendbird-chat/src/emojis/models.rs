//! Response bodies and request values of the reactions and emojis endpoints.

use serde::{Deserialize, Serialize};

/// The response of [`EnableReactions`](super::EnableReactions) (the request's `enabled`
/// comes back as `reactions`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReactionsSetting {
    /// Whether reactions are on.
    #[serde(default)]
    pub reactions: Option<bool>,
}

/// The response of [`UseDefaultEmojis`](super::UseDefaultEmojis).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DefaultEmojiSetting {
    /// Whether the default emojis are offered.
    #[serde(default)]
    pub use_default_emoji: Option<bool>,
}

/// An emoji: what a message reaction's key names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Emoji {
    /// The emoji id (absent from Sendbird's `GET /emojis` example).
    #[serde(default)]
    pub id: Option<i64>,
    /// The key (at most 30 characters, unique in the application).
    #[serde(default)]
    pub key: String,
    /// The image URL.
    #[serde(default)]
    pub url: String,
    /// The application id (in the docs' resource table, absent from every example).
    #[serde(default)]
    pub application_id: Option<i64>,
    /// The category id (in the docs' resource table, absent from every example).
    #[serde(default)]
    pub emoji_category_id: Option<i64>,
}

/// An emoji category: the response of [`GetEmojiCategory`](super::GetEmojiCategory) and
/// [`UpdateEmojiCategoryUrl`](super::UpdateEmojiCategoryUrl).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmojiCategory {
    /// The category id.
    #[serde(default)]
    pub id: i64,
    /// The name.
    #[serde(default)]
    pub name: String,
    /// The image URL of the category's icon.
    #[serde(default)]
    pub url: String,
    /// The category's emojis (absent, so empty, in the answer of
    /// [`AddEmojiCategories`](super::AddEmojiCategories)).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub emojis: Vec<Emoji>,
    /// The application id (in the docs' resource table, absent from every example).
    #[serde(default)]
    pub application_id: Option<i64>,
}

/// The response of [`ListEmojiCategoriesWithEmojis`](super::ListEmojiCategoriesWithEmojis)
/// and [`AddEmojiCategories`](super::AddEmojiCategories).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmojiCategories {
    /// An opaque version of the emoji set (it changes when the set does; may be empty).
    /// Only in the list.
    #[serde(default)]
    pub emoji_hash: Option<String>,
    /// The categories.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub emoji_categories: Vec<EmojiCategory>,
}

/// The response of [`ListEmojis`](super::ListEmojis) and [`AddEmojis`](super::AddEmojis).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmojiList {
    /// The emojis.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub emojis: Vec<Emoji>,
}

/// A category to add with [`AddEmojiCategories`](super::AddEmojiCategories).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NewEmojiCategory {
    /// The name.
    pub name: String,
    /// The image URL of the category's icon (must be a valid URL: 400114 otherwise).
    pub url: String,
}

impl NewEmojiCategory {
    /// A category named `name` with the icon at `url`.
    pub fn new(name: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            url: url.into(),
        }
    }
}

/// An emoji to add with [`AddEmojis`](super::AddEmojis).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NewEmoji {
    /// The key (at most 30 characters, unique in the application).
    pub key: String,
    /// The image URL.
    pub url: String,
}

impl NewEmoji {
    /// An emoji with key `key` and the image at `url`.
    pub fn new(key: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            url: url.into(),
        }
    }
}
