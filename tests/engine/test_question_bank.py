"""The question bank, written as fans type, independently of the engine."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.banks.check import load_bank, problem

REQUIRED = 0.95


@pytest.mark.parametrize("bank", ["en.toml", "en_holdout.toml"])
def test_bank_passes(engine: Engine, bank: str) -> None:
    questions = load_bank(bank)
    failures = []
    for question in questions:
        why = problem(question, engine.answer(question.text))
        if why:
            failures.append(f"{question.text!r}: {why}")
    for failure in failures:
        print(failure)
    in_scope = sum(not q.declined for q in questions)
    print(f"{bank}: {len(questions) - len(failures)}/{len(questions)} pass ({in_scope} in scope)")
    assert 1 - len(failures) / len(questions) >= REQUIRED, "\n".join(failures)


@pytest.mark.parametrize("bank", ["en.toml", "en_holdout.toml"])
def test_bank_is_big_and_varied_enough(bank: str) -> None:
    questions = load_bank(bank)
    assert len(questions) >= 150
    assert sum(q.declined for q in questions) >= 30
    assert len({q.text.casefold() for q in questions}) == len(questions)
