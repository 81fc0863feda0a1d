//! `channel_metadata` against the emulator.

use std::collections::HashMap;

use sendbird_chat::channel_metadata::MetacounterMode;
use sendbird_chat::models::ChannelType;
use sendbird_chat::{ChatClient, ChatErrorCode, ChatErrorExt};
use sendbird_emulator::Seed;

use crate::support::{refused, seeded, users};
use sendbird_core::test_util::find_listed;

/// A hostile channel URL (the emulator accepts it; it must travel as one path segment).
const ODD_URL: &str = "oc ü/漢 50%";

fn seed() -> Seed {
    users(["alice", "bob"])
        .open_channel(ODD_URL, "Open")
        .group_channel("gc_meta", ["alice", "bob"])
}

fn strings(items: &[(&str, &str)]) -> HashMap<String, String> {
    items
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn counters(items: &[(&str, i64)]) -> HashMap<String, i64> {
    items.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
}

async fn metadata_lifecycle(chat: &ChatClient, channel_type: ChannelType, url: &str) {
    let meta = chat.channel_metadata(channel_type, url);

    let created = meta
        .create([("theme", "dark"), ("lang", "en"), ("a b/ü", "odd key")])
        .include_ts(true)
        .await
        .expect("create metadata");
    assert_eq!(
        created.metadata,
        strings(&[("theme", "dark"), ("lang", "en"), ("a b/ü", "odd key")])
    );
    assert!(created.include_ts.is_some(), "include_ts was requested");

    let all = meta.get().await.expect("get all");
    assert_eq!(all.len(), 3);
    let some = meta.get().keys(["theme", "lang"]).await.expect("get keys");
    assert_eq!(some, strings(&[("theme", "dark"), ("lang", "en")]));
    let one = meta.get_key("a b/ü").await.expect("get by key");
    assert_eq!(one, strings(&[("a b/ü", "odd key")]));

    refused(
        meta.update([("missing", "x")]).await,
        400201,
        "update without upsert",
    );
    let updated = meta
        .update([("theme", "light"), ("font", "serif")])
        .upsert(true)
        .await
        .expect("upsert");
    assert_eq!(updated, strings(&[("theme", "light"), ("font", "serif")]));
    let by_key = meta.update_key("lang", "ko").await.expect("update by key");
    assert_eq!(by_key, strings(&[("lang", "ko")]));
    let new_key = meta
        .update_key("size", "L")
        .upsert(true)
        .await
        .expect("upsert by key");
    assert_eq!(new_key, strings(&[("size", "L")]));

    meta.delete_key("a b/ü").await.expect("delete by key");
    let err = meta.get_key("a b/ü").await.expect_err("deleted key");
    assert!(err.is_not_found());
    meta.delete()
        .key("font")
        .await
        .expect("delete one via query");
    assert_eq!(
        meta.get().await.expect("get all"),
        strings(&[("theme", "light"), ("lang", "ko"), ("size", "L")])
    );

    refusals! { refused;
        meta.create([("theme", "again")])
            => ChatErrorCode::ResourceAlreadyExists.code(), "existing key";
    }

    meta.delete().await.expect("delete all");
    assert!(meta.get().await.expect("get all").is_empty());
}

async fn metacounter_lifecycle(chat: &ChatClient, channel_type: ChannelType, url: &str) {
    let meta = chat.channel_metadata(channel_type, url);

    let created = meta
        .create_counters([("likes", 0), ("dislikes", 5), ("shares", 1)])
        .await
        .expect("create metacounter");
    assert_eq!(
        created,
        counters(&[("likes", 0), ("dislikes", 5), ("shares", 1)])
    );
    assert_eq!(meta.counters().await.expect("get all").len(), 3);
    assert_eq!(
        meta.counters()
            .keys(["likes", "shares"])
            .await
            .expect("get keys"),
        counters(&[("likes", 0), ("shares", 1)])
    );

    let increased = meta
        .update_counters([("likes", 3), ("dislikes", 2)])
        .mode(MetacounterMode::Increase)
        .await
        .expect("increase");
    assert_eq!(increased, counters(&[("likes", 3), ("dislikes", 7)]));
    let decreased = meta
        .update_counter("likes", 1)
        .mode(MetacounterMode::Decrease)
        .await
        .expect("decrease by key");
    assert_eq!(decreased, counters(&[("likes", 2)]));
    let set = meta
        .update_counters([("shares", 42)])
        .mode(MetacounterMode::Set)
        .await
        .expect("set");
    assert_eq!(set, counters(&[("shares", 42)]));
    refused(
        meta.update_counter("views", 1).await,
        400201,
        "update missing key without upsert",
    );
    let upserted = meta
        .update_counter("views", 10)
        .upsert(true)
        .await
        .expect("upsert by key");
    assert_eq!(upserted, counters(&[("views", 10)]));
    assert_eq!(
        meta.counter("likes").await.expect("get by key"),
        counters(&[("likes", 2)])
    );

    refusals! { refused;
        meta.create_counters([("likes", 1)])
            => ChatErrorCode::ResourceAlreadyExists.code(), "existing key";
    }

    meta.delete_counter("dislikes")
        .await
        .expect("delete by key");
    let err = meta.counter("dislikes").await.expect_err("deleted key");
    assert!(err.is_not_found());
    meta.delete_counters().await.expect("delete all");
    assert!(meta.counters().await.expect("get all").is_empty());
}

#[tokio::test]
async fn group_channel_metadata_and_metacounter() {
    let (_emulator, chat) = seeded(seed()).await;
    metadata_lifecycle(&chat, ChannelType::GroupChannels, "gc_meta").await;
    metacounter_lifecycle(&chat, ChannelType::GroupChannels, "gc_meta").await;
}

#[tokio::test]
async fn open_channel_metadata_and_metacounter_with_an_odd_url() {
    let (_emulator, chat) = seeded(seed()).await;
    metadata_lifecycle(&chat, ChannelType::OpenChannels, ODD_URL).await;
    metacounter_lifecycle(&chat, ChannelType::OpenChannels, ODD_URL).await;
}

#[tokio::test]
async fn open_channels_entry_point_and_list_metadata() {
    let (_emulator, chat) = seeded(seed()).await;
    let meta = chat.open_channels().metadata(ODD_URL);
    assert_eq!(meta.channel_type(), &ChannelType::OpenChannels);
    assert_eq!(meta.channel_url(), ODD_URL);
    meta.create([("color", "#00ff00")]).await.expect("create");

    let listed = chat
        .open_channels()
        .list()
        .show_metadata(true)
        .await
        .expect("list");
    let channel = find_listed(&listed.channels, |c| c.channel_url == ODD_URL, "listed");
    assert_eq!(
        channel.metadata.get("color").map(String::as_str),
        Some("#00ff00")
    );
    let without = chat.open_channels().list().await.expect("list");
    assert!(without.channels.iter().all(|c| c.metadata.is_empty()));
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = seeded(seed()).await;

    let missing = chat.channel_metadata(ChannelType::GroupChannels, "no_such_channel");
    refused(
        missing.get().await,
        ChatErrorCode::ResourceNotFound.code(),
        "channel not found",
    );
    let err = missing
        .create_counters([("likes", 1)])
        .await
        .expect_err("channel not found");
    assert!(err.is_not_found());

    let meta = chat.channel_metadata(ChannelType::GroupChannels, "gc_meta");
    refusals! { refused;
        meta.create([("a,b", "comma in key")])
            => ChatErrorCode::InvalidValue.code(), "comma in key";
        meta.create([("long", "v".repeat(191))])
            => ChatErrorCode::ParameterValueLengthExceeded.code(), "value too long";
        meta.update_counters([("likes", 1)]).mode("multiply").upsert(true)
            => ChatErrorCode::InvalidValue.code(), "unknown mode";
    }
}
