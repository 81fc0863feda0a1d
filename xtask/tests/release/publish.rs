//! `--publish` and `--resume-publish` against a fake registry: a `cargo` wrapper that records
//! `cargo publish` and answers `cargo info` from a file, and runs the real cargo otherwise.

use std::ffi::OsString;
use std::path::Path;

use crate::support::Repo;

/// The fake `cargo`: `publish` appends to `$FAKE_LOG` and the crate's name to `$FAKE_INDEX`
/// (or fails for `$FAKE_FAIL`), `info NAME@VERSION` finds NAME in `$FAKE_INDEX` (any
/// version: one release per test), anything else runs `$REAL_CARGO`.
const FAKE_CARGO: &str = r#"#!/usr/bin/env bash
set -euo pipefail
case "${1:-}" in
  publish)
    name="" previous=""
    for arg in "$@"; do
      if [ "$previous" = "--package" ]; then name="$arg"; fi
      previous="$arg"
    done
    echo "publish $name" >> "$FAKE_LOG"
    if [ "$name" = "${FAKE_FAIL:-}" ]; then
      echo "error: the fake registry refused $name" >&2
      exit 101
    fi
    echo "$name" >> "$FAKE_INDEX"
    ;;
  info)
    echo "info $2" >> "$FAKE_LOG"
    if grep -qxF "${2%@*}" "$FAKE_INDEX" 2>/dev/null; then
      echo "$2"
    else
      echo "error: could not find \`$2\` in registry \`fake\`" >&2
      exit 101
    fi
    ;;
  *) exec "$REAL_CARGO" "$@" ;;
esac
"#;

/// The environment that puts the fake registry in front of the real cargo.
fn fake_registry(repo: &Repo, fail: &str) -> Vec<(&'static str, OsString)> {
    let base = repo.dir.parent().expect("a parent");
    let script = base.join("fake-cargo");
    std::fs::write(&script, FAKE_CARGO).expect("written");
    make_executable(&script);
    vec![
        ("CARGO", script.into_os_string()),
        ("REAL_CARGO", OsString::from(env!("CARGO"))),
        ("FAKE_LOG", base.join("fake.log").into_os_string()),
        ("FAKE_INDEX", base.join("fake.index").into_os_string()),
        ("FAKE_FAIL", OsString::from(fail)),
    ]
}

/// `chmod 755`.
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// What the fake registry was asked, in order.
fn log(repo: &Repo) -> Vec<String> {
    let path = repo.dir.parent().expect("a parent").join("fake.log");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn publishes_in_order_stops_at_a_failure_and_resumes() {
    let repo = Repo::new("publish");
    let run = repo.xtask_with(
        &["release", "0.3.1", "--skip-checks", "--publish"],
        &fake_registry(&repo, "fx-chat"),
    );
    assert!(!run.success);
    // Each crate is looked up, published, then waited for before the next one.
    assert_eq!(
        log(&repo),
        [
            "info fx-testkit@0.3.1",
            "publish fx-testkit",
            "info fx-testkit@0.3.1",
            "info fx-core@0.3.1",
            "publish fx-core",
            "info fx-core@0.3.1",
            "info fx-calls@0.3.1",
            "publish fx-calls",
            "info fx-calls@0.3.1",
            "info fx-chat@0.3.1",
            "publish fx-chat",
        ]
    );
    assert!(
        run.stderr.contains("publishing stopped at fx-chat 0.3.1"),
        "{run:?}"
    );
    assert!(run
        .stderr
        .contains("published: fx-testkit, fx-core, fx-calls\nnot published: fx-chat, fx-app\n"));
    assert!(run.stderr.contains("cargo xtask release --resume-publish"));
    // The release itself is done: committed and tagged before publishing.
    assert_eq!(repo.tags(), ["v0.3.1"]);
    assert_eq!(repo.git(&["status", "--porcelain"]), "");

    let resumed = repo.xtask_with(&["release", "--resume-publish"], &fake_registry(&repo, ""));
    assert!(resumed.success, "{resumed:?}");
    let published: Vec<String> = log(&repo)
        .into_iter()
        .filter(|line| line.starts_with("publish "))
        .collect();
    assert_eq!(
        published,
        [
            "publish fx-testkit",
            "publish fx-core",
            "publish fx-calls",
            "publish fx-chat",
            "publish fx-chat",
            "publish fx-app",
        ]
    );
    assert!(resumed
        .stdout
        .contains("fx-core 0.3.1 is already in the registry: skipped"));
}

#[test]
fn resuming_needs_the_release_tag() {
    let repo = Repo::new("resume-untagged");
    let run = repo.xtask_with(&["release", "--resume-publish"], &fake_registry(&repo, ""));
    assert!(!run.success);
    assert!(run.stderr.contains("there is no tag v0.3.0"), "{run:?}");
    assert!(log(&repo).is_empty());
}

#[test]
fn resuming_publishes_only_the_tagged_commit() {
    let repo = Repo::new("resume-moved-on");
    repo.git(&["tag", "--annotate", "v0.3.0", "-m", "release v0.3.0"]);
    let run = repo.xtask_with(
        &["release", "--resume-publish", "--dry-run"],
        &fake_registry(&repo, ""),
    );
    assert!(run.success, "{run:?}");
    assert!(
        run.stdout
            .starts_with("Publish 0.3.0, in this order:\n   1. fx-testkit  0.3.0\n"),
        "{run:?}"
    );
    assert!(run.stdout.contains("Dry run: would publish"));

    repo.write("notes.txt", "after the release\n");
    repo.commit_all("moved on");
    let run = repo.xtask_with(&["release", "--resume-publish"], &fake_registry(&repo, ""));
    assert!(!run.success);
    assert!(
        run.stderr.contains("HEAD is not the release commit v0.3.0"),
        "{run:?}"
    );
    assert!(log(&repo).is_empty());
}
