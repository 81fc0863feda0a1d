//! `users` against the emulator.
