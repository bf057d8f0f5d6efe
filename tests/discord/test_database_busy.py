"""Another process holds the database's write lock: every command is still answered in time.

A second sqlite3 connection takes the write lock (`BEGIN IMMEDIATE`) on the bot's own
database file, as a backup or a second bot process would. `/settings` must acknowledge
Discord within its 3-second deadline and then say whether it saved; a declined `/ask`
(or mention) gets its answer and nothing else, and the unanswered-question log that
could not be written costs the operator one warning line, not one traceback a question.
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.engine import Engine
from bot.knowledge import load
from tests.discord.conftest import RunBot, World
from tests.fake_discord import InteractionRecord
from tests.sqlite_lock import write_lock

ENGLISH = load().languages["en"].chat
NOT_SAVED, SORRY = ENGLISH["error_not_saved"], ENGLISH["error_sorry"]

MANAGE_GUILD = 1 << 5
DEADLINE = 3.0  # Discord's: an interaction unanswered this long is gone
DEFERRED = 5  # the callback type of "thinking…"
DECLINED = ["where was it filmed?", "what did imdb rate it", "who composed the music?",
            "how much did it cost to make?", "what awards did it win",
            "donde la grabaron"]  # fmt: skip


async def listen_in_quiet(world: World) -> InteractionRecord:
    return await world.fake.send_slash_command(
        "settings listen",
        {"channel": world.quiet},
        user=world.alice,
        channel=world.general,
        permissions=MANAGE_GUILD,
    )


def warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The bot's own warnings (discord.py warns of the missing intent at every start)."""
    return [r for r in caplog.records if r.name.startswith("bot.") and r.levelno >= logging.WARNING]


def assert_no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    assert not [r for r in caplog.records if r.exc_info], caplog.text


async def test_settings_acknowledged_in_time_and_saved_once_the_lock_is_released(
    world: World, run_bot: RunBot, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    world.fake.interaction_deadline = DEADLINE
    async with run_bot() as bot:  # the production busy timeout
        assert bot.settings.database_timeout > DEADLINE
        with write_lock(world.settings.database):
            changed = await listen_in_quiet(world)
            first = await world.fake.wait_for_interaction_response(changed.id, timeout=DEADLINE)
            assert not bot.guild_settings(world.guild.id).listen_channels  # still waiting
        # the lock is released well within the busy timeout
        done = await world.fake.wait_for_interaction(changed.id, lambda r: bool(r.followups))
        await asyncio.sleep(0.3)  # time for a second reply to show up
    assert first.type == DEFERRED and first.ephemeral
    assert first.request.status == 200
    assert first.request.timestamp - changed.dispatched_at < DEADLINE
    [reply] = done.followups
    assert f"<#{world.quiet.id}>" in reply.content and reply.flags & (1 << 6)
    assert len(done.responses) == 1
    assert_no_traceback(caplog)
    async with run_bot() as restarted:
        assert restarted.guild_settings(world.guild.id).listen_channels == {world.quiet.id}


async def test_settings_say_not_saved_when_the_lock_outlasts_the_busy_timeout(
    world: World, run_bot: RunBot, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    world.fake.interaction_deadline = DEADLINE
    async with run_bot(database_timeout=0.5) as bot:
        with write_lock(world.settings.database):
            changed = await listen_in_quiet(world)
            first = await world.fake.wait_for_interaction_response(changed.id, timeout=DEADLINE)
            done = await world.fake.wait_for_interaction(changed.id, lambda r: bool(r.followups))
            await asyncio.sleep(0.3)  # time for a second reply to show up
        assert not bot.guild_settings(world.guild.id).listen_channels
    assert first.type == DEFERRED
    [reply] = done.followups
    assert reply.content == NOT_SAVED and "\n" not in NOT_SAVED and reply.flags & (1 << 6)
    assert len(done.responses) == 1
    assert_no_traceback(caplog)
    assert len(warnings(caplog)) == 1, caplog.text
    async with run_bot() as restarted:
        assert not restarted.guild_settings(world.guild.id).listen_channels


async def test_declined_questions_get_only_their_answer_and_one_warning_in_all(
    world: World, run_bot: RunBot, engine: Engine, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    assert all(engine.answer(question).declined for question in DECLINED)

    def failure_logged() -> bool:
        return bool(warnings(caplog)) or any(r.exc_info for r in caplog.records)

    async with run_bot(database_timeout=0.2) as bot:
        with write_lock(world.settings.database):
            asked = [
                await world.fake.send_slash_command(
                    "ask", {"question": question}, user=world.alice, channel=world.general
                )
                for question in DECLINED
            ]
            mentioned = [
                await world.fake.send_message(
                    world.quiet, world.bob, f"<@{bot.user.id}> {question}"
                )
                for question in DECLINED[:3]
            ]
            for record in asked:
                await world.fake.wait_for_interaction_response(record.id, timeout=DEADLINE)
            await world.fake.wait_for_messages(len(mentioned))
            for _ in range(100):  # the fake wakes its waiters on requests, not on log lines
                if failure_logged():
                    break
                await asyncio.sleep(0.1)
            await asyncio.sleep(1.0)  # time for any late "something went wrong"
    for record, question in zip(asked, DECLINED, strict=True):
        assert len(record.responses) == 1 and not record.followups, question
        [embed] = record.responses[0].embeds
        assert embed["description"] == engine.answer(question).text
    ids = {int(message["id"]) for message in mentioned}
    assert sorted(m.reference_id for m in world.fake.sent_messages) == sorted(ids)
    assert all(SORRY not in m.content for m in world.fake.sent_messages)
    assert_no_traceback(caplog)
    assert len(warnings(caplog)) == 1, caplog.text
