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

/// Parses TSV text with the header `category operation method path body paginated source`.
pub(crate) fn parse(text: &str) -> Result<Vec<CatalogRow>, String> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = lines.next().ok_or("empty catalog")?;
    if !header.starts_with("category\toperation\tmethod\tpath") {
        return Err(format!("unexpected header `{header}`"));
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
            Ok(CatalogRow {
                category: next()?,
                operation: next()?,
                method: next()?,
                path: next()?,
                body: next()?,
                paginated: next()?,
            })
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
}
