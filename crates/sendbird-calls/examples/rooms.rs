//! Creates a room, lists open rooms, updates the room's custom items, then deletes it.
//!
//! Against Sendbird:
//!
//! ```text
//! SENDBIRD_APP_ID=... SENDBIRD_API_TOKEN=... cargo run -p sendbird-calls --example rooms
//! ```
//!
//! Against a local server (the emulator, once it serves `/v1`):
//!
//! ```text
//! SENDBIRD_CALLS_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p sendbird-calls --example rooms
//! ```
//!
//! With `SENDBIRD_CALLS_BASE_URL` the token defaults to `emulator-token` when
//! `SENDBIRD_API_TOKEN` is unset. With neither setting the example explains itself and exits.
#![allow(clippy::print_stdout)]

use futures_util::TryStreamExt;
use sendbird_calls::models::{CustomItems, RoomState, RoomType};
use sendbird_calls::CallsClient;

fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}

fn client() -> Result<Option<CallsClient>, Box<dyn std::error::Error>> {
    let token = env("SENDBIRD_API_TOKEN");
    let builder = match (
        env("SENDBIRD_CALLS_BASE_URL"),
        env("SENDBIRD_APP_ID"),
        token.clone(),
    ) {
        (Some(base_url), _, _) => CallsClient::builder()
            .base_url(base_url)
            .api_token(token.unwrap_or_else(|| "emulator-token".to_owned())),
        (None, Some(app_id), Some(token)) => CallsClient::builder().app_id(app_id).api_token(token),
        _ => return Ok(None),
    };
    Ok(Some(builder.build()?))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(calls) = client()? else {
        println!(
            "Nothing to talk to: set SENDBIRD_APP_ID and SENDBIRD_API_TOKEN (a Sendbird \
             application), or SENDBIRD_CALLS_BASE_URL (e.g. http://127.0.0.1:8080/v1 for a \
             local emulator)."
        );
        return Ok(());
    };

    let items = CustomItems::try_new([("topic", "sendbird-rs example")])?;
    let room = calls
        .rooms()
        .create(RoomType::SmallRoomForVideo)
        .custom_items(items)
        .await?
        .room;
    println!("created room {} ({:?})", room.room_id, room.state);

    let open: Vec<_> = calls
        .rooms()
        .list()
        .state(RoomState::Open)
        .limit(10)
        .stream()
        .try_collect()
        .await?;
    println!("{} open room(s):", open.len());
    for listed in &open {
        println!("  {} {:?}", listed.room_id, listed.room_type);
    }

    let update = CustomItems::try_new([("topic", "updated"), ("owner", "example")])?;
    let updated = calls
        .rooms()
        .update_custom_items(&room.room_id, update)
        .await?;
    println!(
        "custom items now {:?} (changed: {:?})",
        updated.custom_items.as_map(),
        updated.updated
    );

    let deleted = calls.rooms().delete(&room.room_id).await?;
    let state = deleted.room.and_then(|r| r.state);
    println!("deleted room {} (state {:?})", room.room_id, state);
    Ok(())
}
