//! `channel_metadata` against the emulator.
