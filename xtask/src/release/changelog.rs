//! `CHANGELOG.md` (Keep a Changelog): the checks CI and a release make, and the roll of
//! `## [Unreleased]` into a dated version section.

use std::path::{Path, PathBuf};

use super::version::Version;

/// The title of the section that collects the next release's changes.
const UNRELEASED: &str = "[Unreleased]";

/// A level-2 heading (`## TITLE`) outside code fences.
#[derive(Debug, PartialEq, Eq)]
struct Heading<'a> {
    /// The index of its line.
    line: usize,
    /// The text after `## `.
    title: &'a str,
}

/// The level-2 headings of `text`, in order.
fn headings<'a>(lines: &[&'a str]) -> Vec<Heading<'a>> {
    let mut in_fence = false;
    let mut found = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim_end();
        if trimmed.starts_with("```") {
            in_fence = !in_fence;
        } else if !in_fence {
            if let Some(title) = trimmed.strip_prefix("## ") {
                found.push(Heading {
                    line: index,
                    title: title.trim(),
                });
            }
        }
    }
    found
}

/// Whether `text` is `YYYY-MM-DD`.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// Checks the shape a release relies on: `## [Unreleased]` is the first section and every
/// other section is `## [MAJOR.MINOR.PATCH] - YYYY-MM-DD`, each version once.
pub(crate) fn check(text: &str) -> Result<(), String> {
    let lines: Vec<&str> = text.lines().collect();
    let headings = headings(&lines);
    let Some(first) = headings.first() else {
        return Err(format!("no `## {UNRELEASED}` section"));
    };
    if first.title != UNRELEASED {
        return Err(format!(
            "the first section is `## {}` (line {}); `## {UNRELEASED}` must come first",
            first.title,
            first.line + 1
        ));
    }
    let mut versions = Vec::new();
    for heading in &headings[1..] {
        let bad = || {
            format!(
                "line {}: `## {}` is not `## [MAJOR.MINOR.PATCH] - YYYY-MM-DD`",
                heading.line + 1,
                heading.title
            )
        };
        let (version, date) = heading
            .title
            .strip_prefix('[')
            .and_then(|rest| rest.split_once("] - "))
            .ok_or_else(bad)?;
        let version = Version::parse(version).map_err(|_| bad())?;
        if !is_date(date) {
            return Err(bad());
        }
        if versions.contains(&version) {
            return Err(format!(
                "line {}: a second `## [{version}]` section",
                heading.line + 1
            ));
        }
        versions.push(version);
    }
    Ok(())
}

/// The entries of `## [Unreleased]`: its lines that are neither blank nor headings.
pub(crate) fn unreleased_entries(text: &str) -> Result<Vec<&str>, String> {
    check(text)?;
    let lines: Vec<&str> = text.lines().collect();
    let headings = headings(&lines);
    let start = headings[0].line + 1;
    let end = headings.get(1).map_or(lines.len(), |next| next.line);
    Ok(lines[start..end]
        .iter()
        .copied()
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .collect())
}

/// Whether the changelog already has a section for `version`.
fn has_section(text: &str, version: Version) -> bool {
    let prefix = format!("[{version}]");
    let lines: Vec<&str> = text.lines().collect();
    let found = headings(&lines)
        .iter()
        .any(|heading| heading.title.starts_with(&prefix));
    found
}

/// Turns `## [Unreleased]` into `## [VERSION] - DATE` under a fresh, empty
/// `## [Unreleased]`. Refuses an empty `[Unreleased]` and a version that has a section.
pub(crate) fn roll(text: &str, version: Version, date: &str) -> Result<String, String> {
    if unreleased_entries(text)?.is_empty() {
        return Err(format!(
            "`## {UNRELEASED}` is empty: record what this release changes first"
        ));
    }
    if has_section(text, version) {
        return Err(format!("a `## [{version}]` section exists already"));
    }
    if !is_date(date) {
        return Err(format!("`{date}` is not YYYY-MM-DD"));
    }
    let mut rolled = String::with_capacity(text.len() + 32);
    let mut done = false;
    let mut in_fence = false;
    for line in text.split_inclusive('\n') {
        rolled.push_str(line);
        let trimmed = line.trim_end();
        if trimmed.starts_with("```") {
            in_fence = !in_fence;
        }
        if !done && !in_fence && trimmed.strip_prefix("## ").map(str::trim) == Some(UNRELEASED) {
            if !line.ends_with('\n') {
                rolled.push('\n');
            }
            rolled.push_str(&format!("\n## [{version}] - {date}\n"));
            done = true;
        }
    }
    Ok(rolled)
}

/// `cargo xtask changelog [FILE]`: checks the changelog (default: the repository's).
pub(crate) fn run_check(args: &[String]) -> Result<(), String> {
    let path = match args {
        [] => Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap_or(Path::new(".."))
            .join("CHANGELOG.md"),
        [file] => PathBuf::from(file),
        _ => return Err("usage: cargo xtask changelog [FILE]".into()),
    };
    let text = read(&path)?;
    let entries = unreleased_entries(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let note = if entries.is_empty() {
        " (`## [Unreleased]` is empty)"
    } else {
        ""
    };
    println!("{}: ok{note}", path.display());
    Ok(())
}

/// Reads a changelog, saying which file is missing.
pub(crate) fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n- New thing.\n\n### Fixed\n- A bug.\n\n## [0.1.0] - 2025-01-31\n\n### Added\n- First.\n";

    fn v(text: &str) -> Version {
        Version::parse(text).expect("version")
    }

    #[test]
    fn accepts_a_well_formed_changelog() {
        assert_eq!(check(SAMPLE), Ok(()));
        assert_eq!(
            unreleased_entries(SAMPLE),
            Ok(vec!["- New thing.", "- A bug."])
        );
    }

    #[test]
    fn refuses_unreleased_not_first_and_malformed_sections() {
        let released_first = "# Changelog\n\n## [0.1.0] - 2025-01-31\n\n## [Unreleased]\n";
        let message = check(released_first).expect_err("not first");
        assert!(message.contains("must come first"), "{message}");
        assert!(check("# Changelog\n\nNothing.\n").is_err());
        assert!(check("## [Unreleased]\n\n## 0.1.0\n").is_err());
        assert!(check("## [Unreleased]\n\n## [0.1.0] - 31.01.2025\n").is_err());
        assert!(
            check("## [Unreleased]\n\n## [0.1.0] - 2025-01-31\n## [0.1.0] - 2025-02-01\n").is_err()
        );
    }

    #[test]
    fn headings_inside_code_fences_are_not_sections() {
        let text = "## [Unreleased]\n\n- Example:\n```md\n## [0.9.0] - whatever\n```\n";
        assert_eq!(check(text), Ok(()));
        let rolled = roll(text, v("0.9.0"), "2025-03-04").expect("rolled");
        assert!(rolled.starts_with("## [Unreleased]\n\n## [0.9.0] - 2025-03-04\n"));
        assert!(rolled.ends_with("```md\n## [0.9.0] - whatever\n```\n"));
    }

    #[test]
    fn rolls_unreleased_into_a_dated_section() {
        let rolled = roll(SAMPLE, v("0.1.1"), "2025-03-04").expect("rolled");
        assert_eq!(
            rolled,
            "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.1.1] - 2025-03-04\n\n### Added\n- New thing.\n\n### Fixed\n- A bug.\n\n## [0.1.0] - 2025-01-31\n\n### Added\n- First.\n"
        );
        assert_eq!(check(&rolled), Ok(()));
        assert_eq!(unreleased_entries(&rolled), Ok(vec![]));
    }

    #[test]
    fn refuses_to_roll_an_empty_unreleased_or_an_existing_version() {
        let empty =
            "# Changelog\n\n## [Unreleased]\n\n### Added\n\n## [0.1.0] - 2025-01-31\n- First.\n";
        let message = roll(empty, v("0.1.1"), "2025-03-04").expect_err("empty");
        assert!(message.contains("is empty"), "{message}");
        let message = roll(SAMPLE, v("0.1.0"), "2025-03-04").expect_err("exists");
        assert!(message.contains("exists already"), "{message}");
        assert!(roll(SAMPLE, v("0.1.1"), "March 4th").is_err());
    }
}
