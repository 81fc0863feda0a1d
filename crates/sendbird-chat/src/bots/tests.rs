//! Wire and fixture tests of the bots endpoints.

use serde_json::json;

use super::*;
use crate::models::MessageType;
use crate::test_support::KIT;
use sendbird_core::test_util::{json_body, multipart_form, HOSTILE, HOSTILE_ENCODED};

/// A hostile id: a slash, a space, non-ASCII, a percent sign and an `@`.
const BOT: &str = "bot/ü 50%@example.com";
/// [`BOT`] as one encoded path segment.
const BOT_ENCODED: &str = "bot%2F%C3%BC%2050%25%40example.com";

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListBots::new().token("t/1").limit(50),
            "GET",
            "/v3/bots?token=t%2F1&limit=50",
        )
        .empty(),
        KIT.fixture_case(
            &CreateBot::new(
                "lunch_helper_bot",
                "Lunch helper",
                "https://mealadvisor.com/bots/img/sendbird_01_512px.png",
                "marketer",
                "https://mealadvisor.com/bots/sendbird/lunch/",
                false,
            )
            .enable_mark_as_read(true)
            .show_member(false)
            .channel_invitation_preference(0),
            "POST",
            "/v3/bots",
        ),
        KIT.case(&GetBot::new(BOT), "GET", format!("/v3/bots/{BOT_ENCODED}"))
            .empty(),
        KIT.case(
            &UpdateBot::new(BOT).bot_nickname("Helper"),
            "PUT",
            format!("/v3/bots/{BOT_ENCODED}"),
        )
        .json(json!({"bot_nickname": "Helper"})),
        KIT.case(
            &DeleteBot::new(BOT),
            "DELETE",
            format!("/v3/bots/{BOT_ENCODED}"),
        )
        .empty(),
        KIT.case(
            &LeaveBotChannel::new(BOT, HOSTILE),
            "DELETE",
            format!("/v3/bots/{BOT_ENCODED}/channels/{HOSTILE_ENCODED}"),
        )
        .empty(),
        KIT.case(
            &JoinBotChannels::new(BOT, [HOSTILE, "x,y"]),
            "POST",
            format!("/v3/bots/{BOT_ENCODED}/channels"),
        )
        .json(json!({"channel_urls": [HOSTILE, "x,y"]})),
    ]);
}

#[test]
fn list_bots_query_and_decode() {
    let list = KIT.decode::<ListBots>();
    assert_eq!(list.bots.len(), 2);
    assert_eq!(
        list.next.as_deref(),
        Some("FdW6RsFRQ1ArRafXA1RcE2d0FUZSUlkJFdeRHB863DAgNn8eDRS3dBNFX11fUlsDRs3E")
    );
    let weather = &list.bots[1];
    assert_eq!(weather.bot_userid(), "weather_bot");
    assert_eq!(weather.created_at, None, "older payloads omit created_at");
    assert_eq!(weather.channel_invitation_preference, Some(1));
    assert_eq!(weather.enable_mark_as_read, Some(false));
    // `bot_metadata` as an array of objects (older docs) merges into a map.
    assert_eq!(
        weather.bot.bot_metadata.get("units").map(String::as_str),
        Some("metric")
    );
}

#[test]
fn create_bot_decodes_and_hides_the_token() {
    let bot = KIT.decode::<CreateBot>();
    assert_eq!(bot.bot_userid(), "lunch_helper_bot");
    assert_eq!(bot.bot.bot_nickname.as_deref(), Some("Lunch helper"));
    assert_eq!(bot.bot.bot_type.as_deref(), Some("marketer"));
    assert_eq!(bot.bot.bot_require_auth_for_profile_image, Some(false));
    assert!(bot.bot.bot_metadata.is_empty());
    let token = bot.bot.bot_token.as_ref().expect("a token");
    assert_eq!(token.expose(), "753afa86d980feea00657f040535fe4f73755e05");
    assert!(!format!("{bot:?}").contains("753afa86"));
    assert_eq!(
        bot.bot_callback_url.as_deref(),
        Some("https://mealadvisor.com/bots/sendbird/lunch/")
    );
    assert_eq!(bot.is_privacy_mode, Some(false));
    assert_eq!(bot.show_member, Some(false));
    assert_eq!(bot.created_at, Some(1_686_136_348), "seconds");
}

#[test]
fn get_bot_on_the_wire_and_decodes() {
    let bot = KIT.decode::<GetBot>();
    assert_eq!(bot.bot_userid(), "lunch_helper_bot");
    assert_eq!(bot.enable_mark_as_read, Some(true));
}

#[test]
fn update_bot_sends_only_what_is_set() {
    let full = KIT.wire(
        &UpdateBot::new(BOT)
            .bot_nickname("Lunch & dinner helper")
            .bot_profile_url("https://mealadvisor.com/bots/img/sendbird_02_512px.png")
            .bot_callback_url("https://mealadvisor.com/bots/sendbird/meals/")
            .is_privacy_mode(true)
            .enable_mark_as_read(true)
            .show_member(false)
            .channel_invitation_preference(1),
    );
    assert_eq!(json_body(&full), KIT.request_fixture::<UpdateBot>());

    let bot = KIT.decode::<UpdateBot>();
    assert_eq!(
        bot.bot.bot_nickname.as_deref(),
        Some("Lunch & dinner helper")
    );
    assert_eq!(
        bot.bot.bot_metadata.get("cuisine").map(String::as_str),
        Some("any")
    );
    assert_eq!(bot.is_privacy_mode, Some(true));
    assert_eq!(bot.channel_invitation_preference, Some(1));
}

#[test]
fn delete_and_leave_all_on_the_wire() {
    KIT.decode::<DeleteBot>();

    KIT.assert_wire_empty(
        &LeaveAllBotChannels::new(BOT),
        "DELETE",
        &format!("/v3/bots/{BOT_ENCODED}/channels"),
    );
    KIT.decode::<LeaveAllBotChannels>();
}

#[test]
fn leave_channel_encodes_both_ids() {
    KIT.decode::<LeaveBotChannel>();
}

#[test]
fn join_channels_on_the_wire_and_decodes() {
    let joined = KIT.decode::<JoinBotChannels>();
    assert_eq!(joined.channels.len(), 1);
    let channel = &joined.channels[0];
    assert_eq!(channel.name.as_deref(), Some("Lunch crew"));
    assert_eq!(channel.member_count, Some(3));
    assert_eq!(channel.members[0].user_id, "lunch_helper_bot");
}

#[test]
fn send_text_is_json() {
    let request = KIT.assert_wire(
        &SendBotMessage::new(
            BOT,
            MessageType::User,
            "sendbird_group_channel_24896181_cd8b2c7208536b61895fff76ab6649d76302ee81",
        )
        .message("Hi John, here are some nearby restaurants.")
        .custom_type("suggestion")
        .data("{\"radius_km\": 2}")
        .send_push(true)
        .mentioned(["John"])
        .mark_as_read(true)
        .dedup_id("lunch-suggestion-1")
        .created_at(1_686_145_000_123),
        "POST",
        &format!("/v3/bots/{BOT_ENCODED}/send"),
    );
    assert!(request.headers()["content-type"]
        .to_str()
        .is_ok_and(|t| t.starts_with("application/json")));
    assert_eq!(json_body(&request), KIT.request_fixture::<SendBotMessage>());
}

#[tokio::test]
async fn send_file_is_multipart() {
    let request = KIT.assert_wire(
        &SendBotMessage::new(BOT, MessageType::File, HOSTILE)
            .file(FilePart::new("menu.pdf", &b"%PDF-1.7"[..]))
            .mentioned(["a", "b,c"])
            .mark_as_read(false),
        "POST",
        &format!("/v3/bots/{BOT_ENCODED}/send"),
    );
    let form = multipart_form(&request).await;
    assert_eq!(form.text("message_type").as_deref(), Some("FILE"));
    assert_eq!(form.text("channel_url").as_deref(), Some(HOSTILE));
    assert_eq!(form.text("mentioned").as_deref(), Some("a,b%2Cc"));
    assert_eq!(form.text("mark_as_read").as_deref(), Some("false"));
    let file = form.last();
    assert_eq!(file.name, "file");
    assert_eq!(file.file_name.as_deref(), Some("menu.pdf"));
    assert_eq!(file.data, &b"%PDF-1.7"[..]);
}

#[test]
fn send_bot_message_decodes_the_nested_message() {
    let sent = KIT.decode::<SendBotMessage>();
    let message = &sent.message;
    assert_eq!(message.message_id(), 7_306_823_391);
    assert_eq!(message.message_type(), MessageType::User);
    assert_eq!(
        message.text(),
        Some("Hi John, here are some nearby restaurants.")
    );
    assert_eq!(message.created_at(), 1_686_145_000_123);
    assert_eq!(
        message.sender().map(|u| u.user_id.as_str()),
        Some("lunch_helper_bot")
    );
}

#[test]
fn entry_points_build_the_endpoints() {
    let chat: crate::ChatClient = KIT.idle_client();
    let bots = chat.bots();
    assert_eq!(
        bots.send_text(BOT, HOSTILE, "hi").into_endpoint(),
        SendBotMessage::new(BOT, MessageType::User, HOSTILE).message("hi")
    );
    let file = FilePart::new("a.txt", "x");
    assert_eq!(
        bots.send_file(BOT, HOSTILE, file.clone()).into_endpoint(),
        SendBotMessage::new(BOT, MessageType::File, HOSTILE).file(file)
    );
    assert_eq!(
        bots.join_channels(BOT, ["c1"]).into_endpoint(),
        JoinBotChannels::new(BOT, ["c1"])
    );
    assert_eq!(
        bots.leave_channel(BOT, HOSTILE).into_endpoint(),
        LeaveBotChannel::new(BOT, HOSTILE)
    );
    assert_eq!(
        bots.update(BOT).show_member(true).into_endpoint(),
        UpdateBot::new(BOT).show_member(true)
    );
}

#[test]
fn metadata_accepts_null() {
    let bot: Bot =
        serde_json::from_value(json!({"bot": {"bot_userid": "b", "bot_metadata": null}}))
            .expect("decodes");
    assert!(bot.bot.bot_metadata.is_empty());
    let bare: Bot = serde_json::from_value(json!({})).expect("decodes");
    assert_eq!(bare.bot_userid(), "");
}
