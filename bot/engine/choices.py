"""Autocomplete: the names that every typed word names, best first.

A command's choices (episodes, cast members) are indexed once per fact base, by each
word of each name they go by and where in the name it stands; what is typed is looked
up there (a whole word, the start of one, or from CHOICE_TYPO_MIN letters a close
spelling of one) and only the names found are scored, so a keystroke costs about the
same with thousands of episodes as with six. A name's score is the sum, over the typed
words, of the best word each finds in it (3 for the whole word, 2 for its start, 1 for a
close spelling, less a hundredth for each word before it); a choice scores as its best
name, and one whose names leave a typed word unfound is left out.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from bot.engine.normalise import fold

CHOICE_CUTOFF = 80  # how close a typed word must be spelt to a name's
CHOICE_TYPO_MIN = 4  # letters a typed word needs before a misspelling of a name counts
WHOLE, START, CLOSE = 3.0, 2.0, 1.0  # what finding a typed word in a name is worth
# A close spelling scores at least CHOICE_CUTOFF, so its length is within this share of
# the sum of both lengths of the typed word's (fuzz.ratio is 100 less the edits in
# that sum): words of other lengths need not be compared.
LENGTH_SPREAD = (100 - CHOICE_CUTOFF) / 100

# One name of one choice: (the choice's place in the list, the name's place among its
# names).
NameKey = tuple[int, int]


class Choices:
    """(label, value) pairs, each with the names it goes by, ready to be ranked."""

    def __init__(self, choices: Iterable[tuple[str, str, Iterable[str]]]) -> None:
        # label: its value, and the words of each of its names (the first of a label wins)
        labels: dict[str, tuple[str, tuple[list[str], ...]]] = {}
        for label, value, names in choices:
            labels[label] = (value, tuple(name_words(name) for name in names))
        self._labels = [(label, value) for label, (value, _) in labels.items()]
        # word: each name it is in, and its first place there
        places: dict[str, dict[NameKey, int]] = {}
        for order, (_, names) in enumerate(labels.values()):
            for number, words in enumerate(names):
                for position, word in enumerate(words):
                    places.setdefault(word, {}).setdefault((order, number), position)
        self._places = places
        self._words = sorted(places)
        self._by_length: dict[int, list[str]] = {}
        for word in self._words:
            self._by_length.setdefault(len(word), []).append(word)

    def ranked(self, current: str, limit: int) -> list[tuple[str, str]]:
        """The labels every typed word names, best first (earlier in the list on a tie);
        the rest left out."""
        typed = name_words(current)
        if not typed:
            return self._labels[:limit]
        scores: dict[NameKey, float] | None = None
        for token in typed:
            found = self._found(token)
            if scores is None:
                scores = {key: 0.0 + worth for key, worth in found.items()}
            else:
                scores = {key: total + found[key] for key, total in scores.items() if key in found}
        best: dict[int, float] = {}
        for (order, _), score in (scores or {}).items():
            if score > best.get(order, 0.0):
                best[order] = score
        top = heapq.nsmallest(limit, ((-score, order) for order, score in best.items()))
        return [self._labels[order] for _, order in top]

    def _found(self, token: str) -> dict[NameKey, float]:
        """Each name `token` finds a word of, with the best worth of what it finds."""
        found: dict[NameKey, float] = {}
        for word, worth in self._words_found(token):
            for key, position in self._places[word].items():
                score = worth - position / 100
                if score > found.get(key, 0.0):
                    found[key] = score
        return found

    def _words_found(self, token: str) -> list[tuple[str, float]]:
        """The known words `token` is, starts, or (from CHOICE_TYPO_MIN letters) is a
        close spelling of, with what each is worth."""
        words: dict[str, float] = {}
        start = bisect.bisect_left(self._words, token)
        for word in self._words[start:]:
            if not word.startswith(token):
                break
            words[word] = WHOLE if word == token else START
        if len(token) >= CHOICE_TYPO_MIN:
            for length, known in self._by_length.items():
                if abs(length - len(token)) > LENGTH_SPREAD * (length + len(token)):
                    continue
                close = process.extract(
                    token, known, scorer=fuzz.ratio, score_cutoff=CHOICE_CUTOFF, limit=None
                )
                for word, _, _ in close:
                    words.setdefault(word, CLOSE)
        return list(words.items())


def name_words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))
