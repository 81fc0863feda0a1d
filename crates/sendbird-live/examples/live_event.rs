//! The whole life cycle of a live event: create → ready → start → end, with a look at the
//! host, the participants and the list of live events on the way, and the transitions the
//! server refuses.
//!
//! ```sh
//! cargo run -p sendbird-live --example live_event          # against an in-process emulator
//! SENDBIRD_APP_ID=... SENDBIRD_API_TOKEN=... \
//!   cargo run -p sendbird-live --example live_event        # against your Sendbird application
//! SENDBIRD_LIVE_BASE_URL=http://127.0.0.1:8080/v1 \
//!   cargo run -p sendbird-live --example live_event        # against another server, e.g.
//!                                                          # `cargo run -p sendbird-emulator`
//! ```
//!
//! `SENDBIRD_LIVE_HOST_USER_ID` names the host candidate (default `live-example-host`; on
//! Sendbird it must be an existing user). With `SENDBIRD_LIVE_BASE_URL` the token is
//! `SENDBIRD_API_TOKEN`, or the emulator's default token when that is unset.
//!
//! Hosts and participants join through the Live client SDKs, not the Platform API; the
//! embedded emulator seeds some so that there is something to look at.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::error::Error;

use futures_util::TryStreamExt;
use sendbird_emulator::{Emulator, LiveHostSeed, LiveParticipantSeed, Seed};
use sendbird_live::models::{LiveEvent, LiveEventState};
use sendbird_live::{LiveClient, LiveErrorExt};

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The client, and the in-process emulator it talks to when no server was named.
async fn client() -> Result<(LiveClient, Option<Emulator>), Box<dyn Error>> {
    let builder = LiveClient::builder();
    let token = env("SENDBIRD_API_TOKEN");
    let (builder, token, emulator) =
        match (env("SENDBIRD_LIVE_BASE_URL"), env("SENDBIRD_APP_ID"), token) {
            (Some(base_url), _, token) => {
                println!("Using the Live API at {base_url}");
                let token =
                    token.unwrap_or_else(|| sendbird_emulator::DEFAULT_API_TOKEN.to_owned());
                (builder.base_url(base_url), token, None)
            }
            (None, Some(app_id), Some(token)) => {
                println!("Using Sendbird application {app_id}");
                (builder.app_id(app_id), token, None)
            }
            _ => {
                let emulator = Emulator::start().await?;
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
    let (live, emulator) = client().await?;
    let host_user = env("SENDBIRD_LIVE_HOST_USER_ID").unwrap_or_else(|| "live-example-host".into());
    let events = live.live_events();

    println!("\n== Created");
    let created = events
        .create([host_user.as_str()])
        .title("sendbird-rs example")
        .await?
        .live_event;
    let id = created.live_event_id.clone();
    show(&created);
    if let Some(emulator) = &emulator {
        // The host enters and connects from a client SDK.
        let at = created.created_at.unwrap_or_default();
        emulator.apply_seed(
            &Seed::new().live_host(
                LiveHostSeed::new(id.as_str(), host_user.as_str())
                    .entered_at(at + 1)
                    .connected_at(at + 2),
            ),
        )?;
    }

    let result = life_cycle(&live, &id, emulator.as_ref()).await;
    if result.is_err() {
        // Do not leave a live event running on a real application.
        if let Err(error) = events.end(&id).await {
            eprintln!("could not end {id}: {error}");
        }
    }
    result?;
    println!("\nDone.");
    Ok(())
}

async fn life_cycle(
    live: &LiveClient,
    id: &str,
    emulator: Option<&Emulator>,
) -> Result<(), Box<dyn Error>> {
    let events = live.live_events();

    println!("\n== Ready: participants may enter");
    let ready = events.set_ready(id).await?.live_event;
    show(&ready);
    if let Some(emulator) = emulator {
        // Three viewers enter from client SDKs; one of them has already left.
        let at = ready.set_ready_at.unwrap_or_default();
        let viewers = Seed::new()
            .live_participant(LiveParticipantSeed::new(id, "viewer-1").entered_at(at + 1))
            .live_participant(LiveParticipantSeed::new(id, "viewer-2").entered_at(at + 2))
            .live_participant(
                LiveParticipantSeed::new(id, "viewer-3")
                    .entered_at(at + 3)
                    .exited_at(at + 4),
            );
        emulator.apply_seed(&viewers)?;
    }

    println!("\n== Ongoing: participants get the host's media");
    let ongoing = events.start(id).await?.live_event;
    show(&ongoing);
    match events.host(id).await {
        Ok(answer) => {
            for host in answer.hosts() {
                let user = host.user.as_ref().map_or("?", |u| u.user_id.as_str());
                println!("host {} ({user}): {}", host.host_id, shown(&host.state));
            }
        }
        Err(error) => println!("no host yet: {error}"),
    }
    let participants: Vec<_> = events
        .participants(id)
        .limit(2)
        .stream()
        .try_collect()
        .await?;
    println!("{} participant(s), two per page:", participants.len());
    for participant in &participants {
        let user = participant
            .user
            .as_ref()
            .map_or("?", |u| u.user_id.as_str());
        println!("  {user}: {}", shown(&participant.state));
    }
    let listed = events
        .list()
        .state([LiveEventState::Ready, LiveEventState::Ongoing])
        .live_event_ids([id])
        .await?;
    println!(
        "listed among ready or ongoing events: {}",
        listed.live_events.iter().any(|e| e.live_event_id == id)
    );

    println!("\n== Refused: states never go back");
    refused("set ready", events.set_ready(id).await);

    println!("\n== Ended");
    let ended = events.end(id).await?.live_event;
    show(&ended);
    refused("start", events.start(id).await);
    Ok(())
}

fn show(event: &LiveEvent) {
    let state = event
        .state
        .clone()
        .unwrap_or(LiveEventState::Unknown(String::new()));
    println!(
        "{} is {state}: created_at {}, set_ready_at {}, started_at {}, ended_at {} (Unix ms)",
        event.live_event_id,
        shown(&event.created_at),
        shown(&event.set_ready_at),
        shown(&event.started_at),
        shown(&event.ended_at)
    );
    let next: Vec<&str> = state.next_states().iter().map(|s| s.as_str()).collect();
    println!(
        "  host streaming: {}, participants: {}, duration: {} ms, can move to: {}",
        shown(&event.is_host_streaming),
        shown(&event.participant_count),
        shown(&event.duration),
        if next.is_empty() {
            "nothing".to_owned()
        } else {
            next.join(", ")
        }
    );
}

/// An optional field as text: its value, or `-` when Sendbird left it out.
fn shown<T: std::fmt::Display>(value: &Option<T>) -> String {
    value.as_ref().map_or_else(|| "-".to_owned(), T::to_string)
}

fn refused<T>(action: &str, result: Result<T, sendbird_live::Error>) {
    match result {
        Ok(_) => println!("{action}: accepted (unexpected)"),
        Err(error) if error.is_invalid_state() => println!(
            "{action}: refused with code {} ({})",
            shown(&error.code()),
            error
                .as_api()
                .and_then(|api| api.error_type.as_deref())
                .unwrap_or("-")
        ),
        Err(error) => println!("{action}: failed: {error}"),
    }
}
