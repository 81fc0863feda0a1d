//! How typed values become path segments and query pairs, and [`CommaList`].

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::request::Query;

/// A value that can fill a `{placeholder}` of a path template or be one element of a
/// [`CommaList`] (raw text; encoding comes later).
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

/// A secret in a path (e.g. the API token of `/applications/api_tokens/{api_token}`): the
/// endpoint's `Debug` stays redacted, only the URL carries it.
impl PathParam for crate::SecretString {
    fn to_path_segment(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.expose())
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

/// A list for request parameters: comma-joined in a query (each element percent-encoded, so
/// an element may itself contain `,`), a JSON array in a body.
///
/// Setters taking a `CommaList<T>` accept arrays, vectors and slices of anything that
/// converts into `T` (so `["a", "b"]` for a [`StringList`]), and string enums accept a single
/// value too.
///
/// ```
/// use sendbird_core::{CommaList, StringList};
///
/// let ids: StringList = ["alice", "bob"].into();
/// assert_eq!(ids.as_slice(), ["alice", "bob"]);
/// let numbers: CommaList<i64> = vec![1, 2].into();
/// assert_eq!(numbers.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CommaList<T>(Vec<T>);

/// A list of strings: comma-joined in a query, a JSON array in a body.
pub type StringList = CommaList<String>;

impl<T> CommaList<T> {
    /// The elements.
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    /// Consumes the list.
    pub fn into_vec(self) -> Vec<T> {
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

    /// The elements in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<T> Default for CommaList<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'a, T> IntoIterator for &'a CommaList<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T, S: Into<T>> FromIterator<S> for CommaList<T> {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        Self(iter.into_iter().map(Into::into).collect())
    }
}

impl<T, S: Into<T>> From<Vec<S>> for CommaList<T> {
    fn from(value: Vec<S>) -> Self {
        value.into_iter().collect()
    }
}

impl<T, S: Into<T>, const N: usize> From<[S; N]> for CommaList<T> {
    fn from(value: [S; N]) -> Self {
        value.into_iter().collect()
    }
}

impl<T, S: Into<T> + Clone> From<&[S]> for CommaList<T> {
    fn from(value: &[S]) -> Self {
        value.iter().cloned().collect()
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

impl<T: PathParam> QueryParam for CommaList<T> {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        query.push_list(key, self.0.iter().map(|v| v.to_path_segment().into_owned()));
    }
}

impl<T: Serialize> Serialize for CommaList<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for CommaList<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(deserializer).map(Self)
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
        CommaList::<i64>::from([1, 2]).push_query("ids", &mut query);
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
        assert_eq!(
            query.get("ids"),
            Some(&QueryValue::List(vec!["1".into(), "2".into()]))
        );
    }

    #[test]
    fn lists_serialize_as_arrays() {
        let ids: StringList = vec!["a", "b"].into();
        assert_eq!(
            serde_json::to_string(&ids).ok().as_deref(),
            Some(r#"["a","b"]"#)
        );
        let back: StringList = serde_json::from_str(r#"["x"]"#).unwrap_or_default();
        assert_eq!(back.as_slice(), ["x"]);
    }
}
