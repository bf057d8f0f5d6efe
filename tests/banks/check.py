"""Load a question bank and judge an answer against it.

Expected facts are compared without case or accents; digits must stand as a
whole number ("1" is not found inside "2021"), and number words in the answer
count as digits ("six" satisfies "6").
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bot.engine import Answer

BANKS = Path(__file__).parent
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
}  # fmt: skip


@dataclass(frozen=True)
class Question:
    text: str
    expect: tuple[str, ...]
    declined: bool


def load_bank(name: str) -> list[Question]:
    with (BANKS / name).open("rb") as handle:
        data = tomllib.load(handle)
    return [
        Question(item["text"], tuple(item.get("expect", ())), bool(item.get("declined")))
        for item in data["question"]
    ]


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return re.sub(r"[a-z]+", lambda m: _NUMBER_WORDS.get(m.group(), m.group()), folded)


def problem(question: Question, answer: Answer) -> str | None:
    """Why the answer fails the bank's expectation, or None if it passes."""
    if question.declined:
        return None if answer.declined else f"answered instead of declining: {answer.text!r}"
    if answer.declined:
        return f"declined: {answer.text!r}"
    text = _plain(answer.text)
    for fact in question.expect:
        wanted = _plain(fact)
        pattern = rf"(?<!\d){re.escape(wanted)}(?!\d)" if wanted.isdigit() else re.escape(wanted)
        if not re.search(pattern, text):
            return f"missing {fact!r} in {answer.text!r}"
    return None
