//! Release versions: `MAJOR.MINOR.PATCH`, the bump keywords, and Cargo's compatibility classes.

use std::fmt;

/// A release version. Pre-release and build suffixes are not used by this project and are
/// refused when parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Version {
    pub(crate) major: u64,
    pub(crate) minor: u64,
    pub(crate) patch: u64,
}

impl Version {
    /// Parses `MAJOR.MINOR.PATCH` (no leading zeros, no suffix).
    pub(crate) fn parse(text: &str) -> Result<Self, String> {
        let invalid = |why: &str| format!("`{text}` is not a release version ({why})");
        if text.contains(['-', '+']) {
            return Err(invalid(
                "pre-release and build suffixes are not supported; use MAJOR.MINOR.PATCH",
            ));
        }
        let parts: Vec<&str> = text.split('.').collect();
        let [major, minor, patch] = parts.as_slice() else {
            return Err(invalid("expected MAJOR.MINOR.PATCH"));
        };
        let number = |part: &str| -> Result<u64, String> {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid("each part is a number"));
            }
            if part.len() > 1 && part.starts_with('0') {
                return Err(invalid("numbers have no leading zeros"));
            }
            part.parse().map_err(|_| invalid("number too large"))
        };
        Ok(Self {
            major: number(major)?,
            minor: number(minor)?,
            patch: number(patch)?,
        })
    }

    /// The version after a `bump` of this one.
    pub(crate) fn bumped(self, bump: Bump) -> Self {
        match bump {
            Bump::Patch => Self {
                patch: self.patch + 1,
                ..self
            },
            Bump::Minor => Self {
                minor: self.minor + 1,
                patch: 0,
                ..self
            },
            Bump::Major => Self {
                major: self.major + 1,
                minor: 0,
                patch: 0,
            },
        }
    }

    /// What a release from `self` to `next` may contain under Cargo's rules, where the
    /// left-most non-zero part is the "major" one: `0.1.0 → 0.2.0` may break the API,
    /// `0.1.0 → 0.1.1` may only add to it. This is the `--release-type` that
    /// `cargo semver-checks` is given.
    pub(crate) fn change_to(self, next: Version) -> Change {
        let breaking = if self.major > 0 {
            next.major != self.major
        } else if self.minor > 0 {
            next.major != 0 || next.minor != self.minor
        } else {
            true
        };
        let additive = if self.major > 0 {
            next.minor != self.minor
        } else {
            next.patch != self.patch
        };
        if breaking {
            Change::Major
        } else if additive {
            Change::Minor
        } else {
            Change::Patch
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// A bump keyword of the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bump {
    /// `patch`: `x.y.z → x.y.(z+1)`.
    Patch,
    /// `minor`: `x.y.z → x.(y+1).0`.
    Minor,
    /// `major`: `x.y.z → (x+1).0.0`.
    Major,
}

/// The compatibility class of a release under Cargo's semver rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    /// May break the public API.
    Major,
    /// May add to the public API, not break it.
    Minor,
    /// Neither breaks nor adds.
    Patch,
}

impl Change {
    /// The `cargo semver-checks --release-type` value.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Change::Major => "major",
            Change::Minor => "minor",
            Change::Patch => "patch",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        Version::parse(text).expect("valid version")
    }

    #[test]
    fn parses_and_prints_release_versions() {
        assert_eq!(
            v("0.1.10"),
            Version {
                major: 0,
                minor: 1,
                patch: 10
            }
        );
        assert_eq!(v("12.0.3").to_string(), "12.0.3");
        for bad in [
            "",
            "1",
            "1.2",
            "1.2.3.4",
            "1.2.x",
            "01.2.3",
            "1.2.3-rc.1",
            "1.2.3+b",
            "1..3",
        ] {
            assert!(Version::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn orders_numerically() {
        assert!(v("0.1.10") > v("0.1.9"));
        assert!(v("0.2.0") > v("0.1.99"));
        assert!(v("1.0.0") > v("0.99.99"));
        assert!(v("0.1.0") == v("0.1.0"));
    }

    #[test]
    fn bumps() {
        assert_eq!(v("0.1.0").bumped(Bump::Patch), v("0.1.1"));
        assert_eq!(v("0.1.7").bumped(Bump::Minor), v("0.2.0"));
        assert_eq!(v("0.9.7").bumped(Bump::Major), v("1.0.0"));
        assert_eq!(v("1.2.3").bumped(Bump::Minor), v("1.3.0"));
    }

    #[test]
    fn classifies_changes_like_cargo() {
        assert_eq!(v("0.1.0").change_to(v("0.1.1")), Change::Minor);
        assert_eq!(v("0.1.0").change_to(v("0.2.0")), Change::Major);
        assert_eq!(v("0.1.0").change_to(v("1.0.0")), Change::Major);
        assert_eq!(v("0.0.1").change_to(v("0.0.2")), Change::Major);
        assert_eq!(v("1.2.3").change_to(v("1.2.4")), Change::Patch);
        assert_eq!(v("1.2.3").change_to(v("1.3.0")), Change::Minor);
        assert_eq!(v("1.2.3").change_to(v("2.0.0")), Change::Major);
    }
}
