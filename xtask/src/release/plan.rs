//! The publish order: a crate goes out after every workspace crate the registry needs first
//! (its normal and build dependencies, and its dev-dependencies that carry a version, which
//! `cargo publish` keeps and the registry resolves). `publish = false` members are skipped.

use std::collections::BTreeMap;

use super::version::Version;
use super::workspace::{DepKind, Workspace};

/// One crate of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Step {
    pub(crate) name: String,
    /// The members it waits for, with the kind of dependency.
    pub(crate) after: Vec<(String, DepKind)>,
}

/// The publish order of a workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Plan {
    /// The publishable crates, dependencies first.
    pub(crate) steps: Vec<Step>,
    /// The `publish = false` members.
    pub(crate) skipped: Vec<String>,
}

impl Plan {
    /// The crate names in publish order.
    pub(crate) fn names(&self) -> Vec<&str> {
        self.steps.iter().map(|s| s.name.as_str()).collect()
    }

    /// The plan as printed: `order. crate old → new [after …]`.
    pub(crate) fn render(&self, from: Version, to: Option<Version>) -> String {
        let width = self.steps.iter().map(|s| s.name.len()).max().unwrap_or(0);
        let mut text = String::new();
        for (index, step) in self.steps.iter().enumerate() {
            let versions = match to {
                Some(to) => format!("{from} → {to}"),
                None => from.to_string(),
            };
            text.push_str(&format!(
                "  {:>2}. {:<width$}  {versions}",
                index + 1,
                step.name
            ));
            if !step.after.is_empty() {
                let after: Vec<String> = step
                    .after
                    .iter()
                    .map(|(name, kind)| match kind {
                        DepKind::Normal => name.clone(),
                        DepKind::Build => format!("{name} (build)"),
                        DepKind::Dev => format!("{name} (dev)"),
                    })
                    .collect();
                text.push_str(&format!("   after {}", after.join(", ")));
            }
            text.push('\n');
        }
        for name in &self.skipped {
            text.push_str(&format!("      {name}: not published (publish = false)\n"));
        }
        text
    }
}

/// Computes the publish order of `workspace`'s publishable members: by depth in the graph
/// (a crate with no workspace dependency first), then by name.
pub(crate) fn compute(workspace: &Workspace) -> Result<Plan, String> {
    let mut edges: BTreeMap<&str, Vec<(String, DepKind)>> = BTreeMap::new();
    let mut skipped = Vec::new();
    for member in &workspace.members {
        if !member.publish {
            skipped.push(member.name.clone());
            continue;
        }
        let mut after: Vec<(String, DepKind)> = Vec::new();
        for dep in &member.deps {
            if dep.name == member.name {
                continue;
            }
            if dep.req.is_none() {
                if dep.kind == DepKind::Dev {
                    // `cargo publish` drops a dev-dependency without a version.
                    continue;
                }
                return Err(format!(
                    "{} depends on {} by path only: a published crate needs \
                     `version` on it too (use `{}.workspace = true`)",
                    member.name, dep.name, dep.name
                ));
            }
            let target = workspace
                .member(&dep.name)
                .ok_or_else(|| format!("{} is not a workspace member", dep.name))?;
            if !target.publish {
                return Err(format!(
                    "{} depends on {}, which is `publish = false`: the registry cannot \
                     resolve it",
                    member.name, dep.name
                ));
            }
            match after.iter_mut().find(|(name, _)| *name == dep.name) {
                Some(existing) => existing.1 = existing.1.min(dep.kind),
                None => after.push((dep.name.clone(), dep.kind)),
            }
        }
        after.sort();
        edges.insert(member.name.as_str(), after);
    }
    let mut depth: BTreeMap<&str, usize> = BTreeMap::new();
    for name in edges.keys() {
        depth_of(name, &edges, &mut depth, &mut Vec::new())?;
    }
    let mut names: Vec<&str> = edges.keys().copied().collect();
    names.sort_by_key(|name| (depth[name], *name));
    Ok(Plan {
        steps: names
            .into_iter()
            .map(|name| Step {
                name: name.to_owned(),
                after: edges[name].clone(),
            })
            .collect(),
        skipped,
    })
}

/// The length of the longest dependency chain below `name`; an error on a cycle.
fn depth_of<'a>(
    name: &'a str,
    edges: &'a BTreeMap<&'a str, Vec<(String, DepKind)>>,
    depth: &mut BTreeMap<&'a str, usize>,
    path: &mut Vec<&'a str>,
) -> Result<usize, String> {
    if let Some(known) = depth.get(name) {
        return Ok(*known);
    }
    if let Some(start) = path.iter().position(|n| *n == name) {
        let mut cycle = path[start..].to_vec();
        cycle.push(name);
        return Err(format!(
            "the crates depend on each other in a cycle ({}): no publish order exists",
            cycle.join(" → ")
        ));
    }
    path.push(name);
    let mut deepest = 0;
    for (dep, _) in edges.get(name).map(Vec::as_slice).unwrap_or_default() {
        let (dep, _) = edges
            .get_key_value(dep.as_str())
            .ok_or_else(|| format!("{dep} is not a publishable member"))?;
        deepest = deepest.max(depth_of(dep, edges, depth, path)? + 1);
    }
    path.pop();
    depth.insert(name, deepest);
    Ok(deepest)
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::release::workspace::{Dep, Member, RegistryFields};

    /// The fixture workspace of the release tests.
    pub(crate) fn fixture() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workspace")
    }

    /// A member at 0.1.0 with dependencies `(name, kind, req)`.
    pub(crate) fn member(
        name: &str,
        publish: bool,
        deps: &[(&str, DepKind, Option<&str>)],
    ) -> Member {
        Member {
            name: name.into(),
            version: "0.1.0".into(),
            manifest: PathBuf::from(format!("/ws/{name}/Cargo.toml")),
            publish,
            deps: deps
                .iter()
                .map(|(dep, kind, req)| Dep {
                    name: (*dep).into(),
                    kind: *kind,
                    req: req.map(str::to_owned),
                })
                .collect(),
            fields: RegistryFields::default(),
        }
    }

    /// A workspace of `members` rooted at `/ws`.
    pub(crate) fn workspace(members: Vec<Member>) -> Workspace {
        Workspace {
            root: PathBuf::from("/ws"),
            target_dir: PathBuf::from("/ws/target"),
            members,
        }
    }

    #[test]
    fn orders_the_fixture_workspace_dependencies_first() {
        let workspace = Workspace::load(&fixture()).expect("cargo metadata of the fixture");
        let plan = compute(&workspace).expect("a plan");
        // fx-core's tests use fx-testkit (with a version, so the registry needs it first);
        // fx-testkit's tests use fx-chat by path only, which publishing drops.
        assert_eq!(
            plan.names(),
            ["fx-testkit", "fx-core", "fx-calls", "fx-chat", "fx-app"]
        );
        assert_eq!(plan.skipped, ["fx-tools"]);
        assert_eq!(
            plan.steps[1].after,
            [("fx-testkit".to_string(), DepKind::Dev)]
        );
        assert_eq!(
            plan.steps[4].after,
            [
                ("fx-calls".to_string(), DepKind::Normal),
                ("fx-chat".to_string(), DepKind::Normal)
            ]
        );
        let from = Version::parse("0.3.0").expect("version");
        let to = Version::parse("0.3.1").expect("version");
        let printed = plan.render(from, Some(to));
        assert!(
            printed.starts_with("   1. fx-testkit  0.3.0 → 0.3.1\n   2. fx-core     0.3.0 → 0.3.1   after fx-testkit (dev)\n"),
            "{printed}"
        );
        assert!(printed.ends_with("      fx-tools: not published (publish = false)\n"));
    }

    #[test]
    fn refuses_what_the_registry_could_not_resolve() {
        let path_only = workspace(vec![
            member("core", true, &[]),
            member("chat", true, &[("core", DepKind::Normal, None)]),
        ]);
        let message = compute(&path_only).expect_err("path-only dependency");
        assert!(
            message.contains("chat depends on core by path only"),
            "{message}"
        );

        let unpublished = workspace(vec![
            member("tools", false, &[]),
            member("chat", true, &[("tools", DepKind::Dev, Some("^0.1.0"))]),
        ]);
        let message = compute(&unpublished).expect_err("unpublished dependency");
        assert!(message.contains("which is `publish = false`"), "{message}");

        let cycle = workspace(vec![
            member("a", true, &[("b", DepKind::Normal, Some("^0.1.0"))]),
            member("b", true, &[("c", DepKind::Build, Some("^0.1.0"))]),
            member("c", true, &[("a", DepKind::Dev, Some("^0.1.0"))]),
        ]);
        let message = compute(&cycle).expect_err("cycle");
        assert!(message.contains("a → b → c → a"), "{message}");
    }

    #[test]
    fn path_only_dev_dependencies_do_not_order() {
        let plan = compute(&workspace(vec![
            member("core", true, &[("emulator", DepKind::Dev, Some("^0.1.0"))]),
            member("emulator", true, &[("core", DepKind::Dev, None)]),
        ]))
        .expect("a plan");
        assert_eq!(plan.names(), ["emulator", "core"]);
    }
}
