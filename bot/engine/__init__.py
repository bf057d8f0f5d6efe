"""The answering engine: message in, structured answer out. No Discord here.

The terminal harness, the Discord cogs and the tests all call `Engine.answer`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot.engine.compose import Composer, Reply
from bot.engine.normalise import MAX_CHARS, fold, tokens
from bot.engine.understand import (
    ANSWER_AT,
    SUGGEST_AT,
    UNKNOWN_WORD_PENALTY,
    Matcher,
    PersonMatch,
    Reading,
)
from bot.knowledge import DEFAULT_DIR, Episode, Knowledge, KnowledgeError, load

# Where one message may hold several questions.
_CLAUSE_BREAK = re.compile(r"[?!;\n¿¡]+")
_CONJUNCTIONS = frozenset({"and", "y", "also", "plus", "tambien", "then", "e"})
MAX_QUESTIONS = 3
# Bounds on the work one message can cause, whatever it holds: clauses read,
# words read per clause, and places per clause where "and" is tried as a join
# of two questions.
MAX_CLAUSES = 8
MAX_WORDS = 80
MAX_JOINS_TRIED = 4
MAX_NAME_CHARS = 100  # of a command argument or autocomplete input; names are short
FIND_CUTOFF = 75  # rapidfuzz WRatio a command argument must reach to name something
CHOICE_CUTOFF = 40  # and an autocomplete choice to be offered
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Answer:
    """What the engine says to one message, and why."""

    question: str
    text: str
    declined: bool
    intents: tuple[str, ...]
    confidence: float
    sources: tuple[str, ...]
    suggestions: tuple[str, ...] = ()
    as_of: dt.date | None = None

    @property
    def intent(self) -> str | None:
        return self.intents[0] if self.intents else None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["intent"] = self.intent
        data["intents"] = list(self.intents)
        data["sources"] = list(self.sources)
        data["suggestions"] = list(self.suggestions)
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        return data


@dataclass(frozen=True)
class _Part:
    """The outcome for one question within a message."""

    reading: Reading
    text: str
    sources: tuple[str, ...] = ()
    as_of: dt.date | None = None
    suggestions: tuple[str, ...] = ()

    @property
    def answered(self) -> bool:
        return self.reading.answered

    @property
    def settled(self) -> bool:
        """Answered, or declined because it names a topic the sources do not cover."""
        return self.answered or _declines_a_topic(self.reading)


class Engine:
    """Answers questions about the show from a validated fact base."""

    def __init__(self, knowledge: Knowledge, language: str = "en") -> None:
        self.knowledge = knowledge
        self._matcher = Matcher(knowledge)
        self._composer = Composer(knowledge, knowledge.languages[language])
        self._episode_names = {
            fold(name): episode
            for episode in knowledge.episodes
            for name in (episode.title, *episode.aliases)
        }
        for index, intent in enumerate(knowledge.intents, start=1):
            if intent.answerable and intent.name not in self._composer.intents:
                raise KnowledgeError(
                    "knowledge/intents.toml",
                    f"intent[{index}].name",
                    f"no answer is written for {intent.name!r}: use a known name, or set "
                    "answerable = false to decline it",
                )

    @classmethod
    def from_directory(cls, directory: Path | str = DEFAULT_DIR) -> Engine:
        return cls(load(directory))

    @property
    def composer(self) -> Composer:
        return self._composer

    def credit(self, answer: Answer) -> str:
        """Where an answer comes from, for a footer: source labels and the "as of" date."""
        labels = "; ".join(self.knowledge.sources[source].label for source in answer.sources)
        if answer.as_of and labels:
            return f"{labels} · as of {self._composer.month_year(answer.as_of)}"
        return labels

    def answer(self, message: str) -> Answer:
        parts = self._parts(message[:MAX_CHARS])
        if any(part.answered for part in parts):
            parts = [p for p in parts if p.answered or _declines_a_topic(p.reading)]
        return self._combine(message, parts)

    def topic(
        self, intent: str, *, episode: Episode | None = None, person: PersonMatch | None = None
    ) -> Answer:
        """The answer for a known intent (a chat command), without reading a question."""
        found = next(i for i in self.knowledge.intents if i.name == intent)
        reading = Reading(
            found,
            1.0,
            episodes=(episode,) if episode else (),
            people=(person,) if person else (),
        )
        return self._combine(intent, [self._respond(reading)])

    def find_episode(self, text: str) -> Episode | None:
        """The episode a command argument names: its number, title or a close spelling."""
        cleaned = text[:MAX_NAME_CHARS].strip().lstrip("#")
        for episode in self.knowledge.episodes:
            if cleaned == str(episode.number):
                return episode
        found = process.extractOne(
            fold(cleaned), list(self._episode_names), scorer=fuzz.WRatio, score_cutoff=FIND_CUTOFF
        )
        return self._episode_names[found[0]] if found else None

    def find_person(self, text: str) -> PersonMatch | None:
        """The cast or crew member a command argument names, allowing typos."""
        people = self._matcher.people
        found = process.extractOne(
            fold(text[:MAX_NAME_CHARS]), list(people), scorer=fuzz.WRatio, score_cutoff=FIND_CUTOFF
        )
        return people[found[0]] if found else None

    def episode_choices(self, current: str, limit: int = 25) -> list[tuple[str, str]]:
        """Autocomplete for episodes: (label, value) pairs best first, at most `limit`."""
        labels = {f"{e.number}. {e.title}": str(e.number) for e in self.knowledge.episodes}
        return _choices(labels, current, limit)

    def person_choices(self, current: str, limit: int = 25) -> list[tuple[str, str]]:
        """Autocomplete for cast members, by character or actor name."""
        labels = {}
        for member in self.knowledge.cast:
            role = member.character or member.description or ""
            labels[f"{member.actor} as {role}"[:100]] = member.character or member.actor
        return _choices(labels, current, limit)

    def _combine(self, message: str, parts: list[_Part]) -> Answer:
        parts = _unique(parts)[:MAX_QUESTIONS] or [self._respond(Reading(None, 0.0))]
        answered = [part for part in parts if part.answered]
        if answered:
            confidence = min(part.reading.confidence for part in answered)
        else:
            confidence = max(part.reading.confidence for part in parts)
        suggestions = tuple(s for part in parts for s in part.suggestions)[:MAX_SUGGESTIONS]
        return Answer(
            question=message,
            text="\n".join(part.text for part in parts),
            declined=not answered,
            intents=tuple(
                part.reading.intent.name for part in parts if part.reading.intent is not None
            ),
            confidence=confidence,
            sources=tuple(dict.fromkeys(s for part in parts for s in part.sources)),
            suggestions=suggestions,
            as_of=next((part.as_of for part in parts if part.as_of), None),
        )

    def _parts(self, message: str) -> list[_Part]:
        clauses = (tokens(clause) for clause in _CLAUSE_BREAK.split(message))
        read = [words[:MAX_WORDS] for words in clauses if words][:MAX_CLAUSES]
        return [part for words in read for part in self._split(words, MAX_QUESTIONS)]

    def _split(self, tokens: list[str], most: int) -> list[_Part]:
        """Read the tokens as one question, or as up to `most` joined by "and" when each
        part stands on its own (an answer, or a topic the sources do not cover) and one
        answers.
        """
        joins = [
            index
            for index, token in enumerate(tokens)
            if token in _CONJUNCTIONS and 0 < index < len(tokens) - 1
        ]
        for index in joins[:MAX_JOINS_TRIED] if most > 1 else ():
            left = self._respond(self._matcher.read(tokens[:index]))
            if not left.settled:
                continue
            parts = [left, *self._split(tokens[index + 1 :], most - 1)]
            keys = {part.reading.key for part in parts}
            if all(p.settled for p in parts) and any(p.answered for p in parts) and len(keys) > 1:
                return parts
        return [self._respond(self._matcher.read(tokens))]

    def _respond(self, reading: Reading) -> _Part:
        reading = self._credit_fact_words(reading)
        if reading.answered:
            reply: Reply = self._composer.answer(reading)
            return _Part(reading, reply.text, reply.sources, reply.as_of)
        if reading.intent is not None and not reading.intent.answerable:
            return _Part(reading, self._composer.decline(reading))
        if reading.intent is not None and reading.confidence >= SUGGEST_AT:
            names = [i.name for i in reading.ranked if i.answerable][:MAX_SUGGESTIONS]
            suggestions = tuple(
                dict.fromkeys(self._composer.example_for(reading, name) for name in names)
            )
            return _Part(reading, self._composer.suggest(list(suggestions)), (), None, suggestions)
        return _Part(reading, self._composer.decline(Reading(None, 0.0)))

    def _credit_fact_words(self, reading: Reading) -> Reading:
        """Count a near miss's unknown words that its own answer uses as evidence for it.

        "What did he take as a challenge in the blog post?" quotes the post: words
        from the facts the answer would give are not noise.
        """
        if reading.answered or reading.intent is None or not reading.intent.answerable:
            return reading
        if reading.confidence < SUGGEST_AT or not reading.unknown:
            return reading
        used = set(tokens(self._composer.answer(reading).text))
        explained = [word for word in reading.unknown if word in used]
        if not explained:
            return reading
        unknown = tuple(word for word in reading.unknown if word not in used)
        confidence = reading.confidence + UNKNOWN_WORD_PENALTY * len(explained)
        if unknown and (reading.intent.strict or reading.hints_only):
            confidence = min(confidence, ANSWER_AT - 0.1)
        return replace(reading, confidence=round(min(confidence, 1.0), 3), unknown=unknown)


def build_engines(knowledge: Knowledge) -> dict[str, Engine]:
    """One engine per reply language; raises KnowledgeError if the facts cannot be used."""
    return {code: Engine(knowledge, code) for code in knowledge.languages}


def _choices(labels: dict[str, str], current: str, limit: int) -> list[tuple[str, str]]:
    current = current[:MAX_NAME_CHARS]
    if not current.strip():
        return list(labels.items())[:limit]
    found = process.extract(
        fold(current), list(labels), scorer=fuzz.WRatio, processor=fold, limit=limit
    )
    return [(label, labels[label]) for label, score, _ in found if score >= CHOICE_CUTOFF]


def _declines_a_topic(reading: Reading) -> bool:
    return reading.intent is not None and not reading.intent.answerable


def _unique(parts: list[_Part]) -> list[_Part]:
    seen: dict[tuple[object, ...], _Part] = {}
    for part in parts:
        seen.setdefault(part.reading.key, part)
    return list(seen.values())


__all__ = ["ANSWER_AT", "Answer", "Engine", "build_engines"]
