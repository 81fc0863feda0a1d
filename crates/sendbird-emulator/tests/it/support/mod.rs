//! A small HTTP client for the tests (hyper-util's legacy client over plain HTTP), and
//! helpers shared by the test files (see [`v1`] for the Calls and Live ones).

pub(crate) mod raw;
pub(crate) mod v1;

use bytes::Bytes;
use http::{header, HeaderMap, Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use sendbird_emulator::{Emulator, Seed};
use serde_json::Value;

/// RFC 3986 unreserved characters stay literal; everything else is encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment or query value.
pub(crate) fn enc(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

/// A received response.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl Reply {
    /// The body as JSON (panics with the body text when it isn't).
    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&self.body)))
    }

    /// Asserts HTTP 200 and returns the JSON body.
    #[track_caller]
    pub(crate) fn ok(&self) -> Value {
        assert_eq!(
            self.status,
            StatusCode::OK,
            "body: {}",
            String::from_utf8_lossy(&self.body)
        );
        self.json()
    }

    /// Asserts a Sendbird error envelope with this status and code.
    #[track_caller]
    pub(crate) fn error(&self, status: u16, code: u64) {
        let body = self.json();
        assert_eq!(self.status.as_u16(), status, "body: {body}");
        assert_eq!(body["error"], Value::Bool(true), "body: {body}");
        assert_eq!(body["code"].as_u64(), Some(code), "body: {body}");
        assert!(body["message"].is_string(), "body: {body}");
    }
}

/// A client bound to one emulator and token.
#[derive(Clone)]
pub(crate) struct Api {
    client: Client<HttpConnector, Full<Bytes>>,
    pub(crate) base: String,
    pub(crate) token: Option<String>,
}

impl Api {
    /// A client for the emulator's Chat API with its master token.
    pub(crate) fn new(emulator: &Emulator) -> Self {
        Self {
            client: Client::builder(TokioExecutor::new()).build_http(),
            base: emulator.base_url().to_owned(),
            token: Some(emulator.api_token().to_owned()),
        }
    }

    /// A client for any base URL (`http://127.0.0.1:PORT`) and token.
    pub(crate) fn for_base(base: &str, token: &str) -> Self {
        Self {
            client: Client::builder(TokioExecutor::new()).build_http(),
            base: base.to_owned(),
            token: Some(token.to_owned()),
        }
    }

    /// Sends a GET to `base + path` and reports transport errors instead of panicking.
    pub(crate) async fn try_get(
        &self,
        path: &str,
    ) -> Result<StatusCode, hyper_util::client::legacy::Error> {
        let mut builder = Request::builder()
            .method(Method::GET)
            .uri(format!("{}{}", self.base, path));
        if let Some(token) = &self.token {
            builder = builder.header("Api-Token", token);
        }
        let response = self
            .client
            .request(builder.body(Full::new(Bytes::new())).unwrap())
            .await?;
        Ok(response.status())
    }

    /// The same client with another token (or none).
    pub(crate) fn with_token(&self, token: Option<&str>) -> Self {
        Self {
            token: token.map(str::to_owned),
            ..self.clone()
        }
    }

    /// Sends a raw request to `base + path` (path includes `/v3` etc.).
    pub(crate) async fn raw(
        &self,
        method: Method,
        path: &str,
        content_type: Option<&str>,
        body: Bytes,
    ) -> Reply {
        let mut builder = Request::builder()
            .method(method)
            .uri(format!("{}{}", self.base, path));
        if let Some(token) = &self.token {
            builder = builder.header("Api-Token", token);
        }
        if let Some(ct) = content_type {
            builder = builder.header(header::CONTENT_TYPE, ct);
        }
        let response = self
            .client
            .request(builder.body(Full::new(body)).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            headers,
            body,
        }
    }

    /// A request with an optional JSON body (`path` includes `/v3` etc.).
    pub(crate) async fn json(&self, method: Method, path: &str, body: Option<Value>) -> Reply {
        let bytes = body
            .map(|b| Bytes::from(serde_json::to_vec(&b).unwrap()))
            .unwrap_or_default();
        self.raw(method, path, Some("application/json; charset=utf8"), bytes)
            .await
    }

    /// A Chat request with an optional JSON body (`path` is relative to `/v3`).
    pub(crate) async fn call(&self, method: Method, path: &str, body: Option<Value>) -> Reply {
        self.json(method, &format!("/v3{path}"), body).await
    }

    pub(crate) async fn get(&self, path: &str) -> Reply {
        self.call(Method::GET, path, None).await
    }

    pub(crate) async fn post(&self, path: &str, body: Value) -> Reply {
        self.call(Method::POST, path, Some(body)).await
    }

    pub(crate) async fn put(&self, path: &str, body: Value) -> Reply {
        self.call(Method::PUT, path, Some(body)).await
    }

    pub(crate) async fn delete(&self, path: &str) -> Reply {
        self.call(Method::DELETE, path, None).await
    }

    /// A Chat multipart request (`path` is relative to `/v3`): text fields and
    /// `(field, file name, content type, bytes)` files.
    pub(crate) async fn multipart(
        &self,
        method: Method,
        path: &str,
        fields: &[(&str, &str)],
        files: &[FilePart<'_>],
    ) -> Reply {
        self.multipart_at(method, &format!("/v3{path}"), fields, files)
            .await
    }

    /// A multipart request (`path` includes `/v3` etc.).
    pub(crate) async fn multipart_at(
        &self,
        method: Method,
        path: &str,
        fields: &[(&str, &str)],
        files: &[FilePart<'_>],
    ) -> Reply {
        let (content_type, body) = multipart_body(fields, files);
        self.raw(method, path, Some(&content_type), body).await
    }

    /// Fetches an absolute URL (e.g. a file URL the emulator handed out) without a token.
    pub(crate) async fn fetch(&self, url: &str) -> Reply {
        let path = url
            .strip_prefix(&self.base)
            .expect("URL served by this emulator");
        self.with_token(None)
            .raw(Method::GET, path, None, Bytes::new())
            .await
    }
}

/// Asserts that `url`, a file URL the emulator handed out, serves `body` as `content_type`.
pub(crate) async fn assert_served(api: &Api, url: &str, body: &[u8], content_type: &str) {
    let file = api.fetch(url).await;
    assert_eq!(file.status, StatusCode::OK, "{url}");
    assert_eq!(&file.body[..], body, "{url}");
    assert_eq!(file.headers[header::CONTENT_TYPE], content_type, "{url}");
}

/// A file part: `(field, file name, content type, bytes)`.
pub(crate) type FilePart<'a> = (&'a str, &'a str, &'a str, &'a [u8]);

/// A `multipart/form-data` body and its content type.
pub(crate) fn multipart_body(fields: &[(&str, &str)], files: &[FilePart<'_>]) -> (String, Bytes) {
    let boundary = "----emulator-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        body.extend_from_slice(
            format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(value.as_bytes());
        body.extend_from_slice(b"\r\n");
    }
    for (name, file_name, content_type, data) in files {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        body.extend_from_slice(
            format!(
                "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n\
                 Content-Type: {content_type}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (
        format!("multipart/form-data; boundary={boundary}"),
        Bytes::from(body),
    )
}

/// Starts an emulator with a seed, and a client for it.
pub(crate) async fn start_with(seed: Seed) -> (Emulator, Api) {
    let emulator = Emulator::builder().seed(seed).start().await.unwrap();
    let api = Api::new(&emulator);
    (emulator, api)
}

/// Starts a default emulator and a client for it.
pub(crate) async fn start() -> (Emulator, Api) {
    start_with(Seed::new()).await
}

/// A seed that starts with these `(user_id, nickname)` users.
pub(crate) fn seed_users(users: &[(&str, &str)]) -> Seed {
    users.iter().fold(Seed::new(), |seed, (id, nickname)| {
        seed.user(*id, *nickname)
    })
}

/// Creates users `ids` with nickname = id.
pub(crate) async fn users(api: &Api, ids: &[&str]) {
    for id in ids {
        api.post(
            "/users",
            serde_json::json!({"user_id": id, "nickname": id, "profile_url": ""}),
        )
        .await
        .ok();
    }
}

/// Chat requests for [`expect_errors`] tables (paths relative to `/v3`).
pub(crate) mod req {
    use http::Method;
    use serde_json::Value;

    /// A method, a path and an optional JSON body.
    pub(crate) type Request<'a> = (Method, &'a str, Option<Value>);

    pub(crate) fn get(path: &str) -> Request<'_> {
        (Method::GET, path, None)
    }

    pub(crate) fn delete(path: &str) -> Request<'_> {
        (Method::DELETE, path, None)
    }

    pub(crate) fn post(path: &str, body: Value) -> Request<'_> {
        (Method::POST, path, Some(body))
    }

    pub(crate) fn put(path: &str, body: Value) -> Request<'_> {
        (Method::PUT, path, Some(body))
    }
}

/// A Sendbird Chat error: HTTP status and code.
pub(crate) type ChatError = (u16, u64);

/// 400201: the named resource does not exist.
pub(crate) const NOT_FOUND: ChatError = (400, 400201);
/// 400202: a resource with the same id already exists.
pub(crate) const ALREADY_EXISTS: ChatError = (400, 400202);
/// 400105: a required parameter is absent.
pub(crate) const MISSING: ChatError = (400, 400105);
/// 400111: a parameter has an invalid value.
pub(crate) const INVALID_VALUE: ChatError = (400, 400111);
/// 400110: a value is longer than allowed.
pub(crate) const TOO_LONG: ChatError = (400, 400110);
/// 400100: a parameter should be a string.
pub(crate) const NOT_STRING: ChatError = (400, 400100);
/// 400101: a parameter should be a number.
pub(crate) const NOT_NUMBER: ChatError = (400, 400101);
/// 400102: a parameter should be a list.
pub(crate) const NOT_LIST: ChatError = (400, 400102);
/// 400103: a parameter should be a JSON object.
pub(crate) const NOT_OBJECT: ChatError = (400, 400103);
/// 400104: a parameter should be a boolean.
pub(crate) const NOT_BOOL: ChatError = (400, 400104);
/// 400109: the page token is malformed, unknown or expired.
pub(crate) const BAD_PAGE_TOKEN: ChatError = (400, 400109);
/// 400404: no endpoint is served at this URL.
pub(crate) const INVALID_URL: ChatError = (400, 400404);

/// Sends the text message `text` from `sender` to the channel at `channel` (a path such as
/// `group_channels/g` or `open_channels/o`, segments already encoded) and returns it.
pub(crate) async fn send_text(api: &Api, channel: &str, sender: &str, text: &str) -> Value {
    api.post(
        &format!("/{channel}/messages"),
        serde_json::json!({"message_type": "MESG", "user_id": sender, "message": text}),
    )
    .await
    .ok()
}

/// Creates `field` entries (`metadata` or `metacounter`) from the object `values` on the
/// resource at `path` (such as `/group_channels/g`, segments already encoded), asserting
/// success.
pub(crate) async fn add_meta(api: &Api, path: &str, field: &str, values: Value) {
    let mut body = serde_json::Map::new();
    body.insert(field.to_owned(), values);
    api.post(&format!("{path}/{field}"), Value::Object(body))
        .await
        .ok();
}

/// Sends each request in turn and asserts the error envelope with that HTTP status and
/// Sendbird code; a failure names the request.
pub(crate) async fn expect_errors(api: &Api, cases: &[(req::Request<'_>, ChatError)]) {
    for ((method, path, body), (status, code)) in cases {
        let reply = api.call(method.clone(), path, body.clone()).await;
        let got = reply.json();
        assert_eq!(
            (reply.status.as_u16(), got["code"].as_u64()),
            (*status, Some(*code)),
            "{method} {path} {body:?}: {got}"
        );
        reply.error(*status, *code);
    }
}

/// The string `field` of each item (panics when one has none).
pub(crate) fn strs<'a>(items: &'a [Value], field: &str) -> Vec<&'a str> {
    items
        .iter()
        .map(|item| item[field].as_str().unwrap())
        .collect()
}

/// The string `field` of each item of the array `list` of a body.
pub(crate) fn listed(body: &Value, list: &str, field: &str) -> Vec<String> {
    strs(body[list].as_array().unwrap(), field)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// The `user_id`s on the first page of operators of the channel at `channel` (such as
/// `/group_channels/g`).
pub(crate) async fn operator_ids(api: &Api, channel: &str) -> Vec<String> {
    let body = api.get(&format!("{channel}/operators")).await.ok();
    listed(&body, "operators", "user_id")
}

/// Removes operator `a` of the channel at `channel` (whose operators are `a` and `b`), then
/// the rest with `delete_all`; naming neither answers 400105.
pub(crate) async fn remove_operators(api: &Api, channel: &str) {
    let path = format!("{channel}/operators");
    api.delete(&format!("{path}?operator_ids=a")).await.ok();
    assert_eq!(operator_ids(api, channel).await, ["b"]);
    api.delete(&path).await.error(400, 400105);
    api.delete(&format!("{path}?delete_all=true")).await.ok();
    assert!(operator_ids(api, channel).await.is_empty());
}

/// Walks a token-paged list to the end and returns every item of `field`.
pub(crate) async fn collect_pages(api: &Api, path: &str, field: &str, limit: usize) -> Vec<Value> {
    let sep = if path.contains('?') { '&' } else { '?' };
    let mut items = Vec::new();
    let mut token = String::new();
    for _ in 0..1000 {
        let mut url = format!("{path}{sep}limit={limit}");
        if !token.is_empty() {
            url.push_str(&format!("&token={}", enc(&token)));
        }
        let body = api.get(&url).await.ok();
        let page = body[field].as_array().unwrap().clone();
        assert!(page.len() <= limit);
        items.extend(page);
        token = body["next"].as_str().unwrap().to_owned();
        if token.is_empty() {
            return items;
        }
    }
    panic!("paging never ended");
}
