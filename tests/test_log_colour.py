"""Logs carry colour codes only where discord.py would colour them (a terminal), and
never with NO_COLOR set, for logs that go to a file from a terminal or a container."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.cli import setup_logging


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:], root.level = handlers, level


@pytest.mark.parametrize(("colour", "escapes"), [(True, True), (False, False)])
def test_no_color_turns_colour_off(colour: bool, escapes: bool) -> None:
    stream = Terminal()
    handler = setup_logging("INFO", stream=stream, colour=colour)
    logging.getLogger("bot.test").warning("the database is back")
    logging.getLogger().removeHandler(handler)
    assert "the database is back" in stream.getvalue()
    assert ("\x1b[" in stream.getvalue()) is escapes
