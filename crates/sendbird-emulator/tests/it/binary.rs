use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::Api;

const BIN: &str = env!("CARGO_BIN_EXE_sendbird-emulator");

fn wait(child: &mut Child, timeout: Duration) -> Option<std::process::ExitStatus> {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

#[test]
fn help_and_bad_arguments() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("USAGE") && text.contains("--rate-limit-get"),
        "{text}"
    );

    let out = Command::new(BIN).arg("--version").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("sendbird-emulator "));

    let out = Command::new(BIN)
        .args(["--port", "banana"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--port"));

    let out = Command::new(BIN).arg("--frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown argument"));
}

#[cfg(unix)]
#[tokio::test]
async fn serves_logs_and_stops_on_ctrl_c() {
    let mut child = Command::new(BIN)
        .args([
            "--port",
            "0",
            "--app-id",
            "BIN",
            "--api-token",
            "bin-token",
            "--secondary-token",
            "second",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let lines = tokio::task::spawn_blocking(move || {
        BufReader::new(stdout)
            .lines()
            .take(6)
            .map(|l| l.unwrap())
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    let base = lines[0].rsplit(' ').next().unwrap().to_owned();
    assert!(base.starts_with("http://127.0.0.1:"), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.contains(&format!("{base}/v3"))),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains(&format!("{base}/v1"))),
        "{lines:?}"
    );
    assert!(lines.iter().any(|l| l.contains("BIN")), "{lines:?}");

    let api = Api::for_base(&base, "bin-token");
    api.get("/users").await.ok();
    api.with_token(Some("second")).get("/users").await.ok();
    api.with_token(Some("wrong"))
        .get("/users")
        .await
        .error(400, 400401);

    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap()
        .success());
    let status = wait(&mut child, Duration::from_secs(10)).expect("exits after SIGINT");
    assert!(status.success(), "{status:?}");
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(stderr.contains("GET /v3/users 200"), "{stderr}");
    assert!(stderr.contains("GET /v3/users 400"), "{stderr}");
}
