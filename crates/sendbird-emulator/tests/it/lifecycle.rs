use std::time::Duration;

use sendbird_emulator::Emulator;
use serde_json::json;
use tokio::net::TcpStream;

use crate::support::Api;

#[tokio::test]
async fn shutdown_stops_listening() {
    let emulator = Emulator::start().await.unwrap();
    let addr = emulator.local_addr();
    Api::new(&emulator).get("/users").await.ok();
    emulator.shutdown().await;
    assert!(TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn dropping_the_handle_stops_the_server() {
    let emulator = Emulator::start().await.unwrap();
    let addr = emulator.local_addr();
    drop(emulator);
    for _ in 0..100 {
        if TcpStream::connect(addr).await.is_err() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("still listening after drop");
}

#[tokio::test]
async fn fixed_port_and_concurrent_requests() {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = probe.local_addr().unwrap().port();
    drop(probe);
    let emulator = Emulator::builder().port(port).start().await.unwrap();
    assert_eq!(emulator.local_addr().port(), port);
    let api = Api::new(&emulator);
    let mut tasks = Vec::new();
    for i in 0..32 {
        let api = api.clone();
        tasks.push(tokio::spawn(async move {
            api.post(
                "/users",
                json!({"user_id": format!("u{i}"), "nickname": "n"}),
            )
            .await
            .ok();
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let listed = api.get("/users?limit=100").await.ok();
    assert_eq!(listed["users"].as_array().unwrap().len(), 32);
    // A second emulator on the same port fails to start with a bind error.
    let error = Emulator::builder().port(port).start().await.unwrap_err();
    assert!(error.to_string().contains("bind"), "{error}");
}
