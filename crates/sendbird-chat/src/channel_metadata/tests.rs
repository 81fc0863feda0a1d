//! Unit tests: requests on the wire, fixture decoding, catalog conformance.

use super::*;
use crate::test_support::KIT;
use sendbird_core::test_util::{json_body, path_and_query};
use serde_json::json;

const OPEN: ChannelType = ChannelType::OpenChannels;
const GROUP: ChannelType = ChannelType::GroupChannels;

fn map<V: Clone>(items: &[(&str, V)]) -> HashMap<String, V> {
    items
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &GetChannelMetadata::new(GROUP, "a/b")
                .keys(["x,y", "ü"])
                .key("k 1"),
            "GET",
            "/v3/group_channels/a%2Fb/metadata?key=k%201&keys=x%2Cy,%C3%BC",
        )
        .empty(),
        KIT.case(
            &DeleteChannelMetadata::new(OPEN, "a/b"),
            "DELETE",
            "/v3/open_channels/a%2Fb/metadata",
        )
        .empty(),
        KIT.case(
            &GetChannelMetadataByKey::new(GROUP, "a/b", "ü 漢"),
            "GET",
            "/v3/group_channels/a%2Fb/metadata/%C3%BC%20%E6%BC%A2",
        )
        .empty(),
        KIT.case(
            &GetChannelMetacounter::new(OPEN, "a/b").keys(["likes", "dis,likes"]),
            "GET",
            "/v3/open_channels/a%2Fb/metacounter?keys=likes,dis%2Clikes",
        ),
        KIT.case(
            &DeleteChannelMetacounter::new(GROUP, "a/b"),
            "DELETE",
            "/v3/group_channels/a%2Fb/metacounter",
        )
        .empty(),
        KIT.case(
            &GetChannelMetacounterByKey::new(OPEN, "c", "a/b"),
            "GET",
            "/v3/open_channels/c/metacounter/a%2Fb",
        ),
    ]);
}

#[test]
fn create_channel_metadata_body() {
    let items = map(&[("theme", "dark".to_owned()), ("a,b", "".to_owned())]);
    let request = KIT.assert_wire(
        &CreateChannelMetadata::new(OPEN, "50%", items).include_ts(true),
        "POST",
        "/v3/open_channels/50%25/metadata",
    );
    assert_eq!(
        request.headers()["content-type"],
        "application/json; charset=utf8"
    );
    assert_eq!(
        json_body(&request),
        json!({"metadata": {"theme": "dark", "a,b": ""}, "include_ts": true})
    );
}

#[test]
fn update_channel_metadata_body() {
    let items = map(&[("theme", "light".to_owned())]);
    KIT.assert_wire_json(
        &UpdateChannelMetadata::new(GROUP, "ü 漢", items).upsert(true),
        "PUT",
        "/v3/group_channels/%C3%BC%20%E6%BC%A2/metadata",
        json!({"metadata": {"theme": "light"}, "upsert": true}),
    );
    let plain = KIT.wire(&UpdateChannelMetadata::new(GROUP, "c", HashMap::new()));
    assert_eq!(json_body(&plain), json!({"metadata": {}}));
}

#[test]
fn delete_channel_metadata_all_or_one() {
    let one = KIT.wire(&DeleteChannelMetadata::new(OPEN, "c").key("a/b"));
    assert_eq!(
        path_and_query(&one),
        "/v3/open_channels/c/metadata?key=a%2Fb"
    );
}

#[test]
fn channel_metadata_by_key_paths() {
    KIT.assert_wire_json(
        &UpdateChannelMetadataByKey::new(OPEN, "c", "50%", "blue").upsert(false),
        "PUT",
        "/v3/open_channels/c/metadata/50%25",
        json!({"value": "blue", "upsert": false}),
    );

    KIT.assert_wire_empty(
        &DeleteChannelMetadataByKey::new(GROUP, "c", "k/1"),
        "DELETE",
        "/v3/group_channels/c/metadata/k%2F1",
    );
}

#[test]
fn get_channel_metacounter_query_and_path() {
    let one = KIT.wire(&GetChannelMetacounter::new(OPEN, "c").key("likes"));
    assert_eq!(one.uri().query(), Some("key=likes"));
}

#[test]
fn create_channel_metacounter_body() {
    let items = map(&[("likes", 0_i64), ("dislikes", -3)]);
    KIT.assert_wire_json(
        &CreateChannelMetacounter::new(GROUP, "50%", items),
        "POST",
        "/v3/group_channels/50%25/metacounter",
        json!({"metacounter": {"likes": 0, "dislikes": -3}}),
    );
}

#[test]
fn update_channel_metacounter_body() {
    let items = map(&[("likes", 2_i64)]);
    KIT.assert_wire_json(
        &UpdateChannelMetacounter::new(OPEN, "ü", items)
            .mode(MetacounterMode::Increase)
            .upsert(true),
        "PUT",
        "/v3/open_channels/%C3%BC/metacounter",
        json!({"metacounter": {"likes": 2}, "mode": "increase", "upsert": true}),
    );
}

#[test]
fn channel_metacounter_by_key_paths() {
    KIT.assert_wire_json(
        &UpdateChannelMetacounterByKey::new(GROUP, "50%", "ü 漢", 5)
            .mode("decrease")
            .upsert(true),
        "PUT",
        "/v3/group_channels/50%25/metacounter/%C3%BC%20%E6%BC%A2",
        json!({"value": 5, "mode": "decrease", "upsert": true}),
    );

    KIT.assert_wire_empty(
        &DeleteChannelMetacounterByKey::new(GROUP, "c", "likes"),
        "DELETE",
        "/v3/group_channels/c/metacounter/likes",
    );
}

#[test]
fn metacounter_mode_round_trips_and_keeps_unknown_values() {
    assert_eq!(MetacounterMode::Set.as_str(), "set");
    assert_eq!(MetacounterMode::from("increase"), MetacounterMode::Increase);
    let unknown: MetacounterMode = serde_json::from_str("\"multiply\"").expect("decodes");
    assert_eq!(unknown, MetacounterMode::Unknown("multiply".into()));
}

#[test]
fn unknown_channel_type_is_sent_verbatim_and_empty_is_refused() {
    let request = KIT.wire(&GetChannelMetadata::new("feeds", "c"));
    assert_eq!(request.uri().path(), "/v3/feeds/c/metadata");
    let empty = sendbird_core::Endpoint::to_request(&GetChannelMetadata::new("", "c"));
    assert!(empty.is_err());
}

#[test]
fn decodes_metadata_responses() {
    let all = KIT.decode::<GetChannelMetadata>();
    assert_eq!(all.len(), 3);
    assert_eq!(all["text_size"], "large");
    assert_eq!(all["description"], "");

    let created = KIT.decode::<CreateChannelMetadata>();
    assert_eq!(created.metadata.len(), 3);
    assert_eq!(created.metadata["text_size"], "large");
    assert_eq!(created.include_ts, Some(1_626_250_462_000));

    let updated = KIT.decode::<UpdateChannelMetadata>();
    assert_eq!(
        updated,
        map(&[
            ("text_size", "medium".to_owned()),
            ("theme", "dark".to_owned())
        ])
    );

    let one = KIT.decode::<GetChannelMetadataByKey>();
    assert_eq!(
        one,
        map(&[(
            "background_image",
            "https://sendbird.com/main/img/bg/theme_013.png".to_owned()
        )])
    );

    let one_updated = KIT.decode::<UpdateChannelMetadataByKey>();
    assert_eq!(one_updated, map(&[("text_size", "small".to_owned())]));

    let _ = KIT.decode::<DeleteChannelMetadata>();
    let _ = KIT.decode::<DeleteChannelMetadataByKey>();
}

#[test]
fn decodes_metacounter_responses() {
    let all = KIT.decode::<GetChannelMetacounter>();
    assert_eq!(all, map(&[("likes", 0_i64), ("dislikes", 3)]));

    let created = KIT.decode::<CreateChannelMetacounter>();
    assert_eq!(
        created,
        map(&[("likes", 0_i64), ("dislikes", 0), ("giveups", 0)])
    );

    let updated = KIT.decode::<UpdateChannelMetacounter>();
    assert_eq!(updated, map(&[("likes", 12_i64), ("dislikes", -1)]));

    let one = KIT.decode::<GetChannelMetacounterByKey>();
    assert_eq!(one, map(&[("likes", 7_i64)]));

    let one_updated = KIT.decode::<UpdateChannelMetacounterByKey>();
    assert_eq!(one_updated, map(&[("likes", 8_i64)]));

    let _ = KIT.decode::<DeleteChannelMetacounter>();
    let _ = KIT.decode::<DeleteChannelMetacounterByKey>();
}

#[test]
fn registry_lists_every_operation() {
    assert_eq!(ENDPOINTS.len(), 14);
    for info in ENDPOINTS {
        assert!(info
            .meta
            .path
            .starts_with("/{channel_type}/{channel_url}/meta"));
    }
}
