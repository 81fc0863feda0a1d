//! Tests of `cargo xtask release` on throwaway copies of the fixture workspace
//! (`tests/fixtures/workspace`): real git and cargo, a fake registry, nothing published.

mod full;
mod publish;
mod refusals;
mod support;
