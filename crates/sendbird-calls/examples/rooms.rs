//! Rooms (group calls): create one with custom items, list open rooms page by page, change and
//! delete custom items, then delete the room.
//!
//! ```sh
//! cargo run -p sendbird-calls --example rooms            # against an in-process emulator
//! SENDBIRD_APP_ID=... SENDBIRD_API_TOKEN=... \
//!   cargo run -p sendbird-calls --example rooms          # against your Sendbird application
//! SENDBIRD_CALLS_BASE_URL=http://127.0.0.1:8080/v1 \
//!   cargo run -p sendbird-calls --example rooms          # against another server, e.g.
//!                                                        # `cargo run -p sendbird-emulator`
//! ```
//!
//! With `SENDBIRD_CALLS_BASE_URL` the token is `SENDBIRD_API_TOKEN`, or the emulator's default
//! token when that is unset.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::error::Error;

use futures_util::{StreamExt, TryStreamExt};
use sendbird_calls::models::{CustomItems, Room, RoomState, RoomType};
use sendbird_calls::{CallsClient, CallsErrorExt};
use sendbird_emulator::{Emulator, RoomSeed, Seed};

fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}

/// The client, and the in-process emulator it talks to when no server was named.
async fn client() -> Result<(CallsClient, Option<Emulator>), Box<dyn Error>> {
    let builder = CallsClient::builder();
    let token = env("SENDBIRD_API_TOKEN");
    let (builder, token, emulator) = match (
        env("SENDBIRD_CALLS_BASE_URL"),
        env("SENDBIRD_APP_ID"),
        token,
    ) {
        (Some(base_url), _, token) => {
            println!("Using the Calls API at {base_url}");
            let token = token.unwrap_or_else(|| sendbird_emulator::DEFAULT_API_TOKEN.to_owned());
            (builder.base_url(base_url), token, None)
        }
        (None, Some(app_id), Some(token)) => {
            println!("Using Sendbird application {app_id}");
            (builder.app_id(app_id), token, None)
        }
        _ => {
            // A few rooms made by someone else, so that the list has more than one page.
            let others = (1..=4).fold(Seed::new(), |seed, i| {
                let kind = if i % 2 == 0 {
                    "large_room_for_audio_only"
                } else {
                    "small_room_for_video"
                };
                seed.room(RoomSeed::new(format!("demo-room-{i}"), kind).created_by("demo-user"))
            });
            let emulator = Emulator::builder().seed(others).start().await?;
            let base_url = emulator.calls_base_url();
            println!("Using the embedded emulator at {base_url}");
            let token = emulator.api_token().to_owned();
            (builder.base_url(base_url), token, Some(emulator))
        }
    };
    Ok((builder.api_token(token).build()?, emulator))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let (calls, _emulator) = client().await?;

    println!("\n== Custom items are checked before anything is sent");
    match CustomItems::try_new([("topic,sub", "x")]) {
        Ok(_) => println!("accepted (unexpected)"),
        Err(error) => println!("refused locally: {error}"),
    }
    let items = CustomItems::try_new([("topic", "sendbird-rs example"), ("owner", "example")])?;

    println!("\n== A room");
    let room = calls
        .rooms()
        .create(RoomType::SmallRoomForVideo)
        .custom_items(items)
        .await?
        .room;
    println!("created {}", describe(&room));

    let result = scenario(&calls, &room.room_id).await;
    println!("\n== Cleanup");
    match calls.rooms().delete(&room.room_id).await {
        Ok(deleted) => {
            let state = deleted.room.and_then(|r| r.state);
            let state = state.as_ref().map_or("-", |s| s.as_str());
            println!("deleted {} (state {state})", room.room_id);
        }
        Err(error) => println!("could not delete {}: {error}", room.room_id),
    }
    match calls.rooms().delete(&room.room_id).await {
        Ok(_) => println!("deleting it again was accepted"),
        Err(error) => println!(
            "deleting it again is refused: code {} ({}), not found: {}",
            error
                .code()
                .map_or_else(|| "-".to_owned(), |c| c.to_string()),
            error
                .as_api()
                .and_then(|api| api.error_type.as_deref())
                .unwrap_or("-"),
            error.is_not_found()
        ),
    }
    result?;
    println!("\nDone.");
    Ok(())
}

async fn scenario(calls: &CallsClient, room_id: &str) -> Result<(), Box<dyn Error>> {
    println!("\n== Open rooms, newest first, three per page (at most four pages)");
    let pages: Vec<_> = calls
        .rooms()
        .list()
        .state(RoomState::Open)
        .limit(3)
        .pages()
        .take(4)
        .try_collect()
        .await?;
    for (number, page) in pages.iter().enumerate() {
        println!("page {}:", number + 1);
        for listed in &page.items {
            println!("  {}", describe(listed));
        }
    }
    let found = pages
        .iter()
        .flat_map(|page| &page.items)
        .any(|r| r.room_id == room_id);
    println!("ours is among them: {found}");

    println!("\n== Custom items");
    let update = CustomItems::try_new([("topic", "updated"), ("stage", "demo")])?;
    let updated = calls.rooms().update_custom_items(room_id, update).await?;
    println!(
        "upserted {:?}; now {:?}",
        updated.updated,
        updated.custom_items.as_map()
    );
    let deleted = calls
        .rooms()
        .delete_custom_items(room_id, ["owner"])
        .await?;
    println!(
        "deleted {:?}; now {:?}",
        deleted.deleted,
        deleted.custom_items.as_map()
    );
    let room = calls.rooms().get(room_id).await?.room;
    println!("read back: {}", describe(&room));
    Ok(())
}

fn describe(room: &Room) -> String {
    format!(
        "{} ({}, {}, created_at {} ms, {} item(s))",
        room.room_id,
        room.room_type.as_ref().map_or("?", |t| t.as_str()),
        room.state.as_ref().map_or("?", |s| s.as_str()),
        room.created_at.unwrap_or_default(),
        room.custom_items.len()
    )
}
