"""Autocomplete: the names that every typed word names, best first.

A command's choices (episodes, cast members) are indexed once per fact base, by each
word of each name they go by and where in the name it stands; what is typed is looked
up there (a whole word, the start of one, or from CHOICE_TYPO_MIN letters a close
spelling of one) and only the names found are scored, so a keystroke costs about the
same with thousands of episodes as with six. A name's score is the sum, over the typed
words, of the best word each finds in it (3 for the whole word, 2 for its start, 1 for a
close spelling, less a hundredth for each word before it); a choice scores as its best
name, and one whose names leave a typed word unfound is left out.

Two things keep a keystroke cheap on a large list. A close spelling is looked for only
among the known words that hold enough of the typed word's letters to be one (each
length's words are indexed by the letters they hold); and the choices of a single typed
word that starts many names ("3", "ka" with thousands of episodes) are ranked once, the
first time it is typed, and kept (`HEAVY_PLACES`; which words those are is worked out
with the index, so what is kept is bounded by the list): that ranking is the one the
search gives, worked out by the same code.
"""

from __future__ import annotations

import bisect
import heapq
import math
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
# A single typed word that starts the words of at least this many names has its choices
# ranked the first time it is typed, and kept (ranking them is what costs, and it grows
# with the list)
HEAVY_PLACES = 32
KEPT_CHOICES = 25  # how many of them are kept: the most a keystroke asks for
FEW_WORDS = 32  # words of one length compared with a typed word without choosing them

NONE: frozenset[str] = frozenset()

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
        # length: its words, and for each letter and count, the words of that length
        # that hold the letter that many times or more
        self._by_length: dict[int, list[str]] = {}
        self._holding: dict[int, dict[tuple[str, int], set[str]]] = {}
        for word in self._words:
            self._by_length.setdefault(len(word), []).append(word)
            holding = self._holding.setdefault(len(word), {})
            for letter, count in _letters(word).items():
                for times in range(1, count + 1):
                    holding.setdefault((letter, times), set()).add(word)
        # the single typed words that start many names, and the rankings of those typed
        # so far (by `_rank`)
        self._heavy = self._heavy_prefixes()
        self._ranked: dict[str, list[tuple[str, str]]] = {}

    def ranked(self, current: str, limit: int) -> list[tuple[str, str]]:
        """The labels every typed word names, best first (earlier in the list on a tie);
        the rest left out."""
        typed = name_words(current)
        if not typed:
            return self._labels[:limit]
        if len(typed) == 1 and limit <= KEPT_CHOICES and typed[0] in self._heavy:
            kept = self._ranked.get(typed[0])
            if kept is None:
                kept = self._ranked[typed[0]] = self._rank(typed, KEPT_CHOICES)
            return kept[:limit]
        return self._rank(typed, limit)

    def _heavy_prefixes(self) -> frozenset[str]:
        """The starts of known words that start the words of HEAVY_PLACES names or more."""
        counts: dict[str, int] = {}
        for word, found in self._places.items():
            for end in range(1, len(word) + 1):
                prefix = word[:end]
                counts[prefix] = counts.get(prefix, 0) + len(found)
        return frozenset(prefix for prefix, count in counts.items() if count >= HEAVY_PLACES)

    def _rank(self, typed: list[str], limit: int) -> list[tuple[str, str]]:
        """`ranked` for the words typed, worked out from the index."""
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
        known = self._words
        at = bisect.bisect_left(known, token)
        while at < len(known) and known[at].startswith(token):
            words[known[at]] = WHOLE if known[at] == token else START
            at += 1
        if len(token) >= CHOICE_TYPO_MIN:
            units: list[tuple[str, int]] = []  # (the token's letters, when first needed)
            for length, holding in self._holding.items():
                if abs(length - len(token)) > LENGTH_SPREAD * (length + len(token)):
                    continue
                every = self._by_length[length]
                if len(every) > FEW_WORDS:
                    units = units or _units(token)
                    every = _holding_enough(token, units, length, holding)
                if not every:
                    continue
                close = process.extract(
                    token, every, scorer=fuzz.ratio, score_cutoff=CHOICE_CUTOFF, limit=None
                )
                for word, _, _ in close:
                    words.setdefault(word, CLOSE)
        return list(words.items())


def _holding_enough(
    token: str,
    units: list[tuple[str, int]],
    length: int,
    holding: dict[tuple[str, int], set[str]],
) -> list[str]:
    """The words of `length` that may be close spellings of `token` (`units`: its
    letters, a second "e" apart from the first; `holding`: the words of `length` that hold
    each letter once, twice...): those that hold one of a few of its letters, chosen so
    that a word holding none of them has too few in common with it.

    fuzz.ratio is 200 * (letters in common, in order) / (both lengths): reaching
    CHOICE_CUTOFF takes at least `needed` letters in common. Each letter of the token (an
    "e" it has twice: its first "e" and its second) is one a word may hold; a word that
    holds none of those set aside has at most the others in common. So letters are set
    aside, those the fewest words hold first, until fewer than `needed` are left, and
    only the words holding one of them can be close.
    """
    # (a hundredth of a letter less than the exact bound: a word at the cutoff is kept)
    needed = math.ceil(CHOICE_CUTOFF / 200 * (len(token) + length) - 0.01)
    units = sorted(units, key=lambda unit: len(holding.get(unit, NONE)))
    if needed >= len(token):  # (all of them: the words that hold every one)
        return list(
            holding.get(units[0], NONE).intersection(*(holding.get(u, NONE) for u in units[1:]))
        )
    found: set[str] = set()
    for unit in units[: len(token) - needed + 1]:
        found.update(holding.get(unit, NONE))
    return list(found)  # (in any order: the words found are the same)


def _units(token: str) -> list[tuple[str, int]]:
    """Each letter of `token` as (the letter, its nth time in the token): "irene" is i,
    r, e, n and ("e", 2)."""
    return [
        (letter, times)
        for letter, count in _letters(token).items()
        for times in range(1, count + 1)
    ]


def _letters(word: str) -> dict[str, int]:
    """How many times `word` holds each of its letters."""
    counts: dict[str, int] = {}
    for letter in word:
        counts[letter] = counts.get(letter, 0) + 1
    return counts


def name_words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))
