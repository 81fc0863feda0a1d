//! Test helpers for users and product crates (feature `test-util`): the exact request an
//! endpoint puts on the wire, its JSON body and path, a scripted transport, fixture checks
//! over a whole registry, and parsing multipart bodies back.
//!
//! These helpers panic with a readable message on failure, as test code should.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::collections::VecDeque;
use std::path::Path;
use std::sync::{Arc, Mutex};

use bytes::Bytes;

use crate::client::build_http_request;
use crate::endpoint::{Endpoint, EndpointInfo};
use crate::error::Error;
use crate::layers::BaseUrl;
use crate::secret::ApiToken;

/// A value with a slash, a space and a non-ASCII letter, to check that path segments and
/// query values are encoded: it must appear on the wire as [`HOSTILE_ENCODED`].
pub const HOSTILE: &str = "a/b ü";

/// [`HOSTILE`] percent-encoded as one path segment or query value.
pub const HOSTILE_ENCODED: &str = "a%2Fb%20%C3%BC";

/// The token [`wire`] puts in `Api-Token`.
pub const TEST_TOKEN: &str = "test-token";

/// A 1×1 transparent PNG, for uploads (a cover, a profile picture) that must be a real image.
pub const PNG_1X1: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

/// The `http::Request<Bytes>` `endpoint` produces below `base_url` with [`TEST_TOKEN`]: the
/// same request layers as a real call (`User-Agent`, `Api-Token`, `Content-Type` and body,
/// encoded URL), byte for byte.
///
/// ```
/// # sendbird_core::product! { /// A client.
/// #   pub struct TestClient; base_url: "https://api-{app_id}.sendbird.com/v3";
/// #   /// A pending request.
/// #   pub struct Pending; }
/// # sendbird_core::endpoints! { registry: const R; client: TestClient; pending: Pending;
/// #   /// Users.
/// #   family Users = users() {
/// #   /// Gets a user.
/// #   fn get -> pub struct GetUser { operation: "get_user", request: GET "/users/{user_id}",
/// #     idempotent: yes, response: sendbird_core::Empty, required { path user_id: String } } } }
/// let request = sendbird_core::test_util::wire(&GetUser::new("a b"), "https://api-A.sendbird.com/v3");
/// assert_eq!(request.uri().path(), "/v3/users/a%20b");
/// ```
pub fn wire<E: Endpoint>(endpoint: &E, base_url: &str) -> http::Request<Bytes> {
    let base = BaseUrl::parse(base_url).unwrap_or_else(|e| panic!("base URL: {e}"));
    build_http_request(endpoint, &base, &ApiToken::new(TEST_TOKEN))
        .unwrap_or_else(|e| panic!("request for {} does not build: {e}", E::META.operation))
}

/// A product crate's test settings in one constant: the base URL requests are built below and
/// the fixture folder (`responses/<operation>.json`, `requests/<operation>.json`).
///
/// ```
/// use sendbird_core::test_util::TestKit;
///
/// const KIT: TestKit = TestKit::new("https://api-APP.sendbird.com/v3", "fixtures");
/// assert_eq!(KIT.base_url(), "https://api-APP.sendbird.com/v3");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct TestKit {
    base_url: &'static str,
    fixtures: &'static str,
}

impl TestKit {
    /// Settings for a crate.
    pub const fn new(base_url: &'static str, fixtures: &'static str) -> Self {
        Self { base_url, fixtures }
    }

    /// The base URL.
    pub fn base_url(&self) -> &'static str {
        self.base_url
    }

    /// [`wire`] below this kit's base URL.
    pub fn wire<E: Endpoint>(&self, endpoint: &E) -> http::Request<Bytes> {
        wire(endpoint, self.base_url)
    }

    /// [`wire`]s `endpoint` and asserts its method and path and query (the base URL's path
    /// included, e.g. `/v3/users/a%2Fb?limit=10`); returns the request for further checks.
    ///
    /// ```
    /// # sendbird_core::product! { /// A client.
    /// #   pub struct TestClient; base_url: "https://api-{app_id}.sendbird.com/v3";
    /// #   /// A pending request.
    /// #   pub struct Pending; }
    /// # sendbird_core::endpoints! { registry: const R; client: TestClient; pending: Pending;
    /// #   /// Users.
    /// #   family Users = users() {
    /// #   /// Gets a user.
    /// #   fn get -> pub struct GetUser { operation: "get_user", request: GET "/users/{user_id}",
    /// #     idempotent: yes, response: sendbird_core::Empty, required { path user_id: String } } } }
    /// use sendbird_core::test_util::TestKit;
    ///
    /// const KIT: TestKit = TestKit::new("https://api-A.sendbird.com/v3", "fixtures");
    /// KIT.assert_wire_empty(&GetUser::new("a b"), "GET", "/v3/users/a%20b");
    /// ```
    #[track_caller]
    pub fn assert_wire<E: Endpoint>(
        &self,
        endpoint: &E,
        method: &str,
        path_and_query: &str,
    ) -> http::Request<Bytes> {
        let request = self.wire(endpoint);
        let operation = E::META.operation;
        assert_eq!(request.method().as_str(), method, "method of {operation}");
        assert_eq!(
            self::path_and_query(&request),
            path_and_query,
            "path and query of {operation}"
        );
        request
    }

    /// [`assert_wire`](Self::assert_wire), and asserts that the request has no body.
    #[track_caller]
    pub fn assert_wire_empty<E: Endpoint>(
        &self,
        endpoint: &E,
        method: &str,
        path_and_query: &str,
    ) -> http::Request<Bytes> {
        let request = self.assert_wire(endpoint, method, path_and_query);
        assert!(
            request.body().is_empty(),
            "{} has a body: {:?}",
            E::META.operation,
            String::from_utf8_lossy(request.body())
        );
        request
    }

    /// [`assert_wire`](Self::assert_wire), and asserts that the request's body is the JSON
    /// `body`.
    #[track_caller]
    pub fn assert_wire_json<E: Endpoint>(
        &self,
        endpoint: &E,
        method: &str,
        path_and_query: &str,
        body: serde_json::Value,
    ) -> http::Request<Bytes> {
        let request = self.assert_wire(endpoint, method, path_and_query);
        assert_eq!(json_body(&request), body, "body of {}", E::META.operation);
        request
    }

    /// One row of a table for [`assert_cases`](Self::assert_cases): `endpoint` [`wire`]d below
    /// this kit's base URL, which must have `method` and `path_and_query`; add
    /// [`WireCase::empty`] or [`WireCase::json`] to check its body too.
    pub fn case<E: Endpoint>(
        &self,
        endpoint: &E,
        method: &'static str,
        path_and_query: impl Into<String>,
    ) -> WireCase {
        WireCase {
            operation: E::META.operation,
            request: self.wire(endpoint),
            method,
            path_and_query: path_and_query.into(),
            body: BodyCheck::Unchecked,
        }
    }

    /// A [`case`](Self::case) whose body must be the endpoint's request fixture,
    /// `requests/<operation>.json` (see [`request_fixture`](Self::request_fixture)).
    pub fn fixture_case<E: Endpoint>(
        &self,
        endpoint: &E,
        method: &'static str,
        path_and_query: impl Into<String>,
    ) -> WireCase {
        self.case(endpoint, method, path_and_query)
            .json(self.request_fixture::<E>())
    }

    /// Checks every row of a table of [`case`](Self::case)s and panics with the list of every
    /// mismatch, each named by its row number and operation.
    ///
    /// ```
    /// # sendbird_core::product! { /// A client.
    /// #   pub struct TestClient; base_url: "https://api-{app_id}.sendbird.com/v3";
    /// #   /// A pending request.
    /// #   pub struct Pending; }
    /// # sendbird_core::endpoints! { registry: const R; client: TestClient; pending: Pending;
    /// #   /// Users.
    /// #   family Users = users() {
    /// #   /// Gets a user.
    /// #   fn get -> pub struct GetUser { operation: "get_user", request: GET "/users/{user_id}",
    /// #     idempotent: yes, response: sendbird_core::Empty, required { path user_id: String } } } }
    /// use sendbird_core::test_util::TestKit;
    ///
    /// const KIT: TestKit = TestKit::new("https://api-A.sendbird.com/v3", "fixtures");
    /// KIT.assert_cases([
    ///     KIT.case(&GetUser::new("a b"), "GET", "/v3/users/a%20b").empty(),
    ///     KIT.case(&GetUser::new("a/b"), "GET", "/v3/users/a%2Fb"),
    /// ]);
    /// ```
    #[track_caller]
    pub fn assert_cases(&self, cases: impl IntoIterator<Item = WireCase>) {
        let failures: Vec<String> = cases
            .into_iter()
            .enumerate()
            .flat_map(|(row, case)| {
                let operation = case.operation;
                case.mismatches()
                    .into_iter()
                    .map(move |m| format!("row {row} ({operation}): {m}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Decodes `responses/<operation>.json` with `E`'s response type.
    pub fn decode<E: Endpoint>(&self) -> E::Response {
        decode_file::<E>(
            Path::new(self.fixtures)
                .join("responses")
                .join(format!("{}.json", E::META.operation)),
        )
    }

    /// `requests/<operation>.json` as JSON.
    pub fn request_fixture<E: Endpoint>(&self) -> serde_json::Value {
        let path = Path::new(self.fixtures)
            .join("requests")
            .join(format!("{}.json", E::META.operation));
        let text = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_json::from_slice(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// A client of product `P` (or a bare `Client`) below this kit's base URL, with
    /// [`TEST_TOKEN`], retries off, answering from `transport`.
    pub fn client<P: crate::Product>(&self, transport: &ScriptedTransport) -> P {
        crate::ClientBuilder::<P>::default()
            .base_url(self.base_url)
            .api_token(TEST_TOKEN)
            .retry(crate::layers::RetryConfig::disabled())
            .with_service(transport.clone())
            .build()
            .unwrap_or_else(|e| panic!("test client: {e}"))
    }

    /// A client of product `P` below this kit's base URL that never reaches a server (an
    /// empty [`ScriptedTransport`] answers `200 {}`), for tests that only build requests.
    pub fn idle_client<P: crate::Product>(&self) -> P {
        self.client(&ScriptedTransport::new())
    }

    /// [`check_fixtures`] over this kit's fixture folder.
    pub fn check_fixtures<'a>(&self, endpoints: impl IntoIterator<Item = &'a EndpointInfo>) {
        check_fixtures(endpoints, self.fixtures);
    }
}

/// One row of a [`TestKit::assert_cases`] table, made by [`TestKit::case`].
#[derive(Debug)]
pub struct WireCase {
    operation: &'static str,
    request: http::Request<Bytes>,
    method: &'static str,
    path_and_query: String,
    body: BodyCheck,
}

#[derive(Debug)]
enum BodyCheck {
    Unchecked,
    Empty,
    Json(serde_json::Value),
}

impl WireCase {
    /// The request must have no body.
    pub fn empty(self) -> Self {
        Self {
            body: BodyCheck::Empty,
            ..self
        }
    }

    /// The request's body must be the JSON `body`.
    pub fn json(self, body: serde_json::Value) -> Self {
        Self {
            body: BodyCheck::Json(body),
            ..self
        }
    }

    fn mismatches(&self) -> Vec<String> {
        let mut out = Vec::new();
        let request = &self.request;
        if request.method().as_str() != self.method {
            out.push(format!("method {} != {}", request.method(), self.method));
        }
        let actual = path_and_query(request);
        if actual != self.path_and_query {
            out.push(format!(
                "path and query\n  left:  {actual}\n  right: {}",
                self.path_and_query
            ));
        }
        let body = String::from_utf8_lossy(request.body());
        match &self.body {
            BodyCheck::Unchecked => {}
            BodyCheck::Empty if request.body().is_empty() => {}
            BodyCheck::Empty => out.push(format!("has a body: {body:?}")),
            BodyCheck::Json(expected) => {
                match serde_json::from_slice::<serde_json::Value>(request.body()) {
                    Ok(actual) if actual == *expected => {}
                    Ok(actual) => out.push(format!("body\n  left:  {actual}\n  right: {expected}")),
                    Err(e) => out.push(format!("body is not JSON ({e}): {body:?}")),
                }
            }
        }
        out
    }
}

/// A client of product `P` (or a bare `Client`) for a test server at `base_url`, an emulator
/// say: it sends `token`, never retries (so every answer is seen as is) and uses the default
/// transport.
///
/// ```
/// use sendbird_core::Client;
///
/// let client: Client = sendbird_core::test_util::client_at("http://127.0.0.1:9/v3", "token");
/// # drop(client);
/// ```
pub fn client_at<P: crate::Product>(base_url: &str, token: &str) -> P {
    crate::ClientBuilder::<P>::default()
        .base_url(base_url)
        .api_token(token)
        .retry(crate::layers::RetryConfig::disabled())
        .build()
        .unwrap_or_else(|e| panic!("test client for {base_url}: {e}"))
}

/// A client of product `P` for the real Sendbird application that the `SENDBIRD_APP_ID` and
/// `SENDBIRD_API_TOKEN` environment variables name, for (ignored) tests against Sendbird;
/// panics when either is unset.
pub fn real_client<P: crate::Product>() -> P {
    let var =
        |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("set {name} to run live tests"));
    crate::ClientBuilder::<P>::default()
        .app_id(var("SENDBIRD_APP_ID"))
        .api_token(var("SENDBIRD_API_TOKEN"))
        .build()
        .unwrap_or_else(|e| panic!("client for real Sendbird: {e}"))
}

/// Asserts that `result` failed with a Sendbird API error of this `code` answered with HTTP
/// `status`; `case` names the request in a failure. Returns the error for further checks.
///
/// ```should_panic
/// let ok: Result<(), sendbird_core::Error> = Ok(());
/// sendbird_core::test_util::expect_api_error(ok, "an unknown user", 400201, 400);
/// ```
#[track_caller]
pub fn expect_api_error<T: std::fmt::Debug>(
    result: Result<T, Error>,
    case: &str,
    code: u32,
    status: u16,
) -> Error {
    let err = match result {
        Ok(value) => panic!("{case}: expected API error {code}, got Ok({value:?})"),
        Err(err) => err,
    };
    assert_eq!(err.code(), Some(code), "{case}: code of {err:?}");
    assert_eq!(
        err.status().map(|s| s.as_u16()),
        Some(status),
        "{case}: status of {err:?}"
    );
    err
}

/// Asserts that `err` is an API error whose envelope `type` is `expected`, when one is
/// expected (Calls and some Live errors carry a `type` next to `code`); `None` checks nothing.
#[track_caller]
pub fn assert_error_type<'a>(err: &Error, expected: impl Into<Option<&'a str>>) {
    if let Some(expected) = expected.into() {
        assert_eq!(
            err.as_api().and_then(|api| api.error_type.as_deref()),
            Some(expected),
            "type of {err}"
        );
    }
}

/// Every item of a stream of results (a list's `.stream()` or `.pages()`), in order; panics
/// on the first error, naming `what`.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let items = futures_util::stream::iter([Ok::<_, sendbird_core::Error>(1), Ok(2)]);
/// assert_eq!(sendbird_core::test_util::collect_ok(items, "numbers").await, [1, 2]);
/// # });
/// ```
pub async fn collect_ok<T, E: std::fmt::Debug>(
    stream: impl futures_util::Stream<Item = Result<T, E>>,
    what: &str,
) -> Vec<T> {
    use futures_util::TryStreamExt;
    stream
        .try_collect()
        .await
        .unwrap_or_else(|e| panic!("{what}: {e:?}"))
}

/// Every page of a list's `.pages()`, asserting that at least one (possibly empty) page came:
/// all a list against a real Sendbird application, with data unknown, can promise. Panics on
/// the first error, naming `what`.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let pages = futures_util::stream::iter([Ok::<_, sendbird_core::Error>(Vec::<u8>::new())]);
/// assert_eq!(sendbird_core::test_util::assert_pages_arrive(pages, "empty").await.len(), 1);
/// # });
/// ```
pub async fn assert_pages_arrive<T, E: std::fmt::Debug>(
    pages: impl futures_util::Stream<Item = Result<T, E>>,
    what: &str,
) -> Vec<T> {
    let pages = collect_ok(pages, what).await;
    assert!(
        !pages.is_empty(),
        "{what}: at least one (possibly empty) page"
    );
    pages
}

/// How many items each of `pages` holds, in order: the shape of a listing paged to its end.
///
/// ```
/// let pages = [sendbird_core::Page::new(vec![1, 2], None, None)];
/// assert_eq!(sendbird_core::test_util::page_sizes(&pages), [2]);
/// ```
pub fn page_sizes<T>(pages: &[crate::Page<T>]) -> Vec<usize> {
    pages.iter().map(|page| page.items.len()).collect()
}

/// The string `field` reads from each of `items`, in order (ids, URLs, names), for comparing
/// a listing against the expected strings.
///
/// ```
/// let users = [("a", 1), ("b", 2)];
/// assert_eq!(sendbird_core::test_util::strs(&users, |u| u.0), ["a", "b"]);
/// ```
pub fn strs<'a, T>(items: &'a [T], field: impl Fn(&'a T) -> &'a str) -> Vec<&'a str> {
    items.iter().map(field).collect()
}

/// The first of `items` that `matches`; panics with `what` when none does.
///
/// ```
/// let users = [("a", 1), ("b", 2)];
/// assert_eq!(sendbird_core::test_util::find_listed(&users, |u| u.0 == "b", "b listed").1, 2);
/// ```
#[track_caller]
pub fn find_listed<'a, T>(items: &'a [T], matches: impl Fn(&T) -> bool, what: &str) -> &'a T {
    items
        .iter()
        .find(|item| matches(item))
        .unwrap_or_else(|| panic!("{what}"))
}

/// The request's path and query, e.g. `/v3/users/a%2Fb?limit=10`.
pub fn path_and_query<B>(request: &http::Request<B>) -> &str {
    request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str())
        .unwrap_or_default()
}

/// The request's body parsed as JSON (panics on anything else, an empty body included).
pub fn json_body(request: &http::Request<Bytes>) -> serde_json::Value {
    serde_json::from_slice(request.body()).unwrap_or_else(|e| {
        panic!(
            "the body of {} is not JSON ({e}): {:?}",
            request.uri(),
            String::from_utf8_lossy(request.body())
        )
    })
}

/// Checks every registered endpoint's fixtures below `dir`: each
/// `dir/responses/<operation>.json` decodes with the endpoint's response type, and each
/// endpoint with a body has a `dir/requests/<operation>.json` that matches its body fields.
/// Panics with the list of every failure (a missing fixture included).
pub fn check_fixtures<'a>(
    endpoints: impl IntoIterator<Item = &'a EndpointInfo>,
    dir: impl AsRef<Path>,
) {
    let dir = dir.as_ref();
    let mut failures = Vec::new();
    let mut checked = 0usize;
    for endpoint in endpoints {
        let op = endpoint.meta.operation;
        let mut check = |kind: &str, check: fn(&Bytes) -> Result<(), crate::DecodeError>| {
            let path = dir.join(kind).join(format!("{op}.json"));
            match std::fs::read(&path) {
                Err(e) => failures.push(format!("{}: {e}", path.display())),
                Ok(text) => match check(&Bytes::from(text)) {
                    Ok(()) => checked += 1,
                    Err(e) => failures.push(format!("{}: {e}", path.display())),
                },
            }
        };
        check("responses", endpoint.check_response);
        if let Some(check_request) = endpoint.check_request {
            check("requests", check_request);
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked > 0, "no fixtures checked below {}", dir.display());
}

/// A product's webhook event enum (declared by [`webhook_events!`](crate::webhook_events))
/// with its fixtures below `dir`: `dir/<group>/<event>.json` for a category `group:event`,
/// `dir/<category>.json` for one without a colon. Declare it with
/// [`webhook_fixture_test!`](crate::webhook_fixture_test), which also adds the test that runs
/// [`check`](Self::check).
pub struct WebhookFixtures<E> {
    dir: &'static str,
    categories: &'static [&'static str],
    parse_strict: fn(&[u8]) -> Result<E, crate::webhook::WebhookError>,
    category_of: fn(&E) -> &str,
    variant_of: fn(&E) -> &'static str,
}

impl<E> WebhookFixtures<E>
where
    E: crate::webhook::WebhookPayload + serde::Serialize + PartialEq + std::fmt::Debug,
{
    /// The fixtures below `dir` of the enum whose `CATEGORIES`, `parse_strict`, `category` and
    /// `variant_name` are given.
    pub const fn new(
        dir: &'static str,
        categories: &'static [&'static str],
        parse_strict: fn(&[u8]) -> Result<E, crate::webhook::WebhookError>,
        category_of: fn(&E) -> &str,
        variant_of: fn(&E) -> &'static str,
    ) -> Self {
        Self {
            dir,
            categories,
            parse_strict,
            category_of,
            variant_of,
        }
    }

    /// The fixture file of `category`.
    pub fn path(&self, category: &str) -> std::path::PathBuf {
        let dir = Path::new(self.dir);
        match category.split_once(':') {
            Some((group, event)) => dir.join(group).join(format!("{event}.json")),
            None => dir.join(format!("{category}.json")),
        }
    }

    /// The bytes of `category`'s fixture.
    pub fn read(&self, category: &str) -> Vec<u8> {
        let path = self.path(category);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{category}: {}: {e}", path.display()))
    }

    /// `category`'s fixture, parsed strictly.
    pub fn event(&self, category: &str) -> E {
        (self.parse_strict)(&self.read(category)).unwrap_or_else(|e| panic!("{category}: {e}"))
    }

    /// Every category's fixture parses strictly into its own variant (never `Unknown`), the
    /// lenient [`WebhookPayload::parse`](crate::webhook::WebhookPayload::parse) agrees, the
    /// event round-trips through `Serialize`, and every `.json` file below the directory is
    /// some category's fixture.
    pub fn check(&self) {
        for category in self.categories {
            let body = self.read(category);
            let event = self.event(category);
            assert_eq!((self.category_of)(&event), *category);
            assert_ne!((self.variant_of)(&event), "Unknown", "{category}");
            let lenient = E::parse(&body).unwrap_or_else(|e| panic!("{category}: {e}"));
            assert_eq!(lenient, event, "{category}: the lenient parse agrees");
            let again = serde_json::to_vec(&event).expect("serializes");
            assert_eq!(
                (self.parse_strict)(&again).unwrap_or_else(|e| panic!("{category}: re-parse: {e}")),
                event,
                "{category}: round trip"
            );
        }
        let mut files = Vec::new();
        let mut stack = vec![Path::new(self.dir).to_path_buf()];
        while let Some(folder) = stack.pop() {
            for entry in std::fs::read_dir(&folder).expect("fixture folder") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "json") {
                    files.push(path);
                }
            }
        }
        let expected: Vec<_> = self.categories.iter().map(|c| self.path(c)).collect();
        for file in &files {
            assert!(
                expected.contains(file),
                "{} names no category",
                file.display()
            );
        }
        assert_eq!(
            files.len(),
            self.categories.len(),
            "one fixture per category"
        );
    }
}

/// In a product's webhook test module: `const FIXTURES`, the
/// [`WebhookFixtures`](crate::test_util::WebhookFixtures) of the event enum named (in scope)
/// below the crate's `fixtures/webhooks/`, and the test
/// `every_category_decodes_its_fixture_into_its_own_variant`, which runs its `check`.
///
/// ```text
/// sendbird_core::webhook_fixture_test!(WebhookEvent);
/// let WebhookEvent::UserUnblock(unblock) = FIXTURES.event("user:unblock") else { panic!() };
/// ```
#[macro_export]
macro_rules! webhook_fixture_test {
    ($event:ident) => {
        const FIXTURES: $crate::test_util::WebhookFixtures<$event> =
            $crate::test_util::WebhookFixtures::new(
                concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/webhooks"),
                $event::CATEGORIES,
                $event::parse_strict,
                $event::category,
                $event::variant_name,
            );

        #[test]
        fn every_category_decodes_its_fixture_into_its_own_variant() {
            FIXTURES.check();
        }
    };
}

/// A transport that answers a queue of canned responses and records every request it sees;
/// give it to `ClientBuilder::with_service`. When the queue is empty it answers `200 {}`.
///
/// ```
/// use sendbird_core::test_util::ScriptedTransport;
///
/// let transport = ScriptedTransport::new().ok_json(r#"{"user_id":"a"}"#).status(503, "{}");
/// assert_eq!(transport.requests().len(), 0);
/// ```
#[derive(Clone, Debug, Default)]
pub struct ScriptedTransport {
    answers: Arc<Mutex<VecDeque<http::Response<Bytes>>>>,
    requests: Arc<Mutex<Vec<http::Request<Bytes>>>>,
}

impl ScriptedTransport {
    /// An empty script.
    pub fn new() -> Self {
        Self::default()
    }

    /// Queues `200` with a JSON body.
    pub fn ok_json(self, body: &'static str) -> Self {
        self.status(200, body)
    }

    /// Queues an answer with this status and JSON body.
    pub fn status(self, status: u16, body: &'static str) -> Self {
        let mut response = http::Response::new(Bytes::from_static(body.as_bytes()));
        *response.status_mut() = http::StatusCode::from_u16(status).expect("a valid status");
        response.headers_mut().insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json"),
        );
        self.respond(response)
    }

    /// Queues any response.
    pub fn respond(self, response: http::Response<Bytes>) -> Self {
        self.answers.lock().expect("lock").push_back(response);
        self
    }

    /// The requests received so far, in order.
    pub fn requests(&self) -> Vec<http::Request<Bytes>> {
        self.requests.lock().expect("lock").clone()
    }

    /// The path and query of every request received so far.
    pub fn paths(&self) -> Vec<String> {
        self.requests()
            .iter()
            .map(|r| path_and_query(r).to_owned())
            .collect()
    }
}

impl tower::Service<http::Request<Bytes>> for ScriptedTransport {
    type Response = http::Response<http_body_util::Full<Bytes>>;
    type Error = Error;
    type Future = futures_util::future::Ready<Result<Self::Response, Error>>;

    fn poll_ready(
        &mut self,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Error>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<Bytes>) -> Self::Future {
        self.requests.lock().expect("lock").push(request);
        let answer = self
            .answers
            .lock()
            .expect("lock")
            .pop_front()
            .unwrap_or_else(|| http::Response::new(Bytes::from_static(b"{}")));
        futures_util::future::ready(Ok(answer.map(http_body_util::Full::new)))
    }
}

/// Decodes the JSON file at `path` with `E`'s response type.
pub fn decode_file<E: Endpoint>(path: impl AsRef<Path>) -> E::Response {
    let path = path.as_ref();
    let text = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    E::decode_response(&Bytes::from(text)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One part of a parsed multipart body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedPart {
    /// The field name.
    pub name: String,
    /// The file name, for file parts.
    pub file_name: Option<String>,
    /// The part's content type, if given.
    pub content_type: Option<String>,
    /// The bytes.
    pub data: Bytes,
}

/// Parses a `multipart/form-data` request body back into its parts with `multer`.
pub async fn multipart_parts(request: &http::Request<Bytes>) -> Vec<ParsedPart> {
    let content_type = request
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .expect("a content-type header");
    let boundary = multer::parse_boundary(content_type).expect("a multipart boundary");
    let body = request.body().clone();
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .expect("a valid multipart body")
    {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(|m| m.to_string());
        let data = field.bytes().await.expect("part bytes");
        parts.push(ParsedPart {
            name,
            file_name,
            content_type,
            data,
        });
    }
    parts
}

/// A `multipart/form-data` request body parsed back (see [`multipart_form`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultipartForm {
    /// The parts, in order.
    pub parts: Vec<ParsedPart>,
}

impl MultipartForm {
    /// The field names, in order.
    pub fn names(&self) -> Vec<&str> {
        self.parts.iter().map(|p| p.name.as_str()).collect()
    }

    /// The first part named `name`, as (lossy) UTF-8 text.
    pub fn text(&self, name: &str) -> Option<String> {
        self.parts
            .iter()
            .find(|p| p.name == name)
            .map(|p| String::from_utf8_lossy(&p.data).into_owned())
    }

    /// Every part as its name and bytes, in order.
    pub fn fields(&self) -> Vec<(&str, &[u8])> {
        self.parts
            .iter()
            .map(|p| (p.name.as_str(), p.data.as_ref()))
            .collect()
    }

    /// The last part (where the SDK puts the file); panics on an empty form.
    pub fn last(&self) -> &ParsedPart {
        self.parts.last().expect("a form with parts")
    }
}

/// Asserts that `request` is sent as `multipart/form-data` with a boundary, and parses its body
/// back with [`multipart_parts`].
pub async fn multipart_form(request: &http::Request<Bytes>) -> MultipartForm {
    let content_type = request
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "content type of {}: {content_type:?}",
        request.uri()
    );
    MultipartForm {
        parts: multipart_parts(request).await,
    }
}

#[cfg(test)]
mod tests {
    #![allow(dead_code)]
    use super::*;

    crate::product! {
        /// A client for these tests.
        pub struct TestClient;
        base_url: "https://api-{app_id}.sendbird.com/v3";
        /// A pending request.
        pub struct Pending;
    }

    crate::endpoints! {
        registry: const TEST_ENDPOINTS;
        client: TestClient;
        pending: Pending;

        /// Users.
        family Users = users() {
            /// Creates a user.
            fn create -> pub struct CreateUser {
                operation: "create_user",
                request: POST "/users",
                idempotent: no,
                response: crate::Empty,
                required { body user_id: String }
            }
        }
    }

    #[test]
    fn wire_carries_the_user_agent_token_and_content_type() {
        let request = wire(&CreateUser::new("a/b"), "https://api-A.sendbird.com/v3");
        let header = |name: &str| {
            request
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(header("user-agent"), crate::layers::SDK_USER_AGENT);
        assert!(header("user-agent").starts_with("sendbird-rs/"));
        assert_eq!(header("api-token"), TEST_TOKEN);
        assert_eq!(header("content-type"), "application/json; charset=utf8");
        assert_eq!(path_and_query(&request), "/v3/users");
        assert_eq!(json_body(&request), serde_json::json!({"user_id": "a/b"}));
        assert_eq!(TEST_ENDPOINTS.len(), 1);
    }

    #[test]
    fn assert_cases_names_every_mismatched_row() {
        const KIT: TestKit = TestKit::new("https://api-A.sendbird.com/v3", "fixtures");
        KIT.assert_cases([
            KIT.case(&CreateUser::new("a"), "POST", "/v3/users")
                .json(serde_json::json!({"user_id": "a"})),
            KIT.case(&CreateUser::new("b"), "POST", "/v3/users"),
        ]);
        let failed = std::panic::catch_unwind(|| {
            KIT.assert_cases([
                KIT.case(&CreateUser::new("a"), "POST", "/v3/users"),
                KIT.case(&CreateUser::new("b"), "PUT", "/v3/user").empty(),
                KIT.case(&CreateUser::new("c"), "POST", "/v3/users")
                    .json(serde_json::json!({"user_id": "d"})),
            ]);
        })
        .expect_err("mismatches panic");
        let message = failed.downcast_ref::<String>().expect("a message");
        assert!(!message.contains("row 0"), "{message}");
        assert!(
            message.contains("row 1 (create_user): method POST != PUT"),
            "{message}"
        );
        assert!(
            message.contains("row 1 (create_user): path and query"),
            "{message}"
        );
        assert!(
            message.contains("row 1 (create_user): has a body"),
            "{message}"
        );
        assert!(message.contains("row 2 (create_user): body"), "{message}");
    }

    #[tokio::test]
    async fn wire_is_byte_for_byte_what_a_call_sends() {
        let transport = ScriptedTransport::new().ok_json("{}");
        let client = TestClient::builder()
            .base_url("https://api-A.sendbird.com/v3")
            .api_token(TEST_TOKEN)
            .with_service(transport.clone())
            .build()
            .expect("client");
        client.users().create("a/b").await.expect("sent");
        let sent = transport.requests().pop().expect("one request");
        let expected = wire(&CreateUser::new("a/b"), "https://api-A.sendbird.com/v3");
        assert_eq!(sent.method(), expected.method());
        assert_eq!(sent.uri(), expected.uri());
        assert_eq!(sent.headers(), expected.headers());
        assert_eq!(sent.body(), expected.body());
        let pending = client.request(CreateUser::new("x"));
        assert!(pending.options().is_empty());
        let stream = client.users().create("y").max_pages(1);
        assert_eq!(stream.into_endpoint().user_id, "y");
    }
}
