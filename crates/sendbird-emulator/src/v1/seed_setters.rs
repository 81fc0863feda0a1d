//! The builder methods the Calls and Live seed types share, generated once so that each
//! means the same everywhere: the timeline and media of an entry seed (room participant,
//! live event host or viewer: fields of its `entry: EntrySeed`), and the creation time,
//! creator and custom items of a room or live event seed (fields of the seed itself).

/// Generates seed setters inside an `impl` block. `$who` names the resource in the docs
/// ("participant", "host", "room"); the list picks the setters, `id = name` naming the id
/// setter. Entry setters need an `entry: EntrySeed` field; `created_at`, `created_by` and
/// `custom_item` need fields of those names (`custom_items` for the last).
macro_rules! seed_setters {
    ($who:literal: $($setter:ident $(= $name:ident)?),+ $(,)?) => {
        $( $crate::v1::seed_setters::seed_setters!(@one $who, $setter $(= $name)?); )+
    };
    (@one $who:literal, id = $name:ident) => {
        $crate::v1::seed_setters::seed_setters!(@id $name, entry.id,
            concat!("A fixed ", $who, " id (default: a random UUID)."));
    };
    (@one $who:literal, client_id) => {
        $crate::v1::seed_setters::seed_setters!(@id client_id, entry.client_id,
            "A fixed client id (default: a random UUID).");
    };
    (@one $who:literal, entered_at) => {
        $crate::v1::seed_setters::seed_setters!(@ms entered_at,
            concat!("When the ", $who, " entered, Unix ms (default: when the seed is applied)."));
    };
    (@one $who:literal, connected_at) => {
        $crate::v1::seed_setters::seed_setters!(@ms connected_at,
            concat!("When the ", $who, "'s media connected, Unix ms."));
    };
    (@one $who:literal, disconnected_at) => {
        $crate::v1::seed_setters::seed_setters!(@ms disconnected_at,
            concat!("When the ", $who, "'s media disconnected, Unix ms."));
    };
    (@one $who:literal, exited_at) => {
        $crate::v1::seed_setters::seed_setters!(@ms exited_at,
            concat!("When the ", $who, " exited, Unix ms."));
    };
    (@one $who:literal, audio) => {
        $crate::v1::seed_setters::seed_setters!(@on audio, is_audio_on,
            concat!("Whether the ", $who, "'s audio is on (default true)."));
    };
    (@one $who:literal, video) => {
        $crate::v1::seed_setters::seed_setters!(@on video, is_video_on,
            concat!("Whether the ", $who, "'s video is on (default true)."));
    };
    // The shapes: an id of the entry, a time of the entry, a media switch of the entry.
    (@id $name:ident, entry.$field:ident, $doc:expr) => {
        #[doc = $doc]
        pub fn $name(mut self, id: impl Into<String>) -> Self {
            self.entry.$field = Some(id.into());
            self
        }
    };
    (@ms $name:ident, $doc:expr) => {
        #[doc = $doc]
        pub fn $name(mut self, ms: i64) -> Self {
            self.entry.$name = Some(ms);
            self
        }
    };
    (@on $name:ident, $field:ident, $doc:expr) => {
        #[doc = $doc]
        pub fn $name(mut self, on: bool) -> Self {
            self.entry.$field = on;
            self
        }
    };
    (@one $who:literal, created_at) => {
        #[doc = concat!(
            "When the ", $who, " was created, Unix ms (default: when the seed is applied). ",
            "Lists sort newest first by this time."
        )]
        pub fn created_at(mut self, ms: i64) -> Self {
            self.created_at = Some(ms);
            self
        }
    };
    (@one $who:literal, created_by) => {
        #[doc = concat!(
            "The user who created the ", $who,
            " (default `\"\"`, as for one created by the Platform API)."
        )]
        pub fn created_by(mut self, user_id: impl Into<String>) -> Self {
            self.created_by = user_id.into();
            self
        }
    };
    (@one $who:literal, custom_item) => {
        /// Adds a custom item (the usual limits apply when the seed is applied).
        pub fn custom_item(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
            self.custom_items.insert(key.into(), value.into());
            self
        }
    };
}

pub(crate) use seed_setters;

/// Defines a public seed of one user's entry into a room or live event: the id of what it
/// enters (`$parent`), an `entry: EntrySeed`, `new($parent, user_id)` and the listed
/// [`seed_setters!`].
macro_rules! entry_seed {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $parent:ident }
        $(#[$new_meta:meta])*
        new;
        $who:literal: $($setters:tt)+
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        pub struct $name {
            pub(crate) $parent: String,
            pub(crate) entry: $crate::v1::entry::EntrySeed,
        }

        impl $name {
            $(#[$new_meta])*
            pub fn new($parent: impl Into<String>, user_id: impl Into<String>) -> Self {
                Self {
                    $parent: $parent.into(),
                    entry: $crate::v1::entry::EntrySeed::new(user_id.into()),
                }
            }

            $crate::v1::seed_setters::seed_setters!($who: $($setters)+);
        }
    };
}

pub(crate) use entry_seed;
