//! `cargo bench -p sendbird-core`: the cost of the SDK's own work per request — building and
//! encoding requests, decoding responses, and a full trip through the tower stack over an
//! in-process transport (no network, so only our overhead is measured).
//!
//! A plain harness (no external crate): each case runs for about a second after a warm-up and
//! prints the mean time per operation. Pass a substring to run only matching cases.
#![allow(
    missing_docs,
    clippy::print_stdout,
    clippy::expect_used,
    clippy::unwrap_used
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;
use sendbird_core::layers::{BaseUrl, RetryConfig};
use sendbird_core::{build_http_request, ApiToken, Client, Endpoint, FilePart};
use serde::Deserialize;

/// The endpoints the integration tests declare (`tests/it/endpoints.rs`), benched here.
#[allow(dead_code)]
#[path = "../tests/it/endpoints.rs"]
mod endpoints;

use endpoints::{CreateUser, GetUser, ListUsers};

/// A struct with `user_id` and then `#[serde(default)]` fields (what a field-list macro
/// generates), so the decoding benches compare the same kind of struct.
macro_rules! user_struct {
    ($(#[$meta:meta])* $name:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize)]
        pub struct $name {
            pub user_id: String,
            $(
                #[serde(default)]
                pub $field: $ty,
            )*
        }
    };
}

type Metadata = std::collections::HashMap<String, String>;

user_struct!(
    /// The shared user profile, for the flatten comparison.
    Profile {
        nickname: Option<String>,
        profile_url: Option<String>,
        metadata: Metadata,
        is_active: Option<bool>,
    }
);

/// A user composed with `#[serde(flatten)]`.
#[derive(Debug, Deserialize)]
pub struct FlattenedUser {
    #[serde(flatten)]
    pub profile: Profile,
    #[serde(default)]
    pub is_online: Option<bool>,
    #[serde(default)]
    pub last_seen_at: Option<i64>,
    #[serde(default)]
    pub preferred_languages: Vec<String>,
}

user_struct!(
    /// The same fields written out in one struct.
    InlineUser {
        nickname: Option<String>,
        profile_url: Option<String>,
        metadata: Metadata,
        is_active: Option<bool>,
        is_online: Option<bool>,
        last_seen_at: Option<i64>,
        preferred_languages: Vec<String>,
    }
);

#[derive(Debug, Deserialize)]
pub struct UserPage<U> {
    pub users: Vec<U>,
}

fn bench(filter: &Option<String>, name: &str, mut op: impl FnMut()) {
    if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
        return;
    }
    for _ in 0..100 {
        op();
    }
    let mut iterations = 0u64;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(1) {
        for _ in 0..100 {
            op();
        }
        iterations += 100;
    }
    let per_op = started.elapsed().as_nanos() as f64 / iterations as f64;
    println!(
        "{name:<48} {:>12.0} ns/op {:>12.0} ops/s",
        per_op,
        1e9 / per_op
    );
}

fn user_list_json(users: usize) -> Bytes {
    let users: Vec<_> = (0..users)
        .map(|i| {
            serde_json::json!({
                "user_id": format!("user-{i}@example.com"),
                "nickname": format!("User {i}"),
                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                "metadata": {"location": "Seoul", "team": "core"},
                "is_online": false, "is_active": true, "last_seen_at": 1_700_000_000_000i64 + i as i64,
                "discovery_keys": [], "preferred_languages": ["en"], "has_ever_logged_in": true,
            })
        })
        .collect();
    Bytes::from(
        serde_json::json!({"users": users, "next": "YXEZR1VVQVdYWGZYWmZ5X2lmMnU5"}).to_string(),
    )
}

fn main() {
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let base = BaseUrl::parse("https://api-APP.sendbird.com/v3").expect("base");
    let token = ApiToken::new("0123456789abcdef0123456789abcdef01234567");

    let get = GetUser::new("ü 漢/user@example.com").include_unread_count(true);
    bench(&filter, "build GET (hostile id, query)", || {
        black_box(build_http_request(black_box(&get), &base, &token).expect("builds"));
    });

    let ids: Vec<String> = (0..100).map(|i| format!("user,{i}@example.com")).collect();
    let list = ListUsers::new().limit(100).user_ids(ids);
    bench(&filter, "build GET (100-id comma list)", || {
        black_box(build_http_request(black_box(&list), &base, &token).expect("builds"));
    });

    let metadata = (0..10)
        .map(|i| (format!("key{i}"), format!("value {i}")))
        .collect::<std::collections::HashMap<_, _>>();
    let create = CreateUser::new("alice", "Alice", "").metadata(metadata);
    bench(&filter, "build POST JSON (10 metadata entries)", || {
        black_box(build_http_request(black_box(&create), &base, &token).expect("builds"));
    });

    let upload = CreateUser::new("alice", "Alice", "")
        .profile_file(FilePart::new("a.png", vec![7u8; 1024 * 1024]));
    bench(&filter, "build POST multipart (1 MiB file)", || {
        black_box(build_http_request(black_box(&upload), &base, &token).expect("builds"));
    });

    let page = user_list_json(100);
    bench(&filter, "decode list of 100 users", || {
        black_box(ListUsers::decode_response(black_box(&page)).expect("decodes"));
    });
    bench(&filter, "decode 100 users, profile fields inline", || {
        black_box(
            serde_json::from_slice::<UserPage<InlineUser>>(black_box(&page)).expect("decodes"),
        );
    });
    bench(
        &filter,
        "decode 100 users, profile #[serde(flatten)]",
        || {
            black_box(
                serde_json::from_slice::<UserPage<FlattenedUser>>(black_box(&page))
                    .expect("decodes"),
            );
        },
    );

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let body = Bytes::from_static(br#"{"user_id":"alice","nickname":"Alice"}"#);
    let client = Client::builder()
        .base_url("https://api-APP.sendbird.com/v3")
        .api_token("token")
        .retry(RetryConfig::default())
        .with_service(tower::service_fn(move |_req: http::Request<Bytes>| {
            let body = body.clone();
            async move { Ok::<_, sendbird_core::Error>(http::Response::new(Full::new(body))) }
        }))
        .build()
        .expect("client");
    bench(
        &filter,
        "send GET through the full stack (fake transport)",
        || {
            runtime.block_on(async { black_box(client.send(&get).await.expect("sent")) });
        },
    );
}
