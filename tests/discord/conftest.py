"""A running SomosBot against the fake Discord API, built exactly as `somos-bot run` builds it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from bot.client import SomosBot, create_bot
from bot.knowledge import Knowledge
from bot.settings import Secret, Settings
from tests.fake_discord import FakeChannel, FakeDiscord, FakeGuild, FakeUser

TOKEN = "fake-token-ZXhhbXBsZS1zZWNyZXQ"
OWNER_ID = 4242


@dataclass
class World:
    fake: FakeDiscord
    guild: FakeGuild
    general: FakeChannel
    quiet: FakeChannel
    alice: FakeUser
    bob: FakeUser
    other_bot: FakeUser
    settings: Settings


class FastIdentifyBot(SomosBot):
    """discord.py waits 5 s before each extra shard's IDENTIFY (Discord's rule); tests need not."""

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with FakeDiscord(owner_id=OWNER_ID, expected_token=TOKEN) as fake:
        guild = fake.add_guild("Somos fans")
        general = fake.add_channel(guild, "general")
        quiet = fake.add_channel(guild, "quiet")
        alice, bob = fake.add_user("alice"), fake.add_user("bob")
        other_bot = fake.add_user("otherbot", bot=True)
        for user in (alice, bob, other_bot):
            fake.add_member(guild, user)
        settings = Settings(
            token=Secret(TOKEN), database=tmp_path / "settings.sqlite3", dev_guild_id=guild.id
        )
        yield World(fake, guild, general, quiet, alice, bob, other_bot, settings)


RunBot = Callable[..., AbstractAsyncContextManager[SomosBot]]


@pytest.fixture
def run_bot(world: World, knowledge: Knowledge) -> RunBot:
    """Start the bot (optionally with changed settings) for the length of a `with` block."""

    @asynccontextmanager
    async def running(**changes: object) -> AsyncIterator[SomosBot]:
        settings = replace(world.settings, **changes)
        bot = await create_bot(settings, knowledge, guild_ready_timeout=0.1)
        bot.__class__ = FastIdentifyBot
        async with world.fake.run_bot(bot, token=TOKEN):
            yield bot

    return running
