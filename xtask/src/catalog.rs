//! The endpoint catalogs (`xtask/catalog/*.tsv`, copied from Sendbird's docs research).

use std::path::PathBuf;

/// One catalog row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CatalogRow {
    pub(crate) category: String,
    pub(crate) operation: String,
    pub(crate) method: String,
    pub(crate) path: String,
    /// `none`, `json` or `multipart`.
    pub(crate) body: String,
    /// `no`, `token`, `token:next` or `token:next+prev`.
    pub(crate) paginated: String,
    /// `yes`, `no` or `by-mode`: may the operation be repeated once the request may have
    /// reached the server? Reviewed per operation from what it does.
    pub(crate) idempotent: String,
}

/// The catalog file of a product.
pub(crate) fn catalog_path(product: &str) -> PathBuf {
    let file = match product {
        "chat" => "chat-v3.tsv",
        "calls" => "calls-v1.tsv",
        _ => "live-v1.tsv",
    };
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("catalog")
        .join(file)
}

/// Reads a product's catalog.
pub(crate) fn load(product: &str) -> Result<Vec<CatalogRow>, String> {
    let path = catalog_path(product);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The header every catalog starts with.
const HEADER: &str = "category\toperation\tmethod\tpath\tbody\tpaginated\tidempotent";

/// Parses TSV text with the header
/// `category operation method path body paginated idempotent source`.
pub(crate) fn parse(text: &str) -> Result<Vec<CatalogRow>, String> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = lines.next().ok_or("empty catalog")?;
    if !header.starts_with(HEADER) {
        return Err(format!(
            "unexpected header `{header}` (expected `{HEADER}...`)"
        ));
    }
    lines
        .enumerate()
        .map(|(i, line)| {
            let mut fields = line.split('\t');
            let mut next = || {
                fields
                    .next()
                    .map(str::to_owned)
                    .ok_or(format!("line {}: too few fields", i + 2))
            };
            let row = CatalogRow {
                category: next()?,
                operation: next()?,
                method: next()?,
                path: next()?,
                body: next()?,
                paginated: next()?,
                idempotent: next()?,
            };
            if !matches!(row.idempotent.as_str(), "yes" | "no" | "by-mode") {
                return Err(format!(
                    "line {}: idempotent must be yes, no or by-mode, not `{}`",
                    i + 2,
                    row.idempotent
                ));
            }
            Ok(row)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogs_have_the_expected_sizes() {
        assert_eq!(load("chat").map(|r| r.len()), Ok(243));
        assert_eq!(load("calls").map(|r| r.len()), Ok(21));
        assert_eq!(load("live").map(|r| r.len()), Ok(10));
    }

    #[test]
    fn rejects_a_bad_header() {
        assert!(parse("a\tb\n").is_err());
        assert!(parse("category\toperation\tmethod\tpath\nusers\tx\n").is_err());
    }

    #[test]
    fn every_row_states_its_idempotency() {
        let header = format!("{HEADER}\tsource\n");
        assert!(parse(&format!(
            "{header}u\tget_user\tGET\t/u\tnone\tno\tmaybe\tdocs\n"
        ))
        .is_err());
        let rows = parse(&format!(
            "{header}u\tget_user\tGET\t/u\tnone\tno\tyes\tdocs\n"
        ));
        assert_eq!(rows.map(|r| r[0].idempotent.clone()), Ok("yes".to_owned()));
        for product in ["chat", "calls", "live"] {
            let rows = load(product).expect("catalog");
            let creates: Vec<_> = rows
                .iter()
                .filter(|r| r.operation.starts_with("create_") && r.idempotent != "no")
                .map(|r| r.operation.as_str())
                .collect();
            assert!(
                creates.is_empty(),
                "{product}: creates marked repeatable: {creates:?}"
            );
        }
    }
}
