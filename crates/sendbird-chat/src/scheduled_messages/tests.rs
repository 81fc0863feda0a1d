//! Unit tests: requests on the wire and fixture decoding.

use super::*;
use crate::test_support::KIT;
use crate::ChatClient;
use sendbird_core::test_util::{json_body, path_and_query, ScriptedTransport};
use sendbird_core::Endpoint;
use serde_json::json;

#[test]
fn create_scheduled_message_on_the_wire() {
    let request = KIT.assert_wire_json(
        &CreateScheduledMessage::new("a/b ü", MessageType::User, 1_706_090_400_000_i64)
            .user_id("user@example.com")
            .message("Off work, woohoo!")
            .custom_type("reminder")
            .mention_type(MentionType::Users)
            .mentioned_user_ids(["Glen"])
            .sorted_metaarray(vec![SortedMetaarrayItem::new("priority", ["high"])])
            .apple_critical_alert_options(AppleCriticalAlertOptions::new("default", 0.5)),
        "POST",
        "/v3/group_channels/a%2Fb%20%C3%BC/scheduled_messages",
        json!({
            "message_type": "MESG",
            "scheduled_at": 1_706_090_400_000_i64,
            "user_id": "user@example.com",
            "message": "Off work, woohoo!",
            "custom_type": "reminder",
            "mention_type": "users",
            "mentioned_user_ids": ["Glen"],
            "sorted_metaarray": [{"key": "priority", "value": ["high"]}],
            "apple_critical_alert_options": {"name": "default", "volume": 0.5},
        }),
    );
    assert_eq!(
        request.headers()["content-type"],
        "application/json; charset=utf8"
    );
}

#[test]
fn schedule_helpers_fill_the_message_kind() {
    let transport = ScriptedTransport::new();
    let chat: ChatClient = KIT.client(&transport);
    let channel = chat.group_channel("a/b");
    let text = channel.schedule_text("alice", "hi", 10).into_endpoint();
    assert_eq!(text.message_type, MessageType::User);
    assert_eq!(text.user_id.as_deref(), Some("alice"));
    assert_eq!(text.message.as_deref(), Some("hi"));
    assert_eq!(text.channel_url, "a/b");
    let file = channel
        .schedule_file_url("bob", "https://example.com/a.pdf", 20)
        .into_endpoint();
    assert_eq!(file.message_type, MessageType::File);
    assert_eq!(file.url.as_deref(), Some("https://example.com/a.pdf"));
    assert_eq!(file.scheduled_at, 20);
    let admin = channel.schedule_admin("notice", 30).into_endpoint();
    assert_eq!(admin.message_type, MessageType::Admin);
    assert_eq!(admin.user_id, None);
    let now = channel.send_scheduled_message_now(7).into_endpoint();
    assert_eq!(now.channel_type, ChannelType::GroupChannels);
    assert_eq!(now.channel_url, "a/b");
    assert_eq!(now.scheduled_message_id, 7);
}

#[test]
fn create_request_fixture_matches_the_builder() {
    KIT.assert_wire_json(
        &CreateScheduledMessage::new("c", MessageType::User, 1_706_090_400_000_i64)
            .user_id("Jeff")
            .message("Off work, woohoo!")
            .custom_type("reminder")
            .data(r#"{"font":"bold"}"#)
            .send_push(true)
            .mention_type(MentionType::Users)
            .mentioned_user_ids(["Glen"])
            .is_silent(false)
            .mark_as_read(true)
            .sorted_metaarray(vec![SortedMetaarrayItem::new("priority", ["high"])])
            .dedup_id("reminder-1503")
            .apns_bundle_id("com.example.app")
            .apple_critical_alert_options(AppleCriticalAlertOptions::new("default", 0.7)),
        "POST",
        "/v3/group_channels/c/scheduled_messages",
        KIT.request_fixture::<CreateScheduledMessage>(),
    );
}

#[test]
fn create_scheduled_message_fixture() {
    let message = KIT.decode::<CreateScheduledMessage>();
    assert_eq!(message.scheduled_message_id, 1503);
    assert_eq!(message.message_type, Some(MessageType::User));
    assert_eq!(
        message.scheduled_status,
        Some(ScheduledMessageStatus::Pending)
    );
    assert_eq!(message.scheduled_at, 1_706_090_400_000);
    assert_eq!(message.created_at, 1_706_086_712_000);
    assert_eq!(message.sent_at, Some(0));
    assert_eq!(message.sender(), Some("Jeff"));
    assert_eq!(
        message.user.as_ref().and_then(|u| u.nickname.as_deref()),
        Some("Jeff")
    );
    assert_eq!(message.message.as_deref(), Some("Off work, woohoo!"));
    assert_eq!(message.mentioned_users[0].user_id, "Glen");
    assert_eq!(message.mention_type, Some(MentionType::Users));
    assert_eq!(message.sorted_metaarray[0].value, ["high"]);
    assert_eq!(message.mark_as_read, Some(true));
    assert_eq!(message.channel_type.as_deref(), Some("group"));
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &GetScheduledMessage::new("a/b ü", 1503_i64),
            "GET",
            "/v3/group_channels/a%2Fb%20%C3%BC/scheduled_messages/1503",
        )
        .empty(),
        KIT.case(
            &UpdateScheduledMessage::new("user@example.com", 1503_i64).message("Off work in 10 minutes!").scheduled_at(1_706_091_000_000_i64).is_silent(true),
            "PUT",
            "/v3/group_channels/user%40example.com/scheduled_messages/1503",
        )
        .json(json!({"message": "Off work in 10 minutes!", "scheduled_at": 1_706_091_000_000_i64, "is_silent": true})),
        KIT.case(
            &CancelScheduledMessage::new("a/b ü", 9_i64),
            "DELETE",
            "/v3/group_channels/a%2Fb%20%C3%BC/scheduled_messages/9",
        )
        .empty(),
        KIT.case(
            &ListScheduledMessages::new()
                .token("tok/1")
                .limit(5_u32)
                .channel_type(ChannelType::GroupChannels)
                .channel_url("a/b ü")
                .sender_id("user@example.com")
                .order(ScheduledMessageOrder::ScheduledAt)
                .reverse(true)
                .status([
                    ScheduledMessageStatus::Pending,
                    ScheduledMessageStatus::Failed,
                ])
                .message_type(MessageType::File),
            "GET",
            "/v3/scheduled_messages?token=tok%2F1&limit=5&channel_type=group_channels\
             &channel_url=a%2Fb%20%C3%BC&sender_id=user%40example.com&order=scheduled_at\
             &reverse=true&status=pending&status=failed&message_type=FILE",
        ),
        KIT.case(
            &GetScheduledMessageCount::new("user@example.com")
                .channel_url("a/b ü")
                .status(vec![ScheduledMessageStatus::Pending])
                .message_type(MessageType::Admin),
            "GET",
            "/v3/scheduled_messages/count?sender_id=user%40example.com&channel_url=a%2Fb%20%C3%BC\
             &status=pending&message_type=ADMM",
        ),
    ]);
}

#[test]
fn get_scheduled_message_wire_and_fixture() {
    let message = KIT.decode::<GetScheduledMessage>();
    assert_eq!(message.scheduled_message_id, 1503);
    assert_eq!(message.custom_type.as_deref(), Some("reminder"));
    assert_eq!(message.data.as_deref(), Some(r#"{"font":"bold"}"#));
}

#[test]
fn update_scheduled_message_wire_and_fixture() {
    let full = KIT.wire(
        &UpdateScheduledMessage::new("c", 1_i64)
            .message("Off work in 10 minutes!")
            .scheduled_at(1_706_091_000_000_i64)
            .custom_type("reminder")
            .data("")
            .send_push(false)
            .mention_type(MentionType::Users)
            .mentioned_user_ids(["Glen", "Jacob"])
            .is_silent(false)
            .mark_as_read(true)
            .sorted_metaarray(vec![SortedMetaarrayItem::new("priority", ["low"])]),
    );
    assert_eq!(
        json_body(&full),
        KIT.request_fixture::<UpdateScheduledMessage>()
    );
    let message = KIT.decode::<UpdateScheduledMessage>();
    assert_eq!(message.message.as_deref(), Some("Off work in 10 minutes!"));
    assert_eq!(message.scheduled_at, 1_706_091_000_000);
    assert_eq!(message.updated_at, Some(1_706_087_000_000));
}

#[test]
fn cancel_scheduled_message_wire_and_fixture() {
    assert_eq!(KIT.decode::<CancelScheduledMessage>(), Empty);
}

#[test]
fn list_scheduled_messages_query() {
    let single = KIT.wire(&ListScheduledMessages::new().status(ScheduledMessageStatus::Sent));
    assert_eq!(
        path_and_query(&single),
        "/v3/scheduled_messages?status=sent"
    );
    let text = KIT.wire(&ListScheduledMessages::new().status("in_queue"));
    assert_eq!(
        path_and_query(&text),
        "/v3/scheduled_messages?status=in_queue"
    );
    let strings = KIT.wire(&ListScheduledMessages::new().status(["sent", "removed"]));
    assert_eq!(
        path_and_query(&strings),
        "/v3/scheduled_messages?status=sent&status=removed"
    );
}

#[test]
fn list_scheduled_messages_fixture() {
    let list = KIT.decode::<ListScheduledMessages>();
    assert_eq!(list.scheduled_messages.len(), 3);
    assert_eq!(list.next.as_deref(), Some("YXNkZmFzZGY"));
    let file = &list.scheduled_messages[1];
    assert_eq!(file.message_type, Some(MessageType::File));
    assert_eq!(file.scheduled_status, Some(ScheduledMessageStatus::Sent));
    assert_eq!(file.sent_at, Some(1_706_090_460_123));
    assert_eq!(file.message_id, Some(7_018_290_372));
    let attached = file.file.as_ref().expect("file");
    assert_eq!(attached.name.as_deref(), Some("invoice.pdf"));
    assert_eq!(attached.size, Some(20480));
    assert_eq!(file.thumbnails[0].real_height, Some(160));
    let admin = &list.scheduled_messages[2];
    assert_eq!(admin.message_type, Some(MessageType::Admin));
    assert_eq!(admin.sender(), None);
    assert_eq!(
        admin.scheduled_status,
        Some(ScheduledMessageStatus::Canceled)
    );
    assert_eq!(admin.mention_type, Some(MentionType::Channel));
    // The object form of `sorted_metaarray` decodes too.
    assert_eq!(admin.sorted_metaarray[0].key, "audience");
    assert_eq!(admin.sorted_metaarray[0].value, ["all"]);
}

#[test]
fn unknown_status_is_kept() {
    let message: ScheduledMessage = serde_json::from_value(json!({
        "scheduled_message_id": 1, "scheduled_status": "archived", "sorted_metaarray": null,
        "thumbnails": ["https://t"]
    }))
    .expect("decodes");
    assert_eq!(
        message.scheduled_status,
        Some(ScheduledMessageStatus::Unknown("archived".into()))
    );
    assert!(message.sorted_metaarray.is_empty());
    assert_eq!(message.thumbnails[0].url.as_deref(), Some("https://t"));
}

#[test]
fn count_wire_and_fixture() {
    assert_eq!(KIT.decode::<GetScheduledMessageCount>().count, 50);
}

#[test]
fn send_now_wire_and_fixture() {
    let request = KIT.assert_wire(
        &SendScheduledMessageNow::new(ChannelType::GroupChannels, "a/b ü", 1503_i64),
        "POST",
        "/v3/group_channels/a%2Fb%20%C3%BC/scheduled_messages/1503/send_now",
    );
    assert_eq!(
        json_body(&request),
        json!({}),
        "a bodiless POST sends `{{}}`"
    );
    assert_eq!(KIT.decode::<SendScheduledMessageNow>(), Empty);
}

#[test]
fn declarations_match_the_catalog_idempotency() {
    assert!(!CreateScheduledMessage::new("c", MessageType::User, 1_i64).is_idempotent());
    assert!(UpdateScheduledMessage::new("c", 1_i64).is_idempotent());
    assert!(CancelScheduledMessage::new("c", 1_i64).is_idempotent());
    assert!(!SendScheduledMessageNow::new(ChannelType::GroupChannels, "c", 1_i64).is_idempotent());
}
