//! The git operations of a release: the clean-tree check, the commit and the tag.

use std::path::Path;

use super::cmd::{self, git};

/// The uncommitted changes of the tree at `dir` (`git status --porcelain` lines, untracked
/// files included).
pub(crate) fn changes(dir: &Path) -> Result<Vec<String>, String> {
    let status = cmd::capture(git(dir).args(["status", "--porcelain", "--untracked-files=all"]))?;
    Ok(status.lines().map(str::to_owned).collect())
}

/// Fails when the tree at `dir` has uncommitted changes, unless `allow_dirty`.
pub(crate) fn require_clean(dir: &Path, allow_dirty: bool) -> Result<(), String> {
    let changes = changes(dir)?;
    if changes.is_empty() || allow_dirty {
        return Ok(());
    }
    let mut listed: Vec<&str> = changes.iter().map(String::as_str).take(10).collect();
    if changes.len() > listed.len() {
        listed.push("…");
    }
    Err(format!(
        "the working tree has uncommitted changes:\n  {}\ncommit or stash them (a release is \
         made from a committed state), or pass --allow-dirty",
        listed.join("\n  ")
    ))
}

/// Whether the tag `name` exists.
pub(crate) fn tag_exists(dir: &Path, name: &str) -> Result<bool, String> {
    let output = cmd::output(git(dir).args([
        "rev-parse",
        "--quiet",
        "--verify",
        &format!("refs/tags/{name}"),
    ]))?;
    Ok(output.status.success())
}

/// Fails when git has no identity to commit with (before any work is done).
pub(crate) fn require_identity(dir: &Path) -> Result<(), String> {
    cmd::capture(git(dir).args(["var", "GIT_COMMITTER_IDENT"]))
        .map(drop)
        .map_err(|e| format!("git cannot commit here (set user.name and user.email): {e}"))
}

/// Commits exactly `files` (paths relative to `dir`) with `message`.
pub(crate) fn commit(dir: &Path, files: &[String], message: &str) -> Result<(), String> {
    cmd::capture(git(dir).arg("add").arg("--").args(files))?;
    cmd::capture(
        git(dir)
            .args(["commit", "--quiet", "-m", message, "--"])
            .args(files),
    )
    .map(drop)
}

/// Creates the annotated tag `name` on `HEAD`.
pub(crate) fn tag(dir: &Path, name: &str, message: &str) -> Result<(), String> {
    cmd::capture(git(dir).args(["tag", "--annotate", name, "-m", message])).map(drop)
}

/// The commit the tag `name` points at.
pub(crate) fn tag_commit(dir: &Path, name: &str) -> Result<String, String> {
    Ok(
        cmd::capture(git(dir).args(["rev-parse", &format!("refs/tags/{name}^{{commit}}")]))?
            .trim()
            .to_owned(),
    )
}

/// The commit `HEAD` points at.
pub(crate) fn head(dir: &Path) -> Result<String, String> {
    Ok(cmd::capture(git(dir).args(["rev-parse", "HEAD"]))?
        .trim()
        .to_owned())
}
