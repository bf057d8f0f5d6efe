"""Data and code agree on the kinds of answer: adding one is a [[intent]] in
knowledge/intents.toml, its wording in each replies/<language>.toml, and one handler in
bot/engine/compose.py; this fails when one of the three is missing."""

from __future__ import annotations

import re
from pathlib import Path

from bot.engine import Engine
from bot.engine.compose import WORDED_PER_ITEM, Composer
from bot.knowledge import load

KNOWLEDGE = load()
BOT = Path(__file__).parents[2] / "bot"


def test_every_answerable_intent_has_one_handler_and_every_handler_an_intent():
    for code, language in KNOWLEDGE.languages.items():
        handlers = Composer(KNOWLEDGE.in_language(code), language).intents
        answerable = {intent.name for intent in KNOWLEDGE.intents if intent.answerable}
        assert handlers == answerable, f"{code}: {handlers ^ answerable}"


def test_every_answerable_intent_is_worded_in_every_language():
    for code, language in KNOWLEDGE.languages.items():
        for intent in KNOWLEDGE.intents:
            if intent.answerable and intent.name not in WORDED_PER_ITEM:
                assert intent.name in language.replies, f"replies/{code}.toml: {intent.name}"


def test_every_intent_the_code_names_exists():
    named = set()
    for path in BOT.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        named |= set(re.findall(r'_intents\["(\w+)"\]', source))
        named |= set(re.findall(r'\.topic\(\s*"(\w+)"', source))
        named |= set(re.findall(r'^\w+_INTENT = "(\w+)"', source, re.MULTILINE))
        for choice in re.findall(r'= "(\w+)" if \w+ else "(\w+)"', source):
            named |= set(choice)
    assert named, "the pattern found nothing: update this test"
    assert named <= {intent.name for intent in KNOWLEDGE.intents}


def test_every_kind_an_intent_gives_is_one_a_question_can_want():
    wanted = set(KNOWLEDGE.questions.wants)
    for intent in KNOWLEDGE.intents:
        assert intent.gives <= wanted, intent.name


def test_every_answerable_intent_can_be_asked_by_name(engine: Engine):
    """`Engine.topic(name)` (the chat commands, the benchmark's FAQ) gives a reply or an
    honest decline for every intent, even one that needs what a question names (two
    dated facts to compare)."""
    for intent in engine.knowledge.intents:
        if intent.answerable and not intent.chat:
            answer = engine.topic(intent.name)
            assert answer.text, intent.name
