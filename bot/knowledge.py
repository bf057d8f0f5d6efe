"""Load and validate the fact base in knowledge/ into frozen, typed objects.

The files are meant to be edited by fans, so every mistake is reported with the
file and the field it is in, and nothing is half-loaded: either every file is
valid or loading stops with a KnowledgeError.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
import string
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rtoml

from bot import templates

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "knowledge"


class Month(dt.date):
    """A month of a year, the precision a source dates a fact by ("Fast forward to June
    2022"): written 2022-06 in the fact files and in `--json`; the 1st stands for the
    whole month."""

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __str__(self) -> str:
        return self.isoformat()


# The fact tables of show.toml and review.toml, and the fields each must have.
SHOW_TABLES: dict[str, dict[str, type]] = {
    "show": {
        "title": str,
        "platform": str,
        "format": str,
        "season_count": int,
        "episode_count": int,
    },
    "release": {"date": dt.date, "all_episodes_at_once": bool},
    "watch": {"platform": str, "as_of": Month},
    "story": {
        "summary": str,
        "focus": str,
        "names_fictionalised": bool,
        "place": str,
        "year": int,
        "cartel": str,
    },
    "source_article": {"title": str, "author": str, "publisher": str, "year": int},
    "blog_post": {"date": dt.date, "author": str, "summary": str, "quote": str, "calls_it": str},
    "cast_notes": {"untrained": str, "verdict": str},
    "renewal": {
        "status": str,
        "likely": bool,
        "reason": str,
        "earliest_return": int,
        "plot_known": bool,
        "silence": str,
        "as_of": Month,
    },
    "cinematography": {"verdict": str},
    "deaths": {"review": str, "article": str},
    "reception": {"verdict": str},
}
REVIEW_FIELDS: dict[str, type] = {
    "author": str,
    "headline": str,
    "enjoyed": str,
    "recommends": str,
    "audience": str,
    "strengths": list,
    "weaknesses": list,
    "content_warning": str,
    "genre": str,
    "comparison": str,
    "final_episode": str,
}
# Fields written in prose: a reply language other than the fact files' own
# (English) words each of them under [translate] in its replies/<code>.toml.
# Names, titles, quotes, dates and numbers stay as the sources give them.
BASE_LANGUAGE = "en"
TRANSLATED_FACTS: dict[str, tuple[str, ...]] = {
    "show": ("format",),
    "story": ("summary", "focus", "place"),
    "blog_post": ("summary",),
    "cast_notes": ("untrained", "verdict"),
    "renewal": ("status", "reason", "silence"),
    "cinematography": ("verdict",),
    "reception": ("verdict",),
    "review": (
        "enjoyed", "recommends", "audience", "strengths", "weaknesses", "content_warning",
        "genre", "comparison", "final_episode",
    ),
}  # fmt: skip
TRANSLATED_FIELDS: dict[str, tuple[str, ...]] = {
    "sources": ("label",),
    "episodes": ("note",),
    "cast": ("description", "performance"),
    "people": ("title",),
}
# Translated fields a language may leave empty, to say nothing there: a title that
# language can only write with a gender the sources don't give ("la escritora").
MAY_BE_EMPTY = frozenset({("people", "title")})
# Example questions about one item, besides one per answerable intent ("who plays
# {character}?", "what is episode {number} called?"): the replies file needs both.
ITEM_EXAMPLES = ("character", "episode")
# What the Discord bot says around answers, in every reply language ([chat]).
CHAT_KEYS = tuple(templates.CHAT)
ENTITY_CONCEPTS = frozenset(
    {
        "@episode", "@episode_other", "@person", "@cast", "@season1", "@season2", "@season_other",
        "@unknown", "@relation",
    }
)  # fmt: skip


class KnowledgeError(Exception):
    """A fact file is missing, malformed or inconsistent; says which file and field."""

    def __init__(self, file: str, where: str, problem: str) -> None:
        self.file = file
        self.where = where
        self.problem = problem
        location = f"{file}: {where}" if where else file
        super().__init__(f"{location}: {problem}")


# What a reader needs to find a source, besides its title; `unstated` lists those its
# own text does not give, so that no one fills them in from elsewhere.
UNSTATED_DETAILS = ("author", "outlet", "date")


@dataclass(frozen=True)
class Source:
    id: str
    label: str
    title: str
    kind: str
    author: str | None
    as_of: dt.date | None
    errata: tuple[tuple[str, str], ...]
    # The file holding a copy of its text (in ../shared/seeds/ beside the repository, where
    # a checkout has it), and which of UNSTATED_DETAILS the text itself does not give.
    seed: str | None = None
    unstated: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """A group of facts stated by the same sources, valid as of an optional date."""

    values: Mapping[str, Any]
    sources: tuple[str, ...]
    as_of: dt.date | None = None
    spoilers: frozenset[str] = frozenset()  # fields that give away how the story ends
    # fields stated by fewer of the sources than the group ([<table>.said_by]): the
    # review gives the source article's publisher and year, the article its title
    said_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def sources_of(self, name: str) -> tuple[str, ...]:
        """The sources stating one field."""
        return self.said_by.get(name, self.sources)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


@dataclass(frozen=TYPE_CHECKING, unsafe_hash=True)
class Episode:
    number: int
    title: str
    aliases: tuple[str, ...]
    sources: tuple[str, ...]
    note: str | None = None
    spoilers: frozenset[str] = frozenset()


@dataclass(frozen=TYPE_CHECKING, unsafe_hash=True)
class CastMember:
    actor: str
    character: str | None
    aliases: tuple[str, ...]
    sources: tuple[str, ...]
    description: str | None = None
    performance: str | None = None
    star: bool = False
    # where the sources name this star among the stars ("The series stars Mercedes
    # Hernández and Jero Medina": 1 and 2); 0 where they give no order
    billed: int = 0

    @property
    def credits(self) -> tuple[str, ...]:
        """What a cast member did, in the credit ids questions claim: a part, and for
        those the sources call its stars, a leading one."""
        return (CAST_CREDIT, STAR_CREDIT) if self.star else (CAST_CREDIT,)


@dataclass(frozen=True)
class Person:
    """Someone behind the show or its sources, with what they did (credit ids)."""

    name: str
    aliases: tuple[str, ...]
    credits: tuple[str, ...]
    sources: tuple[str, ...]
    title: str | None = None


@dataclass(frozen=True)
class Intent:
    name: str
    cues: tuple[frozenset[str], ...]
    unless: frozenset[str] = frozenset()
    strict: bool = False
    answerable: bool = True
    # The kinds of answer its reply holds ([wants] in questions.toml); empty: any.
    gives: frozenset[str] = frozenset()
    # Qualifiers its facts cover (@episode, @season2): a question that narrows it by
    # another ("who directed episode 3") asks a detail the sources do not give.
    takes: frozenset[str] = frozenset()
    # The fact tables its reply states, against which yes/no claims are checked.
    facts: tuple[str, ...] = ()
    # What a yes/no question about it is answered when it names nothing to check.
    yes_no: str | None = None
    # Its reply says what is not known ("nothing is known about the plot"): a decline.
    tells_unknown: bool = False
    # Its facts speak of most of a group ("most of the cast are untrained"): they settle
    # no yes/no claim about one member of it ("is she a trained actress?").
    about_most: bool = False
    # Words naming the work its answer is about ("review"), for "who wrote it?" after.
    work: str | None = None
    # The source (sources.toml id) that work is, where it is one of the bot's own
    # sources ("the season 2 article"): a topic it states, asked of it, wins.
    source: str | None = None
    # Small talk: answered in kind, never logged or volunteered, context unchanged.
    chat: bool = False
    # The credit of the person its answer is about ("creator"), for "he" afterwards.
    credit: str | None = None
    # Whether it may be said to a message nobody addressed to the bot.
    volunteer: bool = True
    # Small talk that closes a conversation ("thanks", "bye"): a message holding it that
    # asks nothing is that, whatever else it names ("sale bye", "ok thanks, the cast").
    closes: bool = False
    # Small talk that asks whether the last answer holds ("are you sure?", "¿posta?"):
    # with a last answer, that answer again, "Yes: " where it was a plain one.
    confirms: bool = False
    # ... that says the last answer is wrong ("that's wrong"): that answer again, said
    # with the source it is from.
    disputes: bool = False
    # Small talk said to a remark that asks nothing and names nothing the sources
    # answer ("it's so hot here today ugh"): it has no cues; the engine picks it when
    # nothing else fits such a remark.
    aside: bool = False


@dataclass(frozen=True)
class Opposite:
    """Words a question may claim, and the facts' words that say the opposite (or, for
    an [[agree]] of questions.toml, the same)."""

    claim: tuple[str, ...]
    facts: tuple[str, ...]
    agrees: bool = False


@dataclass(frozen=True)
class QuestionWords:
    """How a question is read beyond its topic (questions.toml)."""

    wants: Mapping[str, tuple[str, ...]]
    openers: tuple[str, ...]
    tags: tuple[str, ...]
    or_words: tuple[str, ...]
    question_words: tuple[str, ...]
    question_openers: tuple[str, ...]
    question_words_anywhere: tuple[str, ...]
    to_others: tuple[str, ...]
    asks_of_you: frozenset[str]
    requests: tuple[str, ...]
    request_nouns: tuple[str, ...]
    asking_concepts: frozenset[str]
    things: Mapping[str, tuple[tuple[str, ...], ...]]  # class -> things, each its names
    roles: Mapping[str, tuple[str, ...]]  # credit -> the words that claim it
    opposites: tuple[Opposite, ...]
    narrowing: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # credit -> words
    mentions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # source id -> words
    open_classes: frozenset[str] = frozenset()  # things a show can be several of at once
    asking: tuple[str, ...] = ()  # question words that make a kind noun after them asked for
    kind_nouns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> nouns
    not_before: tuple[str, ...] = ()  # words after which a kind noun is not what is asked
    kind_last: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> last words
    agents: frozenset[str] = frozenset()  # after a role word, who holds it: "created by X"
    spellings: Mapping[str, str] = field(default_factory=dict)  # chat spelling -> word
    refines: Mapping[str, str] = field(default_factory=dict)  # "day" -> "date" it narrows
    excluding: tuple[str, ...] = ()  # "besides": the name after it is left out
    best: tuple[str, ...] = ()  # "which actor was the best?": the one rated highest
    ranking: tuple[str, ...] = ()  # the words a source rates a performance with, best first
    # praise claimed of a performance, by the lowest rating of `ranking` it holds for
    praise: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    comparing: tuple[str, ...] = ()  # "older", "más": two things compared by something
    choosing: tuple[str, ...] = ()  # "which of A and B": the two to choose from
    each: tuple[str, ...] = ()  # "did A and B both write it?": checked of each
    alone: tuple[str, ...] = ()  # "did he write it alone?": a credit claimed for one only
    owner_after: tuple[str, ...] = ()  # "an HBO show": an open class's thing as the maker
    owner_before: tuple[str, ...] = ()  # "es de HBO", "made by HBO"
    authored_by: tuple[str, ...] = ()  # "is the review by X?": who a work is by follows
    linking: tuple[str, ...] = ()  # between a work's name and "by": "es", "también"
    indefinite: tuple[str, ...] = ()  # "did he write anything?": something, not the show
    additive: tuple[str, ...] = ()  # "the director too?": of the one talked about, as well
    spoken_marks: tuple[str, ...] = ()  # "… question mark": a dictated "?"
    outlet_verbs: tuple[str, ...] = ()  # "where was it published?": an outlet is a where
    complements: tuple[str, ...] = ()  # "the manager of?": a thing's object asked for
    copulas: tuple[str, ...] = ()  # "¿de qué es gerente?"
    doers: tuple[str, ...] = ()  # "carried out by": who did a deed follows
    speaking: tuple[str, ...] = ()  # "did the critic say…": the role word is who speaks
    speaking_after_who: tuple[str, ...] = ()  # "who called it …?": who judged, after "who"
    abbreviations: tuple[str, ...] = ()  # "vs.": a period after one ends no sentence
    scheduling: tuple[str, ...] = ()  # "confirmed for 2023": the year it is set for
    present: tuple[str, ...] = ()  # "is it still on Netflix?": asking of now
    # a span of time asked ([spans]): unit -> its words; the measure words that ask
    # for one; the words that end it today, alone ("ago") or with a measure ("since")
    span_units: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    span_measures: tuple[str, ...] = ()
    span_ago: tuple[str, ...] = ()
    span_since: tuple[str, ...] = ()
    # "before 2022", "después de 2020": a year as a bound, not a year claimed
    bound_before: tuple[str, ...] = ()
    bound_after: tuple[str, ...] = ()
    existential: tuple[str, ...] = ()  # "is there a documentary?": whether one exists
    hypothetical: tuple[str, ...] = ()  # "would it come out in 2023?": no event claimed
    source_language: tuple[str, ...] = ()  # "called in English": as the sources give it
    least: tuple[str, ...] = ()  # "the least hard to watch": a superlative turned around
    closing: tuple[str, ...] = ()  # "… pls": a word that closes a request
    precise: tuple[str, ...] = ()  # "what exactly did the DEA do?": the deed itself
    doing: tuple[str, ...] = ()  # ... the verbs that ask what was done
    earlier: tuple[str, ...] = ()  # "which is earlier, ep X or ep Y?": the lower number
    later: tuple[str, ...] = ()  # ... the higher
    higher: tuple[str, ...] = ()  # of two people in a list, nearer the top
    lower: tuple[str, ...] = ()  # ... nearer the bottom
    between: tuple[str, ...] = ()  # "the one between X and Y": the one in the middle
    lists: tuple[str, ...] = ()  # "the last one in the cast list": a list of people
    which_one: tuple[str, ...] = ()  # "which of them …?": asked of each of two people
    citing: tuple[str, ...] = ()  # "…, per that blog post": where to look
    occupation: tuple[str, ...] = ()  # "what does she do for a living?": a job
    honorifics: tuple[str, ...] = ()  # "Doña Chayo": a word before a name, no part of it
    involved_credits: frozenset[str] = frozenset()  # the credits that are a part in the show
    deeds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # facts' verb -> others
    embedded: tuple[str, ...] = ()  # "i would like to know": the question follows
    whether: tuple[str, ...] = ()  # "… whether": after one, a yes/no question
    situation: tuple[str, ...] = ()  # ", my teacher wants it": the asker's own situation
    telling: tuple[str, ...] = ()  # "tell me": opens a question only before "if", "si"
    relaying: tuple[str, ...] = ()  # "my dad thinks …": someone's claim relayed
    dated: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "table.field" -> words
    dated_verbs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # ... -> verbs
    undated: tuple[str, ...] = ()  # intents whose work the sources give no date for


@dataclass(frozen=True)
class Vocabulary:
    concepts: Mapping[str, tuple[str, ...]]
    weak: frozenset[str]
    fillers: tuple[str, ...]
    cardinals: tuple[tuple[str, ...], ...]
    ordinals: tuple[tuple[str, ...], ...]
    last: tuple[str, ...]
    second_last: tuple[str, ...]
    third_last: tuple[str, ...]
    from_end: tuple[str, ...]  # "to last": an ordinal before it counts from the end
    times: tuple[str, ...]  # "last night": a position before one is a time, no episode
    rewrites: Mapping[str, str]
    pronouns: frozenset[str] = frozenset()
    next_words: frozenset[str] = frozenset()
    previous_words: frozenset[str] = frozenset()
    again: tuple[str, ...] = ()
    same_question: tuple[str, ...] = ()
    # "name them all" after a count ("how many writers are there?"): the items counted
    name_them: tuple[str, ...] = ()
    show_verbs: tuple[str, ...] = ()
    work_verbs: tuple[str, ...] = ()
    corrections: tuple[str, ...] = ()
    beside: tuple[str, ...] = ()
    same: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    clitic_after: frozenset[str] = frozenset()
    loose_clitics: frozenset[str] = frozenset()
    verb_clitics: frozenset[str] = frozenset()  # never articles: a verb follows ("le gustó")
    loose_clitic_not_before: frozenset[str] = frozenset()
    work_pronouns: tuple[str, ...] = ()
    demonstratives: tuple[str, ...] = ()  # "that", "ese": point back past a work named
    character_words: frozenset[str] = frozenset()
    part_verbs: frozenset[str] = frozenset()
    item_pronouns: tuple[str, ...] = ()
    others: tuple[str, ...] = ()  # "the other one": the rest of a pair just talked about
    besides: tuple[str, ...] = ()  # "who else stars with her?": a group but her
    sourced: tuple[str, ...] = ()  # "source?" alone: which source says the last answer
    returns: tuple[str, ...] = ()  # "back to Paquito, …": what follows is about him
    # "the first one you mentioned": one of the last answer's list, by its position
    picking_before: frozenset[str] = frozenset()
    picking_heads: frozenset[str] = frozenset()
    picking_said: tuple[str, ...] = ()
    picking_of: frozenset[str] = frozenset()
    picking_both: tuple[str, ...] = ()  # "both of them": the two the last answer named
    someone: frozenset[str] = frozenset()
    someones: frozenset[str] = frozenset()  # also possessive: a person only last, or "her role"
    subjectless: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()  # "él" written "el" ("¿lo dirigió el?")
    # after "el", the words that make it "él": no article comes before them ("¿y el sale…?")
    before_verbs: frozenset[str] = frozenset()
    doubling: frozenset[str] = frozenset()  # "al crítico le…": a pronoun's object, named
    articles: frozenset[str] = frozenset()  # "the actress?": a part alone, the last person's
    parts: frozenset[str] = frozenset()
    retracting: frozenset[str] = frozenset()  # "the actress, not the character"
    # First letters written for others that sound the same ("yama" for "llama")
    sound_alikes: tuple[tuple[str, str], ...] = ()
    # concept -> its words that name it only at a question's end ("what's it about?"),
    # and are a preposition before a topic ("tell me about the review")
    trailing: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # concept -> words right after which its words are the asker's own, not the show's
    # ("my cousin says it came out in 2020": no character's cousin)
    not_after: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # concept -> words after which, right after a work's name, it is what the work is of
    of_work: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # concept -> words that name it after a negation ("didn't he like": weakness)
    negated: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # concept -> (a class of questions.toml [things], words that name the concept before
    # any of that class's nouns in the plural: "other" before "articles", "novels")
    before_things: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Language:
    """The wording of one reply language: format rules, templates, declines, examples."""

    code: str
    settings: Mapping[str, Any]
    replies: Mapping[str, str]
    credits: Mapping[str, str]
    declines: Mapping[str, str]
    decline_topics: Mapping[str, str]
    examples: Mapping[str, str]
    # Common words of the language, to tell which language a question is in.
    markers: frozenset[str] = frozenset()
    chat: Mapping[str, str] = field(default_factory=dict)  # what the Discord bot says
    commands: Mapping[str, str] = field(default_factory=dict)  # each chat command, for help
    # [slash]: how Discord lists the slash commands (bot.slash): names and descriptions.
    slash: Mapping[str, str] = field(default_factory=dict)
    # [translate]: section ("facts", "sources", ...) -> item key -> field -> text.
    translations: Mapping[str, Mapping[str, Mapping[str, Any]]] = field(default_factory=dict)
    # [language.contractions]: words joined by a template that contract ("de el": "del")
    contractions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Knowledge:
    sources: Mapping[str, Source]
    facts: Mapping[str, Fact]
    episodes: tuple[Episode, ...]
    cast: tuple[CastMember, ...]
    people: tuple[Person, ...]
    intents: tuple[Intent, ...]
    vocabulary: Vocabulary
    languages: Mapping[str, Language]
    directory: Path = field(compare=False)
    questions: QuestionWords = field(
        default_factory=lambda: QuestionWords(
            {}, (), (), (), (), (), (), (), frozenset(), (), (), frozenset(), {}, {}, ()
        ),
        compare=False,
    )

    def sources_of(self, *names: str) -> tuple[str, ...]:
        """The source ids behind the named fact tables, in first-seen order."""
        seen: dict[str, None] = {}
        for name in names:
            seen.update(dict.fromkeys(self.facts[name].sources))
        return tuple(seen)

    def in_language(self, code: str) -> Knowledge:
        """The same facts with their prose in language `code` (checked complete at load)."""
        texts = self.languages[code].translations
        if not texts:
            return self

        def words(section: str, key: object) -> dict[str, Any]:
            found = texts.get(section, {}).get(str(key), {})
            return {k: tuple(v) if isinstance(v, list) else v for k, v in found.items()}

        return replace(
            self,
            facts={
                name: replace(fact, values={**fact.values, **words("facts", name)})
                for name, fact in self.facts.items()
            },
            sources={k: replace(s, **words("sources", k)) for k, s in self.sources.items()},
            episodes=tuple(replace(e, **words("episodes", e.number)) for e in self.episodes),
            cast=tuple(replace(m, **words("cast", m.actor)) for m in self.cast),
            people=tuple(replace(p, **words("people", p.name)) for p in self.people),
        )


class _File:
    """One TOML file being read, so that every error can name it and the field."""

    def __init__(self, directory: Path, name: str) -> None:
        self.name = f"knowledge/{name}"
        path = directory / name
        try:
            # rtoml (Rust's toml crate) reads the same as tomllib, 6 times as fast: a fact
            # base of thousands of episodes loads in a tenth of the time.
            self.data: dict[str, Any] = rtoml.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            raise KnowledgeError(self.name, "", "file is missing") from None
        except rtoml.TomlParsingError as error:
            raise KnowledgeError(self.name, "", f"not valid TOML ({error})") from None
        except UnicodeDecodeError as error:
            raise KnowledgeError(
                self.name, "", f"not UTF-8 text (byte {error.start}); save it as UTF-8"
            ) from None
        except OSError as error:
            raise KnowledgeError(self.name, "", f"cannot be read ({error.strerror})") from None

    def fail(self, where: str, problem: str) -> KnowledgeError:
        return KnowledgeError(self.name, where, problem)

    def table(self, where: str, parent: Mapping[str, Any] | None = None) -> dict[str, Any]:
        value = (self.data if parent is None else parent).get(where.rsplit(".", 1)[-1])
        if not isinstance(value, dict):
            raise self.fail(where, "missing table" if value is None else "must be a table")
        return value

    def tables(self, key: str) -> list[dict[str, Any]]:
        value = self.data.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(key, f"needs at least one [[{key}]] entry")
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{key}[{index + 1}]", "must be a table")
        return value

    def get(
        self, table: Mapping[str, Any], where: str, key: str, kind: type, required: bool = True
    ) -> Any:
        value: Any = table.get(key)
        if type(value) is kind and (
            (kind is str and value.strip())
            or (
                kind is list
                and (not value or all(type(item) is str and item.strip() for item in value))
            )
        ):
            return value  # the common case, checked at once (a fact base has thousands)
        path = f"{where}.{key}" if where else key
        if value is None:
            if required:
                raise self.fail(path, "missing required field")
            return None
        if kind is Month:
            found = re.fullmatch(r"(\d{4})-(\d{2})", value) if isinstance(value, str) else None
            if found is None or not 1 <= int(found[2]) <= 12:
                raise self.fail(path, f"must be {_KIND_NAMES[Month]}")
            return Month(int(found[1]), int(found[2]), 1)
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            raise self.fail(path, f"must be {_KIND_NAMES.get(kind, kind.__name__)}")
        if kind is dt.date and isinstance(value, dt.datetime):
            raise self.fail(path, "must be a date such as 2021-06-30, without a time")
        if kind is str and not value.strip():
            raise self.fail(path, "must not be empty")
        if kind is list:
            for index, item in enumerate(value):
                if not isinstance(item, str) or not item.strip():
                    raise self.fail(f"{path}[{index + 1}]", "must be a non-empty string")
        return value

    def fields(
        self, table: Mapping[str, Any], where: str, kinds: Mapping[str, tuple[type, bool]]
    ) -> dict[str, Any]:
        """Each field of `kinds` (its type, and whether it is required) as `get` gives it
        (a list as `strings` gives it), checked in that order in one call: a string present
        and an optional field absent are taken at once (a fact base has thousands of
        entries), anything else goes through `get`."""
        values: dict[str, Any] = {}
        for key, (kind, required) in kinds.items():
            value = table.get(key)
            if kind is str and type(value) is str and value.strip():
                values[key] = value
            elif kind is list:
                # (most entries: no aliases)
                values[key] = () if value == [] else self.strings(table, where, key)
            elif value is None and not required:
                values[key] = None
            else:
                values[key] = self.get(table, where, key, kind, required)
        return values

    def spoilers(self, table: Mapping[str, Any], where: str, fields: Any) -> frozenset[str]:
        """The `spoilers` list: names of this table's fields that give away the ending."""
        if "spoilers" not in table:
            return frozenset()  # most entries: nothing to hide
        names = self.strings(table, where, "spoilers")
        for index, name in enumerate(names, start=1):
            if name not in fields:
                raise self.fail(f"{where}.spoilers[{index}]", f"{name!r} is not a field here")
        return frozenset(names)

    def strings(self, table: Mapping[str, Any], where: str, key: str) -> tuple[str, ...]:
        value = self.get(table, where, key, list, required=False)
        return tuple(value or ())

    def source_ids(
        self, table: Mapping[str, Any], where: str, known: Mapping[str, Source]
    ) -> tuple[str, ...]:
        ids = table.get("sources")
        if type(ids) is list and ids and all(type(i) is str and i in known for i in ids):
            return tuple(ids)  # the common case, checked at once (known ids are not blank)
        ids = self.strings(table, where, "sources")
        if not ids:
            raise self.fail(f"{where}.sources", "every fact must name at least one source")
        for source_id in ids:
            if source_id not in known:
                raise self.fail(
                    f"{where}.sources",
                    f"unknown source id {source_id!r} (known: {', '.join(sorted(known))})",
                )
        return ids


_KIND_NAMES = {
    str: "a string",
    int: "a whole number",
    bool: "true or false",
    list: "a list of strings",
    dict: "a table",
    dt.date: "a date such as 2021-06-30",
    Month: 'a month such as "2022-06" (in quotes)',
}


# The fields of an episode and of a cast member before and after their sources, in the
# order they are checked: (type, required), for _File.fields
_EPISODE_NAMES = {"title": (str, True), "aliases": (list, False)}
_EPISODE_PROSE = {"note": (str, False)}
_CAST_NAMES = {"actor": (str, True), "character": (str, False), "aliases": (list, False)}
_CAST_PROSE = {"description": (str, False), "performance": (str, False)}


def load(directory: Path | str = DEFAULT_DIR) -> Knowledge:
    """Read and check every file in `directory`; raise KnowledgeError on the first problem."""
    with _collector_paused():
        return _load(Path(directory))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The garbage collector held off: what loading builds (at a large fact base, a
    hundred thousand dicts, lists and strings) holds no cycle for it to find, and its
    passes over them were a seventh of load()'s time at 1000x."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(directory: Path) -> Knowledge:
    sources = _load_sources(_File(directory, "sources.toml"))
    facts = _load_facts(_File(directory, "show.toml"), SHOW_TABLES, sources)
    facts.update(_load_facts(_File(directory, "review.toml"), {"review": REVIEW_FIELDS}, sources))
    episodes = _load_episodes(_File(directory, "episodes.toml"), sources, facts)
    cast = _load_cast(_File(directory, "cast.toml"), sources)
    people = _load_people(_File(directory, "people.toml"), sources)
    vocabulary_file = _File(directory, "vocabulary.toml")
    vocabulary = _load_vocabulary(vocabulary_file)
    questions_file = _File(directory, "questions.toml")
    questions = _load_questions(questions_file, vocabulary)
    for concept, (label, _) in vocabulary.before_things.items():
        where = f"concepts.{concept}.things_class"
        _check_names(vocabulary_file, where, [label], set(questions.things), "class of things")
    _check_dated(questions_file, questions, facts)
    intents = _load_intents(
        _File(directory, "intents.toml"), vocabulary, questions, facts, set(sources)
    )
    languages = _load_languages(directory, intents, people, questions)
    kinds_by_section = (("wants_nouns", questions.kind_nouns), ("wants_last", questions.kind_last))
    for section, kinds in kinds_by_section:
        _check_names(questions_file, section, list(kinds), set(questions.wants), "kind")
    worked = {intent.name for intent in intents if intent.work}
    _check_names(questions_file, "undated.works", questions.undated, worked, "intent with a work")
    refining = [*questions.refines, *questions.refines.values()]
    _check_names(questions_file, "refines", refining, set(questions.wants), "kind")
    credits = {credit for person in people for credit in person.credits}
    credits |= {CAST_CREDIT, STAR_CREDIT}
    involved = list(questions.involved_credits)
    _check_names(questions_file, "involved.credits", involved, credits, "credit")
    credits.add(INVOLVED_CREDIT)
    for section, table in (("roles", questions.roles), ("narrowing", questions.narrowing)):
        _check_names(questions_file, section, list(table), credits, "credit")
    _check_names(questions_file, "mentions", list(questions.mentions), set(sources), "source id")
    for language in languages.values():
        _check_translations(language, facts, sources, episodes, cast, people)
    return Knowledge(
        sources=sources,
        facts=facts,
        episodes=episodes,
        cast=cast,
        people=people,
        intents=intents,
        vocabulary=vocabulary,
        languages=languages,
        directory=directory,
        questions=questions,
    )


def _load_sources(file: _File) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for index, table in enumerate(file.tables("source"), start=1):
        where = f"source[{index}]"
        source_id = file.get(table, where, "id", str)
        if source_id in sources:
            raise file.fail(f"{where}.id", f"duplicate source id {source_id!r}")
        errata = []
        for number, erratum in enumerate(table.get("errata", []), start=1):
            place = f"{where}.errata[{number}]"
            if not isinstance(erratum, dict):
                raise file.fail(place, "must be a table")
            errata.append(
                (file.get(erratum, place, "wrong", str), file.get(erratum, place, "right", str))
            )
        sources[source_id] = Source(
            id=source_id,
            label=file.get(table, where, "label", str),
            title=file.get(table, where, "title", str),
            kind=file.get(table, where, "kind", str),
            author=file.get(table, where, "author", str, required=False),
            as_of=file.get(table, where, "as_of", Month, required=False),
            errata=tuple(errata),
            seed=file.get(table, where, "seed", str, required=False),
            unstated=file.strings(table, where, "unstated"),
        )
        _check_names(
            file, f"{where}.unstated", sources[source_id].unstated, set(UNSTATED_DETAILS), "detail"
        )
        if "author" in sources[source_id].unstated and sources[source_id].author:
            raise file.fail(f"{where}.unstated", "says the author is not given, but names one")
    return sources


def _load_facts(
    file: _File, schema: Mapping[str, Mapping[str, type]], sources: Mapping[str, Source]
) -> dict[str, Fact]:
    facts = {}
    for name, fields in schema.items():
        table = file.table(name)
        values = {key: file.get(table, name, key, kind) for key, kind in fields.items()}
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
        stated_by = file.source_ids(table, name, sources)
        facts[name] = Fact(
            values=values,
            sources=stated_by,
            as_of=as_of if isinstance(as_of := values.get("as_of"), dt.date) else None,
            spoilers=file.spoilers(table, name, fields),
            said_by=_said_by(file, table, name, fields, stated_by),
        )
    return facts


def _said_by(
    file: _File,
    table: Mapping[str, Any],
    where: str,
    fields: Mapping[str, type],
    stated_by: tuple[str, ...],
) -> dict[str, tuple[str, ...]]:
    """A fact group's [<table>.said_by]: for a field, the ones of the group's sources
    that state it (fewer than all of them)."""
    said = table.get("said_by")
    if said is None:
        return {}  # most groups: every field stated by every source of the group
    if not isinstance(said, dict):
        raise file.fail(f"{where}.said_by", "must be a table of field = [source ids]")
    found: dict[str, tuple[str, ...]] = {}
    for key in said:
        place = f"{where}.said_by.{key}"
        if key not in fields:
            raise file.fail(place, f"{key!r} is not a field here")
        ids = file.strings(said, f"{where}.said_by", key)
        if not ids or any(source not in stated_by for source in ids):
            raise file.fail(
                place, f"must name some of this group's sources ({', '.join(stated_by)})"
            )
        found[key] = ids
    return found


def _load_episodes(
    file: _File, sources: Mapping[str, Source], facts: Mapping[str, Fact]
) -> tuple[Episode, ...]:
    episodes: list[Episode] = []
    numbers: set[int] = set()
    for index, table in enumerate(file.tables("episode"), start=1):
        plain = _plain_episode(table, sources)
        if plain is not None:  # (the common case, checked at once)
            if plain.number in numbers:
                raise file.fail(
                    f"episode[{index}].number", f"duplicate episode number {plain.number}"
                )
            numbers.add(plain.number)
            episodes.append(plain)
            continue
        where = f"episode[{index}]"
        number = table.get("number")
        if type(number) is not int:
            number = file.get(table, where, "number", int)
        if number < 1:
            raise file.fail(f"{where}.number", "must be 1 or more")
        if number in numbers:
            raise file.fail(f"{where}.number", f"duplicate episode number {number}")
        numbers.add(number)
        episodes.append(
            Episode(
                number=number,
                **file.fields(table, where, _EPISODE_NAMES),
                sources=file.source_ids(table, where, sources),
                **file.fields(table, where, _EPISODE_PROSE),
                spoilers=file.spoilers(table, where, ("note",)),
            )
        )
    expected = facts["show"]["episode_count"]
    if len(episodes) != expected:
        raise file.fail("episode", f"lists {len(episodes)} episodes but show.toml says {expected}")
    return tuple(sorted(episodes, key=lambda episode: episode.number))


def _load_cast(file: _File, sources: Mapping[str, Source]) -> tuple[CastMember, ...]:
    cast = []
    for index, table in enumerate(file.tables("cast"), start=1):
        plain = _plain_member(table, sources)
        if plain is not None:  # (the common case, checked at once)
            cast.append(plain)
            continue
        where = f"cast[{index}]"
        member = CastMember(
            **file.fields(table, where, _CAST_NAMES),
            sources=file.source_ids(table, where, sources),
            **file.fields(table, where, _CAST_PROSE),
            star=bool(file.get(table, where, "star", bool, required=False)),
            billed=file.get(table, where, "billed", int, required=False) or 0,
        )
        if member.character is None and member.description is None:
            raise file.fail(where, "needs a character or a description of the role")
        if member.billed < 0 or (member.billed and not member.star):
            raise file.fail(f"{where}.billed", "must be 1 or more, and only of a star")
        cast.append(member)
    return tuple(cast)


def _plain_episode(table: Mapping[str, Any], known: Mapping[str, Source]) -> Episode | None:
    """An episode entry as `_load_episodes` reads it, when it needs no more than a look
    (a number of 1 or more, a title, no aliases or plain ones, known sources, no spoilers);
    None when anything about it needs the full check, which says what is wrong."""
    number, title = table.get("number"), table.get("title")
    note, sources = table.get("note"), table.get("sources")
    aliases = _plain_strings(table.get("aliases"))
    if (
        type(number) is int
        and number >= 1
        and type(title) is str
        and title.strip()
        and aliases is not None
        and (note is None or (type(note) is str and note.strip()))
        and type(sources) is list
        and sources
        and all(type(i) is str and i in known for i in sources)
        and "spoilers" not in table
    ):
        return Episode(number, title, aliases, tuple(sources), note)
    return None


def _plain_member(table: Mapping[str, Any], known: Mapping[str, Source]) -> CastMember | None:
    """A cast entry as `_load_cast` reads it, when it needs no more than a look (as
    `_plain_episode`); None when anything about it needs the full check."""
    actor, character = table.get("actor"), table.get("character")
    description, performance = table.get("description"), table.get("performance")
    sources, star = table.get("sources"), table.get("star")
    billed = table.get("billed")
    aliases = _plain_strings(table.get("aliases"))
    if (
        type(actor) is str
        and actor.strip()
        and (character is None or (type(character) is str and character.strip()))
        and aliases is not None
        and (description is None or (type(description) is str and description.strip()))
        and (performance is None or (type(performance) is str and performance.strip()))
        and (character is not None or description is not None)
        and type(sources) is list
        and sources
        and all(type(i) is str and i in known for i in sources)
        and (star is None or type(star) is bool)
        and (billed is None or (type(billed) is int and billed >= 1 and star is True))
    ):
        return CastMember(
            actor,
            character,
            aliases,
            tuple(sources),
            description,
            performance,
            bool(star),
            billed or 0,
        )
    return None


def _plain_strings(value: object) -> tuple[str, ...] | None:
    """A list of non-blank strings (or none given) as a tuple; None for anything else."""
    if value is None or value == []:
        return ()
    if type(value) is list and all(type(item) is str and item.strip() for item in value):
        return tuple(value)
    return None


def _load_people(file: _File, sources: Mapping[str, Source]) -> tuple[Person, ...]:
    people = []
    for index, table in enumerate(file.tables("person"), start=1):
        where = f"person[{index}]"
        people.append(
            Person(
                name=file.get(table, where, "name", str),
                aliases=file.strings(table, where, "aliases"),
                credits=file.strings(table, where, "credits"),
                sources=file.source_ids(table, where, sources),
                title=file.get(table, where, "title", str, required=False),
            )
        )
    return tuple(people)


def _load_vocabulary(file: _File) -> Vocabulary:
    concepts_table = file.table("concepts")
    concepts: dict[str, tuple[str, ...]] = {}
    weak = set()
    trailing: dict[str, tuple[str, ...]] = {}
    not_after: dict[str, tuple[str, ...]] = {}
    of_work: dict[str, tuple[str, ...]] = {}
    negated: dict[str, tuple[str, ...]] = {}
    before_things: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name, table in concepts_table.items():
        where = f"concepts.{name}"
        if not isinstance(table, dict):
            raise file.fail(where, "must be a table with `words`")
        words = file.strings(table, where, "words")
        if not words:
            raise file.fail(f"{where}.words", "needs at least one word")
        concepts[name] = words
        trailing[name] = file.strings(table, where, "trailing")
        if not set(trailing[name]) <= set(words):
            raise file.fail(f"{where}.trailing", "must be some of the concept's own words")
        not_after[name] = file.strings(table, where, "not_after")
        of_work[name] = file.strings(table, where, "of_work")
        negated[name] = file.strings(table, where, "negated")
        before = file.strings(table, where, "before_things")
        if before:
            label = file.get(table, where, "things_class", str)
            before_things[name] = (label, before)
        if file.get(table, where, "weak", bool, required=False):
            weak.add(name)
    fillers = file.strings(file.table("fillers"), "fillers", "words")
    numbers = file.table("numbers")
    followups = file.table("followups")
    return Vocabulary(
        concepts=concepts,
        weak=frozenset(weak),
        fillers=fillers,
        cardinals=_word_groups(file, numbers, "numbers.cardinals"),
        ordinals=_word_groups(file, numbers, "numbers.ordinals"),
        last=file.strings(numbers, "numbers", "last"),
        second_last=file.strings(numbers, "numbers", "second_last"),
        third_last=file.strings(numbers, "numbers", "third_last"),
        from_end=file.strings(numbers, "numbers", "from_end"),
        times=file.strings(numbers, "numbers", "times"),
        rewrites={
            phrase: file.get(file.table("rewrites"), "rewrites", phrase, str)
            for phrase in file.table("rewrites")
        },
        sound_alikes=_sound_alikes(file),
        trailing={name: found for name, found in trailing.items() if found},
        not_after={name: found for name, found in not_after.items() if found},
        of_work={name: found for name, found in of_work.items() if found},
        negated={name: found for name, found in negated.items() if found},
        before_things=before_things,
        pronouns=frozenset(file.get(followups, "followups", "pronouns", list)),
        next_words=frozenset(file.get(followups, "followups", "next", list)),
        previous_words=frozenset(file.get(followups, "followups", "previous", list)),
        again=tuple(file.get(followups, "followups", "again", list)),
        same_question=file.strings(followups, "followups", "same_question"),
        name_them=file.strings(followups, "followups", "name_them"),
        show_verbs=file.strings(followups, "followups", "show_verbs"),
        work_verbs=file.strings(followups, "followups", "work_verbs"),
        corrections=file.strings(followups, "followups", "corrections"),
        beside=file.strings(followups, "followups", "beside"),
        same=frozenset(file.strings(followups, "followups", "same")),
        clitics=frozenset(file.strings(followups, "followups", "clitics")),
        clitic_after=frozenset(file.strings(followups, "followups", "clitic_after")),
        loose_clitics=frozenset(file.strings(followups, "followups", "loose_clitics")),
        verb_clitics=frozenset(file.strings(followups, "followups", "verb_clitics")),
        loose_clitic_not_before=frozenset(
            file.strings(followups, "followups", "loose_clitic_not_before")
        ),
        work_pronouns=file.strings(followups, "followups", "work_pronouns"),
        demonstratives=file.strings(followups, "followups", "demonstratives"),
        character_words=frozenset(file.strings(followups, "followups", "character_words")),
        part_verbs=frozenset(file.strings(followups, "followups", "part_verbs")),
        item_pronouns=file.strings(followups, "followups", "item_pronouns"),
        others=file.strings(followups, "followups", "others"),
        besides=file.strings(followups, "followups", "besides"),
        sourced=file.strings(followups, "followups", "sourced"),
        returns=file.strings(followups, "followups", "returns"),
        picking_before=frozenset(file.strings(followups, "followups", "picking_before")),
        picking_heads=frozenset(file.strings(followups, "followups", "picking_heads")),
        picking_said=file.strings(followups, "followups", "picking_said"),
        picking_of=frozenset(file.strings(followups, "followups", "picking_of")),
        picking_both=file.strings(followups, "followups", "picking_both"),
        someone=frozenset(file.strings(followups, "followups", "someone")),
        someones=frozenset(file.strings(followups, "followups", "someones")),
        subject_pronouns=frozenset(file.strings(followups, "followups", "subject_pronouns")),
        before_verbs=frozenset(file.strings(followups, "followups", "before_verbs")),
        doubling=frozenset(file.strings(followups, "followups", "doubling")),
        articles=frozenset(file.strings(followups, "followups", "articles")),
        parts=frozenset(file.strings(followups, "followups", "parts")),
        retracting=frozenset(file.strings(followups, "followups", "retracting")),
        subjectless=frozenset(file.strings(followups, "followups", "subjectless"))
        | {
            f"{pronoun} {word}"
            for pronoun in file.strings(followups, "followups", "subject_pronouns")
            for word in file.strings(followups, "followups", "before_verbs")
        },
    )


def _sound_alikes(file: _File) -> tuple[tuple[str, str], ...]:
    pairs = file.table("spelling").get("sound_alikes")
    if not isinstance(pairs, list):
        raise file.fail("spelling.sound_alikes", "must be a list of pairs of strings")
    for index, pair in enumerate(pairs):
        if not (
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(p, str) and p for p in pair)
        ):
            raise file.fail(
                f"spelling.sound_alikes[{index}]", "must be a pair of non-empty strings"
            )
    return tuple((str(a), str(b)) for a, b in pairs)


def _word_groups(file: _File, table: Mapping[str, Any], where: str) -> tuple[tuple[str, ...], ...]:
    groups = table.get(where.rsplit(".", 1)[-1])
    if not isinstance(groups, list) or not groups:
        raise file.fail(where, "needs a list of word lists, one per number from 1")
    for index, group in enumerate(groups, start=1):
        if not isinstance(group, list) or not all(isinstance(w, str) and w for w in group):
            raise file.fail(f"{where}[{index}]", "must be a list of non-empty strings")
    return tuple(tuple(group) for group in groups)


def _load_intents(
    file: _File,
    vocabulary: Vocabulary,
    questions: QuestionWords,
    facts: Mapping[str, Fact],
    sources: AbstractSet[str],
) -> tuple[Intent, ...]:
    known = set(vocabulary.concepts) | ENTITY_CONCEPTS
    intents: list[Intent] = []
    for index, table in enumerate(file.tables("intent"), start=1):
        where = f"intent[{index}]"
        name = file.get(table, where, "name", str)
        if any(intent.name == name for intent in intents):
            raise file.fail(f"{where}.name", f"duplicate intent name {name!r}")
        aside = bool(file.get(table, where, "aside", bool, required=False))
        cues = table.get("cues", [] if aside else None)
        if aside and cues:
            raise file.fail(f"{where}.cues", "an aside has no cues: it is what nothing else is")
        if aside and any(intent.aside for intent in intents):
            raise file.fail(f"{where}.aside", "only one intent is the aside")
        if not isinstance(cues, list) or not (cues or aside):
            raise file.fail(f"{where}.cues", "needs at least one list of concepts")
        for number, cue in enumerate(cues, start=1):
            _check_concepts(file, f"{where}.cues[{number}]", cue, known)
            if not cue:
                raise file.fail(f"{where}.cues[{number}]", "needs at least one concept")
        unless = file.strings(table, where, "unless")
        _check_concepts(file, f"{where}.unless", list(unless), known)
        answerable = file.get(table, where, "answerable", bool, required=False)
        gives = file.strings(table, where, "gives")
        _check_names(file, f"{where}.gives", gives, set(questions.wants), "kind of answer")
        takes = file.strings(table, where, "takes")
        _check_names(file, f"{where}.takes", takes, QUALIFIERS, "qualifier")
        tables = file.strings(table, where, "facts")
        _check_names(file, f"{where}.facts", tables, set(facts), "fact table")
        source = file.get(table, where, "source", str, required=False)
        _check_names(file, f"{where}.source", [source] if source else [], sources, "source")
        yes_no = file.get(table, where, "yes_no", str, required=False)
        if yes_no not in (None, "yes", "no", "open"):
            raise file.fail(f"{where}.yes_no", 'must be "yes", "no" or "open"')
        intents.append(
            Intent(
                name=name,
                cues=tuple(frozenset(cue) for cue in cues),
                unless=frozenset(unless),
                strict=bool(file.get(table, where, "strict", bool, required=False)),
                answerable=answerable is not False,
                gives=frozenset(gives),
                takes=frozenset(takes),
                facts=tables,
                yes_no=yes_no,
                tells_unknown=bool(file.get(table, where, "tells_unknown", bool, required=False)),
                about_most=bool(file.get(table, where, "about_most", bool, required=False)),
                work=file.get(table, where, "work", str, required=False),
                source=source,
                chat=bool(file.get(table, where, "chat", bool, required=False)),
                credit=file.get(table, where, "credit", str, required=False),
                volunteer=file.get(table, where, "volunteer", bool, required=False) is not False,
                closes=bool(file.get(table, where, "closes", bool, required=False)),
                confirms=bool(file.get(table, where, "confirms", bool, required=False)),
                disputes=bool(file.get(table, where, "disputes", bool, required=False)),
                aside=aside,
            )
        )
        for flag in ("closes", "confirms", "disputes", "aside"):
            if getattr(intents[-1], flag) and not intents[-1].chat:
                raise file.fail(f"{where}.{flag}", f"only small talk (chat = true) {flag}")
    # (an answerable intent the code has no reply for: bot.engine.compose refuses it)
    names = {intent.name for intent in intents}
    for name in sorted(templates.NAMED_INTENTS - names):
        raise file.fail("intent", f"no intent named {name!r}, which the bot's code uses")
    return tuple(intents)


# Qualifiers an intent may take: a named episode, or the second season.
CAST_CREDIT = "cast"  # the credit every cast member holds
STAR_CREDIT = "star"  # and those the sources name as the series' stars
# A part in the show of any kind ("is Jero Medina in Somos?", "did she work on it?"):
# held by everyone with one of questions.toml [involved] `credits`
INVOLVED_CREDIT = "involved"
QUALIFIERS = frozenset({"@episode", "@season2"})
# The units a span of time can be asked in ([spans.units] of questions.toml; the reply
# languages name each in [language.units])
SPAN_UNITS = ("day", "week", "month", "year", "decade")


def _check_names(
    file: _File, where: str, names: Sequence[str], known: AbstractSet[str], what: str
) -> None:
    for name in names:
        if name not in known:
            raise file.fail(where, f"unknown {what} {name!r} (known: {', '.join(sorted(known))})")


def _name_groups(file: _File, table: Mapping[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    """A list whose entries are a name or a list of names for one thing."""
    entries = table[key]
    if not isinstance(entries, list):
        raise file.fail(f"things.{key}", "must be a list")
    groups = []
    for index, entry in enumerate(entries, start=1):
        names = [entry] if isinstance(entry, str) else entry
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            raise file.fail(f"things.{key}[{index}]", "must be a name or a list of names")
        groups.append(tuple(names))
    return tuple(groups)


def _check_dated(file: _File, questions: QuestionWords, facts: Mapping[str, Fact]) -> None:
    """Each [dated] entry names a fact field ("table.field") holding a date or a year."""
    for section, ref in [
        *(("dated", ref) for ref in questions.dated),
        *(("dated_verbs", ref) for ref in questions.dated_verbs),
    ]:
        table, _, name = ref.partition(".")
        value = facts[table].values.get(name) if table in facts else None
        if not isinstance(value, (dt.date, int)) or isinstance(value, bool):
            raise file.fail(f"{section}.{ref}", "must name a fact field holding a date or a year")


def _load_questions(file: _File, vocabulary: Vocabulary) -> QuestionWords:
    wants = file.table("wants")
    nouns = file.table("wants_nouns")
    last = file.table("wants_last")
    yes_no = file.table("yes_no")
    things = dict(file.table("things"))
    open_classes = file.strings(things, "things", "open")
    things.pop("open", None)
    for label in open_classes:
        if label not in things:
            raise file.fail("things.open", f"unknown class {label!r}")
    roles = file.table("roles")
    narrowing = file.table("narrowing")
    mentions = file.table("mentions")
    deeds = file.table("deeds")
    dated = file.table("dated")
    dated_verbs = file.table("dated_verbs")
    praise = file.table("praise")
    ranking = file.strings(file.table("others"), "others", "ranking")
    for level in praise:
        if level not in ranking:
            raise file.fail(f"praise.{level}", f"unknown rating (known: {', '.join(ranking)})")
    spans = file.table("spans")
    units = file.table("spans.units", spans)
    for unit in units:
        if unit not in SPAN_UNITS:
            raise file.fail(f"spans.units.{unit}", f"unknown unit (known: {', '.join(SPAN_UNITS)})")
    asking = file.strings(yes_no, "yes_no", "asking_concepts")
    for concept in asking:
        if concept not in vocabulary.concepts:
            raise file.fail("yes_no.asking_concepts", f"{concept!r} is not in vocabulary.toml")
    opposites = []
    for kind in ("opposite", "agree"):
        for index, table in enumerate(file.tables(kind), start=1):
            where = f"{kind}[{index}]"
            opposites.append(
                Opposite(
                    file.strings(table, where, "claim"),
                    file.strings(table, where, "facts"),
                    agrees=kind == "agree",
                )
            )
    return QuestionWords(
        wants={kind: file.strings(wants, "wants", kind) for kind in wants},
        openers=file.strings(yes_no, "yes_no", "openers"),
        tags=file.strings(yes_no, "yes_no", "tags"),
        or_words=file.strings(yes_no, "yes_no", "or"),
        agents=frozenset(word.casefold() for word in file.strings(yes_no, "yes_no", "agents")),
        refines={
            kind: file.get(file.table("refines"), "refines", kind, str)
            for kind in file.table("refines")
        },
        spellings={
            spelt: file.get(file.table("spellings"), "spellings", spelt, str)
            for spelt in file.table("spellings")
        },
        question_words=file.strings(yes_no, "yes_no", "question_words"),
        question_openers=file.strings(yes_no, "yes_no", "question_openers"),
        question_words_anywhere=file.strings(yes_no, "yes_no", "question_words_anywhere"),
        to_others=file.strings(yes_no, "yes_no", "to_others"),
        existential=file.strings(yes_no, "yes_no", "existential"),
        asks_of_you=frozenset(file.strings(yes_no, "yes_no", "asks_of_you")),
        requests=file.strings(yes_no, "yes_no", "requests"),
        request_nouns=file.strings(yes_no, "yes_no", "request_nouns"),
        asking_concepts=frozenset(asking),
        things={kind: _name_groups(file, things, kind) for kind in things},
        roles={
            **{credit: file.strings(roles, "roles", credit) for credit in roles},
            INVOLVED_CREDIT: file.strings(file.table("involved"), "involved", "words"),
        },
        involved_credits=frozenset(file.strings(file.table("involved"), "involved", "credits")),
        opposites=tuple(opposites),
        narrowing={credit: file.strings(narrowing, "narrowing", credit) for credit in narrowing},
        mentions={source: file.strings(mentions, "mentions", source) for source in mentions},
        open_classes=frozenset(open_classes),
        asking=file.strings(nouns, "wants_nouns", "asking"),
        kind_nouns={
            kind: file.strings(nouns, "wants_nouns", kind)
            for kind in nouns
            if kind not in ("asking", "not_before")
        },
        not_before=file.strings(nouns, "wants_nouns", "not_before"),
        kind_last={kind: file.strings(last, "wants_last", kind) for kind in last},
        excluding=file.strings(file.table("others"), "others", "excluding"),
        best=file.strings(file.table("others"), "others", "best"),
        ranking=file.strings(file.table("others"), "others", "ranking"),
        praise={level: file.strings(praise, "praise", level) for level in praise},
        comparing=file.strings(file.table("others"), "others", "comparing"),
        choosing=file.strings(file.table("others"), "others", "choosing"),
        each=file.strings(file.table("others"), "others", "each"),
        alone=file.strings(file.table("others"), "others", "alone"),
        owner_after=file.strings(file.table("others"), "others", "owner_after"),
        owner_before=file.strings(file.table("others"), "others", "owner_before"),
        authored_by=file.strings(file.table("others"), "others", "authored_by"),
        linking=file.strings(file.table("others"), "others", "linking"),
        indefinite=file.strings(file.table("others"), "others", "indefinite"),
        additive=file.strings(file.table("others"), "others", "additive"),
        spoken_marks=file.strings(file.table("others"), "others", "spoken_marks"),
        outlet_verbs=file.strings(file.table("others"), "others", "outlet_verbs"),
        complements=file.strings(file.table("others"), "others", "complements"),
        copulas=file.strings(file.table("others"), "others", "copulas"),
        doers=file.strings(file.table("others"), "others", "doers"),
        speaking=file.strings(file.table("others"), "others", "speaking"),
        speaking_after_who=file.strings(file.table("others"), "others", "speaking_after_who"),
        abbreviations=file.strings(file.table("others"), "others", "abbreviations"),
        scheduling=file.strings(file.table("others"), "others", "scheduling"),
        present=file.strings(file.table("others"), "others", "present"),
        span_units={unit: file.strings(units, "spans.units", unit) for unit in units},
        span_measures=file.strings(spans, "spans", "measures"),
        span_ago=file.strings(spans, "spans", "ago"),
        span_since=file.strings(spans, "spans", "since"),
        bound_before=file.strings(spans, "spans", "before"),
        bound_after=file.strings(spans, "spans", "after"),
        hypothetical=file.strings(file.table("others"), "others", "hypothetical"),
        source_language=file.strings(file.table("others"), "others", "source_language"),
        least=file.strings(file.table("others"), "others", "least"),
        closing=file.strings(file.table("others"), "others", "closing"),
        precise=file.strings(file.table("others"), "others", "precise"),
        doing=file.strings(file.table("others"), "others", "doing"),
        earlier=file.strings(file.table("others"), "others", "earlier"),
        later=file.strings(file.table("others"), "others", "later"),
        higher=file.strings(file.table("others"), "others", "higher"),
        lower=file.strings(file.table("others"), "others", "lower"),
        between=file.strings(file.table("others"), "others", "between"),
        lists=file.strings(file.table("others"), "others", "lists"),
        which_one=file.strings(file.table("others"), "others", "which_one"),
        citing=file.strings(file.table("others"), "others", "citing"),
        occupation=file.strings(file.table("others"), "others", "occupation"),
        honorifics=file.strings(file.table("others"), "others", "honorifics"),
        deeds={verb: file.strings(deeds, "deeds", verb) for verb in deeds},
        embedded=file.strings(file.table("embedded"), "embedded", "openers"),
        whether=file.strings(file.table("embedded"), "embedded", "whether"),
        situation=file.strings(file.table("embedded"), "embedded", "situation"),
        telling=file.strings(file.table("embedded"), "embedded", "telling"),
        relaying=file.strings(file.table("embedded"), "embedded", "relaying"),
        dated={ref: file.strings(dated, "dated", ref) for ref in dated},
        dated_verbs={ref: file.strings(dated_verbs, "dated_verbs", ref) for ref in dated_verbs},
        undated=file.strings(file.table("undated"), "undated", "works"),
    )


def _check_concepts(file: _File, where: str, names: Any, known: set[str]) -> None:
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise file.fail(where, "must be a list of concept names")
    for name in names:
        if name not in known:
            raise file.fail(where, f"unknown concept {name!r} (not in vocabulary.toml)")


def _load_languages(
    directory: Path,
    intents: tuple[Intent, ...],
    people: tuple[Person, ...],
    questions: QuestionWords,
) -> dict[str, Language]:
    paths = sorted((directory / "replies").glob("*.toml"))
    if not paths:
        raise KnowledgeError("knowledge/replies", "", "no reply language files (*.toml)")
    languages = {}
    for path in paths:
        file = _File(directory, f"replies/{path.name}")
        language = _load_language(file, intents, people)
        _check_templates(file, language, intents, questions)
        languages[language.code] = language
    if "en" not in languages:
        raise KnowledgeError("knowledge/replies/en.toml", "", "file is missing")
    return languages


def _load_language(
    file: _File, intents: tuple[Intent, ...], people: tuple[Person, ...]
) -> Language:
    settings = file.table("language")
    for key in (
        "code",
        "and",
        "list_separator",
        "date",
        "month_year",
        "titled_name",
        "more",
        "about",
    ):
        file.get(settings, "language", key, str)
    units = file.table("language.units", settings)
    for unit in SPAN_UNITS:
        named = file.get(units, "language.units", unit, list)
        if len(named) != 2 or not all(isinstance(word, str) for word in named):
            raise file.fail(f"language.units.{unit}", "needs the unit's name for one and for more")
    for key, size in (("months", 12), ("number_words", 11)):
        words = file.get(settings, "language", key, list)
        if len(words) != size:
            raise file.fail(f"language.{key}", f"needs exactly {size} entries")
    declines = file.table("declines")
    topics = file.table("declines.topics", declines)
    for key in ("general", "topic", "suggest", "unsaid", "whom", "or"):
        file.get(declines, "declines", key, str)
    examples = file.table("examples")
    for key in ITEM_EXAMPLES:
        file.get(examples, "examples", key, str)
    replies = file.table("replies")
    file.get(replies, "replies", "named_in", str)  # "X is named in the review"
    credits = file.table("credits")
    for intent in intents:
        if intent.chat:  # small talk is answered in kind and suggested to no one
            file.get(replies, "replies", intent.name, str)
            continue
        needed = (topics, "declines.topics") if not intent.answerable else (examples, "examples")
        file.get(needed[0], needed[1], intent.name, str)
    for person in people:
        for credit in person.credits:
            file.get(credits, "credits", credit, str)
    chat = file.table("chat")
    for key in CHAT_KEYS:
        file.get(chat, "chat", key, str)
    return Language(
        code=settings["code"],
        settings=settings,
        replies=_strings(file, replies, "replies"),
        credits=_strings(file, credits, "credits"),
        declines={k: v for k, v in declines.items() if isinstance(v, str)},
        decline_topics=_strings(file, topics, "declines.topics"),
        examples=_strings(file, examples, "examples"),
        markers=frozenset(
            word.casefold() for word in file.strings(settings, "language", "markers")
        ),
        translations=_translations(file),
        contractions=tuple(
            _strings(
                file, file.table("language.contractions", settings), "language.contractions"
            ).items()
        )
        if "contractions" in settings
        else (),
        chat=_strings(file, chat, "chat"),
        commands=_strings(file, file.table("commands"), "commands"),
        slash=_strings(file, file.table("slash"), "slash"),
    )


def _check_templates(
    file: _File, language: Language, intents: tuple[Intent, ...], questions: QuestionWords
) -> None:
    """Every template uses only the placeholders the code fills it with (bot.templates),
    so that a typo ("{actr}", a lone "{") is refused here and not when a reply is asked for.
    """
    chat_intents = {intent.name for intent in intents if intent.chat}
    dated = {
        templates.DATED_LABEL.format(table=table, field=name)
        for ref in (*questions.dated, *questions.dated_verbs)
        for table, _, name in [ref.partition(".")]
    }
    for key in sorted(dated - language.replies.keys()):
        raise file.fail(f"replies.{key}", "missing: it names a dated fact of questions.toml")
    for key, template in language.replies.items():
        if key in dated:
            continue  # put into date_gap and date_order as written
        given = templates.SMALL_TALK if key in chat_intents else templates.REPLIES.get(key)
        if given is None:
            continue  # not used: a misspelt name is reported as the one missing
        _check_placeholders(file, f"replies.{key}", template, (*given, templates.SHOW))
    sections: list[tuple[str, Mapping[str, str], Mapping[str, tuple[str, ...]] | None]] = [
        ("declines", language.declines, templates.DECLINES),
        ("declines.topics", language.decline_topics, None),
        ("credits", language.credits, None),
        ("chat", language.chat, templates.CHAT),
    ]
    for section, table, takes in sections:
        for key, template in table.items():
            if section == "declines" and key in templates.DECLINES_AS_WRITTEN:
                continue
            where = f"{section}.{key}"
            if takes is not None and key not in takes:
                continue
            if section == "declines.topics":
                given = templates.DECLINE_TOPIC
            elif section == "credits":
                given = templates.CREDIT
            else:
                given = takes[key] if takes is not None else ()
            show = () if section == "chat" else (templates.SHOW,)
            _check_placeholders(file, where, template, (*given, *show))
    for key, template in language.examples.items():
        given = (*templates.EXAMPLES.get(key, ()), templates.SHOW)
        _check_placeholders(file, f"examples.{key}", template, given)
    for key, given in templates.LANGUAGE.items():
        _check_placeholders(file, f"language.{key}", language.settings[key], given)


def _check_placeholders(file: _File, where: str, template: str, given: Sequence[str]) -> None:
    """`template` is valid format text whose every {placeholder} is one of `given`."""
    takes = ", ".join(f"{{{name}}}" for name in sorted(given)) or "no placeholders"
    try:
        fields = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(template)
            if name is not None
        ]
    except ValueError:
        raise file.fail(
            where, f"a lone {{ or }} (write {{{{ or }}}} for a brace in the text; it takes {takes})"
        ) from None
    for name, spec, conversion in fields:
        if name not in given:
            raise file.fail(where, f"unknown placeholder {{{name}}} (it takes {takes})")
        if spec or conversion:
            raise file.fail(where, f"{{{name}}} must be written plain, without ! or :")


def _translations(file: _File) -> dict[str, dict[str, dict[str, Any]]]:
    """The [translate] table: section -> entry -> field -> text; shapes checked at load."""
    table = file.data.get("translate", {})
    if not isinstance(table, dict):
        raise file.fail("translate", "must be a table")
    for section, items in table.items():
        if not isinstance(items, dict) or not all(isinstance(v, dict) for v in items.values()):
            raise file.fail(f"translate.{section}", "must hold one table per entry")
    return table


def _check_translations(
    language: Language,
    facts: Mapping[str, Fact],
    sources: Mapping[str, Source],
    episodes: tuple[Episode, ...],
    cast: tuple[CastMember, ...],
    people: tuple[Person, ...],
) -> None:
    """A reply language other than the facts' own words every prose field, and only those."""
    file = f"knowledge/replies/{language.code}.toml"
    texts = language.translations
    if language.code == BASE_LANGUAGE:
        if texts:
            raise KnowledgeError(file, "translate", "the fact files are already in this language")
        return
    # (each entry as it is: a fact's values by name, the others' by attribute)
    originals: dict[str, dict[str, Any]] = {
        "facts": {name: fact.values for name, fact in facts.items() if name in TRANSLATED_FACTS},
        "sources": dict(sources),
        "episodes": {str(episode.number): episode for episode in episodes},
        "cast": {member.actor: member for member in cast},
        "people": {person.name: person for person in people},
    }
    for section, items in texts.items():
        if section not in originals:
            raise KnowledgeError(file, f"translate.{section}", "nothing to translate here")
        for key, fields in items.items():
            if key not in originals[section]:
                raise KnowledgeError(file, f"translate.{section}.{key}", "no such entry")
            allowed = TRANSLATED_FACTS[key] if section == "facts" else TRANSLATED_FIELDS[section]
            for name in fields:
                if name not in allowed:
                    where = f"translate.{section}.{key}.{name}"
                    raise KnowledgeError(file, where, "not a field that is translated")
    for section, items in originals.items():
        for key, values in items.items():
            allowed = TRANSLATED_FACTS[key] if section == "facts" else TRANSLATED_FIELDS[section]
            for name in allowed:
                original = values.get(name) if section == "facts" else getattr(values, name)
                if original is None:
                    continue
                where = f'translate.{section}."{key}".{name}'
                given = texts.get(section, {}).get(key, {}).get(name)
                if given is None:
                    raise KnowledgeError(file, where, f"missing translation of {original!r}")
                if isinstance(original, tuple):
                    if not isinstance(given, list) or len(given) != len(original):
                        shape = f"a list of {len(original)} texts, like the original"
                        raise KnowledgeError(file, where, f"must be {shape}")
                elif not isinstance(given, str):
                    raise KnowledgeError(file, where, "must be a string")
                elif not given.strip() and (section, name) not in MAY_BE_EMPTY:
                    raise KnowledgeError(file, where, "must be a non-empty string")


def _strings(file: _File, table: Mapping[str, Any], where: str) -> dict[str, str]:
    return {key: file.get(table, where, key, str) for key in table}
