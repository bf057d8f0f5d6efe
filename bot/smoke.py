"""Try freshly loaded facts on a few questions in every reply language before they go live.

`@Somos reload` swaps in new fact files only when an engine built from them answers
this smoke set: every intent's reply (or decline, or small talk), every cast member,
person and episode, and each example question the language offers. The loader
already refuses the edits known to break answering (bot.knowledge, bot.templates);
this catches the ones nobody has thought of yet, with the question that failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bot.engine import Answer, Engine
from bot.knowledge import Knowledge, KnowledgeError
from bot.templates import SHOW


def tried_engine(knowledge: Knowledge) -> Engine:
    """An engine over `knowledge` that has answered the smoke set in every language;
    KeyError, ValueError or any other failure becomes a KnowledgeError naming it."""
    try:
        engine = Engine(knowledge)
    except KnowledgeError:
        raise
    except Exception as error:  # a failure the loader's checks did not foresee
        raise KnowledgeError(
            "knowledge", "", f"the bot cannot start on it ({_said(error)})"
        ) from None
    for language in engine.languages:
        for what, ask in _smoke_set(engine, language):
            try:
                ask()
            except Exception as error:
                where = f"answering {what} in {language!r}"
                raise KnowledgeError("knowledge", where, f"fails ({_said(error)})") from None
    return engine


def _smoke_set(engine: Engine, language: str) -> Iterator[tuple[str, Callable[[], Answer]]]:
    knowledge = engine.knowledge
    for intent in knowledge.intents:
        yield f"the {intent.name!r} reply", lambda name=intent.name: engine.topic(name, language)
    for episode in knowledge.episodes:
        yield (
            f"episode {episode.number}",
            lambda e=episode: engine.topic("episode", language, episode=e),
        )
    names = [m.actor for m in knowledge.cast] + [m.character or m.actor for m in knowledge.cast]
    for name in names + [person.name for person in knowledge.people]:
        yield name, lambda n=name: engine.topic("person", language, person=engine.find_person(n))
    wording = knowledge.languages[language]
    first = knowledge.cast[0]
    values = {
        SHOW: knowledge.facts["show"]["title"],
        "number": knowledge.episodes[0].number,
        "character": first.character or first.actor,
        "actor": first.actor,
        "name": knowledge.people[0].name if knowledge.people else first.actor,
    }
    for example in wording.examples.values():
        question = example.format(**values)
        yield repr(question), lambda q=question: engine.answer(q, language)


def _said(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"
