"""Losing the PostgreSQL server while the bot runs: the store keeps the settings it has,
says so in one log line, refuses a settings change visibly, and takes up the log again
once the server is back, on new connections."""

from __future__ import annotations

import datetime as dt
import logging
import time

import pytest

from bot import store as store_module
from bot.database import PostgresDatabase
from bot.store import NotSaved, SettingsStore
from tests.postgres import PASSWORD, Server

NOW = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)
TIMEOUT = 1.0


async def test_the_store_survives_losing_the_server_and_reconnects(
    own_postgres_server: Server, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG)
    server = own_postgres_server
    store = SettingsStore(PostgresDatabase(server.url(), TIMEOUT))
    await store.open()
    now = [0.0]
    store.clock = lambda: now[0]
    await store.update(7, language="es")
    assert await store.record_unanswered("before", 7, "en", NOW)

    server.stop()
    started = time.monotonic()
    assert not await store.record_unanswered("during 1", 7, "en", NOW)
    assert not await store.record_unanswered("during 2", 7, "en", NOW)  # counted, not tried
    with pytest.raises(NotSaved):
        await store.update(7, language="en")
    assert time.monotonic() - started < 4 * TIMEOUT  # each waits its time-out at most
    assert store.get(7).language == "es"  # answering goes on with the settings it had

    server.start()
    now[0] += store_module.LOG_RETRY_SECONDS + 1
    assert await store.record_unanswered("after", 7, "en", NOW)
    assert (await store.update(7, language="en")).language == "en"
    assert [q for _, _, q in store.unanswered()] == ["before", "after"]
    await store.close()

    ours = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.name for r in ours] == ["bot.store"], caplog.text  # one line, ours
    assert ours[0].exc_info is None
    assert "2 questions were not logged" in caplog.text
    assert PASSWORD not in caplog.text
