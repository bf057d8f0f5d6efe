"""Without PostgreSQL, the test command still passes and says plainly that the PostgreSQL
tests were skipped; where they are required (SOMOS_REQUIRE_POSTGRES=1, as in CI) they fail
instead. With it, the throwaway server is the tests' own: a temporary folder, 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.postgres import REQUIRE, Server

ROOT = Path(__file__).resolve().parent.parent
ONE_TEST = "tests/test_store.py::test_settings_are_kept_and_read_back_by_a_new_store"


def pytest_without_postgres(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.without_postgres", ONE_TEST],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != REQUIRE} | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_without_postgresql_the_run_passes_and_says_they_were_skipped() -> None:
    result = pytest_without_postgres()
    assert result.returncode == 0, result.stdout
    summary = result.stdout.splitlines()[-1]
    assert "1 passed" in summary and "1 skipped" in summary, summary
    assert "1 PostgreSQL tests were skipped: no PostgreSQL server programs" in result.stdout
    assert "apt-get install postgresql" in result.stdout


def test_where_postgresql_is_required_a_skip_is_a_failure() -> None:
    result = pytest_without_postgres(**{REQUIRE: "1"})
    assert result.returncode == 1, result.stdout
    summary = result.stdout.splitlines()[-1]
    assert "1 passed" in summary and "1 error" in summary, summary
    assert f"{REQUIRE}=1: they must run here" in result.stdout


def test_the_server_is_a_throwaway_on_loopback(postgres_server: Server) -> None:
    import psycopg

    assert postgres_server.folder.is_dir()
    with psycopg.connect(postgres_server.url()) as connection:
        [(address, data)] = connection.execute(
            "SELECT current_setting('listen_addresses'), current_setting('data_directory')"
        ).fetchall()
    assert address == "127.0.0.1"
    assert Path(data) == postgres_server.data


def test_stopping_removes_it(postgres_server: Server) -> None:
    other = Server(postgres_server.bindir)
    other.start()
    assert other.port != postgres_server.port
    other.remove()
    assert not other.folder.exists()
