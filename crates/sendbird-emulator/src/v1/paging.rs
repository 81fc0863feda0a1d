//! Calls / Live paging: `limit` (1–100, default 10) and `next` / `prev` tokens in, `next`
//! and `prev` out (`""` when there is nothing more in that direction).
//!
//! A token names the item it was cut at (its sort key) and the direction, so items created
//! or deleted between requests neither repeat nor get skipped. Tokens are opaque hex with
//! a checksum; anything that does not decode, or a `next` token sent as `prev`, answers
//! 400100.

use std::cmp::Ordering;

use super::errors::{invalid, invalid_param, to_v1};
use crate::http::errors::ApiError;
use crate::http::query::Query;

/// Default page size.
pub(crate) const DEFAULT_LIMIT: i64 = 10;
/// Largest page size.
pub(crate) const MAX_LIMIT: i64 = 100;

const SALT_PRIMARY: u64 = 0x0ca1_15ee_d5a1_7001;
const SALT_SEQ: u64 = 0x11fe_0b5e_55ed_7002;

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
    fn tag(self) -> char {
        match self {
            Self::Next => 'n',
            Self::Prev => 'p',
        }
    }

    fn param(self) -> &'static str {
        match self {
            Self::Next => "next",
            Self::Prev => "prev",
        }
    }
}

fn checksum(tag: char, key: Key) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let tag_byte = u8::try_from(u32::from(tag)).unwrap_or(0);
    for byte in std::iter::once(tag_byte)
        .chain(key.0.to_le_bytes())
        .chain(key.1.to_le_bytes())
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash ^ (hash >> 16) ^ (hash >> 32) ^ (hash >> 48)) & 0xffff
}

fn encode(direction: Direction, key: Key) -> String {
    let tag = direction.tag();
    format!(
        "{tag}{:016x}{:016x}{:04x}",
        (key.0 as u64) ^ SALT_PRIMARY,
        key.1 ^ SALT_SEQ,
        checksum(tag, key)
    )
}

fn decode(token: &str, direction: Direction) -> Result<Key, ApiError> {
    let bad = || {
        invalid(format!(
            "Invalid value: \"{}\". The page token is invalid.",
            direction.param()
        ))
    };
    let tag = direction.tag();
    let rest = token.strip_prefix(tag).ok_or_else(bad)?;
    if rest.len() != 36 || !rest.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad());
    }
    let part = |range: std::ops::Range<usize>| {
        rest.get(range)
            .and_then(|s| u64::from_str_radix(s, 16).ok())
            .ok_or_else(bad)
    };
    let primary = (part(0..16)? ^ SALT_PRIMARY) as i64;
    let seq = part(16..32)? ^ SALT_SEQ;
    let key = (primary, seq);
    if part(32..36)? != checksum(tag, key) {
        return Err(bad());
    }
    Ok(key)
}

/// Sorts `items` in `order` and returns the page the query's `limit`, `next` and `prev`
/// select. Sending both `next` and `prev` answers 400100.
pub(crate) fn page<T>(
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
            let anchor = decode(&token, Direction::Next)?;
            let start =
                items.partition_point(|item| order.cmp(key(item), anchor) != Ordering::Greater);
            (start, start.saturating_add(limit).min(total))
        }
        (None, Some(token)) => {
            let anchor = decode(&token, Direction::Prev)?;
            let end = items.partition_point(|item| order.cmp(key(item), anchor) == Ordering::Less);
            (end.saturating_sub(limit), end)
        }
        (None, None) => (0, limit.min(total)),
    };
    let next = match end.checked_sub(1).and_then(|i| items.get(i)) {
        Some(last) if end < total && end > start => encode(Direction::Next, key(last)),
        _ => String::new(),
    };
    let prev = match items.get(start) {
        Some(first) if start > 0 && end > start => encode(Direction::Prev, key(first)),
        _ => String::new(),
    };
    let items: Vec<T> = items.into_iter().skip(start).take(end - start).collect();
    Ok(Page { items, next, prev })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn q(raw: &str) -> Query {
        Query::parse(Some(raw))
    }

    #[test]
    fn tokens_round_trip_and_reject_garbage() {
        let key = (-5, 42);
        assert_eq!(
            decode(&encode(Direction::Next, key), Direction::Next).unwrap(),
            key
        );
        let prev = encode(Direction::Prev, key);
        assert_eq!(decode(&prev, Direction::Next).unwrap_err().code, 400100);
        for bad in ["", "n", "nzz", &format!("n{}", "0".repeat(36)), "ü"] {
            assert_eq!(decode(bad, Direction::Next).unwrap_err().code, 400100);
        }
    }

    #[test]
    fn walks_forward_and_back() {
        let items: Vec<u64> = (1..=25).collect();
        let key = |x: &u64| (0, *x);
        let mut seen = Vec::new();
        let mut pages = Vec::new();
        let mut raw = "limit=7".to_owned();
        loop {
            let page = page(items.clone(), key, Order::Desc, &q(&raw)).unwrap();
            seen.extend(page.items.iter().copied());
            pages.push(page.prev.clone());
            if page.next.is_empty() {
                // Walk back from the last page.
                let mut back = Vec::new();
                let mut prev = page.prev.clone();
                while !prev.is_empty() {
                    let p = super::page(
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
        let token = encode(Direction::Next, (0, 1));
        let err = page(
            vec![1u64],
            |x| (0, *x),
            Order::Asc,
            &q(&format!("next={token}&prev={token}")),
        )
        .unwrap_err();
        assert_eq!(err.code, 400100);
    }
}
