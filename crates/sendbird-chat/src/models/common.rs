//! Types shared by several families.

use sendbird_core::{IntoParam, Query, QueryParam};
use serde::{Deserialize, Serialize};

sendbird_core::string_enum! {
    /// The `{channel_type}` path segment: open or group channels.
    pub enum ChannelType {
        /// `open_channels`.
        OpenChannels,
        /// `group_channels`.
        GroupChannels,
    }
}

/// A list parameter sent as one query pair per element under the same key
/// (`key=a&key=b`, as Sendbird's spec and official clients send these lists), and as a JSON
/// array in a body: [`IpAddressList`](crate::application::IpAddressList) and
/// [`StatusFilter`](crate::scheduled_messages::StatusFilter).
///
/// Built from an array or a `Vec` of anything that converts into `T`, from an iterator, or
/// (as a parameter) from one `&str`.
///
/// ```
/// use sendbird_chat::models::RepeatedList;
///
/// let list = RepeatedList::<String>::from(["a", "b"]);
/// assert_eq!(list.as_slice(), ["a", "b"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RepeatedList<T>(Vec<T>);

impl<T> RepeatedList<T> {
    /// The elements, in order.
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }
}

impl<T> Default for RepeatedList<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T, S: Into<T>> FromIterator<S> for RepeatedList<T> {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        Self(iter.into_iter().map(Into::into).collect())
    }
}

impl<T, S: Into<T>, const N: usize> From<[S; N]> for RepeatedList<T> {
    fn from(value: [S; N]) -> Self {
        value.into_iter().collect()
    }
}

impl<T, S: Into<T>> From<Vec<S>> for RepeatedList<T> {
    fn from(value: Vec<S>) -> Self {
        value.into_iter().collect()
    }
}

impl<T, S: Into<T>, const N: usize> IntoParam<RepeatedList<T>> for [S; N] {
    fn into_param(self) -> RepeatedList<T> {
        self.into()
    }
}

impl<T, S: Into<T>> IntoParam<RepeatedList<T>> for Vec<S> {
    fn into_param(self) -> RepeatedList<T> {
        self.into()
    }
}

impl<T: for<'a> From<&'a str>> IntoParam<RepeatedList<T>> for &str {
    fn into_param(self) -> RepeatedList<T> {
        RepeatedList(vec![T::from(self)])
    }
}

impl<T: QueryParam> QueryParam for RepeatedList<T> {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        for element in &self.0 {
            element.push_query(key, query);
        }
    }
}
