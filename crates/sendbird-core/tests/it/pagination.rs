//! Token pagination as streams.

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures_util::TryStreamExt;
use http_body_util::Full;
use sendbird_core::{Client, Error, PaginationError};

use crate::endpoints::{ListUsers, Pending};
use sendbird_core::test_util::collect_ok;

/// A transport serving `pages` (item ids, next token) keyed by the `token` query value.
fn paged(
    pages: Vec<(Option<&'static str>, Vec<&'static str>, &'static str)>,
) -> (Client, Arc<Mutex<Vec<Option<String>>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let service = tower::service_fn(move |request: http::Request<Bytes>| {
        let token = request
            .uri()
            .query()
            .and_then(|q| q.split('&').find_map(|p| p.strip_prefix("token=")))
            .map(str::to_owned);
        log.lock().expect("lock").push(token.clone());
        let page = pages
            .iter()
            .find(|(t, _, _)| t.map(str::to_owned) == token)
            .cloned();
        async move {
            let status = if page.is_some() { 200 } else { 400 };
            let body = match page {
                Some((_, ids, next)) => serde_json::json!({
                    "users": ids.iter().map(|id| serde_json::json!({"user_id": id})).collect::<Vec<_>>(),
                    "next": next,
                })
                .to_string(),
                None => r#"{"error":true,"code":400109,"message":"bad token"}"#.to_owned(),
            };
            Ok::<_, Error>(
                http::Response::builder()
                    .status(status)
                    .body(Full::new(Bytes::from(body)))
                    .expect("response"),
            )
        }
    });
    let client = Client::builder()
        .base_url("https://api-test.sendbird.com/v3")
        .api_token("t")
        .with_service(service)
        .build()
        .expect("client");
    (client, seen)
}

#[tokio::test]
async fn items_stream_walks_every_page() {
    let (client, seen) = paged(vec![
        (None, vec!["a", "b"], "t1"),
        (Some("t1"), vec!["c", "d"], "t2"),
        (Some("t2"), vec!["e"], ""),
    ]);
    let ids: Vec<String> = collect_ok(
        client
            .paginate(ListUsers::new().limit(2))
            .map_ok(|user| user.user_id),
        "all pages",
    )
    .await;
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    assert_eq!(
        *seen.lock().expect("lock"),
        [None, Some("t1".to_owned()), Some("t2".to_owned())]
    );
}

#[tokio::test]
async fn pages_stream_and_pending_stream() {
    let (client, _) = paged(vec![(None, vec!["a"], "t1"), (Some("t1"), vec![], "")]);
    let pages: Vec<_> = collect_ok(client.pages(ListUsers::new()), "pages").await;
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].next.as_deref(), Some("t1"));
    assert_eq!(pages[1].next, None);
    let users: Vec<_> = collect_ok(
        Pending::new(&client, ListUsers::new()).limit(1).stream(),
        "stream",
    )
    .await;
    assert_eq!(users.len(), 1);
}

#[tokio::test]
async fn a_repeated_token_or_a_token_cycle_ends_the_stream_with_an_error() {
    for (pages, expected) in [
        // The same token twice in a row.
        (
            vec![(None, vec!["a"], "t1"), (Some("t1"), vec!["b"], "t1")],
            &["a", "b"][..],
        ),
        // A -> B -> A: the previous token differs every time, the walk must still end.
        (
            vec![
                (None, vec!["a"], "A"),
                (Some("A"), vec!["b"], "B"),
                (Some("B"), vec!["c"], "A"),
            ],
            &["a", "b", "c"][..],
        ),
    ] {
        let last_page = pages.len();
        let (client, seen) = paged(pages);
        let mut items = Vec::new();
        let mut stream = std::pin::pin!(client.paginate(ListUsers::new()));
        let error = loop {
            match stream.try_next().await {
                Ok(Some(user)) => items.push(user.user_id),
                Ok(None) => panic!("a repeating listing must not end quietly: {expected:?}"),
                Err(error) => break error,
            }
        };
        assert_eq!(items, expected);
        assert!(
            matches!(
                error,
                Error::Pagination(PaginationError::RepeatedToken { page })
                    if page == last_page
            ),
            "{expected:?}: {error:?}"
        );
        assert_eq!(seen.lock().expect("lock").len(), last_page, "{expected:?}");
    }
}

#[tokio::test]
async fn the_page_cap_ends_the_stream_with_an_error() {
    let (client, seen) = paged(vec![
        (None, vec!["a"], "A"),
        (Some("A"), vec!["b"], "B"),
        (Some("B"), vec!["c"], ""),
    ]);
    let result: Result<Vec<_>, _> = Pending::new(&client, ListUsers::new())
        .max_pages(2)
        .stream()
        .try_collect()
        .await;
    assert!(matches!(
        result,
        Err(Error::Pagination(PaginationError::PageLimit { limit: 2 }))
    ));
    assert_eq!(seen.lock().expect("lock").len(), 2);
    let all: Vec<_> = collect_ok(
        Pending::new(&client, ListUsers::new())
            .max_pages(3)
            .stream(),
        "three pages fit",
    )
    .await;
    assert_eq!(all.len(), 3);
}

#[tokio::test]
async fn errors_end_the_stream_with_the_api_error() {
    let (client, _) = paged(vec![(None, vec!["a"], "gone")]);
    let result: Result<Vec<_>, _> = client.paginate(ListUsers::new()).try_collect().await;
    assert_eq!(result.expect_err("expired token").code(), Some(400109));
}
