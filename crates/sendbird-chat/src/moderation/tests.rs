//! Unit tests: every moderation endpoint on the wire (a hostile id in every path parameter),
//! and its docs-shaped fixture decoded.

use sendbird_core::Endpoint;
use serde_json::json;

use super::*;
use crate::test_support::KIT;
use sendbird_core::test_util::WireCase;

const URL: &str = "a/b ü";
const URL_ENC: &str = "a%2Fb%20%C3%BC";
const USER: &str = "user@example.com";
const USER_ENC: &str = "user%40example.com";
const TYPE_PATH: &str = "/v3/applications/settings_by_channel_custom_type/a%2Fb%20%C3%BC";

/// A row for an endpoint on [`USER`] below `parent` (a channel or a user path):
/// `{parent}/{what}/{USER_ENC}`.
fn user_case<E: Endpoint>(
    endpoint: &E,
    method: &'static str,
    parent: &str,
    what: &str,
) -> WireCase {
    KIT.case(endpoint, method, format!("{parent}/{what}/{USER_ENC}"))
}

/// A row freezing or thawing the channel at `channel`: a `PUT` of `{"freeze": freeze}`.
fn freeze_case<E: Endpoint>(endpoint: &E, channel: &str, freeze: bool) -> WireCase {
    KIT.case(endpoint, "PUT", format!("{channel}/freeze"))
        .json(json!({ "freeze": freeze }))
}

#[test]
fn requests_on_the_wire() {
    let group = format!("/v3/group_channels/{URL_ENC}");
    let open = format!("/v3/open_channels/{URL_ENC}");
    let user = format!("/v3/users/{URL_ENC}");
    KIT.assert_cases([
        // Custom channel types.
        KIT.case(
            &ListBannedUsersByCustomChannelType::new(URL)
                .limit(2)
                .token("t1"),
            "GET",
            format!("{TYPE_PATH}/ban?token=t1&limit=2"),
        )
        .empty(),
        KIT.case(
            &BanUsersByCustomChannelType::new(
                URL,
                vec![
                    BanRequest::new(USER).seconds(600).description("spam"),
                    BanRequest::new("b"),
                ],
            )
            .on_demand_upsert(true),
            "POST",
            format!("{TYPE_PATH}/ban"),
        )
        .json(json!({
            "banned_list": [{"user_id": USER, "seconds": 600, "description": "spam"}, {"user_id": "b"}],
            "on_demand_upsert": true,
        })),
        KIT.case(
            &UnbanUsersByCustomChannelType::new(URL, [USER, "a,b"]),
            "DELETE",
            format!("{TYPE_PATH}/ban?user_ids={USER_ENC},a%2Cb"),
        )
        .empty(),
        KIT.case(
            &ListMutedUsersByCustomChannelType::new(URL).limit(100),
            "GET",
            format!("{TYPE_PATH}/mute?limit=100"),
        ),
        KIT.case(
            &MuteUsersByCustomChannelType::new(URL, [USER])
                .seconds(-1)
                .description("spam")
                .on_demand_upsert(false),
            "POST",
            format!("{TYPE_PATH}/mute"),
        )
        .json(json!({"user_ids": [USER], "seconds": -1, "description": "spam", "on_demand_upsert": false})),
        KIT.case(
            &UnmuteUsersByCustomChannelType::new(URL, ["x", USER]),
            "DELETE",
            format!("{TYPE_PATH}/mute?user_ids=x,{USER_ENC}"),
        )
        .empty(),
        // Group channels.
        KIT.case(
            &ListGroupChannelBannedUsers::new(URL)
                .limit(5)
                .show_total_ban_count(true),
            "GET",
            format!("{group}/ban?limit=5&show_total_ban_count=true"),
        ),
        KIT.case(
            &BanGroupChannelUser::new(URL, USER)
                .agent_id("op")
                .seconds(3600)
                .description("spam"),
            "POST",
            format!("{group}/ban"),
        )
        .json(json!({"user_id": USER, "agent_id": "op", "seconds": 3600, "description": "spam"})),
        user_case(&GetGroupChannelBan::new(URL, USER), "GET", &group, "ban"),
        user_case(
            &UpdateGroupChannelBan::new(URL, USER, -1).description("forever"),
            "PUT",
            &group,
            "ban",
        )
        .json(json!({"seconds": -1, "description": "forever"})),
        user_case(&UnbanGroupChannelUser::new(URL, USER), "DELETE", &group, "ban")
        .empty(),
        freeze_case(&FreezeGroupChannel::new(URL, true), &group, true),
        KIT.case(
            &ListGroupChannelMutedUsers::new(URL)
                .token("n")
                .show_total_mute_count(false),
            "GET",
            format!("{group}/mute?token=n&show_total_mute_count=false"),
        ),
        KIT.case(
            &MuteGroupChannelUser::new(URL, USER).seconds(600),
            "POST",
            format!("{group}/mute"),
        )
        .json(json!({"user_id": USER, "seconds": 600})),
        user_case(&GetGroupChannelMute::new(URL, USER), "GET", &group, "mute"),
        user_case(&UnmuteGroupChannelUser::new(URL, USER), "DELETE", &group, "mute"),
        // Open channels.
        KIT.case(
            &ListOpenChannelBannedUsers::new(URL).limit(1),
            "GET",
            format!("{open}/ban?limit=1"),
        ),
        KIT.case(
            &BanOpenChannelUser::new(URL, USER).description("rude"),
            "POST",
            format!("{open}/ban"),
        )
        .json(json!({"user_id": USER, "description": "rude"})),
        user_case(&GetOpenChannelBan::new(URL, USER), "GET", &open, "ban"),
        user_case(&UpdateOpenChannelBan::new(URL, USER, 60), "PUT", &open, "ban")
        .json(json!({"seconds": 60})),
        user_case(&UnbanOpenChannelUser::new(URL, USER), "DELETE", &open, "ban"),
        freeze_case(&FreezeOpenChannel::new(URL, false), &open, false),
        KIT.case(
            &ListOpenChannelMutedUsers::new(URL).show_total_mute_count(true),
            "GET",
            format!("{open}/mute?show_total_mute_count=true"),
        ),
        KIT.case(
            &MuteOpenChannelUser::new(URL, USER)
                .seconds(-1)
                .description("Racism"),
            "POST",
            format!("{open}/mute"),
        )
        .json(json!({"user_id": USER, "seconds": -1, "description": "Racism"})),
        user_case(&GetOpenChannelMute::new(URL, USER), "GET", &open, "mute"),
        user_case(&UnmuteOpenChannelUser::new(URL, USER), "DELETE", &open, "mute"),
        // Users.
        KIT.case(
            &ListBannedChannelsOfUser::new(URL).limit(20).token("x y"),
            "GET",
            format!("{user}/ban?token=x%20y&limit=20"),
        ),
        KIT.case(
            &BanUserFromCustomChannelTypes::new(URL, ["cartoon", "movie"]),
            "POST",
            format!("{user}/banned_channel_custom_types"),
        )
        .json(json!({"channel_custom_types": ["cartoon", "movie"]})),
        KIT.case(
            &ListBlockedUsers::new(URL)
                .list(BlockList::BlockingMe)
                .limit(3)
                .user_ids([USER, "b"])
                .metadatakey("team")
                .metadatavalues_in(["a b"]),
            "GET",
            format!("{user}/block?list=blocking_me&limit=3&user_ids={USER_ENC},b&metadatakey=team&metadatavalues_in=a%20b"),
        ),
        KIT.case(
            &BlockUsers::new(URL).user_ids([USER, "b"]),
            "POST",
            format!("{user}/block"),
        )
        .json(json!({"user_ids": [USER, "b"]})),
        KIT.case(
            &BlockUsers::new(URL).target_id(USER),
            "POST",
            format!("{user}/block"),
        )
        .json(json!({"target_id": USER})),
        user_case(&UnblockUser::new(URL, USER), "DELETE", &user, "block")
        .empty(),
        KIT.case(
            &ListMutedChannelsOfUser::new(URL),
            "GET",
            format!("{user}/mute"),
        ),
        KIT.case(
            &MuteUserInCustomChannelTypes::new(URL, ["photo"]),
            "POST",
            format!("{user}/muted_channel_custom_types"),
        )
        .json(json!({"channel_custom_types": ["photo"]})),
    ]);
}

// Custom channel types.

#[test]
fn custom_channel_type_fixtures() {
    let list = KIT.decode::<ListBannedUsersByCustomChannelType>();
    assert_eq!(list.banned_list.len(), 1);
    let ban = &list.banned_list[0];
    assert_eq!(ban.user_id(), "Joe");
    assert_eq!(
        ban.user.as_ref().and_then(|u| u.nickname.as_deref()),
        Some("Numbers")
    );
    assert_eq!(ban.start_at, Some(1_543_211_891_000));
    assert_eq!(ban.end_at, Some(1_543_223_391_000));
    assert_eq!(ban.description.as_deref(), Some("Too many messages"));
    assert_eq!(list.total_ban_count, None);
    assert_eq!(list.next.as_deref(), Some("d4R5lDaWR1nRFnPOelVaRy4s"));

    let list = KIT.decode::<ListMutedUsersByCustomChannelType>();
    assert_eq!(list.muted_list.len(), 1);
    let kelly = &list.muted_list[0];
    assert_eq!(kelly.user_id, "Kelly");
    assert_eq!(kelly.metadata["font_color"], "black");
    assert_eq!(kelly.remaining_duration, Some(-1));
    assert_eq!(kelly.end_at, Some(-1));
    assert_eq!(kelly.start_at, Some(1_543_287_589_000));
    assert_eq!(list.next.as_deref(), Some(""));
}

// Group channels.

#[test]
fn group_channel_fixtures() {
    let list = KIT.decode::<ListGroupChannelBannedUsers>();
    assert_eq!(list.banned_list[0].user_id(), "John");
    assert_eq!(list.banned_list[0].end_at, Some(1_543_211_731_000));
    assert_eq!(list.total_ban_count, Some(10));
    assert_eq!(list.next.as_deref(), Some("ANQ12DaZR1nRFn1YzlVaR4rF"));

    let ban = KIT.decode::<BanGroupChannelUser>();
    assert_eq!(ban.user_id(), "Matthew");
    assert_eq!(ban.start_at, Some(1_543_211_469_000));
    assert_eq!(ban.end_at, Some(1_543_211_529_000));

    let ban = KIT.decode::<GetGroupChannelBan>();
    assert_eq!(
        ban.user.as_ref().and_then(|u| u.profile_url.as_deref()),
        Some("https://sendbird.com/main/img/profiles/profile_47_512px.png")
    );
    assert_eq!(ban.description.as_deref(), Some("Too much talking"));

    let channel = KIT.decode::<FreezeGroupChannel>();
    assert_eq!(channel.channel_url, "sendbird_group_channel_1234_abc");
    assert_eq!(channel.freeze, Some(true));
    assert_eq!(channel.member_count, Some(3));

    let list = KIT.decode::<ListGroupChannelMutedUsers>();
    assert_eq!(list.muted_list.len(), 2);
    assert_eq!(list.muted_list[0].start_at, None);
    assert_eq!(list.muted_list[1].user_id, "Aiden");
    assert_eq!(list.muted_list[1].remaining_duration, Some(21_435_000));
    assert_eq!(list.muted_list[1].end_at, Some(1_542_722_823_000));
    assert_eq!(list.muted_list[1].description.as_deref(), Some("insult"));
    assert_eq!(list.total_mute_count, Some(2));

    let status = KIT.decode::<GetGroupChannelMute>();
    assert!(status.is_muted);
    assert_eq!(status.remaining_duration, Some(38_126_218));
    assert_eq!(status.start_at, Some(1_543_287_589_000));
    assert_eq!(status.end_at, Some(1_543_331_132_000));
    assert_eq!(status.description.as_deref(), Some("too many messages"));

    let not_muted: MuteStatus = serde_json::from_str(r#"{"is_muted": false}"#).expect("decodes");
    assert!(!not_muted.is_muted);
    assert_eq!(not_muted.end_at, None);
}

/// Both channel kinds answer a ban update with the same `Ban`.
#[test]
fn updated_ban_fixtures() {
    for (kind, ban) in [
        ("group", KIT.decode::<UpdateGroupChannelBan>()),
        ("open", KIT.decode::<UpdateOpenChannelBan>()),
    ] {
        assert_eq!(ban.end_at, Some(1_543_215_069_000), "{kind}");
        assert_eq!(
            ban.description.as_deref(),
            Some("Extended for repeated spam"),
            "{kind}"
        );
    }
}

// Open channels.

#[test]
fn open_channel_fixtures() {
    let list = KIT.decode::<ListOpenChannelBannedUsers>();
    assert_eq!(list.banned_list[0].user_id(), "Matthew");
    assert_eq!(list.total_ban_count, Some(1));

    let ban = KIT.decode::<BanOpenChannelUser>();
    assert_eq!(ban.user_id(), "Matthew");

    let ban = KIT.decode::<GetOpenChannelBan>();
    assert_eq!(ban.end_at, Some(1_543_211_529_000));

    let channel = KIT.decode::<FreezeOpenChannel>();
    assert_eq!(channel.channel_url, "sendbird_open_channel_1234_abc");
    assert_eq!(channel.freeze, Some(false));
    assert_eq!(channel.participant_count, Some(12));

    let list = KIT.decode::<ListOpenChannelMutedUsers>();
    assert_eq!(list.muted_list[0].user_id, "Aiden");
    assert_eq!(list.total_mute_count, Some(1));
    assert_eq!(list.next.as_deref(), Some("RNTNeFRFFBrAEQBXRPNE"));

    let channel = KIT.decode::<MuteOpenChannelUser>();
    assert_eq!(
        channel.name.as_deref(),
        Some("Talking about 2018 midterm election")
    );

    let status = KIT.decode::<GetOpenChannelMute>();
    assert!(status.is_muted);
    assert_eq!(status.end_at, Some(-1));
    assert_eq!(status.remaining_duration, Some(-1));
}

// Users.

#[test]
fn user_fixtures() {
    let list = KIT.decode::<ListBannedChannelsOfUser>();
    assert_eq!(list.banned_channels.len(), 2);
    let first = &list.banned_channels[0];
    assert_eq!(first.start_at, Some(1_483_688_660_939));
    assert_eq!(first.description.as_deref(), Some("rude behavior"));
    let channel = first.channel.as_ref().expect("channel");
    assert_eq!(channel.name.as_deref(), Some("Louvre Museum"));
    assert_eq!(channel.custom_type.as_deref(), Some("art"));
    assert_eq!(channel.created_at, Some(1_483_606_460));
    assert!(channel.channel_url.starts_with("sendbird_open_channel_"));
    assert_eq!(
        list.next.as_deref(),
        Some("WEFWRFBTFlArENBXWFNeF2p2FEdER~~")
    );

    let list = KIT.decode::<ListBlockedUsers>();
    assert_eq!(list.users.len(), 1);
    assert_eq!(list.users[0].user_id, "Terry");
    assert_eq!(list.users[0].last_seen_at, Some(1_542_643_867_231));
    assert_eq!(list.next.as_deref(), Some(""));

    let blocked = KIT.decode::<BlockUsers>();
    assert_eq!(blocked.users.len(), 2);
    assert_eq!(blocked.users[0].nickname.as_deref(), Some("Ter"));
    assert_eq!(blocked.users[1].metadata["location"], "San Jose");

    // The 2024 spec's shape: bare ids.
    let ids: BlockUsersResponse =
        serde_json::from_str(r#"{"users": ["Terry", "Jeff"], "next": ""}"#).expect("ids decode");
    let ids: Vec<_> = ids.users.iter().map(|u| u.user_id.as_str()).collect();
    assert_eq!(ids, ["Terry", "Jeff"]);
    let none: BlockUsersResponse = serde_json::from_str(r#"{"users": null}"#).expect("null");
    assert!(none.users.is_empty());

    let list = KIT.decode::<ListMutedChannelsOfUser>();
    assert_eq!(list.muted_channels.len(), 2);
    let first = &list.muted_channels[0];
    assert_eq!(first.remaining_duration, Some(-1));
    assert_eq!(first.end_at, Some(-1));
    assert_eq!(first.description.as_deref(), Some("Racism"));
    assert_eq!(first.custom_type.as_deref(), Some("politics"));
    assert_eq!(first.created_at, Some(1_543_688_557));
    assert_eq!(
        list.muted_channels[1].channel_url,
        "sendbird_group_channel_11694_f94eb0a1"
    );
}

#[test]
fn idempotency_follows_the_catalog() {
    assert!(!BanGroupChannelUser::new(URL, USER).is_idempotent());
    assert!(!MuteOpenChannelUser::new(URL, USER).is_idempotent());
    assert!(UpdateGroupChannelBan::new(URL, USER, 1).is_idempotent());
    assert!(BlockUsers::new(URL).is_idempotent());
    assert!(!BanUserFromCustomChannelTypes::new(URL, ["t"]).is_idempotent());
}
