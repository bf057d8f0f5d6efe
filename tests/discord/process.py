"""`somos-bot run` as a separate process, pointed at the fake Discord API."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.fake_discord import FakeDiscord


def run_environment(
    fake: FakeDiscord, token: str, database: Path, **settings: str
) -> dict[str, str]:
    """This process's environment, with the token, the fake's addresses, a database of its
    own and any other settings (by their variable names)."""
    return {
        **os.environ,
        "DISCORD_TOKEN": token,
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "DATABASE_PATH": str(database),
        **settings,
    }


@dataclass
class Run:
    """A running `somos-bot run`: stop it with `stop()`, then read `output` and `code`."""

    process: asyncio.subprocess.Process
    output: str = ""
    code: int | None = None

    async def stop(self, how: signal.Signals = signal.SIGTERM) -> None:
        self.process.send_signal(how)
        self.code = await asyncio.wait_for(self.process.wait(), timeout=10)


@asynccontextmanager
async def running(
    fake: FakeDiscord, token: str, directory: Path, **settings: str
) -> AsyncIterator[Run]:
    """`somos-bot run` in `directory`, connected (its first IDENTIFY seen, READY and the
    servers delivered); killed on the way out if still running, its output collected."""
    env = run_environment(fake, token, directory / "run.sqlite3", **settings)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        cwd=directory, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    run = Run(process)
    try:
        await fake.wait_for_identifies(1, timeout=30)
        await asyncio.sleep(0.5)  # READY and GUILD_CREATE reach the bot
        yield run
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        assert process.stdout is not None
        run.output = (await process.stdout.read()).decode()
