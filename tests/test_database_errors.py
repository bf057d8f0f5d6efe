"""A database the bot cannot use stops `run` and `report` with one line naming its path
and the problem, not a traceback."""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.database import SqliteDatabase
from bot.store import DatabaseError, SettingsStore
from tests.cli_process import somos_bot

ROOT = Path(__file__).resolve().parent.parent


def _garbage(path: Path) -> Path:
    path.write_bytes(b"this is not a database\n" * 200)
    return path


def _real(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE filler (x TEXT)")
        connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    connection.close()


def _truncated(path: Path) -> Path:
    _real(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _bad_json(path: Path) -> Path:
    async def saved() -> None:  # a real database with a row for server 7
        store = SettingsStore(SqliteDatabase(path))
        await store.open()
        await store.update(7, language="es")
        await store.close()

    with ThreadPoolExecutor(1) as thread:  # called from async tests too
        thread.submit(asyncio.run, saved()).result()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE guild_settings SET listen_channels = '[1, 2'")
    connection.close()
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _read_only_folder(path: Path) -> Path:
    path.parent.chmod(0o500)
    return path


BROKEN: dict[str, Callable[[Path], Path]] = {
    "garbage": _garbage,
    "truncated": _truncated,
    "bad JSON in a stored setting": _bad_json,
    "a folder": _folder,
    "a read-only folder": _read_only_folder,
}


def _broken(kind: str, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    if kind == "a read-only folder" and os.geteuid() == 0:
        pytest.skip("root may write in a read-only folder (see the test below)")
    return BROKEN[kind](folder / "bot.sqlite3")


@pytest.fixture(autouse=True)
def _writable_again(tmp_path: Path):
    yield
    if (tmp_path / "data").is_dir():
        (tmp_path / "data").chmod(0o700)


@pytest.mark.parametrize("kind", list(BROKEN))
async def test_opening_an_unusable_database_names_it(kind: str, tmp_path: Path) -> None:
    broken = _broken(kind, tmp_path)
    with pytest.raises(DatabaseError, match=re.escape(str(broken))):
        await SettingsStore(SqliteDatabase(broken)).open()


async def test_a_database_that_cannot_be_written_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what SQLite says in a folder the bot may not write in (tested so even as root)
    def refused(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", refused)
    path = tmp_path / "bot.sqlite3"
    with pytest.raises(DatabaseError, match=re.escape(str(path))) as caught:
        await SettingsStore(SqliteDatabase(path)).open()
    assert "unable to open" in str(caught.value)
    with pytest.raises(DatabaseError, match=re.escape(str(path))):
        SettingsStore(SqliteDatabase(path)).unanswered()


@pytest.mark.parametrize("command", ["run", "report"])
@pytest.mark.parametrize("kind", list(BROKEN))
def test_run_and_report_say_it_in_one_line(kind: str, command: str, tmp_path: Path) -> None:
    if command == "report" and kind == "bad JSON in a stored setting":
        pytest.skip("report reads the unanswered questions only")
    broken = _broken(kind, tmp_path)
    result = somos_bot(command, cwd=tmp_path, DATABASE_PATH=str(broken))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert str(broken) in line
