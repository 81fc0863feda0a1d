//! The whole life cycle of a live event: create → ready → start → end, with a look at the
//! host, the participants and the list of ongoing events on the way.
//!
//! Against Sendbird:
//!
//! ```sh
//! SENDBIRD_APP_ID=... SENDBIRD_API_TOKEN=... cargo run -p sendbird-live --example live_event
//! ```
//!
//! Against another server (e.g. the emulator serving `/v1`):
//!
//! ```sh
//! SENDBIRD_LIVE_BASE_URL=http://127.0.0.1:8080/v1 SENDBIRD_API_TOKEN=... \
//!     cargo run -p sendbird-live --example live_event
//! ```
//!
//! `SENDBIRD_LIVE_HOST_USER_ID` names the host candidate (default `live-example-host`; on
//! Sendbird it must be an existing user). Without credentials the example explains what it
//! needs and exits successfully.
#![allow(clippy::print_stdout)]

use futures_util::TryStreamExt;
use sendbird_live::models::LiveEventState;
use sendbird_live::{LiveClient, LiveErrorExt};

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn client() -> Result<Option<LiveClient>, sendbird_live::Error> {
    let Some(token) = env("SENDBIRD_API_TOKEN") else {
        return Ok(None);
    };
    let builder = LiveClient::builder().api_token(token);
    let builder = match (env("SENDBIRD_LIVE_BASE_URL"), env("SENDBIRD_APP_ID")) {
        (Some(base_url), _) => builder.base_url(base_url),
        (None, Some(app_id)) => builder.app_id(app_id),
        (None, None) => return Ok(None),
    };
    Ok(Some(builder.build()?))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(live) = client()? else {
        println!(
            "This example needs credentials: set SENDBIRD_APP_ID and SENDBIRD_API_TOKEN \
             (or SENDBIRD_LIVE_BASE_URL and SENDBIRD_API_TOKEN to use another server, \
             such as the emulator). Nothing to do."
        );
        return Ok(());
    };
    let host_user = env("SENDBIRD_LIVE_HOST_USER_ID").unwrap_or_else(|| "live-example-host".into());
    let events = live.live_events();

    let created = events
        .create([host_user.as_str()])
        .title("sendbird-rs example")
        .await?
        .live_event;
    let id = created.live_event_id.clone();
    println!("created {id}: {:?}", created.state);

    let mut state = created.state.unwrap_or(LiveEventState::Created);
    for next in [
        LiveEventState::Ready,
        LiveEventState::Ongoing,
        LiveEventState::Ended,
    ] {
        if !state.can_transition_to(&next) {
            println!("{state} cannot move to {next}; stopping");
            break;
        }
        if next == LiveEventState::Ongoing {
            let ongoing: Vec<_> = events
                .list()
                .live_event_ids([id.as_str()])
                .limit(10)
                .stream()
                .try_collect()
                .await?;
            println!(
                "listed {} event(s) with this id before starting",
                ongoing.len()
            );
        }
        let event = match next {
            LiveEventState::Ready => events.set_ready(&id).await,
            LiveEventState::Ongoing => events.start(&id).await,
            _ => events.end(&id).await,
        };
        let event = match event {
            Ok(response) => response.live_event,
            Err(err) if err.is_invalid_state() => {
                println!("the server refused {state} -> {next}: {err}");
                break;
            }
            Err(err) => return Err(err.into()),
        };
        state = event
            .state
            .unwrap_or(LiveEventState::Unknown(String::new()));
        println!(
            "{id} is now {state} (started_at {:?}, ended_at {:?})",
            event.started_at, event.ended_at
        );
        if state == LiveEventState::Ongoing {
            match events.host(&id).await {
                Ok(hosts) => println!("hosts: {}", hosts.hosts().count()),
                Err(err) => println!("no host yet: {err}"),
            }
            let participants: Vec<_> = events
                .participants(&id)
                .limit(100)
                .stream()
                .try_collect()
                .await?;
            println!("participants: {}", participants.len());
        }
    }
    Ok(())
}
