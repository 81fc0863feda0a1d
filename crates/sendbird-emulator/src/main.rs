//! The `sendbird-emulator` binary: runs the emulator until Ctrl-C.

use std::io::Write;
use std::process::ExitCode;

use sendbird_emulator::cli::{self, Command, USAGE};

#[tokio::main]
async fn main() -> ExitCode {
    let options = match cli::parse(std::env::args().skip(1)) {
        Ok(Command::Run(options)) => options,
        Ok(Command::Help) => {
            let _ = write!(std::io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            let _ = writeln!(
                std::io::stdout(),
                "sendbird-emulator {}",
                env!("CARGO_PKG_VERSION")
            );
            return ExitCode::SUCCESS;
        }
        Ok(_) => return ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let emulator = match options.builder().start().await {
        Ok(emulator) => emulator,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(
            out,
            "Sendbird emulator listening on {}",
            emulator.base_url()
        );
        let _ = writeln!(out, "  Chat API:  {}", emulator.chat_base_url());
        let _ = writeln!(out, "  Calls API: {}", emulator.calls_base_url());
        let _ = writeln!(out, "  App ID:    {}", emulator.app_id());
        let _ = writeln!(out, "  API token: {}", emulator.api_token());
        if let Some(url) = &options.webhook_url {
            let _ = writeln!(out, "  Webhooks:  every Chat event is posted to {url}");
        }
        let _ = writeln!(out, "Press Ctrl-C to stop.");
        let _ = out.flush();
    }
    wait_for_signal().await;
    eprintln!("shutting down");
    emulator.shutdown().await;
    ExitCode::SUCCESS
}

/// Resolves on Ctrl-C (SIGINT) or, on Unix, SIGTERM.
async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
