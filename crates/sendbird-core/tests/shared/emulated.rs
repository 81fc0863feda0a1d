//! Test setup shared by the product crates' integration tests (Chat, Calls, Live), compiled
//! into each with `#[path]`: an emulator and a product client pointed at it, and the check of
//! a product's documented error codes. One definition, instantiated per product.
#![allow(unused_macros)]

/// Defines `client_with_token`, `start`, `seeded` and a `$fresh()` constructor returning an
/// emulator and a `$client` for it (through `Emulator::$base_url`), retries off so every
/// answer is seen as is.
macro_rules! emulated_setup {
    ($client:ty, $fresh:ident, $base_url:ident) => {
        /// A client for `emulator` that sends `token` and never retries.
        pub fn client_with_token(emulator: &Emulator, token: &str) -> $client {
            sendbird_core::test_util::client_at(&emulator.$base_url(), token)
        }

        /// Starts the emulator `builder` describes, and a client for it with its API token.
        pub async fn start(builder: sendbird_emulator::EmulatorBuilder) -> (Emulator, $client) {
            let emulator = builder.start().await.expect("emulator starts");
            let client = client_with_token(&emulator, emulator.api_token());
            (emulator, client)
        }

        /// An emulator started with `seed`, and a client for it.
        pub async fn seeded(seed: Seed) -> (Emulator, $client) {
            start(Emulator::builder().seed(seed)).await
        }

        /// A fresh, empty emulator and a client for it. Keep the emulator alive for the
        /// test's duration.
        pub async fn $fresh() -> (Emulator, $client) {
            start(Emulator::builder()).await
        }
    };
}

/// Defines `$name(result, code, status, case)`: asserts that `result` failed with this `$code`
/// (through both `Error::code()` and the product's `$view`), HTTP status and, where the code
/// has one, envelope `type`; `case` names the request in a failure. Returns the error.
macro_rules! coded_error_check {
    ($name:ident, $code:ty, $view:ident) => {
        /// Asserts that `result` failed with this code and HTTP status, through both
        /// `Error::code()` and the product's typed view, and with the code's envelope `type`
        /// where it has one; `case` names the request in a failure. Returns the error.
        #[track_caller]
        pub fn $name<T: std::fmt::Debug>(
            result: Result<T, Error>,
            code: $code,
            status: u16,
            case: &str,
        ) -> Error {
            let err = sendbird_core::test_util::expect_api_error(result, case, code.code(), status);
            assert_eq!(
                err.$view(),
                Some(code),
                "{case}: {} of {err}",
                stringify!($view)
            );
            sendbird_core::test_util::assert_error_type(&err, code.error_type());
            err
        }
    };
}

/// Asserts that each call is refused as documented: every `call => args;` row awaits `call`
/// and passes the result to `$check` with the row's arguments (a code, and a status or the
/// case's name), in order. `$check` names the request in a failure.
macro_rules! refusals {
    ($check:ident; $($call:expr => $($arg:expr),+;)+) => {
        $($check($call.await, $($arg),+);)+
    };
}
