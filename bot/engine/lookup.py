"""Command look-ups: the name rapidfuzz's `extractOne` with `fuzz.WRatio` finds for an
argument, scoring only the names that can reach the cutoff.

A plain `extractOne` scores every name, which grows with the fact base (about a
microsecond a name). Most names cannot reach the cutoff, and that can be told from the
letters they share with the argument, with an index built once:

Every score WRatio takes the best of (`ratio`, `partial_ratio`, the token ratios) is
200 * L / (|a| + |b|) for two strings a and b made from the argument and the name
(the whole strings, a window of one, their words sorted or without repeats, joined by
single spaces), where L, the letters the two have in common in order, is at most C, the
letters the argument and the name have in common in any order (a space counting as a
letter). As L is also at most the shorter string, 200 * L / (|a| + |b|) is at most
200 * C / (C + M), M the longer of a and b, and M is at least as long as the shorter of
the argument and the name (a window is as long as the shorter one), or of their words
without repeats, joined. WRatio scales these scores down (by 0.95 for the token ratios,
0.9 or 0.6 for the partial ones), so each gives a least C to reach the cutoff; only a
word the argument and the name share scores more (the token ratios are then 100).

So only the names sharing a word with the argument, or holding at least as many of its
letters as their lengths call for, are scored, in the order of the list: `extractOne`
gives the first of the best, and every name that could reach the cutoff is among them,
so the answer is the plain scan's. The letters are counted for all the names at once, a
bit for each name in an integer per letter, added up as binary counters. An argument or
a name with whitespace other than the space (a tab) is scored as the plain scan does.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from rapidfuzz import fuzz, process

PARTIAL_UNTIL = 1.5  # WRatio's length ratio from which it takes the partial ratios
PARTIAL_SCALE, FAR_PARTIAL_SCALE, FAR_FROM = 0.9, 0.6, 8.0  # their weights, by length ratio
TOKEN_SCALE = 0.95  # WRatio's weight for the token ratios
MARGIN = 1e-9  # (bounds are rounded towards keeping a name)

# A letter of a string and its nth time in it: "irene" holds ("e", 1) and ("e", 2)
Unit = tuple[str, int]


class Lookup:
    """`process.extractOne(argument, names, scorer=fuzz.WRatio, score_cutoff=cutoff)`,
    with the names indexed once."""

    def __init__(self, names: Sequence[str], cutoff: float) -> None:
        self._names = list(names)
        self._cutoff = cutoff
        self._every = (1 << len(self._names)) - 1
        self._always = 0  # names scored whatever the argument (empty ones, tabs)
        self._holding: dict[Unit, int] = {}  # the names holding each unit
        self._with_word: dict[str, int] = {}  # the names holding each word
        self._shaped: dict[tuple[int, int], int] = {}  # by (length, length of `_words`)
        for index, name in enumerate(self._names):
            bit = 1 << index
            if not name or _odd_space(name):
                self._always |= bit
                continue
            for unit in _units(name):
                self._holding[unit] = self._holding.get(unit, 0) | bit
            for word in set(name.split()):
                self._with_word[word] = self._with_word.get(word, 0) | bit
            shape = len(name), len(_words(name))
            self._shaped[shape] = self._shaped.get(shape, 0) | bit
        # for each shape of argument, the names of each shape and the letters they must
        # share with it (`_needs`)
        self._needing: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def best(self, argument: str) -> str | None:
        """The name the plain scan finds for `argument`, or None."""
        if not argument or _odd_space(argument):
            return self._found(argument, self._names)
        units = _units(argument)
        counters: list[int] = []  # bit i of counter k: bit k of how many units name i holds
        for unit in units:
            carry = self._holding.get(unit, 0)
            for at, counter in enumerate(counters):
                counters[at], carry = counter ^ carry, counter & carry
                if not carry:
                    break
            else:
                if carry:
                    counters.append(carry)
        chosen = self._always
        for word in set(argument.split()):
            chosen |= self._with_word.get(word, 0)
        holding_enough: dict[int, int] = {}  # the names holding so many units or more
        for needed, names in self._needs(argument):
            if needed <= len(units):
                if needed not in holding_enough:
                    holding_enough[needed] = _at_least(counters, needed, self._every)
                chosen |= names & holding_enough[needed]
        bits = bin(chosen)[:1:-1]  # (bit i is character i)
        at = bits.find("1")
        candidates = []
        while at >= 0:
            candidates.append(self._names[at])
            at = bits.find("1", at + 1)
        return self._found(argument, candidates)

    def _found(self, argument: str, names: Sequence[str]) -> str | None:
        found = process.extractOne(argument, names, scorer=fuzz.WRatio, score_cutoff=self._cutoff)
        return found[0] if found else None

    def _needs(self, argument: str) -> list[tuple[int, int]]:
        """The names of each shape, with the least letters they must share with an
        argument of this shape to reach the cutoff without a word in common (worked
        out once for each shape of argument; an argument is cut to a few dozen letters,
        so there are at most a few thousand)."""
        shape = len(argument), len(_words(argument))
        needing = self._needing.get(shape)
        if needing is None:
            needing = self._needing[shape] = [
                (_least_shared(shape, name_shape, self._cutoff), names)
                for name_shape, names in self._shaped.items()
            ]
        return needing


def _least_shared(argument: tuple[int, int], name: tuple[int, int], cutoff: float) -> int:
    """The fewest letters an argument and a name of these shapes ((length, length of
    their words without repeats, joined)) must have in common for WRatio to reach
    `cutoff`, when they have no word in common (see the module's docstring)."""
    (length, words), (other_length, other_words) = argument, name
    wanted = cutoff / 100

    def least(scale: float, longer: int) -> float:  # C from scale * 2C / (C + longer)
        return math.inf if 2 * scale <= wanted else wanted * longer / (2 * scale - wanted)

    shorter = min(length, other_length)
    ratio = max(length, other_length) / shorter
    bounds = [wanted * (length + other_length) / 2]  # ratio: 2C / (|a| + |b|)
    if ratio < PARTIAL_UNTIL + MARGIN:
        bounds.append(least(TOKEN_SCALE, max(words, other_words)))
    if ratio >= PARTIAL_UNTIL - MARGIN:
        partial = PARTIAL_SCALE if ratio < FAR_FROM + MARGIN else FAR_PARTIAL_SCALE
        bounds.append(least(partial, shorter))
        bounds.append(least(partial * TOKEN_SCALE, min(words, other_words)))
    return max(0, math.ceil(min(bounds) - MARGIN))


def _at_least(counters: list[int], needed: int, every: int) -> int:
    """The names whose count (`counters`: its binary digits, lowest first, one bit a
    name) is `needed` or more."""
    if needed >= 1 << len(counters):
        return 0
    more, same = 0, every  # names already known to count more; names equal so far
    for place in range(len(counters) - 1, -1, -1):
        if needed >> place & 1:
            same &= counters[place]
        else:
            more |= same & counters[place]
            same &= ~counters[place]
    return more | same


def _units(text: str) -> list[Unit]:
    seen: dict[str, int] = {}
    units = []
    for letter in text:
        seen[letter] = seen.get(letter, 0) + 1
        units.append((letter, seen[letter]))
    return units


def _words(text: str) -> str:
    """The words of `text` without repeats, joined by spaces, as the token ratios read it."""
    return " ".join(dict.fromkeys(text.split()))


def _odd_space(text: str) -> bool:
    """Whether `text` has whitespace other than the space (the bounds count spaces)."""
    return any(letter.isspace() and letter != " " for letter in text)
