//! Serde helpers for Sendbird's loose JSON.

use serde::{Deserialize, Deserializer};

/// Deserializes `null` as `T::default()`; pair it with `#[serde(default)]` so a missing
/// field is the default too. For lists, maps and counters that Sendbird sometimes nulls.
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Channel {
///     #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
///     members: Vec<String>,
/// }
/// let channel: Channel = serde_json::from_str(r#"{"members": null}"#)?;
/// assert!(channel.members.is_empty());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// An empty response (`{}` or no body); accepts and ignores any JSON.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Empty;

impl<'de> Deserialize<'de> for Empty {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| Empty)
    }
}
