//! Wire and fixture tests of the poll endpoints.

use serde_json::json;

use super::*;
use crate::models::Message;
use crate::test_support::KIT;
use sendbird_core::test_util::{json_body, path_and_query, strs, HOSTILE, HOSTILE_ENCODED};

#[test]
fn requests_on_the_wire() {
    KIT.assert_cases([
        KIT.case(
            &ListPolls::new()
                .channel_url(HOSTILE)
                .channel_type(ChannelType::GroupChannels)
                .token("t0")
                .limit(20),
            "GET",
            format!(
                "/v3/polls?channel_url={HOSTILE_ENCODED}&channel_type=group_channels&token=t0&limit=20"
            ),
        )
        .empty(),
        KIT.fixture_case(
            &CreatePoll::new("Lunch?", ["Pizza", "Sushi"])
                .allow_user_suggestion(false)
                .allow_multiple_votes(false)
                .close_at(1_657_354_400)
                .created_by("Kay")
                .data(json!({"text": "Vote by noon"})),
            "POST",
            "/v3/polls",
        ),
        KIT.case(
            &GetPoll::new(2217)
                .channel_url("user@example.com")
                .channel_type(ChannelType::GroupChannels)
                .show_partial_voter_list(true),
            "GET",
            "/v3/polls/2217?channel_url=user%40example.com&channel_type=group_channels\
             &show_partial_voter_list=true",
        ),
        KIT.fixture_case(
            &UpdatePoll::new(2217)
                .title("Q2 team gathering (venue)")
                .allow_user_suggestion(false)
                .allow_multiple_votes(true)
                .close_at(1_657_900_000)
                .created_by("Kay")
                .data(json!({"text": "Closes Friday"})),
            "PUT",
            "/v3/polls/2217",
        ),
        KIT.case(
            &DeletePoll::new(-1),
            "DELETE",
            "/v3/polls/-1",
        )
        .empty(),
        KIT.fixture_case(
            &AddPollOption::new(2217, "Jeju").created_by("Jay"),
            "POST",
            "/v3/polls/2217/options",
        ),
        KIT.case(
            &GetPollOption::new(2217, 4431),
            "GET",
            "/v3/polls/2217/options/4431",
        ),
        KIT.fixture_case(
            &UpdatePollOption::new(2217, 4431, "Seoul (Gangnam)").created_by("Kay"),
            "PUT",
            "/v3/polls/2217/options/4431",
        ),
        KIT.case(
            &DeletePollOption::new(2217, 4432),
            "DELETE",
            "/v3/polls/2217/options/4432",
        )
        .empty(),
        KIT.case(
            &ListPollOptionVoters::new(2217, 4431)
                .token("bWluLTI")
                .limit(100),
            "GET",
            "/v3/polls/2217/options/4431/voters?token=bWluLTI&limit=100",
        ),
        KIT.fixture_case(
            &CastOrCancelVote::new(2217, "Min", [4431]),
            "PUT",
            "/v3/polls/2217/vote",
        ),
    ]);
}

#[test]
fn list_polls_decodes() {
    let list: ListPollsResponse = KIT.decode::<ListPolls>();
    assert_eq!(list.next.as_deref(), Some("YWJjZGVmZ2hpams"));
    assert_eq!(list.polls.len(), 2);
    let open = &list.polls[0];
    assert_eq!(open.id, 2217);
    assert!(open.is_open());
    assert_eq!(open.allow_multiple_votes, Some(true));
    assert_eq!(open.created_at, Some(1_657_267_925));
    assert_eq!(open.close_at, Some(-1));
    assert_eq!(open.voter_count, Some(5));
    assert_eq!(open.message_id, Some(1_563_921_409));
    assert_eq!(open.data, Some(json!({"text": "Pick one or more venues"})));
    assert_eq!(open.option(4432).map(|o| o.text.as_str()), Some("Busan"));
    let closed = &list.polls[1];
    assert_eq!(closed.status, Some(PollStatus::Closed));
    assert_eq!(closed.created_by, None);
    assert_eq!(closed.message_id, None);
    assert_eq!(closed.options[1].created_by, None);
    assert_eq!(closed.options[1].vote_count, Some(3));
}

#[test]
fn create_poll_decodes() {
    let poll: Poll = KIT.decode::<CreatePoll>();
    assert_eq!(poll.id, 2218);
    assert_eq!(poll.status, Some(PollStatus::Open));
    assert_eq!(poll.voter_count, Some(0));
    assert_eq!(poll.close_at, Some(1_657_354_400));
    assert_eq!(poll.options.len(), 2);
    assert!(poll.options.iter().all(|o| o.vote_count == Some(0)));
    assert_eq!(poll.options[0].poll_id, Some(2218));
    assert_eq!(poll.message_id, None);
}

#[test]
fn get_poll_decodes_both_names_of_the_partial_voter_list() {
    let poll: Poll = KIT.decode::<GetPoll>();
    let seoul = poll.option(4431).expect("Seoul");
    assert_eq!(seoul.partial_voter_list.len(), 2);
    assert_eq!(seoul.partial_voter_list[1].user_id, "Min");
    assert_eq!(seoul.partial_voter_list[1].metadata["team"], "design");
    // The 2024 spec's name `partial_voters` decodes into the same field.
    let busan = poll.option(4432).expect("Busan");
    assert_eq!(busan.partial_voter_list.len(), 1);
    assert_eq!(busan.partial_voter_list[0].user_id, "Jay");
}

#[test]
fn update_poll_decodes() {
    let poll: Poll = KIT.decode::<UpdatePoll>();
    assert_eq!(poll.title.as_deref(), Some("Q2 team gathering (venue)"));
    assert_eq!(poll.updated_at, Some(1_657_269_000));
    assert_eq!(poll.close_at, Some(1_657_900_000));
    assert_eq!(poll.allow_user_suggestion, Some(false));
}

#[test]
fn fixtures_with_no_fields_checked_decode() {
    let _: Empty = KIT.decode::<DeletePoll>();
    let _: Empty = KIT.decode::<DeletePollOption>();
}

#[test]
fn close_poll_on_the_wire_and_decodes() {
    let request = KIT.assert_wire(&ClosePoll::new(2217), "PUT", "/v3/polls/2217/close");
    // No parameters: a bodiless PUT carries `{}`.
    assert_eq!(json_body(&request), json!({}));
    let poll: Poll = KIT.decode::<ClosePoll>();
    assert_eq!(poll.status, Some(PollStatus::Closed));
    assert!(!poll.is_open());
    assert_eq!(poll.close_at, Some(1_657_270_000));
}

#[test]
fn add_poll_option_on_the_wire_and_decodes() {
    let poll: Poll = KIT.decode::<AddPollOption>();
    assert_eq!(poll.options.len(), 3);
    let jeju = poll.option(4435).expect("the new option");
    assert_eq!(jeju.text, "Jeju");
    assert_eq!(jeju.created_by.as_deref(), Some("Jay"));
    assert_eq!(jeju.vote_count, Some(0));
}

#[test]
fn get_poll_option_on_the_wire_and_decodes() {
    let option: PollOption = KIT.decode::<GetPollOption>();
    assert_eq!(option.id, 4431);
    assert_eq!(option.poll_id, Some(2217));
    assert_eq!(option.text, "Seoul");
    assert_eq!(option.vote_count, Some(3));
    assert_eq!(option.created_at, Some(1_657_267_925));
    assert!(option.partial_voter_list.is_empty());
}

#[test]
fn update_poll_option_on_the_wire_and_decodes() {
    let poll: Poll = KIT.decode::<UpdatePollOption>();
    let seoul = poll.option(4431).expect("Seoul");
    assert_eq!(seoul.text, "Seoul (Gangnam)");
    assert_eq!(seoul.updated_at, Some(1_657_269_700));
    assert_eq!(seoul.vote_count, Some(3));
}

#[test]
fn list_voters_query_and_decodes() {
    let voters: ListPollOptionVotersResponse = KIT.decode::<ListPollOptionVoters>();
    assert_eq!(voters.vote_count, Some(3));
    assert_eq!(voters.next.as_deref(), Some("bWluLTI"));
    let ids = strs(&voters.voters, |u| u.user_id.as_str());
    assert_eq!(ids, ["Jay", "Min"]);
    assert_eq!(voters.voters[1].profile_url.as_deref(), Some(""));
}

#[test]
fn vote_json_on_the_wire_and_decodes() {
    let poll: Poll = KIT.decode::<CastOrCancelVote>();
    assert_eq!(poll.voted_option_ids, [4431]);
    assert_eq!(poll.voter_count, Some(6));
    assert_eq!(poll.option(4431).and_then(|o| o.vote_count), Some(4));
}

#[test]
fn cancel_vote_sends_an_empty_choice() {
    let chat: crate::ChatClient = KIT.idle_client();
    let pending = chat.polls().cancel_vote(2217, "user@example.com");
    let request = KIT.wire(&pending.endpoint);
    assert_eq!(path_and_query(&request), "/v3/polls/2217/vote");
    assert_eq!(
        json_body(&request),
        json!({"user_id": "user@example.com", "option_ids": []})
    );
    let listing = chat.polls().list_in_group_channel(HOSTILE);
    assert_eq!(
        path_and_query(&KIT.wire(&listing.endpoint)),
        format!("/v3/polls?channel_url={HOSTILE_ENCODED}&channel_type=group_channels")
    );
}

#[test]
fn unknown_status_and_a_message_summary_decode() {
    let poll: Poll = serde_json::from_value(json!({"id": 7, "status": "archived"})).expect("poll");
    assert_eq!(poll.status, Some(PollStatus::Unknown("archived".into())));
    assert!(poll.options.is_empty());
    let message: Message = serde_json::from_value(json!({
        "type": "MESG", "message_id": 1563921409, "channel_url": "c", "created_at": 1657267925000i64,
        "message": "Vote!", "user": {"user_id": "Kay"},
        "poll": {"id": 2217, "title": "Q2 team gathering", "status": "open", "close_at": -1,
                 "created_at": 1657267925, "updated_at": 0, "message_id": 1563921409}
    }))
    .expect("message");
    let poll = message
        .common()
        .and_then(|c| c.poll.as_ref())
        .expect("the poll summary");
    assert_eq!(poll.id, 2217);
    assert_eq!(poll.message_id, Some(1_563_921_409));
    assert!(poll.options.is_empty());
}
