//! [`MessageHistory`]: a channel's history as a `Stream`, walked window by window.

use std::collections::HashSet;
use std::future::Future;

use futures_util::stream::{self, Stream, TryStreamExt};
use sendbird_core::{Client, Error};

use super::ListMessages;
use crate::models::Message;

/// The largest window Sendbird serves (`prev_limit`/`next_limit` accept 0–200).
const MAX_WINDOW: u32 = 200;
/// The default window of a walk.
const DEFAULT_WINDOW: u32 = 100;

/// Which way a [`MessageHistory`] walks from its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HistoryDirection {
    /// Towards older messages; yields newest first.
    Older,
    /// Towards newer messages; yields oldest first.
    Newer,
}

/// Walks a channel's history from an anchor time, as a `Stream` of [`Message`]s.
///
/// Built by [`Messages::history`](super::Messages::history). Each step lists one window
/// (`prev_limit` or `next_limit` = [`window`](Self::window), `include=false`) and re-anchors
/// on the oldest (or newest) message it returned. Re-anchoring one millisecond past that
/// message's `created_at` fetches the rest of its millisecond again, and messages already
/// yielded are skipped by `message_id`, so messages sharing a timestamp are neither lost
/// nor repeated at window boundaries. The walk ends when a window comes back short or empty.
///
/// Filters of [`ListMessages`] (message type, senders, custom types, reactions...) are set
/// with [`map`](Self::map); the walker owns `message_ts`, `message_id`, `prev_limit`,
/// `next_limit`, `include` and `reverse`.
///
/// Limitation: if more messages than a whole window share one millisecond, the walker
/// cannot address the ones beyond the window (Sendbird only anchors on time or on a message
/// id) and moves past that millisecond; a window of 200 makes this practically impossible.
///
/// ```no_run
/// # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
/// use futures_util::TryStreamExt;
/// use sendbird_chat::messages::HistoryDirection;
/// use sendbird_chat::models::{ChannelType, MessageType};
///
/// let now_ms = 1_700_000_000_000;
/// let texts: Vec<_> = chat
///     .messages(ChannelType::GroupChannels, "room-1")
///     .history(HistoryDirection::Older, now_ms)
///     .window(200)
///     .map(|list| list.message_type(MessageType::User))
///     .stream()
///     .try_collect()
///     .await?;
/// # let _ = texts;
/// # Ok(()) }
/// ```
#[must_use = "a history walk does nothing until streamed"]
#[derive(Debug, Clone)]
pub struct MessageHistory<'a> {
    client: &'a Client,
    template: ListMessages,
    direction: HistoryDirection,
    anchor_ts: i64,
    include_anchor: bool,
    window: u32,
}

impl<'a> MessageHistory<'a> {
    pub(super) fn new(
        client: &'a Client,
        template: ListMessages,
        direction: HistoryDirection,
        anchor_ts: i64,
    ) -> Self {
        Self {
            client,
            template,
            direction,
            anchor_ts,
            include_anchor: true,
            window: DEFAULT_WINDOW,
        }
    }

    /// Messages per request, clamped to 1–200 (default 100).
    pub fn window(mut self, window: u32) -> Self {
        self.window = window.clamp(1, MAX_WINDOW);
        self
    }

    /// Whether messages sent exactly at the anchor time are included (default true).
    pub fn include_anchor(mut self, include: bool) -> Self {
        self.include_anchor = include;
        self
    }

    /// Sets filters on the [`ListMessages`] template every window is built from.
    pub fn map(mut self, change: impl FnOnce(ListMessages) -> ListMessages) -> Self {
        self.template = change(self.template);
        self
    }

    /// The messages, fetched window by window as the stream is polled.
    pub fn stream(self) -> impl Stream<Item = Result<Message, Error>> + Send + 'static {
        let client = self.client.clone();
        let walk = Walk::new(
            self.template,
            self.direction,
            self.anchor_ts,
            self.include_anchor,
            self.window,
        );
        walk.into_stream(move |endpoint: ListMessages| {
            let client = client.clone();
            async move { client.send(&endpoint).await.map(|r| r.messages) }
        })
    }
}

/// The state of a walk: the exclusive time bound of the next window and the ids already
/// yielded at the current edge timestamp.
#[derive(Debug, Clone)]
struct Walk {
    template: ListMessages,
    direction: HistoryDirection,
    /// `Older`: the next window lists `created_at < bound`; `Newer`: `created_at > bound`.
    bound: i64,
    window: u32,
    /// The oldest (`Older`) or newest (`Newer`) timestamp yielded so far...
    edge_ts: Option<i64>,
    /// ...and the ids yielded at exactly that timestamp.
    edge_ids: HashSet<i64>,
    done: bool,
}

impl Walk {
    fn new(
        template: ListMessages,
        direction: HistoryDirection,
        anchor_ts: i64,
        include_anchor: bool,
        window: u32,
    ) -> Self {
        let bound = match (direction, include_anchor) {
            (HistoryDirection::Older, true) => anchor_ts.saturating_add(1),
            (HistoryDirection::Newer, true) => anchor_ts.saturating_sub(1),
            (_, false) => anchor_ts,
        };
        Self {
            template,
            direction,
            bound,
            window: window.clamp(1, MAX_WINDOW),
            edge_ts: None,
            edge_ids: HashSet::new(),
            done: false,
        }
    }

    /// The next window's request: the template anchored at `bound`, exclusive.
    fn request(&self) -> ListMessages {
        let mut list = self.template.clone();
        list.message_id = None;
        list.reverse = None;
        list.message_ts = Some(self.bound);
        list.include = Some(false);
        let (prev, next) = match self.direction {
            HistoryDirection::Older => (self.window, 0),
            HistoryDirection::Newer => (0, self.window),
        };
        list.prev_limit = Some(prev);
        list.next_limit = Some(next);
        list
    }

    fn in_range(&self, ts: i64) -> bool {
        match self.direction {
            HistoryDirection::Older => ts < self.bound,
            HistoryDirection::Newer => ts > self.bound,
        }
    }

    /// Takes one window's messages; returns those to yield, in walk order.
    fn advance(&mut self, window: Vec<Message>) -> Vec<Message> {
        let full = window.len() >= self.window as usize;
        let in_range: Vec<Message> = window
            .into_iter()
            .filter(|m| self.in_range(m.created_at()))
            .collect();
        let mut fresh: Vec<Message> = in_range
            .iter()
            .filter(|m| !self.edge_ids.contains(&m.message_id()))
            .cloned()
            .collect();

        if fresh.is_empty() {
            // A full window of messages already yielded: they all share the edge
            // millisecond and fill the window, so step past that millisecond.
            let edge = match self.direction {
                HistoryDirection::Older => in_range.iter().map(Message::created_at).min(),
                HistoryDirection::Newer => in_range.iter().map(Message::created_at).max(),
            };
            match edge {
                Some(edge) if full => {
                    self.bound = edge;
                    self.edge_ts = None;
                    self.edge_ids.clear();
                }
                _ => self.done = true,
            }
            return Vec::new();
        }

        fresh.sort_by_key(|m| (m.created_at(), m.message_id()));
        if self.direction == HistoryDirection::Older {
            fresh.reverse();
        }
        // In walk order, the last message is the new edge.
        let edge = fresh.last().map_or(self.bound, Message::created_at);
        if self.edge_ts != Some(edge) {
            self.edge_ts = Some(edge);
            self.edge_ids.clear();
        }
        self.edge_ids.extend(
            fresh
                .iter()
                .filter(|m| m.created_at() == edge)
                .map(Message::message_id),
        );
        self.bound = match self.direction {
            HistoryDirection::Older => edge.saturating_add(1),
            HistoryDirection::Newer => edge.saturating_sub(1),
        };
        self.done = !full;
        fresh
    }

    /// The walk as a stream, listing each window with `fetch`.
    fn into_stream<F, Fut>(
        self,
        fetch: F,
    ) -> impl Stream<Item = Result<Message, Error>> + Send + 'static
    where
        F: FnMut(ListMessages) -> Fut + Send + 'static,
        Fut: Future<Output = Result<Vec<Message>, Error>> + Send + 'static,
    {
        stream::try_unfold((self, fetch), |(mut walk, mut fetch)| async move {
            if walk.done {
                return Ok::<_, Error>(None);
            }
            let window = fetch(walk.request()).await?;
            let batch = walk.advance(window);
            Ok(Some((batch, (walk, fetch))))
        })
        .map_ok(|batch| stream::iter(batch.into_iter().map(Ok)))
        .try_flatten()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use futures_util::TryStreamExt;
    use serde_json::json;

    use super::*;
    use crate::models::ChannelType;

    /// An in-memory channel that answers `ListMessages` like Sendbird: ordered by
    /// (created_at, message_id); `prev_limit` newest before the anchor, `next_limit` oldest
    /// after it, `include` adds the anchor millisecond.
    #[derive(Clone)]
    struct FakeChannel {
        messages: Vec<(i64, i64)>,
        requests: Arc<Mutex<Vec<ListMessages>>>,
    }

    impl FakeChannel {
        fn new(mut messages: Vec<(i64, i64)>) -> Self {
            messages.sort_by_key(|&(id, ts)| (ts, id));
            Self {
                messages,
                requests: Arc::default(),
            }
        }

        fn list(&self, request: &ListMessages) -> Vec<Message> {
            self.requests.lock().expect("lock").push(request.clone());
            let anchor = request.message_ts.expect("walker always anchors on time");
            let prev = request.prev_limit.unwrap_or(15) as usize;
            let next = request.next_limit.unwrap_or(15) as usize;
            let before: Vec<_> = self.messages.iter().filter(|m| m.1 < anchor).collect();
            let at = self
                .messages
                .iter()
                .filter(|m| m.1 == anchor && request.include.unwrap_or(true));
            let after = self.messages.iter().filter(|m| m.1 > anchor).take(next);
            before[before.len().saturating_sub(prev)..]
                .iter()
                .copied()
                .chain(at)
                .chain(after)
                .map(|&(id, ts)| {
                    Message::from_value(json!({
                        "type": "MESG", "message_id": id, "channel_url": "c",
                        "created_at": ts, "message": format!("m{id}")
                    }))
                })
                .collect()
        }

        fn fetcher(
            &self,
        ) -> impl FnMut(ListMessages) -> futures_util::future::Ready<Result<Vec<Message>, Error>>
               + Send
               + 'static {
            let channel = self.clone();
            move |request| futures_util::future::ready(Ok(channel.list(&request)))
        }
    }

    fn template() -> ListMessages {
        ListMessages::new(ChannelType::GroupChannels, "c")
    }

    async fn walk(
        channel: &FakeChannel,
        direction: HistoryDirection,
        anchor: i64,
        include: bool,
        window: u32,
    ) -> Vec<i64> {
        Walk::new(template(), direction, anchor, include, window)
            .into_stream(channel.fetcher())
            .map_ok(|m| m.message_id())
            .try_collect()
            .await
            .expect("walk succeeds")
    }

    /// Ids in the order a walk must yield them.
    fn expected(channel: &FakeChannel, keep: impl Fn(i64) -> bool, older: bool) -> Vec<i64> {
        let mut ids: Vec<_> = channel
            .messages
            .iter()
            .filter(|m| keep(m.1))
            .map(|m| m.0)
            .collect();
        if older {
            ids.reverse();
        }
        ids
    }

    /// Messages sharing timestamps (at most three per millisecond), straddling the window
    /// boundaries of every window size from 3 up.
    fn tied_channel() -> FakeChannel {
        let mut messages = Vec::new();
        let mut id = 100;
        for (ts, count) in [
            (10, 1),
            (20, 3),
            (21, 1),
            (30, 2),
            (40, 3),
            (50, 2),
            (60, 1),
        ] {
            for _ in 0..count {
                messages.push((id, ts));
                id += 1;
            }
        }
        FakeChannel::new(messages)
    }

    #[tokio::test]
    async fn walks_both_ways_without_losing_or_repeating_tied_messages() {
        let channel = tied_channel();
        // Direction, anchor, the messages expected, newest first.
        type Case = (HistoryDirection, i64, fn(i64) -> bool, bool);
        let cases: [Case; 2] = [
            (HistoryDirection::Older, 45, |ts| ts <= 45, true),
            (HistoryDirection::Newer, 20, |ts| ts >= 20, false),
        ];
        for (direction, anchor, wanted, newest_first) in cases {
            for window in [3, 4, 5, 7, 200] {
                let ids = walk(&channel, direction, anchor, true, window).await;
                assert_eq!(
                    ids,
                    expected(&channel, wanted, newest_first),
                    "{direction:?} window {window}"
                );
            }
        }
    }

    #[tokio::test]
    async fn anchor_inclusion_is_honoured() {
        let channel = tied_channel();
        let older = walk(&channel, HistoryDirection::Older, 40, false, 3).await;
        assert_eq!(older, expected(&channel, |ts| ts < 40, true));
        let newer = walk(&channel, HistoryDirection::Newer, 40, false, 3).await;
        assert_eq!(newer, expected(&channel, |ts| ts > 40, false));
        let included = walk(&channel, HistoryDirection::Newer, 40, true, 3).await;
        assert_eq!(included, expected(&channel, |ts| ts >= 40, false));
    }

    #[tokio::test]
    async fn requests_are_exclusive_time_anchors_and_stop_on_a_short_window() {
        let channel = FakeChannel::new(vec![(1, 100), (2, 200), (3, 300), (4, 400), (5, 500)]);
        let ids = walk(&channel, HistoryDirection::Older, 450, true, 2).await;
        assert_eq!(ids, [4, 3, 2, 1]);
        let ids = walk(&channel, HistoryDirection::Older, 450, true, 1).await;
        assert_eq!(ids, [4, 3, 2, 1]);
        let ids = walk(&channel, HistoryDirection::Newer, 150, true, 1).await;
        assert_eq!(ids, [2, 3, 4, 5]);
        channel.requests.lock().expect("lock").clear();
        let ids = walk(&channel, HistoryDirection::Older, 450, true, 2).await;
        assert_eq!(ids, [4, 3, 2, 1]);
        let requests = channel.requests.lock().expect("lock").clone();
        let anchors: Vec<_> = requests
            .iter()
            .map(|r| (r.message_ts, r.prev_limit, r.next_limit, r.include))
            .collect();
        // 451 (include the anchor), then one past each window's oldest message (which comes
        // back again and is skipped); the window holding only message 1 is short and ends
        // the walk.
        assert_eq!(
            anchors,
            [
                (Some(451), Some(2), Some(0), Some(false)),
                (Some(301), Some(2), Some(0), Some(false)),
                (Some(201), Some(2), Some(0), Some(false)),
                (Some(101), Some(2), Some(0), Some(false)),
            ]
        );
        assert!(requests
            .iter()
            .all(|r| r.message_id.is_none() && r.reverse.is_none()));
    }

    #[tokio::test]
    async fn more_ties_than_a_window_step_past_the_millisecond() {
        // Four messages at ts 20 with a window of 2: the walker cannot reach the two Sendbird
        // never returns, but it must not loop, repeat, or skip the older message.
        let channel = FakeChannel::new(vec![(1, 10), (2, 20), (3, 20), (4, 20), (5, 20)]);
        let ids = walk(&channel, HistoryDirection::Older, 30, true, 2).await;
        assert_eq!(ids, [5, 4, 1]);
        let requests = channel.requests.lock().expect("lock").len();
        assert!(requests <= 4, "{requests} requests");
    }

    #[tokio::test]
    async fn an_empty_channel_takes_one_request() {
        let channel = FakeChannel::new(Vec::new());
        assert!(walk(&channel, HistoryDirection::Newer, 0, true, 50)
            .await
            .is_empty());
        assert_eq!(channel.requests.lock().expect("lock").len(), 1);
    }

    #[tokio::test]
    async fn filters_from_the_template_reach_every_window() {
        let channel = FakeChannel::new((1..=5).map(|i| (i, i * 10)).collect());
        let template = template()
            .message_type(crate::models::MessageType::User)
            .reverse(true)
            .message_id(99);
        let ids: Vec<i64> = Walk::new(template, HistoryDirection::Newer, 0, true, 2)
            .into_stream(channel.fetcher())
            .map_ok(|m| m.message_id())
            .try_collect()
            .await
            .expect("walk");
        assert_eq!(ids, [1, 2, 3, 4, 5]);
        for request in channel.requests.lock().expect("lock").iter() {
            assert_eq!(request.message_type, Some(crate::models::MessageType::User));
            assert_eq!(request.reverse, None);
            assert_eq!(request.message_id, None);
        }
    }

    #[tokio::test]
    async fn an_error_ends_the_stream_after_the_yielded_messages() {
        let channel = FakeChannel::new((1..=5).map(|i| (i, i * 10)).collect());
        let mut calls = 0;
        let inner = channel.clone();
        let fetch = move |request: ListMessages| {
            calls += 1;
            let result = if calls == 1 {
                Ok(inner.list(&request))
            } else {
                Err(Error::from_boxed("boom".into()))
            };
            futures_util::future::ready(result)
        };
        let results: Vec<Result<Message, Error>> = futures_util::StreamExt::collect(
            Walk::new(template(), HistoryDirection::Newer, 0, true, 2).into_stream(fetch),
        )
        .await;
        assert_eq!(results.len(), 3);
        assert!(results[0].is_ok() && results[1].is_ok());
        assert!(results[2].is_err());
    }
}
