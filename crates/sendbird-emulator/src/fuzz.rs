//! Entry points for the fuzz targets in `fuzz/` and their corpus tests. Not a public API:
//! hidden from the docs, and free to change with the server.
//!
//! [`run`] (and [`parse_request`] under it) feeds one request through exactly the code the
//! server runs once a request's head and body are in: path splitting, the `Api-Token`
//! check, query parsing, body parsing (JSON, `multipart/form-data` with its boundary) and
//! the product handlers, against a small seeded application. It also reads every query key
//! and every body field through each typed reader (text, bool, integer, lists — comma-joined
//! and percent-encoded, JSON array text or repeated parts —, JSON, files), which the handlers
//! only do for the names they know. None of it may panic, whatever the input.

use std::cell::RefCell;

use bytes::Bytes;
use futures_util::FutureExt;
use http::{header, HeaderValue, Method, Request, Uri};
use http_body_util::BodyExt;

use crate::controls::Controls;
use crate::http::config::Config;
use crate::http::params::Params;
use crate::http::query::Query;
use crate::http::request::{parse_body, split_path};
use crate::http::router;
use crate::seed::Seed;
use crate::state::State;
use crate::webhooks::{DeliveryConfig, Outbox};
use crate::{DirectCallSeed, LiveEventSeed, RoomSeed};

/// The master API token the fuzzed requests carry.
pub const API_TOKEN: &str = "fuzz-master-token";

/// What became of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// The method or the request target is not one an HTTP/1 server would accept, so the
    /// server never sees it.
    NotARequest,
    /// The server answered with this HTTP status and body.
    Answered {
        /// The HTTP status.
        status: u16,
        /// The response body (JSON).
        body: Bytes,
    },
    /// The request could not be run to completion: called from inside an async runtime,
    /// where this thread cannot block, the request did not complete at once. The corpus
    /// tests assert it never happens outside a runtime.
    Pending,
}

impl Outcome {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Answered { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// Splits a fuzz input and runs it through [`parse_request`].
///
/// The input is text-like, so seeds stay readable:
///
/// ```text
/// METHOD SP PATH[?QUERY] LF
/// CONTENT-TYPE LF          (an empty line: no Content-Type header)
/// BODY                     (everything else, byte for byte)
/// ```
///
/// A `\r` before either of the first two line feeds is dropped. Missing lines are empty.
pub fn run(data: &[u8]) -> Outcome {
    let (request_line, rest) = split_line(data);
    let (content_type, body) = split_line(rest);
    let (method, target) = match request_line.iter().position(|b| *b == b' ') {
        Some(at) => (&request_line[..at], &request_line[at + 1..]),
        None => (request_line, &b""[..]),
    };
    let content_type = (!content_type.is_empty()).then_some(content_type);
    parse_request(method, target, content_type, body)
}

fn split_line(data: &[u8]) -> (&[u8], &[u8]) {
    let (line, rest) = match data.iter().position(|b| *b == b'\n') {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b""[..]),
    };
    (line.strip_suffix(b"\r").unwrap_or(line), rest)
}

/// Runs one request, given its method, request target (`/v3/users?limit=5`), `Content-Type`
/// and body, through the server's parsing and dispatch, against a fresh application seeded
/// with two users (`alice`, `bob`), a group channel (`gc`) with a message, an open channel
/// (`oc`), a room (`room`), a direct call (`call`) and a live event (`live`). It carries the
/// master token [`API_TOKEN`].
pub fn parse_request(
    method: &[u8],
    path_and_query: &[u8],
    content_type: Option<&[u8]>,
    body: &[u8],
) -> Outcome {
    let Ok(method) = Method::from_bytes(method) else {
        return Outcome::NotARequest;
    };
    let Ok(uri) = Uri::try_from(path_and_query) else {
        return Outcome::NotARequest;
    };
    let mut builder = Request::builder()
        .method(method)
        .uri(uri)
        .header("api-token", API_TOKEN);
    if let Some(value) = content_type.and_then(|v| HeaderValue::from_bytes(v).ok()) {
        builder = builder.header(header::CONTENT_TYPE, value);
    }
    let Ok(request) = builder.body(()) else {
        return Outcome::NotARequest;
    };
    let (parts, ()) = request.into_parts();
    let body = Bytes::copy_from_slice(body);
    // Built outside the runtime, so that its webhook outbox starts no delivery task: the
    // runtime below never idles, so such tasks would pile up, one per input.
    let state = seeded_state();
    block_on(async move {
        read_everything(&parts, body.clone()).await;
        let response = router::dispatch(&state, parts, body).await;
        let status = response.status().as_u16();
        let body = match response.into_body().collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(never) => match never {},
        };
        Outcome::Answered { status, body }
    })
}

/// The parsing the server does, then every typed read of every name present.
async fn read_everything(parts: &http::request::Parts, body: Bytes) {
    let _ = split_path(parts.uri.path());
    let query = Query::parse(parts.uri.query());
    for name in query_names(parts.uri.query()) {
        let _ = query.str(&name);
        let _ = query.bool(&name);
        let _ = query.bool_or(&name, true);
        let _ = query.int(&name);
        let _ = query.list(&name);
        let _ = query.choice(&name, &["a", "b"], "a");
    }
    let Ok(params) = parse_body(&parts.headers, body).await else {
        return;
    };
    let names: Vec<String> = match &params {
        Params::Json(map) => map.keys().cloned().collect(),
        Params::Form { fields, files } => fields
            .iter()
            .map(|(name, _)| name.clone())
            .chain(files.iter().map(|file| file.field.clone()))
            .flat_map(|name| {
                // `ids[]` is read as `ids`.
                let bare = name.strip_suffix("[]").map(str::to_owned);
                std::iter::once(name).chain(bare)
            })
            .collect(),
    };
    for name in &names {
        let _ = params.str(name);
        let _ = params.required_str(name);
        let _ = params.bool(name);
        let _ = params.int(name);
        let _ = params.str_list(name);
        let _ = params.json(name);
        let _ = params.object(name);
        let _ = params.file(name);
    }
}

/// The keys of a raw query string, decoded as [`Query::parse`] decodes them.
fn query_names(raw: Option<&str>) -> Vec<String> {
    raw.unwrap_or("")
        .split('&')
        .map(|part| part.split_once('=').map_or(part, |(key, _)| key))
        .filter_map(|key| {
            percent_encoding::percent_decode_str(&key.replace('+', " "))
                .decode_utf8()
                .ok()
                .map(|key| key.into_owned())
        })
        .collect()
}

fn seeded_state() -> State {
    let config = Config {
        app_id: "FUZZ".to_owned(),
        api_token: API_TOKEN.to_owned(),
        secondary_tokens: Vec::new(),
        base_url: "http://127.0.0.1:9".to_owned(),
        log_requests: false,
    };
    let outbox = Outbox::start(API_TOKEN, DeliveryConfig::default());
    let state = State::new(config, Controls::default(), "FUZZ", 0, outbox);
    let seed = Seed::new()
        .user("alice", "Alice")
        .user("bob", "Bob")
        .group_channel("gc", ["alice", "bob"])
        .group_message("gc", "alice", "hello")
        .open_channel("oc", "Open")
        .room(RoomSeed::new("room", "small_room_for_video"))
        .direct_call(DirectCallSeed::new("call", "alice", "bob"))
        .live_event(LiveEventSeed::new("live", ["alice"]));
    // A seed that stops applying (a handler changed) leaves a smaller world: still fuzzable.
    let _ = seed.apply(&state);
    state
}

thread_local! {
    static RUNTIME: RefCell<Option<tokio::runtime::Runtime>> = const { RefCell::new(None) };
}

/// Runs the future on this thread's current-thread runtime (built once), so that anything
/// on the path that needs a Tokio context has one. Inside a runtime, where blocking would
/// panic, the future is polled once instead.
fn block_on<F: std::future::Future<Output = Outcome>>(future: F) -> Outcome {
    if tokio::runtime::Handle::try_current().is_ok() {
        return future.now_or_never().unwrap_or(Outcome::Pending);
    }
    RUNTIME.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok();
        }
        match slot.as_ref() {
            Some(runtime) => runtime.block_on(future),
            None => Outcome::Pending,
        }
    })
}
