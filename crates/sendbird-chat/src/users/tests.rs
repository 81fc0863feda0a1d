//! Unit tests: every users endpoint on the wire, and its docs-shaped fixture decoded.

use bytes::Bytes;
use sendbird_core::Endpoint;
use serde_json::json;

use super::*;
use crate::models::CountPreference;
use crate::test_support::KIT;
use sendbird_core::test_util::{json_body, multipart_form, path_and_query};

#[test]
fn list_users_wire_and_fixture() {
    KIT.assert_wire_empty(
        &ListUsers::new()
            .limit(2)
            .user_ids(["a,b", "c"])
            .token("t0")
            .active_mode(ActiveMode::All)
            .metadatakey("team")
            .metadatavalues_in(["a b", "ü"]),
        "GET",
        "/v3/users?token=t0&limit=2&active_mode=all&user_ids=a%2Cb,c&metadatakey=team&metadatavalues_in=a%20b,%C3%BC",
    );

    let list: ListUsersResponse = KIT.decode::<ListUsers>();
    assert_eq!(list.users.len(), 2);
    assert_eq!(list.users[0].user_id, "Jay");
    assert_eq!(list.users[1].is_online, Some(true));
    assert!(list.users[1].metadata.is_empty(), "null metadata is empty");
    assert_eq!(list.next.as_deref(), Some("YXEZR1VVQVdYWGZYWmZ5X2lmMnU5"));
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &CreateUser::new("user@example.com", "Alice", "")
                .issue_access_token(true)
                .discovery_keys(["alice@example.com"])
                .metadata(HashMap::from([("team".to_owned(), "a".to_owned())])),
            "POST",
            "/v3/users",
        )
        .json(json!({
            "user_id": "user@example.com",
            "nickname": "Alice",
            "profile_url": "",
            "issue_access_token": true,
            "discovery_keys": ["alice@example.com"],
            "metadata": {"team": "a"},
        })),
        KIT.case(
            &GetUser::new("a/b ü").include_unread_count(true).custom_types(["x", "y,z"]).super_mode(SuperMode::NonSuper),
            "GET",
            "/v3/users/a%2Fb%20%C3%BC?include_unread_count=true&custom_types=x,y%2Cz&super_mode=nonsuper",
        )
        .empty(),
        KIT.case(
            &UpdateUser::new("user@example.com")
                .nickname("Jeffrey Kim")
                .issue_access_token(true)
                .is_active(false)
                .leave_all_when_deactivated(false)
                .last_seen_at(1_542_123_432_213_i64)
                .preferred_languages(["de"])
                .discovery_keys(Vec::<String>::new())
                .issue_session_token(true)
                .session_token_expires_at(1_609_459_200_000_i64),
            "PUT",
            "/v3/users/user%40example.com",
        )
        .json(json!({
            "nickname": "Jeffrey Kim",
            "issue_access_token": true,
            "issue_session_token": true,
            "session_token_expires_at": 1_609_459_200_000_i64,
            "is_active": false,
            "last_seen_at": 1_542_123_432_213_i64,
            "discovery_keys": [],
            "preferred_languages": ["de"],
            "leave_all_when_deactivated": false,
        })),
        KIT.case(
            &GetChannelInvitationPreference::new("a/b"),
            "GET",
            "/v3/users/a%2Fb/channel_invitation_preference",
        )
        .empty(),
        KIT.case(
            &GetCountPreference::new("user@example.com", "group/1?"),
            "GET",
            "/v3/users/user%40example.com/count_preference/group%2F1%3F",
        ),
        KIT.case(
            &GetGroupChannelCountByJoinStatus::new("a/b").state(JoinState::InvitedByFriend).custom_types(["c1", "c,2"]).hidden_mode(HiddenMode::All),
            "GET",
            "/v3/users/a%2Fb/group_channel_count?state=invited_by_friend&custom_types=c1,c%2C2&hidden_mode=all",
        ),
        KIT.case(
            &MarkAllUserMessagesAsRead::new("ü").channel_urls(["a/b", "c"]),
            "PUT",
            "/v3/users/%C3%BC/mark_as_read_all",
        )
        .json(json!({"channel_urls": ["a/b", "c"]})),
        KIT.case(
            &LeaveMyGroupChannels::new("a/b").custom_type("study group"),
            "PUT",
            "/v3/users/a%2Fb/my_group_channels/leave",
        )
        .json(json!({"custom_type": "study group"})),
        KIT.case(
            &IssueSessionToken::new("50%").expires_at(1_609_459_200_000_i64),
            "POST",
            "/v3/users/50%25/token",
        )
        .json(json!({"expires_at": 1_609_459_200_000_i64})),
        KIT.case(
            &RevokeAllSessionTokens::new("ü 漢"),
            "DELETE",
            "/v3/users/%C3%BC%20%E6%BC%A2/token",
        )
        .empty(),
        KIT.case(
            &GetUnreadChannelCount::new("a/b")
                .custom_types(["x", "y z"])
                .super_mode(SuperMode::All),
            "GET",
            "/v3/users/a%2Fb/unread_channel_count?custom_types=x,y%20z&super_mode=all",
        ),
    ]);
}

#[tokio::test]
async fn profile_files_go_as_multipart() {
    let create = KIT.assert_wire(
        &CreateUser::new("u1", "Alice", "").profile_file(FilePart::new("me.png", &b"\x89PNG"[..])),
        "POST",
        "/v3/users",
    );
    let update = KIT.assert_wire(
        &UpdateUser::new("50%")
            .nickname("Jeff")
            .profile_file(FilePart::new("face.jpg", &b"\xff\xd8\xff"[..]))
            .is_active(true)
            .preferred_languages(["en", "ko"]),
        "PUT",
        "/v3/users/50%25",
    );
    let created: &[(&str, &[u8])] = &[
        ("user_id", b"u1"),
        ("nickname", b"Alice"),
        ("profile_url", b""),
        ("profile_file", b"\x89PNG"),
    ];
    let updated: &[(&str, &[u8])] = &[
        ("nickname", b"Jeff"),
        ("is_active", b"true"),
        ("preferred_languages", b"en,ko"),
        ("profile_file", b"\xff\xd8\xff"),
    ];
    for (request, fields, file_name) in [(create, created, "me.png"), (update, updated, "face.jpg")]
    {
        let form = multipart_form(&request).await;
        assert_eq!(form.fields(), fields, "{}", request.uri());
        assert_eq!(form.last().file_name.as_deref(), Some(file_name));
    }
}

#[test]
fn create_user_fixture() {
    let user = KIT.decode::<CreateUser>();
    assert_eq!(user.user_id, "Jeff");
    assert_eq!(user.nickname.as_deref(), Some("Jeffrey"));
    assert_eq!(user.metadata["location"], "San Jose");
    assert_eq!(user.access_token.as_ref().map(|t| t.expose()), Some(""));
    assert_eq!(user.created_at, Some(1_542_123_432));
}

#[test]
fn get_user_wire_and_fixture() {
    let user: User = KIT.decode::<GetUser>();
    assert_eq!(user.user_id, "Jeff");
    assert_eq!(user.require_auth_for_profile_image, Some(false));
    assert_eq!(user.is_active, Some(true));
    assert_eq!(user.is_hide_me_from_friends, Some(false));
    assert_eq!(user.last_seen_at, Some(1_542_123_432_213));
    assert_eq!(user.discovery_keys, ["jeff@example.com"]);
    assert_eq!(user.preferred_languages, ["en", "ko"]);
    assert_eq!(user.has_ever_logged_in, Some(true));
    assert_eq!(user.locale.as_deref(), Some(""));
    assert_eq!(user.unread_message_count, Some(12));
    assert_eq!(user.unread_channel_count, Some(3));
    assert_eq!(user.session_tokens.len(), 1);
    let token = &user.session_tokens[0];
    assert_eq!(
        token.session_token.expose(),
        "f3e58c8c6b04f0d4d7bbd3d8e55a1e4c0d1f0a7b"
    );
    assert_eq!(token.expires_at, Some(1_609_459_200_000));
    assert!(
        !format!("{user:?}").contains("f3e58c8c"),
        "tokens are redacted in Debug"
    );
}

#[test]
fn update_user_json_on_the_wire() {
    let empty = KIT.wire(&UpdateUser::new("u"));
    assert_eq!(json_body(&empty), json!({}));
}

#[test]
fn update_user_fixture() {
    let user = KIT.decode::<UpdateUser>();
    assert_eq!(user.nickname.as_deref(), Some("Jeffrey Kim"));
    assert_eq!(user.is_active, Some(false));
    assert!(user.session_tokens.is_empty(), "null list is empty");
    assert!(user.discovery_keys.is_empty(), "null list is empty");
    assert_eq!(
        user.access_token.as_ref().map(|t| t.expose()),
        Some("49ef3fcc54f1ac4f5d3c1b5f4a6cb7f4d4b1c2e0")
    );
    assert_eq!(user.locale.as_deref(), Some("de-DE"));
    assert_eq!(user.unread_message_count, None);
}

#[test]
fn delete_user_wire_and_fixture() {
    let request = KIT.assert_wire_empty(&DeleteUser::new("50%"), "DELETE", "/v3/users/50%25");
    assert_eq!(
        request.headers()["content-type"],
        "application/json; charset=utf8"
    );
    let _: Empty = KIT.decode::<DeleteUser>();
}

#[test]
fn channel_invitation_preference_wire_and_fixtures() {
    let pref = KIT.decode::<GetChannelInvitationPreference>();
    assert_eq!(pref.auto_accept, Some(false));

    KIT.assert_wire_json(
        &UpdateChannelInvitationPreference::new("ü 漢", true),
        "PUT",
        "/v3/users/%C3%BC%20%E6%BC%A2/channel_invitation_preference",
        json!({"auto_accept": true}),
    );
    let pref = KIT.decode::<UpdateChannelInvitationPreference>();
    assert_eq!(pref.auto_accept, Some(true));
}

#[test]
fn count_preference_wire_and_fixtures() {
    let pref = KIT.decode::<GetCountPreference>();
    assert_eq!(
        pref.count_preference,
        Some(CountPreference::UnreadMessageCountOnly)
    );

    KIT.assert_wire_json(
        &UpdateCountPreference::new("50%", "ch 1", CountPreference::Off),
        "PUT",
        "/v3/users/50%25/count_preference/ch%201",
        json!({"count_preference": "off"}),
    );
    let from_str = KIT.wire(&UpdateCountPreference::new(
        "u",
        "c",
        "unread_mentioned_count_only",
    ));
    assert_eq!(
        json_body(&from_str),
        json!({"count_preference": "unread_mentioned_count_only"})
    );
    let pref = KIT.decode::<UpdateCountPreference>();
    assert_eq!(pref.count_preference, Some(CountPreference::Off));
}

#[test]
fn group_channel_count_wire_and_fixture() {
    let count = KIT.decode::<GetGroupChannelCountByJoinStatus>();
    assert_eq!(count.group_channel_count, Some(7));
}

#[test]
fn channel_wide_actions_send_empty_objects_and_decode() {
    for request in [
        KIT.wire(&MarkAllUserMessagesAsRead::new("u")),
        KIT.wire(&LeaveMyGroupChannels::new("u")),
    ] {
        assert_eq!(json_body(&request), json!({}), "{}", request.uri());
    }
    let _: Empty = KIT.decode::<MarkAllUserMessagesAsRead>();
    let _: Empty = KIT.decode::<LeaveMyGroupChannels>();
}

#[test]
fn list_my_group_channels_wire_and_fixture() {
    KIT.assert_wire_empty(
        &ListMyGroupChannels::new("user@example.com")
            .token("t1")
            .limit(20)
            .distinct_mode(DistinctMode::NonDistinct)
            .public_mode(PublicMode::Private)
            .super_mode(SuperMode::Super)
            .hidden_mode(HiddenMode::HiddenOnly)
            .member_state_filter(MemberStateFilter::InvitedByNonFriend)
            .unread_filter(UnreadFilter::UnreadMessage)
            .created_after(1_543_468_122_000_i64)
            .show_member(true)
            .order(ChannelOrder::LatestLastMessage)
            .custom_types(["a", "b c"])
            .members_include_in(["u,1", "u2"])
            .query_type(QueryType::Or)
            .search_query("rust")
            .search_fields(["channel_name", "member_nickname"])
            .metacounter_key("score")
            .metacounter_value_gte(10),
        "GET",
        concat!(
            "/v3/users/user%40example.com/my_group_channels?",
            "token=t1&limit=20&distinct_mode=nondistinct&public_mode=private&super_mode=super",
            "&hidden_mode=hidden_only&member_state_filter=invited_by_non_friend",
            "&unread_filter=unread_message&created_after=1543468122000&show_member=true",
            "&order=latest_last_message&custom_types=a,b%20c&members_include_in=u%2C1,u2",
            "&query_type=OR&search_query=rust&search_fields=channel_name,member_nickname",
            "&metacounter_key=score&metacounter_value_gte=10",
        ),
    );

    let page = KIT.decode::<ListMyGroupChannels>();
    assert_eq!(page.channels.len(), 2);
    assert_eq!(page.channels[0].channel_url, "sendbird_group_channel_1234");
    assert_eq!(page.channels[0].name.as_deref(), Some("Sendbird Devs"));
    assert_eq!(page.channels[1].channel_url, "sendbird_group_channel_5678");
    assert_eq!(page.next.as_deref(), Some("YXEZR1VVQVdYWGZYWmZ5X2lmMnU5"));
    assert_eq!(page.ts, Some(1_543_468_300_000));
}

#[test]
fn issue_session_token_wire_and_fixture() {
    let default_expiry = KIT.wire(&IssueSessionToken::new("u"));
    assert_eq!(json_body(&default_expiry), json!({}));

    let token = KIT.decode::<IssueSessionToken>();
    assert_eq!(
        token.token.expose(),
        "eyJzdWIiOiJKZWZmIiwiZXhwIjoxNjA5NDU5MjAwfQ.0f3b2c7d9e"
    );
    assert_eq!(token.expires_at, Some(1_609_459_200_000));
    assert!(!format!("{token:?}").contains("eyJzdWIi"));
}

#[test]
fn revoke_all_session_tokens_wire_and_fixture() {
    let _: Empty = KIT.decode::<RevokeAllSessionTokens>();
    // The docs describe an empty body on success.
    assert!(RevokeAllSessionTokens::decode_response(&Bytes::new()).is_ok());
}

#[test]
fn unread_counts_wire_and_fixtures() {
    let count = KIT.decode::<GetUnreadChannelCount>();
    assert_eq!(count.unread_count, Some(4));

    let messages = KIT.wire(&GetUnreadMessageCount::new("50%").super_mode("super"));
    assert_eq!(
        path_and_query(&messages),
        "/v3/users/50%25/unread_message_count?super_mode=super"
    );
    let count = KIT.decode::<GetUnreadMessageCount>();
    assert_eq!(count.unread_count, Some(17));

    let items = KIT.wire(
        &GetUnreadItemCount::new(
            "user@example.com",
            [
                UnreadItemKey::NonSuperGroupChannelUnreadMessageCount.as_str(),
                UnreadItemKey::GroupChannelInvitationCount.as_str(),
            ],
        )
        .custom_types(["c"]),
    );
    assert_eq!(
        path_and_query(&items),
        "/v3/users/user%40example.com/unread_item_count?item_keys=non_super_group_channel_unread_message_count,group_channel_invitation_count&custom_types=c"
    );
    let counts = KIT.decode::<GetUnreadItemCount>();
    assert_eq!(
        counts.non_super_group_channel_unread_message_count,
        Some(12)
    );
    assert_eq!(counts.super_group_channel_unread_message_count, Some(5));
    assert_eq!(counts.group_channel_invitation_count, Some(2));
    assert_eq!(counts.group_channel_unread_mention_count, Some(0));
    assert_eq!(counts.group_channel_unread_message_count, None);
}

#[test]
fn handle_builds_the_same_endpoints() {
    let chat: crate::ChatClient = KIT.idle_client();
    let users = chat.users();
    assert_eq!(
        users.update("u").nickname("n").into_endpoint(),
        UpdateUser::new("u").nickname("n")
    );
    assert_eq!(
        users
            .update_count_preference("u", "c", CountPreference::All)
            .into_endpoint(),
        UpdateCountPreference::new("u", "c", CountPreference::All)
    );
    assert_eq!(
        users
            .unread_item_count(
                "u",
                [UnreadItemKey::GroupChannelUnreadMentionCount.as_str()]
            )
            .into_endpoint(),
        GetUnreadItemCount::new("u", ["group_channel_unread_mention_count"])
    );
    assert_eq!(
        users.my_group_channels("u").limit(5).into_endpoint(),
        ListMyGroupChannels::new("u").limit(5)
    );
    assert_eq!(
        users
            .update_channel_invitation_preference("u", false)
            .into_endpoint(),
        UpdateChannelInvitationPreference::new("u", false)
    );
    assert_eq!(
        users.revoke_all_session_tokens("u").into_endpoint(),
        RevokeAllSessionTokens::new("u")
    );
}
