//! `custom_items`: the key-value map attached to direct calls and rooms.

use std::collections::{btree_map, BTreeMap, HashMap};
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// At most this many custom items per direct call or room.
pub const MAX_CUSTOM_ITEMS: usize = 10;

/// Keys and values are at most this many characters long.
pub const MAX_CUSTOM_ITEM_LEN: usize = 128;

/// The custom items of a direct call or a room: string keys to string values.
///
/// Sendbird's rules: at most [`MAX_CUSTOM_ITEMS`] items; keys and values at most
/// [`MAX_CUSTOM_ITEM_LEN`] characters; keys must not contain a comma. [`CustomItems::try_new`]
/// and [`CustomItems::try_insert`] check them and return a [`CustomItemsError`] instead of
/// sending a request the server would reject. The server stays the judge:
/// [`CustomItems::new_unchecked`] skips the checks, and decoding a response never checks.
///
/// Items are kept sorted by key, so the JSON sent is deterministic.
///
/// ```
/// use sendbird_calls::models::{CustomItems, CustomItemsError};
///
/// let items = CustomItems::try_new([("ticket", "T-1"), ("priority", "high")])?;
/// assert_eq!(items.get("ticket"), Some("T-1"));
///
/// let bad = CustomItems::try_new([("a,b", "x")]);
/// assert!(matches!(bad, Err(CustomItemsError::KeyContainsComma { .. })));
/// # Ok::<(), CustomItemsError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CustomItems(BTreeMap<String, String>);

/// Why a set of custom items breaks Sendbird's rules (see [`CustomItems`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CustomItemsError {
    /// More than [`MAX_CUSTOM_ITEMS`] items.
    TooManyItems {
        /// How many items there would be.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A key longer than [`MAX_CUSTOM_ITEM_LEN`] characters.
    KeyTooLong {
        /// The key.
        key: String,
        /// Its length in characters.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A key containing a comma.
    KeyContainsComma {
        /// The key.
        key: String,
    },
    /// A value longer than [`MAX_CUSTOM_ITEM_LEN`] characters.
    ValueTooLong {
        /// The key of the value.
        key: String,
        /// The value's length in characters.
        len: usize,
        /// The limit.
        max: usize,
    },
}

impl fmt::Display for CustomItemsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooManyItems { count, max } => {
                write!(f, "{count} custom items, at most {max} are allowed")
            }
            Self::KeyTooLong { key, len, max } => write!(
                f,
                "custom item key `{key}` has {len} characters, at most {max} are allowed"
            ),
            Self::KeyContainsComma { key } => {
                write!(f, "custom item key `{key}` contains a comma")
            }
            Self::ValueTooLong { key, len, max } => write!(
                f,
                "the value of custom item `{key}` has {len} characters, at most {max} are allowed"
            ),
        }
    }
}

impl std::error::Error for CustomItemsError {}

fn check_item(key: &str, value: &str) -> Result<(), CustomItemsError> {
    // The length in characters of a key or value over the limit.
    let too_long = |text: &str| Some(text.chars().count()).filter(|&len| len > MAX_CUSTOM_ITEM_LEN);
    if let Some(len) = too_long(key) {
        return Err(CustomItemsError::KeyTooLong {
            key: key.to_owned(),
            len,
            max: MAX_CUSTOM_ITEM_LEN,
        });
    }
    if key.contains(',') {
        return Err(CustomItemsError::KeyContainsComma {
            key: key.to_owned(),
        });
    }
    if let Some(len) = too_long(value) {
        return Err(CustomItemsError::ValueTooLong {
            key: key.to_owned(),
            len,
            max: MAX_CUSTOM_ITEM_LEN,
        });
    }
    Ok(())
}

impl CustomItems {
    /// No items.
    pub fn new() -> Self {
        Self::default()
    }

    /// Items checked against Sendbird's rules (count, lengths, no comma in keys).
    /// A repeated key keeps its last value.
    pub fn try_new<I, K, V>(items: I) -> Result<Self, CustomItemsError>
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        let mut map = BTreeMap::new();
        for (key, value) in items {
            let (key, value) = (key.into(), value.into());
            check_item(&key, &value)?;
            map.insert(key, value);
        }
        let items = Self(map);
        items.check_count()?;
        Ok(items)
    }

    /// Items taken as they are, without any check; the server decides whether it accepts them.
    pub fn new_unchecked<I, K, V>(items: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Self(
            items
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }

    /// Adds or replaces one item after checking it (and the item count); returns the value it
    /// replaced. On error nothing changes.
    pub fn try_insert(
        &mut self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Result<Option<String>, CustomItemsError> {
        let (key, value) = (key.into(), value.into());
        check_item(&key, &value)?;
        if !self.0.contains_key(&key) && self.0.len() >= MAX_CUSTOM_ITEMS {
            return Err(CustomItemsError::TooManyItems {
                count: self.0.len() + 1,
                max: MAX_CUSTOM_ITEMS,
            });
        }
        Ok(self.0.insert(key, value))
    }

    /// Removes an item, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<String> {
        self.0.remove(key)
    }

    /// Checks every rule; useful for items built with [`new_unchecked`](Self::new_unchecked)
    /// or decoded from a response.
    pub fn validate(&self) -> Result<(), CustomItemsError> {
        self.check_count()?;
        self.0.iter().try_for_each(|(k, v)| check_item(k, v))
    }

    fn check_count(&self) -> Result<(), CustomItemsError> {
        if self.0.len() > MAX_CUSTOM_ITEMS {
            return Err(CustomItemsError::TooManyItems {
                count: self.0.len(),
                max: MAX_CUSTOM_ITEMS,
            });
        }
        Ok(())
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// Whether `key` is set.
    pub fn contains_key(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// `true` when there are no items.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The items, sorted by key.
    pub fn iter(&self) -> btree_map::Iter<'_, String, String> {
        self.0.iter()
    }

    /// The keys, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// The underlying map.
    pub fn as_map(&self) -> &BTreeMap<String, String> {
        &self.0
    }

    /// Consumes the items into their map.
    pub fn into_map(self) -> BTreeMap<String, String> {
        self.0
    }
}

impl<'de> Deserialize<'de> for CustomItems {
    /// Decodes without checking (the server's data is what it is); `null` is empty.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<BTreeMap<String, String>>::deserialize(deserializer)
            .map(|map| Self(map.unwrap_or_default()))
    }
}

impl TryFrom<HashMap<String, String>> for CustomItems {
    type Error = CustomItemsError;

    fn try_from(map: HashMap<String, String>) -> Result<Self, Self::Error> {
        Self::try_new(map)
    }
}

impl TryFrom<BTreeMap<String, String>> for CustomItems {
    type Error = CustomItemsError;

    fn try_from(map: BTreeMap<String, String>) -> Result<Self, Self::Error> {
        Self::try_new(map)
    }
}

impl IntoIterator for CustomItems {
    type Item = (String, String);
    type IntoIter = btree_map::IntoIter<String, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a CustomItems {
    type Item = (&'a String, &'a String);
    type IntoIter = btree_map::Iter<'a, String, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

sendbird_core::string_enum! {
    /// How an update of custom items applies (`mode` in the request body).
    pub enum CustomItemsMode {
        /// Existing keys are overwritten, new keys are added (what Sendbird's SDKs send).
        Upsert,
    }
}

/// Declares the responses of changing custom items: the direct call or room, the map after
/// the change, the keys the change touched (`$keys`) and when it applied.
macro_rules! custom_items_change {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident ($change:literal) {
            $(#[$keys_meta:meta])*
            pub $keys:ident: Vec<String>,
        }
    )*) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[non_exhaustive]
        pub struct $name {
            #[doc = concat!("The direct call, for direct-call ", $change, ".")]
            #[serde(default)]
            pub call_id: Option<String>,
            #[doc = concat!("The room, for room ", $change, " (when Sendbird includes it).")]
            #[serde(default)]
            pub room_id: Option<String>,
            /// Every custom item after the change.
            #[serde(default)]
            pub custom_items: CustomItems,
            $(#[$keys_meta])*
            #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
            pub $keys: Vec<String>,
            /// When the change was applied, Unix milliseconds (rooms).
            #[serde(default)]
            pub affected_at: Option<i64>,
        }
    )*};
}

custom_items_change! {
    /// The response of updating custom items: the full map after the update and the keys
    /// changed.
    pub struct UpdatedCustomItems ("updates") {
        /// The keys that were added or changed.
        pub updated: Vec<String>,
    }

    /// The response of deleting custom items: the remaining map and the keys removed.
    pub struct DeletedCustomItems ("deletions") {
        /// The keys that were deleted.
        pub deleted: Vec<String>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_items_within_the_rules() {
        let key = "k".repeat(MAX_CUSTOM_ITEM_LEN);
        let value = "ü".repeat(MAX_CUSTOM_ITEM_LEN); // characters, not bytes
        let items = CustomItems::try_new([(key.clone(), value.clone())]).expect("valid");
        assert_eq!(items.get(&key), Some(value.as_str()));
        let ten: Vec<_> = (0..MAX_CUSTOM_ITEMS)
            .map(|i| (format!("k{i}"), "v"))
            .collect();
        assert_eq!(CustomItems::try_new(ten).expect("ten").len(), 10);
    }

    #[test]
    fn rejects_items_breaking_the_rules() {
        let eleven: Vec<_> = (0..=MAX_CUSTOM_ITEMS)
            .map(|i| (format!("k{i}"), "v"))
            .collect();
        assert_eq!(
            CustomItems::try_new(eleven),
            Err(CustomItemsError::TooManyItems { count: 11, max: 10 })
        );
        let long_key = "k".repeat(129);
        assert_eq!(
            CustomItems::try_new([(long_key.clone(), "v")]),
            Err(CustomItemsError::KeyTooLong {
                key: long_key,
                len: 129,
                max: 128
            })
        );
        assert_eq!(
            CustomItems::try_new([("a,b", "v")]),
            Err(CustomItemsError::KeyContainsComma { key: "a,b".into() })
        );
        let err = CustomItems::try_new([("k", "v".repeat(129))]);
        assert!(matches!(
            err,
            Err(CustomItemsError::ValueTooLong { len: 129, .. })
        ));
        assert!(err
            .err()
            .is_some_and(|e| e.to_string().contains("129 characters")));
    }

    #[test]
    fn try_insert_checks_and_leaves_items_unchanged_on_error() {
        let mut items = CustomItems::try_new((0..10).map(|i| (format!("k{i}"), "v"))).expect("ten");
        assert!(matches!(
            items.try_insert("k10", "v"),
            Err(CustomItemsError::TooManyItems { count: 11, .. })
        ));
        assert_eq!(
            items.try_insert("k0", "new").expect("replace"),
            Some("v".into())
        );
        assert_eq!(items.len(), 10);
        assert!(items.try_insert("k,1", "v").is_err());
    }

    #[test]
    fn unchecked_items_reach_the_server_and_decode_without_checks() {
        let items = CustomItems::new_unchecked([("a,b", "v")]);
        assert!(items.validate().is_err());
        assert_eq!(
            serde_json::to_value(&items).expect("json"),
            serde_json::json!({"a,b": "v"})
        );
        let decoded: CustomItems = serde_json::from_str(r#"{"x,y": "1"}"#).expect("lenient decode");
        assert_eq!(decoded.get("x,y"), Some("1"));
        let null: CustomItems = serde_json::from_str("null").expect("null");
        assert!(null.is_empty());
    }
}
