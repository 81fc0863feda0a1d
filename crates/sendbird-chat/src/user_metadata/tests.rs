//! Unit tests: every user metadata endpoint on the wire, and its docs-shaped fixture decoded.

use super::*;
use crate::test_support::KIT;
use sendbird_core::test_util::json_body;
use serde_json::json;

#[test]
fn get_user_metadata_on_the_wire() {
    KIT.assert_wire_empty(
        &GetUserMetadata::new("user@example.com").keys(["a,b", "ü 漢"]),
        "GET",
        "/v3/users/user%40example.com/metadata?keys=a%2Cb,%C3%BC%20%E6%BC%A2",
    );
    let single = KIT.wire(&GetUserMetadata::new("u").key("location"));
    assert_eq!(single.uri().query(), Some("key=location"));
}

#[test]
fn create_user_metadata_on_the_wire() {
    let metadata = [("location", "Seoul"), ("marriage", "N")];
    let request = KIT.assert_wire(
        &CreateUserMetadata::new("a/b", metadata),
        "POST",
        "/v3/users/a%2Fb/metadata",
    );
    assert_eq!(
        request.headers()["content-type"],
        "application/json; charset=utf8"
    );
    assert_eq!(
        json_body(&request),
        json!({"metadata": {"location": "Seoul", "marriage": "N"}})
    );
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &UpdateUserMetadata::new("50%", [("location", "Busan")]).upsert(true),
            "PUT",
            "/v3/users/50%25/metadata",
        )
        .json(json!({"metadata": {"location": "Busan"}, "upsert": true})),
        KIT.case(
            &GetUserMetadataByKey::new("a/b", "x/y%"),
            "GET",
            "/v3/users/a%2Fb/metadata/x%2Fy%25",
        ),
        KIT.case(
            &DeleteUserMetadataByKey::new("50%", "a,b"),
            "DELETE",
            "/v3/users/50%25/metadata/a%2Cb",
        )
        .empty(),
    ]);
}

#[test]
fn update_user_metadata_on_the_wire() {
    let without_upsert = KIT.wire(&UpdateUserMetadata::new("u", [("k", "v")]));
    assert_eq!(json_body(&without_upsert), json!({"metadata": {"k": "v"}}));
}

#[test]
fn delete_user_metadata_wire_and_fixture() {
    KIT.assert_wire_empty(
        &DeleteUserMetadata::new("ü 漢"),
        "DELETE",
        "/v3/users/%C3%BC%20%E6%BC%A2/metadata",
    );
    let one = KIT.wire(&DeleteUserMetadata::new("u").key("a b"));
    assert_eq!(one.uri().query(), Some("key=a%20b"));

    let _: Empty = KIT.decode::<DeleteUserMetadata>();
}

/// Every answer with items decodes to exactly the fixture's items.
#[test]
fn items_fixtures_decode() {
    let items = |pairs: &[(&str, &str)]| -> MetadataItems {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    for (operation, decoded, expected) in [
        (
            "get",
            KIT.decode::<GetUserMetadata>(),
            items(&[("location", "San Jose"), ("marriage", "")]),
        ),
        (
            "create",
            KIT.decode::<CreateUserMetadata>(),
            items(&[("location", "Seoul"), ("marriage", "N")]),
        ),
        (
            "update",
            KIT.decode::<UpdateUserMetadata>(),
            items(&[("location", "Busan"), ("hobby", "surfing")]),
        ),
        (
            "get by key",
            KIT.decode::<GetUserMetadataByKey>(),
            items(&[("location", "San Jose")]),
        ),
        (
            "update by key",
            KIT.decode::<UpdateUserMetadataByKey>(),
            items(&[("location", "Seoul")]),
        ),
    ] {
        assert_eq!(decoded, expected, "{operation}");
    }
}

#[test]
fn update_user_metadata_by_key_on_the_wire() {
    KIT.assert_wire_json(
        &UpdateUserMetadataByKey::new("user@example.com", "ü", "Seoul").upsert(false),
        "PUT",
        "/v3/users/user%40example.com/metadata/%C3%BC",
        json!({"value": "Seoul", "upsert": false}),
    );
}

#[test]
fn delete_user_metadata_by_key_fixture() {
    let _: Empty = KIT.decode::<DeleteUserMetadataByKey>();
}

#[test]
fn handle_builds_the_same_requests() {
    let chat: crate::ChatClient = KIT.idle_client();
    let meta = chat.user_metadata("alice");
    assert_eq!(meta.user_id(), "alice");
    assert_eq!(
        meta.update_key("k", "v").upsert(true).into_endpoint(),
        UpdateUserMetadataByKey::new("alice", "k", "v").upsert(true)
    );
    assert_eq!(
        meta.create([("k", "v")]).into_endpoint(),
        CreateUserMetadata::new("alice", [("k", "v")])
    );
    assert_eq!(
        chat.users().metadata("bob").delete_key("k").into_endpoint(),
        DeleteUserMetadataByKey::new("bob", "k")
    );
}
