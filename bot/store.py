"""The bot's store: per-server settings, and the questions it could not answer, kept in
a `bot.database.Database` (a SQLite file, or a PostgreSQL server shared by a shard
cluster); the store behaves the same on both.

Settings are read from an in-memory copy (loaded once at start, so the bot keeps
answering with them when the database goes away); every write goes to the database.
A settings change that cannot be saved raises `NotSaved`, while the unanswered-question
log is best-effort: it never raises, and an operator hears of its trouble once (one
warning line) per outage, not once per question, and once more when it works again.
Questions declined while a log write is under way are written together by the next
one, in one statement: under load the log costs one hand-off to the database per batch,
not several per question.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from bot.database import Database, DatabaseError, Unavailable
from bot.text import visible

__all__ = ["DatabaseError", "GuildSettings", "NotSaved", "SettingsStore", "group_questions"]

log = logging.getLogger(__name__)

UPSERT = """
INSERT INTO guild_settings (guild_id, listen_channels, answer_unaddressed, language, log_unanswered)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT(guild_id) DO UPDATE SET
    listen_channels = excluded.listen_channels,
    answer_unaddressed = excluded.answer_unaddressed,
    language = excluded.language,
    log_unanswered = excluded.log_unanswered
"""
LOGGED = "SELECT asked_at, language, question FROM unanswered ORDER BY asked_at, id"
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
# After a failed log write, questions are counted, not written, this long: a locked, full
# or unreachable database must not hold up every declined question.
LOG_RETRY_SECONDS = 30.0
BATCH_ROWS = 100  # questions written in one statement at most (4 parameters each)
INSERT_ROW = "(?, ?, ?, ?)"
# A question for the log: asked_at, guild_id, language, question.
LogRow = tuple[str, int | None, str, str]


@dataclass(frozen=True)
class GuildSettings:
    """One server's options; `language` None means the bot's default."""

    listen_channels: frozenset[int] = frozenset()
    answer_unaddressed: bool = False
    language: str | None = None
    log_unanswered: bool = True


class NotSaved(Exception):
    """A settings change could not be written (the database is locked, full or
    unreachable); the saved settings are unchanged."""


class SettingsStore:
    def __init__(self, database: Database, default: GuildSettings | None = None) -> None:
        self.database = database
        self._default = default or GuildSettings()
        self._cache: dict[int, GuildSettings] = {}
        self._lock = asyncio.Lock()
        self._log_turn = asyncio.Lock()  # one log write at a time; the others wait their turn
        self._waiting: list[tuple[LogRow, asyncio.Future[bool]]] = []  # for the next write
        self._log_failed_at: float | None = None  # None: the last write worked
        self._not_logged = 0  # questions lost since then
        self.clock = time.monotonic  # seconds; the tests set their own

    async def open(self) -> None:
        """Connect, migrate, and read every server's settings; raises DatabaseError if the
        database is unusable."""
        await self.database.open()
        try:
            rows = await self.database.fetch(
                "SELECT guild_id, listen_channels, answer_unaddressed, language, log_unanswered "
                "FROM guild_settings"
            )
            self._cache = {
                guild_id: GuildSettings(
                    self._channels(guild_id, channels), bool(unaddressed), language, bool(logged)
                )
                for guild_id, channels, unaddressed, language, logged in rows
            }
        except Unavailable as error:
            await self.database.close()
            raise DatabaseError(f"{self.database.where}: cannot read settings ({error})") from None
        except DatabaseError:
            await self.database.close()
            raise

    def get(self, guild_id: int) -> GuildSettings:
        """The server's saved settings, or the host's defaults if it saved none."""
        return self._cache.get(guild_id, self._default)

    async def update(self, guild_id: int, **changes: object) -> GuildSettings:
        """Apply `changes` to a server's settings, save them, and return the result.

        Raises NotSaved, with nothing changed, if the database stays locked or
        unreachable for its time-out, or cannot be written at all.
        """
        async with self._lock:
            updated = replace(self.get(guild_id), **changes)  # type: ignore[arg-type]
            row = (
                guild_id,
                json.dumps(sorted(updated.listen_channels)),
                int(updated.answer_unaddressed),
                updated.language,
                int(updated.log_unanswered),
            )
            try:
                await self.database.execute(UPSERT, row)
            except Unavailable as error:
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
        logged = asyncio.get_running_loop().create_future()
        self._waiting.append(
            ((now.isoformat(timespec="seconds"), guild_id, language, text), logged)
        )
        async with self._log_turn:  # the write under way ends, and the next takes ours too
            while not logged.done():
                batch, self._waiting = self._waiting[:BATCH_ROWS], self._waiting[BATCH_ROWS:]
                written = False  # unless the write ends well (it may be cancelled)
                try:
                    written = await self._write([row for row, _ in batch])
                finally:
                    for _, future in batch:
                        future.set_result(written)
        return logged.result()

    async def _write(self, rows: list[LogRow]) -> bool:
        """Write a batch of questions unless the log failed a moment ago; whether it was."""
        failed_at = self._log_failed_at
        if failed_at is not None and self.clock() - failed_at < LOG_RETRY_SECONDS:
            self._not_logged += len(rows)
            return False
        try:
            await self._append(rows)
        except Unavailable as error:
            self._log_failing(error, len(rows))
            return False
        if failed_at is not None:
            log.info(
                "The unanswered-question log is written again (%d questions were not logged)",
                self._not_logged,
            )
            self._log_failed_at, self._not_logged = None, 0
        return True

    async def _append(self, rows: list[LogRow]) -> None:
        async with self.database.transaction() as transaction:
            added = await transaction.fetch(
                "INSERT INTO unanswered (asked_at, guild_id, language, question) VALUES "
                + ", ".join([INSERT_ROW] * len(rows))
                + " RETURNING id",
                [value for row in rows for value in row],
            )
            numbers = [int(number) for (number,) in added]
            if any(number % TRIM_EVERY == 0 for number in numbers):
                newest = max(row[0] for row in rows)
                oldest = (
                    dt.datetime.fromisoformat(newest) - dt.timedelta(days=KEEP_DAYS)
                ).isoformat(timespec="seconds")
                await transaction.execute("DELETE FROM unanswered WHERE asked_at < ?", (oldest,))
                await transaction.execute(
                    "DELETE FROM unanswered WHERE id <= ?", (max(numbers) - KEEP_QUESTIONS,)
                )

    def _log_failing(self, error: Exception, lost: int) -> None:
        """Count the lost questions; warn once when the log starts failing, not per batch."""
        if self._log_failed_at is None:
            log.warning(
                "Could not write the unanswered-question log (%s); answers go on with the "
                "settings in memory, and questions go unlogged until a write works again "
                "(tried every %.0f s)",
                error,
                LOG_RETRY_SECONDS,
            )
        self._log_failed_at = self.clock()
        self._not_logged += lost

    def unanswered(self) -> list[tuple[str, str, str]]:
        """Every logged question, oldest first: (asked_at, language, question), read on a
        connection of its own (no need to open the store). Raises DatabaseError if the
        database is unusable."""
        return [(str(at), str(lang), str(text)) for at, lang, text in self.database.read(LOGGED)]

    async def close(self) -> None:
        await self.database.close()

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
                f"{self.database.where}: server {guild_id}'s saved listen channels are damaged "
                f"({str(stored)[:40]!r} is not a JSON list of channel ids); fix or delete "
                "that row of guild_settings"
            )
        return frozenset(channels)


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
