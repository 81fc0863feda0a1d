//! Webhooks end to end: the emulator posts events to the SDK's receiver service served by
//! hyper on loopback.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use sendbird_chat::models::ChannelType;
use sendbird_chat::webhooks::{self, Delivery, WebhookEvent};
use sendbird_chat::ChatClient;
use sendbird_core::test_util::find_listed;
use sendbird_core::test_util::strs;
use sendbird_core::{webhook, ApiToken};
use sendbird_emulator::{Emulator, WebhookDelivery};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tower::{Service, ServiceExt};

use crate::support::start;

const WAIT: Duration = Duration::from_secs(10);

/// Serves `service` over HTTP/1.1 on a free loopback port; returns `http://127.0.0.1:PORT/hook`.
async fn serve<S>(service: S) -> String
where
    S: Service<http::Request<Incoming>, Response = http::Response<Full<Bytes>>, Error = Infallible>
        + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let service = TowerToHyperService::new(service.clone());
            tokio::spawn(async move {
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    format!("http://{addr}/hook")
}

/// An emulator posting every category to a receiver that queues events on a channel.
async fn wired() -> (Emulator, ChatClient, mpsc::Receiver<Delivery<WebhookEvent>>) {
    let token = "webhook-master-token";
    let (receiver, events) = webhooks::channel_receiver(token, 256);
    let url = serve(receiver).await;
    let (emulator, chat) = start(Emulator::builder().api_token(token).webhook_url(url)).await;
    (emulator, chat, events)
}

fn drain(events: &mut mpsc::Receiver<Delivery<WebhookEvent>>) -> Vec<Delivery<WebhookEvent>> {
    let mut all = Vec::new();
    while let Ok(delivery) = events.try_recv() {
        all.push(delivery);
    }
    all
}

fn categories(deliveries: &[Delivery<WebhookEvent>]) -> Vec<&str> {
    deliveries.iter().map(|d| d.event.category()).collect()
}

fn assert_signed(log: &[WebhookDelivery], token: &str) {
    for delivery in log {
        let expected =
            webhook::sign(delivery.body.as_bytes(), &ApiToken::new(token)).expect("signs");
        assert_eq!(delivery.signature, expected, "{}", delivery.category);
        assert!(delivery.delivered(), "{delivery:?}");
        assert_eq!(delivery.attempts.len(), 1);
    }
}

#[tokio::test]
async fn state_changes_arrive_as_typed_verified_events() {
    let (emulator, chat, mut events) = wired().await;
    for (id, name) in [("alice", "Alice"), ("bob", "Bob"), ("carol", "Carol")] {
        chat.users().create(id, name, "").await.expect("user");
    }
    chat.users()
        .update_channel_invitation_preference("carol", false)
        .await
        .expect("carol accepts invitations herself");
    let channel = chat
        .group_channels()
        .create(["alice", "bob"])
        .name("Launch")
        .inviter_id("alice")
        .await
        .expect("channel");
    let url = channel.channel_url.clone();
    let sent = chat
        .messages(ChannelType::GroupChannels, url.clone())
        .send_text("alice", "Hello webhooks")
        .await
        .expect("message");
    chat.group_channels()
        .invite(&url, ["carol"])
        .inviter_id("alice")
        .await
        .expect("invite");
    chat.group_channel(url.clone())
        .freeze(true)
        .await
        .expect("freeze");
    chat.user("bob").block(["alice"]).await.expect("block");

    assert!(emulator.wait_for_webhooks(WAIT).await, "deliveries finish");
    let log = emulator.webhook_deliveries();
    assert_signed(&log, emulator.api_token());
    let deliveries = drain(&mut events);
    assert_eq!(
        categories(&deliveries),
        [
            "group_channel:create",
            "group_channel:join",
            "group_channel:message_send",
            "group_channel:invite",
            "group_channel:freeze_unfreeze",
            "user:block",
        ]
    );
    // What reached the handler is what the emulator logged, signature included.
    for (delivery, logged) in deliveries.iter().zip(&log) {
        assert_eq!(delivery.dedup_key(), logged.signature);
        assert_eq!(delivery.event.category(), logged.category);
        assert_eq!(delivery.event.app_id(), Some(emulator.app_id()));
    }

    let WebhookEvent::GroupChannelCreate(created) = &deliveries[0].event else {
        panic!("{:?}", deliveries[0].event)
    };
    assert_eq!(created.channel.channel_url, url);
    assert_eq!(created.channel.name.as_deref(), Some("Launch"));
    assert_eq!(
        created.inviter.as_ref().map(|u| u.user_id.as_str()),
        Some("alice")
    );
    assert!(created.members.is_empty(), "include_members is off");
    let WebhookEvent::GroupChannelJoin(joined) = &deliveries[1].event else {
        panic!("join")
    };
    let mut joined: Vec<&str> = joined.users.iter().map(|u| u.user_id.as_str()).collect();
    joined.sort();
    assert_eq!(joined, ["alice", "bob"]);
    let WebhookEvent::GroupChannelMessageSend(message) = &deliveries[2].event else {
        panic!("message_send")
    };
    assert_eq!(message.payload.message_id, sent.message_id());
    assert_eq!(message.payload.message.as_deref(), Some("Hello webhooks"));
    assert_eq!(message.payload.created_at, Some(sent.created_at()));
    assert_eq!(
        message.sender.as_ref().and_then(|u| u.nickname.as_deref()),
        Some("Alice")
    );
    assert_eq!(message.sdk.as_deref(), Some("API"));
    let WebhookEvent::GroupChannelInvite(invite) = &deliveries[3].event else {
        panic!("invite")
    };
    assert_eq!(invite.invitees[0].user_id, "carol");
    assert_eq!(
        invite.inviter.as_ref().map(|u| u.user_id.as_str()),
        Some("alice")
    );
    let WebhookEvent::GroupChannelFreezeUnfreeze(freeze) = &deliveries[4].event else {
        panic!("freeze")
    };
    assert_eq!(freeze.is_frozen(), Some(true));
    assert_eq!(freeze.channel.channel_url, url);
    let WebhookEvent::UserBlock(block) = &deliveries[5].event else {
        panic!("block")
    };
    assert_eq!(
        block.blocker.as_ref().map(|u| u.user_id.as_str()),
        Some("bob")
    );
    assert_eq!(
        block.blockee.as_ref().map(|u| u.user_id.as_str()),
        Some("alice")
    );
    // Every logged body is what the emulator sent, with the documented headers' signature.
    assert!(log.iter().all(|d| d.json()["category"] == d.category));
}

#[tokio::test]
async fn settings_choose_categories_and_members() {
    let (emulator, chat, mut events) = wired().await;
    for id in ["dan", "eve"] {
        chat.users().create(id, id, "").await.expect("user");
    }
    let url = chat
        .group_channels()
        .create(["dan", "eve"])
        .await
        .expect("channel")
        .channel_url;
    chat.application()
        .update_webhook_settings()
        .enabled_events(["group_channel:message_send", "group_channel:message_read"])
        .include_members(true)
        .await
        .expect("settings");
    emulator.clear_webhook_deliveries();
    assert!(emulator.wait_for_webhooks(WAIT).await);
    drain(&mut events);

    let messages = chat.messages(ChannelType::GroupChannels, url.clone());
    messages.send_text("dan", "one").await.expect("send");
    messages.send_text("dan", "two").await.expect("send");
    chat.group_channels()
        .update(&url)
        .name("renamed, not subscribed")
        .await
        .expect("update");
    chat.group_channel_messages(url.clone())
        .mark_as_read("eve")
        .await
        .expect("read");
    assert!(emulator.wait_for_webhooks(WAIT).await);
    let deliveries = drain(&mut events);
    assert_eq!(
        categories(&deliveries),
        [
            "group_channel:message_send",
            "group_channel:message_send",
            "group_channel:message_read"
        ]
    );
    let WebhookEvent::GroupChannelMessageSend(second) = &deliveries[1].event else {
        panic!("message_send")
    };
    let eve = find_listed(&second.members, |m| m.user_id == "eve", "members included");
    assert_eq!(eve.channel_unread_message_count, Some(2));
    assert_eq!(eve.is_blocking_sender, Some(false));
    let WebhookEvent::GroupChannelMessageRead(read) = &deliveries[2].event else {
        panic!("message_read")
    };
    assert_eq!(read.read_updates[0].user_id, "eve");
    assert_eq!(read.read_updates[0].channel_unread_message_count, Some(0));

    // Turned off: nothing more is posted.
    chat.application()
        .update_webhook_settings()
        .enabled(false)
        .await
        .expect("off");
    messages.send_text("dan", "three").await.expect("send");
    assert!(emulator.wait_for_webhooks(WAIT).await);
    assert_eq!(emulator.webhook_deliveries().len(), 3);
}

#[tokio::test]
async fn a_wrong_signature_gets_401_and_never_reaches_the_handler() {
    // The receiver knows a different master token than the one the emulator signs with.
    let handled = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&handled);
    let receiver = webhooks::receiver("not-the-master-token", move |_delivery| {
        let counter = Arc::clone(&counter);
        async move {
            counter.fetch_add(1, Ordering::SeqCst);
        }
    });
    let url = serve(receiver.clone()).await;
    let (emulator, chat) = start(
        Emulator::builder()
            .webhook_url(url)
            .webhook_retry_backoff(Duration::from_millis(1)),
    )
    .await;
    chat.users()
        .create("frank", "Frank", "")
        .await
        .expect("user");
    chat.users().create("gina", "Gina", "").await.expect("user");
    chat.user("frank").block(["gina"]).await.expect("block");
    assert!(emulator.wait_for_webhooks(WAIT).await);
    let log = emulator.webhook_deliveries();
    assert_eq!(log.len(), 1);
    let statuses: Vec<Option<u16>> = log[0].attempts.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Some(401), Some(401), Some(401)]);
    assert!(!log[0].delivered() && log[0].finished);

    // A delivery signed with the right token but altered in transit: 401 too.
    let body = log[0].body.clone().replace("frank", "mallory");
    let request = http::Request::post("/hook")
        .header(webhook::SIGNATURE_HEADER, log[0].signature.clone())
        .body(Full::new(Bytes::from(body)))
        .expect("request");
    let correct = webhooks::receiver(emulator.api_token(), |_delivery| async {});
    let answer = correct.oneshot(request).await.expect("infallible");
    assert_eq!(answer.status(), 401);
    tokio::task::yield_now().await;
    assert_eq!(handled.load(Ordering::SeqCst), 0, "the handler never ran");
}

#[tokio::test]
async fn a_receiver_failing_twice_gets_the_event_a_third_time() {
    let token = "retry-token";
    let (receiver, mut events) = webhooks::channel_receiver(token, 16);
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let flaky = tower::service_fn(move |request: http::Request<Incoming>| {
        let receiver = receiver.clone();
        let attempt = counter.fetch_add(1, Ordering::SeqCst);
        async move {
            if attempt < 2 {
                let mut busy = http::Response::new(Full::new(Bytes::from_static(b"try again")));
                *busy.status_mut() = http::StatusCode::INTERNAL_SERVER_ERROR;
                return Ok::<_, Infallible>(busy);
            }
            receiver.oneshot(request).await
        }
    });
    let url = serve(flaky).await;
    let (emulator, chat) = start(
        Emulator::builder()
            .api_token(token)
            .webhook_url(url)
            .webhook_retry_backoff(Duration::from_millis(5)),
    )
    .await;
    chat.open_channels()
        .create()
        .name("lobby")
        .await
        .expect("open channel");
    assert!(emulator.wait_for_webhooks(WAIT).await);
    let log = emulator.webhook_deliveries();
    assert_eq!(log.len(), 1);
    let statuses: Vec<Option<u16>> = log[0].attempts.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Some(500), Some(500), Some(200)]);
    let deliveries = drain(&mut events);
    assert_eq!(deliveries.len(), 1, "handed off once, on the third attempt");
    let WebhookEvent::OpenChannelCreate(created) = &deliveries[0].event else {
        panic!("{:?}", deliveries[0].event)
    };
    assert_eq!(created.channel.name.as_deref(), Some("lobby"));
}

#[tokio::test]
async fn an_unreachable_receiver_never_blocks_the_api() {
    // Nothing listens there; every attempt fails fast and is logged.
    let (emulator, chat) = start(
        Emulator::builder()
            .webhook_url("http://127.0.0.1:9/unreachable")
            .webhook_retry_backoff(Duration::from_millis(1))
            .webhook_timeout(Duration::from_millis(500)),
    )
    .await;
    chat.users().create("hal", "Hal", "").await.expect("user");
    let url = chat
        .group_channels()
        .create(["hal"])
        .await
        .expect("channel answered at once")
        .channel_url;
    chat.group_channels().delete(&url).await.expect("delete");
    assert!(emulator.wait_for_webhooks(WAIT).await);
    let log = emulator.webhook_deliveries();
    let categories = strs(&log, |d| d.category.as_str());
    assert_eq!(
        categories,
        [
            "group_channel:create",
            "group_channel:join",
            "group_channel:remove"
        ]
    );
    assert!(log.iter().all(|d| d.finished
        && d.attempts.len() == 3
        && d.attempts.iter().all(|a| a.status.is_none())));
}
