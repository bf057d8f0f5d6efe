"""Fixtures shared by every test: one engine over the real fact base."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.knowledge import Knowledge, load
from tests.banks.check import BANKS_TODAY


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load()


@pytest.fixture(scope="session")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge, today=lambda: BANKS_TODAY)  # (the banks' own today)


# A throwaway PostgreSQL server (tests/postgres.py) for the tests that need one.
pytest_plugins = ["tests.postgres"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly, at the end of the run, when the PostgreSQL tests did not run."""
    from tests.postgres import SKIPPED

    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if SKIPPED in str(getattr(report, "longrepr", ""))
    ]
    if skipped:
        longrepr = skipped[0].longrepr
        reason = str(longrepr[-1]) if isinstance(longrepr, tuple) else str(longrepr)
        why = reason.split(f"{SKIPPED}: ", 1)[-1]
        terminalreporter.write_line(
            f"{len(skipped)} PostgreSQL tests were skipped: {why}", yellow=True, bold=True
        )
