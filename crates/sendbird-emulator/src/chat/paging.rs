//! Token pagination: `limit` (1–100, default 10) and `token` in, `next` out.
//!
//! Tokens are opaque to clients. Inside, a token carries the position after the last item
//! returned and that item's sequence number, sealed for this emulator instance (see
//! [`crate::page_tokens`]); a token that does not decode, or that another instance issued,
//! answers 400109. When items were inserted or removed between pages, the sequence number
//! re-anchors the position so pages neither repeat nor skip items.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::http::errors::{Answer, ApiError};
use crate::http::query::Query;
use crate::page_tokens::{PageTokens, TokenError};

/// The default page size of token-paged lists.
pub(crate) const DEFAULT_LIMIT: i64 = 10;
/// The largest accepted page size of token-paged lists.
pub(crate) const MAX_LIMIT: i64 = 100;

/// The kind tag of Chat page tokens.
const KIND: u8 = b'c';

/// Reads `limit` (default 10, accepted 1–100; otherwise 400111).
pub(crate) fn limit(query: &Query) -> Result<usize, ApiError> {
    let value = query.int("limit")?.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&value) {
        return Err(ApiError::invalid_value("limit"));
    }
    usize::try_from(value).map_err(|_| ApiError::invalid_value("limit"))
}

/// A decoded page position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cursor {
    offset: u64,
    last_seq: u64,
}

impl Cursor {
    /// Encodes the cursor as an opaque token of this instance.
    pub(crate) fn encode(self, pages: &PageTokens) -> String {
        pages.seal(KIND, [self.offset, self.last_seq])
    }

    /// Decodes a token; anything malformed answers 400109 (invalid), a token of another
    /// instance 400109 (expired).
    pub(crate) fn decode(pages: &PageTokens, token: &str) -> Result<Self, ApiError> {
        match pages.open(KIND, token) {
            Ok([offset, last_seq]) => Ok(Self { offset, last_seq }),
            Err(TokenError::Malformed) => Err(ApiError::invalid_page_token()),
            Err(TokenError::Foreign) => Err(ApiError::expired_page_token()),
        }
    }
}

/// Returns one page of `items` (already filtered and sorted) and the `next` token
/// (`""` on the last page). `seq` gives each item's stable sequence number.
pub(crate) fn page<T>(
    pages: &PageTokens,
    items: Vec<T>,
    seq: impl Fn(&T) -> u64,
    query: &Query,
) -> Result<(Vec<T>, String), ApiError> {
    page_limited(pages, items, seq, query, limit(query)?)
}

/// One page of `items` (as [`page`]) answered as `{field: [render(item), ...], "next": token}`.
pub(crate) fn listing<T>(
    pages: &PageTokens,
    items: Vec<T>,
    seq: impl Fn(&T) -> u64,
    query: &Query,
    field: &str,
    render: impl Fn(&T) -> Value,
) -> Answer {
    let (page, next) = page(pages, items, seq, query)?;
    let rendered: Vec<Value> = page.iter().map(render).collect();
    Ok(json!({ field: rendered, "next": next }))
}

/// [`listing`] of the records of a keyed map in creation order: `seq` gives each record's
/// sequence number and `render` sees its key.
pub(crate) fn listing_in_seq_order<K, V>(
    pages: &PageTokens,
    records: &BTreeMap<K, V>,
    seq: impl Fn(&V) -> u64,
    query: &Query,
    field: &str,
    render: impl Fn(&K, &V) -> Value,
) -> Answer {
    let mut entries: Vec<(&K, &V)> = records.iter().collect();
    entries.sort_by_key(|(_, record)| seq(record));
    listing(
        pages,
        entries,
        |(_, record)| seq(record),
        query,
        field,
        |(key, record)| render(key, record),
    )
}

/// Like [`page`], with a page size the caller has already read and checked. For the
/// resume logic to survive removals, `seq` should increase along the list's order.
pub(crate) fn page_limited<T>(
    pages: &PageTokens,
    items: Vec<T>,
    seq: impl Fn(&T) -> u64,
    query: &Query,
    limit: usize,
) -> Result<(Vec<T>, String), ApiError> {
    let start = match query.str("token")? {
        None => 0,
        Some(token) => {
            let cursor = Cursor::decode(pages, &token)?;
            resume_position(&items, &seq, cursor)
        }
    };
    let total = items.len();
    let page: Vec<T> = items.into_iter().skip(start).take(limit).collect();
    let end = start + page.len();
    let next = match page.last() {
        Some(last) if end < total => Cursor {
            offset: end as u64,
            last_seq: seq(last),
        }
        .encode(pages),
        _ => String::new(),
    };
    Ok((page, next))
}

fn resume_position<T>(items: &[T], seq: &impl Fn(&T) -> u64, cursor: Cursor) -> usize {
    let offset = usize::try_from(cursor.offset).unwrap_or(usize::MAX);
    let previous = offset.checked_sub(1).and_then(|i| items.get(i));
    if previous.is_some_and(|item| seq(item) == cursor.last_seq) {
        return offset;
    }
    if let Some(pos) = items.iter().position(|item| seq(item) == cursor.last_seq) {
        return pos + 1;
    }
    // The anchor item is gone: continue after the last item that sorted before it,
    // which for sequence-ordered lists is the first item with a larger sequence.
    items
        .iter()
        .position(|item| seq(item) > cursor.last_seq)
        .unwrap_or(items.len())
        .min(offset)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const PAGES: PageTokens = PageTokens::with_instance(1);

    #[test]
    fn cursor_round_trips_and_rejects_garbage() {
        let cursor = Cursor {
            offset: 20,
            last_seq: 77,
        };
        assert_eq!(
            Cursor::decode(&PAGES, &cursor.encode(&PAGES)).unwrap(),
            cursor
        );
        for bad in ["", "abc", "zz", &"0".repeat(36), "ü"] {
            assert_eq!(
                Cursor::decode(&PAGES, bad).unwrap_err().code,
                400109,
                "{bad:?}"
            );
        }
        let mut tampered = cursor.encode(&PAGES).into_bytes();
        tampered[3] = if tampered[3] == b'0' { b'1' } else { b'0' };
        let tampered = String::from_utf8(tampered).unwrap();
        assert_eq!(Cursor::decode(&PAGES, &tampered).unwrap_err().code, 400109);
    }

    #[test]
    fn tokens_of_another_instance_have_expired() {
        let token = Cursor {
            offset: 3,
            last_seq: 3,
        }
        .encode(&PageTokens::with_instance(2));
        let error = Cursor::decode(&PAGES, &token).unwrap_err();
        assert_eq!(error.code, 400109);
        assert!(error.message.contains("expired"), "{}", error.message);
    }

    #[test]
    fn pages_cover_everything_once() {
        let items: Vec<u64> = (1..=25).collect();
        let mut seen = Vec::new();
        let mut token = String::new();
        loop {
            let raw = if token.is_empty() {
                "limit=7".to_owned()
            } else {
                format!("limit=7&token={token}")
            };
            let q = Query::parse(Some(&raw));
            let (page, next) = page(&PAGES, items.clone(), |x| *x, &q).unwrap();
            seen.extend(page);
            if next.is_empty() {
                break;
            }
            token = next;
        }
        assert_eq!(seen, items);
    }

    #[test]
    fn deletion_between_pages_does_not_skip() {
        let items: Vec<u64> = (1..=10).collect();
        let q = Query::parse(Some("limit=3"));
        let (first, next) = page(&PAGES, items.clone(), |x| *x, &q).unwrap();
        assert_eq!(first, [1, 2, 3]);
        let remaining: Vec<u64> = items.into_iter().filter(|x| *x != 2).collect();
        let q = Query::parse(Some(&format!("limit=3&token={next}")));
        let (second, _) = page(&PAGES, remaining, |x| *x, &q).unwrap();
        assert_eq!(second, [4, 5, 6]);
    }

    #[test]
    fn limit_bounds() {
        for bad in ["limit=0", "limit=101", "limit=-1"] {
            assert_eq!(limit(&Query::parse(Some(bad))).unwrap_err().code, 400111);
        }
        assert_eq!(
            limit(&Query::parse(Some("limit=abc"))).unwrap_err().code,
            400101
        );
        assert_eq!(limit(&Query::parse(None)).unwrap(), 10);
    }
}
