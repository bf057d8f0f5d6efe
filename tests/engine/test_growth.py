"""The work of loading grows with the fact base no faster than the fact base, and the
work of an answer or a command look-up hardly at all: counted as the lines of the bot's
code run (no timing), on the fact base grown as the benchmark grows it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from bench.bench import grown_copy
from bot.engine import FIND_CUTOFF, Engine
from bot.engine.lookup import Lookup
from bot.knowledge import load
from tests.engine.test_choices import made_up

BOT = str(Path(__file__).resolve().parents[2] / "bot")
# Questions whose answers had read the whole cast or episode list
ASKED = (
    "how many actors does the article list?",
    "cuantos actores en el serie son no profesionales exactamente?",
    "who's the last one in the article's cast list?",
    "whats the one before last called",
    "¿Qué episodio va entre The Lazy Herd y Tell the Moon to Come?",
    "how many episodes come after Tell the Moon to Come?",
    "what comes after The Lazy Herd?",
    "recipe for chilaquiles pls",
)
LOOKED_UP = ("3", "la masacre", "Irene", "chema", "nobody at all", "kalox")


def lines_run(run: Callable[[], object]) -> int:
    """How many lines of the bot's code `run()` runs (and calls it makes)."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(BOT) else None

    sys.settrace(calls)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("grown")
    return {scale: grown_copy(scale, folder) for scale in (1, 5, 10, 20)}


def test_loading_grows_linearly(grown: dict[int, Path]) -> None:
    """Twice the entries, twice the work on them: a check of each entry against every
    other (the duplicate episode numbers once were) makes the second step far longer."""
    run = {scale: lines_run(lambda p=path: load(p)) for scale, path in grown.items()}
    assert run[1] < run[5] < run[10] < run[20]
    assert run[20] - run[10] <= 2.2 * (run[10] - run[5]), run


def test_an_answer_does_not_read_the_whole_fact_base(grown: dict[int, Path]) -> None:
    """From 5 to 20 times the episodes and cast, an answer runs the same lines (lists
    in replies are capped; the names and numbers asked about are looked up)."""
    engines = {scale: Engine(load(grown[scale])) for scale in (5, 20)}
    for question in ASKED:
        runs = []
        for engine in engines.values():
            engine.answer(question)  # (what is worked out at the first asking)
            runs.append(lines_run(lambda e=engine, q=question: e.answer(q)))
        assert runs[1] <= runs[0] * 1.05, (question, runs)


def test_a_look_up_scores_only_names_that_can_be_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command's argument is scored against the names that may reach the cutoff, not
    every name (the index in bot.engine.lookup), and finds what a plain scan finds."""
    names = [f"{made_up(n, 3)} {made_up(n * 7 + 1, 2)}".casefold() for n in range(3000)]
    plain = {
        text: process.extractOne(text, names, scorer=fuzz.WRatio, score_cutoff=FIND_CUTOFF)
        for text in map(str.casefold, LOOKED_UP)
    }
    lookup = Lookup(names, FIND_CUTOFF)
    scored: list[str] = []
    score = fuzz.WRatio

    def counted(query: str, name: str, **options: Any) -> float:
        scored.append(name)
        return score(query, name, **options)

    monkeypatch.setattr(fuzz, "WRatio", counted)
    for text, found in plain.items():
        assert lookup.best(text) == (found[0] if found else None)
    assert len(scored) < len(names) * len(plain) / 3


word = st.text(alphabet="aeiklmnorsx", min_size=1, max_size=6)
name = st.lists(word, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(name, min_size=1, max_size=40), name | st.text(alphabet="aeikx \t", max_size=12))
def test_a_look_up_finds_what_a_plain_scan_finds(names: list[str], argument: str) -> None:
    found = process.extractOne(argument, names, scorer=fuzz.WRatio, score_cutoff=FIND_CUTOFF)
    assert Lookup(names, FIND_CUTOFF).best(argument) == (found[0] if found else None)
