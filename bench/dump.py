"""Every reply to every bank question and conversation turn, as JSON: diff two dumps to
show that a change to the engine changed no answer.

Run: .venv/bin/python -m bench.dump > before.json   (then again after, and diff)

Questions are asked alone (`Engine.answer(text)`); conversations turn by turn, each
turn with the previous answer's context and the conversation's language. Each reply is
given in full (`Answer.to_dict`), with a summary of the context it leaves. Add
`--scale N` to ask them of the fact base grown N times, as the benchmark grows it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.bench import grown_copy
from bot.engine import Answer, Context, Engine
from bot.knowledge import load
from tests.banks.check import BANKS, load_bank, load_conversations


def reply(answer: Answer) -> dict[str, Any]:
    return {**answer.to_dict(), "context": repr(answer.context)}


def dump(engine: Engine) -> dict[str, Any]:
    replies: dict[str, Any] = {}
    for path in sorted(BANKS.glob("*.toml")):
        if path.name == "chatter.toml":
            continue
        if "[[conversation]]" not in path.read_text(encoding="utf-8"):
            replies[path.name] = [reply(engine.answer(q.text)) for q in load_bank(path.name)]
            continue
        talks = []
        for talk in load_conversations(path.name):
            context: Context | None = None
            turns = []
            for turn in talk.turns:
                answer = engine.answer(turn.text, talk.language, context)
                turns.append(reply(answer))
                context = answer.context
            talks.append(turns)
        replies[path.name] = talks
    return replies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="the fact base grown this many times")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        directory = grown_copy(args.scale, Path(folder))
        engine = Engine(load(directory))
    json.dump(dump(engine), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
