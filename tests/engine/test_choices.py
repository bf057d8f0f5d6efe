"""Autocomplete's index ranks what a plain scan of every name ranks.

`Choices` looks typed words up in an index (and keeps the rankings of single words that
start many names); here the same ranking is worked out the slow way, from the rule in
its docstring, over every name, and the two must agree: on a list long enough for the
kept rankings and the letter index to matter, and on the real fact base's commands.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from bot.engine.choices import (
    CHOICE_CUTOFF,
    CHOICE_TYPO_MIN,
    CLOSE,
    FEW_WORDS,
    START,
    WHOLE,
    Choices,
    name_words,
)
from bot.knowledge import load

SYLLABLES = ["ka", "lo", "mi", "su", "ra", "te", "no", "vi", "be", "zu", "po", "da"]
Choice = tuple[str, str, tuple[str, ...]]


def made_up(number: int, parts: int) -> str:
    letters = []
    for _ in range(parts):
        letters.append(SYLLABLES[number % len(SYLLABLES)])
        number //= len(SYLLABLES)
    return "".join(letters).capitalize() + "x"


def many_choices(count: int) -> list[Choice]:
    """Numbered, titled choices, as the benchmark grows the episodes."""
    return [
        (
            f"{n}. {made_up(n, 3)} {made_up(n * 7 + 1, 2)}",
            str(n),
            (str(n), f"{made_up(n, 3)} {made_up(n * 7 + 1, 2)} {made_up(n * 13 + 5, 2)}"),
        )
        for n in range(1, count + 1)
    ]


def plain_scan(choices: Iterable[Choice], current: str, limit: int) -> list[tuple[str, str]]:
    """The ranking as `Choices` documents it, scoring every name of every choice."""
    labels: dict[str, tuple[str, tuple[list[str], ...]]] = {}
    for label, value, names in choices:
        labels[label] = (value, tuple(name_words(name) for name in names))
    typed = name_words(current)
    if not typed:
        return [(label, value) for label, (value, _) in labels.items()][:limit]
    ranked: list[tuple[float, int]] = []
    for order, (_, names) in enumerate(labels.values()):
        best = 0.0
        for words in names:
            total: float | None = None
            for token in typed:
                found = [
                    _worth(token, word) - position / 100
                    for position, word in enumerate(words)
                    if _worth(token, word)
                ]
                if not found:
                    total = None
                    break
                total = 0.0 + max(found) if total is None else total + max(found)
            if total is not None and total > best:
                best = total
        if best > 0.0:
            ranked.append((-best, order))
    listed = list(labels.items())
    return [(listed[order][0], listed[order][1][0]) for _, order in sorted(ranked)[:limit]]


def _worth(token: str, word: str) -> float:
    if word == token:
        return WHOLE
    if word.startswith(token):
        return START
    if len(token) >= CHOICE_TYPO_MIN and fuzz.ratio(token, word) >= CHOICE_CUTOFF:
        return CLOSE
    return 0.0


MANY = many_choices(1500)
INDEXED = Choices(MANY)
TYPED = [
    "", "1", "12", "3", "99", "1499", "k", "ka", "kal", "kalo", "kalox", "kaloxx", "akl",
    "kalomix", "klaomix", "kalomi", "lomika", "zuzu", "zuzux", "zuzuz", "da da", "1 ka",
    "ka 1", "kalo mi", "mix kalo", "tezux 3", "nada", "xxxx", "irene", "ñandú", "KALO",
]  # fmt: skip


def test_the_list_is_long_enough_to_keep_rankings() -> None:
    assert {"1", "12", "k", "ka", "kaka"} <= INDEXED._heavy  # they start many names
    assert max(len(words) for words in INDEXED._by_length.values()) > FEW_WORDS


@pytest.mark.parametrize("current", TYPED)
@pytest.mark.parametrize("limit", [1, 5, 25, 40])
def test_index_ranks_as_a_plain_scan(current: str, limit: int) -> None:
    assert INDEXED.ranked(current, limit) == plain_scan(MANY, current, limit)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([*SYLLABLES, "x", " ", "1", "2", "3", "a", "q", "e"]),
        min_size=1,
        max_size=9,
    )
)
def test_index_ranks_any_typing_as_a_plain_scan(pieces: list[str]) -> None:
    current = "".join(pieces)
    assert INDEXED.ranked(current, 25) == plain_scan(MANY, current, 25)


def test_the_real_names_rank_as_a_plain_scan() -> None:
    knowledge = load()
    episodes: list[Choice] = [
        (f"{e.number}. {e.title}", str(e.number), (str(e.number), e.title, *e.aliases))
        for e in knowledge.episodes
    ]
    cast: list[Choice] = [
        (m.actor, m.character or m.actor, (m.actor, m.character or "", *m.aliases))
        for m in knowledge.cast
    ]
    for choices in (episodes, cast):
        indexed = Choices(choices)
        words = sorted({w for _, _, names in choices for n in names for w in name_words(n)})
        for word in words:
            for current in (word, word[:2], word[:-1], word[1:], f"{word} {word[:3]}"):
                assert indexed.ranked(current, 25) == plain_scan(choices, current, 25)
