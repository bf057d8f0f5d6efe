"""Load the question and conversation banks, and judge an answer against them.

Each answer gets one verdict: right; missed (declined where the sources answer:
an honest "I don't know"); or wrong (answered, but with a fact missing, a fact
that must not be there, the wrong yes or no, or answered where the sources say
nothing). "Wrong" is the one that costs trust, so it is counted on its own.

Expected facts are compared without case or accents; digits must stand as a
whole number ("1" is not found inside "2021"), and number words in the answer
count as digits ("six" satisfies "6").
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.engine import Answer

BANKS = Path(__file__).parent
# The day the banks' "how long ago" questions are answered as of: they were written in
# late 2026 ("it came out about 5 years ago"), and stay right whenever the tests run.
BANKS_TODAY = dt.date(2026, 12, 1)
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10",
    "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9", "diez": "10",
}  # fmt: skip
_YES = frozenset({"yes", "si"})
_NO = frozenset({"no"})

Verdict = Literal["right", "missed", "wrong"]


@dataclass(frozen=True)
class Question:
    text: str
    expect: tuple[str, ...]
    declined: bool
    yes_no: str | None = None
    absent: tuple[str, ...] = ()
    smalltalk: bool = False


@dataclass(frozen=True)
class Conversation:
    language: str
    turns: tuple[Question, ...]


def _question(item: dict[str, object]) -> Question:
    def strings(key: str) -> tuple[str, ...]:
        value = item.get(key, ())
        assert isinstance(value, list | tuple), f"{key} must be a list"
        return tuple(str(v) for v in value)

    yes_no = item.get("yes_no")
    return Question(
        text=str(item["text"]),
        expect=strings("expect"),
        declined=bool(item.get("declined")),
        yes_no=str(yes_no).casefold() if yes_no else None,
        absent=strings("absent"),
        smalltalk=bool(item.get("smalltalk")),
    )


def load_bank(name: str) -> list[Question]:
    with (BANKS / name).open("rb") as handle:
        data = tomllib.load(handle)
    return [_question(item) for item in data["question"]]


def load_conversations(name: str) -> list[Conversation]:
    with (BANKS / name).open("rb") as handle:
        data = tomllib.load(handle)
    return [
        Conversation(str(c.get("language", "en")), tuple(_question(t) for t in c["turn"]))
        for c in data["conversation"]
    ]


def load_chatter(name: str = "chatter.toml") -> list[str]:
    with (BANKS / name).open("rb") as handle:
        return [str(line["text"]) for line in tomllib.load(handle)["line"]]


def plain(text: str) -> str:
    """Lower case, no accents, number words as digits: how facts are compared."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return re.sub(r"[a-z]+", lambda m: _NUMBER_WORDS.get(m.group(), m.group()), folded)


def _contains(text: str, fact: str) -> bool:
    wanted = plain(fact)
    if wanted.isdigit():
        return re.search(rf"(?<!\d){re.escape(wanted)}(?!\d)", text) is not None
    if len(wanted) <= 3:  # a short word stands alone ("no" is not inside "not")
        return re.search(rf"\b{re.escape(wanted)}\b", text) is not None
    return wanted in text


def judge(question: Question, answer: Answer) -> tuple[Verdict, str]:
    """The verdict on an answer, and why when it is not right."""
    if question.smalltalk:  # "what can you do?" is answered by help
        if answer.intent == "help" or (answer.intent or "").startswith("smalltalk"):
            return "right", ""
        return ("missed" if answer.declined else "wrong"), f"not small talk: {answer.text!r}"
    if question.declined:
        if answer.declined:
            return "right", ""
        return "wrong", f"answered instead of declining: {answer.text!r}"
    if answer.declined:
        return "missed", f"declined: {answer.text!r}"
    text = plain(answer.text)
    for fact in question.expect:
        if not _contains(text, fact):
            return "wrong", f"missing {fact!r} in {answer.text!r}"
    for fact in question.absent:
        if _contains(text, fact):
            return "wrong", f"says {fact!r}: {answer.text!r}"
    if question.yes_no:
        said = answer.text.split("\n", 1)
        if len(said) == 2 and said[0].startswith("⚠️"):  # a spoiler warning comes first
            said = said[1:]
        first = re.findall(r"[a-z]+", plain(said[0]))[:1]
        wanted = _YES if question.yes_no in ("yes", "si", "sí") else _NO
        if not first or first[0] not in wanted:
            return "wrong", f"not a {question.yes_no!r}: {answer.text!r}"
    return "right", ""


def problem(question: Question, answer: Answer) -> str | None:
    """Why the answer fails the bank's expectation, or None if it passes."""
    verdict, why = judge(question, answer)
    return None if verdict == "right" else f"{verdict}: {why}"


@dataclass(frozen=True)
class Score:
    total: int
    right: int
    wrong: int
    missed: int

    @classmethod
    def of(cls, verdicts: Iterable[Verdict]) -> Score:
        counts = Counter(verdicts)
        return cls(sum(counts.values()), counts["right"], counts["wrong"], counts["missed"])

    @property
    def right_share(self) -> float:
        return self.right / self.total if self.total else 1.0

    @property
    def wrong_share(self) -> float:
        return self.wrong / self.total if self.total else 0.0

    def __str__(self) -> str:
        return (
            f"{self.right}/{self.total} right ({self.right_share:.1%}), "
            f"{self.wrong} answered but wrong ({self.wrong_share:.1%}), {self.missed} missed"
        )
