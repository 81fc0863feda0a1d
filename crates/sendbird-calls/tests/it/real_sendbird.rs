//! Tests against a real Sendbird application. Ignored by default (CI never runs them); run with
//! `SENDBIRD_APP_ID=... SENDBIRD_API_TOKEN=... cargo test -p sendbird-calls --test it -- --ignored real_sendbird`.

use sendbird_calls::CallsClient;
use sendbird_core::test_util::assert_pages_arrive;

#[tokio::test]
#[ignore = "talks to real Sendbird; needs SENDBIRD_APP_ID and SENDBIRD_API_TOKEN"]
async fn list_rooms_on_real_sendbird() {
    let calls: CallsClient = sendbird_core::test_util::real_client();
    assert_pages_arrive(calls.rooms().list().limit(10).pages(), "rooms").await;
}
