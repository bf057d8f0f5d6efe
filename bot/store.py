"""The bot's SQLite database: per-server settings, and the questions it could not answer.

Settings are read from an in-memory copy (loaded once); every write goes to
the database in a worker thread, so the event loop never waits on the disk.
A write waits up to `timeout` seconds for a lock another process holds; a
settings change that still cannot be saved raises `NotSaved`, while the
unanswered-question log is best-effort: it never raises, and an operator hears
of its trouble once (one warning line), not once per question.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.text import visible

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS guild_settings (
    guild_id INTEGER PRIMARY KEY,
    listen_channels TEXT NOT NULL DEFAULT '[]',
    answer_unaddressed INTEGER NOT NULL DEFAULT 0,
    language TEXT,
    log_unanswered INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at TEXT NOT NULL,
    guild_id INTEGER,
    language TEXT NOT NULL,
    question TEXT NOT NULL
);
"""
# Databases made before the unanswered-question log lack its switch.
MIGRATIONS = {
    "log_unanswered": "ALTER TABLE guild_settings "
    "ADD COLUMN log_unanswered INTEGER NOT NULL DEFAULT 1",
}

UPSERT = """
INSERT INTO guild_settings (guild_id, listen_channels, answer_unaddressed, language, log_unanswered)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT(guild_id) DO UPDATE SET
    listen_channels = excluded.listen_channels,
    answer_unaddressed = excluded.answer_unaddressed,
    language = excluded.language,
    log_unanswered = excluded.log_unanswered
"""
# How much of the unanswered-question log is kept: the newest rows, none too old.
KEEP_QUESTIONS = 10_000
KEEP_DAYS = 90
TRIM_EVERY = 100  # questions logged between two trims to the limits above
QUESTION_CHARS = 300
# Mentions carry user, role and channel ids: they are cut from logged questions.
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)")
SIMILAR = 80  # rapidfuzz token_set_ratio at which two questions count as one in the report
GROUP_WORD = 4  # letters of a word that makes two wordings worth comparing
GROUP_TRIES = 50  # groups compared per shared word, at most
BUSY_TIMEOUT = 5.0  # seconds a write waits for another process's lock (SQLite's default)
# After a failed log write, questions are counted, not written, this long: a locked or
# full database must not tie up a worker thread for every declined question.
LOG_RETRY_SECONDS = 30.0


@dataclass(frozen=True)
class GuildSettings:
    """One server's options; `language` None means the bot's default."""

    listen_channels: frozenset[int] = frozenset()
    answer_unaddressed: bool = False
    language: str | None = None
    log_unanswered: bool = True


class DatabaseError(Exception):
    """The database cannot be opened or read; the message names its path and the problem."""


def _unusable(path: Path, error: Exception) -> DatabaseError:
    """The one line an operator reads about a database the bot cannot use."""
    if path.is_dir():
        return DatabaseError(f"{path}: is a folder; set DATABASE_PATH to a file name")
    if isinstance(error, sqlite3.OperationalError | OSError):
        problem = getattr(error, "strerror", None) or str(error)
        return DatabaseError(
            f"{path}: cannot be opened for writing ({problem}); check that its folder "
            "exists and the bot may write there"
        )
    return DatabaseError(
        f"{path}: not a SQLite database, or a damaged one ({error}); move it aside and "
        "the bot starts a new one"
    )


class NotSaved(Exception):
    """A settings change could not be written (the database is locked or full); the
    saved settings are unchanged."""


class SettingsStore:
    def __init__(
        self, path: Path, default: GuildSettings | None = None, *, timeout: float = BUSY_TIMEOUT
    ) -> None:
        self._path = path
        self._default = default or GuildSettings()
        self._timeout = timeout
        self._cache: dict[int, GuildSettings] = {}
        self._lock = asyncio.Lock()
        # The log is written often: one connection, kept open, used by one thread at a time,
        # one question after another (waiting questions hold no thread).
        self._log: sqlite3.Connection | None = None
        self._log_lock = threading.Lock()
        self._log_turn = asyncio.Lock()
        self._log_failed_at: float | None = None  # None: the last write worked
        self._not_logged = 0  # questions lost since then
        self.clock = time.monotonic  # seconds; the tests set their own

    async def open(self) -> None:
        """Read every server's settings; raises DatabaseError if the database is unusable."""
        try:
            self._cache = await asyncio.to_thread(self._read_all)
        except (sqlite3.Error, OSError) as error:
            raise _unusable(self._path, error) from None

    def get(self, guild_id: int) -> GuildSettings:
        """The server's saved settings, or the host's defaults if it saved none."""
        return self._cache.get(guild_id, self._default)

    async def update(self, guild_id: int, **changes: object) -> GuildSettings:
        """Apply `changes` to a server's settings, save them, and return the result.

        Raises NotSaved, with nothing changed, if the database stays locked for
        `timeout` seconds or cannot be written at all.
        """
        async with self._lock:
            updated = replace(self.get(guild_id), **changes)  # type: ignore[arg-type]
            try:
                await asyncio.to_thread(self._write, guild_id, updated)
            except (sqlite3.Error, OSError) as error:
                raise NotSaved(str(error)) from error
            self._cache[guild_id] = updated
            return updated

    async def record_unanswered(
        self, question: str, guild_id: int | None, language: str, now: dt.datetime
    ) -> bool:
        """Log a question the bot could not answer (its text, time and server; never who
        asked), unless the server switched the log off. Returns whether it was logged.
        """
        if guild_id is not None and not self.get(guild_id).log_unanswered:
            return False
        text = visible(_MENTION.sub(" ", question))[:QUESTION_CHARS]
        if not text:
            return False
        async with self._log_turn:
            failed_at = self._log_failed_at
            if failed_at is not None and self.clock() - failed_at < LOG_RETRY_SECONDS:
                self._not_logged += 1
                return False
            try:
                await asyncio.to_thread(self._append, text, guild_id, language, now)
            except (sqlite3.Error, OSError) as error:
                self._log_failing(error)
                return False
            if failed_at is not None:
                log.info(
                    "The unanswered-question log is written again (%d questions were not logged)",
                    self._not_logged,
                )
                self._log_failed_at, self._not_logged = None, 0
            return True

    def _log_failing(self, error: Exception) -> None:
        """Count the lost question; warn once when the log starts failing, not per question."""
        if self._log_failed_at is None:
            log.warning(
                "Could not write the unanswered-question log (%s); answers go on, and "
                "questions go unlogged until a write works again (tried every %.0f s)",
                error,
                LOG_RETRY_SECONDS,
            )
        self._log_failed_at = self.clock()
        self._not_logged += 1

    def unanswered(self) -> list[tuple[str, str, str]]:
        """Every logged question, oldest first: (asked_at, language, question). Raises
        DatabaseError if the database is unusable."""
        try:
            with _connect(self._path) as connection:
                rows = connection.execute(
                    "SELECT asked_at, language, question FROM unanswered ORDER BY id"
                ).fetchall()
            connection.close()
        except (sqlite3.Error, OSError) as error:
            raise _unusable(self._path, error) from None
        return rows

    def _append(self, text: str, guild_id: int | None, language: str, now: dt.datetime) -> None:
        oldest = (now - dt.timedelta(days=KEEP_DAYS)).isoformat(timespec="seconds")
        with self._log_lock:
            if self._log is None:
                self._log = _connect(self._path, self._timeout, check_same_thread=False)
            with self._log as connection:
                added = connection.execute(
                    "INSERT INTO unanswered (asked_at, guild_id, language, question) "
                    "VALUES (?,?,?,?)",
                    (now.isoformat(timespec="seconds"), guild_id, language, text),
                ).lastrowid
                if added is not None and added % TRIM_EVERY == 0:
                    connection.execute("DELETE FROM unanswered WHERE asked_at < ?", (oldest,))
                    connection.execute(
                        "DELETE FROM unanswered WHERE id <= ? - ?", (added, KEEP_QUESTIONS)
                    )

    def close(self) -> None:
        with self._log_lock:
            if self._log is not None:
                self._log.close()
                self._log = None

    def _read_all(self) -> dict[int, GuildSettings]:
        with _connect(self._path, self._timeout) as connection:
            rows = connection.execute(
                "SELECT guild_id, listen_channels, answer_unaddressed, language, log_unanswered "
                "FROM guild_settings"
            ).fetchall()
        connection.close()
        return {
            guild_id: GuildSettings(
                self._channels(guild_id, channels), bool(unaddressed), language, bool(logged)
            )
            for guild_id, channels, unaddressed, language, logged in rows
        }

    def _channels(self, guild_id: int, stored: str) -> frozenset[int]:
        """A server's saved listen channels: a JSON list of channel ids."""
        try:
            channels = json.loads(stored)
        except (json.JSONDecodeError, TypeError):
            channels = None
        if not isinstance(channels, list) or not all(
            isinstance(c, int) and not isinstance(c, bool) for c in channels
        ):
            raise DatabaseError(
                f"{self._path}: server {guild_id}'s saved listen channels are damaged "
                f"({str(stored)[:40]!r} is not a JSON list of channel ids); fix or delete "
                "that row of guild_settings"
            )
        return frozenset(channels)

    def _write(self, guild_id: int, settings: GuildSettings) -> None:
        with _connect(self._path, self._timeout) as connection:
            connection.execute(
                UPSERT,
                (
                    guild_id,
                    json.dumps(sorted(settings.listen_channels)),
                    int(settings.answer_unaddressed),
                    settings.language,
                    int(settings.log_unanswered),
                ),
            )
        connection.close()


def _connect(
    path: Path, timeout: float = BUSY_TIMEOUT, check_same_thread: bool = True
) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=timeout, check_same_thread=check_same_thread)
    # Write-ahead logging: a write need not wait for the disk twice, and readers
    # (somos-bot report) never block the bot.
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(SCHEMA)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(guild_settings)")}
    for column, statement in MIGRATIONS.items():
        if column not in columns:
            connection.execute(statement)
    return connection


@dataclass(frozen=True)
class QuestionGroup:
    """Similar unanswered questions: how often, the most asked wording, and others."""

    count: int
    wording: str
    others: tuple[str, ...]
    languages: tuple[str, ...]


def group_questions(rows: list[tuple[str, str, str]]) -> list[QuestionGroup]:
    """Similar questions together, most frequent first, so a maintainer sees which facts
    fans miss most. Greedy: each wording joins the first group it resembles, among the
    groups that share one of its longer words (an index by word keeps this about
    linear, so the 10,000 rows the log keeps group in well under two seconds).
    """
    counts = Counter(
        (language, " ".join(visible(question).casefold().split())) for _, language, question in rows
    )
    groups: list[tuple[str, Counter[str], set[str]]] = []
    by_word: dict[str, list[int]] = {}
    for (language, wording), count in counts.most_common():
        keys = {word for word in wording.split() if len(word) >= GROUP_WORD} or {wording}
        candidates = sorted({g for key in keys for g in by_word.get(key, ())[:GROUP_TRIES]})
        found = process.extractOne(
            wording,
            {index: groups[index][0] for index in candidates},
            scorer=fuzz.token_set_ratio,
            score_cutoff=SIMILAR,
        )
        if found is None:
            groups.append((wording, Counter(), set()))
            index = len(groups) - 1
            for key in keys:
                by_word.setdefault(key, []).append(index)
        else:
            index = int(found[2])
        _, wordings, languages = groups[index]
        wordings[wording] += count
        languages.add(language)
    result = [
        QuestionGroup(
            count=sum(wordings.values()),
            wording=wordings.most_common(1)[0][0],
            others=tuple(w for w, _ in wordings.most_common()[1:]),
            languages=tuple(sorted(languages)),
        )
        for _, wordings, languages in groups
    ]
    return sorted(result, key=lambda group: -group.count)
