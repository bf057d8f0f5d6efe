"""The bot's store, one suite run against each back end: a SQLite file and a real
PostgreSQL server (tests/postgres.py). Settings and the unanswered-question log behave the
same on both; the log keeps no one's identity, and not forever; a database that cannot be
written loses a settings change visibly and a logged question quietly."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import store as store_module
from bot.database import (
    MIGRATIONS,
    Database,
    DatabaseError,
    PostgresDatabase,
    SqliteDatabase,
    Unavailable,
)
from bot.store import GuildSettings, NotSaved, SettingsStore, group_questions
from tests.postgres import PASSWORD
from tests.sqlite_lock import write_lock

NOW = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)
SNOWFLAKE = 1_234_567_890_123_456_789  # Discord ids need 64 bits

Databases = Callable[..., Database]


@pytest.fixture(params=["sqlite", "postgresql"])
def databases(request: pytest.FixtureRequest, tmp_path: Path) -> Databases:
    """Connections to one database of the back end under test (a new object per call,
    as each process of a shard cluster has its own)."""
    if request.param == "sqlite":
        return lambda timeout=5.0: SqliteDatabase(tmp_path / "bot.sqlite3", timeout)
    url = request.getfixturevalue("postgres_url")
    return lambda timeout=5.0: PostgresDatabase(url, timeout)


@pytest.fixture
async def store(databases: Databases):
    opened = SettingsStore(databases())
    await opened.open()
    yield opened
    await opened.close()


async def reopened(databases: Databases, default: GuildSettings | None = None) -> SettingsStore:
    fresh = SettingsStore(databases(), default)
    await fresh.open()
    return fresh


async def test_settings_are_kept_and_read_back_by_a_new_store(
    store: SettingsStore, databases: Databases
):
    default = GuildSettings(frozenset({5}), answer_unaddressed=True)
    await store.update(SNOWFLAKE, listen_channels=frozenset({SNOWFLAKE - 1, 7}), language="es")
    await store.update(SNOWFLAKE, answer_unaddressed=True, log_unanswered=False)
    await store.update(8, language=None)
    again = await reopened(databases, default)
    try:
        assert again.get(SNOWFLAKE) == GuildSettings(
            frozenset({SNOWFLAKE - 1, 7}), True, "es", False
        )
        assert again.get(8) == GuildSettings()  # saved with the defaults of its time
        assert again.get(9) == default  # never saved: the host's defaults
    finally:
        await again.close()


async def test_two_processes_share_settings_and_the_log(store: SettingsStore, databases: Databases):
    """Two shard processes on one database: what one saves, the other reads at its next
    start, and the log holds both processes' questions."""
    other = await reopened(databases)
    try:
        await store.update(1, language="es")
        await other.record_unanswered("asked on shard 1", 2, "en", NOW)
        await store.record_unanswered("asked on shard 0", 1, "es", NOW)
        assert other.get(1).language is None  # read at start only
        assert sorted(q for _, _, q in store.unanswered()) == [
            "asked on shard 0", "asked on shard 1",
        ]  # fmt: skip
    finally:
        await other.close()
    restarted = await reopened(databases)
    assert restarted.get(1).language == "es"
    await restarted.close()


async def test_the_schema_is_migrated_once_and_recorded(store: SettingsStore, databases: Databases):
    async def version() -> int:
        [(number,)] = await store.database.fetch("SELECT version FROM schema_version")
        return number

    assert await version() == len(MIGRATIONS)
    async with store.database.transaction() as transaction:
        assert await transaction.columns("unanswered") == {
            "id",
            "asked_at",
            "guild_id",
            "language",
            "question",
        }  # fmt: skip: no column can hold who asked
        assert "log_unanswered" in await transaction.columns("guild_settings")
    # processes starting together: one migrates, the others find it done
    together = [SettingsStore(databases()) for _ in range(3)]
    await asyncio.gather(*(each.open() for each in together))
    for each in together:
        await each.close()
    assert await version() == len(MIGRATIONS)


async def test_a_database_from_a_newer_bot_is_refused(store: SettingsStore, databases: Databases):
    await store.database.execute("UPDATE schema_version SET version = ?", (len(MIGRATIONS) + 1,))
    with pytest.raises(DatabaseError, match="newer version of the bot") as refused:
        await reopened(databases)
    assert str(refused.value).startswith(store.database.where)
    assert PASSWORD not in str(refused.value)


async def test_damaged_saved_channels_name_the_database(store: SettingsStore, databases: Databases):
    await store.update(7, language="es")
    await store.database.execute("UPDATE guild_settings SET listen_channels = '[1, 2'")
    with pytest.raises(DatabaseError, match="server 7's saved listen channels are damaged"):
        await reopened(databases)


async def test_mentions_are_cut_and_length_is_capped(store: SettingsStore):
    await store.record_unanswered(
        "<@123456> @everyone <#42> who scored it " + "x" * 500, 9, "en", NOW
    )
    [(asked_at, language, question)] = store.unanswered()
    assert "123456" not in question and "everyone" not in question and "42" not in question
    assert question.startswith("who scored it")
    assert len(question) == store_module.QUESTION_CHARS
    assert asked_at == "2026-11-21T12:00:00+00:00" and language == "en"


async def test_a_server_can_switch_the_log_off(store: SettingsStore):
    await store.update(7, log_unanswered=False)
    assert not await store.record_unanswered("where was it filmed", 7, "en", NOW)
    assert await store.record_unanswered("where was it filmed", 8, "en", NOW)
    assert await store.record_unanswered("where was it filmed", None, "en", NOW)  # a DM
    assert len(store.unanswered()) == 2


async def test_retention_keeps_the_newest_and_drops_the_old(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(store_module, "KEEP_QUESTIONS", 5)
    monkeypatch.setattr(store_module, "TRIM_EVERY", 3)
    old = NOW - dt.timedelta(days=store_module.KEEP_DAYS + 1)
    await store.record_unanswered("an old question", 1, "en", old)
    for number in range(8):
        await store.record_unanswered(f"question {number}", 1, "en", NOW)
    kept = [question for _, _, question in store.unanswered()]
    # Trimmed at the 9th question logged: the newest 5 of the 9 stay, none too old.
    assert kept == [f"question {number}" for number in range(3, 8)]


async def test_questions_declined_together_are_written_together(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
):
    """While one write is under way the next questions wait, then go in one statement."""
    batches: list[int] = []
    append = store._append

    async def counted(rows: list[store_module.LogRow]) -> None:
        batches.append(len(rows))
        await append(rows)

    monkeypatch.setattr(store, "_append", counted)
    asked = [store.record_unanswered(f"question {n}", 1, "en", NOW) for n in range(30)]
    assert await asyncio.gather(*asked) == [True] * 30
    assert sum(batches) == 30 and len(batches) < 30
    assert [q for _, _, q in store.unanswered()] == [f"question {n}" for n in range(30)]


def test_similar_questions_are_grouped_most_asked_first():
    rows = [("t", "en", q) for q in ["where was it filmed", "where was it filmed?", "imdb score",
            "Where was somos filmed", "imdb score"]]  # fmt: skip
    groups = group_questions(rows)
    assert [group.count for group in groups] == [3, 2]
    assert groups[0].wording == "where was it filmed"


async def test_an_old_database_gains_the_log_switch(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(
            "CREATE TABLE guild_settings (guild_id INTEGER PRIMARY KEY, listen_channels TEXT "
            "NOT NULL DEFAULT '[]', answer_unaddressed INTEGER NOT NULL DEFAULT 0, language TEXT)"
        )
        connection.execute("INSERT INTO guild_settings VALUES (1, '[5]', 1, 'es')")
    connection.close()
    store = SettingsStore(SqliteDatabase(path))
    await store.open()
    assert store.get(1).language == "es" and store.get(1).log_unanswered
    assert await store.record_unanswered("where was it filmed", 1, "en", NOW)  # a new table
    await store.close()


async def test_terminal_escapes_never_reach_the_log(store: SettingsStore):
    await store.record_unanswered("\x1b]0;pwned\x07who \x1b[2Jscored\u202e it\x08", 9, "en", NOW)
    [(_, _, question)] = store.unanswered()
    assert not any(ord(char) < 32 or char == "\u202e" for char in question), repr(question)
    assert "who" in question and "scored" in question


def test_grouping_stays_fast_and_right_on_a_full_log():
    """The log keeps 10,000 questions; grouping them must neither hang nor mix topics."""
    rows = [("t", "en", f"question number {n} about topic{n % 97}") for n in range(10_000)]
    rows += [("t", "en", "where was it filmed"), ("t", "en", "Where was somos filmed?")]
    groups = group_questions(rows)
    filmed = [group for group in groups if "filmed" in group.wording]
    assert len(filmed) == 1 and filmed[0].count == 2


async def test_a_change_that_cannot_be_saved_changes_nothing(tmp_path: Path):
    store = SettingsStore(SqliteDatabase(tmp_path / "bot.sqlite3", timeout=0.1))
    await store.open()
    with write_lock(tmp_path / "bot.sqlite3"), pytest.raises(NotSaved):
        await store.update(7, language="es")
    assert store.get(7).language is None
    assert (await store.update(7, language="es")).language == "es"  # the lock is gone


class FullDisk:
    """Every log write fails as on a full disk."""

    async def __call__(self, *args: object) -> None:
        raise Unavailable("database or disk is full")


@pytest.mark.parametrize("trouble", ["locked", "disk full"])
async def test_the_log_is_best_effort_and_warns_once_per_outage(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    trouble: str,
):
    caplog.set_level(logging.INFO, logger="bot.store")
    store = SettingsStore(SqliteDatabase(tmp_path / "bot.sqlite3", timeout=0.1))
    await store.open()
    now = [0.0]
    store.clock = lambda: now[0]

    async def ask_many() -> list[bool]:
        logged = []
        for number in range(5):
            now[0] += store_module.LOG_RETRY_SECONDS + 1  # every question tries to write
            logged.append(await store.record_unanswered(f"question {number}", 1, "en", NOW))
        return logged

    async def ask_many_in_trouble() -> list[bool]:
        if trouble == "locked":
            with write_lock(tmp_path / "bot.sqlite3"):
                return await ask_many()
        with monkeypatch.context() as patched:
            patched.setattr(store, "_append", FullDisk())
            return await ask_many()

    assert await ask_many_in_trouble() == [False] * 5
    [warning] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert warning.exc_info is None
    assert await ask_many() == [True] * 5
    assert [r.levelno for r in caplog.records] == [logging.WARNING, logging.INFO]
    await ask_many_in_trouble()  # a new outage: one new warning
    assert [r.levelno for r in caplog.records] == [logging.WARNING, logging.INFO, logging.WARNING]
    assert len(store.unanswered()) == 5


async def test_a_failing_log_is_retried_now_and_then_not_for_every_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    store = SettingsStore(SqliteDatabase(tmp_path / "bot.sqlite3", timeout=0.1))
    await store.open()
    now = [0.0]
    store.clock = lambda: now[0]
    attempts: list[str] = []
    append = store._append

    async def counted(rows: list[store_module.LogRow]) -> None:
        attempts.extend(question for *_, question in rows)
        await append(rows)

    monkeypatch.setattr(store, "_append", counted)
    with write_lock(tmp_path / "bot.sqlite3"):
        for number in range(10):
            await store.record_unanswered(f"question {number}", 1, "en", NOW)
        assert attempts == ["question 0"]  # the rest were counted, not tried
        now[0] += store_module.LOG_RETRY_SECONDS + 1
        await store.record_unanswered("question 10", 1, "en", NOW)
    assert attempts == ["question 0", "question 10"]
    now[0] += store_module.LOG_RETRY_SECONDS + 1
    assert await store.record_unanswered("question 11", 1, "en", NOW)
