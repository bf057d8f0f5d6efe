"""Per-server settings in SQLite, so that admins' choices survive a restart.

Reads come from an in-memory copy (loaded once); writes go to the database
first, in a worker thread so the event loop never waits on the disk.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS guild_settings (
    guild_id INTEGER PRIMARY KEY,
    listen_channels TEXT NOT NULL DEFAULT '[]',
    answer_unaddressed INTEGER NOT NULL DEFAULT 0,
    language TEXT
)
"""

UPSERT = """
INSERT INTO guild_settings (guild_id, listen_channels, answer_unaddressed, language)
VALUES (?, ?, ?, ?)
ON CONFLICT(guild_id) DO UPDATE SET
    listen_channels = excluded.listen_channels,
    answer_unaddressed = excluded.answer_unaddressed,
    language = excluded.language
"""


@dataclass(frozen=True)
class GuildSettings:
    """One server's options; `language` None means the bot's default."""

    listen_channels: frozenset[int] = frozenset()
    answer_unaddressed: bool = False
    language: str | None = None


class SettingsStore:
    def __init__(self, path: Path, default: GuildSettings | None = None) -> None:
        self._path = path
        self._default = default or GuildSettings()
        self._cache: dict[int, GuildSettings] = {}
        self._lock = asyncio.Lock()

    async def open(self) -> None:
        self._cache = await asyncio.to_thread(self._read_all)

    def get(self, guild_id: int) -> GuildSettings:
        """The server's saved settings, or the host's defaults if it saved none."""
        return self._cache.get(guild_id, self._default)

    def any_listening(self) -> bool:
        """Whether any server (or the default) answers unaddressed messages somewhere."""
        settings = [self._default, *self._cache.values()]
        return any(s.answer_unaddressed and s.listen_channels for s in settings)

    async def update(self, guild_id: int, **changes: object) -> GuildSettings:
        """Apply `changes` to a server's settings, save them, and return the result."""
        async with self._lock:
            updated = replace(self.get(guild_id), **changes)  # type: ignore[arg-type]
            await asyncio.to_thread(self._write, guild_id, updated)
            self._cache[guild_id] = updated
            return updated

    def _connect(self) -> sqlite3.Connection:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self._path)
        connection.execute(SCHEMA)
        return connection

    def _read_all(self) -> dict[int, GuildSettings]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT guild_id, listen_channels, answer_unaddressed, language FROM guild_settings"
            ).fetchall()
        connection.close()
        return {
            guild_id: GuildSettings(frozenset(json.loads(channels)), bool(unaddressed), language)
            for guild_id, channels, unaddressed, language in rows
        }

    def _write(self, guild_id: int, settings: GuildSettings) -> None:
        with self._connect() as connection:
            connection.execute(
                UPSERT,
                (
                    guild_id,
                    json.dumps(sorted(settings.listen_channels)),
                    int(settings.answer_unaddressed),
                    settings.language,
                ),
            )
        connection.close()
