//! Macros the emulator's modules share.

/// Defines a fieldless enum whose variants are written as fixed API strings, with
/// `as_str` (the string) and `parse` (the variant a string names, `None` for any other).
///
/// ```text
/// wire_enum! {
///     /// A member's state.
///     pub(crate) enum MemberState {
///         /// Invited, not yet accepted.
///         Invited => "invited",
///         Joined => "joined",
///     }
/// }
/// ```
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident => $text:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        #[allow(dead_code)]
        impl $name {
            /// The API string.
            $vis fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }

            /// The variant `value` names, if any.
            $vis fn parse(value: &str) -> Option<Self> {
                match value {
                    $($text => Some(Self::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

/// Generates builder methods inside an `impl` block, each setting one field from its
/// arguments and returning the builder:
///
/// ```text
/// builder_setters! {
///     /// The port (default 0).
///     pub fn port(port: u16) => port = port;
///     /// The limit.
///     pub fn max_body_bytes(bytes: usize) => limits.max_body_bytes = bytes;
/// }
/// ```
macro_rules! builder_setters {
    ($(
        $(#[$meta:meta])*
        $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) => $($field:ident).+ = $value:expr;
    )+) => {$(
        $(#[$meta])*
        $vis fn $name(mut self $(, $arg: $ty)*) -> Self {
            self.$($field).+ = $value;
            self
        }
    )+};
}
