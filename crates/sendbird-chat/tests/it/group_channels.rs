//! `group_channels` against the emulator.
