//! The workspace as `cargo metadata` describes it: members, versions, publishability, the
//! dependencies between members and the fields a registry page shows.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::cmd;
use super::version::Version;

/// The kind of a dependency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum DepKind {
    /// `[dependencies]`.
    Normal,
    /// `[build-dependencies]`.
    Build,
    /// `[dev-dependencies]`.
    Dev,
}

/// A dependency of a member on another member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dep {
    /// The package name depended on.
    pub(crate) name: String,
    pub(crate) kind: DepKind,
    /// The version requirement (`^0.1.0`), `None` for a path-only dependency.
    pub(crate) req: Option<String>,
}

/// The fields of a member's registry page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct RegistryFields {
    pub(crate) description: Option<String>,
    pub(crate) license: Option<String>,
    pub(crate) repository: Option<String>,
    pub(crate) documentation: Option<String>,
    /// The readme's path, relative to the member's directory.
    pub(crate) readme: Option<String>,
    pub(crate) rust_version: Option<String>,
    pub(crate) keywords: Vec<String>,
    pub(crate) categories: Vec<String>,
}

/// A workspace member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Member {
    pub(crate) name: String,
    /// The version as written (checked by [`Workspace::version`]).
    pub(crate) version: String,
    pub(crate) manifest: PathBuf,
    /// `false` for `publish = false`.
    pub(crate) publish: bool,
    /// Its dependencies on other members.
    pub(crate) deps: Vec<Dep>,
    pub(crate) fields: RegistryFields,
}

impl Member {
    /// The member's directory.
    pub(crate) fn dir(&self) -> &Path {
        self.manifest.parent().unwrap_or(Path::new("."))
    }

    /// The registry fields this member lacks (empty when it is complete).
    pub(crate) fn missing_fields(&self) -> Vec<&'static str> {
        let f = &self.fields;
        let mut missing = Vec::new();
        for (name, value) in [
            ("description", &f.description),
            ("license", &f.license),
            ("repository", &f.repository),
            ("documentation", &f.documentation),
            ("readme", &f.readme),
            ("rust-version", &f.rust_version),
        ] {
            if value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                missing.push(name);
            }
        }
        if f.keywords.is_empty() {
            missing.push("keywords");
        }
        if f.categories.is_empty() {
            missing.push("categories");
        }
        if let Some(readme) = &f.readme {
            if !self.dir().join(readme).is_file() {
                missing.push("readme (the file)");
            }
        }
        missing
    }
}

/// A workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Workspace {
    /// The directory of the root `Cargo.toml`.
    pub(crate) root: PathBuf,
    /// Where cargo builds (`CARGO_TARGET_DIR` or `target/`).
    pub(crate) target_dir: PathBuf,
    /// The members, sorted by name.
    pub(crate) members: Vec<Member>,
}

impl Workspace {
    /// The workspace containing `dir`, from `cargo metadata --no-deps`.
    pub(crate) fn load(dir: &Path) -> Result<Self, String> {
        let json =
            cmd::capture(cmd::cargo(dir).args(["metadata", "--format-version", "1", "--no-deps"]))?;
        Self::parse(&json)
    }

    /// The workspace at `dir` with its lockfile checked: `cargo metadata --locked` fails when
    /// `Cargo.lock` does not match the manifests.
    pub(crate) fn load_locked(dir: &Path) -> Result<Self, String> {
        let json =
            cmd::capture(cmd::cargo(dir).args(["metadata", "--format-version", "1", "--locked"]))?;
        Self::parse(&json)
    }

    /// Reads `cargo metadata --format-version 1` output.
    pub(crate) fn parse(json: &str) -> Result<Self, String> {
        let value: Value = serde_json::from_str(json)
            .map_err(|e| format!("cannot read cargo metadata output: {e}"))?;
        let path = |key: &str| {
            value[key]
                .as_str()
                .map(PathBuf::from)
                .ok_or_else(|| format!("cargo metadata output has no `{key}`"))
        };
        let ids: Vec<&str> = value["workspace_members"]
            .as_array()
            .ok_or("cargo metadata output has no `workspace_members`")?
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let packages = value["packages"]
            .as_array()
            .ok_or("cargo metadata output has no `packages`")?;
        let mut members: Vec<Member> = packages
            .iter()
            .filter(|p| p["id"].as_str().is_some_and(|id| ids.contains(&id)))
            .map(member)
            .collect::<Result<_, _>>()?;
        let names: Vec<String> = members.iter().map(|m| m.name.clone()).collect();
        for member in &mut members {
            member.deps.retain(|dep| names.contains(&dep.name));
        }
        members.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Self {
            root: path("workspace_root")?,
            target_dir: path("target_directory")?,
            members,
        })
    }

    /// The version every member has; an error when they disagree.
    pub(crate) fn version(&self) -> Result<Version, String> {
        let first = self.members.first().ok_or("the workspace has no members")?;
        if let Some(other) = self.members.iter().find(|m| m.version != first.version) {
            return Err(format!(
                "the members' versions disagree ({} {}, {} {}): they are released together \
                 and inherit `[workspace.package] version`",
                first.name, first.version, other.name, other.version
            ));
        }
        Version::parse(&first.version)
    }

    /// Checks that every member is at `version` and that every dependency between members
    /// asks for exactly that version: no version left behind.
    pub(crate) fn check_versions(&self, version: Version) -> Result<(), String> {
        let wanted = version.to_string();
        let mut problems = Vec::new();
        for member in &self.members {
            if member.version != wanted {
                problems.push(format!("{} is at {}", member.name, member.version));
            }
            for dep in &member.deps {
                let exact = [format!("^{wanted}"), format!("={wanted}"), wanted.clone()];
                match &dep.req {
                    Some(req) if !exact.contains(req) => {
                        problems.push(format!("{} asks for {} {req}", member.name, dep.name))
                    }
                    _ => {}
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "versions left behind after the bump to {version}: {}",
                problems.join("; ")
            ))
        }
    }

    /// The member called `name`.
    pub(crate) fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.name == name)
    }
}

/// One member from its `packages[]` entry.
fn member(package: &Value) -> Result<Member, String> {
    let text = |key: &str| package[key].as_str().map(str::to_owned);
    let list = |key: &str| -> Vec<String> {
        package[key]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let name = text("name").ok_or("a package without a name in cargo metadata output")?;
    let deps = package["dependencies"]
        .as_array()
        .map(|deps| deps.iter().filter_map(dep).collect())
        .unwrap_or_default();
    Ok(Member {
        version: text("version").ok_or_else(|| format!("{name} has no version"))?,
        manifest: text("manifest_path")
            .map(PathBuf::from)
            .ok_or_else(|| format!("{name} has no manifest_path"))?,
        // `null`: any registry; `[]`: `publish = false`; a list: those registries.
        publish: package["publish"]
            .as_array()
            .is_none_or(|registries| !registries.is_empty()),
        deps,
        fields: RegistryFields {
            description: text("description"),
            license: text("license"),
            repository: text("repository"),
            documentation: text("documentation"),
            readme: text("readme"),
            rust_version: text("rust_version"),
            keywords: list("keywords"),
            categories: list("categories"),
        },
        name,
    })
}

/// A path dependency (the only kind a member can have on another member).
fn dep(value: &Value) -> Option<Dep> {
    value["path"].as_str()?;
    let kind = match value["kind"].as_str() {
        Some("dev") => DepKind::Dev,
        Some("build") => DepKind::Build,
        _ => DepKind::Normal,
    };
    Some(Dep {
        name: value["name"].as_str()?.to_owned(),
        kind,
        req: value["req"]
            .as_str()
            .filter(|req| *req != "*")
            .map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::release::plan::tests::{fixture, member, workspace};

    #[test]
    fn reads_the_fixture_workspace() {
        let workspace = Workspace::load(&fixture()).expect("cargo metadata of the fixture");
        let names: Vec<&str> = workspace.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "fx-app",
                "fx-calls",
                "fx-chat",
                "fx-core",
                "fx-testkit",
                "fx-tools"
            ]
        );
        assert_eq!(workspace.version(), Version::parse("0.3.0"));
        let tools = workspace.member("fx-tools").expect("fx-tools");
        assert!(!tools.publish);
        assert_eq!(
            tools.deps,
            [Dep {
                name: "fx-app".into(),
                kind: DepKind::Normal,
                req: None
            }]
        );
        let app = workspace.member("fx-app").expect("fx-app");
        assert!(app.publish);
        assert_eq!(app.missing_fields(), Vec::<&str>::new());
        assert_eq!(
            tools.missing_fields(),
            [
                "license",
                "repository",
                "documentation",
                "readme",
                "rust-version",
                "keywords",
                "categories"
            ]
        );
    }

    #[test]
    fn refuses_members_at_different_versions() {
        let mut behind = member("chat", true, &[]);
        behind.version = "0.0.9".into();
        let message = workspace(vec![member("core", true, &[]), behind])
            .version()
            .expect_err("disagree");
        assert!(message.contains("core 0.1.0, chat 0.0.9"), "{message}");
    }

    #[test]
    fn finds_versions_left_behind() {
        let new = Version::parse("0.1.0").expect("version");
        let ok = workspace(vec![
            member("core", true, &[]),
            member("chat", true, &[("core", DepKind::Normal, Some("^0.1.0"))]),
            member("tools", false, &[("chat", DepKind::Normal, None)]),
        ]);
        assert_eq!(ok.check_versions(new), Ok(()));
        let stale = workspace(vec![
            member("core", true, &[]),
            member("chat", true, &[("core", DepKind::Dev, Some("^0.0.9"))]),
        ]);
        let message = stale.check_versions(new).expect_err("left behind");
        assert!(message.ends_with("chat asks for core ^0.0.9"), "{message}");
    }
}
