//! `data_export` against the emulator: exports complete (wait helper, or the emulator clock),
//! and their file URL serves the requested objects as JSON or CSV.

use std::time::Duration;

use sendbird_chat::data_export::{DataExport, DataExports, DataType, ExportFormat, ExportStatus};
use sendbird_chat::models::ChannelType;
use sendbird_chat::ChatClient;
use sendbird_emulator::{Emulator, Seed};

use crate::support::{download, refused, seeded, users};
use sendbird_core::test_util::collect_ok;
use sendbird_core::test_util::strs;

const ROOM: &str = "export/ü room";
const LOBBY: &str = "export-lobby";
const HOUR: i64 = 3_600_000;
const POLL: Duration = Duration::from_millis(20);
const PATIENCE: Duration = Duration::from_secs(10);

fn seed() -> Seed {
    users(["alice", "bob"])
        .group_channel(ROOM, ["alice", "bob"])
        .open_channel(LOBBY, "Lobby")
}

/// The seeded emulator after [`send_some`], its client and its clock's time.
async fn with_messages_sent() -> (Emulator, ChatClient, i64) {
    let (emulator, chat) = seeded(seed()).await;
    send_some(&chat).await;
    let now = emulator.now_ms();
    (emulator, chat, now)
}

/// The `field` string of every object in array `list` of the JSON file `done` exported.
async fn exported_json_strings(done: DataExport, list: &str, field: &str) -> Vec<String> {
    let (_, body) = download(&done.file.expect("file").url).await;
    let data: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    data[list]
        .as_array()
        .expect(list)
        .iter()
        .filter_map(|item| item[field].as_str().map(str::to_owned))
        .collect()
}

/// Export `request_id`, once it has completed.
async fn completed(exports: &DataExports<'_>, request_id: &str) -> DataExport {
    exports
        .wait_until_done(request_id, POLL, PATIENCE)
        .await
        .unwrap_or_else(|e| panic!("export {request_id} completes: {e}"))
}

async fn send_some(chat: &ChatClient) {
    let room = chat.messages(ChannelType::GroupChannels, ROOM);
    room.send_text("alice", "one").await.expect("send");
    room.send_text("bob", "two").await.expect("send");
    chat.messages(ChannelType::OpenChannels, LOBBY)
        .send_text("alice", "three, in the lobby")
        .await
        .expect("send");
}

#[tokio::test]
async fn a_messages_export_completes_and_its_file_has_the_messages() {
    let (_emulator, chat, now) = with_messages_sent().await;
    let exports = chat.exports(DataType::Messages);

    let export = exports
        .register(now - HOUR, now + HOUR)
        .channel_urls([ROOM])
        .await
        .expect("register");
    assert_eq!(export.data_type, Some(DataType::Messages));
    assert_eq!(export.status, Some(ExportStatus::Scheduled));
    assert_eq!(export.format, Some(ExportFormat::Json));
    assert_eq!(export.timezone.as_deref(), Some("UTC"));
    assert_eq!(export.channel_urls, [ROOM]);
    assert_eq!(export.file, None);

    let done = completed(&exports, &export.request_id).await;
    assert_eq!(done.status, Some(ExportStatus::Done));
    let file = done.file.expect("file");
    assert_eq!(file.expires_at, export.created_at + 7 * 24 * HOUR);
    let (content_type, body) = download(&file.url).await;
    assert_eq!(content_type, "application/json");
    let data: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let messages = data["messages"].as_array().expect("messages");
    let texts: Vec<&str> = messages
        .iter()
        .filter_map(|m| m["message"].as_str())
        .collect();
    assert_eq!(texts, ["one", "two"]);
    assert_eq!(messages[0]["user"]["user_id"], "alice");
    assert_eq!(messages[1]["channel_url"], ROOM);
}

#[tokio::test]
async fn csv_exports_filter_by_sender() {
    let (_emulator, chat, now) = with_messages_sent().await;
    let exports = chat.exports(DataType::Messages);
    let export = exports
        .register(now - HOUR, now + HOUR)
        .format(ExportFormat::Csv)
        .csv_delimiter(";")
        .sender_ids(["alice"])
        .await
        .expect("register");
    let done = completed(&exports, &export.request_id).await;
    let (content_type, body) = download(&done.file.expect("file").url).await;
    assert_eq!(content_type, "text/csv");
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines[0],
        "message_id;type;channel_url;channel_type;user.user_id;message;custom_type;data;\
         created_at;updated_at"
    );
    assert_eq!(lines.len(), 3, "{body}");
    assert!(
        lines[1].contains(";MESG;export/ü room;group;alice;one;"),
        "{body}"
    );
    assert!(lines[2].contains(";alice;three, in the lobby;"), "{body}");
}

#[tokio::test]
async fn exports_complete_on_the_clock_and_list_newest_first() {
    let (emulator, chat) = seeded(seed()).await;
    let now = emulator.now_ms();
    let users = chat.exports(DataType::Users);
    let first = users.register(now - HOUR, now + HOUR).await.expect("first");
    let second = users
        .register(now - HOUR, now + HOUR)
        .user_ids(["bob"])
        .await
        .expect("second");
    chat.exports(DataType::Channels)
        .register(now - HOUR, now + HOUR)
        .await
        .expect("another data type");

    let listed: Vec<DataExport> = collect_ok(users.list().limit(1).stream(), "list").await;
    let ids = strs(&listed, |e| e.request_id.as_str());
    assert_eq!(ids, [second.request_id.as_str(), first.request_id.as_str()]);
    assert!(listed.iter().all(|e| e.data_type.is_none()));
    assert!(listed
        .iter()
        .all(|e| e.status == Some(ExportStatus::Scheduled)));

    // Once the processing time has passed, the next request sees them done.
    emulator.advance_clock(Duration::from_secs(120));
    let listed = users.list().await.expect("list");
    assert!(listed.exported_data.iter().all(DataExport::is_finished));
    let done = users.get(&second.request_id).await.expect("get");
    let exported = exported_json_strings(done, "users", "user_id").await;
    assert_eq!(exported, ["bob"]);

    // A channels export with the emulator's channels.
    let channels = chat.exports(DataType::Channels);
    let channel_exports = channels.list().await.expect("list channels");
    let done = channels
        .get(&channel_exports.exported_data[0].request_id)
        .await
        .expect("get");
    let urls = exported_json_strings(done, "channels", "channel_url").await;
    assert_eq!(urls, [ROOM, LOBBY]);
}

#[tokio::test]
async fn documented_errors() {
    let (emulator, chat) = seeded(seed()).await;
    let now = emulator.now_ms();
    let messages = chat.exports(DataType::Messages);
    refusals! { refused;
        messages.register(now - 32 * 24 * HOUR, now) => 400113, "more than 31 days";
        messages.register(now, now - HOUR) => 400111, "end before start";
    }
    let senders: Vec<String> = (0..11).map(|i| format!("u{i}")).collect();
    refusals! { refused;
        messages.register(now - HOUR, now).sender_ids(senders) => 400203, "more than 10 senders";
        messages.register(now - HOUR, now).csv_delimiter("||")
            => 400111, "a two-character delimiter";
        chat.exports(DataType::from("polls")).list() => 400111, "unknown data type";
    }

    // Unknown ids, also under another data type.
    let export = messages.register(now - HOUR, now).await.expect("register");
    refusals! { refused;
        chat.exports(DataType::Users).get(&export.request_id)
            => 400201, "another data type's export";
        messages.get("0123456789abcde") => 400201, "unknown";
    }
}
