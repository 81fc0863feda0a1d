//! `cargo xtask` — project automation for sendbird-rs.
//!
//! ```text
//! cargo xtask coverage [--missing]
//! cargo xtask decode --product chat|calls|live --operation NAME (--response FILE | --request FILE)
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod catalog;
mod coverage;
mod decode;
mod products;

use std::process::ExitCode;

const USAGE: &str = "usage:
  cargo xtask coverage [--missing]
      one line per product (`chat: X/243`, `calls: X/21`, `live: X/10`); --missing lists
      catalog rows without an implementation; fails when an implemented endpoint is not in
      the catalog or disagrees with it on method or path
  cargo xtask decode --product chat|calls|live --operation NAME --response FILE.json
  cargo xtask decode --product chat|calls|live --operation NAME --request FILE.json
      decodes FILE with the endpoint's response (or request body) type; prints the failing
      field path and exits 1 when it does not match";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("coverage") => coverage::run(&args[1..]),
        Some("decode") => decode::run(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown or missing command\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
