//! `open_channels` against the emulator.
