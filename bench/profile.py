"""Where a process's time goes: a py-spy profile of it, summed by the code it was in.

`bench.load --profile FILE` records the bot during its loaded pass with py-spy
(`pip install py-spy`; sampling only while a thread holds the GIL, so waiting is not
counted) into FILE, in py-spy's raw format (one stack a line, with its sample count);
`summary` sums each sample where it was spent: in which library, and for the bot's
own code whether in the engine or around it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

# The library a file belongs to, by the first part of its path as py-spy gives it.
GROUPS = {
    "bot/engine": "the engine (bot/engine)",
    "bot": "the bot around the engine (bot/)",
    "discord": "discord.py (models, gateway, HTTP client)",
    "aiohttp": "aiohttp (HTTP and websocket)",
    "asyncio": "asyncio (the event loop)",
}
ENTRY_SHARE = 0.95  # a function on nearly every stack is the way in (main, run_bot)
_FILE = re.compile(r"\((?P<path>[^():]+):\d+\)$")


def group_of(frame: str) -> str:
    found = _FILE.search(frame)
    path = found["path"] if found else frame
    for prefix, group in GROUPS.items():
        if path.startswith(f"{prefix}/"):
            return group
    return "everything else (json, re, gc, threads, ...)"


def shares(raw: Path) -> tuple[int, Counter[str], dict[str, Counter[str]]]:
    """Samples in all, by group where they were spent (the innermost frame), and for
    each group the functions of it that were on the stack (with what they called)."""
    where: Counter[str] = Counter()
    within: dict[str, Counter[str]] = {}
    total = 0
    for line in raw.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        samples = int(count)
        frames = stack.split(";")
        total += samples
        where[group_of(frames[-1])] += samples
        for group, name in {(group_of(f), f.split(" (")[0]) for f in frames}:
            within.setdefault(group, Counter())[name] += samples
    return total, where, within


def summary(raw: Path, functions: int = 8) -> str:
    total, where, within = shares(raw)
    lines = [f"{total} samples of the bot holding the GIL; spent in:"]
    lines += [f"  {count / total:6.1%}  {group}" for group, count in where.most_common()]
    for group in (GROUPS["bot"], GROUPS["bot/engine"], GROUPS["discord"]):
        lines.append(f"{group}: its functions, with what they called")
        busiest = [
            (name, count)
            for name, count in within.get(group, Counter()).most_common()
            if count < ENTRY_SHARE * total
        ]
        lines += [f"  {count / total:6.1%}  {name}" for name, count in busiest[:functions]]
    return "\n".join(lines)
