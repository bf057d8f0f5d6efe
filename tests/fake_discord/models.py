"""Configurable entities of the fake Discord (users, guilds, channels, roles, members).

Every entity knows how to render itself as the JSON payload Discord would send,
in the shape discord.py 2.7's parsers expect.
"""

from __future__ import annotations

import datetime
import itertools
import time
from dataclasses import dataclass, field
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000

# Gateway intents (bit positions from Discord's documentation).
INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_PRESENCES = 1 << 8
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15

# Permission bits used by the fake.
PERM_ADMINISTRATOR = 1 << 3
PERM_ADD_REACTIONS = 1 << 6
PERM_VIEW_CHANNEL = 1 << 10
PERM_SEND_MESSAGES = 1 << 11
PERM_MANAGE_MESSAGES = 1 << 13
PERM_EMBED_LINKS = 1 << 14
PERM_ATTACH_FILES = 1 << 15
PERM_READ_MESSAGE_HISTORY = 1 << 16
PERM_USE_EXTERNAL_EMOJIS = 1 << 18
PERM_CONNECT = 1 << 20
PERM_SPEAK = 1 << 21
PERM_CHANGE_NICKNAME = 1 << 26
PERM_USE_APPLICATION_COMMANDS = 1 << 31
PERM_CREATE_PUBLIC_THREADS = 1 << 35
PERM_SEND_MESSAGES_IN_THREADS = 1 << 38
ALL_PERMISSIONS = (1 << 51) - 1

DEFAULT_PERMISSIONS = (
    PERM_ADD_REACTIONS
    | PERM_VIEW_CHANNEL
    | PERM_SEND_MESSAGES
    | PERM_EMBED_LINKS
    | PERM_ATTACH_FILES
    | PERM_READ_MESSAGE_HISTORY
    | PERM_USE_EXTERNAL_EMOJIS
    | PERM_CONNECT
    | PERM_SPEAK
    | PERM_CHANGE_NICKNAME
    | PERM_USE_APPLICATION_COMMANDS
    | PERM_CREATE_PUBLIC_THREADS
    | PERM_SEND_MESSAGES_IN_THREADS
)

# Channel types.
CHANNEL_TEXT = 0
CHANNEL_DM = 1
CHANNEL_GROUP_DM = 3
CHANNEL_VOICE = 2
CHANNEL_CATEGORY = 4
CHANNEL_NEWS = 5


def iso_now() -> str:
    """Current UTC time as the ISO-8601 string Discord uses in payloads."""
    return datetime.datetime.now(datetime.UTC).isoformat()


def shard_for_guild(guild_id: int, shard_count: int) -> int:
    """Discord's sharding formula."""
    return (guild_id >> 22) % max(shard_count, 1)


class SnowflakeGenerator:
    """Produces unique, increasing, realistic snowflakes (timestamp-based)."""

    def __init__(self) -> None:
        self._last = 0
        self._increment = itertools.count()

    def next(self, *, shard_id: int | None = None, shard_count: int = 1) -> int:
        """Return a new snowflake; with ``shard_id`` it routes to that shard."""
        millis = int(time.time() * 1000) - DISCORD_EPOCH_MS
        if shard_id is not None and shard_count > 1:
            millis += (shard_id - millis) % shard_count
        candidate = (millis << 22) | (next(self._increment) & 0xFFF)
        if candidate <= self._last:
            if shard_id is not None and shard_count > 1:
                # Move to the next timestamp that lands on the same shard.
                base = (self._last >> 22) + 1
                base += (shard_id - base) % shard_count
                candidate = (base << 22) | (next(self._increment) & 0xFFF)
            else:
                candidate = self._last + 1
        self._last = candidate
        return candidate


_snowflakes = SnowflakeGenerator()


def make_snowflake(*, shard_id: int | None = None, shard_count: int = 1) -> int:
    """Module-level snowflake helper (optionally landing on a given shard)."""
    return _snowflakes.next(shard_id=shard_id, shard_count=shard_count)


@dataclass
class FakeUser:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    avatar: str | None = None

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def to_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": self.avatar,
            "bot": self.bot,
            "system": False,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
        }


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int = 0
    position: int = 0
    color: int = 0
    hoist: bool = False
    managed: bool = False
    mentionable: bool = False
    bot_id: int | None = None

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": self.color,
            "colors": {
                "primary_color": self.color,
                "secondary_color": None,
                "tertiary_color": None,
            },
            "hoist": self.hoist,
            "managed": self.managed,
            "mentionable": self.mentionable,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
        }
        if self.bot_id is not None:
            payload["tags"] = {"bot_id": str(self.bot_id)}
        return payload


@dataclass
class FakeChannel:
    id: int
    name: str | None
    type: int = CHANNEL_TEXT
    guild_id: int | None = None
    position: int = 0
    topic: str | None = None
    parent_id: int | None = None
    nsfw: bool = False
    recipients: list[FakeUser] = field(default_factory=list)
    permission_overwrites: list[dict[str, Any]] = field(default_factory=list)

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    @property
    def is_dm(self) -> bool:
        return self.type == CHANNEL_DM

    def to_payload(self, *, include_guild_id: bool = True) -> dict[str, Any]:
        if self.type == CHANNEL_GROUP_DM:
            return {
                "id": str(self.id),
                "type": CHANNEL_GROUP_DM,
                "name": self.name,
                "icon": None,
                "owner_id": str(self.recipients[0].id),
                "last_message_id": None,
                "flags": 0,
                "recipients": [user.to_payload() for user in self.recipients],
            }
        if self.is_dm:
            return {
                "id": str(self.id),
                "type": CHANNEL_DM,
                "last_message_id": None,
                "flags": 0,
                "recipients": [user.to_payload() for user in self.recipients],
            }
        payload: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "position": self.position,
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "permission_overwrites": list(self.permission_overwrites),
            "nsfw": self.nsfw,
            "flags": 0,
        }
        if self.type in (CHANNEL_TEXT, CHANNEL_NEWS):
            payload.update(topic=self.topic, last_message_id=None, rate_limit_per_user=0)
        if self.type == CHANNEL_VOICE:
            payload.update(bitrate=64000, user_limit=0, rtc_region=None)
        if include_guild_id and self.guild_id is not None:
            payload["guild_id"] = str(self.guild_id)
        return payload


@dataclass
class FakeMember:
    user: FakeUser
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=iso_now)

    def to_payload(self, *, include_user: bool = True) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "roles": [str(role) for role in self.roles],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
            "communication_disabled_until": None,
        }
        if include_user:
            payload["user"] = self.user.to_payload()
        return payload


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, FakeRole] = field(default_factory=dict)
    channels: dict[int, FakeChannel] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)
    features: list[str] = field(default_factory=list)
    preferred_locale: str = "en-US"
    joined_at: str = field(default_factory=iso_now)
    # False: a server where the bot is not a member (its app reaches it only through a
    # user's own install): no gateway events, no REST access, interactions only.
    bot_installed: bool = True

    @property
    def everyone_role(self) -> FakeRole:
        return self.roles[self.id]

    def member_permissions(self, user_id: int) -> int:
        """Guild-level permissions of a member (no channel overwrites)."""
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        value = self.everyone_role.permissions
        if member is not None:
            for role_id in member.roles:
                role = self.roles.get(role_id)
                if role is not None:
                    value |= role.permissions
        if value & PERM_ADMINISTRATOR:
            return ALL_PERMISSIONS
        return value

    def to_payload(self) -> dict[str, Any]:
        """The full GUILD_CREATE payload."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "preferred_locale": self.preferred_locale,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "features": list(self.features),
            "roles": [role.to_payload() for role in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "channels": [c.to_payload(include_guild_id=False) for c in self.channels.values()],
            "threads": [],
            "members": [member.to_payload() for member in self.members.values()],
            "member_count": len(self.members),
            "large": False,
            "unavailable": False,
            "joined_at": self.joined_at,
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "application_id": None,
            "max_members": 500000,
            "max_video_channel_users": 25,
            "lazy": True,
        }
