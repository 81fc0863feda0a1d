//! The command line of `cargo xtask release`.

use super::version::{Bump, Version};

/// The usage text of `cargo xtask release`.
pub(crate) const USAGE: &str = "\
  cargo xtask release <VERSION|patch|minor|major> [--dry-run] [--publish] [--allow-dirty] [--skip-checks]
      releases every publishable crate together (see docs/releasing.md): refuses a dirty tree,
      a version not above the current one and an empty `## [Unreleased]`; prints the publish
      order; runs .ci/run (not with --skip-checks), cargo semver-checks (when installed) and
      `cargo package` of every crate; then bumps every version, updates Cargo.lock, rolls the
      changelog, commits `release: vVERSION` and tags `vVERSION`; --publish then publishes
      crate by crate, waiting for each in the registry index. --dry-run does all the checks
      on a scratch copy and changes nothing.
  cargo xtask release --resume-publish [--dry-run] [--allow-dirty]
      publishes, in order, the crates of the current (tagged) version that the registry does
      not have yet: how to continue after a failed `--publish`";

/// The version asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// An explicit `MAJOR.MINOR.PATCH`.
    Exact(Version),
    /// `patch`, `minor` or `major` of the current version.
    Bump(Bump),
}

impl Target {
    /// The version this target names, from the current one.
    pub(crate) fn resolve(self, current: Version) -> Version {
        match self {
            Target::Exact(version) => version,
            Target::Bump(bump) => current.bumped(bump),
        }
    }
}

/// What the command does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Prepare (and with `--publish`, publish) a new version.
    Release(Target),
    /// Publish what the registry lacks of the current version.
    ResumePublish,
}

/// The parsed command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Options {
    pub(crate) mode: Mode,
    /// `--dry-run`: check and rehearse, write nothing.
    pub(crate) dry_run: bool,
    /// `--publish`: publish after tagging.
    pub(crate) publish: bool,
    /// `--allow-dirty`: accept uncommitted changes.
    pub(crate) allow_dirty: bool,
    /// `--skip-checks`: skip the `.ci/run` steps.
    pub(crate) skip_checks: bool,
}

/// Parses the arguments after `release`.
pub(crate) fn parse(args: &[String]) -> Result<Options, String> {
    let mut target = None;
    let (mut dry_run, mut publish, mut allow_dirty, mut skip_checks, mut resume) =
        (false, false, false, false, false);
    for arg in args {
        match arg.as_str() {
            "--dry-run" => dry_run = true,
            "--publish" => publish = true,
            "--allow-dirty" => allow_dirty = true,
            "--skip-checks" => skip_checks = true,
            "--resume-publish" => resume = true,
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            _ if target.is_some() => return Err(format!("unexpected argument `{arg}`")),
            word => target = Some(parse_target(word)?),
        }
    }
    let mode = match (resume, target) {
        (true, Some(_)) => {
            return Err("--resume-publish takes no version: it publishes the current one".into())
        }
        (true, None) if skip_checks => {
            return Err("--skip-checks does not apply to --resume-publish".into())
        }
        (true, None) => Mode::ResumePublish,
        (false, Some(target)) => Mode::Release(target),
        (false, None) => return Err("missing the version: VERSION, patch, minor or major".into()),
    };
    Ok(Options {
        mode,
        dry_run,
        publish,
        allow_dirty,
        skip_checks,
    })
}

/// `patch`, `minor`, `major` or a version.
fn parse_target(word: &str) -> Result<Target, String> {
    Ok(match word {
        "patch" => Target::Bump(Bump::Patch),
        "minor" => Target::Bump(Bump::Minor),
        "major" => Target::Bump(Bump::Major),
        version => Target::Exact(Version::parse(version)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &[&str]) -> Result<Options, String> {
        parse(&words.iter().map(|w| w.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_a_release() {
        let options = parse_words(&["0.1.1", "--dry-run", "--skip-checks"]).expect("valid");
        assert_eq!(
            options,
            Options {
                mode: Mode::Release(Target::Exact(Version::parse("0.1.1").expect("version"))),
                dry_run: true,
                publish: false,
                allow_dirty: false,
                skip_checks: true,
            }
        );
        let options = parse_words(&["--publish", "minor", "--allow-dirty"]).expect("valid");
        assert_eq!(options.mode, Mode::Release(Target::Bump(Bump::Minor)));
        assert!(options.publish && options.allow_dirty && !options.dry_run);
    }

    #[test]
    fn parses_a_resume() {
        let options = parse_words(&["--resume-publish", "--dry-run"]).expect("valid");
        assert_eq!(options.mode, Mode::ResumePublish);
        assert!(options.dry_run);
    }

    #[test]
    fn refuses_bad_command_lines() {
        for words in [
            &[][..],
            &["--dry-run"],
            &["0.1.1", "0.1.2"],
            &["0.1.1", "--force"],
            &["huge"],
            &["--resume-publish", "0.1.1"],
            &["--resume-publish", "--skip-checks"],
        ] {
            assert!(parse_words(words).is_err(), "{words:?} should be refused");
        }
    }

    #[test]
    fn resolves_targets_from_the_current_version() {
        let current = Version::parse("0.1.0").expect("version");
        assert_eq!(
            Target::Bump(Bump::Patch).resolve(current).to_string(),
            "0.1.1"
        );
        let exact = Version::parse("0.4.0").expect("version");
        assert_eq!(Target::Exact(exact).resolve(current), exact);
    }
}
