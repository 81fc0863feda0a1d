//! Calls users against the emulator: the user list and VoIP push tokens.

use sendbird_calls::models::{CallsUser, PushTokenType, PushTokens};
use sendbird_calls::{CallsClient, CallsErrorCode};
use sendbird_emulator::Seed;

use crate::support::{expect_calls_error, seeded};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::strs;

fn exposed(tokens: &PushTokens) -> Vec<&str> {
    tokens.tokens.iter().map(|t| t.expose()).collect()
}

/// The tokens of `kind` that `user` has, as listed.
async fn listed(calls: &CallsClient, user: &str, kind: PushTokenType) -> Vec<String> {
    let listed = calls.users().push_tokens(user, kind).await.expect("list");
    exposed(&listed).into_iter().map(str::to_owned).collect()
}

fn people() -> Seed {
    Seed::new()
        .user("alice@example.com", "Alice")
        .user("bob", "Bob")
        .user("carol", "Carol")
}

#[tokio::test]
async fn users_list_pages_through_chat_users() {
    let (_emulator, calls) = seeded(people()).await;
    let users: Vec<CallsUser> = collect_ok(calls.users().list().limit(2).stream(), "users").await;
    let ids = strs(&users, |u| u.user_id.as_str());
    assert_eq!(ids, ["alice@example.com", "bob", "carol"], "creation order");
    assert_eq!(users[0].nickname.as_deref(), Some("Alice"));
    assert_eq!(users[0].is_active, Some(true));
}

#[tokio::test]
async fn push_tokens_add_list_and_remove() {
    let (_emulator, calls) = seeded(people()).await;
    let users = calls.users();
    let user = "alice@example.com";

    let empty = users
        .push_tokens(user, PushTokenType::ApnsVoip)
        .await
        .expect("list");
    assert!(empty.tokens.is_empty());
    assert_eq!(empty.token_type.as_deref(), Some("apns_voip"));
    assert_eq!(empty.user.as_ref().map(|u| u.user_id.as_str()), Some(user));

    let added = users
        .add_push_token(user, PushTokenType::ApnsVoip, "apns/1+token")
        .await
        .expect("add");
    assert_eq!(exposed(&added), ["apns/1+token"]);
    assert_eq!(added.token_type.as_deref(), Some("apns_voip"));
    users
        .add_push_token(user, PushTokenType::ApnsVoip, "apns-2")
        .await
        .expect("add");
    users
        .add_push_token(user, PushTokenType::ApnsVoip, "apns-2")
        .await
        .expect("adding again changes nothing");
    assert_eq!(
        listed(&calls, user, PushTokenType::ApnsVoip).await,
        ["apns/1+token", "apns-2"]
    );

    // `is_unique` drops the user's other tokens of the type.
    users
        .add_push_token(user, PushTokenType::ApnsVoip, "apns-3")
        .is_unique(true)
        .await
        .expect("add unique");
    assert_eq!(
        listed(&calls, user, PushTokenType::ApnsVoip).await,
        ["apns-3"]
    );

    // Removing one token (it travels in the path) and then every token of a type.
    let removed = users
        .remove_push_token(user, PushTokenType::ApnsVoip, "apns-3")
        .await
        .expect("remove");
    assert_eq!(exposed(&removed), ["apns-3"]);
    refusals! { expect_calls_error;
        users.remove_push_token(user, PushTokenType::ApnsVoip, "apns-3")
            => CallsErrorCode::NotFound, 400, "again";
    }

    for token in ["fcm/a b", "fcm-b"] {
        users
            .add_push_token(user, PushTokenType::FcmVoip, token)
            .await
            .expect("add fcm");
    }
    let removed = users
        .remove_push_tokens(user, PushTokenType::FcmVoip)
        .await
        .expect("remove all");
    assert_eq!(exposed(&removed), ["fcm/a b", "fcm-b"]);
    assert!(listed(&calls, user, PushTokenType::FcmVoip)
        .await
        .is_empty());
    assert!(listed(&calls, user, PushTokenType::ApnsVoip)
        .await
        .is_empty());

    refusals! { expect_calls_error;
        users.push_tokens("nobody", PushTokenType::FcmVoip)
            => CallsErrorCode::NotFound, 400, "unknown";
        users.add_push_token(user, PushTokenType::FcmVoip, " ")
            => CallsErrorCode::InvalidParams, 400, "empty token";
    }
}
