//! [`IntoParam`]: what endpoint constructors and setters accept.

use std::collections::HashMap;

use crate::params::{CommaList, StringList};
use crate::secret::SecretString;

/// Conversion into a request parameter of type `T`.
///
/// Like `Into<T>`, but integer literals infer the parameter's type (`.limit(50)` just works)
/// and string lists accept arrays and vectors of `&str`.
pub trait IntoParam<T> {
    /// Converts the value.
    fn into_param(self) -> T;
}

impl<T> IntoParam<T> for T {
    fn into_param(self) -> T {
        self
    }
}

impl IntoParam<String> for &str {
    fn into_param(self) -> String {
        self.to_owned()
    }
}

impl IntoParam<String> for &String {
    fn into_param(self) -> String {
        self.clone()
    }
}

impl IntoParam<SecretString> for &str {
    fn into_param(self) -> SecretString {
        SecretString::from(self)
    }
}

impl IntoParam<SecretString> for String {
    fn into_param(self) -> SecretString {
        SecretString::from(self)
    }
}

impl<T, S: Into<T>> IntoParam<CommaList<T>> for Vec<S> {
    fn into_param(self) -> CommaList<T> {
        self.into()
    }
}

impl<T, S: Into<T>, const N: usize> IntoParam<CommaList<T>> for [S; N] {
    fn into_param(self) -> CommaList<T> {
        self.into()
    }
}

impl<T, S: Into<T> + Clone> IntoParam<CommaList<T>> for &[S] {
    fn into_param(self) -> CommaList<T> {
        self.into()
    }
}

impl IntoParam<StringList> for &str {
    fn into_param(self) -> StringList {
        self.into()
    }
}

impl IntoParam<StringList> for String {
    fn into_param(self) -> StringList {
        self.into()
    }
}

impl<K: Into<String>, V: Into<T>, T, const N: usize> IntoParam<HashMap<String, T>> for [(K, V); N] {
    fn into_param(self) -> HashMap<String, T> {
        self.into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect()
    }
}

impl<K: Into<String>, V: Into<T>, T> IntoParam<HashMap<String, T>> for Vec<(K, V)> {
    fn into_param(self) -> HashMap<String, T> {
        self.into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect()
    }
}

impl IntoParam<Vec<String>> for Vec<&str> {
    fn into_param(self) -> Vec<String> {
        self.into_iter().map(str::to_owned).collect()
    }
}

impl<const N: usize> IntoParam<Vec<String>> for [&str; N] {
    fn into_param(self) -> Vec<String> {
        self.into_iter().map(str::to_owned).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(value: impl IntoParam<u32>) -> u32 {
        value.into_param()
    }

    fn ids(value: impl IntoParam<StringList>) -> StringList {
        value.into_param()
    }

    fn items(value: impl IntoParam<HashMap<String, i64>>) -> HashMap<String, i64> {
        value.into_param()
    }

    #[test]
    fn literals_and_lists_convert() {
        assert_eq!(items([("a", 1), ("b", 2)]).get("b"), Some(&2));
        assert_eq!(items(vec![("a", 1)]).len(), 1);
        assert_eq!(limit(50), 50);
        assert_eq!(ids(["a", "b"]).len(), 2);
        assert_eq!(ids(vec!["a".to_owned()]).len(), 1);
    }
}
