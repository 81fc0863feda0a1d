//! What `cargo xtask release` refuses, and that a refusal leaves the tree as it was.

use crate::support::Repo;

/// A rehearsal of 0.3.1 without the CI steps.
const DRY: [&str; 4] = ["release", "0.3.1", "--dry-run", "--skip-checks"];

#[test]
fn a_dirty_tree_is_refused_even_in_a_dry_run() {
    let repo = Repo::new("dirty");
    repo.write("crates/fx-core/src/lib.rs", "//! Changed.\n");
    repo.refuses(&DRY, &["uncommitted changes", "crates/fx-core/src/lib.rs"]);

    let mut allowed = DRY.to_vec();
    allowed.push("--allow-dirty");
    let run = repo.xtask(&allowed);
    assert!(run.success, "{run:?}");

    let repo = Repo::new("untracked");
    repo.write("notes.txt", "not committed\n");
    repo.refuses(&DRY, &["?? notes.txt"]);
}

#[test]
fn a_version_not_above_the_current_one_is_refused() {
    let repo = Repo::new("not-greater");
    for version in ["0.3.0", "0.2.9"] {
        let message = format!("{version} is not greater than the current version 0.3.0");
        repo.refuses(
            &["release", version, "--dry-run", "--skip-checks"],
            &[&message],
        );
    }
    repo.refuses(
        &["release", "0.3.1-rc.1", "--dry-run"],
        &["not a release version"],
    );
}

#[test]
fn an_empty_unreleased_section_is_refused() {
    let repo = Repo::new("empty-unreleased");
    repo.write(
        "CHANGELOG.md",
        "# Changelog\n\n## [Unreleased]\n\n### Added\n\n## [0.3.0] - 2025-01-31\n\n- First.\n",
    );
    repo.commit_all("no entries");
    repo.refuses(
        &["release", "patch", "--skip-checks"],
        &["CHANGELOG.md: `## [Unreleased]` is empty: record what this release changes first"],
    );
    assert!(repo.tags().is_empty());
}

#[test]
fn an_existing_tag_is_refused() {
    let repo = Repo::new("tagged");
    repo.git(&["tag", "--annotate", "v0.3.1", "-m", "made elsewhere"]);
    repo.refuses(&DRY, &["the tag v0.3.1 exists already"]);
}

#[test]
fn failing_ci_steps_stop_the_release_before_anything_is_written() {
    let repo = Repo::new("ci-fails");
    repo.write(
        ".ci/run",
        "#!/usr/bin/env bash\necho 'fixture CI broke'\nexit 3\n",
    );
    repo.commit_all("break CI");
    let run = repo.refuses(&["release", "0.3.1"], &["the CI steps failed"]);
    assert!(run.stdout.contains("fixture CI broke"), "{run:?}");
    assert!(repo.tags().is_empty());
    assert_eq!(repo.commits(), 2);
}

#[test]
fn a_crate_that_only_builds_inside_the_workspace_fails_packaging() {
    let repo = Repo::new("package-fails");
    // A file outside the crate: found in the workspace, missing from the package.
    repo.write("NOTES.md", "Shared notes.\n");
    repo.write(
        "crates/fx-chat/src/lib.rs",
        "//! Reads a file outside the crate.\n\n/// The notes.\npub const NOTES: &str = include_str!(\"../../../NOTES.md\");\n",
    );
    repo.commit_all("a file outside the crate");
    repo.refuses(
        &["release", "0.3.1", "--skip-checks"],
        &["NOTES.md", "a crate does not package"],
    );
    assert!(repo.tags().is_empty());
    assert_eq!(repo.commits(), 2);
}
