"""Settings for the Discord bot, from the environment and an optional .env file.

Read and validated once at start-up; a bad value stops the bot with one line
naming the variable. Environment settings are the host's defaults; each
server's admins change their own server's options with /settings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dotenv import dotenv_values

from bot.knowledge import DEFAULT_DIR

if TYPE_CHECKING:
    from bot.database import Database

TOKEN_HELP = (
    "no Discord bot token: create a bot at https://discord.com/developers/applications "
    "(Bot > Reset Token), then put DISCORD_TOKEN=<token> in a .env file in this folder "
    "or in the environment (see .env.example)"
)


class SettingsError(Exception):
    """A setting is missing or malformed; the message names it and says how to fix it."""


class Secret:
    """A value that never shows itself in logs, reprs or tracebacks."""

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass(frozen=True)
class Settings:
    token: Secret = field(default_factory=lambda: Secret(""))
    prefix: str = "!"
    dev_guild_id: int | None = None
    listen_channel_ids: frozenset[int] = frozenset()
    answer_unaddressed: bool = False
    message_content: bool = False
    database: Path = Path("somos-bot.sqlite3")
    # A PostgreSQL server instead of the SQLite file (DATABASE_URL); it holds a password
    database_url: Secret | None = None
    database_timeout: float = 5.0  # seconds a write waits for another process's lock
    knowledge_dir: Path = DEFAULT_DIR
    language: str = "en"
    shard_count: int | None = 1
    shard_ids: tuple[int, ...] | None = None
    log_level: str = "INFO"
    user_rate: int = 8
    user_window: float = 20.0
    channel_rate: int = 20
    channel_window: float = 30.0
    api_base: str | None = None
    gateway_url: str | None = None
    # Seconds between tries of a reply Discord failed to take (bot.sending); not read
    # from the environment: the tests shrink it.
    send_retry_delays: tuple[float, ...] = (0.5, 1.0, 2.0)

    @classmethod
    def load(
        cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None
    ) -> Settings:
        """Settings from `environ` (default: os.environ) over `env_file` (default: ./.env)."""
        values: dict[str, str] = {}
        env_file = Path(".env") if env_file is None else env_file
        if env_file.is_file():
            values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
        values.update(os.environ if environ is None else environ)
        return cls._parse({key: value.strip() for key, value in values.items()})

    @classmethod
    def _parse(cls, env: Mapping[str, str]) -> Settings:
        shard_count = _integer(env, "SHARD_COUNT", 1, allow_auto=True, minimum=1)
        shard_ids = _ids(env, "SHARD_IDS")
        if shard_ids and (shard_count is None or max(shard_ids) >= shard_count):
            raise SettingsError("SHARD_IDS: every id must be below SHARD_COUNT (set both)")
        return cls(
            token=Secret(env.get("DISCORD_TOKEN", "")),
            prefix=env.get("COMMAND_PREFIX") or "!",
            dev_guild_id=_integer(env, "DEV_GUILD_ID", None),
            listen_channel_ids=frozenset(_ids(env, "LISTEN_CHANNEL_IDS") or ()),
            answer_unaddressed=_flag(env, "ANSWER_UNADDRESSED", False),
            message_content=_flag(env, "MESSAGE_CONTENT_INTENT", False),
            database=Path(env.get("DATABASE_PATH") or "somos-bot.sqlite3"),
            database_url=_database_url(env),
            database_timeout=float(_count(env, "DATABASE_TIMEOUT_SECONDS", 5)),
            knowledge_dir=Path(env.get("SOMOS_KNOWLEDGE_DIR") or DEFAULT_DIR),
            language=env.get("REPLY_LANGUAGE") or "en",
            shard_count=shard_count,
            shard_ids=tuple(shard_ids) if shard_ids else None,
            log_level=_log_level(env),
            user_rate=_count(env, "USER_RATE", 8),
            user_window=float(_count(env, "USER_WINDOW_SECONDS", 20)),
            channel_rate=_count(env, "CHANNEL_RATE", 20),
            channel_window=float(_count(env, "CHANNEL_WINDOW_SECONDS", 30)),
            api_base=env.get("DISCORD_API_BASE") or None,
            gateway_url=env.get("DISCORD_GATEWAY_URL") or None,
        )

    def open_database(self) -> Database:
        """The database these settings choose: the PostgreSQL server of DATABASE_URL if
        set, else the SQLite file of DATABASE_PATH."""
        from bot.database import PostgresDatabase, SqliteDatabase

        if self.database_url:
            return PostgresDatabase(self.database_url.reveal(), self.database_timeout)
        return SqliteDatabase(self.database, self.database_timeout)

    def require_token(self) -> str:
        if not self.token:
            raise SettingsError(TOKEN_HELP)
        return self.token.reveal()


def _integer(
    env: Mapping[str, str],
    name: str,
    default: int | None,
    allow_auto: bool = False,
    minimum: int = 0,
) -> int | None:
    raw = env.get(name, "")
    if not raw:
        return default
    if allow_auto and raw.lower() == "auto":
        return None
    hint = ' or "auto"' if allow_auto else ""
    takes = f"a whole number of {minimum} or more{hint}"
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}: expected {takes}, got {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{name}: expected {takes}, got {value}")
    return value


def _count(env: Mapping[str, str], name: str, default: int) -> int:
    """A whole number of 1 or more (a rate, a number of seconds): 0 is refused, not
    quietly read as the default."""
    value = _integer(env, name, default, minimum=1)
    return default if value is None else value


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def _log_level(env: Mapping[str, str]) -> str:
    level = (env.get("LOG_LEVEL") or "INFO").upper()
    if level not in LOG_LEVELS:
        raise SettingsError(
            f"LOG_LEVEL: expected one of {', '.join(LOG_LEVELS)}, got {env['LOG_LEVEL']!r}"
        )
    return level


def _ids(env: Mapping[str, str], name: str) -> list[int] | None:
    raw = env.get(name, "")
    if not raw:
        return None
    try:
        return [int(part) for part in raw.replace(",", " ").split()]
    except ValueError:
        raise SettingsError(f"{name}: expected numbers separated by commas, got {raw!r}") from None


URL_FORM = "postgresql://USER:PASSWORD@HOST:PORT/DATABASE"


def _database_url(env: Mapping[str, str]) -> Secret | None:
    """DATABASE_URL, checked as far as can be without connecting. Its value is never
    repeated in a message: it may hold a password."""
    raw = env.get("DATABASE_URL", "")
    if not raw:
        return None
    if not raw.startswith(("postgresql://", "postgres://")):
        raise SettingsError(
            f"DATABASE_URL: expected a PostgreSQL URL, {URL_FORM} (or leave it empty for "
            "the SQLite file of DATABASE_PATH); the value given is not shown, as it may "
            "hold a password"
        )
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        conninfo_to_dict(raw)
    except ProgrammingError:
        raise SettingsError(
            f"DATABASE_URL: not a valid PostgreSQL URL (expected {URL_FORM}; a character "
            "such as @, : or / inside the password must be written %40, %3A, %2F)"
        ) from None
    return Secret(raw)


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name}: expected true or false, got {raw!r}")
