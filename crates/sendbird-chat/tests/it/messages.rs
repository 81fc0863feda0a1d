//! `messages` against the emulator.
