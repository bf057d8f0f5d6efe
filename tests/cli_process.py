"""`somos-bot` run as an operator runs it: a separate process, with settings in its
environment (a dummy token unless given), from this checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def somos_bot(*args: str, cwd: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DISCORD_TOKEN": "x" * 40,
        "PYTHONPATH": str(ROOT),
        "PYTHONIOENCODING": "utf-8",
        **settings,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
