//! Unit tests: every reactions/emojis endpoint on the wire, and its docs-shaped fixture
//! decoded.

use serde_json::json;

use super::*;
use crate::test_support::KIT;
use sendbird_core::test_util::strs;

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.fixture_case(
            &EnableReactions::new(true),
            "PUT",
            "/v3/applications/settings/reactions",
        ),
        KIT.case(
            &UseDefaultEmojis::new(false),
            "PUT",
            "/v3/applications/settings/use_default_emoji",
        )
        .json(json!({"use_default_emoji": false})),
        KIT.case(
            &ListEmojiCategoriesWithEmojis::new(),
            "GET",
            "/v3/emoji_categories",
        )
        .empty(),
        KIT.fixture_case(
            &AddEmojiCategories::new(vec![
                NewEmojiCategory::new(
                    "nature",
                    "http://emojicategory.com/nature_category_icon.png",
                ),
                NewEmojiCategory::new(
                    "animal",
                    "http://emojicategory.com/animal_category_icon.png",
                ),
            ]),
            "POST",
            "/v3/emoji_categories",
        ),
        KIT.case(&GetEmojiCategory::new(-7), "GET", "/v3/emoji_categories/-7")
            .empty(),
        KIT.fixture_case(
            &UpdateEmojiCategoryUrl::new(42, "https://example.com/face_v2.png"),
            "PUT",
            "/v3/emoji_categories/42",
        ),
        KIT.case(
            &DeleteEmojiCategory::new(587),
            "DELETE",
            "/v3/emoji_categories/587",
        )
        .empty(),
        KIT.case(&ListEmojis::new(), "GET", "/v3/emojis").empty(),
        KIT.fixture_case(
            &AddEmojis::new(
                1,
                vec![
                    NewEmoji::new(
                        "blowing_a_kiss",
                        "https://emojikeyboard.io/img/img-apple-64/1f618.png",
                    ),
                    NewEmoji::new(
                        "wink",
                        "https://emojikeyboard.io/img/img-apple-64/1f609.png",
                    ),
                ],
            ),
            "POST",
            "/v3/emojis",
        ),
        KIT.case(&GetEmoji::new("a/b ü"), "GET", "/v3/emojis/a%2Fb%20%C3%BC")
            .empty(),
        KIT.fixture_case(
            &UpdateEmojiUrl::new("user@example.com", "https://example.com/wink_v2.png"),
            "PUT",
            "/v3/emojis/user%40example.com",
        ),
        KIT.case(
            &DeleteEmoji::new("a/b ü"),
            "DELETE",
            "/v3/emojis/a%2Fb%20%C3%BC",
        )
        .empty(),
    ]);
}

#[test]
fn enable_reactions_wire_and_fixture() {
    assert_eq!(KIT.decode::<EnableReactions>().reactions, Some(true));
}

#[test]
fn use_default_emojis_wire_and_fixture() {
    assert_eq!(
        KIT.decode::<UseDefaultEmojis>().use_default_emoji,
        Some(true)
    );
}

#[test]
fn list_emoji_categories_wire_and_fixture() {
    let list = KIT.decode::<ListEmojiCategoriesWithEmojis>();
    assert_eq!(list.emoji_hash.as_deref(), Some(""));
    let face = &list.emoji_categories[0];
    assert_eq!((face.id, face.name.as_str()), (1, "face"));
    assert_eq!(face.url, "http://emojicategory.com/face_category");
    assert_eq!(face.emojis.len(), 2);
    assert_eq!(face.emojis[1].id, Some(2));
    assert_eq!(face.emojis[1].key, "angry");
    assert_eq!(
        face.emojis[1].url,
        "https://emojikeyboard.io/img/img-apple-64/1f620.png"
    );
}

#[test]
fn add_emoji_categories_wire_and_fixture() {
    let added = KIT.decode::<AddEmojiCategories>();
    assert_eq!(added.emoji_hash, None);
    let ids: Vec<i64> = added.emoji_categories.iter().map(|c| c.id).collect();
    assert_eq!(ids, [587, 588]);
    assert_eq!(added.emoji_categories[1].name, "animal");
    assert!(
        added.emoji_categories[0].emojis.is_empty(),
        "no emojis field"
    );
}

#[test]
fn get_emoji_category_wire_and_fixture() {
    let category = KIT.decode::<GetEmojiCategory>();
    assert_eq!(category.id, 1);
    assert_eq!(category.url, "https://emojicategory.com/face_category");
    assert_eq!(category.emojis[0].key, "smile");
    assert_eq!(category.application_id, None);
}

#[test]
fn update_emoji_category_url_wire_and_fixture() {
    let category = KIT.decode::<UpdateEmojiCategoryUrl>();
    assert_eq!(category.url, "https://example.com/face_v2.png");
    assert_eq!(category.emojis[0].id, None, "absent in this example");
}

#[test]
fn list_emojis_wire_and_fixture() {
    let list = KIT.decode::<ListEmojis>();
    let keys = strs(&list.emojis, |e| e.key.as_str());
    assert_eq!(keys, ["smile", "angry"]);
    assert_eq!(list.emojis[0].id, None, "GET /emojis has no ids");
}

#[test]
fn add_emojis_wire_and_fixture() {
    let added = KIT.decode::<AddEmojis>();
    assert_eq!(added.emojis[0].id, Some(103_964));
    assert_eq!(added.emojis[1].key, "wink");
}

#[test]
fn get_emoji_wire_and_fixture() {
    let emoji = KIT.decode::<GetEmoji>();
    assert_eq!(emoji.key, "wink");
    assert_eq!(
        emoji.url,
        "https://emojikeyboard.io/img/img-apple-64/1f609.png"
    );
}

#[test]
fn update_emoji_url_wire_and_fixture() {
    let emoji = KIT.decode::<UpdateEmojiUrl>();
    assert_eq!(emoji.url, "https://example.com/wink_v2.png");
}
