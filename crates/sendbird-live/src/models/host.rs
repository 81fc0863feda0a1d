//! The host resource.

use sendbird_core::SecretString;
use serde::{Deserialize, Serialize};

use super::LiveUser;

sendbird_core::string_enum! {
    /// The state of a host in a live event.
    pub enum HostState {
        /// The host entered the live event.
        Entered,
        /// The host is connected and streaming media.
        Connected,
        /// The host's connection (and media stream) dropped.
        Disconnected,
        /// The host exited the live event.
        Exited,
    }
}

/// The host of a live event.
///
/// The audio and video flags are documented as both `is_audio_on`/`is_video_on` (example
/// responses, Live SDK) and `has_audio_on`/`has_video_on` (resource table); either spelling
/// decodes into [`is_audio_on`](Self::is_audio_on)/[`is_video_on`](Self::is_video_on), also
/// when both are present. Timestamps and durations are Unix milliseconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "HostWire")]
#[non_exhaustive]
pub struct Host {
    /// The unique host id.
    pub host_id: String,
    /// The live event the host belongs to.
    pub live_event_id: Option<String>,
    /// The id of the host's client (device/browser).
    pub client_id: Option<String>,
    /// The user acting as host.
    pub user: Option<LiveUser>,
    /// The host's state.
    pub state: Option<HostState>,
    /// When the host entered, Unix milliseconds.
    pub entered_at: Option<i64>,
    /// When the host connected and started streaming, Unix milliseconds.
    pub connected_at: Option<i64>,
    /// When the host's stream stopped, Unix milliseconds; `null` while connected.
    pub disconnected_at: Option<i64>,
    /// When the host exited, Unix milliseconds; `null` while present.
    pub exited_at: Option<i64>,
    /// From entering to leaving, in milliseconds.
    pub duration: Option<i64>,
    /// Whether the host's audio is on (`is_audio_on` or `has_audio_on`).
    pub is_audio_on: Option<bool>,
    /// Whether the host's video is on (`is_video_on` or `has_video_on`).
    pub is_video_on: Option<bool>,
    /// How the host streams (e.g. WebRTC or RTMP; seen in the Live SDK only).
    pub stream_type: Option<String>,
    /// The RTMP ingest of an RTMP host (seen in the Live SDK only).
    pub rtmp_stream: Option<RtmpStream>,
}

/// An RTMP ingest point of a host. The stream key is secret.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RtmpStream {
    /// The RTMP stream id.
    #[serde(default)]
    pub rtmp_stream_id: Option<String>,
    /// The RTMP ingest URL.
    #[serde(default)]
    pub rtmp_host_url: Option<String>,
    /// The stream key (never shown by `Debug`).
    #[serde(default)]
    pub stream_key: Option<SecretString>,
    /// When the ingest was created, Unix milliseconds.
    #[serde(default)]
    pub created_at: Option<i64>,
}

/// The wire shape of [`Host`], with both spellings of the media flags.
#[derive(Deserialize)]
struct HostWire {
    host_id: String,
    #[serde(default)]
    live_event_id: Option<String>,
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default)]
    user: Option<LiveUser>,
    #[serde(default)]
    state: Option<HostState>,
    #[serde(default)]
    entered_at: Option<i64>,
    #[serde(default)]
    connected_at: Option<i64>,
    #[serde(default)]
    disconnected_at: Option<i64>,
    #[serde(default)]
    exited_at: Option<i64>,
    #[serde(default)]
    duration: Option<i64>,
    #[serde(default)]
    is_audio_on: Option<bool>,
    #[serde(default)]
    has_audio_on: Option<bool>,
    #[serde(default)]
    is_video_on: Option<bool>,
    #[serde(default)]
    has_video_on: Option<bool>,
    #[serde(default)]
    stream_type: Option<String>,
    #[serde(default)]
    rtmp_stream: Option<RtmpStream>,
}

impl From<HostWire> for Host {
    fn from(wire: HostWire) -> Self {
        Self {
            host_id: wire.host_id,
            live_event_id: wire.live_event_id,
            client_id: wire.client_id,
            user: wire.user,
            state: wire.state,
            entered_at: wire.entered_at,
            connected_at: wire.connected_at,
            disconnected_at: wire.disconnected_at,
            exited_at: wire.exited_at,
            duration: wire.duration,
            is_audio_on: wire.is_audio_on.or(wire.has_audio_on),
            is_video_on: wire.is_video_on.or(wire.has_video_on),
            stream_type: wire.stream_type,
            rtmp_stream: wire.rtmp_stream,
        }
    }
}

/// The response of [`GetHost`](crate::live_events::GetHost): `{"host": {...}}` as documented.
///
/// The Live SDK also parses `{"hosts": [...]}` from the same path for multi-host events, so
/// both shapes decode; [`hosts`](Self::hosts) yields every host either way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetHostResponse {
    /// The host; `null` when nobody hosts the event.
    #[serde(default)]
    pub host: Option<Host>,
    /// The hosts of a multi-host event (not in the Platform API reference).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub hosts: Vec<Host>,
}

impl GetHostResponse {
    /// Every host in the response: `host` first, then `hosts` (without repeating it).
    pub fn hosts(&self) -> impl Iterator<Item = &Host> {
        host_then_hosts(self.host.as_ref(), &self.hosts)
    }
}

/// The hosts a response names in its single `host` and its multi-host `hosts`: `host` first,
/// then the `hosts` other than it.
pub(super) fn host_then_hosts<'a>(
    host: Option<&'a Host>,
    hosts: &'a [Host],
) -> impl Iterator<Item = &'a Host> {
    host.into_iter().chain(
        hosts
            .iter()
            .filter(move |h| host.is_none_or(|s| s.host_id != h.host_id)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_flags_accept_both_spellings() {
        let is: Host = serde_json::from_str(
            r#"{"host_id":"h","is_audio_on":true,"is_video_on":false,"state":"connected"}"#,
        )
        .expect("is_*");
        assert_eq!((is.is_audio_on, is.is_video_on), (Some(true), Some(false)));
        let has: Host =
            serde_json::from_str(r#"{"host_id":"h","has_audio_on":false,"has_video_on":true}"#)
                .expect("has_*");
        assert_eq!(
            (has.is_audio_on, has.is_video_on),
            (Some(false), Some(true))
        );
        let both: Host = serde_json::from_str(
            r#"{"host_id":"h","is_audio_on":true,"has_audio_on":false,"has_video_on":true}"#,
        )
        .expect("both spellings at once");
        assert_eq!(
            (both.is_audio_on, both.is_video_on),
            (Some(true), Some(true))
        );
        assert_eq!(both.state, None);
        let json = serde_json::to_value(&both).expect("serialize");
        assert_eq!(json["is_audio_on"], true);
        assert!(json.get("has_audio_on").is_none());
    }

    #[test]
    fn rtmp_stream_key_is_hidden_from_debug() {
        let host: Host = serde_json::from_str(
            r#"{"host_id":"h","state":"streaming_somewhere","rtmp_stream":{"stream_key":"sk-live-123"}}"#,
        )
        .expect("host");
        assert_eq!(
            host.state,
            Some(HostState::Unknown("streaming_somewhere".into()))
        );
        assert!(!format!("{host:?}").contains("sk-live-123"));
        assert_eq!(
            host.rtmp_stream
                .and_then(|r| r.stream_key)
                .map(|k| k.expose().to_owned())
                .as_deref(),
            Some("sk-live-123")
        );
    }
}
