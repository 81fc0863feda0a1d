//! The wire value [`string_enum!`](crate::string_enum) derives from a variant's name when the
//! declaration gives none: `MentionOnly` is sent as `mention_only`.
//!
//! Computed at compile time, so the derived value costs the same as a written literal.

/// Longest derived wire value, in bytes. A longer variant name fails to compile (the
/// constant's evaluation indexes past the buffer).
const CAPACITY: usize = 64;

/// A variant name converted to `snake_case`, built in a `const`.
#[derive(Debug)]
pub struct WireName {
    bytes: [u8; CAPACITY],
    len: usize,
}

impl WireName {
    /// `snake_case` of an `UpperCamelCase` identifier: an underscore before each upper-case
    /// letter but the first, everything lower case (`ApnsVoip` → `apns_voip`).
    pub const fn snake_case(ident: &str) -> Self {
        let source = ident.as_bytes();
        let mut bytes = [0u8; CAPACITY];
        let mut len = 0;
        let mut index = 0;
        while index < source.len() {
            let byte = source[index];
            if byte.is_ascii_uppercase() && index > 0 {
                bytes[len] = b'_';
                len += 1;
            }
            bytes[len] = byte.to_ascii_lowercase();
            len += 1;
            index += 1;
        }
        Self { bytes, len }
    }

    /// The converted name.
    pub const fn as_str(&self) -> &str {
        match core::str::from_utf8(self.bytes.split_at(self.len).0) {
            Ok(name) => name,
            // Unreachable: only ASCII bytes are inserted or changed, the rest is copied from a
            // `&str` whole.
            Err(_) => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::WireName;

    #[test]
    fn converts_upper_camel_case_to_snake_case() {
        for (ident, wire) in [
            ("Open", "open"),
            ("MentionOnly", "mention_only"),
            ("ApnsVoip", "apns_voip"),
            ("HiddenAllowAutoUnhide", "hidden_allow_auto_unhide"),
            ("Level2", "level2"),
        ] {
            assert_eq!(WireName::snake_case(ident).as_str(), wire, "{ident}");
        }
    }
}
