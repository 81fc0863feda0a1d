//! Unit-test settings: the base URL requests are built below, and the fixture folder.

use sendbird_core::test_util::TestKit;

/// `KIT.wire(&endpoint)`, `KIT.decode::<Endpoint>()`, `KIT.check_fixtures(..)`.
pub(crate) const KIT: TestKit = TestKit::new(
    "https://api-APP.calls.sendbird.com/v1",
    concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"),
);
