//! `emojis` against the emulator: the reaction switch, the default emojis, and the life
//! cycle of emoji categories and emojis with their unique keys.

use sendbird_chat::emojis::{NewEmoji, NewEmojiCategory};
use sendbird_chat::models::ChannelType;
use sendbird_chat::ChatClient;

use crate::support::{chat, refused, seeded, users};

/// A key that needs encoding in a path segment.
const ODD_KEY: &str = "thumbs/up ü";

/// New emojis from `(key, url)` pairs.
fn new_emojis(emojis: &[(&str, &str)]) -> Vec<NewEmoji> {
    emojis
        .iter()
        .map(|(key, url)| NewEmoji::new(*key, *url))
        .collect()
}

/// The application switches these tests flip.
#[derive(Debug, Clone, Copy)]
enum Switch {
    Reactions,
    DefaultEmojis,
}

/// Turns `switch` on or off; returns the switch as answered.
async fn turn(chat: &ChatClient, switch: Switch, on: bool) -> Option<bool> {
    let app = chat.application();
    let answered = match switch {
        Switch::Reactions => app.enable_reactions(on).await.map(|a| a.reactions),
        Switch::DefaultEmojis => app
            .use_default_emojis(on)
            .await
            .map(|a| a.use_default_emoji),
    };
    answered.unwrap_or_else(|e| panic!("{switch:?} {on}: {e}"))
}

#[tokio::test]
async fn reactions_switch_controls_adding_reactions() {
    let (_emulator, chat) =
        seeded(users(["alice", "bob"]).group_channel("room", ["alice", "bob"])).await;
    let room = chat.messages(ChannelType::GroupChannels, "room");
    let message_id = room
        .send_text("alice", "React to me")
        .await
        .expect("send")
        .message_id();

    assert_eq!(turn(&chat, Switch::Reactions, false).await, Some(false));
    refusals! { refused;
        room.add_reaction(message_id, "bob", "sendbird_emoji_thumbsup")
            => 400108, "reactions are off";
    }

    assert_eq!(turn(&chat, Switch::Reactions, true).await, Some(true));
    let added = room
        .add_reaction(message_id, "bob", "sendbird_emoji_thumbsup")
        .await
        .expect("reactions are on");
    assert_eq!(added.success, Some(true));
    assert_eq!(added.reaction.as_deref(), Some("sendbird_emoji_thumbsup"));
}

#[tokio::test]
async fn default_emojis_can_be_turned_off() {
    let (_emulator, chat) = chat().await;
    let emojis = chat.emojis();
    let with_defaults = emojis.categories().await.expect("list");
    assert_eq!(with_defaults.emoji_categories.len(), 1);
    let sendbird = &with_defaults.emoji_categories[0];
    assert_eq!(sendbird.name, "sendbird");
    assert_eq!(sendbird.emojis.len(), 7);
    assert!(sendbird
        .emojis
        .iter()
        .all(|e| e.key.starts_with("sendbird_emoji_")));
    let heart = emojis
        .get("sendbird_emoji_heart_eyes")
        .await
        .expect("a default emoji");
    assert!(heart.url.ends_with("emoji_heart_eyes.png"));
    refused(
        emojis.delete("sendbird_emoji_heart_eyes").await,
        400108,
        "read-only",
    );

    assert_eq!(turn(&chat, Switch::DefaultEmojis, false).await, Some(false));
    let without = emojis.categories().await.expect("list");
    assert!(without.emoji_categories.is_empty());
    assert_ne!(without.emoji_hash, with_defaults.emoji_hash);
    assert!(emojis.list().await.expect("list").emojis.is_empty());
    refused(
        emojis.get("sendbird_emoji_heart_eyes").await,
        400201,
        "hidden",
    );

    assert_eq!(turn(&chat, Switch::DefaultEmojis, true).await, Some(true));
    assert_eq!(emojis.list().await.expect("list").emojis.len(), 7);
}

#[tokio::test]
async fn emoji_category_and_emoji_lifecycle() {
    let (_emulator, chat) = chat().await;
    // Only custom emojis.
    assert_eq!(turn(&chat, Switch::DefaultEmojis, false).await, Some(false));
    let emojis = chat.emojis();

    // Create two categories (answered without emojis).
    let added = emojis
        .add_categories(vec![
            NewEmojiCategory::new("faces", "https://example.com/faces.png"),
            NewEmojiCategory::new("animals", "https://example.com/animals.png"),
        ])
        .await
        .expect("add categories");
    let [faces, animals] = [&added.emoji_categories[0], &added.emoji_categories[1]];
    assert_eq!(faces.name, "faces");
    assert_eq!(animals.url, "https://example.com/animals.png");
    assert!(faces.emojis.is_empty());
    let (faces, animals) = (faces.id, animals.id);
    assert_ne!(faces, animals);

    // Add emojis to one of them, read them back.
    let new = emojis
        .add(
            faces,
            new_emojis(&[
                ("wink", "https://example.com/wink.png"),
                (ODD_KEY, "https://example.com/thumbs.png"),
            ]),
        )
        .await
        .expect("add emojis");
    assert_eq!(new.emojis.len(), 2);
    assert!(new.emojis.iter().all(|e| e.id.is_some()));
    let category = emojis.category(faces).await.expect("get category");
    let keys: Vec<_> = category.emojis.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, ["wink", ODD_KEY]);
    let odd = emojis.get(ODD_KEY).await.expect("get emoji");
    assert_eq!(odd.url, "https://example.com/thumbs.png");
    let listed = emojis.categories().await.expect("list categories");
    assert_eq!(listed.emoji_categories.len(), 2);
    assert_eq!(listed.emoji_categories[0].emojis.len(), 2);
    assert!(listed.emoji_categories[1].emojis.is_empty());
    let all: Vec<_> = emojis
        .list()
        .await
        .expect("list emojis")
        .emojis
        .into_iter()
        .map(|e| e.key)
        .collect();
    assert_eq!(all, ["wink", ODD_KEY]);

    // Keys are unique in the application (400202), even across categories and within one
    // request; nothing of a refused request is added.
    refusals! { refused;
        emojis.add(
            animals,
            new_emojis(&[
                ("cat", "https://example.com/cat.png"),
                ("wink", "https://example.com/other-wink.png"),
            ]),
        ) => 400202, "duplicate key";
        emojis.add(
            animals,
            new_emojis(&[
                ("dog", "https://example.com/dog.png"),
                ("dog", "https://example.com/dog2.png"),
            ]),
        ) => 400202, "duplicate within the request";
    }
    assert!(emojis
        .category(animals)
        .await
        .expect("get")
        .emojis
        .is_empty());

    // Bad values.
    refusals! { refused;
        emojis.add(animals, vec![NewEmoji::new("x".repeat(31), "https://example.com/x.png")])
            => 400110, "key too long";
        emojis.add(animals, vec![NewEmoji::new("cat", "not a url")]) => 400114, "bad url";
        emojis.add_categories(vec![NewEmojiCategory::new("bad", "")]) => 400114, "bad url";
    }

    // Update URLs.
    let wink = emojis
        .update_url("wink", "https://example.com/wink-2.png")
        .await
        .expect("update emoji");
    assert_eq!(wink.key, "wink");
    assert_eq!(wink.url, "https://example.com/wink-2.png");
    let updated = emojis
        .update_category_url(faces, "https://example.com/faces-2.png")
        .await
        .expect("update category");
    assert_eq!(updated.url, "https://example.com/faces-2.png");
    assert_eq!(updated.name, "faces");
    assert_eq!(updated.emojis.len(), 2);
    assert_eq!(updated.emojis[0].url, "https://example.com/wink-2.png");

    // Delete an emoji, then a category with its emojis.
    emojis.delete(ODD_KEY).await.expect("delete emoji");
    refusals! { refused;
        emojis.get(ODD_KEY) => 400201, "deleted";
        emojis.delete(ODD_KEY) => 400201, "deleted twice";
    }
    emojis
        .delete_category(faces)
        .await
        .expect("delete category");
    refusals! { refused;
        emojis.category(faces) => 400201, "deleted";
        emojis.get("wink") => 400201, "deleted with its category";
    }
    // Its keys are free again.
    emojis
        .add(
            animals,
            vec![NewEmoji::new("wink", "https://example.com/w.png")],
        )
        .await
        .expect("re-add a deleted key");

    // Unknown categories.
    refusals! { refused;
        emojis.add(999_999, vec![NewEmoji::new("ghost", "https://example.com/g.png")])
            => 400201, "no such category";
        emojis.update_category_url(999_999, "https://example.com/g.png")
            => 400201, "no such category";
        emojis.delete_category(999_999) => 400201, "no such category";
    }
}
