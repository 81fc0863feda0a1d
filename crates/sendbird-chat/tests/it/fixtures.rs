//! Every registered Chat endpoint against its docs-shaped fixtures: each
//! `fixtures/responses/<operation>.json` decodes with the endpoint's response type, and each
//! endpoint with a body has a `fixtures/requests/<operation>.json` that matches its fields.

use sendbird_core::test_util::TestKit;

const KIT: TestKit = TestKit::new(
    "https://api-APP.sendbird.com/v3",
    concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"),
);

#[test]
fn every_endpoint_checks_against_its_fixtures() {
    KIT.check_fixtures(sendbird_chat::endpoints());
}
