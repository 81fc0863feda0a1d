//! Tests against a real Sendbird application. Ignored by default (CI never runs them); run with
//! `SENDBIRD_APP_ID=... SENDBIRD_API_TOKEN=... cargo test -p sendbird-live --test it -- --ignored real_sendbird`.

use sendbird_core::test_util::assert_pages_arrive;
use sendbird_live::LiveClient;

#[tokio::test]
#[ignore = "talks to real Sendbird; needs SENDBIRD_APP_ID and SENDBIRD_API_TOKEN"]
async fn list_live_events_on_real_sendbird() {
    let live: LiveClient = sendbird_core::test_util::real_client();
    assert_pages_arrive(live.live_events().list().limit(10).pages(), "events").await;
}
