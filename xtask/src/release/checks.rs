//! The checks a release runs before anything is written: the CI steps, API compatibility
//! with the last release (`cargo semver-checks`), and `cargo package` of every crate.

use std::path::Path;
use std::time::Instant;

use super::cmd;
use super::git;
use super::version::Version;

/// Runs `.ci/run` (every CI step) in `root`.
pub(crate) fn ci(root: &Path) -> Result<(), String> {
    let script = root.join(".ci").join("run");
    if !script.is_file() {
        return Err(format!(
            "{} does not exist: the release runs the CI steps from it (--skip-checks \
             rehearses without them)",
            script.display()
        ));
    }
    println!("== the CI steps (.ci/run)");
    let started = Instant::now();
    let mut command = std::process::Command::new("bash");
    command.arg(&script).current_dir(root);
    cmd::stream(&mut command)
        .map_err(|e| format!("the CI steps failed: {e}; fix them before releasing"))?;
    println!("== the CI steps passed in {}", elapsed(started));
    Ok(())
}

/// Runs `cargo semver-checks` against the tag of the last release, when the tool is
/// installed and that tag exists; says which of the two is missing otherwise.
pub(crate) fn semver(
    root: &Path,
    crates: &[&str],
    from: Version,
    to: Version,
) -> Result<(), String> {
    let installed = cmd::output(cmd::cargo(root).args(["semver-checks", "--version"]))
        .is_ok_and(|output| output.status.success());
    if !installed {
        println!(
            "== cargo semver-checks is not installed: the API is NOT checked against v{from} \
             (install it with `cargo install cargo-semver-checks --locked`)"
        );
        return Ok(());
    }
    let baseline = format!("v{from}");
    if !git::tag_exists(root, &baseline)? {
        println!("== cargo semver-checks: no tag {baseline} to compare against (first release?): skipped");
        return Ok(());
    }
    let change = from.change_to(to);
    println!(
        "== cargo semver-checks against {baseline} (a {} release under Cargo's rules)",
        change.as_str()
    );
    let started = Instant::now();
    let mut command = cmd::cargo(root);
    command.args([
        "semver-checks",
        "check-release",
        "--baseline-rev",
        &baseline,
        "--release-type",
        change.as_str(),
    ]);
    for name in crates {
        command.args(["--package", name]);
    }
    cmd::stream(&mut command).map_err(|e| {
        format!(
            "{e}: the API changed more than a {} release allows (choose a larger bump, \
             see docs/releasing.md)",
            change.as_str()
        )
    })?;
    println!("== cargo semver-checks passed in {}", elapsed(started));
    Ok(())
}

/// Runs `cargo package` of `crates` together in `dir` (Cargo resolves the unpublished
/// siblings from a temporary local registry) and verifies each package builds on its own.
pub(crate) fn package(dir: &Path, crates: &[&str], target_dir: &Path) -> Result<(), String> {
    println!("== cargo package ({})", crates.join(", "));
    let started = Instant::now();
    let mut command = cmd::cargo(dir);
    command
        .args(["package", "--locked"])
        .env("CARGO_TARGET_DIR", target_dir);
    for name in crates {
        command.args(["--package", name]);
    }
    cmd::stream(&mut command).map_err(|e| {
        format!(
            "{e}: a crate does not package or does not build from its package (a file \
             outside the crate, a missing `include`, a path-only dependency?)"
        )
    })?;
    println!("== cargo package passed in {}", elapsed(started));
    Ok(())
}

/// `1m 05s` / `12s`.
pub(crate) fn elapsed(started: Instant) -> String {
    let seconds = started.elapsed().as_secs();
    if seconds >= 60 {
        format!("{}m {:02}s", seconds / 60, seconds % 60)
    } else {
        format!("{seconds}s")
    }
}
