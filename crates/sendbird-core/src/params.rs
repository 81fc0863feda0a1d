//! How typed values become path segments and query pairs.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::request::Query;

/// A value that can fill a `{placeholder}` of a path template (raw; encoding comes later).
pub trait PathParam {
    /// The raw segment text.
    fn to_path_segment(&self) -> Cow<'_, str>;
}

impl PathParam for String {
    fn to_path_segment(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl PathParam for str {
    fn to_path_segment(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl<T: PathParam + ?Sized> PathParam for &T {
    fn to_path_segment(&self) -> Cow<'_, str> {
        (**self).to_path_segment()
    }
}

macro_rules! path_param_via_to_string {
    ($($ty:ty),*) => {$(
        impl PathParam for $ty {
            fn to_path_segment(&self) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}
path_param_via_to_string!(i32, i64, u32, u64);

/// A value that can be sent as a query parameter.
pub trait QueryParam {
    /// Appends this value under `key` (nothing for `None`).
    fn push_query(&self, key: &'static str, query: &mut Query);
}

impl QueryParam for String {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        query.push(key, self.clone());
    }
}

impl QueryParam for str {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        query.push(key, self);
    }
}

impl<T: QueryParam + ?Sized> QueryParam for &T {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        (**self).push_query(key, query);
    }
}

impl<T: QueryParam> QueryParam for Option<T> {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        if let Some(value) = self {
            value.push_query(key, query);
        }
    }
}

macro_rules! query_param_via_to_string {
    ($($ty:ty),*) => {$(
        impl QueryParam for $ty {
            fn push_query(&self, key: &'static str, query: &mut Query) {
                query.push(key, self.to_string());
            }
        }
    )*};
}
query_param_via_to_string!(bool, i32, i64, u32, u64, f64);

impl QueryParam for Vec<String> {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        query.push_list(key, self.iter().cloned());
    }
}

impl QueryParam for StringList {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        query.push_list(key, self.0.iter().cloned());
    }
}

/// A list of strings for request parameters: comma-joined (each element encoded) in a query,
/// a JSON array in a body. Converts from arrays, vectors and slices of `&str` or `String`.
///
/// ```
/// use sendbird_core::StringList;
///
/// let ids: StringList = ["alice", "bob"].into();
/// assert_eq!(ids.as_slice(), ["alice", "bob"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct StringList(Vec<String>);

impl StringList {
    /// The elements.
    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// Consumes the list.
    pub fn into_vec(self) -> Vec<String> {
        self.0
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// `true` when empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<S: Into<String>> FromIterator<S> for StringList {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        Self(iter.into_iter().map(Into::into).collect())
    }
}

impl From<Vec<String>> for StringList {
    fn from(value: Vec<String>) -> Self {
        Self(value)
    }
}

impl From<Vec<&str>> for StringList {
    fn from(value: Vec<&str>) -> Self {
        value.into_iter().collect()
    }
}

impl From<&[&str]> for StringList {
    fn from(value: &[&str]) -> Self {
        value.iter().copied().collect()
    }
}

impl From<&[String]> for StringList {
    fn from(value: &[String]) -> Self {
        Self(value.to_vec())
    }
}

impl<const N: usize> From<[&str; N]> for StringList {
    fn from(value: [&str; N]) -> Self {
        value.into_iter().collect()
    }
}

impl<const N: usize> From<[String; N]> for StringList {
    fn from(value: [String; N]) -> Self {
        value.into_iter().collect()
    }
}

impl From<&str> for StringList {
    fn from(value: &str) -> Self {
        Self(vec![value.to_owned()])
    }
}

impl From<String> for StringList {
    fn from(value: String) -> Self {
        Self(vec![value])
    }
}

impl Serialize for StringList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for StringList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<String>::deserialize(deserializer).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::QueryValue;

    #[test]
    fn lists_and_options_in_query() {
        let mut query = Query::new();
        StringList::from(["a,b", "c"]).push_query("user_ids", &mut query);
        None::<bool>.push_query("show_bot", &mut query);
        Some(true).push_query("show_empty", &mut query);
        20u32.push_query("limit", &mut query);
        assert_eq!(
            query.get("user_ids"),
            Some(&QueryValue::List(vec!["a,b".into(), "c".into()]))
        );
        assert_eq!(query.get("show_bot"), None);
        assert_eq!(
            query.get("show_empty"),
            Some(&QueryValue::One("true".into()))
        );
        assert_eq!(query.get("limit"), Some(&QueryValue::One("20".into())));
    }
}
