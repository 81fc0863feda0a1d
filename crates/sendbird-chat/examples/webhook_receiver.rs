//! A webhook receiver on loopback, fed by the emulator: the receiver is the SDK's
//! `tower::Service` (verify the signature, parse, hand off, answer 200) served by hyper; the
//! emulator posts what Sendbird would post while the example creates users and a channel and
//! sends messages; the example prints the typed events it received.
//!
//! ```sh
//! cargo run -p sendbird-chat --example webhook_receiver
//! ```
//!
//! In production, serve the same receiver at the URL set in the dashboard (or with
//! `chat.application().update_webhook_settings()`), keyed with the master API token.

use std::collections::HashSet;
use std::error::Error;
use std::net::SocketAddr;
use std::time::Duration;

use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use sendbird_chat::models::ChannelType;
use sendbird_chat::webhooks::{self, WebhookEvent};
use sendbird_chat::ChatClient;
use sendbird_emulator::Emulator;
use tokio::net::TcpListener;

const MASTER_TOKEN: &str = "example-master-token";

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    // 1. The receiver: events are queued on a channel, the answer is immediate.
    let (receiver, mut events) = webhooks::channel_receiver(MASTER_TOKEN, 64);
    let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await?;
    let url = format!("http://{}/sendbird/events", listener.local_addr()?);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let service = TowerToHyperService::new(receiver.clone());
            tokio::spawn(async move {
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    println!("receiver listening on {url}");

    // 2. The emulator posts every Chat event there, signed with its master token.
    let emulator = Emulator::builder()
        .api_token(MASTER_TOKEN)
        .webhook_url(url)
        .start()
        .await?;
    let chat = ChatClient::builder()
        .base_url(emulator.chat_base_url())
        .api_token(emulator.api_token())
        .build()?;

    // 3. Some activity.
    chat.users().create("alice", "Alice", "").await?;
    chat.users().create("bob", "Bob", "").await?;
    let channel = chat
        .group_channels()
        .create(["alice", "bob"])
        .name("Webhooks demo")
        .inviter_id("alice")
        .await?;
    let messages = chat.messages(ChannelType::GroupChannels, channel.channel_url.clone());
    messages.send_text("alice", "Hi Bob!").await?;
    messages
        .send_text("bob", "Hi Alice, got your webhook?")
        .await?;
    chat.group_channel(channel.channel_url.clone())
        .freeze(true)
        .await?;

    // 4. What arrived.
    if !emulator.wait_for_webhooks(Duration::from_secs(10)).await {
        return Err("the emulator did not finish its deliveries".into());
    }
    let mut seen = HashSet::new();
    let mut received = 0;
    while let Ok(delivery) = events.try_recv() {
        if !seen.insert(delivery.dedup_key().to_owned()) {
            continue; // a resend of an event already handled
        }
        received += 1;
        println!("{}", describe(&delivery.event));
    }
    let expected = emulator.webhook_deliveries().len();
    println!("\n{received} events received and verified ({expected} posted by the emulator)");
    if received != expected || received == 0 {
        return Err(format!("expected {expected} events, received {received}").into());
    }
    emulator.shutdown().await;
    Ok(())
}

fn describe(event: &WebhookEvent) -> String {
    let what = match event {
        WebhookEvent::GroupChannelCreate(created) => format!(
            "channel {:?} created by {}",
            created.channel.name.as_deref().unwrap_or_default(),
            created
                .inviter
                .as_ref()
                .map_or("the API", |u| u.user_id.as_str())
        ),
        WebhookEvent::GroupChannelJoin(joined) => {
            let users: Vec<&str> = joined.users.iter().map(|u| u.user_id.as_str()).collect();
            format!("{} joined", users.join(", "))
        }
        WebhookEvent::GroupChannelMessageSend(message) => format!(
            "{} said {:?}",
            message
                .sender
                .as_ref()
                .map_or("admin", |u| u.user_id.as_str()),
            message.payload.message.as_deref().unwrap_or_default()
        ),
        WebhookEvent::GroupChannelFreezeUnfreeze(freeze) => {
            format!("frozen: {}", freeze.is_frozen().unwrap_or(false))
        }
        other => format!("({})", other.variant_name()),
    };
    format!("  {:<30} {what}", event.category())
}
