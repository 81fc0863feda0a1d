//! Rewrites the versions in a `Cargo.toml`, keeping its formatting: the package's own
//! version, `[workspace.package] version`, and every dependency entry on a workspace member
//! (`[workspace.dependencies]`, `[dependencies]`, `[dev-dependencies]`,
//! `[build-dependencies]`, and their `[target.'cfg'.…]` forms). Everything else is left
//! as it is, including third-party entries that happen to carry the same version.

use toml_edit::{DocumentMut, Item, TableLike, Value};

use super::version::Version;

/// The dependency tables of a manifest (with Cargo's legacy underscore spellings).
const DEPENDENCY_TABLES: [&str; 5] = [
    "dependencies",
    "dev-dependencies",
    "dev_dependencies",
    "build-dependencies",
    "build_dependencies",
];

/// Sets every version of `members` in `text` to `version`; returns the new text and the
/// number of values changed.
pub(crate) fn bump(
    text: &str,
    members: &[&str],
    version: Version,
) -> Result<(String, usize), String> {
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e| format!("cannot parse the manifest: {e}"))?;
    let new = version.to_string();
    let mut changed = 0;
    let root = doc.as_table_mut();
    if let Some(package) = root.get_mut("package").and_then(Item::as_table_like_mut) {
        changed += set_string(package.get_mut("version"), &new);
    }
    if let Some(workspace) = root.get_mut("workspace").and_then(Item::as_table_like_mut) {
        if let Some(package) = workspace
            .get_mut("package")
            .and_then(Item::as_table_like_mut)
        {
            changed += set_string(package.get_mut("version"), &new);
        }
        if let Some(deps) = workspace
            .get_mut("dependencies")
            .and_then(Item::as_table_like_mut)
        {
            changed += bump_dependencies(deps, members, &new);
        }
    }
    changed += bump_dependency_tables(root, members, &new);
    if let Some(targets) = root.get_mut("target").and_then(Item::as_table_like_mut) {
        for (_, target) in targets.iter_mut() {
            if let Some(target) = target.as_table_like_mut() {
                changed += bump_dependency_tables(target, members, &new);
            }
        }
    }
    Ok((doc.to_string(), changed))
}

/// The dependency tables directly under `table`.
fn bump_dependency_tables(table: &mut dyn TableLike, members: &[&str], new: &str) -> usize {
    let mut changed = 0;
    for name in DEPENDENCY_TABLES {
        if let Some(deps) = table.get_mut(name).and_then(Item::as_table_like_mut) {
            changed += bump_dependencies(deps, members, new);
        }
    }
    changed
}

/// The entries of one dependency table that name a member (by key or by `package = …`).
fn bump_dependencies(deps: &mut dyn TableLike, members: &[&str], new: &str) -> usize {
    let mut changed = 0;
    for (key, entry) in deps.iter_mut() {
        let package = entry
            .as_table_like()
            .and_then(|t| t.get("package"))
            .and_then(Item::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| key.get().to_owned());
        if !members.contains(&package.as_str()) {
            continue;
        }
        changed += match entry {
            Item::Value(Value::String(_)) => set_string(Some(entry), new),
            other => match other.as_table_like_mut() {
                Some(table) => set_string(table.get_mut("version"), new),
                None => 0,
            },
        };
    }
    changed
}

/// Replaces a string value (keeping its surrounding whitespace and comments); 1 if it
/// changed, 0 if it is absent, not a string (`version.workspace = true`) or already `new`.
fn set_string(item: Option<&mut Item>, new: &str) -> usize {
    let Some(Item::Value(value)) = item else {
        return 0;
    };
    if value.as_str().is_none_or(|old| old == new) {
        return 0;
    }
    let decor = value.decor().clone();
    *value = Value::from(new);
    *value.decor_mut() = decor;
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEMBERS: [&str; 3] = ["sb-core", "sb-chat", "sb-emulator"];

    fn bumped(text: &str) -> (String, usize) {
        bump(text, &MEMBERS, Version::parse("0.2.0").expect("version")).expect("bumped")
    }

    #[test]
    fn bumps_the_workspace_version_and_member_entries_only() {
        let root = r#"[workspace]
members = ["crates/*"]

[workspace.package]
version = "0.1.0" # released together
edition = "2021"

[workspace.dependencies]
sb-core = { path = "crates/sb-core", version = "0.1.0", default-features = false }
sb-chat = { path = "crates/sb-chat", version = "0.1.0" }
serde = { version = "0.1.0", features = ["derive"] }
other = "0.1.0"

[workspace.dependencies.sb-emulator]
path = "crates/sb-emulator"
version = "0.1.0"
"#;
        let (text, changed) = bumped(root);
        assert_eq!(changed, 4);
        assert_eq!(
            text,
            root.replace(
                "version = \"0.1.0\" # released",
                "version = \"0.2.0\" # released"
            )
            .replace(
                "crates/sb-core\", version = \"0.1.0\"",
                "crates/sb-core\", version = \"0.2.0\""
            )
            .replace(
                "crates/sb-chat\", version = \"0.1.0\"",
                "crates/sb-chat\", version = \"0.2.0\""
            )
            .replace(
                "crates/sb-emulator\"\nversion = \"0.1.0\"",
                "crates/sb-emulator\"\nversion = \"0.2.0\""
            )
        );
        assert!(text.contains("serde = { version = \"0.1.0\""));
        assert!(text.contains("other = \"0.1.0\""));
    }

    #[test]
    fn bumps_explicit_versions_in_member_manifests() {
        let member = r#"[package]
name = "sb-chat"
version = "0.1.0"

[dependencies]
sb-core = { path = "../sb-core", version = "0.1.0" }
renamed = { package = "sb-emulator", path = "../sb-emulator", version = "=0.1.0" }
tokio = "0.1.0"

[dev-dependencies]
sb-emulator = { workspace = true }

[target.'cfg(unix)'.build-dependencies]
sb-core = "0.1"
"#;
        let (text, changed) = bumped(member);
        assert_eq!(changed, 4);
        assert!(text.contains("[package]\nname = \"sb-chat\"\nversion = \"0.2.0\"\n"));
        assert!(text.contains("sb-core = { path = \"../sb-core\", version = \"0.2.0\" }"));
        assert!(text.contains(
            "package = \"sb-emulator\", path = \"../sb-emulator\", version = \"0.2.0\" }"
        ));
        assert!(text.contains("tokio = \"0.1.0\""));
        assert!(text.contains("sb-emulator = { workspace = true }"));
        assert!(text.contains("[target.'cfg(unix)'.build-dependencies]\nsb-core = \"0.2.0\"\n"));
    }

    #[test]
    fn leaves_inherited_versions_alone() {
        let member = "[package]\nname = \"sb-core\"\nversion.workspace = true\n\n[dependencies]\nsb-emulator.workspace = true\n";
        assert_eq!(bumped(member), (member.to_owned(), 0));
    }

    #[test]
    fn reports_an_unparsable_manifest() {
        let error = bump(
            "[package\n",
            &MEMBERS,
            Version::parse("0.2.0").expect("version"),
        );
        assert!(error.is_err());
    }
}
