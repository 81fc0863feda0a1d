//! Opaque page tokens bound to one running emulator.
//!
//! A token carries a kind tag, the emulator's instance id, two numbers (a page position)
//! and a checksum over all of them. A token that does not decode, or whose checksum does
//! not match, is *malformed*; a well-formed token from another instance (another emulator,
//! or this one before a restart) is *foreign*. Chat answers both with 400109 and Calls and
//! Live with 400100, each with its own message, rather than resuming at a position that
//! means nothing here (which used to end listings early).

/// Why a token was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub(crate) enum TokenError {
    /// Not a token of this kind.
    #[error("the page token is malformed")]
    Malformed,
    /// A token from another emulator instance, or from before a restart.
    #[error("the page token comes from another emulator instance")]
    Foreign,
}

const SALT_FIRST: u64 = 0x5eed_b12d_0ca1_1501;
const SALT_SECOND: u64 = 0x11fe_0b5e_55ed_7002;
/// kind (1) + instance (8) + two numbers (16 each) + checksum (8).
const TOKEN_LEN: usize = 49;

/// Seals and opens the page tokens of one emulator instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PageTokens {
    instance: u32,
}

impl PageTokens {
    /// Tokens for a new instance, with a random id.
    pub(crate) fn random() -> Self {
        Self {
            instance: fastrand::u32(..),
        }
    }

    /// Tokens for the instance `instance` (tests).
    #[cfg(test)]
    pub(crate) const fn with_instance(instance: u32) -> Self {
        Self { instance }
    }

    /// A token of `kind` (an ASCII letter) carrying `numbers`.
    pub(crate) fn seal(&self, kind: u8, numbers: [u64; 2]) -> String {
        let mask = mask(self.instance);
        format!(
            "{}{:08x}{:016x}{:016x}{:08x}",
            char::from(kind),
            self.instance,
            numbers[0] ^ SALT_FIRST ^ mask,
            numbers[1] ^ SALT_SECOND ^ mask.rotate_left(29),
            checksum(kind, self.instance, numbers)
        )
    }

    /// The numbers of a token of `kind` sealed by this instance.
    pub(crate) fn open(&self, kind: u8, token: &str) -> Result<[u64; 2], TokenError> {
        let malformed = TokenError::Malformed;
        if token.len() != TOKEN_LEN || token.as_bytes().first() != Some(&kind) {
            return Err(malformed);
        }
        let hex = token.get(1..).ok_or(malformed)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(malformed);
        }
        let field = |range: std::ops::Range<usize>| {
            hex.get(range)
                .and_then(|s| u64::from_str_radix(s, 16).ok())
                .ok_or(malformed)
        };
        let instance = u32::try_from(field(0..8)?).map_err(|_| malformed)?;
        let mask = mask(instance);
        let numbers = [
            field(8..24)? ^ SALT_FIRST ^ mask,
            field(24..40)? ^ SALT_SECOND ^ mask.rotate_left(29),
        ];
        if field(40..48)? != checksum(kind, instance, numbers) {
            return Err(malformed);
        }
        if instance != self.instance {
            return Err(TokenError::Foreign);
        }
        Ok(numbers)
    }
}

/// Spreads the instance id over 64 bits (so tokens of different instances differ
/// throughout).
fn mask(instance: u32) -> u64 {
    u64::from(instance).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// FNV-1a over everything a token carries, folded to 32 bits.
fn checksum(kind: u8, instance: u32, numbers: [u64; 2]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = std::iter::once(kind)
        .chain(instance.to_le_bytes())
        .chain(numbers[0].to_le_bytes())
        .chain(numbers[1].to_le_bytes());
    for byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash ^ (hash >> 32)) & 0xffff_ffff
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let here = PageTokens::with_instance(7);
        let token = here.seal(b'c', [20, u64::MAX]);
        assert_eq!(here.open(b'c', &token), Ok([20, u64::MAX]));
        assert_eq!(here.open(b'n', &token), Err(TokenError::Malformed));
        let elsewhere = PageTokens::with_instance(8);
        assert_eq!(elsewhere.open(b'c', &token), Err(TokenError::Foreign));
        for (i, _) in token.char_indices().skip(1) {
            let mut tampered = token.clone().into_bytes();
            tampered[i] = if tampered[i] == b'0' { b'1' } else { b'0' };
            let tampered = String::from_utf8(tampered).unwrap();
            assert_eq!(
                here.open(b'c', &tampered),
                Err(TokenError::Malformed),
                "{i}"
            );
        }
        for bad in ["", "c", "czz", "ü", &format!("c{}", "0".repeat(48))] {
            assert_eq!(here.open(b'c', bad), Err(TokenError::Malformed), "{bad:?}");
        }
    }
}
