//! A throwaway git repository holding a copy of the fixture workspace, and the xtask run in it.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The fixture workspace.
fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workspace")
}

/// What a run printed and how it ended.
#[derive(Debug)]
pub struct Run {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

/// A copy of the fixture, committed in a fresh repository; removed on drop.
pub struct Repo {
    pub dir: PathBuf,
    /// Outside `dir`, so that packaging leaves the tree as it was.
    target: PathBuf,
}

impl Repo {
    /// A fresh copy named after the test.
    pub fn new(test: &str) -> Self {
        let base =
            std::env::temp_dir().join(format!("xtask-release-it-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let repo = Self {
            dir: base.join("repo"),
            target: base.join("target"),
        };
        copy_dir(&fixture(), &repo.dir);
        repo.git(&["init", "--quiet"]);
        repo.commit_all("fixture");
        repo
    }

    /// Runs `git` in the repository as a test identity, without the machine's git config.
    pub fn git(&self, args: &[&str]) -> String {
        let output = git_env(Command::new("git").args(args).current_dir(&self.dir))
            .output()
            .expect("git runs");
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8")
    }

    /// Commits every change.
    pub fn commit_all(&self, message: &str) {
        self.git(&["add", "--all"]);
        self.git(&["commit", "--quiet", "--allow-empty", "-m", message]);
    }

    /// Runs the xtask with `args` in the repository.
    pub fn xtask(&self, args: &[&str]) -> Run {
        self.xtask_with(args, &[])
    }

    /// Runs the xtask with `args` and extra environment variables.
    pub fn xtask_with(&self, args: &[&str], env: &[(&str, OsString)]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
        command
            .args(args)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", &self.target)
            .env("CARGO_TERM_COLOR", "never");
        for (key, value) in env {
            command.env(key, value);
        }
        let output = git_env(&mut command).output().expect("xtask runs");
        Run {
            success: output.status.success(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// A file of the repository.
    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.dir.join(relative)).expect("readable file")
    }

    /// Writes a file of the repository.
    pub fn write(&self, relative: &str, text: &str) {
        std::fs::write(self.dir.join(relative), text).expect("writable file");
    }

    /// Every file outside `.git` with its content.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        collect(&self.dir, &self.dir, &mut files);
        files
    }

    /// The tags.
    pub fn tags(&self) -> Vec<String> {
        self.git(&["tag", "--list"])
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// The number of commits.
    pub fn commits(&self) -> usize {
        self.git(&["rev-list", "--count", "HEAD"])
            .trim()
            .parse()
            .expect("a count")
    }

    /// Runs `xtask args` expecting a refusal: the run fails, its stderr holds each of
    /// `messages`, and the files, tags and commits are as they were. Returns the run.
    pub fn refuses(&self, args: &[&str], messages: &[&str]) -> Run {
        let (files, tags, commits) = (self.snapshot(), self.tags(), self.commits());
        let run = self.xtask(args);
        assert!(!run.success, "{args:?} succeeded: {run:?}");
        for message in messages {
            assert!(run.stderr.contains(message), "{message:?} missing: {run:?}");
        }
        assert!(self.snapshot() == files, "{args:?} changed the files");
        assert_eq!(self.tags(), tags, "{args:?} changed the tags");
        assert_eq!(self.commits(), commits, "{args:?} committed");
        run
    }
}

impl Drop for Repo {
    fn drop(&mut self) {
        if let Some(base) = self.dir.parent() {
            let _ = std::fs::remove_dir_all(base);
        }
    }
}

/// `command` with a fixed git identity and no system or user git configuration.
fn git_env(command: &mut Command) -> &mut Command {
    command
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Release Test")
        .env("GIT_AUTHOR_EMAIL", "release-test@localhost")
        .env("GIT_COMMITTER_NAME", "Release Test")
        .env("GIT_COMMITTER_EMAIL", "release-test@localhost")
}

/// Copies a directory tree.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("created");
    for entry in std::fs::read_dir(from).expect("fixture readable") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copied");
        }
    }
}

/// Adds the files under `dir` (outside `.git`) to `files`, keyed relative to `root`.
fn collect(root: &Path, dir: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).expect("readable") {
        let entry = entry.expect("entry");
        let path = entry.path();
        if entry.file_name() == ".git" {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, files);
        } else {
            let relative = path.strip_prefix(root).expect("inside").to_path_buf();
            files.insert(relative, std::fs::read(&path).expect("readable"));
        }
    }
}
