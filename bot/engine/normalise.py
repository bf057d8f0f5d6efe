"""Turn a raw chat message into plain lower-case tokens the matcher can look up.

Fans write "Ep3", "s1e3", "3rd episode", "el tercer capítulo", with emoji,
Discord mention markup and accents or without them: all of that becomes the
same few tokens here. Digits come out as "3" and "3rd" as "#3"; number words
are mapped later, after typo correction, by the matcher.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Questions are short; anything past this is not read, which bounds the work
# any one message can cost.
MAX_CHARS = 600

_DISCORD_MARKUP = re.compile(r"<a?:\w+:\d+>|<[@#][!&]?\d+>|<t:-?\d+(?::\w)?>|https?://\S+")
_SEASON_EPISODE = re.compile(r"\bs\s?0*(\d{1,3})\s?e\s?0*(\d{1,3})\b")
_EPISODE_SHORT = re.compile(r"\b(?:ep|eps|epi|e|cap)\.?\s?#?0*(\d{1,3})\b")
_SEASON_SHORT = re.compile(r"\bs0*(\d{1,2})\b")
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th|ro|do|to|vo|no|mo|er|ra|da|ta|o|a)\b")
_HASH_NUMBER = re.compile(r"#\s*(\d{1,3})\b")
# Any of the four shorthands above in one pattern: a message holding none of them (a plain
# "episode 4") skips their four passes, each costlier than one search.
_SHORTHAND = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_SEASON_EPISODE, _EPISODE_SHORT, _SEASON_SHORT, _ORDINAL))
)
# A token: a run of letters, digits and "#" (a data word: without "#"), found as such (one
# pass, cheaper than replacing what lies between and splitting)
_TOKEN = re.compile(r"[a-z0-9#]+")
_WORD = re.compile(r"[a-z0-9]+")
# Apostrophes as typed on phones and keyboards: ' \u2019 ` \u00b4
_APOSTROPHE_S = re.compile("['\u2019`\u00b4]s\\b", re.IGNORECASE)
_APOSTROPHE = re.compile("['\u2019`\u00b4]")
# "it'll", "they'll": the word said in full ("itll" is no word of the facts')
_APOSTROPHE_LL = re.compile("(?<=[a-z])['\u2019`\u00b4]ll\\b", re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case `text` and strip accents and other combining marks (zalgo too).
    Cached: the same replies are folded again and again to look for names in them."""
    if text.isascii():  # most messages: nothing to decompose
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    """Split folded text into word tokens, for data such as aliases and titles."""
    return _WORD.findall(fold(text))


def without_markup(message: str) -> str:
    """`message` without Discord's mention, emoji and timestamp markup or links, whose
    "!" and ":" are no punctuation of the asker's ("<@!123>")."""
    if "<" not in message and "http" not in message:
        return message  # most messages: no markup (every piece of it starts so)
    return _DISCORD_MARKUP.sub(" ", message)


def tokens(message: str) -> list[str]:
    """The message as folded word tokens, digits kept apart: "Ep3?" -> ["episode", "3"]."""
    text = message[:MAX_CHARS]
    # Each pass runs only where it could match: most messages have no markup, no
    # apostrophe and no digit, and skip them all.
    text = without_markup(text)
    if _APOSTROPHE.search(text):
        text = _APOSTROPHE.sub("", _APOSTROPHE_LL.sub(" will", _APOSTROPHE_S.sub(" s", text)))
    text = fold(text)
    if "+" in text or "&" in text:  # "the cast + who plays Benjamín", "Disney+", "cast & crew"
        text = text.replace("+", " plus ").replace("&", " and ")
    if _HAS_DIGIT.search(text):
        if _SHORTHAND.search(text):
            text = _SEASON_EPISODE.sub(r" season \1 episode \2 ", text)
            text = _EPISODE_SHORT.sub(r" episode \1 ", text)
            text = _SEASON_SHORT.sub(r" season \1 ", text)
            text = _ORDINAL.sub(r" #\1 ", text)
        if "#" in text:
            text = _HASH_NUMBER.sub(r" #\1 ", text)
    found = _TOKEN.findall(text)
    if "#" not in text:
        return found  # most messages: no "#" to strip from a word
    stripped = (t.strip("#") if t.startswith("#") and not is_number(t) else t for t in found)
    return [token for token in stripped if token]


def is_number(token: str) -> bool:
    if token.startswith("#last-"):  # counted from the end: "#last-1" is the penultimate
        return token[6:].isdigit()
    return token.lstrip("#").isdigit() or token in ("#last", "#penultimate", "#antepenultimate")
