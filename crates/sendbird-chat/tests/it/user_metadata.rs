//! `user_metadata` against the emulator.

use sendbird_emulator::Seed;

use crate::support::{refused, seeded};

#[tokio::test]
async fn metadata_create_read_update_delete() {
    let user_id = "meta user/ü";
    let (_emulator, chat) = seeded(Seed::new().user(user_id, "Nick")).await;
    let meta = chat.user_metadata(user_id);

    // Create.
    let created = meta
        .create([("location", "Seoul"), ("marriage", "N")])
        .await
        .expect("create");
    assert_eq!(created.len(), 2);
    assert_eq!(created["location"], "Seoul");

    // Read: all, filtered, one key; the user resource carries it too.
    let all = meta.get().await.expect("get all");
    assert_eq!(all.len(), 2);
    assert_eq!(all["marriage"], "N");
    let filtered = meta.get().keys(["location", "absent"]).await.expect("keys");
    assert_eq!(filtered.len(), 1);
    assert_eq!(filtered["location"], "Seoul");
    let one = meta.get_key("location").await.expect("get by key");
    assert_eq!(one.len(), 1);
    assert_eq!(one["location"], "Seoul");
    let user = chat.users().get(user_id).await.expect("user");
    assert_eq!(user.metadata, all);

    // Update existing keys; new keys need upsert.
    let updated = meta
        .update([("location", "Busan")])
        .await
        .expect("update existing key");
    assert_eq!(updated["location"], "Busan");
    refused(
        meta.update([("hobby", "surfing")]).await,
        400201,
        "new key without upsert",
    );
    let upserted = meta
        .update([("hobby", "surfing")])
        .upsert(true)
        .await
        .expect("upsert a new key");
    assert_eq!(upserted["hobby"], "surfing");
    let by_key = meta
        .update_key("marriage", "Y")
        .await
        .expect("update by key");
    assert_eq!(by_key.len(), 1);
    assert_eq!(by_key["marriage"], "Y");
    refused(
        meta.update_key("pet", "cat").await,
        400201,
        "unknown key without upsert",
    );
    meta.update_key("pet", "cat")
        .upsert(true)
        .await
        .expect("upsert by key");
    let all = meta.get().await.expect("get all");
    assert_eq!(all.len(), 4);
    assert_eq!(all["location"], "Busan");
    assert_eq!(all["marriage"], "Y");
    assert_eq!(all["pet"], "cat");

    // Delete one key, then everything.
    meta.delete_key("pet").await.expect("delete by key");
    refusals! { refused;
        meta.get_key("pet") => 400201, "deleted key";
        meta.delete_key("pet") => 400201, "delete twice";
    }
    meta.delete_all().await.expect("delete all");
    assert!(meta.get().await.expect("get all").is_empty());
}

#[tokio::test]
async fn delete_all_with_a_key_deletes_only_that_key() {
    let (_emulator, chat) = seeded(Seed::new().user("lee", "Nick")).await;
    let meta = chat.users().metadata("lee");
    meta.create([("a", "1"), ("b", "2")]).await.expect("create");
    meta.delete_all().key("a").await.expect("delete a");
    let left = meta.get().await.expect("get");
    assert_eq!(left.len(), 1);
    assert_eq!(left["b"], "2");
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = seeded(Seed::new().user("mia", "Nick")).await;
    let meta = chat.user_metadata("mia");
    meta.create([("team", "a")]).await.expect("create");

    refusals! { refused;
        meta.create([("team", "b")]) => 400202, "existing key";
        meta.create([("a,b", "x")]) => 400111, "comma in key";
        meta.update_key("team", "v".repeat(191)) => 400110, "value over 190 characters";
    }

    refused(
        chat.user_metadata("nobody").get().await,
        400201,
        "unknown user",
    );
}
