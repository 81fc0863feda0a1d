//! User layers: outer ones see each call once, attempt layers see every attempt's final request.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use sendbird_core::layers::RetryConfig;
use sendbird_core::{ApiRequest, Client};
use tower::util::MapRequestLayer;

use crate::endpoints::GetUser;
use crate::retry::{scripted, Step};

#[tokio::test(start_paused = true)]
async fn outer_layers_run_once_and_attempt_layers_per_attempt() {
    let (service, _) = scripted(vec![Step::Respond(503, "", &[])]);
    let calls = Arc::new(AtomicUsize::new(0));
    let operations = Arc::new(Mutex::new(Vec::new()));
    let attempts = Arc::new(Mutex::new(Vec::new()));
    let (c, o, a) = (calls.clone(), operations.clone(), attempts.clone());
    let client = Client::builder()
        .base_url("https://api-test.sendbird.com/v3")
        .api_token("layer-token")
        .retry(
            RetryConfig::default()
                .initial_backoff(Duration::from_millis(10))
                .without_budget(),
        )
        .layer(MapRequestLayer::new(move |request: ApiRequest| {
            c.fetch_add(1, Ordering::SeqCst);
            o.lock().expect("lock").push(request.meta.operation);
            request
        }))
        .attempt_layer(MapRequestLayer::new(
            move |request: http::Request<Bytes>| {
                let token = request.headers().get("api-token").map(|v| v.is_sensitive());
                a.lock()
                    .expect("lock")
                    .push((request.uri().to_string(), token));
                request
            },
        ))
        .with_service(service)
        .build()
        .expect("client");
    client
        .send(&GetUser::new("a/b"))
        .await
        .expect("second attempt succeeds");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    assert_eq!(*operations.lock().expect("lock"), ["get_user"]);
    let attempts = attempts.lock().expect("lock");
    assert_eq!(attempts.len(), 2);
    assert_eq!(
        attempts[0].0,
        "https://api-test.sendbird.com/v3/users/a%2Fb"
    );
    assert_eq!(attempts[0].1, Some(true), "Api-Token present and sensitive");
}
