//! What reaches a real server: token, content type, path segments, query, multipart.

use bytes::Bytes;
use sendbird_core::layers::RetryConfig;
use sendbird_core::{Client, FilePart};

use crate::endpoints::{CreateUser, DeleteUser, GetUser, ListUsers};
use crate::server::{json, TestServer};

fn client(server: &TestServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .api_token("wire-token")
        .retry(RetryConfig::disabled())
        .build()
        .expect("client")
}

#[tokio::test]
async fn hostile_ids_reach_the_server_as_one_segment() {
    let server = TestServer::start(|r| {
        let id = r.segments().last().cloned().unwrap_or_default();
        json(200, &serde_json::json!({ "user_id": id }).to_string())
    })
    .await;
    let client = client(&server);
    for id in [
        "user@example.com",
        "a/b",
        "50%",
        "?#",
        "...",
        ".a",
        "ü 漢",
        "a b",
        "a+b",
        "%2F",
    ] {
        let user = client.send(&GetUser::new(id)).await.expect("sent");
        let seen = server.last();
        assert_eq!(
            seen.segments(),
            ["v3", "users", id],
            "raw path {}",
            seen.path
        );
        assert_eq!(user.user_id, id);
    }
}

#[tokio::test]
async fn dot_and_empty_ids_are_refused_before_anything_is_sent() {
    let server = TestServer::start(|_| json(200, r#"{"user_id":"x"}"#)).await;
    let client = client(&server);
    for (id, expected) in [
        (".", "DotPathParam"),
        ("..", "DotPathParam"),
        ("", "EmptyPathParam"),
    ] {
        let error = client.send(&GetUser::new(id)).await.expect_err("refused");
        let shown = format!("{error:?}");
        assert!(
            matches!(error, sendbird_core::Error::Build(_)) && shown.contains(expected),
            "{id:?}: {shown}"
        );
    }
    assert_eq!(server.requests().len(), 0, "nothing reached the server");
}

#[tokio::test]
async fn token_content_type_and_user_agent_on_every_method() {
    let server = TestServer::start(|_| json(200, r#"{"user_id":"u"}"#)).await;
    let client = client(&server);
    client.send(&GetUser::new("u")).await.expect("get");
    client.send(&DeleteUser::new("u")).await.expect("delete");
    client
        .send(&CreateUser::new("u", "n", ""))
        .await
        .expect("post");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_eq!(
            request.headers["api-token"], "wire-token",
            "{}",
            request.method
        );
        assert_eq!(
            request.headers["content-type"], "application/json; charset=utf8",
            "{}",
            request.method
        );
        assert!(request.headers["user-agent"]
            .to_str()
            .expect("ascii")
            .starts_with("sendbird-rs/"));
    }
    assert_eq!(requests[0].method, http::Method::GET);
    assert!(requests[0].body.is_empty());
    assert_eq!(requests[1].method, http::Method::DELETE);
    assert_eq!(
        requests[2].body,
        Bytes::from_static(br#"{"user_id":"u","nickname":"n","profile_url":""}"#)
    );
}

#[tokio::test]
async fn comma_lists_encode_each_element() {
    let server = TestServer::start(|_| json(200, r#"{"users":[],"next":""}"#)).await;
    let client = client(&server);
    client
        .send(&ListUsers::new().user_ids(["a,b", "c d", "é"]).limit(5))
        .await
        .expect("list");
    assert_eq!(
        server.last().query.as_deref(),
        Some("limit=5&user_ids=a%2Cb,c%20d,%C3%A9")
    );
}

#[tokio::test]
async fn multipart_upload_parses_back_on_the_server() {
    let server = TestServer::start(|_| json(200, r#"{"user_id":"u"}"#)).await;
    let client = client(&server);
    let picture: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    client
        .send(
            &CreateUser::new("u1", "Ünïcode", "")
                .profile_file(FilePart::new("face.jpg", picture.clone())),
        )
        .await
        .expect("upload");
    let seen = server.last();
    let content_type = seen.headers["content-type"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(content_type.starts_with("multipart/form-data; boundary="));
    let boundary = multer::parse_boundary(&content_type).expect("boundary");
    let body = seen.body.clone();
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut fields = Vec::new();
    while let Some(field) = multipart.next_field().await.expect("valid multipart") {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(|m| m.to_string());
        fields.push((
            name,
            file_name,
            content_type,
            field.bytes().await.expect("bytes"),
        ));
    }
    let names: Vec<_> = fields.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        ["user_id", "nickname", "profile_url", "profile_file"]
    );
    assert_eq!(fields[1].3, "Ünïcode".as_bytes());
    assert_eq!(fields[3].1.as_deref(), Some("face.jpg"));
    assert_eq!(fields[3].2.as_deref(), Some("image/jpeg"));
    assert_eq!(fields[3].3, picture);
}

#[tokio::test]
async fn refuses_plain_http_for_remote_hosts() {
    let err = Client::builder()
        .base_url("http://api-x.sendbird.com/v3")
        .api_token("t")
        .build()
        .expect_err("insecure");
    assert!(matches!(err, sendbird_core::BuildError::InsecureBaseUrl(_)));
}
