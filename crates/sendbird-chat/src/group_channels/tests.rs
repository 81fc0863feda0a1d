//! Wire and fixture tests of the group channel endpoints.

use std::collections::HashMap;

use bytes::Bytes;
use sendbird_core::FilePart;
use serde_json::{json, Value};

use super::*;
use crate::models::{
    ChannelPushTriggerOption, ChannelRole, CountPreference, HiddenState, MemberState,
};
use crate::test_support::KIT;
use crate::ChatClient;
use sendbird_core::test_util::{json_body, multipart_form, path_and_query};

const HOSTILE: &str = "a/b ü 漢 50%";
const HOSTILE_ENCODED: &str = "a%2Fb%20%C3%BC%20%E6%BC%A2%2050%25";

// ---- registry ---------------------------------------------------------------------------

#[test]
fn request_checker_rejects_wrong_types_and_unknown_fields() {
    let check = |info: &sendbird_core::EndpointInfo, body: Value| {
        (info.check_request.expect("has a body"))(&Bytes::from(body.to_string()))
    };
    assert!(check(&LeaveGroupChannel::INFO, json!({"user_ids": "Glen"})).is_err());
    assert!(check(&StartTypingIndicators::INFO, json!({})).is_err());
    assert!(check(&JoinGroupChannel::INFO, json!({"user_id": "u", "extra": 1})).is_err());
    assert!(check(
        &CreateGroupChannel::INFO,
        json!({"user_ids": ["a"], "cover_file": "x"})
    )
    .is_err());
}

// ---- list / create / get / update / delete ----------------------------------------------

#[test]
fn list_group_channels_query() {
    KIT.assert_wire_empty(
        &ListGroupChannels::new()
            .token("t0")
            .limit(100)
            .distinct_mode(DistinctMode::NonDistinct)
            .public_mode("public")
            .super_mode(SuperMode::NonSuper)
            .created_after(1_659_943_881_000)
            .show_empty(true)
            .show_member(true)
            .order(ChannelOrder::LatestLastMessage)
            .custom_types(["sports", "a,b"])
            .members_include_in(["Jeff", "Glen"])
            .query_type(QueryType::Or)
            .metadata_key("background")
            .metadata_values(["green", "50%"])
            .user_id("ü"),
        "GET",
        "/v3/group_channels?token=t0&limit=100&distinct_mode=nondistinct&public_mode=public\
         &super_mode=nonsuper&created_after=1659943881000&show_empty=true&show_member=true\
         &order=latest_last_message&custom_types=sports,a%2Cb&members_include_in=Jeff,Glen\
         &query_type=OR&metadata_key=background&metadata_values=green,50%25&user_id=%C3%BC",
    );
}

#[test]
fn list_group_channels_decodes() {
    let list: ListGroupChannelsResponse = KIT.decode::<ListGroupChannels>();
    assert_eq!(list.channels.len(), 2);
    assert_eq!(list.next.as_deref(), Some("YXEZR1VVQVdYWGZYWmZ5X2lmMnU5"));
    assert_eq!(list.ts, Some(1_659_950_100_000));
    let hikers = &list.channels[1];
    assert_eq!(hikers.channel_url, "weekend_hikers");
    assert_eq!(hikers.freeze, Some(true));
    assert_eq!(hikers.my_role, Some(ChannelRole::Blank));
    assert_eq!(hikers.member_state, Some(MemberState::Invited));
    assert_eq!(
        hikers.hidden_state,
        Some(HiddenState::HiddenAllowAutoUnhide)
    );
    assert_eq!(
        hikers.push_trigger_option,
        Some(ChannelPushTriggerOption::MentionOnly)
    );
    assert_eq!(
        hikers.count_preference,
        Some(CountPreference::UnreadMessageCountOnly)
    );
    assert_eq!(
        hikers.inviter.as_ref().map(|u| u.user_id.as_str()),
        Some("Jeff")
    );
    assert_eq!(hikers.invited_at, Some(1_659_950_000_123));
    assert_eq!(hikers.created_by, None);
    assert_eq!(hikers.unread_mention_count, Some(1));
    assert!(hikers.members.is_empty());
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.fixture_case(
            &CreateGroupChannel::new()
                .user_ids(["Jeff", "Glen"])
                .users(vec![ChannelUser::new("Sarah")
                    .nickname("Sarah")
                    .profile_url("")])
                .name("Saturday soccer members")
                .channel_url("saturday_soccer")
                .cover_url("https://sendbird.com/main/img/cover/cover_08.jpg")
                .custom_type("sports")
                .data("{\"league\": \"sunday\"}")
                .is_distinct(false)
                .is_public(false)
                .is_super(false)
                .is_ephemeral(false)
                .inviter_id("Jeff")
                .strict(true)
                .invitation_status(HashMap::from([
                    ("Glen".to_owned(), InvitationStatus::InvitedByFriend),
                    ("Sarah".to_owned(), InvitationStatus::Joined),
                ]))
                .hidden_status(HashMap::from([(
                    "Glen".to_owned(),
                    HiddenState::HiddenAllowAutoUnhide,
                )]))
                .operator_ids(["Jeff"])
                .block_sdk_user_channel_join(false),
            "POST",
            "/v3/group_channels",
        ),
        KIT.case(
            &GetGroupChannel::new(HOSTILE)
                .show_member(true)
                .show_read_receipt(true)
                .member_active_mode(MemberActiveMode::Activated)
                .user_id("user@example.com"),
            "GET",
            format!(
                "/v3/group_channels/{HOSTILE_ENCODED}?show_read_receipt=true&show_member=true\
                 &member_active_mode=activated&user_id=user%40example.com"
            ),
        )
        .empty(),
        KIT.fixture_case(
            &UpdateGroupChannel::new("saturday soccer")
                .name("Sunday soccer members")
                .cover_url("")
                .custom_type("sports")
                .data("")
                .is_distinct(false)
                .is_public(true)
                .is_super(false)
                .access_code("1234")
                .operator_ids(["Jeff", "Glen"]),
            "PUT",
            "/v3/group_channels/saturday%20soccer",
        ),
        KIT.case(
            &DeleteGroupChannel::new(HOSTILE),
            "DELETE",
            format!("/v3/group_channels/{HOSTILE_ENCODED}"),
        )
        .empty(),
        KIT.fixture_case(
            &AcceptGroupChannelInvitation::new(HOSTILE, "Glen").access_code("1234"),
            "PUT",
            format!("/v3/group_channels/{HOSTILE_ENCODED}/accept"),
        ),
        KIT.fixture_case(
            &DeclineGroupChannelInvitation::new("c1", "Glen"),
            "PUT",
            "/v3/group_channels/c1/decline",
        ),
        KIT.fixture_case(
            &HideGroupChannel::new("c1", "Glen")
                .allow_auto_unhide(false)
                .should_hide_all(false)
                .hide_previous_messages(true),
            "PUT",
            "/v3/group_channels/c1/hide",
        ),
        KIT.fixture_case(
            &InviteGroupChannelMembers::new("c1", ["Sarah", "Kim"])
                .invitation_status(HashMap::from([(
                    "Sarah".to_owned(),
                    InvitationStatus::InvitedByNonFriend,
                )]))
                .hidden_status(HashMap::from([("Kim".to_owned(), HiddenState::Unhidden)]))
                .inviter_id("Jeff"),
            "POST",
            "/v3/group_channels/c1/invite",
        ),
        KIT.fixture_case(
            &JoinGroupChannel::new("c1", "Sarah").access_code("1234"),
            "PUT",
            "/v3/group_channels/c1/join",
        ),
        KIT.fixture_case(
            &LeaveGroupChannel::new("c1", ["Glen"])
                .should_leave_all(false)
                .should_remove_operator_status(true)
                .reason(LeaveReason::LeftByOwnChoice),
            "PUT",
            "/v3/group_channels/c1/leave",
        ),
        KIT.case(
            &ListGroupChannelMembers::new(HOSTILE)
                .token("t1")
                .limit(2)
                .show_read_receipt(true)
                .show_member_is_muted(true)
                .order(MemberListOrder::OperatorThenMemberAlphabetical)
                .operator_filter(OperatorFilter::Nonoperator)
                .member_state_filter(MemberStateFilter::InvitedByNonFriend)
                .muted_member_filter(MutedMemberFilter::Muted)
                .nickname_startswith("J&"),
            "GET",
            format!(
                "/v3/group_channels/{HOSTILE_ENCODED}/members?token=t1&limit=2&show_read_receipt=true\
                 &show_member_is_muted=true&order=operator_then_member_alphabetical\
                 &operator_filter=nonoperator&member_state_filter=invited_by_non_friend\
                 &muted_member_filter=muted&nickname_startswith=J%26"
            ),
        ),
        KIT.case(
            &CheckGroupChannelMember::new(HOSTILE, "user@example.com"),
            "GET",
            format!("/v3/group_channels/{HOSTILE_ENCODED}/members/user%40example.com"),
        ),
        KIT.fixture_case(
            &RegisterGroupChannelOperators::new("c1", ["Glen", "Sarah"]),
            "POST",
            "/v3/group_channels/c1/operators",
        ),
        KIT.case(
            &UnregisterGroupChannelOperators::new(HOSTILE, ["Jeff", "a,b", "user@example.com"])
                .delete_all(false),
            "DELETE",
            format!(
                "/v3/group_channels/{HOSTILE_ENCODED}/operators\
                 ?operator_ids=Jeff,a%2Cb,user%40example.com&delete_all=false"
            ),
        )
        .empty(),
        KIT.fixture_case(
            &ResetGroupChannelChatHistory::new("c1")
                .user_id("Glen")
                .reset_all(false),
            "PUT",
            "/v3/group_channels/c1/reset_user_history",
        ),
        KIT.fixture_case(
            &StartTypingIndicators::new(HOSTILE, ["Jeff"]),
            "POST",
            format!("/v3/group_channels/{HOSTILE_ENCODED}/typing"),
        ),
        KIT.fixture_case(
            &StopTypingIndicators::new("c1", ["Jeff"]),
            "DELETE",
            "/v3/group_channels/c1/typing",
        ),
    ]);
}

#[tokio::test]
async fn create_group_channel_multipart_with_cover_file() {
    let cover = FilePart::new("cover.jpg", &b"\xff\xd8\xff"[..]);
    let request = KIT.wire(
        &CreateGroupChannel::new()
            .user_ids(["Jeff", "Glen"])
            .name("Weekend plans")
            .is_distinct(true)
            .invitation_status(HashMap::from([(
                "Glen".to_owned(),
                InvitationStatus::InvitedByNonFriend,
            )]))
            .cover_file(cover),
    );
    let form = multipart_form(&request).await;
    assert_eq!(
        form.fields(),
        [
            ("user_ids", &b"Jeff,Glen"[..]),
            ("name", b"Weekend plans"),
            ("is_distinct", b"true"),
            ("invitation_status", br#"{"Glen":"invited_by_non_friend"}"#),
            ("cover_file", b"\xff\xd8\xff"),
        ]
    );
    assert_eq!(form.last().file_name.as_deref(), Some("cover.jpg"));
}

#[test]
fn create_group_channel_decodes() {
    let channel: GroupChannel = KIT.decode::<CreateGroupChannel>();
    assert_eq!(
        channel.channel_url,
        "sendbird_group_channel_2048_6d8f1b3c0e0f4b2b9a1c7d5e3f2a1b0c9d8e7f6a"
    );
    assert_eq!(channel.is_distinct, Some(true));
    assert_eq!(channel.created_by, None);
    assert_eq!(channel.last_message, None);
    assert_eq!(channel.members.len(), 2);
    assert!(channel
        .members
        .iter()
        .all(|m| m.state == Some(MemberState::Joined)));
}

#[test]
fn get_group_channel_decodes_every_documented_field() {
    let channel: GroupChannel = KIT.decode::<GetGroupChannel>();
    assert_eq!(
        channel.channel_url,
        "sendbird_group_channel_17729_1a1d6ba6ba4b5a26fbb90c5de33dbaab4ed7e38e"
    );
    assert_eq!(channel.name.as_deref(), Some("Saturday soccer members"));
    assert_eq!(channel.custom_type.as_deref(), Some("sports"));
    assert_eq!(channel.created_at, Some(1_659_943_881));
    assert_eq!(
        channel.created_by.as_ref().map(|u| u.user_id.as_str()),
        Some("Jeff")
    );
    assert_eq!(channel.member_count, Some(2));
    assert_eq!(channel.joined_member_count, Some(1));
    assert_eq!(channel.max_length_message, Some(5000));
    assert_eq!(channel.is_super, Some(false));
    assert_eq!(channel.is_access_code_required, Some(false));
    assert_eq!(channel.my_role, Some(ChannelRole::Blank));
    assert_eq!(channel.member_state, Some(MemberState::NotMember));
    assert_eq!(channel.inviter, None);
    assert_eq!(channel.joined_ts, None);
    assert_eq!(channel.count_preference, Some(CountPreference::All));
    assert_eq!(
        channel.last_message.as_ref().map(|m| m.message_id()),
        Some(7_217_315_473)
    );
    assert_eq!(channel.operators.len(), 1);
    assert_eq!(channel.operators[0].user_id, "Jeff");
    let nested = channel.channel.as_ref().expect("nested channel");
    assert_eq!(nested.created_at, Some(1_659_943_881));
    assert_eq!(nested.member_count, Some(2));
    assert_eq!(
        channel
            .disappearing_message
            .as_ref()
            .and_then(|d| d.message_survival_seconds),
        Some(-1)
    );
    assert_eq!(
        channel.sms_fallback.as_ref().and_then(|s| s.wait_seconds),
        Some(-1)
    );
    assert_eq!(channel.read_receipt.get("Jeff"), Some(&1_659_944_074_528));
    assert_eq!(channel.delivery_receipt.get("Glen"), Some(&0));
    assert_eq!(
        channel.metadata.get("background").map(String::as_str),
        Some("green")
    );
    let [jeff, glen] = &channel.members[..] else {
        panic!("two members");
    };
    assert_eq!(jeff.role, Some(ChannelRole::Operator));
    assert_eq!(jeff.state, Some(MemberState::Joined));
    assert_eq!(jeff.read_ts, Some(1_659_944_074_528));
    assert!(jeff.friend_discovery_key.is_empty());
    assert_eq!(glen.role, Some(ChannelRole::Blank));
    assert_eq!(glen.state, Some(MemberState::Invited));
    assert_eq!(glen.friend_discovery_key, ["glen@example.com"]);
    assert_eq!(
        glen.push_trigger_option,
        Some(ChannelPushTriggerOption::Default)
    );
}

#[test]
fn update_group_channel_json_on_the_wire() {
    // The access code never shows in Debug output.
    let endpoint = UpdateGroupChannel::new("c").access_code("1234");
    assert!(!format!("{endpoint:?}").contains("1234"));
}

#[tokio::test]
async fn update_group_channel_multipart_with_cover_file() {
    let request = KIT.wire(
        &UpdateGroupChannel::new("c1")
            .name("New name")
            .operator_ids(["a", "b"])
            .cover_file(FilePart::new("new.png", &b"\x89PNG"[..])),
    );
    assert_eq!(request.method(), "PUT");
    let form = multipart_form(&request).await;
    let names = form.names();
    assert!(names.contains(&"name"));
    assert!(names.contains(&"operator_ids"));
    assert_eq!(names.last(), Some(&"cover_file"));
    assert_eq!(form.text("operator_ids").as_deref(), Some("a,b"));
    assert_eq!(form.last().file_name.as_deref(), Some("new.png"));
}

#[test]
fn update_group_channel_decodes() {
    let channel: GroupChannel = KIT.decode::<UpdateGroupChannel>();
    assert_eq!(channel.name.as_deref(), Some("Sunday soccer members"));
    assert_eq!(channel.is_public, Some(true));
    assert_eq!(channel.is_access_code_required, Some(true));
}

#[test]
fn delete_group_channel_wire_and_decode() {
    let _: sendbird_core::Empty = KIT.decode::<DeleteGroupChannel>();
}

// ---- invitations, hide, join, leave -----------------------------------------------------

#[test]
fn accept_invitation_wire_and_decode() {
    let channel: GroupChannel = KIT.decode::<AcceptGroupChannelInvitation>();
    assert_eq!(channel.joined_member_count, Some(2));
    assert_eq!(channel.members[1].state, Some(MemberState::Joined));
}

#[test]
fn unhide_uses_query_parameters() {
    KIT.assert_wire_empty(
        &UnhideGroupChannel::new(HOSTILE, "user@example.com").should_unhide_all(true),
        "DELETE",
        &format!(
            "/v3/group_channels/{HOSTILE_ENCODED}/hide?user_id=user%40example.com&should_unhide_all=true"
        ),
    );
    let _ = KIT.decode::<UnhideGroupChannel>();
}

#[test]
fn invite_wire_and_decode() {
    let channel: GroupChannel = KIT.decode::<InviteGroupChannelMembers>();
    assert_eq!(channel.member_count, Some(3));
    assert_eq!(
        channel.members.last().map(|m| m.user_id.as_str()),
        Some("Sarah")
    );
}

#[test]
fn join_wire_and_decode() {
    let joined: JoinGroupChannelResponse = KIT.decode::<JoinGroupChannel>();
    let channel = joined.channel.expect("the channel");
    assert_eq!(channel.is_public, Some(true));
    assert_eq!(channel.joined_member_count, Some(2));
    // Older API versions answer with an empty body.
    use sendbird_core::Endpoint;
    let empty = JoinGroupChannel::decode_response(&Bytes::new()).expect("decodes");
    assert_eq!(empty.channel, None);
    let braces = JoinGroupChannel::decode_response(&Bytes::from_static(b"{}")).expect("decodes");
    assert_eq!(braces.channel, None);
}

// ---- members and operators --------------------------------------------------------------

#[test]
fn list_members_query_and_decode() {
    let list: ListGroupChannelMembersResponse = KIT.decode::<ListGroupChannelMembers>();
    assert_eq!(list.members.len(), 2);
    assert_eq!(list.next.as_deref(), Some("ZmtrMjNfYXNkZl9hc2RmYXNk"));
    let glen = &list.members[1];
    assert_eq!(glen.is_muted, Some(true));
    assert_eq!(glen.muted_end_at, Some(1_660_030_474_000));
    assert_eq!(glen.muted_description.as_deref(), Some("Spamming"));
    assert_eq!(glen.friend_discovery_key, ["glen@example.com"]);
    assert_eq!(list.members[0].muted_end_at, Some(-1));
}

#[test]
fn check_member_wire_and_decode() {
    let check: CheckGroupChannelMemberResponse = KIT.decode::<CheckGroupChannelMember>();
    assert_eq!(check.is_member, Some(true));
    assert_eq!(check.state, Some(MemberState::Joined));
}

#[test]
fn list_operators_query_and_decode() {
    let request = KIT.wire(&ListGroupChannelOperators::new("c1").limit(5).token("t"));
    assert_eq!(
        path_and_query(&request),
        "/v3/group_channels/c1/operators?token=t&limit=5"
    );
    let list: ListGroupChannelOperatorsResponse = KIT.decode::<ListGroupChannelOperators>();
    let ids: Vec<_> = list.operators.iter().map(|u| u.user_id.as_str()).collect();
    assert_eq!(ids, ["Jeff", "Sarah"]);
    assert_eq!(list.next.as_deref(), Some(""));
}

// ---- history and typing -----------------------------------------------------------------

#[test]
fn reset_chat_history_wire_and_decode() {
    let all = KIT.wire(&ResetGroupChannelChatHistory::new("c1").reset_all(true));
    assert_eq!(json_body(&all), json!({"reset_all": true}));
    let reset: ResetGroupChannelChatHistoryResponse = KIT.decode::<ResetGroupChannelChatHistory>();
    assert_eq!(reset.ts_message_offset, Some(1_659_944_561_031));
}

// ---- entry points -----------------------------------------------------------------------

#[test]
fn entry_points_build_the_expected_endpoints() {
    let chat: ChatClient = KIT.idle_client();
    let gc = chat.group_channels();
    assert_eq!(
        gc.create(["alice", "bob"]).into_endpoint().user_ids,
        Some(StringList::from(["alice", "bob"]))
    );
    assert_eq!(gc.get("c").into_endpoint().channel_url, "c");
    assert_eq!(gc.list().limit(3).into_endpoint().limit, Some(3));
    assert_eq!(gc.members("c").into_endpoint().channel_url, "c");
    assert_eq!(
        gc.reset_all_chat_history("c").into_endpoint().reset_all,
        Some(true)
    );
    assert_eq!(
        gc.reset_chat_history("c", "u")
            .into_endpoint()
            .user_id
            .as_deref(),
        Some("u")
    );
    assert_eq!(
        gc.unregister_operators("c", ["a"])
            .into_endpoint()
            .operator_ids,
        StringList::from(["a"])
    );
    assert_eq!(gc.stop_typing("c", ["a"]).into_endpoint().user_ids.len(), 1);
}
