"""Every reply to every bank question and conversation turn, as JSON: diff two dumps to
show that a change to the engine changed no answer.

Run: .venv/bin/python -m bench.dump > before.json   (then again after, and diff)

Questions are asked alone (`Engine.answer(text)`); conversations turn by turn, each
turn with the previous answer's context and the conversation's language. Each reply is
given in full (`Answer.to_dict`), with a summary of the context it leaves. Add
`--scale N` to ask them of the fact base grown N times, as the benchmark grows it, and
`--lookups` for what the commands make of arguments typed from the names (each name as
written, cut short, with a letter swapped, dropped or added, and some bank questions):
the episode and person a look-up finds, and the autocomplete lists.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.bench import grown_copy
from bot.engine import Answer, Context, Engine
from bot.knowledge import load
from tests.banks.check import BANKS, load_bank, load_conversations

BANKS_ASKED = ("en.toml", "es.toml", "chat_en.toml", "chat_es.toml", "terse.toml")


def reply(answer: Answer) -> dict[str, Any]:
    return {**answer.to_dict(), "context": repr(answer.context)}


def dump(engine: Engine) -> dict[str, Any]:
    replies: dict[str, Any] = {}
    for path in sorted(BANKS.glob("*.toml")):
        if path.name.startswith("chatter"):  # lines said unaddressed, not questions
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


def typed_arguments(engine: Engine) -> list[str]:
    """Command arguments made from the first and last names of the fact base."""
    knowledge = engine.knowledge
    names: list[str] = []
    for episode in (*knowledge.episodes[:40], *knowledge.episodes[-20:]):
        names += [str(episode.number), episode.title, *episode.aliases]
    for member in (*knowledge.cast[:40], *knowledge.cast[-20:]):
        names += [member.actor, member.character or "", *member.aliases]
    shuffled = random.Random(7)
    typed = ["", "3", "#3", " 3 ", "ir", "the", "Ep 3", "episode three", "nobody at all"]
    for name in filter(None, names):
        typed += [name, name.lower(), name[: max(1, len(name) // 2)], name[1:], name.upper()]
        if len(name) > 3:
            at = shuffled.randrange(len(name) - 1)
            typed += [
                name[:at] + name[at + 1] + name[at] + name[at + 2 :],
                name[:at] + name[at + 1 :],
                name[:at] + "q" + name[at:],
            ]
    return typed


def lookups(engine: Engine, typed: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for text in typed:
        episode = engine.find_episode(text)
        found[text] = {
            "episode": episode.number if episode else None,
            "person": repr(engine.find_person(text)),
            "episode_choices": engine.episode_choices(text),
            "person_choices": {
                code: engine.person_choices(text, code) for code in engine.languages
            },
        }
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="the fact base grown this many times")
    parser.add_argument("--lookups", action="store_true", help="command look-ups too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        directory = grown_copy(args.scale, Path(folder))
        engine = Engine(load(directory))
    replies = dump(engine)
    if args.lookups:
        typed = typed_arguments(engine)
        typed += [q.text[:40] for name in BANKS_ASKED for q in load_bank(name)][::7]
        replies["lookups"] = lookups(engine, typed)
    json.dump(replies, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
