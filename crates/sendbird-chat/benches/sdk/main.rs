//! `cargo bench -p sendbird-chat --bench sdk`: the SDK's cost next to its limit, measured in the
//! same run on the same bytes.
//!
//! - decoding a docs-shaped 20-message page and a 100-user list through the SDK's models vs
//!   `serde_json::from_slice` into plain structs with the same fields (`plain.rs`);
//! - one full-stack call (`chat.users().get(..)` over an in-process transport) vs building the
//!   same `http::Request` by hand and decoding with plain serde;
//! - allocations per call, counted by this binary's global allocator.
//!
//! The run stays on one CPU (Linux). Each timed case runs the SDK and its limit in alternating
//! batches for about two seconds after a warm-up and compares the medians of the batches; a
//! substring argument runs only matching cases. Targets: page ≤ 1.3× plain, users ≤ 1.2×
//! plain, full stack ≤ 1 µs over the hand-built call, ≤ 50 allocations per get_user, ≤ 400 per
//! 20-message page.
#![allow(
    missing_docs,
    unsafe_code,
    clippy::print_stdout,
    clippy::expect_used,
    clippy::unwrap_used
)]

mod plain;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use sendbird_chat::messages::ListMessages;
use sendbird_chat::models::ChannelType;
use sendbird_chat::users::ListUsers;
use sendbird_chat::ChatClient;
use sendbird_core::layers::RetryConfig;
use sendbird_core::Endpoint;
use tower::{Service, ServiceExt};

/// Counts every allocation of this process.
struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

// The workspace denies `unsafe`; `GlobalAlloc` is an unsafe trait, so this bench binary (and
// only it) allows it for the counter, which forwards every call to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Median time per operation of `sdk` and of `limit`, in nanoseconds.
///
/// The two run in alternating batches for about two seconds (after a warm-up), so a burst of
/// noise from the rest of the machine lands on both sides; the median of the per-batch means
/// then drops the batches it disturbed most.
fn time_pair(mut sdk: impl FnMut(), mut limit: impl FnMut()) -> (f64, f64) {
    const BATCH: u32 = 50;
    for _ in 0..200 {
        sdk();
        limit();
    }
    let batch = |op: &mut dyn FnMut()| {
        let started = Instant::now();
        for _ in 0..BATCH {
            op();
        }
        started.elapsed().as_nanos() as f64 / f64::from(BATCH)
    };
    let (mut sdk_batches, mut limit_batches) = (Vec::new(), Vec::new());
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(2) || sdk_batches.len() < 11 {
        sdk_batches.push(batch(&mut sdk));
        limit_batches.push(batch(&mut limit));
    }
    (median(sdk_batches), median(limit_batches))
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Mean allocations per operation.
fn allocations(mut op: impl FnMut()) -> f64 {
    for _ in 0..50 {
        op();
    }
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    for _ in 0..1000 {
        op();
    }
    (ALLOCATIONS.load(Ordering::Relaxed) - before) as f64 / 1000.0
}

struct Report {
    failures: Vec<String>,
}

impl Report {
    /// Prints one result line (`met` decides its verdict) and records a missed target.
    fn line(&mut self, name: &str, met: bool, figures: std::fmt::Arguments<'_>) {
        println!(
            "{name:<44} {figures}   {}",
            if met { "ok" } else { "MISSED" }
        );
        if !met {
            self.failures.push(name.to_owned());
        }
    }

    fn ratio(&mut self, name: &str, sdk: f64, limit: f64, target: f64) {
        let ratio = sdk / limit;
        self.line(
            name,
            ratio <= target,
            format_args!("sdk {sdk:>10.0} ns   plain {limit:>10.0} ns   {ratio:>5.2}x   target ≤ {target:.1}x"),
        );
    }

    fn overhead(&mut self, name: &str, sdk: f64, limit: f64, target_ns: f64) {
        let over = sdk - limit;
        self.line(
            name,
            over <= target_ns,
            format_args!("sdk {sdk:>10.0} ns   hand {limit:>11.0} ns   +{over:>5.0} ns   target ≤ +{target_ns:.0} ns"),
        );
    }

    fn count(&mut self, name: &str, sdk: f64, limit: f64, target: f64) {
        self.line(
            name,
            sdk <= target,
            format_args!("sdk {sdk:>10.1}      hand {limit:>11.1}      target ≤ {target:.0}"),
        );
    }

    /// Times decoding `bytes` through the SDK's `E` against plain serde into `P`.
    fn decode<E: Endpoint, P: serde::de::DeserializeOwned>(
        &mut self,
        name: &str,
        bytes: &Bytes,
        target: f64,
    ) {
        let (sdk, limit) = time_pair(
            || {
                black_box(E::decode_response(black_box(bytes)).expect("decodes"));
            },
            || {
                black_box(serde_json::from_slice::<P>(black_box(bytes)).expect("decodes"));
            },
        );
        let name = format!("{name} ({} KB)", bytes.len() / 1024);
        self.ratio(&name, sdk, limit, target);
    }
}

fn fixture(name: &str) -> serde_json::Value {
    let path = format!(
        "{}/fixtures/responses/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_slice(&std::fs::read(&path).expect("fixture")).expect("json")
}

/// 20 docs-shaped messages: user messages (mentions, metaarray, reactions), file messages
/// (file, thumbnails) and admin messages, from the `list_messages` fixture's shapes.
fn message_page() -> Bytes {
    let sample = fixture("list_messages");
    let shapes: Vec<serde_json::Value> = sample["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| matches!(m["type"].as_str(), Some("MESG" | "FILE" | "ADMM")))
        .cloned()
        .collect();
    let messages: Vec<serde_json::Value> = (0..20)
        .map(|i| {
            let mut message = shapes[i % shapes.len()].clone();
            message["message_id"] = serde_json::json!(1_120_934_813i64 + i as i64);
            message["created_at"] = serde_json::json!(1_542_244_950_930i64 + i as i64 * 1000);
            message
        })
        .collect();
    Bytes::from(serde_json::json!({ "messages": messages }).to_string())
}

/// 100 docs-shaped users.
fn user_page() -> Bytes {
    let user = fixture("get_user");
    let users: Vec<serde_json::Value> = (0..100)
        .map(|i| {
            let mut user = user.clone();
            user["user_id"] = serde_json::json!(format!("user-{i}@example.com"));
            user["nickname"] = serde_json::json!(format!("User {i}"));
            user
        })
        .collect();
    Bytes::from(
        serde_json::json!({"users": users, "next": "YXEZR1VVQVdYWGZYWmZ5X2lmMnU5"}).to_string(),
    )
}

/// An in-process transport answering every request with `body`.
#[derive(Clone)]
struct Canned(Bytes);

impl Service<http::Request<Bytes>> for Canned {
    type Response = http::Response<Full<Bytes>>;
    type Error = std::convert::Infallible;
    type Future = std::future::Ready<Result<Self::Response, Self::Error>>;

    fn poll_ready(
        &mut self,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, _request: http::Request<Bytes>) -> Self::Future {
        std::future::ready(Ok(http::Response::new(Full::new(self.0.clone()))))
    }
}

/// What a careful hand-written client does for `GET /users/{id}`: build the request, send it,
/// collect the body, decode with plain serde.
async fn hand_get_user(transport: &mut Canned, user_id: &str) -> plain::User {
    let mut uri = String::with_capacity(64);
    uri.push_str("https://api-APP.sendbird.com/v3/users/");
    uri.extend(percent_encoding::utf8_percent_encode(
        user_id,
        percent_encoding::NON_ALPHANUMERIC,
    ));
    let request = http::Request::builder()
        .method(http::Method::GET)
        .uri(uri)
        .header("api-token", "0123456789abcdef0123456789abcdef01234567")
        .header("content-type", "application/json; charset=utf8")
        .header("user-agent", "hand-written/1.0")
        .body(Bytes::new())
        .expect("request");
    let response = transport
        .ready()
        .await
        .expect("ready")
        .call(request)
        .await
        .expect("sent");
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    serde_json::from_slice(&body).expect("decoded")
}

/// Keeps the whole run on the CPU it started on. On a small VM the scheduler otherwise moves
/// the thread between cores at random moments, and a batch that lands after a move runs about
/// 60% slower on both sides, which buries a sub-microsecond difference in noise.
#[cfg(target_os = "linux")]
fn pin_to_one_cpu() {
    // SAFETY: `cpu_set_t` is plain data (all zeroes is the empty set), `CPU_SET` writes within
    // it, and `sched_setaffinity` only reads the set we own for the length we pass.
    unsafe {
        let cpu = libc::sched_getcpu();
        if cpu < 0 {
            return;
        }
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu as usize, &mut set);
        if libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) == 0 {
            println!("(pinned to CPU {cpu})");
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn pin_to_one_cpu() {}

fn main() {
    pin_to_one_cpu();
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let runs = |name: &str| filter.as_ref().is_none_or(|f| name.contains(f.as_str()));
    let mut report = Report {
        failures: Vec::new(),
    };

    let page = message_page();
    if runs("decode 20-message page") {
        report.decode::<ListMessages, plain::Messages>("decode 20-message page", &page, 1.3);
    }
    let users = user_page();
    if runs("decode 100-user list") {
        report.decode::<ListUsers, plain::Users>("decode 100-user list", &users, 1.2);
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let user_body = Bytes::from(fixture("get_user").to_string());
    let chat = ChatClient::builder()
        .app_id("APP")
        .api_token("0123456789abcdef0123456789abcdef01234567")
        .retry(RetryConfig::default())
        .with_service(Canned(user_body.clone()))
        .build()
        .expect("client");
    let mut hand = Canned(user_body);
    if runs("full-stack get_user") {
        let (sdk, limit) = time_pair(
            || {
                runtime.block_on(async {
                    black_box(chat.users().get("alice@example.com").await.expect("sent"));
                });
            },
            || {
                runtime.block_on(async {
                    black_box(hand_get_user(&mut hand, "alice@example.com").await);
                });
            },
        );
        report.overhead("full-stack get_user", sdk, limit, 1000.0);
    }
    if runs("allocations per get_user") {
        let sdk = allocations(|| {
            runtime.block_on(async {
                black_box(chat.users().get("alice@example.com").await.expect("sent"));
            });
        });
        let limit = allocations(|| {
            runtime.block_on(async {
                black_box(hand_get_user(&mut hand, "alice@example.com").await);
            });
        });
        report.count("allocations per get_user", sdk, limit, 50.0);
    }
    if runs("allocations per 20-message page") {
        let listing = ChatClient::builder()
            .app_id("APP")
            .api_token("0123456789abcdef0123456789abcdef01234567")
            .with_service(Canned(page.clone()))
            .build()
            .expect("client");
        let sdk = allocations(|| {
            runtime.block_on(async {
                let window = listing
                    .messages(ChannelType::GroupChannels, "room-1")
                    .list(1_542_244_950_930)
                    .prev_limit(10)
                    .next_limit(10)
                    .await
                    .expect("listed");
                black_box(window);
            });
        });
        let limit = allocations(|| {
            black_box(serde_json::from_slice::<plain::Messages>(&page).expect("decodes"));
        });
        report.count("allocations per 20-message page", sdk, limit, 400.0);
    }

    println!();
    if report.failures.is_empty() {
        println!("every target met");
    } else {
        println!("targets missed: {}", report.failures.join(", "));
    }
}
