//! The sendbird-rs quickstart: users, a distinct group channel, messages (one uploaded file),
//! paging through the history, channel metadata, and cleanup.
//!
//! ```sh
//! cargo run --example quickstart                      # against an in-process emulator
//! SENDBIRD_APP_ID=... SENDBIRD_API_TOKEN=... \
//!   cargo run --example quickstart                    # against your Sendbird application
//! ```

use std::collections::HashMap;
use std::error::Error;
use std::time::{SystemTime, UNIX_EPOCH};

use futures_util::TryStreamExt;
use sendbird_chat::messages::HistoryDirection;
use sendbird_chat::models::{ChannelType, Message};
use sendbird_chat::{ChatClient, FilePart};
use sendbird_emulator::Emulator;

/// A 1×1 transparent PNG, uploaded as Alice's profile picture.
const AVATAR_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    // Real Sendbird when both variables are set; otherwise an emulator inside this process.
    let (chat, _emulator) = match (
        std::env::var("SENDBIRD_APP_ID"),
        std::env::var("SENDBIRD_API_TOKEN"),
    ) {
        (Ok(app_id), Ok(token)) if !app_id.is_empty() && !token.is_empty() => {
            println!("Using Sendbird application {app_id}");
            (
                ChatClient::builder()
                    .app_id(app_id)
                    .api_token(token)
                    .build()?,
                None,
            )
        }
        _ => {
            let emulator = Emulator::start().await?;
            println!(
                "Using the embedded emulator at {}",
                emulator.chat_base_url()
            );
            let chat = ChatClient::builder()
                .base_url(emulator.chat_base_url())
                .api_token(emulator.api_token())
                .build()?;
            (chat, Some(emulator))
        }
    };

    let run_id = SystemTime::now().duration_since(UNIX_EPOCH)?.as_millis();
    let alice_id = format!("quickstart-alice-{run_id}");
    let bob_id = format!("quickstart-bob+{run_id}@example.com");

    let result = scenario(&chat, &alice_id, &bob_id).await;
    cleanup(
        &chat,
        &alice_id,
        &bob_id,
        result.as_ref().ok().map(String::as_str),
    )
    .await;
    result.map(|_| println!("\nDone: everything the quickstart created was deleted."))
}

/// Runs the scenario; returns the channel URL so that cleanup can delete it.
async fn scenario(
    chat: &ChatClient,
    alice_id: &str,
    bob_id: &str,
) -> Result<String, Box<dyn Error>> {
    println!("\n== Users");
    let alice = chat
        .users()
        .create(alice_id, "Alice", "")
        .profile_file(FilePart::new("alice.png", AVATAR_PNG))
        .await?;
    println!(
        "created {} (profile picture uploaded: {})",
        alice.user_id,
        alice.profile_url.as_deref().unwrap_or("-")
    );
    let bob = chat.users().create(bob_id, "Bob", "").await?;
    println!("created {}", bob.user_id);

    println!("\n== A distinct group channel");
    let channel = chat
        .group_channels()
        .create([alice_id, bob_id])
        .name("Alice & Bob")
        .is_distinct(true)
        .await?;
    let again = chat
        .group_channels()
        .create([bob_id, alice_id])
        .is_distinct(true)
        .await?;
    println!(
        "channel {} ({} members)",
        channel.channel_url,
        channel.member_count.unwrap_or(0)
    );
    println!(
        "creating it again returns the same channel: {}",
        again.channel_url == channel.channel_url
    );

    println!("\n== Messages");
    let messages = chat.messages(ChannelType::GroupChannels, channel.channel_url.clone());
    messages.send_text(alice_id, "Hi Bob! 👋").await?;
    messages
        .send_text(bob_id, "Hey Alice, sending you the notes.")
        .await?;
    let file = messages
        .send_file(
            bob_id,
            FilePart::new("notes.txt", "1. ship the SDK\n2. celebrate\n"),
        )
        .await?;
    messages.send_text(alice_id, "Got them, thanks!").await?;
    messages
        .send_admin("Alice and Bob are now connected.")
        .await?;
    println!(
        "sent 5 messages, including file message {}",
        file.message_id()
    );

    println!("\n== Paging through the history, two messages per request");
    let history: Vec<Message> = messages
        .history(HistoryDirection::Newer, 0)
        .window(2)
        .stream()
        .try_collect()
        .await?;
    for message in &history {
        println!("  {}", describe(message));
    }
    let total = messages.total_count().await?;
    println!(
        "{} messages in the history; the server counts {}",
        history.len(),
        total.total
    );

    println!("\n== Channel metadata");
    let metadata = chat.channel_metadata(ChannelType::GroupChannels, channel.channel_url.clone());
    metadata
        .create([("topic", "SDK launch"), ("priority", "high")])
        .await?;
    let stored: HashMap<String, String> = metadata.get().await?.into_iter().collect();
    let mut keys: Vec<_> = stored.iter().collect();
    keys.sort();
    for (key, value) in keys {
        println!("  {key} = {value}");
    }
    Ok(channel.channel_url)
}

fn describe(message: &Message) -> String {
    let who = message
        .sender()
        .map(|user| {
            user.nickname
                .clone()
                .unwrap_or_else(|| user.user_id.clone())
        })
        .unwrap_or_else(|| "admin".to_owned());
    match message {
        Message::File(file) => format!(
            "[{}] {who} sent a file: {}",
            message.message_id(),
            file.file
                .as_ref()
                .and_then(|f| f.name.clone())
                .unwrap_or_default()
        ),
        _ => format!(
            "[{}] {who}: {}",
            message.message_id(),
            message.text().unwrap_or_default()
        ),
    }
}

async fn cleanup(chat: &ChatClient, alice_id: &str, bob_id: &str, channel_url: Option<&str>) {
    println!("\n== Cleanup");
    if let Some(url) = channel_url {
        report("channel", chat.group_channels().delete(url).await.map(drop));
    }
    report(alice_id, chat.users().delete(alice_id).await.map(drop));
    report(bob_id, chat.users().delete(bob_id).await.map(drop));
}

fn report(what: &str, result: Result<(), sendbird_chat::Error>) {
    match result {
        Ok(()) => println!("deleted {what}"),
        Err(error) => eprintln!("could not delete {what}: {error}"),
    }
}
