"""The PostgreSQL server goes away under a running bot: every question is still answered,
with the server's settings as they were, the operator reads one line about it, and the
unanswered log is written again once the server is back."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import pytest

from bot import store as store_module
from bot.settings import Secret
from tests.discord.conftest import RunBot, World
from tests.postgres import PASSWORD, Server


def shown(message) -> str:
    return message.embeds[0]["description"] if message.embeds else message.content


async def ask(world: World, bot, text: str, spanish: bool = False) -> str:
    """Alice's questions in one conversation, and Bob's (whose English questions would
    make the conversation English) in another."""
    before = len(world.fake.sent_messages)
    author = world.alice if spanish else world.bob
    await world.fake.send_message(world.general, author, f"<@{bot.user.id}> {text}")
    return shown((await world.fake.wait_for_messages(before + 1, timeout=10))[-1])


async def soon(check: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for what the bot does after its reply (logging the question) to be done."""
    for _ in range(int(timeout / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("not done in time")


async def test_the_bot_answers_through_an_outage_and_logs_again_after_it(
    world: World, run_bot: RunBot, own_postgres_server: Server, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    server = own_postgres_server

    def logged() -> list[str]:
        return [question for _, _, question in bot.store.unanswered()]

    def warned() -> bool:
        return any(r.levelno >= logging.WARNING and r.name == "bot.store" for r in caplog.records)

    async with run_bot(database_url=Secret(server.url()), database_timeout=1.0) as bot:
        now = [0.0]
        bot.store.clock = lambda: now[0]
        await bot.store.update(world.guild.id, language="es")  # this server speaks Spanish
        await ask(world, bot, "where was it filmed?")
        await soon(lambda: logged() == ["where was it filmed?"])
        await asyncio.to_thread(server.stop)
        during = [
            await ask(world, bot, "ep 2", spanish=True),
            await ask(world, bot, "what did imdb rate it"),
            await ask(world, bot, "ep 3", spanish=True),
            await ask(world, bot, "what awards did it win"),
        ]
        await soon(warned)
        await asyncio.to_thread(server.start)
        now[0] += store_module.LOG_RETRY_SECONDS + 1
        await ask(world, bot, "who composed the music?")
        await soon(lambda: len(logged()) == 2)
    assert during[0].startswith("El episodio 2 de Somos.")  # its settings, kept in memory
    assert during[2].startswith("El episodio 3 de Somos.")
    assert during[3].startswith("Sorry, my sources don't say")
    assert logged() == ["where was it filmed?", "who composed the music?"]
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.name for r in problems if r.name.startswith(("bot", "psycopg"))] == ["bot.store"]
    assert not [r for r in caplog.records if r.exc_info], caplog.text
    assert "written again (2 questions were not logged)" in caplog.text
    assert PASSWORD not in caplog.text
