//! [`IntoParam`]: what endpoint constructors and setters accept.

use crate::params::StringList;
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

impl IntoParam<StringList> for Vec<String> {
    fn into_param(self) -> StringList {
        self.into()
    }
}

impl IntoParam<StringList> for Vec<&str> {
    fn into_param(self) -> StringList {
        self.into()
    }
}

impl IntoParam<StringList> for &[&str] {
    fn into_param(self) -> StringList {
        self.into()
    }
}

impl IntoParam<StringList> for &[String] {
    fn into_param(self) -> StringList {
        self.into()
    }
}

impl<const N: usize> IntoParam<StringList> for [&str; N] {
    fn into_param(self) -> StringList {
        self.into()
    }
}

impl<const N: usize> IntoParam<StringList> for [String; N] {
    fn into_param(self) -> StringList {
        self.into()
    }
}

impl IntoParam<StringList> for &str {
    fn into_param(self) -> StringList {
        self.into()
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

    #[test]
    fn literals_and_lists_convert() {
        assert_eq!(limit(50), 50);
        assert_eq!(ids(["a", "b"]).len(), 2);
        assert_eq!(ids(vec!["a".to_owned()]).len(), 1);
    }
}
