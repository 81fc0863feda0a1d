//! Unit tests: requests on the wire, fixture decoding, catalog conformance.

use super::*;
use crate::test_support::KIT;
use sendbird_core::test_util::{json_body, multipart_form, path_and_query};

#[test]
fn list_open_channels_query() {
    KIT.assert_wire_empty(
        &ListOpenChannels::new()
            .token("t0")
            .limit(5)
            .custom_types(["live,show", "ü"])
            .name_contains("a&b")
            .url_contains("50%")
            .show_frozen(false)
            .show_metadata(true)
            .channel_urls(["a/b", "c"]),
        "GET",
        "/v3/open_channels?token=t0&limit=5&custom_types=live%2Cshow,%C3%BC&name_contains=a%26b\
         &url_contains=50%25&show_frozen=false&show_metadata=true&channel_urls=a%2Fb,c",
    );
}

#[test]
fn list_open_channels_without_filters_has_no_query() {
    let request = KIT.wire(&ListOpenChannels::new());
    assert_eq!(path_and_query(&request), "/v3/open_channels");
}

#[test]
fn create_open_channel_json_on_the_wire() {
    let request = KIT.assert_wire_json(
        &CreateOpenChannel::new()
            .name("Live show")
            .channel_url("live_show")
            .cover_url("https://example.com/c.png")
            .custom_type("live")
            .data("{\"k\":1}")
            .is_ephemeral(false)
            .is_dynamic_partitioned(true)
            .operator_ids(["alice", "user@example.com"]),
        "POST",
        "/v3/open_channels",
        serde_json::json!({
            "name": "Live show",
            "channel_url": "live_show",
            "cover_url": "https://example.com/c.png",
            "custom_type": "live",
            "data": "{\"k\":1}",
            "is_ephemeral": false,
            "is_dynamic_partitioned": true,
            "operator_ids": ["alice", "user@example.com"],
        }),
    );
    assert_eq!(
        request.headers()["content-type"],
        "application/json; charset=utf8"
    );
}

#[test]
fn create_open_channel_with_nothing_set_sends_an_empty_object() {
    let request = KIT.wire(&CreateOpenChannel::new());
    assert_eq!(json_body(&request), serde_json::json!({}));
}

#[tokio::test]
async fn create_open_channel_multipart_on_the_wire() {
    let file = FilePart::new("cover.png", &b"\x89PNG"[..]);
    let request = KIT.wire(
        &CreateOpenChannel::new()
            .name("Live")
            .cover_file(file)
            .is_ephemeral(true)
            .operator_ids(["a", "b"]),
    );
    assert_eq!(request.method(), "POST");
    let form = multipart_form(&request).await;
    assert_eq!(
        form.fields(),
        [
            ("name", &b"Live"[..]),
            ("is_ephemeral", b"true"),
            ("operator_ids", b"a,b"),
            ("cover_file", b"\x89PNG"),
        ]
    );
    assert_eq!(form.last().file_name.as_deref(), Some("cover.png"));
}

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &GetOpenChannel::new("a/b ü 漢").include_operators(true),
            "GET",
            "/v3/open_channels/a%2Fb%20%C3%BC%20%E6%BC%A2?include_operators=true",
        )
        .empty(),
        KIT.case(
            &UpdateOpenChannel::new("50%")
                .name("Renamed")
                .cover_url("")
                .custom_type("news")
                .data("")
                .operator_ids(["bob"]),
            "PUT",
            "/v3/open_channels/50%25",
        )
        .json(serde_json::json!({
            "name": "Renamed",
            "cover_url": "",
            "custom_type": "news",
            "data": "",
            "operator_ids": ["bob"],
        })),
        KIT.case(
            &DeleteOpenChannel::new("a/b"),
            "DELETE",
            "/v3/open_channels/a%2Fb",
        )
        .empty(),
        KIT.case(
            &ListOpenChannelOperators::new("ü 漢").token("n1").limit(2),
            "GET",
            "/v3/open_channels/%C3%BC%20%E6%BC%A2/operators?token=n1&limit=2",
        ),
        KIT.case(
            &RegisterOpenChannelOperators::new("a/b", ["x,y", "z"]),
            "POST",
            "/v3/open_channels/a%2Fb/operators",
        )
        .json(serde_json::json!({"operator_ids": ["x,y", "z"]})),
        KIT.case(
            &UnregisterOpenChannelOperators::new("50%").operator_ids(["a,b", "c"]),
            "DELETE",
            "/v3/open_channels/50%25/operators?operator_ids=a%2Cb,c",
        )
        .empty(),
        KIT.case(
            &ListOpenChannelParticipants::new("a/b").limit(100),
            "GET",
            "/v3/open_channels/a%2Fb/participants?limit=100",
        ),
    ]);
}

#[tokio::test]
async fn update_open_channel_multipart_on_the_wire() {
    let file = FilePart::new("new.jpg", &b"\xff\xd8"[..]);
    let request = KIT.assert_wire(
        &UpdateOpenChannel::new("user@example.com")
            .custom_type("news")
            .cover_file(file),
        "PUT",
        "/v3/open_channels/user%40example.com",
    );
    let form = multipart_form(&request).await;
    assert_eq!(
        form.fields(),
        [("custom_type", &b"news"[..]), ("cover_file", b"\xff\xd8")]
    );
    assert_eq!(form.last().file_name.as_deref(), Some("new.jpg"));
}

#[test]
fn unregister_open_channel_operators_uses_the_query() {
    let all = KIT.wire(&UnregisterOpenChannelOperators::new("c1").delete_all(true));
    assert_eq!(
        path_and_query(&all),
        "/v3/open_channels/c1/operators?delete_all=true"
    );
}

#[test]
fn page_tokens_feed_the_token_query_field() {
    let mut list = ListOpenChannels::new().limit(1);
    sendbird_core::Paginated::set_page_token(&mut list, Some("next1".into()));
    assert_eq!(KIT.wire(&list).uri().query(), Some("token=next1&limit=1"));
    let mut ops = ListOpenChannelOperators::new("c");
    sendbird_core::Paginated::set_page_token(&mut ops, Some("n".into()));
    assert_eq!(KIT.wire(&ops).uri().query(), Some("token=n"));
    let mut participants = ListOpenChannelParticipants::new("c");
    sendbird_core::Paginated::set_page_token(&mut participants, Some("p".into()));
    assert_eq!(KIT.wire(&participants).uri().query(), Some("token=p"));
}

#[test]
fn decodes_channel_responses() {
    let created: OpenChannel = KIT.decode::<CreateOpenChannel>();
    assert_eq!(
        created.channel_url,
        "sendbird_open_channel_8453_2b2f7d04b6c3c4e1"
    );
    assert_eq!(created.name.as_deref(), Some("Sendbird Tech Talk"));
    assert_eq!(created.custom_type.as_deref(), Some(""));
    assert_eq!(created.participant_count, Some(0));
    assert_eq!(created.max_length_message, Some(-1));
    assert_eq!(created.created_at, Some(1_543_468_122));
    assert_eq!(created.is_dynamic_partitioned, Some(true));
    assert_eq!(created.operators.len(), 1);
    assert_eq!(created.operators[0].user_id, "Jeff");
    assert!(created.metadata.is_empty());

    let got: OpenChannel = KIT.decode::<GetOpenChannel>();
    assert_eq!(got.channel_url, "monday_channel5_at_10_pm");
    assert_eq!(got.max_length_message, Some(5000));
    assert_eq!(got.created_at, Some(1_484_787_758));
    assert_eq!(got.freeze, Some(false));
    assert_eq!(got.is_ephemeral, Some(false));
    assert_eq!(got.is_dynamic_partitioned, None);
    let operators: Vec<_> = got.operators.iter().map(|u| u.user_id.as_str()).collect();
    assert_eq!(operators, ["Alek", "Leslie"]);
    assert_eq!(
        got.data.as_deref(),
        Some("{event_trigger:100,500,1000,2000}")
    );

    let updated: OpenChannel = KIT.decode::<UpdateOpenChannel>();
    assert_eq!(
        updated.name.as_deref(),
        Some("Live streaming show on channel 7!")
    );
    assert_eq!(updated.custom_type.as_deref(), Some("news"));
    assert_eq!(updated.freeze, Some(true));
    assert!(
        updated.operators.is_empty(),
        "null operators decode as empty"
    );

    let _ = KIT.decode::<DeleteOpenChannel>();
}

#[test]
fn decodes_list_responses() {
    let list: ListOpenChannelsResponse = KIT.decode::<ListOpenChannels>();
    assert_eq!(list.channels.len(), 2);
    assert_eq!(list.channels[0].channel_url, "open_channel_1");
    assert_eq!(list.channels[0].metadata["background_color"], "#00ff00");
    assert!(list.channels[1].metadata.is_empty());
    assert_eq!(list.channels[1].cover_url.as_deref(), Some(""));
    assert_eq!(list.next.as_deref(), Some("YXEZR1VVQVdYWGZYWmZ5X2lmMnU5"));

    let operators: ListOpenChannelOperatorsResponse = KIT.decode::<ListOpenChannelOperators>();
    let ids: Vec<_> = operators
        .operators
        .iter()
        .map(|u| u.user_id.as_str())
        .collect();
    assert_eq!(ids, ["Jeff", "Chris"]);
    assert_eq!(operators.next.as_deref(), Some(""));

    let participants: ListOpenChannelParticipantsResponse =
        KIT.decode::<ListOpenChannelParticipants>();
    assert_eq!(participants.participants.len(), 2);
    assert_eq!(participants.participants[1].user_id, "Young");
    assert_eq!(participants.participants[1].nickname.as_deref(), Some(""));
    assert_eq!(participants.next.as_deref(), Some("vtGT1ZnSWdFRFVZeX2"));

    let _ = KIT.decode::<RegisterOpenChannelOperators>();
    let _ = KIT.decode::<UnregisterOpenChannelOperators>();
}

#[test]
fn registry_lists_every_operation() {
    let operations: Vec<_> = ENDPOINTS.iter().map(|e| e.meta.operation).collect();
    assert_eq!(
        operations,
        [
            "list_open_channels",
            "create_open_channel",
            "get_open_channel",
            "update_open_channel",
            "delete_open_channel",
            "list_open_channel_operators",
            "register_open_channel_operators",
            "unregister_open_channel_operators",
            "list_open_channel_participants",
        ]
    );
}
