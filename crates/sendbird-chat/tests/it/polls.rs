//! `polls` against the emulator: the life cycle of a poll, votes and voters, polls attached to
//! messages, and the documented (or emulator-chosen, see `chat/polls.rs`) errors.

use std::time::Duration;

use sendbird_chat::models::{ChannelType, Message, User};
use sendbird_chat::polls::{Poll, PollStatus};
use sendbird_chat::ChatErrorExt;
use sendbird_emulator::Seed;
use serde_json::json;

use crate::support::{refused, seeded, user_ids, users};
use sendbird_core::test_util::collect_ok;

/// A user id that needs encoding everywhere.
const ODD_USER: &str = "user@example.com/ü";
/// A channel URL that needs encoding in a path segment.
const ROOM: &str = "poll room/ü";

/// The poll `message` carries (`what` names it on failure).
fn poll_of(message: &Message, what: &str) -> Poll {
    message.common().and_then(|c| c.poll.clone()).expect(what)
}

fn seed() -> Seed {
    users(["alice", "bob", "carol", "dave", "mallory"])
        .user(ODD_USER, "Odd")
        .group_channel(ROOM, ["alice", "bob", "carol", "dave", ODD_USER])
        .group_channel("other_room", ["alice", "mallory"])
}

fn counts(poll: &Poll) -> Vec<(String, i64)> {
    poll.options
        .iter()
        .map(|o| (o.text.clone(), o.vote_count.unwrap_or(-1)))
        .collect()
}

#[tokio::test]
async fn poll_life_cycle() {
    let (_emulator, chat) = seeded(seed()).await;
    let polls = chat.polls();

    // Create.
    let poll = polls
        .create("Where do we meet?", ["Seoul", "Busan"])
        .created_by("alice")
        .allow_user_suggestion(true)
        .data(json!({"text": "Pick one"}))
        .await
        .expect("create");
    assert_eq!(poll.status, Some(PollStatus::Open));
    assert_eq!(poll.created_by.as_deref(), Some("alice"));
    assert_eq!(poll.allow_multiple_votes, Some(false));
    assert_eq!(poll.close_at, Some(-1));
    assert_eq!(poll.voter_count, Some(0));
    assert_eq!(poll.message_id, None);
    assert_eq!(poll.data, Some(json!({"text": "Pick one"})));
    // Poll timestamps are seconds.
    let created_at = poll.created_at.expect("created_at");
    assert!(created_at > 1_000_000_000 && created_at < 100_000_000_000);
    let (seoul, busan) = (poll.options[0].id, poll.options[1].id);

    // Attach it to a message: the message carries the poll summary, or the whole poll.
    let room = chat.messages(ChannelType::GroupChannels, ROOM);
    let message = room
        .send_text("alice", "Vote!")
        .poll_id(poll.id)
        .await
        .expect("send with poll");
    let summary = poll_of(&message, "poll summary");
    assert_eq!(summary.id, poll.id);
    assert_eq!(summary.message_id, Some(message.message_id()));
    assert!(summary.options.is_empty());
    let detailed = room
        .get(message.message_id())
        .include_poll_details(true)
        .await
        .expect("get message");
    let detailed = poll_of(&detailed, "poll details");
    assert_eq!(detailed.options.len(), 2);
    assert_eq!(
        polls.get(poll.id).await.expect("get").message_id,
        Some(message.message_id())
    );

    // Add an option (a member's suggestion), read and rename it.
    let with_jeju = polls
        .add_option(poll.id, "Jeju")
        .created_by("bob")
        .await
        .expect("add option");
    assert_eq!(with_jeju.options.len(), 3);
    let jeju = with_jeju.options[2].id;
    let option = polls.get_option(poll.id, jeju).await.expect("get option");
    assert_eq!(option.text, "Jeju");
    assert_eq!(option.created_by.as_deref(), Some("bob"));
    assert_eq!(option.poll_id, Some(poll.id));
    let renamed = polls
        .update_option(poll.id, jeju, "Jeju island")
        .await
        .expect("update option");
    assert_eq!(
        renamed.option(jeju).map(|o| o.text.as_str()),
        Some("Jeju island")
    );

    // Votes: cast, change, and the voter lists per option.
    for user in ["bob", "carol", ODD_USER] {
        polls.vote(poll.id, user, [seoul]).await.expect("vote");
    }
    let voted = polls.vote(poll.id, "dave", [busan]).await.expect("vote");
    assert_eq!(voted.voted_option_ids, [busan]);
    assert_eq!(voted.voter_count, Some(4));
    let changed = polls.vote(poll.id, "carol", [busan]).await.expect("change");
    assert_eq!(
        counts(&changed),
        [
            ("Seoul".to_owned(), 2),
            ("Busan".to_owned(), 2),
            ("Jeju island".to_owned(), 0)
        ]
    );
    assert_eq!(changed.voter_count, Some(4));
    // A single-choice poll refuses two options.
    refused(
        polls.vote(poll.id, "bob", [seoul, busan]).await,
        400920,
        "single choice",
    );

    // Voters per option, paged one at a time to the end.
    let seoul_voters: Vec<User> =
        collect_ok(polls.voters(poll.id, seoul).limit(1).stream(), "voters").await;
    assert_eq!(user_ids(&seoul_voters), ["bob", ODD_USER]);
    assert_eq!(seoul_voters[0].nickname.as_deref(), Some("Bob"));
    let page = polls
        .voters(poll.id, busan)
        .limit(1)
        .await
        .expect("first page");
    assert_eq!(page.vote_count, Some(2));
    assert_eq!(user_ids(&page.voters), ["dave"]);
    assert!(page.next.as_deref().is_some_and(|n| !n.is_empty()));

    // The partial voter lists of a poll.
    let partial = polls
        .get(poll.id)
        .show_partial_voter_list(true)
        .await
        .expect("get with voters");
    let busan_voters = &partial.option(busan).expect("busan").partial_voter_list;
    assert_eq!(user_ids(busan_voters), ["dave", "carol"]);

    // Cancel a vote (an empty choice).
    let cancelled = polls.cancel_vote(poll.id, "bob").await.expect("cancel");
    assert!(cancelled.voted_option_ids.is_empty());
    assert_eq!(cancelled.voter_count, Some(3));
    assert_eq!(cancelled.option(seoul).and_then(|o| o.vote_count), Some(1));

    // Allow several choices, then vote for two.
    let updated = polls
        .update(poll.id)
        .title("Where and when?")
        .allow_multiple_votes(true)
        .await
        .expect("update");
    assert_eq!(updated.title.as_deref(), Some("Where and when?"));
    assert!(updated.updated_at.unwrap_or(0) >= created_at);
    let both = polls
        .vote(poll.id, "bob", [seoul, jeju])
        .await
        .expect("two votes");
    assert_eq!(both.voted_option_ids, [seoul, jeju]);
    assert_eq!(both.voter_count, Some(4));

    // Delete an option: its votes go with it.
    polls
        .delete_option(poll.id, jeju)
        .await
        .expect("delete option");
    let after = polls.get(poll.id).await.expect("get");
    assert_eq!(after.options.len(), 2);
    refused(polls.get_option(poll.id, jeju).await, 400201, "gone");

    // Close: later votes and suggestions are refused (400920).
    let closed = polls.close(poll.id).await.expect("close");
    assert_eq!(closed.status, Some(PollStatus::Closed));
    assert!(closed.close_at.unwrap_or(-1) >= created_at);
    let again = polls.close(poll.id).await.expect("close again");
    assert_eq!(again.status, Some(PollStatus::Closed));
    refusals! { refused;
        polls.vote(poll.id, "dave", [seoul]) => 400920, "vote after close";
        polls.cancel_vote(poll.id, "dave") => 400920, "closed";
        polls.add_option(poll.id, "Daegu") => 400920, "add after close";
    }
    // The votes stay readable.
    let final_voters: Vec<User> =
        collect_ok(polls.voters(poll.id, busan).stream(), "voters after close").await;
    assert_eq!(user_ids(&final_voters), ["dave", "carol"]);

    // Delete.
    polls.delete(poll.id).await.expect("delete");
    let err = refused(polls.get(poll.id).await, 400201, "deleted");
    assert!(err.is_not_found());
}

#[tokio::test]
async fn list_polls_app_wide_and_per_channel() {
    let (_emulator, chat) = seeded(seed()).await;
    let polls = chat.polls();
    let mut created = Vec::new();
    for title in ["one", "two", "three"] {
        let poll = polls.create(title, ["yes", "no"]).await.expect("create");
        created.push(poll.id);
    }
    chat.messages(ChannelType::GroupChannels, ROOM)
        .send_text("bob", "Poll two")
        .poll_id(created[1])
        .await
        .expect("attach");

    let all: Vec<Poll> = collect_ok(polls.list().limit(1).stream(), "list").await;
    assert_eq!(all.iter().map(|p| p.id).collect::<Vec<_>>(), created);
    let in_room: Vec<Poll> = collect_ok(
        polls.list_in_group_channel(ROOM).stream(),
        "list in channel",
    )
    .await;
    assert_eq!(in_room.len(), 1);
    assert_eq!(in_room[0].title.as_deref(), Some("two"));
    assert!(polls
        .list_in_group_channel("other_room")
        .await
        .expect("empty")
        .polls
        .is_empty());

    // Errors of the listing: a channel without its type, an unknown channel, a page too large.
    refusals! { refused;
        polls.list().channel_url(ROOM) => 400105, "no type";
        polls.list_in_group_channel("nowhere") => 400201, "unknown channel";
        polls.list().limit(21) => 400111, "limit";
    }
}

#[tokio::test]
async fn documented_errors() {
    let (emulator, chat) = seeded(seed()).await;
    let polls = chat.polls();

    // Unknown poll, unknown option, an option of another poll.
    refused(polls.get(999_999).await, 400201, "unknown poll");
    let first = polls
        .create("A", ["a1"])
        .created_by("alice")
        .await
        .expect("create");
    let second = polls.create("B", ["b1"]).await.expect("create");
    refusals! { refused;
        polls.get_option(first.id, second.options[0].id) => 400201, "foreign option";
        polls.voters(first.id, 1) => 400201, "unknown option";
        // Bad creations: no option, a title too long, an unknown creator.
        polls.create("Empty", Vec::<String>::new()) => 400111, "no options";
        polls.create("x".repeat(2049), ["a"]) => 400110, "title too long";
        polls.create("Who?", ["a"]).created_by("nobody") => 400201, "unknown creator";
        // Votes: an option of another poll, an unknown voter.
        polls.vote(first.id, "bob", [second.options[0].id]) => 400111, "foreign option";
        polls.vote(first.id, "nobody", [first.options[0].id]) => 400201, "unknown voter";
        // Suggestions need `allow_user_suggestion`; the creator may always add.
        polls.add_option(first.id, "a2").created_by("bob") => 400108, "suggestion not allowed";
    }
    polls
        .add_option(first.id, "a2")
        .created_by("alice")
        .await
        .expect("the creator adds");

    // A poll keeps at least one option.
    refused(
        polls.delete_option(second.id, second.options[0].id).await,
        400111,
        "last option",
    );

    // Attached polls: only once, only members vote.
    let room = chat.messages(ChannelType::GroupChannels, ROOM);
    room.send_text("alice", "A?")
        .poll_id(first.id)
        .await
        .expect("attach");
    refusals! { refused;
        room.send_text("alice", "A again?").poll_id(first.id) => 400111, "attached twice";
        room.send_text("alice", "Ghost").poll_id(123_456_789) => 400201, "unknown poll";
        polls.vote(first.id, "mallory", [first.options[0].id]) => 400108, "not a member";
        // A channel that is not the poll's.
        polls.get(first.id).channel_url("other_room").channel_type(ChannelType::GroupChannels)
            => 400201, "other channel";
    }

    // `close_at` passing closes the poll on the emulator's clock.
    let close_at = emulator.now_ms() / 1000 + 60;
    let timed = polls
        .create("Quick", ["yes", "no"])
        .close_at(close_at)
        .await
        .expect("create timed");
    polls
        .vote(timed.id, "bob", [timed.options[0].id])
        .await
        .expect("vote before close_at");
    emulator.advance_clock(Duration::from_secs(61));
    let timed = polls.get(timed.id).await.expect("get");
    assert_eq!(timed.status, Some(PollStatus::Closed));
    refused(
        polls.vote(timed.id, "carol", [timed.options[0].id]).await,
        400920,
        "closed by time",
    );
    // A later `close_at` does not reopen it.
    let still = polls
        .update(timed.id)
        .close_at(close_at + 3600)
        .await
        .expect("update");
    assert_eq!(still.status, Some(PollStatus::Closed));
}
