"""User text made safe to show again: in a terminal, a log line or a Discord message."""

from __future__ import annotations

import re

# Control characters (ESC, BEL, backspace: terminal escapes, forged titles, hidden
# lines) and the bidirectional overrides that can make the rest of a line read
# backwards ("\u202e"): shown again, they only serve tricks.
_INVISIBLE_TRICKS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Every character Discord's markdown gives a meaning to, escaped one by one: no
# bold, spoiler, code, heading, quote or masked link can survive ("[x](https://…)").
_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]()<])")


def visible(text: str) -> str:
    """`text` on one line, without control characters or direction overrides."""
    return " ".join(_INVISIBLE_TRICKS.sub(" ", text).split())


def without_markdown(text: str) -> str:
    """`text` with every markdown character escaped, so it shows as typed."""
    return _MARKDOWN.sub(r"\\\1", text)
