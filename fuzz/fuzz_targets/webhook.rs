//! Token + signature + body → webhook verification, then the Chat and Calls event parsers
//! (see `src/webhook.rs`).
#![no_main]

use sendbird_fuzz::webhook::{check_event, run};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = run(data, |body| {
        let chat = check_event::<sendbird_chat::webhooks::WebhookEvent>(body);
        let calls = check_event::<sendbird_calls::webhooks::WebhookEvent>(body);
        chat && calls
    });
});
