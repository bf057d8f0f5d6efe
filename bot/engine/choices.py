"""Autocomplete: the names that every typed word names, best first.

A command's choices (episodes, cast members) are indexed once per fact base, by each
word of each name they go by; what is typed is looked up there (a whole word, the start
of one, or from CHOICE_TYPO_MIN letters a close spelling of one) and only the choices
found are ranked, so a keystroke costs about the same with thousands of episodes as
with six.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from bot.engine.normalise import fold

CHOICE_CUTOFF = 80  # how close a typed word must be spelt to a name's
CHOICE_TYPO_MIN = 4  # letters a typed word needs before a misspelling of a name counts


class Choices:
    """(label, value) pairs, each with the names it goes by, ready to be ranked."""

    def __init__(self, choices: Iterable[tuple[str, str, Iterable[str]]]) -> None:
        # label: its value, and the words of each of its names (the first of a label wins)
        labels: dict[str, tuple[str, tuple[list[str], ...]]] = {}
        for label, value, names in choices:
            labels[label] = (value, tuple(name_words(name) for name in names))
        self._labels = list(labels.items())
        by_word: dict[str, set[int]] = {}
        for order, (_, (_, names)) in enumerate(self._labels):
            for words in names:
                for word in words:
                    by_word.setdefault(word, set()).add(order)
        self._by_word = by_word
        self._words = sorted(by_word)

    def ranked(self, current: str, limit: int) -> list[tuple[str, str]]:
        """The labels every typed word names, best first: a whole word before the start
        of one before a close spelling, and earlier words before later ones; the rest
        left out."""
        typed = name_words(current)
        if not typed:
            return [(label, value) for label, (value, _) in self._labels[:limit]]
        ranked: list[tuple[float, int, str, str]] = []
        for order in sorted(self._named_by(typed[0])):
            label, (value, names) = self._labels[order]
            score = max(naming(typed, words) for words in names)
            if score > 0:
                ranked.append((-score, order, label, value))
        return [(label, value) for _, _, label, value in sorted(ranked)[:limit]]

    def _named_by(self, token: str) -> set[int]:
        """The labels one of whose words `token` is, starts, or is a close spelling of:
        every label `naming` can score above nothing."""
        found: set[int] = set()
        start = bisect.bisect_left(self._words, token)
        for word in self._words[start:]:
            if not word.startswith(token):
                break
            found |= self._by_word[word]
        if len(token) >= CHOICE_TYPO_MIN:
            close = process.extract(
                token, self._words, scorer=fuzz.ratio, score_cutoff=CHOICE_CUTOFF, limit=None
            )
            for word, _, _ in close:
                found |= self._by_word[word]
        return found


def naming(typed: list[str], words: list[str]) -> float:
    """How well `typed` names something called `words`: 0 unless each typed word is one
    of them, starts one, or (from 4 letters) is a close spelling of one."""
    total = 0.0
    for token in typed:
        best = 0.0
        for position, word in enumerate(words):
            if word == token:
                score = 3.0
            elif word.startswith(token):
                score = 2.0
            elif len(token) >= CHOICE_TYPO_MIN and fuzz.ratio(token, word) >= CHOICE_CUTOFF:
                score = 1.0
            else:
                continue
            best = max(best, score - position / 100)
        if not best:
            return 0.0
        total += best
    return total


def name_words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))
