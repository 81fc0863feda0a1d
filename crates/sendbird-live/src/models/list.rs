//! [`CommaList`]: a typed list sent as one comma-joined query parameter.

use std::fmt::Display;

use sendbird_core::{IntoParam, Query, QueryParam};

use super::{HostType, LiveEventState, LiveEventType};

/// A list of typed values (e.g. [`LiveEventState`]s) sent as one query parameter, the values
/// comma-joined and each one percent-encoded (`state=ready,ongoing`), as the Live API and
/// its SDKs do.
///
/// Setters taking a `CommaList<T>` accept an array or a `Vec` of `T`, or a single `T`:
///
/// ```
/// use sendbird_live::models::{CommaList, LiveEventState};
///
/// let states: CommaList<LiveEventState> = [LiveEventState::Ready, LiveEventState::Ongoing].into();
/// assert_eq!(states.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CommaList<T>(Vec<T>);

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
}

impl<T> Default for CommaList<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T> FromIterator<T> for CommaList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl<T> From<Vec<T>> for CommaList<T> {
    fn from(value: Vec<T>) -> Self {
        Self(value)
    }
}

impl<T, const N: usize> From<[T; N]> for CommaList<T> {
    fn from(value: [T; N]) -> Self {
        Self(value.into())
    }
}

impl<T: Display> QueryParam for CommaList<T> {
    fn push_query(&self, key: &'static str, query: &mut Query) {
        query.push_list(key, self.0.iter().map(ToString::to_string));
    }
}

impl<T> IntoParam<CommaList<T>> for Vec<T> {
    fn into_param(self) -> CommaList<T> {
        CommaList(self)
    }
}

impl<T, const N: usize> IntoParam<CommaList<T>> for [T; N] {
    fn into_param(self) -> CommaList<T> {
        CommaList(self.into())
    }
}

macro_rules! single_into_list {
    ($($ty:ty),*) => {$(
        impl IntoParam<CommaList<$ty>> for $ty {
            fn into_param(self) -> CommaList<$ty> {
                CommaList(vec![self])
            }
        }
    )*};
}
single_into_list!(LiveEventState, LiveEventType, HostType);

#[cfg(test)]
mod tests {
    use super::*;
    use sendbird_core::QueryValue;

    fn list<T>(value: impl IntoParam<CommaList<T>>) -> CommaList<T> {
        value.into_param()
    }

    #[test]
    fn converts_and_pushes_comma_joined() {
        assert_eq!(list(LiveEventState::Ready).len(), 1);
        assert_eq!(
            list(vec![LiveEventType::Video, LiveEventType::AudioOnly]).len(),
            2
        );
        let mut query = Query::new();
        list([LiveEventState::Ready, LiveEventState::Unknown("a,b".into())])
            .push_query("state", &mut query);
        assert_eq!(
            query.get("state"),
            Some(&QueryValue::List(vec!["ready".into(), "a,b".into()]))
        );
    }
}
