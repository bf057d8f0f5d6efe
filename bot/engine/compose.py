"""Write the reply for a reading, from the facts and one language's templates.

Every reply is built from fact values; the templates only hold the wording
around them. Each composer returns the source ids it drew on and the "as of"
date of any time-sensitive fact it used.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from bot.engine.decide import Outcome
from bot.engine.normalise import words
from bot.engine.understand import PersonMatch, Reading
from bot.knowledge import (
    CAST_CREDIT,
    CastMember,
    Episode,
    Fact,
    Knowledge,
    KnowledgeError,
    Language,
    Month,
    Person,
)

Item = TypeVar("Item")
# The longest list a reply spells out before saying "and N more".
MAX_LISTED = 20
# The most general declines written when a composer is built (each shows different
# example questions; past this many, each is written when asked for)
GENERAL_WRITTEN_AT_LOAD = 1024
NAMING = "title"  # the concept of a question asking what something is called
NAMED_BY = frozenset({"episode", "number", "name"})  # kinds of answer that only name
UNNAMED = "name"  # what a reply about a cast member whose role has no name lacks
UNDESCRIBED = "description"  # and one whose role the sources do not describe
# Intents whose replies are built from the per-item templates below, not their own.
WORDED_PER_ITEM = frozenset({"episode", "person", "director", "episode_order"})
# Templates the composers use besides one per intent; checked when a Composer is built.
ORDER_CONCEPT = "order"  # "which came first": the two dated facts put in order
# "… before or after …?": the order said of the one named first ("came after" if later)
LATER_CONCEPT = "later"
GAP_CONCEPT = "gap"  # "how many years between …": how far apart they are
TODAY_REF = "today"  # a dated thing that is today's date ("how long ago …")
# How precisely a date is given: a year alone, a month of a year, a day
YEAR_ONLY, MONTH_ONLY, FULL_DATE = 1, 2, 3
COUNT_KIND = "count"  # the kind of answer ([wants] in questions.toml) that is a number of things
CAST_LIST = "cast_list"  # the intent whose answer, asked "how many", counts the cast
TEMPLATES = frozenset(
    {
        "episode_by_number", "episode_by_title", "character", "character_description", "actor",
        "actor_unnamed_role", "actor_performance", "crew", "episode_list_item", "cast_list_item",
        "performance_item", "fictionalised", "source_item", "source_by", "source_as_of", "topics",
        "credit", "credit_as_of", "spoiler", "spoiler_warning", "cast_choice", "yes", "no",
        "reality_of", "review_finale", "said_by", "cast_count", "episode_before",
        "episode_after", "episodes_before", "episodes_after", "episodes_between",
        "date_ago",
    }
)  # fmt: skip


class _Dated(NamedTuple):
    """A dated fact, or today, as a reply compares it."""

    when: dt.date  # (a year alone: its 1 January)
    precision: int  # YEAR_ONLY, MONTH_ONLY or FULL_DATE
    label: str  # its name in the reply ("the premiere")
    said: str  # its date as the reply says it
    table: str  # its fact table, whose sources say it (TODAY_REF for today)


# (frozen to the type checker only: see understand.Reading)
@dataclass(frozen=TYPE_CHECKING, unsafe_hash=True)
class Reply:
    text: str
    sources: tuple[str, ...]
    as_of: dt.date | None = None
    # Kinds of answer (questions.toml [wants]) the reply says the sources lack: asked
    # for one of them, the reply is "my sources don't say" ("Armando Silva's
    # character's name": the sources don't name the character).
    lacks: frozenset[str] = frozenset()


class Composer:
    """Replies in one language. `knowledge` is already in that language (in_language)."""

    def __init__(
        self,
        knowledge: Knowledge,
        language: Language,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._lang = language
        self._today = today  # (spans of time up to today: "how long ago …")
        self._spoilers: set[str] = set()
        self._facts = knowledge.facts
        self._cast = {member.actor: member for member in knowledge.cast}
        self._people = {person.name: person for person in knowledge.people}
        self._cast_sources = self._sources(
            *(member.sources for member in knowledge.cast), knowledge.sources_of("cast_notes")
        )
        self._handlers: Mapping[str, Callable[[Reading], Reply]] = {
            "episode": self._episode,
            "episode_order": self._episode_order,
            "episode_list": self._episode_list,
            "episode_count": self._episode_count,
            "person": self._person,
            "cast_list": self._cast_list,
            "stars": self._stars,
            "untrained": self._untrained,
            "performances": self._performances,
            "creators": self._creators,
            "writers": self._writers,
            "director": self._director,
            "cinematography": self._cinematography,
            "release": self._release,
            "watch": self._watch,
            "renewal": self._renewal,
            "renewal_when": self._renewal,
            "renewal_plot": self._renewal,
            "blog_post": self._blog_post,
            "source_article": self._source_article,
            "story": self._story,
            "reality": self._reality,
            "deaths": self._deaths,
            "review": self._review,
            "review_enjoy": self._review,
            "review_recommend": self._review,
            "review_balance": self._review,
            "review_strengths": self._review,
            "review_weaknesses": self._review,
            "content_warning": self._content_warning,
            "review_author": self._review,
            "genre": self._review,
            "comparison": self._review,
            "reception": self._reception,
            "season2_article": self._season2_article,
            "date_gap": self._date_gap,
            "bot_sources": self._bot_sources,
            "said_where": self._said_where,
            "help": self._help,
            "about": self._about,
        }
        for intent in knowledge.intents:
            if intent.chat:
                self._handlers = {**self._handlers, intent.name: self._chat}

        # Data and code agree: every answerable intent has a reply here, and every reply
        # here an intent (a new kind of answer is an [[intent]], its wording, one handler)
        names = {intent.name for intent in knowledge.intents}
        for intent in knowledge.intents:
            if intent.answerable and intent.name not in self._handlers:
                raise KnowledgeError(
                    "knowledge/intents.toml",
                    f'intent "{intent.name}"',
                    f"the bot has no reply for {intent.name!r}: make it small talk "
                    "(chat = true) or a topic the sources don't cover (answerable = false)",
                )
        for name in sorted(self._handlers.keys() - names):
            raise KnowledgeError(
                "knowledge/intents.toml",
                "intent",
                f"no intent named {name!r}, which the bot's code uses",
            )
        needed = TEMPLATES | (self._handlers.keys() - WORDED_PER_ITEM)
        for key in sorted(needed - language.replies.keys()):
            raise KnowledgeError(
                f"knowledge/replies/{language.code}.toml",
                f"replies.{key}",
                "missing required field",
            )
        self._facts = {name: self._mark_spoilers(fact) for name, fact in knowledge.facts.items()}
        self._warning = self.fill("spoiler_warning")  # before a reply that holds a spoiler
        self._topics = self.fill("topics")  # what can be asked about, for help and declines
        episodes = tuple(
            replace(e, note=self._spoiler(e.note)) if e.note and "note" in e.spoilers else e
            for e in knowledge.episodes
        )
        self._k = replace(knowledge, facts=self._facts, episodes=episodes)
        self._episodes = {episode.number: episode for episode in episodes}
        self._last_number = max(self._episodes)
        # Each source's cast members, in the cast's order: who a source names, counted
        # when asked (the cast may be thousands)
        self._named_by: dict[str, list[CastMember]] = {}
        for member in knowledge.cast:
            for source in dict.fromkeys(member.sources):
                self._named_by.setdefault(source, []).append(member)
        self._holders: dict[frozenset[str], str] = {}  # `holders`, by the credits asked about
        # Each person's card, as `_describe` writes it: a cast member's asked by the
        # character's name or by the actor's, a crew member's
        self._cards = {
            (p.name, "crew"): self._describe(PersonMatch(p, "crew")) for p in self._k.people
        }
        self._cards.update(
            ((m.actor, role), self._describe(PersonMatch(m, role)))
            for m in self._k.cast
            for role in ("character", "actor")
        )
        # The example questions `examples` picks from: one about each character, one
        # about each episode, and the questions about the show as a whole.
        examples = self._lang.examples
        self._example_choices = (
            [
                self.fill("character", examples, character=member.character)
                for member in self._k.cast
                if member.character
            ],
            [self.fill("episode", examples, number=e.number) for e in self._k.episodes],
            [self.fill(name, examples) for name in _ROTATING_EXAMPLES],
        )
        # Every general decline, written once: the examples it shows repeat every
        # `_example_cycle` values of the variety that picks them (when the cycle is short:
        # it is the lcm of the numbers of characters and episodes, and with hundreds of
        # them each decline is written when asked for)
        self._example_cycle = math.lcm(*map(len, self._example_choices))
        self._general = (
            [self._write_general(variety) for variety in range(self._example_cycle)]
            if self._example_cycle <= GENERAL_WRITTEN_AT_LOAD
            else []
        )
        # ... and the decline of each topic the sources do not cover, as most ask it (of
        # no missing episode or season)
        self._topic_declines = {
            intent.name: self._write_topic_decline(intent.name, None)
            for intent in knowledge.intents
            if not intent.answerable and intent.name in self._lang.decline_topics
        }
        # The replies that depend on nothing but their intent (not on the episodes,
        # people or dates a question names, nor on its examples), written once.
        fixed = {
            self._episode_list, self._episode_count, self._release, self._watch,
            self._cast_list, self._stars, self._untrained, self._performances,
            self._creators, self._writers, self._director, self._cinematography,
            self._renewal, self._season2_article, self._blog_post, self._source_article,
            self._story, self._about, self._review, self._reception, self._bot_sources,
            self._deaths,
        }  # fmt: skip
        self._written = {
            intent.name: self._compose(Reading(intent, 1.0))
            for intent in knowledge.intents
            if self._handlers.get(intent.name) in fixed
        }

    @property
    def wording(self) -> frozenset[str]:
        """The words the templates bring to replies, as opposed to the facts' own words."""
        texts = [*self._lang.replies.values(), *self._lang.credits.values()]
        return frozenset(words(" ".join(texts)))

    @property
    def written(self) -> tuple[Reply, ...]:
        """The replies written once, when the composer was built (see `answer`)."""
        return tuple(self._written.values())

    @property
    def written_of(self) -> Mapping[str, Reply]:
        """The replies written once, by the intent they answer."""
        return self._written

    @property
    def intents(self) -> frozenset[str]:
        return frozenset(self._handlers)

    @property
    def code(self) -> str:
        return str(self._lang.code)

    def answer(self, reading: Reading) -> Reply:
        assert reading.intent is not None
        # (written once per topic, but for one date asked or the cast by source)
        by_source = reading.intent.name == CAST_LIST and self._cast_by_source(reading)
        written = None if reading.dated or by_source else self._written.get(reading.intent.name)
        return written if written is not None else self._compose(reading)

    def _compose(self, reading: Reading) -> Reply:
        assert reading.intent is not None
        # (one date asked of an answer that gives several: that one, whatever the topic)
        one_date = len(reading.dated) == 1
        reply = (self._date_gap if one_date else self._handlers[reading.intent.name])(reading)
        text = tidy(reply.text)
        if any(spoiler in text for spoiler in self._spoilers):
            text = f"{self._warning}\n{text}"
        return Reply(text, reply.sources, reply.as_of, reply.lacks)

    def followed_by(self, reply: Reply, more: str) -> Reply:
        """`reply` with `more` said after it, a spoiler warning `more` opens with moved
        before both (the warning stays first)."""
        text = reply.text
        if more.startswith(self._warning):
            more = more[len(self._warning) :].lstrip("\n")
            if not text.startswith(self._warning):
                text = f"{self._warning}\n{text}"
        return replace(reply, text=f"{text} {more}")

    def _warning_first(self, text: str, shape: Callable[[str], str]) -> str | None:
        """`text` shaped by `shape` with its opening spoiler warning kept first (None
        when it opens with none): a reply's frame goes after the warning, not before."""
        warning = self._warning
        if not warning or not text.startswith(warning):
            return None
        rest = text[len(warning) :].lstrip("\n")
        return f"{warning}\n{shape(rest)}"

    def with_outcome(self, outcome: Outcome, text: str) -> str:
        """The reply as the decision shapes it: "Yes: …", "No: …", or "my sources don't
        say that; what they do say: …".
        """
        warned = self._warning_first(text, lambda rest: self.with_outcome(outcome, rest))
        if warned is not None:
            return warned
        if outcome is Outcome.YES:
            return self.fill("yes", text=text)
        if outcome is Outcome.NO:
            return self.fill("no", text=text)
        if outcome is Outcome.UNSAID:
            return tidy(self.fill("unsaid", self._lang.declines, text=text))
        return text

    def unsaid_alone(self) -> str:
        """ "My sources don't say that.", for a part of a message whose topic another
        part answers."""
        return self.fill("unsaid_alone", self._lang.declines)

    def named_in(self, name: str, sources: Iterable[str]) -> str:
        """Which sources name someone: "Ignacio Prieto is named in Rony Patra's review"."""
        labels = [self._k.sources[source].label for source in sources]
        return tidy(self.fill("named_in", name=name, sources=self.join(labels)))

    def holders(self, credits: Iterable[str]) -> str:
        """Who does hold the credits a question gave someone else ("the review is by …"),
        written once for each set of credits asked about (the cast may be thousands)."""
        asked = frozenset(credits)
        written = self._holders.get(asked)
        if written is None:
            written = self._holders[asked] = self._write_holders(asked)
        return written

    def _write_holders(self, credits: frozenset[str]) -> str:
        people = [PersonMatch(p, "crew") for p in self._k.people if set(credits) & set(p.credits)]
        if set(credits) - {CAST_CREDIT}:  # "is Paquito a lead?": who the stars are
            people += [
                PersonMatch(self._local(m), "actor")
                for m in self._k.cast
                if set(credits) & set(m.credits)
            ]
        return " ".join(self._describe(match) for match in people)

    def credit(self, sources: Iterable[str], as_of: dt.date | None) -> str:
        """Where an answer comes from, for a footer: source labels and the "as of" date."""
        labels = "; ".join(self._k.sources[source].label for source in sources)
        if not labels:
            return ""
        if as_of is None:
            return self.fill("credit", sources=labels)
        return self.fill("credit_as_of", sources=labels, date=self.month_year(as_of))

    def cast_choice(self, member: CastMember) -> str:
        """An autocomplete label: "Iliana Donatlán as Irene"."""
        local = self._cast[member.actor]
        return self.fill("cast_choice", actor=local.actor, role=self._role(local))

    def _mark_spoilers(self, fact: Fact) -> Fact:
        if not fact.spoilers:
            return fact
        values = {k: self._spoiler(v) if k in fact.spoilers else v for k, v in fact.values.items()}
        return replace(fact, values=values)

    def _spoiler(self, text: str) -> str:
        """Text that gives away the ending, hidden behind Discord spoiler tags."""
        hidden = self.fill("spoiler", text=text)
        self._spoilers.add(hidden)
        return hidden

    def _local(self, who: CastMember | Person) -> CastMember | Person:
        """The matcher's person (from the fact files) in this composer's language."""
        if isinstance(who, Person):
            return self._people[who.name]
        return self._cast[who.actor]

    # --- wording helpers -------------------------------------------------

    def fill(self, key: str, section: Mapping[str, str] | None = None, **values: Any) -> str:
        template = (self._lang.replies if section is None else section)[key]
        text = template.format(show=self._facts["show"]["title"], **values)
        for joined, contracted in self._lang.contractions:  # "de el artículo": "del"
            if joined in text:
                text = text.replace(joined, contracted)
        return text

    def join(self, items: Iterable[str]) -> str:
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        separator = self._lang.settings["list_separator"]
        return f"{separator.join(items[:-1])} {self._lang.settings['and']} {items[-1]}"

    def capped(self, items: Sequence[Item], render: Callable[[Item], str]) -> list[str]:
        """The first MAX_LISTED items rendered, then "N more": a reply must fit in a message."""
        shown = [render(item) for item in items[:MAX_LISTED]]
        if len(items) > MAX_LISTED:
            shown.append(self._lang.settings["more"].format(count=len(items) - MAX_LISTED))
        return shown

    def date(self, value: dt.date) -> str:
        months = self._lang.settings["months"]
        return self._lang.settings["date"].format(
            day=value.day, month=months[value.month - 1], year=value.year
        )

    def month_year(self, value: dt.date) -> str:
        months = self._lang.settings["months"]
        return self._lang.settings["month_year"].format(
            month=months[value.month - 1], year=value.year
        )

    def number(self, value: int) -> str:
        names = self._lang.settings["number_words"]
        return names[value] if 0 <= value < len(names) else str(value)

    def _named(self, person: Person) -> str:
        if person.title:
            return self._lang.settings["titled_name"].format(title=person.title, name=person.name)
        return person.name

    def _credited(self, credit: str) -> list[Person]:
        return [person for person in self._k.people if credit in person.credits]

    def _sources(self, *groups: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(source for group in groups for source in group))

    def _show_values(self) -> dict[str, Any]:
        show, release = self._facts["show"], self._facts["release"]
        return {
            "platform": show["platform"],
            "format": show["format"],
            "episode_count": self.number(show["episode_count"]),
            "season_count": self.number(show["season_count"]),
            "release_date": self.date(release["date"]),
        }

    # --- episodes ----------------------------------------------------------

    def _episode(self, reading: Reading) -> Reply:
        # an episode's note describes it: not said when only its name or number is asked
        # ("what's the last episode called?": the title, no spoiler)
        describe = NAMING not in reading.concepts and not reading.form.wants & NAMED_BY
        lines = []
        for found in reading.episodes:
            episode = self._episodes[found.number]  # in this language, spoilers marked
            key = "episode_by_title" if episode.number in reading.titled else "episode_by_number"
            count = self.number(self._facts["show"]["episode_count"])
            line = self.fill(key, number=episode.number, title=episode.title, episode_count=count)
            lines.append(f"{line} {episode.note}" if episode.note and describe else line)
        sources = self._sources(*(episode.sources for episode in reading.episodes))
        noteless = any(not self._episodes[found.number].note for found in reading.episodes)
        return Reply(" ".join(lines), sources, lacks=frozenset({UNDESCRIBED} if noteless else ()))

    def _episode_order(self, reading: Reading) -> Reply:
        """Where an episode stands beside another (`reading.order` asked of two: the
        order they are in, whichever was asked), or how many episodes come before, after
        or between (asked to count); with no episode named, the episodes in their order,
        and with one and no count, that episode."""
        episodes: list[Episode] = list(reading.episodes)
        if not episodes:
            return self._episode_list(reading)
        if len(episodes) < 2 and COUNT_KIND not in reading.form.wants:
            return self._episode(reading)  # ("and the first one?" after an order: that one)
        first, other = episodes[0], episodes[-1]
        values: dict[str, Any] = {
            "number": first.number,
            "title": first.title,
            "other_number": other.number,
            "other_title": other.title,
            "episode_count": self.number(len(self._k.episodes)),
        }
        counts = {
            "before": first.number - 1,
            "after": self._last_number - first.number,
            "between": abs(first.number - other.number) - 1,
        }
        if COUNT_KIND in reading.form.wants and reading.order in counts:
            key = f"episodes_{reading.order}"
            low, high = sorted((first.number, other.number))
            counted = {
                "before": range(1, first.number),
                "after": range(first.number + 1, self._last_number + 1),
                "between": range(low + 1, high),
            }[reading.order]
            # (and which they are: "two come after it (5. “…”; 6. “…”)", as many as a
            # list shows)
            named = [
                self.fill("episode_list_item", number=n, title=self._episodes[n].title)
                for n in counted[:MAX_LISTED]
                if n in self._episodes
            ]
            titles = f" ({'; '.join(named)})" if named else ""
            text = self.fill(
                key, count=self.number(max(counts[reading.order], 0)), titles=titles, **values
            )
        else:
            key = "episode_before" if first.number < other.number else "episode_after"
            text = self.fill(key, **values)
        return Reply(text, self._sources(*(episode.sources for episode in episodes)))

    def _episode_list(self, reading: Reading) -> Reply:
        items = self.capped(
            self._k.episodes,
            lambda e: self.fill("episode_list_item", number=e.number, title=e.title),
        )
        values = self._show_values()
        text = self.fill(
            "episode_list",
            episodes="; ".join(items),
            episode_count=values["episode_count"],
            release_date=values["release_date"],
        )
        return Reply(text, self._k.sources_of("show", "release"))

    def _episode_count(self, reading: Reading) -> Reply:
        text = self.fill("episode_count", **self._show_values())
        return Reply(text, self._k.sources_of("show", "release"))

    def _release(self, reading: Reading) -> Reply:
        text = self.fill("release", **self._show_values())
        return Reply(text, self._k.sources_of("release", "show"))

    def _watch(self, reading: Reading) -> Reply:
        values = self._show_values()
        text = self.fill(
            "watch",
            episode_count=values["episode_count"],
            platform=self._facts["watch"]["platform"],
        )
        return Reply(text, self._k.sources_of("watch"), self._facts["watch"]["as_of"])

    # --- people --------------------------------------------------------------

    def _person(self, reading: Reading) -> Reply:
        lines: list[str] = []
        sources: list[Iterable[str]] = []
        told: list[CastMember | Person] = []
        for match in reading.people:
            if match.who in told:
                continue  # named twice ("does Mercedes Hernández play Doña Chayo?")
            told.append(match.who)
            lines.append(self._card(match))
            sources.append(match.who.sources)
        cast = [m.who for m in reading.people if isinstance(m.who, CastMember)]
        lacks = frozenset(
            kind
            for kind, missing in ((UNNAMED, "character"), (UNDESCRIBED, "description"))
            if any(not getattr(member, missing) for member in cast)
        )
        return Reply(" ".join(lines), self._sources(*sources), lacks=lacks)

    def _card(self, match: PersonMatch) -> str:
        """What the sources say of someone named (see `_describe`), from the cards
        written at load."""
        who = match.who
        if isinstance(who, Person):
            key = (who.name, "crew")  # (a crew member's card is the same whatever the role)
        else:
            key = (who.actor, "character" if match.role == "character" else "actor")
        card = self._cards.get(key)
        return (
            card if card is not None else self._describe(PersonMatch(self._local(who), match.role))
        )

    def _describe(self, match: PersonMatch) -> str:
        who = match.who
        if isinstance(who, Person):
            credits = [
                self.fill(
                    credit,
                    self._lang.credits,
                    others=self.join(self._named(p) for p in self._credited(credit) if p != who),
                )
                for credit in who.credits
            ]
            # (a title leads the sentence in lower case: "author Fernanda Melchor")
            return _capital(self.fill("crew", name=self._named(who), credits=self.join(credits)))
        parts = []
        if who.character:
            # asked by the character's name or the actor's, the character as the
            # sources describe it ("what kind of character is she?" after the actress)
            template = "character" if match.role == "character" else "actor"
            parts.append(self.fill(template, character=who.character, actor=who.actor))
            if who.description:
                parts.append(
                    self.fill(
                        "character_description",
                        character=who.character,
                        description=who.description,
                    )
                )
        else:
            parts.append(
                self.fill("actor_unnamed_role", actor=who.actor, description=who.description)
            )
        if who.performance:
            parts.append(
                self.fill("actor_performance", actor=who.actor, performance=who.performance)
            )
        return " ".join(parts)

    def _role(self, member: CastMember) -> str:
        return member.character or member.description or ""

    def _cast_by_source(self, reading: Reading) -> bool:
        """Whether the cast is asked for as each source lists it: counted ("how many
        actors does the article list?"), or of one source ("who's last in the article's
        cast list?": the article's eight, in its order)."""
        return COUNT_KIND in reading.form.wants or not reading.form.mentions.isdisjoint(
            self._k.sources
        )

    def _cast_list(self, reading: Reading) -> Reply:
        if self._cast_by_source(reading):  # (see answer: not the list written once)
            return self._cast_counted(reading)
        text = self.fill(
            "cast_list",
            cast=self._cast_items(self._k.cast),
            untrained=self._facts["cast_notes"]["untrained"],
        )
        return Reply(text, self._cast_sources)

    def _cast_items(self, members: Sequence[CastMember]) -> str:
        """ "Jero Medina as Benjamín, …": the members, cut to the list's length."""
        return self.join(
            self.capped(
                members, lambda m: self.fill("cast_list_item", actor=m.actor, role=self._role(m))
            )
        )

    def _cast_counted(self, reading: Reading) -> Reply:
        """ "How many actors does the article list?": how many of the cast each source
        cited (or each source) names, and who; the sources give no size for the whole
        cast ("sprawling"), so none is claimed."""
        cited = [s for s in self._k.sources if s in reading.form.mentions] or list(self._k.sources)
        named_by = {s: self._named_by.get(s, []) for s in cited}
        lines = []
        for source in sorted(cited, key=lambda s: -len(named_by[s])):  # (the fullest list first)
            named = named_by[source]
            line = self.fill(
                "cast_count",
                source=self._k.sources[source].label,
                count=self.number(len(named)),
                cast=self._cast_items(named),
            )
            lines.append(_capital(line))
        return Reply(" ".join(lines), self._sources(tuple(cited)))

    def _stars(self, reading: Reading) -> Reply:
        # (in the order the sources name them, where they give one)
        stars = sorted(
            (member for member in self._k.cast if member.star),
            key=lambda member: member.billed or len(self._k.cast) + 1,
        )
        text = self.fill(
            "stars",
            stars=self.join(f"{m.actor} ({self._role(m)})" for m in stars),
            star_count=self.number(len(stars)),
        )
        return Reply(text, self._sources(*(member.sources for member in stars)))

    def _untrained(self, reading: Reading) -> Reply:
        notes = self._facts["cast_notes"]
        text = self.fill("untrained", untrained=notes["untrained"], verdict=notes["verdict"])
        return Reply(_capital(text), self._k.sources_of("cast_notes"))

    def _performances(self, reading: Reading) -> Reply:
        notes = self._facts["cast_notes"]
        rated = [member for member in self._k.cast if member.performance]
        items = [
            self.fill(
                "performance_item",
                actor=member.actor,
                performance=member.performance,
                role=self._role(member),
            )
            for member in rated
        ]
        text = self.fill(
            "performances",
            untrained=notes["untrained"],
            verdict=notes["verdict"],
            notes=self.join(items),
        )
        return Reply(text, self._k.sources_of("cast_notes"))

    def _creators(self, reading: Reading) -> Reply:
        creators = self._credited("creator")
        cowriters = [p for p in self._credited("writer") if p not in creators]
        text = self.fill(
            "creators",
            creators=self.join(self._named(p) for p in creators),
            cowriters=self.join(self._named(p) for p in cowriters),
        )
        return Reply(text, self._sources(*(p.sources for p in creators + cowriters)))

    def _writers(self, reading: Reading) -> Reply:
        writers = self._credited("writer")
        text = self.fill(
            "writers",
            writers=self.join(self._named(p) for p in writers),
            writer_count=self.number(len(writers)),
        )
        return Reply(text, self._sources(*(p.sources for p in writers)))

    def _director(self, reading: Reading) -> Reply:
        """Who directed it, with what else they did: "X created Somos., is its series director"."""
        directors = self._credited("director")
        lines = [self._describe(PersonMatch(p, "crew")) for p in directors]
        return Reply(" ".join(lines), self._sources(*(p.sources for p in directors)))

    def _cinematography(self, reading: Reading) -> Reply:
        people = self._credited("cinematographer")
        text = self.fill(
            "cinematography",
            cinematographers=self.join(p.name for p in people),
            verdict=self._facts["cinematography"]["verdict"],
        )
        sources = self._sources(*(p.sources for p in people))
        return Reply(text, self._sources(sources, self._k.sources_of("cinematography")))

    # --- season 2 ------------------------------------------------------------

    def _renewal(self, reading: Reading) -> Reply:
        assert reading.intent is not None
        renewal = self._facts["renewal"]
        text = self.fill(
            reading.intent.name,
            as_of=self.month_year(renewal["as_of"]),
            source=self.join(self._k.sources[s].label for s in renewal.sources),
            platform=self._facts["show"]["platform"],
            status=renewal["status"],
            reason=renewal["reason"],
            earliest_return=renewal["earliest_return"],
            silence=renewal["silence"],
        )
        return Reply(text, self._k.sources_of("renewal"), renewal["as_of"])

    def _season2_article(self, reading: Reading) -> Reply:
        renewal = self._facts["renewal"]
        text = self.fill(
            "season2_article",
            title=self.join(self._k.sources[s].title for s in renewal.sources),
            as_of=self.month_year(renewal["as_of"]),
            verdict=self._facts["reception"]["verdict"],
            platform=self._facts["show"]["platform"],
            status=renewal["status"],
            reason=renewal["reason"],
            earliest_return=renewal["earliest_return"],
            silence=renewal["silence"],
        )
        sources = self._sources(self._k.sources_of("renewal"), self._k.sources_of("reception"))
        return Reply(text, sources, renewal["as_of"])

    def _date_gap(self, reading: Reading) -> Reply:
        """Dated facts (or today): two, earlier first, how far apart in the unit asked,
        or which came first; one, its date. A span is worked out as precisely as the
        dates are given: from a year alone, "about" so many years, and a unit finer than
        the dates give is a detail they lack."""
        found = [self._dated_point(ref) for ref in reading.dated]
        if len(found) == 1:  # "what year is the article from?": that one date alone
            (one,) = found
            sources = self._sources(self._k.sources_of(one.table))
            text = self.fill("date_one", first=one.label, first_date=one.said)
            return Reply(_capital(text), sources)
        if len(found) != 2:
            return Reply("", ())  # nothing to compare (the topic asked for by name)
        first, second = sorted(found, key=lambda point: point.when)
        # ("… before or after …?": of the one named first, "after" where it is later)
        after = LATER_CONCEPT in reading.concepts and found[0] is second
        after = after and first.when != second.when
        precision = min(first.precision, second.precision)
        span, exact = self._span(first.when, second.when, precision, reading.unit)
        if second.table == TODAY_REF:  # "how long ago did it come out?"
            text = self.fill(
                "date_ago", first=first.label, first_date=first.said, span=span, today=second.said
            )
        else:
            # (which came first, unless how far apart is asked)
            ordered = ORDER_CONCEPT in reading.concepts or GAP_CONCEPT not in reading.concepts
            said = first, second
            if ordered and after:
                said = second, first
            text = self.fill(
                ("date_order_after" if after else "date_order") if ordered else "date_gap",
                first=said[0].label,
                first_date=said[0].said,
                second=said[1].label,
                second_date=said[1].said,
                span=span,
            )
        tables = [point.table for point in (first, second) if point.table != TODAY_REF]
        sources = self._sources(*(self._k.sources_of(table) for table in tables))
        # (a unit finer than the dates: "how many days after the massacre?", its year)
        lacks = frozenset() if exact else frozenset({COUNT_KIND})
        return Reply(_capital(text), sources, lacks=lacks)

    def _dated_point(self, ref: str) -> _Dated:
        """A dated fact ("table.field"), or today for TODAY_REF."""
        if ref == TODAY_REF:
            today = self._today()
            return _Dated(today, FULL_DATE, "", self.date(today), TODAY_REF)
        table, _, name = ref.partition(".")
        value = self._k.facts[table].values[name]
        label = self._lang.replies[f"dated_{table}_{name}"]
        if isinstance(value, Month):  # (a month, "June 2022", not its 1st)
            return _Dated(value, MONTH_ONLY, label, self.month_year(value), table)
        if isinstance(value, dt.date):
            return _Dated(value, FULL_DATE, label, self.date(value), table)
        return _Dated(dt.date(value, 1, 1), YEAR_ONLY, label, str(value), table)

    def _span(self, start: dt.date, end: dt.date, precision: int, unit: str) -> tuple[str, bool]:
        """How long from `start` to `end`, dates given to `precision`, said in `unit`
        ("" for years and months, or months, or days, whichever suits), and whether the
        dates give it in that unit (a year alone gives "about" so many years)."""
        months = (end.year - start.year) * 12 + end.month - start.month
        if precision == FULL_DATE and end.day < start.day:
            months -= 1  # (30 June to 25 May is 10 months, not 11)
        unit = "year" if unit == "decade" else unit  # ("how many decades since …": years)
        if precision == YEAR_ONLY:
            years = self._count(end.year - start.year, "year")
            return self._roughly(years), unit in ("", "year")
        if unit in ("day", "week"):
            if precision < FULL_DATE:  # (a month's dates give no days: "about 13 months")
                return self._roughly(self._count(months, "month")), False
            days = (end - start).days
            if unit == "day":
                return self._count(days, "day"), True
            weeks, rest = divmod(days, 7)
            parts = [self._count(weeks, "week")] + ([self._count(rest, "day")] if rest else [])
            return f"{self.join(parts)} ({self._count(days, 'day')})", True
        years, rest = divmod(months, 12)
        if (unit == "year" and months) or (not unit and years):
            parts = [self._count(years, "year")] if years else []
            said = self.join(parts + ([self._count(rest, "month")] if rest else []))
        elif not months and precision == FULL_DATE:
            said = self._count((end - start).days, "day")
        else:
            said = self._count(months, "month")
        return (said if precision == FULL_DATE else self._roughly(said)), True

    def _roughly(self, span: str) -> str:
        """ "about 10 years": a span worked out from dates not given to the day."""
        return self._lang.settings["about"].format(span=span)

    def _count(self, count: int, unit: str) -> str:
        """ "5 years", "1 day": a count with its unit's word ([language.units])."""
        one, more = self._lang.settings["units"][unit]
        return f"{count} {one if count == 1 else more}"

    # --- origin and story ------------------------------------------------------

    def _fictionalised(self) -> str:
        return self.fill("fictionalised") if self._facts["story"]["names_fictionalised"] else ""

    def _blog_post(self, reading: Reading) -> Reply:
        post = self._facts["blog_post"]
        text = self.fill(
            "blog_post",
            date=self.date(post["date"]),
            author=post["author"],
            summary=post["summary"],
            quote=post["quote"],
        )
        return Reply(text, self._k.sources_of("blog_post"))

    def _source_article(self, reading: Reading) -> Reply:
        article = self._facts["source_article"]
        author = self._people.get(article["author"])
        text = self.fill(
            "source_article",
            author=self._named(author) if author else article["author"],
            year=article["year"],
            publisher=article["publisher"],
            title=article["title"],
            story_year=self._facts["story"]["year"],
            cartel=self._facts["story"]["cartel"],
            fictionalised=self._fictionalised(),
        )
        return Reply(text, self._k.sources_of("source_article", "story"))

    def _story(self, reading: Reading) -> Reply:
        story = self._facts["story"]
        text = self.fill(
            "story",
            summary=story["summary"],
            focus=story["focus"],
            fictionalised=self._fictionalised(),
        )
        return Reply(text, self._k.sources_of("story"))

    def _reality(self, reading: Reading) -> Reply:
        """Whether it is real: real events, the real people's names fictionalized, what
        the creator calls it; of a character, that it is one (whom it stands for, the
        sources don't say: the reply's outcome says so)."""
        characters = [
            m.who.character
            for m in reading.people
            if isinstance(m.who, CastMember) and m.who.character
        ]
        if characters:
            lines = [self.fill("reality_of", character=name) for name in characters]
            return Reply(" ".join(lines), self._k.sources_of("story"))
        article, post = self._facts["source_article"], self._facts["blog_post"]
        text = self.fill(
            "reality",
            story_year=self._facts["story"]["year"],
            year=article["year"],
            publisher=article["publisher"],
            author=post["author"],
            calls_it=post["calls_it"],
        )
        return Reply(text, self._k.sources_of("story", "source_article", "blog_post"))

    def _deaths(self, reading: Reading) -> Reply:
        deaths, story = self._facts["deaths"], self._facts["story"]
        text = self.fill(
            "deaths",
            story_year=story["year"],
            cartel=story["cartel"],
            review=deaths["review"],
            article=deaths["article"],
        )
        return Reply(text, self._k.sources_of("deaths", "story"))

    def _about(self, reading: Reading) -> Reply:
        article = self._facts["source_article"]
        values = self._show_values()
        text = self.fill(
            "about",
            platform=values["platform"],
            format=values["format"],
            episode_count=values["episode_count"],
            release_date=values["release_date"],
            creators=self.join(p.name for p in self._credited("creator")),
            summary=self._facts["story"]["summary"],
            author=article["author"],
            year=article["year"],
            publisher=article["publisher"],
            title=article["title"],
            sources=self._source_list(),
        )
        sources = self._k.sources_of("show", "release", "story", "source_article")
        return Reply(text, sources)

    # --- the review ------------------------------------------------------------

    def _review(self, reading: Reading) -> Reply:
        assert reading.intent is not None
        review = self._facts["review"]
        text = self.fill(
            reading.intent.name,
            author=review["author"],
            headline=review["headline"],
            enjoyed=review["enjoyed"],
            audience=review["audience"],
            content_warning=review["content_warning"],
            final_episode=review["final_episode"],
            strengths=self.join(review["strengths"]),
            genre=review["genre"],
            comparison=review["comparison"],
            weaknesses=self.join(review["weaknesses"]),
        )
        return Reply(text, self._k.sources_of("review"))

    def _content_warning(self, reading: Reading) -> Reply:
        """The review's warning; what it says of the final episode (a spoiler) only when
        the question is about the last episode, or makes a claim it settles (its gore),
        not with every warning ("is it ok for kids?")."""
        reply = self._review(reading)
        last = len(self._episodes)
        said = self._facts["review"]["final_episode"]
        claims = self._k.questions.opposites
        claimed = (*reading.form.opposites, *reading.form.agreeing)  # ("not gory?" too)
        settled = any(fact in said for index in claimed for fact in claims[index].facts)
        if settled or any(e.number == last for e in reading.episodes):
            final = self.fill("review_finale", final_episode=said)
            return replace(reply, text=f"{reply.text} {final}")
        return reply

    def _reception(self, reading: Reading) -> Reply:
        text = self.fill("reception", verdict=self._facts["reception"]["verdict"])
        return Reply(text, self._k.sources_of("reception"))

    # --- about the bot ----------------------------------------------------------

    def _source_list(self) -> str:
        """Every source with its author and, where it can go out of date, its date."""
        items = []
        for source in self._k.sources.values():
            by = self.fill("source_by", author=source.author) if source.author else ""
            as_of = (
                self.fill("source_as_of", as_of=self.month_year(source.as_of))
                if source.as_of
                else ""
            )
            items.append(self.fill("source_item", title=source.title, by=by, as_of=as_of))
        return self.join(items)

    def _said_where(self, reading: Reading) -> Reply:
        """ "Who says so?" with nothing answered before it: which sources it could be."""
        return Reply(self.fill("said_where", sources=self._source_list()), ())

    def said_by(self, sources: Iterable[str], text: str) -> str:
        """ "Who says so?" after an answer: the sources it came from, and the answer."""
        labels = [self._k.sources[source].label for source in sources]
        warned = self._warning_first(text, lambda rest: self.said_by(sources, rest))
        if warned is not None:
            return warned
        return tidy(_capital(self.fill("said_by", sources=self.join(labels), text=text)))

    def _bot_sources(self, reading: Reading) -> Reply:
        return Reply(self.fill("bot_sources", sources=self._source_list()), tuple(self._k.sources))

    def _help(self, reading: Reading) -> Reply:
        values = self._show_values()
        text = self.fill(
            "help",
            platform=values["platform"],
            format=values["format"],
            topics=self._topics,
            examples=" · ".join(self.examples(reading.variety)),
        )
        return Reply(text, ())

    def _chat(self, reading: Reading) -> Reply:
        """Small talk, answered in kind: a greeting, thanks, a goodbye, who the bot is."""
        assert reading.intent is not None
        values = self._show_values()
        text = self.fill(
            reading.intent.name,
            platform=values["platform"],
            topics=self._topics,
            examples=" · ".join(self.examples(reading.variety)),
        )
        return Reply(text, ())

    def examples(self, variety: int = 0, count: int = 3) -> list[str]:
        """A few real questions the bot can answer, for help and declines.

        Drawn from the facts: a character and an episode that change with
        `variety` (any number, such as a hash of the question), so repeated
        help shows more of what can be asked.
        """
        picks = [choices[variety % len(choices)] for choices in self._example_choices]
        return picks[:count]

    def example_for(self, reading: Reading, intent_name: str) -> str:
        """The example question for one interpretation, naming its episode or person."""
        examples = self._lang.examples
        if intent_name == "episode" and reading.episodes:
            return self.fill("episode", examples, number=reading.episodes[0].number)
        if intent_name == "person" and reading.people:
            match = reading.people[0]
            who = match.who
            if isinstance(who, Person):
                return self.fill("person", examples, name=who.name)
            if match.role == "character" and who.character:
                return self.fill("character", examples, character=who.character)
            return self.fill("actor", examples, actor=who.actor)
        return self.fill(intent_name, examples)

    def decline(self, reading: Reading) -> str:
        """Why there is no answer: the topic the sources do not cover, or what can be asked."""
        if reading.intent is not None and not reading.intent.answerable:
            name, number = reading.intent.name, reading.missing_number
            written = self._topic_declines.get(name) if number is None else None
            return written if written is not None else self._write_topic_decline(name, number)
        return self.decline_generally(reading.variety)

    def _write_topic_decline(self, name: str, number: int | None) -> str:
        """The decline of a topic the sources do not cover (`number`: the episode or
        season asked for that there is none of)."""
        topic = self.fill(
            name,
            self._lang.decline_topics,
            number=number,
            episode_count=self.number(self._facts["show"]["episode_count"]),
        )
        return tidy(self.fill("topic", self._lang.declines, topic=topic))

    def decline_generally(self, variety: int) -> str:
        """No answer, and no topic to name: what can be asked (examples picked by
        `variety`, as `examples` does), written when the composer was built where the
        examples' cycle is short."""
        if not self._general:
            return self._write_general(variety)
        return self._general[variety % self._example_cycle]

    def _write_general(self, variety: int) -> str:
        """The general decline showing the examples `variety` picks."""
        return tidy(
            self.fill(
                "general",
                self._lang.declines,
                topics=self._topics,
                examples=" · ".join(self.examples(variety)),
            )
        )

    def whom(self) -> str:
        """Asked about "him" or "her" before anyone was named: whom do they mean?"""
        return tidy(self.fill("whom", self._lang.declines))

    def suggest(self, suggestions: list[str]) -> str:
        joined = f" {self._lang.declines['or']} ".join(suggestions)
        return tidy(self.fill("suggest", self._lang.declines, suggestions=joined))


# Questions about the show as a whole, taken in turn by the examples.
_ROTATING_EXAMPLES = ("renewal", "review_recommend", "source_article", "release", "creators")


def tidy(text: str) -> str:
    """Collapse the doubled full stop after a title that ends in one ("Somos..",
    "“Somos.”.") and spaces."""
    text = " ".join(text.split())
    if not any(stop in text for stop in _DOUBLE_STOPS):
        return text  # most replies: no doubled stop, and no pass of the pattern
    return _DOUBLE_STOP.sub(r".\1", text)


_DOUBLE_STOP = re.compile(r"(?<!\.)\.([”»\"]?)\.(?!\.)")
_DOUBLE_STOPS = ("..", ".”.", ".».", '.".')  # what _DOUBLE_STOP's every match holds


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
