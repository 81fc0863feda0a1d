//! A scratch copy of the workspace, where a release is rehearsed before the real tree is
//! touched: the files git would see (tracked and untracked-but-not-ignored, as they are in
//! the working tree), committed in a fresh repository so that `cargo package` sees a clean
//! checkout. Removed when dropped.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::cmd::{self, git};

/// A scratch copy; the directory is removed on drop.
#[derive(Debug)]
pub(crate) struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    /// Copies the workspace at `root` into a new directory under the system's temporary
    /// directory.
    pub(crate) fn copy_of(root: &Path) -> Result<Self, String> {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or_default();
        let dir =
            std::env::temp_dir().join(format!("xtask-release-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let scratch = Self { dir };
        let listing = cmd::capture(git(root).args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ]))?;
        for relative in listing.split('\0').filter(|p| !p.is_empty()) {
            let from = root.join(relative);
            if !from.is_file() {
                continue; // deleted in the working tree
            }
            let to = scratch.dir.join(relative);
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::copy(&from, &to)
                .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
        }
        scratch.git(&["init", "--quiet"])?;
        scratch.commit("the tree to release")?;
        Ok(scratch)
    }

    /// Commits everything in the copy, so that `cargo package` sees a clean checkout.
    pub(crate) fn commit(&self, message: &str) -> Result<(), String> {
        self.git(&["add", "--all"])?;
        self.git(&[
            "commit",
            "--quiet",
            "--no-verify",
            "--allow-empty",
            "-m",
            message,
        ])
    }

    /// Runs git in the copy, as an identity of its own.
    fn git(&self, args: &[&str]) -> Result<(), String> {
        cmd::capture(
            git(&self.dir)
                .args([
                    "-c",
                    "user.name=xtask release",
                    "-c",
                    "user.email=xtask@localhost",
                    "-c",
                    "commit.gpgsign=false",
                ])
                .args(args),
        )
        .map(drop)
    }

    /// The copy's root.
    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // Best effort: a leftover directory under the temporary directory is harmless.
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
