//! Live events against the emulator: create (JSON and multipart with a cover file), update,
//! and the list with its filters, paged to the end.

use bytes::Bytes;
use sendbird_core::Page;
use sendbird_live::live_events::ListLiveEvents;
use sendbird_live::models::{HostType, LiveEvent, LiveEventState};
use sendbird_live::{FilePart, LiveClient, LiveErrorCode, Pending};
use tower::ServiceExt;

use crate::support::{expect_live_error, get_event, live};
use sendbird_core::test_util::{collect_ok, page_sizes, PNG_1X1};

/// GETs a URL without a token (uploaded files are public), returning status, type and body.
async fn fetch(url: &str) -> (u16, String, Bytes) {
    let transport =
        sendbird_core::default_transport(sendbird_core::TransportConfig::new().max_body(1 << 20))
            .expect("transport");
    let request = http::Request::get(url).body(Bytes::new()).expect("request");
    let response = transport.oneshot(request).await.expect("fetch");
    let content_type = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (
        response.status().as_u16(),
        content_type,
        response.into_body(),
    )
}

fn ids(events: &[LiveEvent]) -> Vec<String> {
    events.iter().map(|e| e.live_event_id.clone()).collect()
}

/// Every event a filtered list yields (two per page), as ids in the server's order.
async fn collect(pending: Pending<'_, ListLiveEvents>) -> Vec<String> {
    let events: Vec<LiveEvent> = collect_ok(pending.limit(2).stream(), "list").await;
    ids(&events)
}

async fn create(live: &LiveClient, title: &str) -> String {
    live.live_events()
        .create(["host-1"])
        .title(title)
        .await
        .expect("create")
        .live_event
        .live_event_id
}

#[tokio::test]
async fn create_with_a_cover_file_uploads_it() {
    let (emulator, live) = live().await;
    let created = live
        .live_events()
        .create(["host-1", "host@example.com"])
        .title("With a cover")
        .cover_file(FilePart::new("cover.png", PNG_1X1))
        .await
        .expect("multipart create")
        .live_event;
    assert_eq!(created.state, Some(LiveEventState::Created));
    assert_eq!(created.title.as_deref(), Some("With a cover"));
    assert_eq!(created.user_ids_for_host, ["host-1", "host@example.com"]);
    let cover_url = created.cover_url.clone().expect("cover_url");
    assert!(
        cover_url.starts_with(emulator.base_url()),
        "{cover_url} is served by the emulator"
    );
    assert!(cover_url.ends_with("cover.png"), "{cover_url}");

    let (status, content_type, body) = fetch(&cover_url).await;
    assert_eq!(status, 200);
    assert_eq!(content_type, "image/png");
    assert_eq!(body.as_ref(), PNG_1X1);

    let fetched = get_event(&live, &created.live_event_id).await;
    assert_eq!(fetched.cover_url.as_deref(), Some(cover_url.as_str()));
}

#[tokio::test]
async fn create_as_json_keeps_awkward_host_ids() {
    let (_emulator, live) = live().await;
    let hosts = ["host,1", "50%off", "ü/漢 host"];
    let created = live
        .live_events()
        .create(hosts)
        .cover_url("https://example.com/cover.png")
        .await
        .expect("create")
        .live_event;
    assert_eq!(created.user_ids_for_host, hosts);
    assert_eq!(
        created.cover_url.as_deref(),
        Some("https://example.com/cover.png")
    );

    // The server is the judge of what the SDK does not check.
    let eleven: Vec<String> = (0..11).map(|i| format!("host-{i}")).collect();
    refusals! { expect_live_error;
        live.live_events().create(eleven) => LiveErrorCode::InvalidParams, 400, "too many";
        live.live_events().create(["host-1"]).title("t".repeat(192))
            => LiveErrorCode::InvalidParams, 400, "long title";
    }
    live.live_events()
        .create(["host-1"])
        .title("t".repeat(191))
        .await
        .expect("191 characters are fine");
}

/// With a cover file the SDK sends `user_ids_for_host` as one comma-joined form field without
/// encoding the ids (sendbird-core `multipart_text`), so an id holding a comma splits in two.
/// The Live JS SDK percent-encodes each id before joining, which the emulator decodes.
#[tokio::test]
async fn create_with_a_cover_file_keeps_host_ids_with_commas() {
    let (_emulator, live) = live().await;
    let hosts = ["host,1", "50%25off"];
    let created = live
        .live_events()
        .create(hosts)
        .cover_file(FilePart::new("cover.png", PNG_1X1))
        .await
        .expect("multipart create")
        .live_event;
    assert_eq!(created.user_ids_for_host, hosts);
}

#[tokio::test]
async fn update_title_cover_and_hosts() {
    let (_emulator, live) = live().await;
    let id = create(&live, "Before").await;

    let updated = live
        .live_events()
        .update(&id)
        .title("After")
        .cover_url("https://example.com/after.png")
        .user_ids_for_host(["host-2", "host-3"])
        .await
        .expect("update")
        .live_event;
    assert_eq!(updated.title.as_deref(), Some("After"));
    assert_eq!(
        updated.cover_url.as_deref(),
        Some("https://example.com/after.png")
    );
    assert_eq!(updated.user_ids_for_host, ["host-2", "host-3"]);
    assert_eq!(updated.state, Some(LiveEventState::Created));

    // Unset fields stay; a cover file replaces the cover URL.
    let with_file = live
        .live_events()
        .update(&id)
        .cover_file(FilePart::new("new-cover.png", PNG_1X1))
        .await
        .expect("multipart update")
        .live_event;
    assert_eq!(with_file.title.as_deref(), Some("After"));
    assert_eq!(with_file.user_ids_for_host, ["host-2", "host-3"]);
    let cover_url = with_file.cover_url.expect("cover_url");
    assert!(cover_url.ends_with("new-cover.png"), "{cover_url}");
    let (status, _, body) = fetch(&cover_url).await;
    assert_eq!((status, body.as_ref()), (200, PNG_1X1));

    let fetched = get_event(&live, &id).await;
    assert_eq!(fetched.cover_url.as_deref(), Some(cover_url.as_str()));

    refusals! { expect_live_error;
        live.live_events().update(&id).title("x".repeat(192))
            => LiveErrorCode::InvalidParams, 400, "bad";
    }
}

#[tokio::test]
async fn list_by_state_pages_to_the_end() {
    let (_emulator, live) = live().await;
    let events = live.live_events();
    // e0..e8, states by index % 3 (ended, ready, ongoing), e8 left created.
    let mut created = Vec::new();
    for i in 0..9 {
        let id = create(&live, &format!("event {i}")).await;
        match (i, i % 3) {
            (8, _) => {}
            (_, 0) => {
                events.end(&id).await.expect("end");
            }
            (_, 1) => {
                events.set_ready(&id).await.expect("ready");
            }
            _ => {
                events.set_ready(&id).await.expect("ready");
                events.start(&id).await.expect("start");
            }
        }
        created.push(id);
    }
    let pick = |indices: &[usize]| -> Vec<String> {
        indices.iter().map(|i| created[*i].clone()).collect()
    };

    assert_eq!(
        collect(events.list().state(LiveEventState::Ended)).await,
        pick(&[6, 3, 0]),
        "newest first"
    );
    assert_eq!(
        collect(
            events
                .list()
                .state([LiveEventState::Ready, LiveEventState::Ongoing])
        )
        .await,
        pick(&[7, 5, 4, 2, 1])
    );
    assert_eq!(
        collect(events.list().state(LiveEventState::Created)).await,
        pick(&[8])
    );
    assert_eq!(
        collect(events.list().host_type(HostType::SingleHost)).await,
        pick(&[8, 7, 6, 5, 4, 3, 2, 1, 0])
    );
    let listed: Vec<LiveEvent> = collect_ok(
        events
            .list()
            .state(LiveEventState::Ongoing)
            .limit(1)
            .stream(),
        "ongoing",
    )
    .await;
    assert!(listed
        .iter()
        .all(|e| e.state == Some(LiveEventState::Ongoing) && e.started_at.is_some()));

    // Pages: three of four, then one; back again with `prev`.
    let pages: Vec<Page<LiveEvent>> = collect_ok(events.list().limit(4).pages(), "pages").await;
    assert_eq!(page_sizes(&pages), [4, 4, 1]);
    assert!(pages[0].prev.is_none());
    assert!(pages[2].next.is_none());
    let all: Vec<String> = pages.iter().flat_map(|p| ids(&p.items)).collect();
    assert_eq!(all, pick(&[8, 7, 6, 5, 4, 3, 2, 1, 0]));
    let back = events
        .list()
        .limit(4)
        .prev(pages[2].prev.clone().expect("prev"))
        .await
        .expect("previous page");
    assert_eq!(ids(&back.live_events), ids(&pages[1].items));

    // Other filters.
    assert_eq!(
        collect(
            events
                .list()
                .live_event_ids([created[2].as_str(), created[4].as_str()])
        )
        .await,
        pick(&[4, 2])
    );
    assert_eq!(
        collect(
            events
                .list()
                .state(LiveEventState::Ended)
                .duration_range_gte(0)
        )
        .await,
        pick(&[6, 3, 0])
    );
    let mut created_at = Vec::new();
    for id in [&created[0], &created[2]] {
        let event = get_event(&live, id).await;
        created_at.push(event.created_at.expect("created_at"));
    }
    let (first, third) = (created_at[0], created_at[1]);
    assert_eq!(
        collect(
            events
                .list()
                .created_at_start_date(first)
                .created_at_end_date(third)
        )
        .await,
        pick(&[1, 0]),
        "start inclusive, end exclusive"
    );

    expect_live_error(
        events.list().limit(101).await,
        LiveErrorCode::InvalidParams,
        400,
        "bad",
    );
}
