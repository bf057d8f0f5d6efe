"""Fixtures shared by every test: one engine over the real fact base."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.knowledge import Knowledge, load


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load()


@pytest.fixture(scope="session")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge)
