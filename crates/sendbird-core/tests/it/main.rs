//! sendbird-core integration tests: a real loopback HTTP server for what reaches the wire, and
//! in-process fake transports (with paused time) for retries and timeouts.

mod endpoints;
mod errors;
mod fault_proxy;
mod faults;
mod fuzz_corpus;
mod hostile_values;
mod middleware;
mod pagination;
mod retry;
mod server;
mod timeouts;
mod wire;
