//! Calls / Live paging: `limit` (1–100, default 10) and `next` / `prev` tokens in, `next`
//! and `prev` out (`""` when there is nothing more in that direction).
//!
//! A token names the item it was cut at (its sort key) and the direction, so items created
//! or deleted between requests neither repeat nor get skipped. Tokens are sealed for this
//! emulator instance (see [`crate::page_tokens`]); anything that does not decode, a `next`
//! token sent as `prev`, or a token another instance issued answers 400100.

use std::cmp::Ordering;

use serde_json::{json, Value};

use super::errors::{invalid, invalid_param, to_v1};
use crate::http::errors::{Answer, ApiError};
use crate::http::query::Query;
use crate::page_tokens::{PageTokens, TokenError};

/// Default page size.
pub(crate) const DEFAULT_LIMIT: i64 = 10;
/// Largest page size.
pub(crate) const MAX_LIMIT: i64 = 100;

/// An item's sort key: a primary value (usually a timestamp) and a unique sequence number.
pub(crate) type Key = (i64, u64);

/// The list order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// Smallest key first.
    Asc,
    /// Largest key first (newest first).
    Desc,
}

impl Order {
    /// How `a` sorts against `b` in this order.
    fn cmp(self, a: Key, b: Key) -> Ordering {
        match self {
            Self::Asc => a.cmp(&b),
            Self::Desc => b.cmp(&a),
        }
    }
}

/// One page of a list.
#[derive(Debug)]
pub(crate) struct Page<T> {
    /// The items of this page.
    pub(crate) items: Vec<T>,
    /// Token for the following page (`""` if none).
    pub(crate) next: String,
    /// Token for the preceding page (`""` if none).
    pub(crate) prev: String,
}

impl<T> Page<T> {
    /// Whether a following page exists.
    pub(crate) fn has_next(&self) -> bool {
        !self.next.is_empty()
    }
}

/// Reads `limit` (default 10, 1–100; anything else answers 400100).
pub(crate) fn limit(query: &Query) -> Result<usize, ApiError> {
    let value = query.int("limit").map_err(to_v1)?.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&value) {
        return Err(invalid_param("limit"));
    }
    usize::try_from(value).map_err(|_| invalid_param("limit"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Next,
    Prev,
}

impl Direction {
    /// The kind tag of the direction's tokens.
    fn kind(self) -> u8 {
        match self {
            Self::Next => b'n',
            Self::Prev => b'p',
        }
    }

    fn param(self) -> &'static str {
        match self {
            Self::Next => "next",
            Self::Prev => "prev",
        }
    }
}

fn encode(pages: &PageTokens, direction: Direction, key: Key) -> String {
    pages.seal(direction.kind(), [key.0 as u64, key.1])
}

fn decode(pages: &PageTokens, token: &str, direction: Direction) -> Result<Key, ApiError> {
    let param = direction.param();
    match pages.open(direction.kind(), token) {
        Ok([primary, seq]) => Ok((primary as i64, seq)),
        Err(TokenError::Malformed) => Err(invalid(format!(
            "Invalid value: \"{param}\". The page token is invalid."
        ))),
        Err(TokenError::Foreign) => Err(invalid(format!(
            "Invalid value: \"{param}\". The page token has expired (it was issued by another \
             emulator instance or before a restart)."
        ))),
    }
}

/// The creation filters of the `/v1` lists of created resources (rooms, live events):
/// `created_at_start_date` / `created_at_end_date` (Unix ms; start inclusive, end
/// exclusive) and `created_by_user_ids`.
#[derive(Debug, Default)]
pub(crate) struct CreatedFilter {
    start: Option<i64>,
    end: Option<i64>,
    by: Option<Vec<String>>,
}

impl CreatedFilter {
    /// Reads the filters from the query.
    pub(crate) fn parse(q: &Query) -> Result<Self, ApiError> {
        Ok(Self {
            start: q.int("created_at_start_date").map_err(to_v1)?,
            end: q.int("created_at_end_date").map_err(to_v1)?,
            by: q.list("created_by_user_ids").map_err(to_v1)?,
        })
    }

    /// Whether a resource created at `created_at` by `created_by` is listed.
    pub(crate) fn accepts(&self, created_at: i64, created_by: &str) -> bool {
        self.start.is_none_or(|s| created_at >= s)
            && self.end.is_none_or(|e| created_at < e)
            && self
                .by
                .as_ref()
                .is_none_or(|ids| ids.iter().any(|id| id == created_by))
    }
}

/// The page of `items` the query selects, newest (largest key) first, answered as
/// `{field: [render(item), ...], "next": token, "prev": token}`.
pub(crate) fn newest_first<T>(
    pages: &PageTokens,
    items: Vec<T>,
    key: impl Fn(&T) -> Key,
    query: &Query,
    field: &str,
    render: impl Fn(&T) -> Value,
) -> Answer {
    let page = page(pages, items, key, Order::Desc, query)?;
    let rendered: Vec<Value> = page.items.iter().map(render).collect();
    Ok(json!({ field: rendered, "next": page.next, "prev": page.prev }))
}

/// Sorts `items` in `order` and returns the page the query's `limit`, `next` and `prev`
/// select. Sending both `next` and `prev` answers 400100.
pub(crate) fn page<T>(
    pages: &PageTokens,
    mut items: Vec<T>,
    key: impl Fn(&T) -> Key,
    order: Order,
    query: &Query,
) -> Result<Page<T>, ApiError> {
    let limit = limit(query)?;
    let next = query.str("next").map_err(to_v1)?;
    let prev = query.str("prev").map_err(to_v1)?;
    items.sort_by(|a, b| order.cmp(key(a), key(b)));
    let total = items.len();
    let (start, end) = match (next, prev) {
        (Some(_), Some(_)) => return Err(invalid("\"next\" and \"prev\" can't be used together.")),
        (Some(token), None) => {
            let anchor = decode(pages, &token, Direction::Next)?;
            let start =
                items.partition_point(|item| order.cmp(key(item), anchor) != Ordering::Greater);
            (start, start.saturating_add(limit).min(total))
        }
        (None, Some(token)) => {
            let anchor = decode(pages, &token, Direction::Prev)?;
            let end = items.partition_point(|item| order.cmp(key(item), anchor) == Ordering::Less);
            (end.saturating_sub(limit), end)
        }
        (None, None) => (0, limit.min(total)),
    };
    let next = match end.checked_sub(1).and_then(|i| items.get(i)) {
        Some(last) if end < total && end > start => encode(pages, Direction::Next, key(last)),
        _ => String::new(),
    };
    let prev = match items.get(start) {
        Some(first) if start > 0 && end > start => encode(pages, Direction::Prev, key(first)),
        _ => String::new(),
    };
    let items: Vec<T> = items.into_iter().skip(start).take(end - start).collect();
    Ok(Page { items, next, prev })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const PAGES: PageTokens = PageTokens::with_instance(1);

    fn q(raw: &str) -> Query {
        Query::parse(Some(raw))
    }

    #[test]
    fn tokens_round_trip_and_reject_garbage() {
        let key = (-5, 42);
        assert_eq!(
            decode(
                &PAGES,
                &encode(&PAGES, Direction::Next, key),
                Direction::Next
            )
            .unwrap(),
            key
        );
        let prev = encode(&PAGES, Direction::Prev, key);
        assert_eq!(
            decode(&PAGES, &prev, Direction::Next).unwrap_err().code,
            400100
        );
        for bad in ["", "n", "nzz", &format!("n{}", "0".repeat(36)), "ü"] {
            assert_eq!(
                decode(&PAGES, bad, Direction::Next).unwrap_err().code,
                400100
            );
        }
        let foreign = encode(&PageTokens::with_instance(2), Direction::Next, key);
        let error = decode(&PAGES, &foreign, Direction::Next).unwrap_err();
        assert_eq!(error.code, 400100);
        assert!(error.message.contains("expired"), "{}", error.message);
    }

    #[test]
    fn walks_forward_and_back() {
        let items: Vec<u64> = (1..=25).collect();
        let key = |x: &u64| (0, *x);
        let mut seen = Vec::new();
        let mut pages = Vec::new();
        let mut raw = "limit=7".to_owned();
        loop {
            let page = page(&PAGES, items.clone(), key, Order::Desc, &q(&raw)).unwrap();
            seen.extend(page.items.iter().copied());
            pages.push(page.prev.clone());
            if page.next.is_empty() {
                // Walk back from the last page.
                let mut back = Vec::new();
                let mut prev = page.prev.clone();
                while !prev.is_empty() {
                    let p = super::page(
                        &PAGES,
                        items.clone(),
                        key,
                        Order::Desc,
                        &q(&format!("limit=7&prev={prev}")),
                    )
                    .unwrap();
                    back.splice(0..0, p.items.iter().copied());
                    prev = p.prev;
                }
                back.extend(page.items);
                let mut want: Vec<u64> = items.clone();
                want.reverse();
                assert_eq!(back, want);
                break;
            }
            raw = format!("limit=7&next={}", page.next);
        }
        let mut want = items.clone();
        want.reverse();
        assert_eq!(seen, want);
        assert_eq!(pages[0], "");
    }

    #[test]
    fn limit_and_both_tokens() {
        for bad in ["limit=0", "limit=101", "limit=x"] {
            assert_eq!(limit(&q(bad)).unwrap_err().code, 400100);
        }
        let token = encode(&PAGES, Direction::Next, (0, 1));
        let err = page(
            &PAGES,
            vec![1u64],
            |x| (0, *x),
            Order::Asc,
            &q(&format!("next={token}&prev={token}")),
        )
        .unwrap_err();
        assert_eq!(err.code, 400100);
    }
}
