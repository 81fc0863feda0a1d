//! Token pagination: `limit` (1–100, default 10) and `token` in, `next` out.
//!
//! Tokens are opaque to clients. Inside, a token carries the position after the last item
//! returned and that item's sequence number, plus a checksum; a token that does not
//! decode answers 400109. When items were inserted or removed between pages, the
//! sequence number re-anchors the position so pages neither repeat nor skip items.

use crate::http::errors::ApiError;
use crate::http::query::Query;

/// The default page size of token-paged lists.
pub(crate) const DEFAULT_LIMIT: i64 = 10;
/// The largest accepted page size of token-paged lists.
pub(crate) const MAX_LIMIT: i64 = 100;

const SALT: u64 = 0x5eed_b12d_0000_0001;

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
    /// Encodes the cursor as an opaque token.
    pub(crate) fn encode(self) -> String {
        let check = checksum(self.offset, self.last_seq);
        format!(
            "{:016x}{:016x}{:04x}",
            self.offset ^ SALT,
            self.last_seq ^ SALT.rotate_left(17),
            check
        )
    }

    /// Decodes a token; anything malformed answers 400109.
    pub(crate) fn decode(token: &str) -> Result<Self, ApiError> {
        let bad = ApiError::invalid_page_token;
        if token.len() != 36 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let part = |range: std::ops::Range<usize>| {
            token
                .get(range)
                .and_then(|s| u64::from_str_radix(s, 16).ok())
                .ok_or_else(bad)
        };
        let offset = part(0..16)? ^ SALT;
        let last_seq = part(16..32)? ^ SALT.rotate_left(17);
        let check = part(32..36)?;
        if check != checksum(offset, last_seq) {
            return Err(bad());
        }
        Ok(Self { offset, last_seq })
    }
}

/// FNV-1a over both numbers, folded to 16 bits, so any changed digit is noticed.
fn checksum(offset: u64, last_seq: u64) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in offset
        .to_le_bytes()
        .into_iter()
        .chain(last_seq.to_le_bytes())
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash ^ (hash >> 16) ^ (hash >> 32) ^ (hash >> 48)) & 0xffff
}

/// Returns one page of `items` (already filtered and sorted) and the `next` token
/// (`""` on the last page). `seq` gives each item's stable sequence number.
pub(crate) fn page<T>(
    items: Vec<T>,
    seq: impl Fn(&T) -> u64,
    query: &Query,
) -> Result<(Vec<T>, String), ApiError> {
    page_limited(items, seq, query, limit(query)?)
}

/// Like [`page`], with a page size the caller has already read and checked. For the
/// resume logic to survive removals, `seq` should increase along the list's order.
pub(crate) fn page_limited<T>(
    items: Vec<T>,
    seq: impl Fn(&T) -> u64,
    query: &Query,
    limit: usize,
) -> Result<(Vec<T>, String), ApiError> {
    let start = match query.str("token")? {
        None => 0,
        Some(token) => {
            let cursor = Cursor::decode(&token)?;
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
        .encode(),
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

    #[test]
    fn cursor_round_trips_and_rejects_garbage() {
        let cursor = Cursor {
            offset: 20,
            last_seq: 77,
        };
        assert_eq!(Cursor::decode(&cursor.encode()).unwrap(), cursor);
        for bad in ["", "abc", "zz", &"0".repeat(36), "ü"] {
            assert_eq!(Cursor::decode(bad).unwrap_err().code, 400109, "{bad:?}");
        }
        let mut tampered = cursor.encode().into_bytes();
        tampered[3] = if tampered[3] == b'0' { b'1' } else { b'0' };
        let tampered = String::from_utf8(tampered).unwrap();
        assert_eq!(Cursor::decode(&tampered).unwrap_err().code, 400109);
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
            let (page, next) = page(items.clone(), |x| *x, &q).unwrap();
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
        let (first, next) = page(items.clone(), |x| *x, &q).unwrap();
        assert_eq!(first, [1, 2, 3]);
        let remaining: Vec<u64> = items.into_iter().filter(|x| *x != 2).collect();
        let q = Query::parse(Some(&format!("limit=3&token={next}")));
        let (second, _) = page(remaining, |x| *x, &q).unwrap();
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
