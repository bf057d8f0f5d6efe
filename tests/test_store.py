"""The bot's database: the unanswered-question log keeps no one's identity, and not forever;
a locked or full database loses a settings change visibly and a logged question quietly."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot import store as store_module
from bot.store import NotSaved, SettingsStore, group_questions
from tests.sqlite_lock import write_lock

NOW = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
async def store(tmp_path: Path) -> SettingsStore:
    opened = SettingsStore(tmp_path / "bot.sqlite3")
    await opened.open()
    return opened


async def test_mentions_are_cut_and_length_is_capped(store: SettingsStore):
    await store.record_unanswered(
        "<@123456> @everyone <#42> who scored it " + "x" * 500, 9, "en", NOW
    )
    [(asked_at, language, question)] = store.unanswered()
    assert "123456" not in question and "everyone" not in question and "42" not in question
    assert question.startswith("who scored it")
    assert len(question) == store_module.QUESTION_CHARS
    assert asked_at == "2026-11-21T12:00:00+00:00" and language == "en"


async def test_no_column_can_hold_who_asked(store: SettingsStore, tmp_path: Path):
    await store.record_unanswered("where was it filmed", 9, "en", NOW)
    with sqlite3.connect(tmp_path / "bot.sqlite3") as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(unanswered)")}
    assert columns == {"id", "asked_at", "guild_id", "language", "question"}


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
    store = SettingsStore(path)
    await store.open()
    assert store.get(1).language == "es" and store.get(1).log_unanswered


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
    store = SettingsStore(tmp_path / "bot.sqlite3", timeout=0.1)
    await store.open()
    with write_lock(tmp_path / "bot.sqlite3"), pytest.raises(NotSaved):
        await store.update(7, language="es")
    assert store.get(7).language is None
    assert (await store.update(7, language="es")).language == "es"  # the lock is gone


class FullDisk:
    """Every log write fails as on a full disk."""

    def __call__(self, *args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")


@pytest.mark.parametrize("trouble", ["locked", "disk full"])
async def test_the_log_is_best_effort_and_warns_once_per_outage(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    trouble: str,
):
    caplog.set_level(logging.INFO, logger="bot.store")
    store = SettingsStore(tmp_path / "bot.sqlite3", timeout=0.1)
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
    store = SettingsStore(tmp_path / "bot.sqlite3", timeout=0.1)
    await store.open()
    now = [0.0]
    store.clock = lambda: now[0]
    attempts: list[str] = []
    append = store._append

    def counted(text: str, *args: Any) -> None:
        attempts.append(text)
        append(text, *args)

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
