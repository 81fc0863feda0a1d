//! Macros the emulator's modules share.

/// Defines a fieldless enum whose variants are written as fixed API strings, with
/// `as_str` (the string) and `parse` (the variant a string names, `None` for any other).
///
/// ```ignore
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
