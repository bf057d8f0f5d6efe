"""A throwaway PostgreSQL server for the tests, from the Debian package's binaries: a
temporary data folder, a free port on 127.0.0.1, password authentication, stopped (and
its folder removed) at the end.

Without the binaries the tests that need it are skipped, and the run's summary says so
in plain words; with SOMOS_REQUIRE_POSTGRES=1 (as `.ci/run` sets it) they fail instead.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

USER = "somos"
PASSWORD = "pg-secret-Zm9vYmFy"  # the tests check it never reaches a log or a message
REQUIRE = "SOMOS_REQUIRE_POSTGRES"
SKIPPED = "PostgreSQL tests skipped"
HOW_TO_GET_IT = "install the Debian package: apt-get install postgresql"
# Fast and throwaway: nothing here needs to survive a power cut (a crash of the server
# alone, as the outage tests cause, loses nothing committed: the WAL reaches the OS).
FAST = ("-c", "fsync=off", "-c", "full_page_writes=off")


def binaries() -> Path | None:
    """The folder of the newest installed PostgreSQL server's programs."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/postgres"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("postgres")
    return Path(on_path).parent if on_path else None


def unavailable(reason: str) -> None:
    """Skip the test, or fail it where PostgreSQL is required (CI)."""
    message = f"{SKIPPED}: {reason}; {HOW_TO_GET_IT}"
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{message} ({REQUIRE}=1: they must run here)", pytrace=False)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One PostgreSQL server: `start()`, `stop()` (and start again on the same port)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="somos-pg-"))
        self.data = self.folder / "data"
        self.process: subprocess.Popen[bytes] | None = None
        self._databases = 0
        # initdb and postgres refuse to run as root: as root, run them as `postgres`
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            try:
                owner = pwd.getpwnam(self.user)
            except KeyError:
                shutil.rmtree(self.folder)
                unavailable("running as root, and there is no 'postgres' user to run it as")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
        password = self.folder / "password"
        password.write_text(PASSWORD)
        if self.user:
            os.chown(password, owner.pw_uid, owner.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", USER, f"--pwfile={password}",
            "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        password.unlink()

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [str(self.bindir / program), *args],
            check=True,
            capture_output=True,
            user=self.user,
            cwd=self.folder,
        )

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{self.port}/{database}"

    def start(self, timeout: float = 30.0) -> None:
        self.process = subprocess.Popen(
            [
                str(self.bindir / "postgres"), "-D", str(self.data), "-p", str(self.port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                *FAST,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            user=self.user,
            cwd=self.folder,
        )  # fmt: skip
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            try:
                psycopg.connect(self.url(), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the test PostgreSQL server did not start") from None
                time.sleep(0.1)

    def stop(self) -> None:
        """Stop it as a crash would look to its clients: connections cut at once."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # immediate shutdown
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def new_database(self) -> str:
        """A fresh, empty database; its URL."""
        import psycopg

        self._databases += 1
        name = f"test{self._databases}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def server() -> Iterator[Server]:
    """A started server, removed at the end; skips (or fails) where there is none."""
    bindir = binaries()
    if bindir is None:
        unavailable("no PostgreSQL server programs on this machine")
        raise AssertionError("unreachable")
    running = Server(bindir)
    try:
        running.start()
        yield running
    finally:
        running.remove()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """One server for the whole run; tests that stop it use `own_postgres_server`."""
    with server() as running:
        yield running


@pytest.fixture
def own_postgres_server() -> Iterator[Server]:
    with server() as running:
        yield running


@pytest.fixture
def postgres_url(postgres_server: Server) -> str:
    """A fresh database on the shared server, for one test."""
    return postgres_server.new_database()
