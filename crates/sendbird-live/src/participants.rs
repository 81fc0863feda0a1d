//! The participants of a live event: `live.live_events().participants(id).stream()`.

use crate::live_events::LiveEvents;
use crate::models::ListParticipantsResponse;
use crate::Pending;

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Lists every participant of a live event; paged with `next`/`prev` tokens.
    pub struct ListParticipants {
        operation: "list_participants",
        request: GET "/live-events/{live_event_id}/participants",
        response: ListParticipantsResponse,
        paginate: next,
        required {
            /// The live event id.
            path live_event_id: String,
        }
        optional {
            /// The page token from the previous response's `next`.
            query next: String,
            /// The page token from a response's `prev`, to go back one page.
            query prev: String,
            /// Participants per page, 1–100 (default 10).
            query limit: u32,
        }
    }
}

impl<'a> LiveEvents<'a> {
    /// Lists the participants of a live event; await one page or `.stream()` them all.
    pub fn participants(self, live_event_id: impl Into<String>) -> Pending<'a, ListParticipants> {
        self.live
            .request(ListParticipants::new(live_event_id.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::ParticipantState;
    use crate::test_support::{decode_fixture, fake, path_and_query, wire};
    use futures_util::TryStreamExt;

    #[test]
    fn list_participants_on_the_wire() {
        let request = wire(
            &ListParticipants::new("user@example.com/1")
                .limit(5)
                .next("n 1")
                .prev("p,1"),
        );
        assert_eq!(request.method(), "GET");
        assert_eq!(
            path_and_query(&request),
            "/v1/live-events/user%40example.com%2F1/participants?next=n%201&prev=p%2C1&limit=5"
        );
        assert!(request.body().is_empty());
        let bare = wire(&ListParticipants::new("e"));
        assert_eq!(path_and_query(&bare), "/v1/live-events/e/participants");
    }

    #[test]
    fn decodes_the_docs_shaped_page() {
        let page = decode_fixture::<ListParticipants>("list_participants");
        assert_eq!(page.participants.len(), 2);
        let first = &page.participants[0];
        assert_eq!(first.participant_id, "1e411c1d-af5e-49e8-ae20-a463f93be4d1");
        assert_eq!(first.state, Some(ParticipantState::Entered));
        assert_eq!(first.entered_at, Some(1_657_692_983_239));
        assert_eq!(first.exited_at, None);
        assert_eq!(first.client_id.as_deref(), Some("test-client-id"));
        let second = &page.participants[1];
        assert_eq!(second.state, Some(ParticipantState::Exited));
        assert_eq!(second.duration, Some(60_000));
        let user = second.user.as_ref().expect("a user");
        assert_eq!(user.metadata["team"], "blue");
        assert_eq!(user.nickname.as_deref(), Some("Viewer"));
        assert_eq!(page.next.as_deref(), Some("p2"));
        assert_eq!(page.prev.as_deref(), Some(""));
    }

    #[tokio::test]
    async fn streams_participants_across_pages() {
        let (live, seen) = fake(|_, target| {
            let (ids, prev, next) = if target.contains("next=n1") {
                (vec!["p3"], "b1", "")
            } else {
                (vec!["p1", "p2"], "", "n1")
            };
            let participants: Vec<_> = ids
                .iter()
                .map(|id| serde_json::json!({"participant_id": id, "state": "entered"}))
                .collect();
            let body =
                serde_json::json!({"participants": participants, "prev": prev, "next": next});
            (200, body.to_string())
        });
        let ids: Vec<String> = live
            .live_events()
            .participants("ev/1")
            .limit(2)
            .stream()
            .map_ok(|p| p.participant_id)
            .try_collect()
            .await
            .expect("all pages");
        assert_eq!(ids, ["p1", "p2", "p3"]);
        let targets: Vec<_> = seen
            .lock()
            .expect("lock")
            .iter()
            .map(|(_, t)| t.clone())
            .collect();
        assert_eq!(
            targets,
            [
                "/v1/live-events/ev%2F1/participants?limit=2",
                "/v1/live-events/ev%2F1/participants?next=n1&limit=2",
            ]
        );
    }
}
