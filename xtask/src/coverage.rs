//! `cargo xtask coverage`: compares the registries with the catalogs.

use std::collections::HashSet;

use sendbird_core::{BodyKind, EndpointInfo, Idempotency};

use crate::catalog::{self, CatalogRow};
use crate::products::{registry, PRODUCTS};

/// The comparison of one product's registry with its catalog.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) implemented: usize,
    pub(crate) total: usize,
    pub(crate) missing: Vec<CatalogRow>,
    pub(crate) errors: Vec<String>,
}

/// Compares `product`'s registry with its catalog.
pub(crate) fn report(product: &str) -> Result<Report, String> {
    Ok(compare(
        product,
        catalog::load(product)?,
        &registry(product)?,
    ))
}

/// Compares registry entries with catalog rows.
pub(crate) fn compare(product: &str, rows: Vec<CatalogRow>, entries: &[&EndpointInfo]) -> Report {
    let mut report = Report {
        total: rows.len(),
        ..Report::default()
    };
    let mut seen = HashSet::new();
    for entry in entries {
        let meta = &entry.meta;
        if !seen.insert(meta.operation) {
            report.errors.push(format!(
                "{product}: `{}` is registered twice",
                meta.operation
            ));
            continue;
        }
        match rows.iter().find(|row| row.operation == meta.operation) {
            None => report.errors.push(format!(
                "{product}: `{}` ({} {}) is not in the catalog",
                meta.operation, meta.method, meta.path
            )),
            Some(row) if row.method != meta.method.as_str() || row.path != meta.path => {
                report.errors.push(format!(
                    "{product}: `{}` is {} {} in the code but {} {} in the catalog",
                    meta.operation, meta.method, meta.path, row.method, row.path
                ))
            }
            Some(row) if body_kind(entry.body) != row.body => report.errors.push(format!(
                "{product}: `{}` sends a {} body in the code but {} in the catalog",
                meta.operation,
                body_kind(entry.body),
                row.body
            )),
            Some(row) if entry.meta.idempotency.as_str() != row.idempotent => {
                report.errors.push(format!(
                    "{product}: `{}` is declared `idempotent: {}` but the catalog says `{}`",
                    meta.operation,
                    declared(entry.meta.idempotency),
                    row.idempotent
                ))
            }
            Some(row) if entry.paginated != (row.paginated != "no") => report.errors.push(format!(
                "{product}: `{}` is {}paginated in the code but `{}` in the catalog",
                meta.operation,
                if entry.paginated { "" } else { "not " },
                row.paginated
            )),
            Some(_) => report.implemented += 1,
        }
    }
    report.missing = rows
        .into_iter()
        .filter(|row| !seen.contains(row.operation.as_str()))
        .collect();
    report
}

/// The declaration's spelling of an idempotency (`by_mode` in `endpoints!`).
fn declared(idempotency: Idempotency) -> &'static str {
    match idempotency {
        Idempotency::ByMode => "by_mode(..)",
        other => other.as_str(),
    }
}

fn body_kind(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::None => "none",
        BodyKind::Json => "json",
        BodyKind::Multipart => "multipart",
    }
}

/// Runs the command.
pub(crate) fn run(args: &[String]) -> Result<(), String> {
    let show_missing = match args {
        [] => false,
        [flag] if flag == "--missing" => true,
        _ => return Err("usage: cargo xtask coverage [--missing]".into()),
    };
    let mut errors = Vec::new();
    for product in PRODUCTS {
        let report = report(product)?;
        println!("{product}: {}/{}", report.implemented, report.total);
        if show_missing {
            for row in &report.missing {
                println!(
                    "  missing {:<20} {:<45} {} {}",
                    row.category, row.operation, row.method, row.path
                );
            }
        }
        errors.extend(report.errors);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    #![allow(dead_code)]
    use super::*;

    sendbird_core::product! {
        /// A client for a declaration the catalog disagrees with.
        pub struct TestClient;
        base_url: "https://api-{app_id}.sendbird.com/v3";
        /// Its pending type.
        pub struct Pending;
    }

    sendbird_core::endpoints! {
        registry: const WRONG;
        client: TestClient;
        pending: Pending;

        /// Users.
        family Users = users() {
            /// Creates a user, wrongly declared repeatable.
            pub struct CreateUser {
                operation: "create_user",
                request: POST "/users",
                idempotent: yes,
                response: sendbird_core::Empty,
                required { body user_id: String, body nickname: String, body profile_url: String }
                optional { file profile_file: sendbird_core::FilePart }
            }
        }
    }

    #[test]
    fn a_declaration_whose_idempotency_disagrees_with_the_catalog_is_rejected() {
        let rows = catalog::load("chat").expect("catalog");
        let entries: Vec<&EndpointInfo> = WRONG.iter().collect();
        let report = compare("chat", rows, &entries);
        assert_eq!(report.implemented, 0);
        assert_eq!(
            report.errors,
            ["chat: `create_user` is declared `idempotent: yes` but the catalog says `no`"]
        );
    }

    #[test]
    fn every_registered_endpoint_matches_the_catalog() {
        for product in PRODUCTS {
            let report = report(product).expect("report");
            assert!(report.errors.is_empty(), "{:#?}", report.errors);
            assert_eq!(
                report.implemented + report.missing.len(),
                report.total,
                "{product}"
            );
        }
    }

    #[test]
    fn completed_families_stay_complete() {
        let chat = report("chat").expect("chat");
        let complete = [
            "users",
            "user_metadata",
            "group_channels",
            "open_channels",
            "messages",
            "channel_metadata",
        ];
        let missing: Vec<_> = chat
            .missing
            .iter()
            .filter(|row| complete.contains(&row.category.as_str()))
            .map(|row| row.operation.as_str())
            .collect();
        assert!(missing.is_empty(), "missing: {missing:?}");
        assert!(chat.implemented >= 87, "{}", chat.implemented);
        for product in ["calls", "live"] {
            let report = report(product).expect("report");
            assert!(report.missing.is_empty(), "{product}: {:?}", report.missing);
        }
    }
}
