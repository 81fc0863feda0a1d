//! `user_metadata` against the emulator.
