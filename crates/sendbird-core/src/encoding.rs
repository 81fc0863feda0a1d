//! Percent-encoding of path segments, query pairs and list elements.
//!
//! One module below both the body model (multipart list fields) and the layers (URLs), so
//! neither imports the other.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::request::{Query, QueryValue};

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded,
/// including `/ % ? # +`, spaces and non-ASCII.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Appends `raw` percent-encoded as one URL component (everything but unreserved characters).
pub fn push_encoded(out: &mut String, raw: &str) {
    for chunk in utf8_percent_encode(raw, COMPONENT) {
        out.push_str(chunk);
    }
}

/// Percent-encodes one path segment: every byte but RFC 3986's unreserved characters, so
/// `a/b` stays one segment. (`.`, `..` and empty segments are refused before a request is
/// built; see [`BuildError::DotPathParam`](crate::BuildError::DotPathParam).)
///
/// ```
/// use sendbird_core::encoding::encode_path_segment;
///
/// assert_eq!(encode_path_segment("user@example.com"), "user%40example.com");
/// assert_eq!(encode_path_segment("a/b"), "a%2Fb");
/// ```
pub fn encode_path_segment(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    push_encoded(&mut out, raw);
    out
}

/// Percent-encodes one element of a comma-joined list (everything but unreserved characters,
/// so a `,` inside an element becomes `%2C`).
pub fn encode_list_element(raw: &str) -> String {
    encode_path_segment(raw)
}

/// Encodes query pairs: `key=value`, lists comma-joined with each element encoded.
///
/// ```
/// use sendbird_core::{encoding::encode_query, Query};
///
/// let mut query = Query::new();
/// query.push_list("user_ids", ["a,b", "c d"]);
/// query.push("limit", "10");
/// assert_eq!(encode_query(&query), "user_ids=a%2Cb,c%20d&limit=10");
/// ```
pub fn encode_query(query: &Query) -> String {
    let mut out = String::new();
    push_query(&mut out, query);
    out
}

/// Appends the encoded query pairs to `out` (no leading `?`).
pub fn push_query(out: &mut String, query: &Query) {
    for (i, (key, value)) in query.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        push_encoded(out, key);
        out.push('=');
        match value {
            QueryValue::One(value) => push_encoded(out, value),
            QueryValue::List(values) => {
                for (i, value) in values.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    push_encoded(out, value);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_segments_are_one_segment_each() {
        for (raw, encoded) in [
            ("user@example.com", "user%40example.com"),
            ("a/b", "a%2Fb"),
            ("50%", "50%25"),
            ("?#", "%3F%23"),
            ("a b", "a%20b"),
            ("a+b", "a%2Bb"),
            ("ü 漢", "%C3%BC%20%E6%BC%A2"),
            ("-._~", "-._~"),
            ("...", "..."),
        ] {
            assert_eq!(encode_path_segment(raw), encoded, "{raw}");
        }
    }

    #[test]
    fn list_elements_keep_commas_inside() {
        assert_eq!(encode_list_element("a,b"), "a%2Cb");
    }
}
