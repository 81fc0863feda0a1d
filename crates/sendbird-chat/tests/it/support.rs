//! Shared setup and assertions: an emulator, a `ChatClient` pointed at it (retries disabled),
//! the API-error check, file downloads and small message helpers.

use bytes::Bytes;
use sendbird_chat::models::{ChannelType, GroupChannel, Message, User};
use sendbird_chat::{ChatClient, Error};
use sendbird_core::layers::RetryConfig;
use sendbird_core::ClientBuilder;
use sendbird_emulator::{Emulator, Seed};
use tower::ServiceExt;

emulated_setup!(ChatClient, chat, chat_base_url);

/// A seed with the given users, each nicknamed after its id's capitalised form.
pub fn users<'a>(ids: impl IntoIterator<Item = &'a str>) -> Seed {
    ids.into_iter().fold(Seed::new(), |seed, id| {
        let mut chars = id.chars();
        let nickname: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        seed.user(id, nickname)
    })
}

/// Asserts that `result` failed as a Chat API error answered 400 with `code`; `case` names the
/// request in a failure. Returns the error.
#[track_caller]
pub fn refused<T: std::fmt::Debug>(result: Result<T, Error>, code: u32, case: &str) -> Error {
    sendbird_core::test_util::expect_api_error(result, case, code, 400)
}

/// The URL an upload was given (a profile image, a cover); panics naming `what` when it has
/// none or an empty one.
#[track_caller]
pub fn uploaded_url(url: Option<String>, what: &str) -> String {
    url.filter(|u| !u.is_empty())
        .unwrap_or_else(|| panic!("{what}: the upload got no URL"))
}

/// Creates a group channel of `members` with the custom type `custom_type`; returns its URL.
pub async fn channel_of_type(chat: &ChatClient, members: &[&str], custom_type: &str) -> String {
    chat.group_channels()
        .create(members)
        .custom_type(custom_type)
        .await
        .unwrap_or_else(|e| panic!("a {custom_type} channel of {members:?}: {e}"))
        .channel_url
}

/// GETs a URL the emulator serves (no API token needed for files): its content type and body.
pub async fn download(url: &str) -> (String, String) {
    let transport =
        sendbird_core::default_transport(sendbird_core::TransportConfig::new()).expect("transport");
    let request = http::Request::get(url).body(Bytes::new()).expect("request");
    let response = transport.oneshot(request).await.expect("download");
    assert_eq!(response.status(), 200, "{url}");
    let content_type = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let body = String::from_utf8(response.into_body().to_vec()).expect("utf-8");
    (content_type, body)
}

/// The messages of a channel, oldest first (up to `limit` after the start of time).
pub async fn history(
    chat: &ChatClient,
    channel_type: ChannelType,
    url: &str,
    limit: u32,
) -> Vec<Message> {
    chat.messages(channel_type, url)
        .list(0)
        .next_limit(limit)
        .await
        .expect("list messages")
        .messages
}

/// The messages of a group channel, oldest first (up to 200).
pub async fn group_history(chat: &ChatClient, url: &str) -> Vec<Message> {
    history(chat, ChannelType::GroupChannels, url, 200).await
}

/// A group channel with its members.
pub async fn group_members(chat: &ChatClient, url: &str) -> GroupChannel {
    chat.group_channels()
        .get(url)
        .show_member(true)
        .await
        .expect("get channel")
}

/// The sorted member ids of a group channel.
pub fn member_ids(channel: &GroupChannel) -> Vec<&str> {
    let mut ids: Vec<_> = channel.members.iter().map(|m| m.user_id.as_str()).collect();
    ids.sort_unstable();
    ids
}

/// The text of each message, in order (`None` for messages without text).
pub fn texts(messages: &[Message]) -> Vec<Option<String>> {
    messages
        .iter()
        .map(|m| m.text().map(str::to_owned))
        .collect()
}

/// The ids of `users`, in order.
pub fn user_ids(users: &[User]) -> Vec<&str> {
    users.iter().map(|u| u.user_id.as_str()).collect()
}

/// A fresh emulator holding user `user_id`, and a client of it that retries up to
/// `max_attempts` times from `initial_backoff` with no budget; `configure` may set more.
pub async fn retrying_client_with_user(
    user_id: &str,
    max_attempts: u32,
    initial_backoff: std::time::Duration,
    configure: impl FnOnce(ClientBuilder<ChatClient>) -> ClientBuilder<ChatClient>,
) -> (Emulator, ChatClient) {
    let emulator = Emulator::start().await.expect("emulator");
    let retry = RetryConfig::default()
        .max_attempts(max_attempts)
        .initial_backoff(initial_backoff)
        .without_budget();
    let builder = ChatClient::builder()
        .base_url(emulator.chat_base_url())
        .api_token(emulator.api_token())
        .retry(retry);
    let chat = configure(builder).build().expect("client");
    chat.users()
        .create(user_id, user_id, "")
        .await
        .expect("created");
    (emulator, chat)
}
