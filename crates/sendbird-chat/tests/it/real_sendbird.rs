//! Tests against a real Sendbird application. Ignored by default (CI never runs them); run with
//! `SENDBIRD_APP_ID=... SENDBIRD_API_TOKEN=... cargo test -p sendbird-chat --test it -- --ignored real_sendbird`.

use sendbird_chat::{ChatClient, ChatErrorExt};
use sendbird_core::test_util::collect_ok;

#[tokio::test]
#[ignore = "talks to real Sendbird; needs SENDBIRD_APP_ID and SENDBIRD_API_TOKEN"]
async fn user_round_trip_on_real_sendbird() {
    let chat: ChatClient = sendbird_core::test_util::real_client();
    let id = format!("sendbird-rs-live-test/{}", std::process::id());
    let created = chat
        .users()
        .create(&id, "sendbird-rs live test", "")
        .await
        .expect("create");
    assert_eq!(created.user_id, id);
    let fetched = chat
        .users()
        .get(&id)
        .await
        .expect("get (the id has a slash)");
    assert_eq!(fetched.nickname.as_deref(), Some("sendbird-rs live test"));
    let listed: Vec<_> =
        collect_ok(chat.users().list().user_ids([id.as_str()]).stream(), "list").await;
    assert!(listed.iter().any(|u| u.user_id == id));
    chat.users().delete(&id).await.expect("delete");
    let gone = chat.users().get(&id).await.expect_err("deleted");
    assert!(gone.is_not_found(), "{gone}");
}
