//! `cargo xtask` — project automation for sendbird-rs.
//!
//! ```text
//! cargo xtask coverage [--missing]
//! cargo xtask decode --product chat|calls|live --operation NAME (--response FILE | --request FILE)
//! cargo xtask decode --product chat|calls --webhook FILE
//! cargo xtask release <VERSION|patch|minor|major> [--dry-run] [--publish] [--allow-dirty] [--skip-checks]
//! cargo xtask release --resume-publish [--dry-run] [--allow-dirty]
//! cargo xtask changelog [FILE]
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod catalog;
mod coverage;
mod decode;
mod products;
mod release;

use std::process::ExitCode;

const USAGE_HEAD: &str = "usage:
  cargo xtask coverage [--missing]
      one line per product (`chat: X/243`, `calls: X/21`, `live: X/10`); --missing lists
      catalog rows without an implementation; fails when an implemented endpoint is not in
      the catalog or disagrees with it on method or path
  cargo xtask decode --product chat|calls|live --operation NAME --response FILE.json
  cargo xtask decode --product chat|calls|live --operation NAME --request FILE.json
      decodes FILE with the endpoint's response (or request body) type; prints the failing
      field path and exits 1 when it does not match
  cargo xtask decode --product chat|calls --webhook FILE.json
      decodes a webhook payload (no signature check) and prints
      `category=<category> variant=<VariantName>` (`variant=Unknown` for a category without
      its own variant); exits 1 when it does not decode";

const USAGE_CHANGELOG: &str = "  cargo xtask changelog [FILE]
      checks CHANGELOG.md (default: the repository's): `## [Unreleased]` is the first
      section, every other one is `## [X.Y.Z] - YYYY-MM-DD`";

/// The usage text of every command.
fn usage() -> String {
    format!("{USAGE_HEAD}\n{}\n{USAGE_CHANGELOG}", release::USAGE)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("coverage") => coverage::run(&args[1..]),
        Some("decode") => decode::run(&args[1..]),
        Some("release") => release::run(&args[1..]),
        Some("changelog") => release::changelog::run_check(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{}", usage());
            Ok(())
        }
        _ => Err(format!("unknown or missing command\n{}", usage())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
