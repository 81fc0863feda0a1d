//! `open_channels` against the emulator.

use sendbird_chat::models::{OpenChannel, User};
use sendbird_chat::{ChatErrorCode, ChatErrorExt, FilePart};
use sendbird_emulator::Seed;

use crate::support::{refused, seeded, uploaded_url, user_ids, users};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::page_sizes;

fn urls(channels: &[OpenChannel]) -> Vec<&str> {
    channels.iter().map(|c| c.channel_url.as_str()).collect()
}

#[tokio::test]
async fn create_read_list_update_delete() {
    let (_emulator, chat) = seeded(users(["alice", "bob"])).await;
    let open = chat.open_channels();

    let created = open
        .create()
        .channel_url("oc_live")
        .name("Live show")
        .custom_type("live")
        .data("{\"season\":2}")
        .operator_ids(["alice"])
        .await
        .expect("create");
    assert_eq!(created.channel_url, "oc_live");
    assert_eq!(created.name.as_deref(), Some("Live show"));
    assert_eq!(created.custom_type.as_deref(), Some("live"));
    assert_eq!(created.data.as_deref(), Some("{\"season\":2}"));
    assert_eq!(created.freeze, Some(false));
    assert_eq!(created.participant_count, Some(0));
    assert_eq!(user_ids(&created.operators), ["alice"]);
    let created_at = created.created_at.expect("created_at");
    assert!(
        (1_000_000_000..10_000_000_000).contains(&created_at),
        "channel timestamps are Unix seconds: {created_at}"
    );

    for i in 0..4 {
        open.create()
            .channel_url(format!("oc_news_{i}"))
            .name(format!("News {i}"))
            .custom_type("news")
            .await
            .expect("create news channel");
    }
    let generated = open.create().name("No URL").await.expect("create");
    assert!(!generated.channel_url.is_empty(), "a URL is generated");

    let got = open
        .get("oc_live")
        .include_operators(true)
        .await
        .expect("get");
    assert_eq!(got.channel_url, created.channel_url);
    assert_eq!(got.name, created.name);
    assert_eq!(got.created_at, created.created_at);

    let all: Vec<OpenChannel> = collect_ok(open.list().limit(2).stream(), "list all").await;
    assert_eq!(all.len(), 6);
    assert_eq!(
        &urls(&all)[..5],
        [
            "oc_live",
            "oc_news_0",
            "oc_news_1",
            "oc_news_2",
            "oc_news_3"
        ]
    );
    let pages: Vec<_> = collect_ok(open.list().limit(2).pages(), "pages").await;
    assert_eq!(page_sizes(&pages), [2, 2, 2]);

    let news: Vec<OpenChannel> = collect_ok(
        open.list().custom_types(["news"]).limit(3).stream(),
        "filtered list",
    )
    .await;
    assert_eq!(
        urls(&news),
        ["oc_news_0", "oc_news_1", "oc_news_2", "oc_news_3"]
    );
    let named = open.list().name_contains("News 3").await.expect("one page");
    assert_eq!(urls(&named.channels), ["oc_news_3"]);
    assert_eq!(named.next.as_deref().unwrap_or_default(), "");

    let updated = open
        .update("oc_live")
        .name("Live show, season 3")
        .custom_type("live3")
        .operator_ids(["bob"])
        .await
        .expect("update");
    assert_eq!(updated.name.as_deref(), Some("Live show, season 3"));
    assert_eq!(updated.custom_type.as_deref(), Some("live3"));
    assert_eq!(user_ids(&updated.operators), ["bob"]);
    let reread = open.get("oc_live").await.expect("get after update");
    assert_eq!(reread.name.as_deref(), Some("Live show, season 3"));

    open.delete("oc_news_0").await.expect("delete");
    let err = refused(open.get("oc_news_0").await, 400201, "deleted");
    assert!(err.is_not_found());
    let remaining: Vec<OpenChannel> = collect_ok(open.list().limit(100).stream(), "list").await;
    assert_eq!(remaining.len(), 5);
}

#[tokio::test]
async fn cover_file_goes_as_multipart() {
    let (_emulator, chat) = seeded(Seed::new()).await;
    let cover = FilePart::new("cover.png", &b"\x89PNG\r\n\x1a\n"[..]);
    let created = chat
        .open_channels()
        .create()
        .channel_url("oc_cover")
        .name("With cover")
        .is_ephemeral(true)
        .cover_file(cover)
        .await
        .expect("multipart create");
    assert_eq!(created.name.as_deref(), Some("With cover"));
    assert_eq!(created.is_ephemeral, Some(true));
    let first_cover = uploaded_url(created.cover_url, "multipart create");

    let updated = chat
        .open_channels()
        .update("oc_cover")
        .data("new data")
        .cover_file(FilePart::new("next.jpg", &b"\xff\xd8\xff"[..]))
        .await
        .expect("multipart update");
    assert_eq!(updated.data.as_deref(), Some("new data"));
    assert_ne!(
        uploaded_url(updated.cover_url, "multipart update"),
        first_cover
    );
}

#[tokio::test]
async fn operators_register_list_unregister() {
    let seed = users(["alice", "bob", "carol"]).open_channel("oc_ops", "Operators");
    let (_emulator, chat) = seeded(seed).await;
    let open = chat.open_channels();

    open.register_operators("oc_ops", ["alice", "bob"])
        .await
        .expect("register");
    open.register_operators("oc_ops", vec!["carol".to_owned()])
        .await
        .expect("register more");
    let operators: Vec<User> =
        collect_ok(open.operators("oc_ops").limit(1).stream(), "list operators").await;
    assert_eq!(user_ids(&operators), ["alice", "bob", "carol"]);

    open.unregister_operators("oc_ops", ["bob"])
        .await
        .expect("unregister one");
    let page = open.operators("oc_ops").limit(10).await.expect("one page");
    assert_eq!(user_ids(&page.operators), ["alice", "carol"]);

    open.unregister_all_operators("oc_ops")
        .await
        .expect("unregister all");
    let page = open.operators("oc_ops").await.expect("empty page");
    assert!(page.operators.is_empty());

    refused(
        open.register_operators("oc_ops", ["nobody"]).await,
        400201,
        "unknown user",
    );
}

#[tokio::test]
async fn participants_are_token_paged() {
    let mut seed = Seed::new().open_channel("oc_room", "Room");
    for i in 0..5 {
        seed = seed
            .user(format!("p{i}"), format!("P{i}"))
            .open_channel_participant("oc_room", format!("p{i}"));
    }
    let (_emulator, chat) = seeded(seed).await;

    let participants: Vec<User> = collect_ok(
        chat.open_channels()
            .participants("oc_room")
            .limit(2)
            .stream(),
        "participants",
    )
    .await;
    assert_eq!(user_ids(&participants), ["p0", "p1", "p2", "p3", "p4"]);
    let channel = chat.open_channels().get("oc_room").await.expect("get");
    assert_eq!(channel.participant_count, Some(5));
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = seeded(Seed::new().open_channel("oc_taken", "Taken")).await;
    let open = chat.open_channels();

    let err = refused(open.get("no_such_channel").await, 400201, "not found");
    assert_eq!(err.chat_code(), Some(ChatErrorCode::ResourceNotFound));

    refusals! { refused;
        open.create().channel_url("oc_taken")
            => ChatErrorCode::ResourceAlreadyExists.code(), "duplicate URL";
        open.create().custom_type("x".repeat(129))
            => ChatErrorCode::ParameterValueLengthExceeded.code(), "custom_type too long";
        open.list().limit(2).token("not-a-token")
            => ChatErrorCode::ExpiredPageToken.code(), "bad token";
    }

    let err = open.delete("no_such_channel").await.expect_err("not found");
    assert!(err.is_not_found());
}
