//! The host of a live event: `live.live_events().host(id)`.

use crate::live_events::LiveEvents;
use crate::models::GetHostResponse;
use crate::Pending;

sendbird_core::endpoints! {
    registry: pub const ENDPOINTS;
    pending: Pending;

    /// Retrieves the host of a live event.
    pub struct GetHost {
        operation: "get_host",
        request: GET "/live-events/{live_event_id}/hosts",
        response: GetHostResponse,
        required {
            /// The live event id.
            path live_event_id: String,
        }
        optional {}
    }
}

impl<'a> LiveEvents<'a> {
    /// Retrieves the host of a live event.
    pub fn host(self, live_event_id: impl Into<String>) -> Pending<'a, GetHost> {
        self.live.request(GetHost::new(live_event_id.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::HostState;
    use crate::test_support::{decode_fixture, fake, path_and_query, wire};
    use crate::LiveErrorExt;

    #[test]
    fn get_host_on_the_wire() {
        let request = wire(&GetHost::new("a/b ü"));
        assert_eq!(request.method(), "GET");
        assert_eq!(
            path_and_query(&request),
            "/v1/live-events/a%2Fb%20%C3%BC/hosts"
        );
        assert!(request.body().is_empty());
        assert_eq!(
            request.headers()["content-type"],
            "application/json; charset=utf8"
        );
    }

    #[test]
    fn decodes_the_docs_shaped_host() {
        let response = decode_fixture::<GetHost>("get_host");
        let host = response.host.as_ref().expect("a host");
        assert_eq!(host.host_id, "96705b6c-6ee4-44ac-b85c-8e08d3486443");
        assert_eq!(
            host.live_event_id.as_deref(),
            Some("225225c0-9097-431b-8317-fbf1fd6c8153")
        );
        assert_eq!(host.state, Some(HostState::Connected));
        assert_eq!(host.entered_at, Some(1_657_692_359_322));
        assert_eq!(host.connected_at, Some(1_657_692_489_322));
        assert_eq!((host.disconnected_at, host.exited_at), (None, None));
        assert_eq!(
            (host.is_audio_on, host.is_video_on),
            (Some(true), Some(true))
        );
        let user = host.user.as_ref().expect("a user");
        assert_eq!(user.user_id, "_Hi6='");
        assert_eq!(user.is_active, Some(false));
        assert_eq!(user.role, None);
        assert_eq!(response.hosts().count(), 1);
    }

    #[test]
    fn decodes_the_multi_host_shape_too() {
        let body = br#"{"hosts":[{"host_id":"h1","has_audio_on":true},{"host_id":"h2","state":"exited"}]}"#;
        let response =
            <GetHost as sendbird_core::Endpoint>::decode_response(&bytes::Bytes::from_static(body))
                .expect("hosts[]");
        assert!(response.host.is_none());
        let ids: Vec<_> = response.hosts().map(|h| h.host_id.as_str()).collect();
        assert_eq!(ids, ["h1", "h2"]);
        assert_eq!(response.hosts[0].is_audio_on, Some(true));
        assert_eq!(response.hosts[1].state, Some(HostState::Exited));
    }

    #[tokio::test]
    async fn entry_point_and_not_found() {
        let (live, seen) = fake(|_, target| match target {
            "/v1/live-events/e1/hosts" => (
                200,
                r#"{"host":{"host_id":"h","state":"entered","is_audio_on":false}}"#.to_owned(),
            ),
            _ => (
                400,
                r#"{"code":400200,"type":"NOT_FOUND","message":"Live event not found"}"#.to_owned(),
            ),
        });
        let response = live.live_events().host("e1").await.expect("host");
        assert_eq!(
            response.host.and_then(|h| h.state),
            Some(HostState::Entered)
        );
        let err = live
            .live_events()
            .host("nope")
            .await
            .expect_err("not found");
        assert!(err.is_not_found());
        assert_eq!(seen.lock().expect("lock").len(), 2);
    }
}
