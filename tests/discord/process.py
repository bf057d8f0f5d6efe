"""The environment that points a `somos-bot run` process at the fake Discord API."""

from __future__ import annotations

import os
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
