//! [`WebhookEvent`]: one variant per documented Chat webhook category, dispatched on the
//! body's `category`.

use serde_json::Value;

use super::payloads::*;

sendbird_core::webhook_events! {
    common: Common;
    /// A Chat webhook event.
    ///
    /// Decoding reads `category` first and then decodes the body once into that
    /// category's payload type (no intermediate `serde_json::Value`). It never fails on an
    /// event this version does not know: an unknown category — or, with
    /// [`parse`](Self::parse), a known one whose payload cannot be read — becomes
    /// [`WebhookEvent::Unknown`] with the body as sent.
    ///
    /// ```
    /// use sendbird_chat::webhooks::WebhookEvent;
    ///
    /// let event = WebhookEvent::parse(br#"{"category": "user:block",
    ///     "blocker": {"user_id": "ben"}, "blockee": {"user_id": "matt"}}"#)?;
    /// let WebhookEvent::UserBlock(block) = &event else { panic!("{event:?}") };
    /// assert_eq!(block.blockee.as_ref().map(|u| u.user_id.as_str()), Some("matt"));
    ///
    /// let future = WebhookEvent::parse(br#"{"category": "group_channel:teleport"}"#)?;
    /// assert_eq!(future.category(), "group_channel:teleport");
    /// assert_eq!(future.variant_name(), "Unknown");
    /// # Ok::<(), sendbird_core::webhook::WebhookError>(())
    /// ```
    pub enum WebhookEvent {
        /// `open_channel:create` — an open channel was created.
        "open_channel:create" => OpenChannelCreate(OpenChannelCreated),
        /// `open_channel:remove` — an open channel was deleted.
        "open_channel:remove" => OpenChannelRemove(ChannelRemoved),
        /// `open_channel:enter` — a user entered an open channel.
        "open_channel:enter" => OpenChannelEnter(OpenChannelEntered),
        /// `open_channel:exit` — a user exited an open channel.
        "open_channel:exit" => OpenChannelExit(OpenChannelExited),
        /// `open_channel:message_send` — a message was sent in an open channel.
        "open_channel:message_send" => OpenChannelMessageSend(MessageEvent),
        /// `open_channel:message_update` — a message was updated in an open channel.
        "open_channel:message_update" => OpenChannelMessageUpdate(MessageEvent),
        /// `open_channel:message_delete` — a message was deleted in an open channel.
        "open_channel:message_delete" => OpenChannelMessageDelete(MessageEvent),
        /// `group_channel:create` — a group channel was created.
        "group_channel:create" => GroupChannelCreate(GroupChannelCreated),
        /// `group_channel:changed` — a group channel's properties changed.
        "group_channel:changed" => GroupChannelChanged(GroupChannelChanged),
        /// `group_channel:remove` — a group channel was deleted.
        "group_channel:remove" => GroupChannelRemove(ChannelRemoved),
        /// `group_channel:invite` — users were invited.
        "group_channel:invite" => GroupChannelInvite(GroupChannelInvited),
        /// `group_channel:decline_invite` — users declined their invitation.
        "group_channel:decline_invite" => GroupChannelDeclineInvite(GroupChannelInviteDeclined),
        /// `group_channel:join` — users joined.
        "group_channel:join" => GroupChannelJoin(GroupChannelJoined),
        /// `group_channel:leave` — users left.
        "group_channel:leave" => GroupChannelLeave(GroupChannelLeft),
        /// `group_channel:message_send` — a message was sent in a group channel.
        "group_channel:message_send" => GroupChannelMessageSend(MessageEvent),
        /// `group_channel:message_read` — members read every message of the channel.
        "group_channel:message_read" => GroupChannelMessageRead(GroupChannelMessageRead),
        /// `group_channel:message_update` — a message was updated in a group channel.
        "group_channel:message_update" => GroupChannelMessageUpdate(MessageEvent),
        /// `group_channel:message_delete` — a message was deleted in a group channel.
        "group_channel:message_delete" => GroupChannelMessageDelete(MessageEvent),
        /// `group_channel:freeze_unfreeze` — a group channel was frozen or unfrozen.
        "group_channel:freeze_unfreeze" => GroupChannelFreezeUnfreeze(GroupChannelFreezeUnfreeze),
        /// `group_channel:reaction_add` — a reaction was added to a message.
        "group_channel:reaction_add" => GroupChannelReactionAdd(ReactionEvent),
        /// `group_channel:reaction_delete` — a reaction was removed from a message.
        "group_channel:reaction_delete" => GroupChannelReactionDelete(ReactionEvent),
        /// `user:block` — a user blocked another.
        "user:block" => UserBlock(UserBlocked),
        /// `user:unblock` — a user unblocked another.
        "user:unblock" => UserUnblock(UserUnblocked),
        /// `user:push_preference` — a user's push preferences changed.
        "user:push_preference" => UserPushPreference(UserPushPreference),
        /// `user:push_channel_preference` — a user's push preference for a channel changed.
        "user:push_channel_preference" => UserPushChannelPreference(UserPushChannelPreference),
        /// `user:device_token_register` — a push device token was registered.
        "user:device_token_register" => UserDeviceTokenRegister(DeviceTokenEvent),
        /// `user:device_token_unregister` — a push device token was removed.
        "user:device_token_unregister" => UserDeviceTokenUnregister(DeviceTokenEvent),
        /// `user:mute` — a user was muted (advanced moderation).
        "user:mute" => UserMute(UserModerated),
        /// `user:ban` — a user was banned (advanced moderation).
        "user:ban" => UserBan(UserModerated),
        /// `user:deactivate` — a user was deactivated (advanced moderation).
        "user:deactivate" => UserDeactivate(UserModerated),
        /// `operators:register_by_operator` — an operator's app registered operators.
        "operators:register_by_operator" => OperatorsRegisterByOperator(OperatorsChanged),
        /// `operators:unregister_by_operator` — an operator's app unregistered operators.
        "operators:unregister_by_operator" => OperatorsUnregisterByOperator(OperatorsChanged),
        /// `message:report` — a message was reported.
        "message:report" => MessageReport(ReportEvent),
        /// `user:report` — a user was reported.
        "user:report" => UserReport(ReportEvent),
        /// `open_channel:report` — an open channel was reported.
        "open_channel:report" => OpenChannelReport(ReportEvent),
        /// `group_channel:report` — a group channel was reported.
        "group_channel:report" => GroupChannelReport(ReportEvent),
        /// `message:moderation_extension_triggered` — a moderation extension acted on a message.
        "message:moderation_extension_triggered" => MessageModerationExtensionTriggered(ModerationExtensionTriggered),
        /// `alert:user_message_rate_limit_exceeded` — a user sent too many messages.
        "alert:user_message_rate_limit_exceeded" => AlertUserMessageRateLimitExceeded(RateLimitExceeded),
        /// `profanity_filter:replace` — explicit words were replaced with `*`.
        "profanity_filter:replace" => ProfanityFilterReplace(ProfanityReplaced),
        /// `profanity_filter:block` — a message with explicit words was blocked.
        "profanity_filter:block" => ProfanityFilterBlock(ProfanityBlocked),
        /// `profanity_filter:moderate` — the filter muted, kicked or banned the sender.
        "profanity_filter:moderate" => ProfanityFilterModerate(ProfanityModerated),
        /// `profanity_filter:detect` — explicit words were detected (and let through).
        "profanity_filter:detect" => ProfanityFilterDetect(ProfanityDetected),
        /// `image_moderation:block` — a message with an explicit image was blocked.
        "image_moderation:block" => ImageModerationBlock(ImageBlocked),
        /// `announcement:create_channels` — channels were created for an announcement.
        "announcement:create_channels" => AnnouncementCreateChannels(AnnouncementEvent),
        /// `announcement:send_messages` — an announcement's message was sent to a channel.
        "announcement:send_messages" => AnnouncementSendMessages(AnnouncementEvent),
        /// `bot_message_notification` — the bot callback (posted to a bot's
        /// `bot_callback_url`, not to the webhook URL).
        "bot_message_notification" => BotMessageNotification(BotMessageNotification),
    }
}

/// The fields several payloads share, read without knowing the concrete type.
trait Common {
    fn channel(&self) -> Option<&WebhookChannel>;
    fn app_id(&self) -> Option<&str>;
}

macro_rules! channel_field {
    (plain: $($ty:ty),*; optional: $($opt:ty),*; none: $($none:ty),*) => {
        $( impl Common for $ty {
            fn channel(&self) -> Option<&WebhookChannel> {
                Some(&self.channel)
            }
            fn app_id(&self) -> Option<&str> {
                self.app_id.as_deref()
            }
        } )*
        $( impl Common for $opt {
            fn channel(&self) -> Option<&WebhookChannel> {
                self.channel.as_ref()
            }
            fn app_id(&self) -> Option<&str> {
                self.app_id.as_deref()
            }
        } )*
        $( impl Common for $none {
            fn channel(&self) -> Option<&WebhookChannel> {
                None
            }
            fn app_id(&self) -> Option<&str> {
                self.app_id.as_deref()
            }
        } )*
    };
}

channel_field! {
    plain: OpenChannelCreated, ChannelRemoved, OpenChannelEntered, OpenChannelExited,
        MessageEvent, GroupChannelCreated, GroupChannelChanged, GroupChannelInvited,
        GroupChannelInviteDeclined, GroupChannelJoined, GroupChannelLeft, GroupChannelMessageRead,
        GroupChannelFreezeUnfreeze, ReactionEvent, OperatorsChanged, ProfanityReplaced,
        ProfanityBlocked, ProfanityModerated, ProfanityDetected, ImageBlocked, AnnouncementEvent,
        BotMessageNotification;
    optional: UserModerated, ReportEvent, ModerationExtensionTriggered;
    none: UserBlocked, UserUnblocked, UserPushPreference, UserPushChannelPreference,
        DeviceTokenEvent, RateLimitExceeded
}

impl WebhookEvent {
    /// The channel summary the event carries, if any.
    pub fn channel(&self) -> Option<&WebhookChannel> {
        self.common().and_then(Common::channel)
    }

    /// The `app_id` the event carries, if any.
    pub fn app_id(&self) -> Option<&str> {
        match self {
            Self::Unknown { raw, .. } => raw.get("app_id").and_then(Value::as_str),
            known => known.common().and_then(Common::app_id),
        }
    }

    /// The URL of the event's channel, if it has one.
    pub fn channel_url(&self) -> Option<&str> {
        self.channel()
            .map(|c| c.channel_url.as_str())
            .filter(|url| !url.is_empty())
    }

    /// The message event (`message_send`, `message_update`, `message_delete` of either
    /// channel kind), if this is one.
    pub fn as_message_event(&self) -> Option<&MessageEvent> {
        match self {
            Self::OpenChannelMessageSend(m)
            | Self::OpenChannelMessageUpdate(m)
            | Self::OpenChannelMessageDelete(m)
            | Self::GroupChannelMessageSend(m)
            | Self::GroupChannelMessageUpdate(m)
            | Self::GroupChannelMessageDelete(m) => Some(m),
            _ => None,
        }
    }
}
