"""What `somos-bot run` says as it starts: nothing that does not concern this bot, and one
line when Discord cannot be reached."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

from tests.discord.conftest import TOKEN, World
from tests.discord.process import running


async def test_a_start_logs_no_warning_that_does_not_concern_the_bot(world: World, tmp_path: Path):
    async with running(world.fake, TOKEN, tmp_path, LOG_LEVEL="INFO") as run:
        await run.stop()
    assert "logging in" in run.output.lower()  # the log is on
    assert "PyNaCl" not in run.output and "davey" not in run.output
    # the Message Content intent is off on purpose (MESSAGE_CONTENT_INTENT unset)
    assert "message content intent is missing" not in run.output.lower()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once it is closed


async def test_run_without_discord_reachable_says_so_in_one_line(tmp_path: Path):
    env = {
        **os.environ,
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE": f"http://127.0.0.1:{_closed_port()}/api/v10",
        "DATABASE_PATH": str(tmp_path / "run.sqlite3"),
        "LOG_LEVEL": "WARNING",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 1
    assert "Traceback" not in err.decode()
    [line] = err.decode().strip().splitlines()
    assert "Discord" in line
    assert TOKEN not in (out + err).decode()
