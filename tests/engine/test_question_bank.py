"""The question bank, written as fans type, independently of the engine."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.banks.check import load_bank, problem

REQUIRED = 0.95
# Each bank, and the fewest questions it must hold.
BANKS = {"en.toml": 150, "en_holdout.toml": 150, "es.toml": 60, "es_holdout.toml": 60}


@pytest.mark.parametrize("bank", BANKS)
def test_bank_passes(engine: Engine, bank: str) -> None:
    questions = load_bank(bank)
    failures = []
    for question in questions:
        answer = engine.answer(question.text)
        why = problem(question, answer)
        if not why and not question.declined and answer.language != bank[:2]:
            why = f"answered in {answer.language!r}: {answer.text!r}"
        if why:
            failures.append(f"{question.text!r}: {why}")
    for failure in failures:
        print(failure)
    in_scope = sum(not q.declined for q in questions)
    print(f"{bank}: {len(questions) - len(failures)}/{len(questions)} pass ({in_scope} in scope)")
    assert 1 - len(failures) / len(questions) >= REQUIRED, "\n".join(failures)


@pytest.mark.parametrize("bank", BANKS)
def test_bank_is_big_and_varied_enough(bank: str) -> None:
    questions = load_bank(bank)
    assert len(questions) >= BANKS[bank]
    assert sum(q.declined for q in questions) >= len(questions) * 0.15
    assert len({q.text.casefold() for q in questions}) == len(questions)
