"""Which words are forms of one another, by English and Spanish endings: "renovo" and
"renovaron", "confirmed" and "confirmaron", "encargado" and "encargada"."""

from __future__ import annotations

STEM = 5  # letters two forms of a word share ("renovo", "renovaron")
# Endings that make another form of the same word, in English and Spanish.
_ENDINGS = "s es ed ing ion o a os as e an en aron ieron io ado ada ados adas ido ida ar er ir"
INFLECTIONS = frozenset(f"{_ENDINGS} aba aban ia ian ando iendo lo la lar".split(" "))
_ENDS = INFLECTIONS | {""}


def inflected(token: str, word: str) -> bool:
    """Whether two words are forms of one: past a shared start of at least STEM letters,
    each ends in an inflection or nothing ("renovo", "renovaron"; "encargado",
    "encargada"; not "grande", "grandmother")."""
    shared = next(
        (at for at, (a, b) in enumerate(zip(token, word, strict=False)) if a != b),
        min(len(token), len(word)),
    )
    # (an ending may begin with a letter both share: "coescrib-ieron", "coescrib-io")
    return any(token[cut:] in _ENDS and word[cut:] in _ENDS for cut in range(shared, STEM - 1, -1))


# The Spanish ones: a verb's or adjective's forms that say the same thing ("confirmo",
# "confirmaron", "confirmada"). An English stem is often a word of its own that says
# something else ("happen" of "happening", "training" of "trained"): English forms are
# listed in the data.
_SPANISH_ENDINGS = "o a os as an en aron ieron io ado ada ados adas ido ida ar er ir aba aban"
_SPANISH = frozenset(f"{_SPANISH_ENDINGS} ia ian ando iendo".split(" "))


def forms(word: str) -> frozenset[str]:
    """The Spanish forms of `word`, itself included: its stem (the word without a Spanish
    ending, at least STEM letters long) with each Spanish ending ("confirmo" ->
    "confirmaron", "confirmada", ...); only itself when it has no such stem."""
    stems = {word[: len(word) - len(end)] for end in _SPANISH if word.endswith(end)}
    stems = {stem for stem in stems if len(stem) >= STEM}
    return frozenset({word, *(stem + end for stem in stems for end in _SPANISH)})
