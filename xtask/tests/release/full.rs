//! The dry run and the real release, end to end.

use crate::support::Repo;

/// The publish order printed for the fixture, from the plan lines of `stdout`.
fn printed_order(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|line| {
            let (number, rest) = line.trim_start().split_once(". ")?;
            number.parse::<usize>().ok()?;
            rest.split_whitespace().next().map(str::to_owned)
        })
        .collect()
}

#[test]
fn a_dry_run_prints_the_plan_packages_and_changes_nothing() {
    let repo = Repo::new("dry-run");
    let before = repo.snapshot();
    let run = repo.xtask(&["release", "0.3.1", "--dry-run", "--skip-checks"]);
    assert!(run.success, "{run:?}");
    assert_eq!(
        printed_order(&run.stdout),
        ["fx-testkit", "fx-core", "fx-calls", "fx-chat", "fx-app"]
    );
    assert!(run
        .stdout
        .contains("fx-tools: not published (publish = false)"));
    assert!(run.stdout.contains("== cargo package passed"), "{run:?}");
    assert!(run.stdout.contains("Dry run: nothing was written"));
    assert!(run
        .stdout
        .contains("commit `release: v0.3.1` and create the annotated tag v0.3.1"));
    assert_eq!(repo.snapshot(), before);
    assert!(repo.tags().is_empty());
    assert_eq!(repo.commits(), 1);
    assert_eq!(repo.git(&["status", "--porcelain"]), "");
}

#[test]
fn bump_keywords_name_the_next_version() {
    let repo = Repo::new("keywords");
    let run = repo.xtask(&["release", "minor", "--dry-run", "--skip-checks"]);
    assert!(run.success, "{run:?}");
    assert!(run
        .stdout
        .starts_with("Release 0.3.0 → 0.4.0 (may break the API under Cargo's rules)"));
    assert!(run.stdout.contains("fx-core     0.3.0 → 0.4.0"));
}

#[test]
fn a_release_bumps_everything_rolls_the_changelog_commits_and_tags() {
    let repo = Repo::new("release");
    // Without --skip-checks: the fixture's .ci/run runs.
    let run = repo.xtask(&["release", "0.3.1"]);
    assert!(run.success, "{run:?}");
    assert!(run.stdout.contains("fixture CI ran"));
    assert!(run.stdout.contains("== the CI steps passed"));

    assert_eq!(repo.git(&["status", "--porcelain"]), "");
    assert_eq!(repo.commits(), 2);
    assert_eq!(
        repo.git(&["log", "-1", "--format=%s"]).trim(),
        "release: v0.3.1"
    );
    assert_eq!(repo.tags(), ["v0.3.1"]);
    assert_eq!(repo.git(&["cat-file", "-t", "v0.3.1"]).trim(), "tag");
    assert_eq!(
        repo.git(&["rev-parse", "v0.3.1^{commit}"]),
        repo.git(&["rev-parse", "HEAD"])
    );

    for manifest in [
        "Cargo.toml",
        "Cargo.lock",
        "crates/fx-app/Cargo.toml",
        "crates/fx-core/Cargo.toml",
        "tools/Cargo.toml",
    ] {
        let text = repo.read(manifest);
        assert!(
            !text.contains("0.3.0"),
            "{manifest} still names 0.3.0:\n{text}"
        );
    }
    assert!(repo.read("Cargo.toml").contains("version = \"0.3.1\""));
    assert!(repo
        .read("crates/fx-app/Cargo.toml")
        .contains("fx-chat = { path = \"../fx-chat\", version = \"0.3.1\" }"));
    assert_eq!(
        repo.read("Cargo.lock")
            .matches("version = \"0.3.1\"")
            .count(),
        6
    );

    let changelog = repo.read("CHANGELOG.md");
    let today = changelog
        .split("## [0.3.1] - ")
        .nth(1)
        .and_then(|rest| rest.get(..10))
        .expect("a dated 0.3.1 section");
    assert_eq!(
        changelog,
        format!(
            "# Changelog\n\n## [Unreleased]\n\n## [0.3.1] - {today}\n\n### Added\n- Something \
             users will notice.\n\n## [0.3.0] - 2025-01-31\n\n### Added\n- The first fixture \
             release.\n"
        )
    );

    // The next release needs changelog entries first.
    repo.refuses(
        &["release", "patch", "--dry-run", "--skip-checks"],
        &["`## [Unreleased]` is empty"],
    );
}

#[test]
fn the_changelog_command_checks_the_first_section() {
    let repo = Repo::new("changelog");
    let path = repo.dir.join("CHANGELOG.md");
    let path = path.to_str().expect("utf-8 path");
    let run = repo.xtask(&["changelog", path]);
    assert!(run.success, "{run:?}");
    assert!(run.stdout.ends_with("CHANGELOG.md: ok\n"), "{run:?}");

    repo.write(
        "CHANGELOG.md",
        "# Changelog\n\n## [Unreleased]\n\n## [0.3.0] - 2025-01-31\n",
    );
    let run = repo.xtask(&["changelog", path]);
    assert!(run.success, "{run:?}");
    assert!(
        run.stdout
            .ends_with("CHANGELOG.md: ok (`## [Unreleased]` is empty)\n"),
        "{run:?}"
    );

    repo.write(
        "CHANGELOG.md",
        "# Changelog\n\n## [0.3.0] - 2025-01-31\n\n## [Unreleased]\n",
    );
    repo.refuses(&["changelog", path], &["`## [Unreleased]` must come first"]);
}
