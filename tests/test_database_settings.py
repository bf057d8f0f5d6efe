"""DATABASE_URL chooses a PostgreSQL server, else the SQLite file of DATABASE_PATH; a URL
the bot cannot use stops `run` and `report` with one line that names the setting or the
server, and never shows the password."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bot.database import PostgresDatabase, SqliteDatabase
from bot.settings import Settings, SettingsError
from tests.cli_process import somos_bot as command
from tests.postgres import PASSWORD, USER, Server, free_port

ROOT = Path(__file__).resolve().parent.parent
URL = f"postgresql://bot:{PASSWORD}@db.example:6543/somos"


def test_sqlite_is_the_default_and_a_url_chooses_postgresql(tmp_path: Path) -> None:
    default = Settings.load({"DATABASE_PATH": str(tmp_path / "x.db")}, tmp_path / "none")
    database = default.open_database()
    assert isinstance(database, SqliteDatabase) and database.path == tmp_path / "x.db"
    chosen = Settings.load({"DATABASE_URL": URL}, tmp_path / "none")
    server = chosen.open_database()
    assert isinstance(server, PostgresDatabase)
    assert server.where == "postgresql://bot@db.example:6543/somos"
    assert PASSWORD not in repr(chosen) and PASSWORD not in str(chosen.database_url)


@pytest.mark.parametrize(
    "url",
    [f"mysql://bot:{PASSWORD}@db/somos", f"postgresql://bot:{PASSWORD}@db/somos?bogus=1"],
)
def test_a_bad_url_names_the_setting_not_the_password(tmp_path: Path, url: str) -> None:
    with pytest.raises(SettingsError, match=r"^DATABASE_URL: ") as caught:
        Settings.load({"DATABASE_URL": url}, tmp_path / "none")
    assert PASSWORD not in str(caught.value)


def assert_one_line(result: subprocess.CompletedProcess[str], *named: str) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert PASSWORD not in result.stderr + result.stdout
    for name in named:
        assert name in line, line
    return line


@pytest.mark.parametrize("verb", ["run", "report"])
def test_a_bad_url_stops_run_and_report_in_one_line(tmp_path: Path, verb: str) -> None:
    result = command(verb, cwd=tmp_path, DATABASE_URL=f"mysql://bot:{PASSWORD}@db/somos")
    assert_one_line(result, "DATABASE_URL")


@pytest.mark.parametrize("verb", ["run", "report"])
def test_a_server_that_does_not_answer_is_named_in_one_line(tmp_path: Path, verb: str) -> None:
    port = free_port()  # nothing listens there
    url = f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{port}/somos"
    line = assert_one_line(
        command(verb, cwd=tmp_path, DATABASE_URL=url), f"postgresql://{USER}@127.0.0.1:{port}"
    )
    assert "refused" in line.lower() or "connect" in line.lower()


@pytest.mark.parametrize("verb", ["run", "report"])
def test_a_wrong_password_is_named_without_either_password(
    tmp_path: Path, postgres_server: Server, verb: str
) -> None:
    wrong = postgres_server.url().replace(PASSWORD, "not-the-password-QUJD")
    result = command(verb, cwd=tmp_path, DATABASE_URL=wrong)
    line = assert_one_line(result, "password authentication failed")
    assert "not-the-password-QUJD" not in line
