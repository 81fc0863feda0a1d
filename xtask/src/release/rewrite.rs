//! Applies a release to a tree: every version in every `Cargo.toml`, `Cargo.lock`, and the
//! changelog; then checks that no version was left behind and that the lockfile matches.

use std::path::{Path, PathBuf};

use super::cmd;
use super::manifest;
use super::version::Version;
use super::workspace::Workspace;

/// A file the release rewrites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Changed {
    /// Relative to the workspace root, with `/` separators.
    pub(crate) path: String,
    /// What changed in it.
    pub(crate) what: String,
}

/// Rewrites the tree at `dir` (a copy of `workspace`) for `version`, with `changelog` as the
/// new `CHANGELOG.md`; returns the files it changed.
pub(crate) fn apply(
    dir: &Path,
    workspace: &Workspace,
    version: Version,
    changelog: &str,
) -> Result<Vec<Changed>, String> {
    let members: Vec<&str> = workspace.members.iter().map(|m| m.name.as_str()).collect();
    let mut changed = Vec::new();
    for relative in manifests(workspace)? {
        let path = dir.join(&relative);
        let text = read(&path)?;
        let (bumped, count) = manifest::bump(&text, &members, version)
            .map_err(|e| format!("{}: {e}", relative.display()))?;
        if count > 0 {
            write(&path, &bumped)?;
            changed.push(Changed {
                path: slashed(&relative),
                what: format!(
                    "{count} version{} → {version}",
                    if count == 1 { "" } else { "s" }
                ),
            });
        }
    }
    write(&dir.join("CHANGELOG.md"), changelog)?;
    changed.push(Changed {
        path: "CHANGELOG.md".into(),
        what: format!("## [Unreleased] becomes ## [{version}], a new empty [Unreleased] above"),
    });
    let lock = dir.join("Cargo.lock");
    let before = std::fs::read_to_string(&lock).ok();
    cmd::capture(
        cmd::cargo(dir)
            .args(["update", "--workspace"])
            .env("CARGO_TARGET_DIR", &workspace.target_dir),
    )?;
    if std::fs::read_to_string(&lock).ok() != before {
        changed.push(Changed {
            path: "Cargo.lock".into(),
            what: format!("the workspace crates at {version}"),
        });
    }
    Workspace::load_locked(dir)?.check_versions(version)?;
    Ok(changed)
}

/// The manifests of the workspace, relative to its root: the root's, then the members'.
fn manifests(workspace: &Workspace) -> Result<Vec<PathBuf>, String> {
    let mut found = vec![PathBuf::from("Cargo.toml")];
    for member in &workspace.members {
        let relative = member
            .manifest
            .strip_prefix(&workspace.root)
            .map_err(|_| {
                format!(
                    "{} is outside the workspace root {}",
                    member.manifest.display(),
                    workspace.root.display()
                )
            })?
            .to_path_buf();
        if !found.contains(&relative) {
            found.push(relative);
        }
    }
    Ok(found)
}

/// A relative path with `/` separators, as git prints it.
fn slashed(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads a file, naming it on failure.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Writes a file, naming it on failure.
fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
