//! `cargo xtask release`: releases every publishable crate of the workspace together (see
//! `docs/releasing.md`).
//!
//! Everything is checked before the tree is touched: the refusals (dirty tree, version not
//! above the current one, empty `## [Unreleased]`), the publish order, the CI steps, the API
//! against the last release, and — on a scratch copy with every version bumped, the lockfile
//! updated and the changelog rolled — `cargo package` of every crate. Only then are the same
//! files written to the tree, committed and tagged; `--dry-run` stops before that.

mod args;
pub(crate) mod changelog;
mod checks;
mod cmd;
mod date;
mod git;
mod manifest;
mod plan;
mod publish;
mod registry;
mod rewrite;
mod scratch;
mod version;
mod workspace;

pub(crate) use args::USAGE;

use std::path::Path;

use args::{Mode, Options, Target};
use plan::Plan;
use rewrite::Changed;
use workspace::Workspace;

/// `cargo xtask release …`, run in the workspace that contains the current directory.
pub(crate) fn run(args: &[String]) -> Result<(), String> {
    let options = args::parse(args)?;
    let here = std::env::current_dir().map_err(|e| format!("no current directory: {e}"))?;
    let workspace = Workspace::load(&here)?;
    match options.mode {
        Mode::Release(target) => release(&workspace, target, options),
        Mode::ResumePublish => resume(&workspace, options),
    }
}

/// Prepares, commits, tags and (with `--publish`) publishes a new version.
fn release(workspace: &Workspace, target: Target, options: Options) -> Result<(), String> {
    let root = workspace.root.as_path();
    git::require_clean(root, options.allow_dirty)?;
    let current = workspace.version()?;
    let next = target.resolve(current);
    if next <= current {
        return Err(format!(
            "{next} is not greater than the current version {current}"
        ));
    }
    let tag = format!("v{next}");
    if git::tag_exists(root, &tag)? {
        return Err(format!("the tag {tag} exists already"));
    }
    if !options.dry_run {
        git::require_identity(root)?;
    }
    let changelog = changelog::read(&root.join("CHANGELOG.md"))?;
    let rolled = changelog::roll(&changelog, next, &date::today()?)
        .map_err(|e| format!("CHANGELOG.md: {e}"))?;
    let plan = publishable(workspace)?;
    println!(
        "Release {current} → {next} ({} under Cargo's rules), in this order:\n{}",
        describe(current.change_to(next)),
        plan.render(current, Some(next))
    );

    if options.skip_checks {
        println!("== the CI steps: skipped (--skip-checks)");
    } else {
        checks::ci(root)?;
    }
    checks::semver(root, &plan.names(), current, next)?;
    let copy = scratch::Scratch::copy_of(root)?;
    let changed = rewrite::apply(copy.dir(), workspace, next, &rolled)?;
    copy.commit(&format!("release: {tag}"))?;
    checks::package(copy.dir(), &plan.names(), &workspace.target_dir)?;

    if options.dry_run {
        println!("\nDry run: nothing was written. The release would:");
        print_changes(&changed);
        println!("  commit `release: {tag}` and create the annotated tag {tag}");
        if options.publish {
            println!(
                "  publish {} in this order, each once the registry index shows the one before",
                plan.names().join(", ")
            );
        }
        return Ok(());
    }

    copy_back(copy.dir(), root, &changed)?;
    let files: Vec<String> = changed.iter().map(|c| c.path.clone()).collect();
    git::commit(root, &files, &format!("release: {tag}"))?;
    git::tag(root, &tag, &format!("release {tag}"))?;
    println!("\nReleased {tag} at {}:", git::head(root)?);
    print_changes(&changed);
    if options.publish {
        let mut registry = registry::Cargo::new(root, options.allow_dirty)?;
        publish::publish_all(&mut registry, &plan.names(), next, registry::WAIT)?;
        println!(
            "Published {}. Push the commit and the tag: git push origin HEAD {tag}",
            plan.names().join(", ")
        );
    } else {
        println!(
            "Next: git push origin HEAD {tag}, then publish with \
             `cargo xtask release --resume-publish`"
        );
    }
    Ok(())
}

/// Publishes what the registry lacks of the current, already tagged version.
fn resume(workspace: &Workspace, options: Options) -> Result<(), String> {
    let root = workspace.root.as_path();
    git::require_clean(root, options.allow_dirty)?;
    let version = workspace.version()?;
    let tag = format!("v{version}");
    if !git::tag_exists(root, &tag)? {
        return Err(format!(
            "there is no tag {tag}: --resume-publish continues a release made by \
             `cargo xtask release {version}`"
        ));
    }
    if git::head(root)? != git::tag_commit(root, &tag)? {
        return Err(format!(
            "HEAD is not the release commit {tag}: publish exactly what was released \
             (`git switch --detach {tag}`, then resume)"
        ));
    }
    let plan = publishable(workspace)?;
    println!(
        "Publish {version}, in this order:\n{}",
        plan.render(version, None)
    );
    if options.dry_run {
        println!(
            "Dry run: would publish each crate the registry does not have yet, in this order."
        );
        return Ok(());
    }
    let mut registry = registry::Cargo::new(root, options.allow_dirty)?;
    publish::publish_all(&mut registry, &plan.names(), version, registry::WAIT)?;
    println!("Published {}.", plan.names().join(", "));
    Ok(())
}

/// The publish plan, refusing crates a registry page would show incomplete.
fn publishable(workspace: &Workspace) -> Result<Plan, String> {
    let plan = plan::compute(workspace)?;
    if plan.steps.is_empty() {
        return Err("the workspace has no publishable crate".into());
    }
    let incomplete: Vec<String> = plan
        .steps
        .iter()
        .filter_map(|step| workspace.member(&step.name))
        .filter_map(|member| {
            let missing = member.missing_fields();
            (!missing.is_empty()).then(|| format!("{}: {}", member.name, missing.join(", ")))
        })
        .collect();
    if !incomplete.is_empty() {
        return Err(format!(
            "crates lack what their registry page needs (Cargo.toml `[package]`):\n  {}",
            incomplete.join("\n  ")
        ));
    }
    Ok(plan)
}

/// What a release of this class may contain, for the plan's headline.
fn describe(change: version::Change) -> &'static str {
    match change {
        version::Change::Major => "may break the API",
        version::Change::Minor => "may add to the API, must not break it",
        version::Change::Patch => "fixes only: must neither add to nor break the API",
    }
}

/// One line per file the release writes.
fn print_changes(changed: &[Changed]) {
    let width = changed.iter().map(|c| c.path.len()).max().unwrap_or(0);
    for change in changed {
        println!("  write {:<width$}  {}", change.path, change.what);
    }
}

/// Copies the files the rehearsal changed from `copy` into `root`.
fn copy_back(copy: &Path, root: &Path, changed: &[Changed]) -> Result<(), String> {
    for change in changed {
        let (from, to) = (copy.join(&change.path), root.join(&change.path));
        std::fs::copy(&from, &to)
            .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
    }
    Ok(())
}
