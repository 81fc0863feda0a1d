//! `privacy` (GDPR) against the emulator: deletions really delete, access requests produce a
//! file the emulator serves, the wait helper sees requests complete.

use std::time::Duration;

use sendbird_chat::models::ChannelType;
use sendbird_chat::privacy::{ChannelDeleteOption, GdprAction, GdprRequest, GdprRequestStatus};
use sendbird_emulator::Seed;
use serde_json::json;

use crate::support::{download, history, refused, seeded, texts};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::strs;

const TEAM: &str = "gdpr-team";
const POLL: Duration = Duration::from_millis(20);
const PATIENCE: Duration = Duration::from_secs(10);

fn seed() -> Seed {
    Seed::new()
        .user_json(json!({"user_id": "alice", "nickname": "Alice",
                          "metadata": {"location": "Berlin"}}))
        .user("bob", "Bob")
        .user("carol", "Carol")
        .group_channel(TEAM, ["alice", "bob", "carol"])
        .group_channel_json(
            json!({"channel_url": "gdpr-pair", "user_ids": ["alice", "bob"],
                                   "is_distinct": true}),
        )
        .group_channel_json(json!({"channel_url": "gdpr-other-pair",
                                   "user_ids": ["bob", "carol"], "is_distinct": true}))
}

#[tokio::test]
async fn a_completed_deletion_deletes_the_user_and_their_data() {
    let (_emulator, chat) = seeded(seed()).await;
    let team = chat.messages(ChannelType::GroupChannels, TEAM);
    team.send_text("alice", "from alice").await.expect("send");
    team.send_text("bob", "from bob").await.expect("send");

    let request = chat
        .privacy()
        .register_deletion(["alice"])
        .channel_delete_option(ChannelDeleteOption::OneOnOne)
        .await
        .expect("register");
    assert_eq!(request.action, Some(GdprAction::Delete));
    assert_eq!(request.status, Some(GdprRequestStatus::Scheduled));
    assert_eq!(request.user_ids, ["alice"]);
    assert_eq!(
        request.channel_delete_option,
        Some(ChannelDeleteOption::OneOnOne)
    );
    assert_eq!(request.request_id.len(), 15);

    // Still there until the request runs.
    chat.users().get("alice").await.expect("alice, for now");

    let done = chat
        .privacy()
        .wait_until_done(&request.request_id, POLL, PATIENCE)
        .await
        .expect("completes");
    assert!(done.is_done());
    assert_eq!(done.files.map(|f| f.url), Some(String::new()));

    // The user, its metadata, memberships, messages and 1-on-1 channel are gone.
    refusals! { refused;
        chat.users().get("alice") => 400201, "deleted";
        chat.user_metadata("alice").get() => 400201, "metadata gone";
    }
    let members = chat
        .group_channels()
        .get(TEAM)
        .show_member(true)
        .await
        .expect("team stays");
    let ids = strs(&members.members, |m| m.user_id.as_str());
    assert_eq!(ids, ["bob", "carol"]);
    let texts = texts(&history(&chat, ChannelType::GroupChannels, TEAM, 10).await);
    assert_eq!(texts, [Some("from bob".to_owned())]);
    refused(
        chat.group_channels().get("gdpr-pair").await,
        400201,
        "1-on-1 channel deleted",
    );
    chat.group_channels()
        .get("gdpr-other-pair")
        .await
        .expect("other users' 1-on-1 channels stay");
    chat.users().get("bob").await.expect("bob stays");
}

#[tokio::test]
async fn access_requests_complete_on_the_clock_and_serve_a_file() {
    let (emulator, chat) = seeded(seed()).await;
    chat.messages(ChannelType::GroupChannels, TEAM)
        .send_text("bob", "bob's words")
        .await
        .expect("send");
    let request = chat
        .privacy()
        .register_access("bob")
        .await
        .expect("register");
    assert_eq!(request.user_id.as_deref(), Some("bob"));
    assert!(request.user_ids.is_empty());
    assert_eq!(request.files, None);

    // The processing time passes on the emulator clock: listed as done without being read.
    emulator.advance_clock(Duration::from_secs(120));
    let listed = chat.privacy().list().await.expect("list");
    let listed = &listed.requests[0];
    assert_eq!(listed.request_id, request.request_id);
    assert_eq!(listed.status, Some(GdprRequestStatus::Done));
    let files = listed.files.clone().expect("files");
    assert!(files.expires_at > emulator.now_ms());
    let (content_type, body) = download(&files.url).await;
    assert_eq!(content_type, "application/json");
    let data: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(data["user"]["user_id"], "bob");
    assert_eq!(data["messages"][0]["message"], "bob's words");
    chat.users()
        .get("bob")
        .await
        .expect("access deletes nothing");
}

#[tokio::test]
async fn list_get_and_cancel() {
    let (_emulator, chat) = seeded(seed()).await;
    let privacy = chat.privacy();
    let first = privacy.register_access("alice").await.expect("first");
    let second = privacy
        .register()
        .user_ids(["carol"])
        .await
        .expect("second (delete is the default action)");
    assert_eq!(second.action, Some(GdprAction::Delete));
    assert_eq!(
        second.channel_delete_option,
        Some(ChannelDeleteOption::DoNotDelete)
    );
    let third = privacy.register_access("bob").await.expect("third");

    let all: Vec<GdprRequest> = collect_ok(privacy.list().limit(2).stream(), "list").await;
    let ids = strs(&all, |r| r.request_id.as_str());
    assert_eq!(
        ids,
        [
            third.request_id.as_str(),
            second.request_id.as_str(),
            first.request_id.as_str()
        ],
        "newest first"
    );

    // Canceling a scheduled request removes it: carol is never deleted.
    privacy.cancel(&second.request_id).await.expect("cancel");
    refused(privacy.get(&second.request_id).await, 400201, "canceled");
    chat.users().get("carol").await.expect("carol stays");

    // A finished request cannot be canceled.
    let done = privacy.get(&first.request_id).await.expect("get");
    assert_eq!(done.status, Some(GdprRequestStatus::Done));
    refused(
        privacy.cancel(&first.request_id).await,
        400920,
        "already done",
    );
}

#[tokio::test]
async fn documented_errors() {
    let (_emulator, chat) = seeded(seed()).await;
    let privacy = chat.privacy();
    refusals! { refused;
        privacy.register_access("nobody") => 400201, "unknown user";
        privacy.register().action(GdprAction::Access) => 400105, "access without user_id";
        privacy.register().action(GdprAction::Delete) => 400105, "delete without user_ids";
    }
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    refusals! { refused;
        privacy.register_deletion(many) => 400203, "more than 100 users";
        privacy.register().action(GdprAction::from("archive")).user_id("alice")
            => 400111, "unknown action";
        privacy.get("0123456789abcde") => 400201, "unknown";
    }
    let error = privacy
        .wait_until_done("0123456789abcde", POLL, PATIENCE)
        .await
        .expect_err("unknown");
    assert!(!error.is_deadline_exceeded());
}
