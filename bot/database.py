"""Where the bot keeps its tables: a SQLite file (the default, nothing to set up) or a
PostgreSQL server (`DATABASE_URL=postgresql://…`), shared by every process of a shard
cluster.

Both back ends take the same SQL (written with `?` placeholders) and get the same
schema from the same numbered migrations, run by the bot when it opens the database;
`schema_version` records how many have run. The store (`bot.store`) sees only
`Database`: it never knows which back end it has.

A statement that cannot run because the database is busy, down or full raises
`Unavailable` (the caller decides what to do: a settings change is refused, a logged
question is counted as lost); a database that cannot be opened at all raises
`DatabaseError`, whose message is the one line an operator reads. No message ever
holds a database password.
"""

from __future__ import annotations

import asyncio
import logging
import math
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, LiteralString, cast

if TYPE_CHECKING:  # psycopg is imported only when a PostgreSQL server is used
    import psycopg
    from psycopg_pool import AsyncConnectionPool

Row = tuple[Any, ...]
Params = Sequence[object]

# Every change to the schema, in order, for both back ends: never edit one that has
# shipped, add a new one. `{id}` is each back end's auto-numbered primary key.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: per-server settings and the unanswered-question log
        "CREATE TABLE IF NOT EXISTS guild_settings ("
        " guild_id BIGINT PRIMARY KEY,"
        " listen_channels TEXT NOT NULL DEFAULT '[]',"
        " answer_unaddressed INTEGER NOT NULL DEFAULT 0,"
        " language TEXT)",
        "CREATE TABLE IF NOT EXISTS unanswered ("
        " id {id},"
        " asked_at TEXT NOT NULL,"
        " guild_id BIGINT,"
        " language TEXT NOT NULL,"
        " question TEXT NOT NULL)",
    ),
    (  # 2: a server's switch for the unanswered-question log
        "ALTER TABLE guild_settings ADD COLUMN log_unanswered INTEGER NOT NULL DEFAULT 1",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class DatabaseError(Exception):
    """The database cannot be opened or read; the message names it and the problem."""


class Unavailable(Exception):
    """A statement could not run: the database is locked, down or full. Nothing changed."""


class Transaction(ABC):
    """Statements run one after another in one transaction (`Database.transaction`)."""

    @abstractmethod
    async def execute(self, sql: str, params: Params = ()) -> None: ...

    @abstractmethod
    async def fetch(self, sql: str, params: Params = ()) -> list[Row]: ...

    @abstractmethod
    async def columns(self, table: str) -> set[str]:
        """The names of a table's columns; empty if there is no such table."""


class Database(ABC):
    """One back end. `where` names it in messages: a path, or a URL without password."""

    where: str
    id_column: str  # an auto-numbered primary key, for MIGRATIONS' `{id}`
    lock_schema: str | None = None  # a statement that keeps other processes out while migrating

    async def open(self) -> None:
        """Connect, and bring the schema up to date; raises DatabaseError."""
        await self._connect()
        try:
            await migrate(self)
        except BaseException as error:
            await self.close()
            if isinstance(error, Unavailable):
                raise self._cannot_open(error) from None
            raise

    @abstractmethod
    async def _connect(self) -> None:
        """Raises DatabaseError."""

    @abstractmethod
    def _cannot_open(self, error: Unavailable) -> DatabaseError:
        """What to tell the operator when the tables cannot be read or set up."""

    @abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[Transaction]:
        """Statements in one transaction, committed at the end of the `async with`
        block, rolled back if it raises; raises Unavailable."""

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        async with self.transaction() as transaction:
            return await transaction.fetch(sql, params)

    async def execute(self, sql: str, params: Params = ()) -> None:
        async with self.transaction() as transaction:
            await transaction.execute(sql, params)

    @abstractmethod
    def read(self, sql: str, params: Params = ()) -> list[Row]:
        """One query on a connection of its own, without the event loop (`somos-bot
        report`); a missing table reads as no rows. Raises DatabaseError."""

    @abstractmethod
    async def close(self) -> None: ...


async def migrate(database: Database) -> None:
    """Run the migrations this database has not had, all in one transaction, one process
    at a time. Raises DatabaseError for a database made by a newer bot."""
    async with database.transaction() as transaction:
        if database.lock_schema:
            await transaction.execute(database.lock_schema)
        await transaction.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)")
        rows = await transaction.fetch("SELECT version FROM schema_version")
        if rows:
            version = int(rows[0][0])
        else:
            version = await _unnumbered_version(transaction)
            await transaction.execute("INSERT INTO schema_version VALUES (?)", (version,))
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"{database.where}: its tables were made by a newer version of the bot "
                f"(schema {version}, this one knows {SCHEMA_VERSION}); update the bot"
            )
        for statements in MIGRATIONS[version:]:
            for statement in statements:
                await transaction.execute(statement.format(id=database.id_column))
        if version < SCHEMA_VERSION:
            await transaction.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))
            log.info("Database %s: schema %d -> %d", database.where, version, SCHEMA_VERSION)


async def _unnumbered_version(transaction: Transaction) -> int:
    """Where a database stands that has no `schema_version` yet: new, or a SQLite file
    made before migrations were numbered (its tables already have the log switch, or they
    lack it and migration 1, which only adds missing tables, runs again)."""
    return 2 if "log_unanswered" in await transaction.columns("guild_settings") else 0


log = logging.getLogger(__name__)


# SQLite ------------------------------------------------------------------------------


class SqliteDatabase(Database):
    """A SQLite file. One connection, used by one worker thread at a time, so the event
    loop never waits on the disk; a write waits `timeout` seconds for a lock another
    process (a backup, `somos-bot report`) holds."""

    id_column = "INTEGER PRIMARY KEY AUTOINCREMENT"

    def __init__(self, path: Path, timeout: float = 5.0) -> None:
        self.path = path
        self.where = str(path)
        self._timeout = timeout
        self._connection: sqlite3.Connection | None = None
        self._turn = asyncio.Lock()

    async def _connect(self) -> None:
        try:
            self._connection = await asyncio.to_thread(self._open_file)
        except (sqlite3.Error, OSError) as error:
            raise self._unusable(error) from None

    def _open_file(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            self.path, timeout=self._timeout, isolation_level=None, check_same_thread=False
        )
        try:
            # Write-ahead logging: a write need not wait for the disk twice, and readers
            # (somos-bot report) never block the bot.
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def _cannot_open(self, error: Unavailable) -> DatabaseError:
        cause = error.__cause__
        return self._unusable(cause if isinstance(cause, Exception) else error)

    def _unusable(self, error: Exception) -> DatabaseError:
        """The one line an operator reads about a database file the bot cannot use."""
        if self.path.is_dir():
            return DatabaseError(f"{self.path}: is a folder; set DATABASE_PATH to a file name")
        if isinstance(error, sqlite3.OperationalError | OSError):
            problem = getattr(error, "strerror", None) or str(error)
            return DatabaseError(
                f"{self.path}: cannot be opened for writing ({problem}); check that its "
                "folder exists and the bot may write there"
            )
        return DatabaseError(
            f"{self.path}: not a SQLite database, or a damaged one ({error}); move it aside "
            "and the bot starts a new one"
        )

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        async with self._turn:
            connection = self._connection
            if connection is None:
                raise Unavailable(f"{self.where}: not open")
            run = _SqliteTransaction(connection)
            await run.execute("BEGIN IMMEDIATE")  # the write lock, or wait `timeout` for it
            try:
                yield run
                await run.execute("COMMIT")
            except BaseException:
                await asyncio.to_thread(_rollback, connection)
                raise

    def read(self, sql: str, params: Params = ()) -> list[Row]:
        try:
            connection = sqlite3.connect(self.path, timeout=self._timeout)
            try:
                return connection.execute(sql, tuple(params)).fetchall()
            finally:
                connection.close()
        except sqlite3.OperationalError as error:
            if str(error).startswith("no such table"):
                return []
            raise self._unusable(error) from None
        except (sqlite3.Error, OSError) as error:
            raise self._unusable(error) from None

    async def close(self) -> None:
        async with self._turn:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


def _rollback(connection: sqlite3.Connection) -> None:
    if connection.in_transaction:
        connection.execute("ROLLBACK")


class _SqliteTransaction(Transaction):
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Params = ()) -> None:
        await self.fetch(sql, params)

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        try:
            return await asyncio.to_thread(self._fetch, sql, tuple(params))
        except (sqlite3.Error, OSError) as error:  # locked, full, or damaged
            raise Unavailable(str(error)) from error

    def _fetch(self, sql: str, params: tuple[object, ...]) -> list[Row]:
        return self._connection.execute(sql, params).fetchall()

    async def columns(self, table: str) -> set[str]:
        return {row[1] for row in await self.fetch(f"PRAGMA table_info({table})")}


# PostgreSQL --------------------------------------------------------------------------


class PostgresDatabase(Database):
    """A PostgreSQL server, through psycopg 3's asyncio pool. A connection lost with the
    server is dropped and a new one made when the next statement needs it; until the
    server answers again, each statement waits at most `timeout` seconds, then raises
    Unavailable."""

    id_column = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    lock_schema = "SELECT pg_advisory_xact_lock(1450)"  # any number: this bot's own lock
    POOL_SIZE = 4

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        self._url = url
        self.where = safe_url(url)
        self._timeout = timeout
        self._pool: AsyncConnectionPool[psycopg.AsyncConnection[Row]] | None = None

    def _conninfo(self) -> str:
        from psycopg.conninfo import make_conninfo

        wait = max(1, math.ceil(self._timeout))
        return make_conninfo(self._url, connect_timeout=wait, application_name="somos-bot")

    async def _connect(self) -> None:
        import psycopg
        from psycopg_pool import AsyncConnectionPool

        # The pool's own log repeats every failed reconnection; the store says it once.
        logging.getLogger("psycopg.pool").setLevel(logging.CRITICAL)
        try:  # a first connection of our own, for the operator to hear why it failed
            first = await psycopg.AsyncConnection.connect(self._conninfo())
        except psycopg.Error as error:
            raise DatabaseError(f"{self.where}: cannot connect ({one_line(error)})") from None
        await first.close()
        self._pool = AsyncConnectionPool(
            self._conninfo(),
            min_size=1,
            max_size=self.POOL_SIZE,
            open=False,
            timeout=self._timeout,
            # give up a reconnection soon, so that the next statement starts a new one
            reconnect_timeout=self._timeout,
            check=AsyncConnectionPool.check_connection,
        )
        await self._pool.open()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        import psycopg

        if self._pool is None:
            raise Unavailable(f"{self.where}: not open")
        try:
            async with self._pool.connection() as connection:
                yield _PostgresTransaction(connection)
        except psycopg.OperationalError as error:  # the pool's time-out is one too
            raise Unavailable(one_line(error)) from error

    def read(self, sql: str, params: Params = ()) -> list[Row]:
        import psycopg

        try:
            with psycopg.connect(self._conninfo()) as connection:
                return connection.execute(_placeholders(sql), tuple(params)).fetchall()
        except psycopg.errors.UndefinedTable:
            return []
        except psycopg.Error as error:
            raise DatabaseError(f"{self.where}: cannot read ({one_line(error)})") from None

    def _cannot_open(self, error: Unavailable) -> DatabaseError:
        return DatabaseError(f"{self.where}: cannot set up its tables ({error})")

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None


class _PostgresTransaction(Transaction):
    def __init__(self, connection: psycopg.AsyncConnection[Row]) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Params = ()) -> None:
        await self._connection.execute(_placeholders(sql), tuple(params))

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        cursor = await self._connection.execute(_placeholders(sql), tuple(params))
        return await cursor.fetchall()

    async def columns(self, table: str) -> set[str]:
        rows = await self.fetch(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ?",
            (table,),
        )
        return {row[0] for row in rows}


def _placeholders(sql: str) -> LiteralString:
    """Our statements' `?` as psycopg's `%s` (none of them holds a literal ? or %). Every
    statement is one of this module's or the store's constants: never a user's text."""
    return cast("LiteralString", sql.replace("?", "%s"))


def one_line(error: Exception) -> str:
    """A driver's message, which may run over several lines, as one."""
    return " ".join(str(error).split()) or type(error).__name__


def safe_url(url: str) -> str:
    """A PostgreSQL URL as it may be shown: user, host, port and database, no password."""
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(url)
    user = f"{parts['user']}@" if parts.get("user") else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{parts.get('host') or ''}{port}/{parts.get('dbname') or ''}"


def open_database(path: Path, url: str | None, timeout: float) -> Database:
    """The database the settings choose: the server at `url` if set, else the file."""
    return PostgresDatabase(url, timeout) if url else SqliteDatabase(path, timeout)
