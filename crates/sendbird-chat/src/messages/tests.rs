//! Wire and fixture tests of the messages family.

use bytes::Bytes;
use serde_json::json;

use super::*;
use crate::models::{MentionType, MessageType};
use crate::test_support::KIT;
use sendbird_core::test_util::{json_body, multipart_form, path_and_query};

/// A hostile channel URL: a slash, a space, non-ASCII and a percent sign.
const URL: &str = "a/b ü 50%";
/// [`URL`] as one encoded path segment.
const ENCODED: &str = "a%2Fb%20%C3%BC%2050%25";
const GROUP: ChannelType = ChannelType::GroupChannels;

fn item(key: &str, values: &[&str]) -> SortedMetaarrayItem {
    SortedMetaarrayItem::new(key, values.iter().copied())
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &MarkGroupChannelMessagesAsDelivered::new(URL, "user@example.com"),
            "PUT",
            format!("/v3/group_channels/{ENCODED}/messages/mark_as_delivered"),
        )
        .json(json!({"user_id": "user@example.com"})),
        KIT.case(
            &GetMembersUnreadMessageCount::new(URL).user_ids(["a,b", "ü"]),
            "GET",
            format!("/v3/group_channels/{ENCODED}/messages/unread_count?user_ids=a%2Cb,%C3%BC"),
        )
        .empty(),
        KIT.case(
            &SendMessage::new(GROUP, URL, MessageType::User)
                .user_id("user@example.com")
                .message("Hello, Young!")
                .custom_type("greeting")
                .mention_type(MentionType::Users)
                .mentioned_user_ids(["Young"])
                .sorted_metaarray(vec![item("priority", &["high"])])
                .push_message_template(PushMessageTemplate::custom("{sender_name}", "{message}"))
                .apple_critical_alert_options(AppleCriticalAlertOptions::new("default", 0.5))
                .is_silent(false)
                .dedup_id("d-1"),
            "POST",
            format!("/v3/group_channels/{ENCODED}/messages"),
        )
        .json(json!({
            "message_type": "MESG",
            "user_id": "user@example.com",
            "message": "Hello, Young!",
            "custom_type": "greeting",
            "push_message_template": {"title": "{sender_name}", "body": "{message}"},
            "mention_type": "users",
            "mentioned_user_ids": ["Young"],
            "is_silent": false,
            "sorted_metaarray": [{"key": "priority", "value": ["high"]}],
            "dedup_id": "d-1",
            "apple_critical_alert_options": {"name": "default", "volume": 0.5},
        })),
        KIT.case(
            &GetTotalMessageCount::new(GROUP, URL),
            "GET",
            format!("/v3/group_channels/{ENCODED}/messages/total_count"),
        ),
        KIT.case(
            &GetMessage::new(GROUP, URL, 1_120_934_813_i64)
                .include_reactions(true)
                .include_thread_info(true)
                .include_parent_message_info(true)
                .with_sorted_meta_array(true),
            "GET",
            format!(
                "/v3/group_channels/{ENCODED}/messages/1120934813?include_reactions=true\
                 &include_thread_info=true&include_parent_message_info=true&with_sorted_meta_array=true"
            ),
        )
        .empty(),
        KIT.case(
            &UpdateMessage::new(GROUP, URL, 7_i64, MessageType::User)
                .message("edited")
                .data("")
                .mentioned_user_ids(Vec::<String>::new()),
            "PUT",
            format!("/v3/group_channels/{ENCODED}/messages/7"),
        )
        .json(json!({"message_type": "MESG", "message": "edited", "data": "", "mentioned_user_ids": []})),
        KIT.case(
            &DeleteMessage::new(GROUP, URL, 7_i64),
            "DELETE",
            format!("/v3/group_channels/{ENCODED}/messages/7"),
        )
        .empty(),
        KIT.case(
            &ListMessageReactions::new(GROUP, URL, 7_i64).list_users(true),
            "GET",
            format!("/v3/group_channels/{ENCODED}/messages/7/reactions?list_users=true"),
        ),
        KIT.case(
            &TranslateMessage::new(GROUP, URL, 7_i64, ["es", "ko"]),
            "POST",
            format!("/v3/group_channels/{ENCODED}/messages/7/translation"),
        )
        .json(json!({"target_langs": ["es", "ko"]})),
        KIT.case(
            &MarkGroupChannelMessagesAsRead::new(URL, "u1").timestamp(1_542_756_099_266_i64),
            "PUT",
            format!("/v3/group_channels/{ENCODED}/messages/mark_as_read"),
        )
        .json(json!({"user_id": "u1", "timestamp": 1_542_756_099_266_i64})),
    ]);
}

#[test]
fn search_on_the_wire() {
    KIT.assert_wire(
        &SearchMessages::new("hello world")
            .channel_url(URL)
            .limit(20)
            .exact_match(true)
            .sort_field(SearchSortField::Ts)
            .message_ts_from(1_000_i64)
            .message_ts_to(2_000_i64)
            .target_user_ids(["Jeff", "Young"])
            .token("t0"),
        "GET",
        "/v3/search/messages?query=hello%20world&token=t0&channel_url=a%2Fb%20%C3%BC%2050%25\
         &limit=20&exact_match=true&sort_field=ts&message_ts_from=1000&message_ts_to=2000\
         &target_user_ids=Jeff,Young",
    );
}

#[test]
fn list_on_the_wire() {
    KIT.assert_wire(
        &ListMessages::new(ChannelType::OpenChannels, URL)
            .message_ts(1_542_244_950_930_i64)
            .prev_limit(5)
            .next_limit(0)
            .include(false)
            .reverse(true)
            .sender_ids(["Jeff", "a&b"])
            .operator_filter(OperatorFilter::NonOperator)
            .custom_types(["greeting", "notice"])
            .message_type(MessageType::Admin)
            .include_reactions(true)
            .include_reply_type(ReplyType::OnlyReplyToChannel)
            .with_sorted_meta_array(true),
        "GET",
        &format!(
            "/v3/open_channels/{ENCODED}/messages?message_ts=1542244950930&prev_limit=5\
             &next_limit=0&include=false&reverse=true&sender_ids=Jeff,a%26b\
             &operator_filter=nonoperator&custom_types=greeting,notice&message_type=ADMM\
             &include_reactions=true&include_reply_type=ONLY_REPLY_TO_CHANNEL\
             &with_sorted_meta_array=true"
        ),
    );
    let by_id = KIT.wire(&ListMessages::new(GROUP, "c").message_id(42_i64));
    assert_eq!(
        path_and_query(&by_id),
        "/v3/group_channels/c/messages?message_id=42"
    );
}

#[test]
fn send_admin_and_file_url_are_json() {
    let admin = KIT.wire(
        &SendMessage::new(GROUP, "c", MessageType::Admin)
            .message("Maintenance")
            .push_message_template(PushMessageTemplate::alternative()),
    );
    assert_eq!(
        json_body(&admin),
        json!({"message_type": "ADMM", "message": "Maintenance", "push_message_template": "alternative"})
    );
    let file = KIT.wire(
        &SendMessage::new(GROUP, "c", MessageType::File)
            .user_id("u1")
            .url("https://example.com/a.png")
            .file_name("a.png")
            .file_size(3_i64)
            .thumbnails(["https://example.com/t.png"])
            .require_auth(true),
    );
    assert_eq!(
        json_body(&file),
        json!({
            "message_type": "FILE", "user_id": "u1", "url": "https://example.com/a.png",
            "file_name": "a.png", "file_size": 3, "thumbnails": ["https://example.com/t.png"],
            "require_auth": true
        })
    );
}

#[tokio::test]
async fn send_file_multipart_on_the_wire() {
    let request = KIT.assert_wire(
        &SendMessage::new(GROUP, URL, MessageType::File)
            .user_id("u1")
            .file(FilePart::new("sunset.jpg", &b"\xff\xd8\xff"[..]))
            .custom_type("image")
            .mentioned_user_ids(["a", "b"])
            .sorted_metaarray(vec![item("k", &["v"])]),
        "POST",
        &format!("/v3/group_channels/{ENCODED}/messages"),
    );
    let form = multipart_form(&request).await;
    assert_eq!(form.text("message_type").as_deref(), Some("FILE"));
    assert_eq!(form.text("user_id").as_deref(), Some("u1"));
    assert_eq!(form.text("custom_type").as_deref(), Some("image"));
    assert_eq!(form.text("mentioned_user_ids").as_deref(), Some("a,b"));
    assert_eq!(
        form.text("sorted_metaarray").as_deref(),
        Some(r#"[{"key":"k","value":["v"]}]"#)
    );
    let file = form.last();
    let (file_name, data) = (&file.file_name, &file.data);
    assert_eq!(form.parts.last().map(|p| p.name.as_str()), Some("file"));
    assert_eq!(file_name.as_deref(), Some("sunset.jpg"));
    assert_eq!(data, &b"\xff\xd8\xff"[..]);
}

#[test]
fn delete_pin_and_unpin_on_the_wire() {
    let pin = KIT.assert_wire(
        &PinMessage::new(GROUP, URL, 7_i64),
        "POST",
        &format!("/v3/group_channels/{ENCODED}/messages/7/pin"),
    );
    assert_eq!(json_body(&pin), json!({}), "a bodiless POST sends `{{}}`");

    KIT.assert_wire(
        &UnpinMessage::new(GROUP, URL, 7_i64),
        "DELETE",
        &format!("/v3/group_channels/{ENCODED}/messages/7/pin"),
    );
}

#[test]
fn reactions_on_the_wire() {
    KIT.assert_wire_json(
        &AddMessageReaction::new(GROUP, URL, 7_i64, "user@example.com", "smile"),
        "POST",
        &format!("/v3/group_channels/{ENCODED}/messages/7/reactions"),
        json!({"user_id": "user@example.com", "reaction": "smile"}),
    );

    KIT.assert_wire_empty(
        &RemoveMessageReaction::new(GROUP, URL, 7_i64, "user@example.com", "thumbs up"),
        "DELETE",
        &format!(
            "/v3/group_channels/{ENCODED}/messages/7/reactions\
             ?user_id=user%40example.com&reaction=thumbs%20up"
        ),
    );
}

#[test]
fn metaarray_on_the_wire() {
    let items = vec![item("priority", &["high"]), item("labels", &["a", "b"])];
    KIT.assert_wire_json(
        &AddMessageMetadata::new(GROUP, URL, 7_i64, items.clone()),
        "POST",
        &format!("/v3/group_channels/{ENCODED}/messages/7/sorted_metaarray"),
        json!({"sorted_metaarray": [
            {"key": "priority", "value": ["high"]},
            {"key": "labels", "value": ["a", "b"]},
        ]}),
    );

    let update = KIT.wire(
        &UpdateMessageMetadata::new(GROUP, URL, 7_i64, vec![item("labels", &["c"])])
            .mode(MetaarrayUpdateMode::Remove)
            .upsert(false),
    );
    assert_eq!(update.method(), "PUT");
    assert_eq!(
        json_body(&update),
        json!({"sorted_metaarray": [{"key": "labels", "value": ["c"]}], "mode": "remove", "upsert": false})
    );

    KIT.assert_wire_empty(
        &RemoveMessageMetadata::new(GROUP, URL, 7_i64).keys(["priority", "a,b"]),
        "DELETE",
        &format!("/v3/group_channels/{ENCODED}/messages/7/sorted_metaarray?keys=priority,a%2Cb"),
    );
}

#[test]
fn list_fixture_decodes_every_kind() {
    let list: ListMessagesResponse = KIT.decode::<ListMessages>();
    let kinds: Vec<_> = list.messages.iter().map(Message::message_type).collect();
    assert_eq!(
        kinds,
        [
            MessageType::User,
            MessageType::File,
            MessageType::Admin,
            MessageType::Unknown("POLL".into()),
            MessageType::User
        ]
    );

    let text = list.messages[0].as_user().expect("a user message");
    assert_eq!(text.common.message_id, 1_120_934_813);
    assert_eq!(text.message.as_deref(), Some("Hello, Young!"));
    assert_eq!(text.common.created_at, 1_542_244_950_930);
    assert_eq!(text.common.mentioned_users[0].user_id, "Young");
    assert_eq!(text.common.mention_type, Some(MentionType::Users));
    assert_eq!(
        text.og_tag
            .as_ref()
            .and_then(|o| o.image.as_ref())
            .and_then(|i| i.width),
        Some(1200)
    );
    assert_eq!(text.common.reactions[0].user_ids, ["Young"]);
    assert_eq!(
        text.common.thread_info.as_ref().and_then(|t| t.reply_count),
        Some(2)
    );
    assert_eq!(list.messages[0].sorted_metaarray()[0].value, ["high"]);
    assert_eq!(
        list.messages[0]
            .sender()
            .and_then(|u| u.metadata.get("location"))
            .map(String::as_str),
        Some("Seoul")
    );

    let file = list.messages[1].as_file().expect("a file message");
    let attached = file.file.as_ref().expect("a file");
    assert_eq!(attached.name.as_deref(), Some("sunset.jpg"));
    assert_eq!(attached.file_type.as_deref(), Some("image/jpeg"));
    assert_eq!(attached.size, Some(196_624));
    assert_eq!(file.thumbnails[0].real_height, Some(160));
    assert_eq!(list.messages[1].custom_type(), Some("image"));

    let admin = list.messages[2].as_admin().expect("an admin message");
    assert!(admin.common.user.is_none());
    assert!(admin.common.message_events.is_none());
    assert_eq!(
        list.messages[2].text(),
        Some("This channel will be archived tonight.")
    );

    let unknown = &list.messages[3];
    assert!(matches!(unknown, Message::Unknown(_)));
    assert_eq!(unknown.message_id(), 1_120_934_816);
    assert_eq!(unknown.created_at(), 1_542_244_953_000);
    assert_eq!(
        unknown.channel_url(),
        "sendbird_group_channel_6524_ff2d6b3f"
    );

    let reply = &list.messages[4];
    assert_eq!(reply.parent_message_id(), Some(1_120_934_813));
    let parent = reply
        .common()
        .and_then(|c| c.parent_message_info.as_ref())
        .expect("parent info");
    assert_eq!(parent.message_type, Some(MessageType::User));
    assert_eq!(parent.ts, Some(1_542_244_950_930));
}

#[test]
fn message_fixtures_decode() {
    let sent = KIT.decode::<SendMessage>();
    assert_eq!(sent.custom_type(), Some("greeting"));
    assert_eq!(sent.data(), Some("{\"font-size\": \"24px\"}"));
    let events = sent
        .common()
        .and_then(|c| c.message_events.as_ref())
        .expect("message events");
    assert_eq!(events.send_push_notification.as_deref(), Some("sending"));

    let got = KIT.decode::<GetMessage>();
    assert_eq!(got.message_id(), 1_120_934_817);
    assert_eq!(got.common().and_then(|c| c.is_reply_to_channel), Some(true));

    let updated = KIT.decode::<UpdateMessage>();
    assert_eq!(updated.text(), Some("Hello again, Young!"));
    assert_eq!(updated.updated_at(), Some(1_542_245_200_000));

    let translated = KIT.decode::<TranslateMessage>();
    let translations = &translated.as_user().expect("a user message").translations;
    assert_eq!(
        translations.get("es").map(String::as_str),
        Some("¡Hola, Young!")
    );
    assert_eq!(translations.len(), 2);
}

#[test]
fn other_fixtures_decode() {
    let delivered = KIT.decode::<MarkGroupChannelMessagesAsDelivered>();
    assert_eq!(delivered.ts, Some(1_542_756_099_266));
    let _ = KIT.decode::<MarkGroupChannelMessagesAsRead>();

    let unread = KIT.decode::<GetMembersUnreadMessageCount>();
    assert_eq!(unread.unread.get("Debbie"), Some(&12));
    assert_eq!(unread.unread.len(), 3);

    let search = KIT.decode::<SearchMessages>();
    assert_eq!(search.results.len(), 2);
    assert_eq!(search.results[1].message_type(), MessageType::File);
    assert_eq!(search.has_next, Some(true));
    assert_eq!(search.total_count, Some(27));
    let page = sendbird_core::PageResponse::into_page(search);
    assert!(page.next.is_some_and(|n| !n.is_empty()));

    let total = KIT.decode::<GetTotalMessageCount>();
    assert_eq!(total.total, 231);

    let _ = KIT.decode::<DeleteMessage>();
    let _ = KIT.decode::<PinMessage>();
    let _ = KIT.decode::<UnpinMessage>();
    let _ = KIT.decode::<RemoveMessageMetadata>();

    let reactions = KIT.decode::<ListMessageReactions>();
    assert_eq!(
        reactions.reactions.get("delightful"),
        Some(&ReactionTally::UserIds(vec![
            "Jay".into(),
            "Kay".into(),
            "Katherine".into()
        ]))
    );
    let counts: MessageReactionList =
        serde_json::from_value(json!({"smile": 4, "delightful": 3})).expect("counts");
    assert_eq!(
        counts.reactions.get("smile"),
        Some(&ReactionTally::Count(4))
    );

    let added = KIT.decode::<AddMessageReaction>();
    assert_eq!(added.operation.as_deref(), Some("ADD"));
    assert_eq!(added.msg_id, Some(1_120_934_813));
    let removed = KIT.decode::<RemoveMessageReaction>();
    assert_eq!(removed.operation.as_deref(), Some("DELETE"));
    assert_eq!(removed.success, Some(true));

    let meta = KIT.decode::<AddMessageMetadata>();
    assert_eq!(
        meta.sorted_metaarray[1],
        item("labels", &["urgent", "billing"])
    );
    let meta = KIT.decode::<UpdateMessageMetadata>();
    assert_eq!(meta.sorted_metaarray[0].value, ["high", "low"]);
}

#[test]
fn request_fixtures_reject_wrong_shapes() {
    let check = SendMessage::INFO.check_request.expect("a body");
    assert!(check(&Bytes::from_static(br#"{"user_id": "u"}"#)).is_err());
    assert!(check(&Bytes::from_static(
        br#"{"message_type": "MESG", "bogus": 1}"#
    ))
    .is_err());
    assert!(check(&Bytes::from_static(
        br#"{"message_type": "FILE", "file": "x"}"#
    ))
    .is_err());
}

/// Asserts that each entry point (`room.pin(3)`) builds the endpoint written after it, row by
/// row; a failure names the entry point.
macro_rules! builds {
    ($($entry:expr => $endpoint:expr;)+) => {
        $(assert_eq!($entry.into_endpoint(), $endpoint, "{}", stringify!($entry));)+
    };
}

#[test]
fn entry_points_build_the_same_endpoints() {
    let chat: crate::ChatClient = KIT.idle_client();
    let room = chat.messages(GROUP, URL);
    let file = FilePart::new("a.txt", "x");
    let items = vec![item("k", &["v"])];
    builds! {
        room.send_text("u1", "hi").custom_type("c")
            => SendMessage::new(GROUP, URL, MessageType::User)
                .user_id("u1")
                .message("hi")
                .custom_type("c");
        room.send_admin("notice")
            => SendMessage::new(GROUP, URL, MessageType::Admin).message("notice");
        room.send_file("u1", file.clone())
            => SendMessage::new(GROUP, URL, MessageType::File).user_id("u1").file(file);
        room.send_file_url("u1", "https://f")
            => SendMessage::new(GROUP, URL, MessageType::File).user_id("u1").url("https://f");
        room.search("q")
            => SearchMessages::new("q").channel_url(URL);
        chat.search_messages("q").user_id("u1")
            => SearchMessages::new("q").user_id("u1");
        room.list(5)
            => ListMessages::new(GROUP, URL).message_ts(5_i64);
        room.list_by_id(9)
            => ListMessages::new(GROUP, URL).message_id(9_i64);
        room.mark_as_read("u1")
            => MarkGroupChannelMessagesAsRead::new(URL, "u1");
        room.mark_as_delivered("u1")
            => MarkGroupChannelMessagesAsDelivered::new(URL, "u1");
        room.unread_counts()
            => GetMembersUnreadMessageCount::new(URL);
        room.total_count()
            => GetTotalMessageCount::new(GROUP, URL);
        room.get(3)
            => GetMessage::new(GROUP, URL, 3_i64);
        room.update(3, MessageType::User)
            => UpdateMessage::new(GROUP, URL, 3_i64, MessageType::User);
        room.delete(3)
            => DeleteMessage::new(GROUP, URL, 3_i64);
        room.pin(3)
            => PinMessage::new(GROUP, URL, 3_i64);
        room.unpin(3)
            => UnpinMessage::new(GROUP, URL, 3_i64);
        room.reactions(3)
            => ListMessageReactions::new(GROUP, URL, 3_i64);
        room.add_reaction(3, "u1", "smile")
            => AddMessageReaction::new(GROUP, URL, 3_i64, "u1", "smile");
        room.remove_reaction(3, "u1", "smile")
            => RemoveMessageReaction::new(GROUP, URL, 3_i64, "u1", "smile");
        room.add_metadata(3, items.clone())
            => AddMessageMetadata::new(GROUP, URL, 3_i64, items.clone());
        room.update_metadata(3, items.clone())
            => UpdateMessageMetadata::new(GROUP, URL, 3_i64, items);
        room.remove_metadata(3).keys(["k"])
            => RemoveMessageMetadata::new(GROUP, URL, 3_i64).keys(["k"]);
        room.translate(3, ["es"])
            => TranslateMessage::new(GROUP, URL, 3_i64, ["es"]);
    }
}
