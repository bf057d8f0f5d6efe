"""A fake of Discord's REST API and gateway, for end-to-end tests of discord.py bots.

Usage (pytest-asyncio)::

    async with FakeDiscord() as fake:                 # 127.0.0.1, random free port
        guild = fake.add_guild("Fans")                # @everyone, bot role, bot + owner members
        channel = fake.add_channel(guild, "general")
        alice = fake.add_user("alice")
        fake.add_member(guild, alice)
        bot = commands.Bot("!", intents=intents, guild_ready_timeout=0.1)
        async with fake.run_bot(bot):                 # patches discord.py, start(), waits ready
            await fake.send_message(channel, alice, "!ping")
            [reply] = await fake.wait_for_messages(1)
        # leaving run_bot drains handler tasks, closes the bot, waits for its sockets

``fake.patch_discord()`` alone sets ``discord.http.Route.BASE`` and
``DiscordWebSocket.DEFAULT_GATEWAY`` (process-wide) and restores them.

discord.py behaviours tests must account for:

* ``on_ready`` fires ``guild_ready_timeout`` (default 2 s) after the last
  GUILD_CREATE: pass a small value (e.g. 0.1) to the bot in tests.
* ``Client.before_identify_hook`` sleeps 5 s before every non-initial
  IDENTIFY (shard 1+, re-identify after INVALID_SESSION): override it in tests.
* An AutoShardedBot asks ``GET /gateway/bot`` only when ``shard_count`` is None.
* A bot without the MESSAGE_CONTENT intent gets empty ``content`` for guild
  messages that do not mention it (``enforce_intents=True``, as on Discord);
  GUILD_CREATE carries only the bot member unless GUILD_PRESENCES is set, so
  with GUILD_MEMBERS discord.py chunks members over gateway op 8.
* Messages are validated like Discord does (2000 chars, embeds, empty
  message, autocomplete choices, command names): 400 with code 50035/50006.
* A message create with ``nonce`` and ``enforce_nonce: true`` whose nonce was
  used in that channel in the last few minutes returns the earlier message
  and creates none, as on Discord (discord.py sends a fresh random nonce with
  every ``send``). ``fake.faults.fail_next(..., after=True)`` fails a request
  after handling it, as Discord can: the message exists, the client sees 5xx.
"""

from .faults import FaultInjector, FaultRule
from .models import (
    ALL_PERMISSIONS,
    CHANNEL_CATEGORY,
    CHANNEL_DM,
    CHANNEL_GROUP_DM,
    CHANNEL_NEWS,
    CHANNEL_TEXT,
    CHANNEL_VOICE,
    DEFAULT_PERMISSIONS,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    make_snowflake,
    shard_for_guild,
)
from .records import (
    GatewayFrame,
    IdentifyRecord,
    InteractionRecord,
    InteractionResponseRecord,
    RecordedFile,
    RecordedMessage,
    RecordedRequest,
)
from .server import DroppedEvent, FakeDiscord

__all__ = [
    "ALL_PERMISSIONS",
    "CHANNEL_CATEGORY",
    "CHANNEL_DM",
    "CHANNEL_GROUP_DM",
    "CHANNEL_NEWS",
    "CHANNEL_TEXT",
    "CHANNEL_VOICE",
    "DEFAULT_PERMISSIONS",
    "DroppedEvent",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "FaultInjector",
    "FaultRule",
    "GatewayFrame",
    "IdentifyRecord",
    "InteractionRecord",
    "InteractionResponseRecord",
    "RecordedFile",
    "RecordedMessage",
    "RecordedRequest",
    "make_snowflake",
    "shard_for_guild",
]
