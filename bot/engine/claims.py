"""What a question asks for beyond its topic, and whether the facts bear out what it claims.

Two steps, both driven by knowledge/questions.toml:

* `QuestionReader.read` finds the question's *form*: the kind of answer it wants
  ("who" wants a person, "what year" a date), whether it asks yes or no, and the
  claims it makes: named places, organisations, works and formats, years, months,
  days, counts ("6 seasons"), and words whose opposite the facts use.
* `Checker.verify` weighs those claims against one intent's facts (the fact tables
  it names in intents.toml, and the reply's own words) and the people in the
  question, and says whether the facts confirm them, contradict them, or say
  nothing of them ("is it on Netflix in the UK": the sources name no country).

Nothing here decides what to reply; `bot.engine.decide` does, from what this finds.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from bot.engine.inflection import STEM, forms
from bot.engine.normalise import fold, words
from bot.knowledge import (
    CAST_CREDIT,
    INVOLVED_CREDIT,
    STAR_CREDIT,
    CastMember,
    Fact,
    Intent,
    Knowledge,
    Person,
)

# Words a question may open with before its real first word ("so", "wait", "oigan").
OPENING_CHATTER = frozenset(
    [
        "so",
        "wait",
        "hey",
        "ok",
        "okay",
        "lol",
        "lmao",
        "omg",
        "oigan",
        "oye",
        "wey",
        "guey",
        "bro",
        "dude",
        "hmm",
        "um",
        "and",
        "y",
        "but",
        "pero",
        "also",
        "btw",
        "quick",
        "question",
        "pregunta",
        "yo",
        "hi",
        "hola",
        "guys",
        "chicos",
        "entonces",
        "osea",
        "sea",
        "jaja",
        "jajaja",
        "haha",
        "pls",
        "please",
        "plis",
        "porfa",
        "oh",
        "ah",
        "ahh",
        "well",
        "bueno",
        "pues",
        "hey",
        "ey",
        "man",
        "sorry",
        "perdon",
    ]
)
# Words after which "if" / "si" opens a yes/no question ("anyone know if it ...").
_ASKING_IF = frozenset({"know", "knows", "wondering", "wonder", "sabe", "saben", "sabes"})
_IF = frozenset({"if", "whether", "si"})
# Words after which a question word still asks ("do you know who ...", "sabes quien ...").
_ASKING_VERBS = frozenset(
    [
        "know",
        "knows",
        "tell",
        "remember",
        "wonder",
        "wondering",
        "idea",
        "sabes",
        "sabe",
        "saben",
        "recuerdas",
        "dime",
        "me",
    ]
)
_YEAR = re.compile(r"^(19|20)\d\d$")
WRITER = "writer"
# Question words that also open a clause that tells ("when the DEA guy says ..."):
# before an article they do not ask.
SUBORDINATING = frozenset({"when", "where"})
ARTICLES = frozenset({"the", "a", "an", "el", "la", "los", "las", "un", "una"})
PLACE_KIND = "place"  # [wants] kinds named in code
ORGANISATION_KIND = "organisation"
# Words before a tag that make it part of the sentence ("gente de verdad", "la verdad").
NOT_BEFORE_TAG = frozenset({"de", "la", "the", "a", "es", "is"})
# Openers that also start plain remarks in Spanish ("la dea en esta serie", "ya la vi").
WEAK_OPENERS = frozenset(
    {"la", "lo", "le", "se", "ya", "esta", "estan", "tiene", "tienen", "sale", "salio"}
)
SHOW_TABLE = "show"  # the fact table of what the show is
DEED_WORDS = 3  # the most words of a deed read beside its doer
DEED_REACH = 8  # words after "<deed> by" in the facts that name who did it
TERSE_WORDS = 8  # a message this short asks by a noun alone ("ep 6 title")
NAME_KIND = "name"  # the kind of answer "what's the name of…" asks for
NOUN_REACH = 3  # words a kind noun may stand after its question word ("which US agency")
POSSESSIVE = "s"  # the token "Irene's", "director's" leave after the word
CONTINUING = frozenset({"and", "y", "e"})  # a clause opening with these continues the last
SHORT_FOLLOW_UP = 6  # "and the one after it?" names a topic; a longer "and …?" asks yes/no
COPULA_REACH = 3  # a copula this early in a short "and …?" makes it a yes/no question
MIN_SENTENCE = 3  # words in a clause ending in "?" that make it a sentence, not a topic
# How far a work's name may follow a writing role and still be its object ("wrote the
# source article", "wrote the season 2 article"); one before it is its object right
# before it ("the review writer") or past the clitic that repeats it ("la reseña la
# escribió")
_WORK_REACH = 5
_WORK_BEFORE = 1
_OBJECT_CLITICS = frozenset({"lo", "la", "los", "las"})
NARROWING_CLASS = "show"  # naming another show narrows any question to it
CITED_CLASS = "work"  # "per the article": how a question cites its source
EVIDENCE_KEPT = 2048  # replies whose evidence is kept (see Checker.evidence)
LATE_WORD = 3  # past this many words into a question, "when" no longer asks when
# Question words that also join clauses ("best when it follows the DEA"); "who" and
# "where" deep in a message still ask ("… oigan quién hacía de Isidro?").
_JOINING_WORDS = frozenset({"when", "cuando"})
# Right after a named place or thing, these start a relative clause ("the Allende where
# it happened", "el pueblo donde pasó").
_RELATIVE_WORDS = frozenset({"where", "donde", "when", "cuando", "which", "that", "que"})
# ... and question words that mid-sentence often are no question ("whose article",
# "cual de", "any news")
_NOT_ASKING_ALONE = frozenset({"whose", "wich", "cual", "cuales", "any", "anything"})
_RELATIVE_TO_PEOPLE = frozenset({"who", "whom", "that", "que", "quien"})  # and to groups
PREPOSITIONS = frozenset({"in", "on", "at", "of", "from", "en", "de", "del", "desde", "a"})
# Credits anyone in the cast holds, which the sources may not list in full.
PART_CREDITS = frozenset({CAST_CREDIT, STAR_CREDIT, INVOLVED_CREDIT})
INVOLVED = frozenset({INVOLVED_CREDIT})
# Classes of things that hold no credit: an organisation, a platform.
CREDITLESS = frozenset({"organisation", "platform"})
NEGATIONS = frozenset({"non", "not", "no", "never", "sin", "nunca", "ni"})
NOR = frozenset({"ni"})  # a negation that joins ("ni renovada ni cancelada") more than it denies
TAG_LENGTHS = (2, 3, 4)  # the words of a closing tag that opens with "or" ("or nah", "o algo así")
# ... and the words that hold one ("didn't")
NEGATING = NEGATIONS | frozenset({"didnt", "doesnt", "dont", "isnt", "wasnt", "werent", "wont"})
# ... and those that turn the word after them into its opposite ("aren't trained" says
# what "untrained" does, as "not trained" does)
TURNING = NEGATIONS | frozenset({"isnt", "wasnt", "werent", "arent", "aint"})
NEGATION_REACH = 3  # words after a negation that it still turns ("didn't the reviewer like")
_COUNT_NOUNS = {"episode": "episode_count", "season": "season_count"}
NATIONALITY_CLASS = "nationality"  # the [things] class of where someone is from
OCCUPATION_CLASS = "occupation"  # ... and of what a character does for a living
# Words after which a month's short name is the month ("in may", "since may"), not the verb
_BEFORE_MONTH = frozenset({"in", "en", "since", "desde", "until", "hasta", "early", "late", "mid"})

Support = Literal["yes", "no", "unknown"]


# (frozen to the type checker only: see understand.Reading)
@dataclass(frozen=TYPE_CHECKING, unsafe_hash=True)
class Verdict:
    """What the facts say of a question's claims."""

    support: Support
    open_claims: tuple[str, ...] = ()  # claims the facts neither confirm nor deny
    denied_roles: frozenset[str] = frozenset()  # credits claimed for someone who lacks them


# (frozen to the type checker only: see understand.Reading)
@dataclass(frozen=TYPE_CHECKING, slots=True, unsafe_hash=True)
class Form:
    """What a question asks for and claims, apart from its topic."""

    wants: frozenset[str] = frozenset()
    certain_wants: frozenset[str] = frozenset()  # asked by words that want one kind only
    asks: bool = False  # it holds a question word ("what", "cual", "how")
    question_mark: bool = False  # it ended with "?"
    tokens: tuple[str, ...] = ()  # as read (for unaddressed mode's questions; see Addressing)
    long_wants: bool = False  # asked for a kind with several words ("que cartel")
    yes_no: bool = False
    asked_yes_no: bool = False  # shown by its words, not only by the claims it makes
    either_or: bool = False
    things: tuple[Thing, ...] = ()  # named in the question
    years: tuple[int, ...] = ()
    # years said as a bound ("was it out before 2022?"): (year, "<" or ">"), the side
    # of it the facts' date is claimed to fall on
    year_bounds: tuple[tuple[int, str], ...] = ()
    months: tuple[int, ...] = ()
    days: tuple[int, ...] = ()
    # (number, "episode" or "season", how the facts' count must compare: "=", ">", "<",
    # ">=", "<=": "more than one season" is (1, "season", ">"))
    counts: tuple[tuple[int, str, str], ...] = ()
    numbers: tuple[int, ...] = ()  # other numbers it names ("3 out of 5 stars")
    opposites: tuple[int, ...] = ()  # indices into QuestionWords.opposites
    agreeing: tuple[int, ...] = ()  # ... claimed negated ("non-professionals"): the facts' side
    claim_words: frozenset[str] = frozenset()  # the question's words that make its claims
    roles: frozenset[str] = frozenset()  # credits it gives someone ("director", "cast")
    # credits of the role words naming who speaks ("what did the director say?", "¿qué
    # dijo el director?") or whose thing it is ("the director's post"): the one holding
    # it is asked of, no credit claimed
    speakers: frozenset[str] = frozenset()
    # a role's verb after an object pronoun ("¿y también la escribió?"): Spanish leaves its
    # subject unsaid
    clitic_verb: bool = False
    mentions: frozenset[str] = frozenset()  # sources it names ("in the review")
    repeats_error: bool = False  # it repeats what a source got wrong (sources.toml errata)
    alone: bool = False  # a credit claimed for one person only ("did he write it alone?")
    owned: bool = False  # a thing of an open class named as the show's maker ("an HBO show")
    # asks whether something exists at all ("is there a documentary about it?"): the
    # things it names may be other works, which the facts neither confirm nor deny
    existential: bool = False
    agent_at: tuple[int, ...] = ()  # where a role's holder is named ("created by ___")
    # A thing asked to be completed ("what's he the manager of?", "¿gerente de qué?"):
    # its words and the preposition, as the facts would have to say them ("manager of")
    completes: str = ""
    # Things said to have done something ("carried out by the DEA", "the CIA screwed
    # up"): each with the words beside it that the deed is said in, whose runs an
    # "… by" in the facts would follow (see `deed_forms`: worked out only where the
    # facts are weighed, and only the runs they could hold)
    deeds: tuple[tuple[Thing, tuple[str, ...]], ...] = ()

    @property
    def claims_without_asking(self) -> bool:
        """Whether it claims something checkable even without a yes/no word: a named work
        ("per the article") is how questions cite sources, not a claim.
        """
        return self.claims_anything and (
            any(thing.label != "work" for thing in self.things) or self.claims_other_than_things
        )

    @property
    def claims_other_than_things(self) -> bool:
        return bool(
            self.years
            or self.months
            or self.days
            or self.counts
            or self.numbers
            or self.opposites
            or self.agreeing
            or self.repeats_error
        )

    @property
    def claims_anything(self) -> bool:
        return bool(self.things) or self.claims_other_than_things


NO_FORM = Form()


@dataclass(frozen=True)
class Addressing:
    """How a message speaks, for deciding whether to answer it unaddressed."""

    sure_question: bool  # a "?", a question word first or last, a clear yes/no opener
    to_others: bool  # it talks to other people ("did you finish it?")
    requests: bool  # it holds a word of request ("pls", "anyone")
    names_wanted: bool  # terse, it names what it wants ("ep 6 title", "fecha de estreno")


@dataclass(frozen=True)
class Thing:
    """A named thing of questions.toml: its class and every name it goes by (folded)."""

    label: str
    names: tuple[str, ...]


def things_by_name(knowledge: Knowledge) -> dict[tuple[str, ...], Thing]:
    """Each name's words -> the thing it names."""
    table: dict[tuple[str, ...], Thing] = {}
    for label, groups in knowledge.questions.things.items():
        for group in groups:
            thing = Thing(label, tuple(" ".join(words(name)) for name in group))
            for name in group:
                table.setdefault(tuple(words(name)), thing)
    return table


class Phrases:
    """Phrases (tuples of words), each with a label, looked up by their first word, so a
    question is scanned once however many phrases there are.

    Under each first word (see Starting): each phrase with its labels in the order given,
    and the lengths its phrases have, longest first, by their second word; a place in a
    question is tried once per length its next word allows (one look-up of its words),
    not once per phrase.
    """

    def __init__(self, entries: Iterable[tuple[tuple[str, ...], str]]) -> None:
        self._by_first: dict[str, Starting[str]] = {}
        for phrase, label in entries:
            if phrase:
                self._by_first.setdefault(phrase[0], Starting()).add(phrase, label)

    @property
    def firsts(self) -> frozenset[str]:
        """The words the phrases start with: words without one of them hold none."""
        return frozenset(self._by_first)

    @classmethod
    def of(cls, phrases: Iterable[str], label: str = "") -> Phrases:
        return cls((tuple(words(phrase)), label) for phrase in phrases)

    @classmethod
    def labelled(cls, table: Mapping[str, Iterable[str]]) -> Phrases:
        return cls((tuple(words(p)), label) for label, phrases in table.items() for p in phrases)

    def at(self, tokens: Sequence[str], index: int) -> tuple[int, str] | None:
        """The longest phrase starting at `index`: (its length, its label)."""
        starting = self._by_first.get(tokens[index]) if index < len(tokens) else None
        if starting is None:
            return None
        for size, labels in starting.matches(tokens, index):
            return size, labels[0]
        return None

    def find(self, tokens: Sequence[str]) -> list[tuple[int, int, str]]:
        """Longest-first, non-overlapping phrases in `tokens`: (start, end, label)."""
        by_first = self._by_first
        if by_first.keys().isdisjoint(tokens):
            return []  # the common case, without a step per word
        found = []
        index = 0
        while index < len(tokens):
            # (a word that starts no phrase is passed over without a look-up of its own)
            hit = self.at(tokens, index) if tokens[index] in by_first else None
            if hit is None:
                index += 1
                continue
            found.append((index, index + hit[0], hit[1]))
            index += hit[0]
        return found

    def within(self, tokens: Sequence[str]) -> bool:
        by_first = self._by_first
        if by_first.keys().isdisjoint(tokens):
            return False
        return any(
            self.at(tokens, index) for index, token in enumerate(tokens) if token in by_first
        )

    def ends(self, tokens: Sequence[str]) -> bool:
        """Whether a phrase ends the tokens ("... is ep what")."""
        return any(
            (hit := self.at(tokens, index)) is not None and index + hit[0] == len(tokens)
            for index in range(len(tokens))
        )

    def positions(self, tokens: Sequence[str]) -> list[tuple[int, int]]:
        """Every (start, end) of a phrase, overlapping or not (once per label)."""
        found = []
        for index, token in enumerate(tokens):
            starting = self._by_first.get(token)
            if starting is not None:
                for size, labels in starting.matches(tokens, index):
                    found.extend([(index, index + size)] * len(labels))
        return found


Label = TypeVar("Label")


class Starting(Generic[Label]):
    """The phrases that start with one word: each phrase's labels in the order they were
    added, and the lengths a phrase may have by the word after the first, longest first
    (`after`; `alone`: those of a place with no such word after it), so that a place is
    tried only at the lengths of the phrases its next word may continue ("the" starts
    many titles, "the lazy" only one)."""

    def __init__(self) -> None:
        self.labels: dict[tuple[str, ...], list[Label]] = {}
        self.after: dict[str, tuple[int, ...]] = {}
        self.alone: tuple[int, ...] = ()  # (1,) when the word is a phrase of its own

    def add(self, phrase: tuple[str, ...], label: Label) -> None:
        self.labels.setdefault(phrase, []).append(label)
        self.note(phrase)

    def note(self, phrase: tuple[str, ...]) -> None:
        """Count the phrase's length among those a place is tried at (without labels:
        for phrases whose labels are kept elsewhere)."""
        if len(phrase) == 1:
            if not self.alone:
                self.alone = (1,)
                self.after = {second: (*sizes, 1) for second, sizes in self.after.items()}
            return
        longer = {*self.after.get(phrase[1], ()), len(phrase)} - {1}
        self.after[phrase[1]] = (*sorted(longer, reverse=True), *self.alone)

    def sizes(self, tokens: Sequence[str], index: int) -> tuple[int, ...]:
        """The lengths a phrase at `index` (which holds its first word) may have, longest
        first."""
        if index + 1 < len(tokens):
            return self.after.get(tokens[index + 1], self.alone)
        return self.alone

    def matches(self, tokens: Sequence[str], index: int) -> Iterator[tuple[int, list[Label]]]:
        """The phrases at `index` (which holds their first word), longest first: (length,
        labels)."""
        room = len(tokens) - index
        for size in self.sizes(tokens, index):
            if size <= room:
                labels = self.labels.get(tuple(tokens[index : index + size]))
                if labels is not None:
                    yield size, labels


class PhraseIndex:
    """Several tables of phrases, found in one pass over a question: for each table,
    its longest-first, non-overlapping phrases (start, end, label)."""

    def __init__(self, tables: Mapping[str, Iterable[tuple[tuple[str, ...], str]]]) -> None:
        self._by_first: dict[str, Starting[tuple[str, str]]] = {}
        for table, entries in tables.items():
            for phrase, label in entries:
                if phrase:
                    starting = self._by_first.setdefault(phrase[0], Starting())
                    starting.add(phrase, (table, label))

    def scan(self, tokens: Sequence[str]) -> dict[str, list[tuple[int, int, str]]]:
        hits: dict[str, list[tuple[int, int, str]]] = {}
        free: dict[str, int] = {}  # each table's first place past its last hit
        by_first = self._by_first
        count = len(tokens)
        for index, token in enumerate(tokens):
            starting = by_first.get(token)
            if starting is None:
                continue
            # (as Starting.matches, without a generator, and Starting.sizes, without a call)
            alone = starting.alone
            sizes = alone if index + 1 == count else starting.after.get(tokens[index + 1], alone)
            for size in sizes:
                if size > count - index:
                    continue
                phrase = (token,) if size == 1 else tuple(tokens[index : index + size])
                entries = starting.labels.get(phrase)
                if entries is None:
                    continue
                for table, label in entries:
                    if index >= free.get(table, 0):
                        hits.setdefault(table, []).append((index, index + size, label))
                        free[table] = index + size
        return hits


def has_phrase(tokens: Sequence[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i : i + size]) == phrase for i in range(len(tokens) - size + 1))


def deed_verbs(deeds: Mapping[str, Iterable[str]]) -> dict[tuple[str, ...], str]:
    """Another word for a facts' deed verb -> that verb ("done" -> "carried out")."""
    return {tuple(words(other)): verb for verb, others in deeds.items() for other in others}


def deed_forms(
    done: Sequence[str], verbs: Mapping[tuple[str, ...], str], ends: Collection[str]
) -> Iterator[str]:
    """The ways a deed's words (`Form.deeds`) may stand in the facts: every run of them
    that is all letters, longest first ("the DEA itself carried out": "carried out" is
    among them), then the facts' own verb for another word of one ("done": "carried
    out"); only those whose last word is in `ends` (the words the facts put right
    before an agent word), so that the runs no "… by" follows are never joined."""
    runs = [
        done[i : i + size] for size in range(len(done), 0, -1) for i in range(len(done) - size + 1)
    ]
    kept = [run for run in runs if all(map(str.isalpha, run))]
    for run in kept:
        if run[-1] in ends:
            yield " ".join(run)
    for run in kept:
        verb = verbs.get(tuple(run))
        if verb is not None and verb.rpartition(" ")[2] in ends:
            yield verb


def same_word(a: str, b: str) -> bool:
    """Two forms of one word: equal, or sharing their first STEM letters
    ("manipuladora", "manipuladoras"; "reales", "real" shares four of four).
    """
    if a == b:
        return True
    stem = min(STEM, len(a), len(b))
    return stem >= 4 and a[:stem] == b[:stem]


class WordForms:
    """Some words (a question's, a reply's), ready to tell whether a word is there in
    some form."""

    def __init__(self, tokens: Collection[str]) -> None:
        self.exact = frozenset(tokens)
        self.long_stems = frozenset(t[:STEM] for t in tokens if len(t) >= STEM)
        self.four = frozenset(t[:4] for t in tokens if len(t) >= 4)
        self.short = frozenset(t for t in tokens if len(t) == 4)

    def holds(self, word: str) -> bool:
        """Like any(same_word(word, t) for t in tokens), without the loop."""
        if word in self.exact:
            return True
        if len(word) >= STEM:
            return word[:STEM] in self.long_stems or word[:4] in self.short
        return len(word) == 4 and word in self.four


class QuestionReader:
    """Reads a tokenised question's form (see the module's docstring)."""

    def __init__(self, knowledge: Knowledge) -> None:
        questions = knowledge.questions
        self._kinds: dict[str, frozenset[str]] = {}  # a phrase may ask for several kinds
        for kind, phrases in questions.wants.items():
            for phrase in phrases:
                key = " ".join(words(phrase))
                self._kinds[key] = self._kinds.get(key, frozenset()) | {kind}
        self._asking = frozenset(fold(word) for word in questions.asking)
        self._existential = Phrases.of(questions.existential)
        self._bounds = Phrases(
            (tuple(words(phrase)), side)
            for side, phrases in (("<", questions.bound_before), (">", questions.bound_after))
            for phrase in phrases
        )
        self._kind_nouns = {
            fold(noun): kind for kind, nouns in questions.kind_nouns.items() for noun in nouns
        }
        self._person_nouns = frozenset(fold(n) for n in questions.kind_nouns.get("person", ()))
        self._clitics = frozenset(map(fold, knowledge.vocabulary.clitics))  # "la", "lo", "le"
        self._verb_clitics = frozenset(map(fold, knowledge.vocabulary.verb_clitics))
        # one-word fillers ("nomás", "just"): between "or" and its negation ("o nomás no")
        self._filler_words = frozenset(
            fold(w) for w in knowledge.vocabulary.fillers if " " not in w
        )
        self._verbs = frozenset(map(fold, knowledge.vocabulary.before_verbs))  # "escribio"
        # question words that never join clauses as a relative does ("cómo", "how")
        self._asking_only = (
            frozenset(fold(p) for p in questions.question_words if len(words(p)) == 1)
            - _RELATIVE_WORDS
            - _RELATIVE_TO_PEOPLE
            - _NOT_ASKING_ALONE
        )
        # nouns a relative "who" may follow: people's, and groups of people's ("the cartel
        # who did it")
        self._doer_nouns = self._person_nouns | frozenset(
            fold(n) for n in questions.kind_nouns.get("organisation", ())
        )
        self._not_before = frozenset(fold(word) for word in questions.not_before)
        self._kind_last = {
            fold(word): kind for kind, last in questions.kind_last.items() for word in last
        }
        self._thing_names = things_by_name(knowledge)
        self._open_classes = questions.open_classes
        self._refines = questions.refines
        self._outlet_verbs = frozenset(map(fold, questions.outlet_verbs))
        self._authored_by = frozenset(map(fold, questions.authored_by))
        self._linking = frozenset(map(fold, questions.linking))
        # the show's one-word names, which a work's name may be followed by ("la reseña
        # de Somos es de …")
        self._show_words = frozenset(
            word
            for phrase in knowledge.vocabulary.concepts.get(SHOW_CONCEPT, ())
            if len(found := words(phrase)) == 1
            for word in found
        ) - {"it"}
        self._owner_after = frozenset(map(fold, questions.owner_after))
        self._owner_before = frozenset(map(fold, questions.owner_before))
        self._openers = Phrases.of(questions.openers)
        self._opener_words = frozenset(fold(o) for o in questions.openers if " " not in o)
        # (longest first: "…, is that right?" ends with that tag, not just "right"; none
        # right after a question word: "and when doesn't it?" asks when)
        self._asking_words = frozenset(
            fold(p) for p in questions.question_words if len(words(p)) == 1
        )
        self._tags = sorted((tuple(words(tag)) for tag in questions.tags), key=len, reverse=True)
        self._tag_ends = frozenset(tag[-1] for tag in self._tags if tag)
        self._tag_set = frozenset(self._tags)
        self._or = frozenset(fold(w) for w in questions.or_words)
        # openers that hold a choice word of their own ("true or false", "cierto o falso")
        self._or_openers = [
            phrase for phrase in map(tuple, map(words, questions.openers)) if self._or & set(phrase)
        ]
        self._spellings = {fold(k): fold(v) for k, v in questions.spellings.items()}
        self._agents = questions.agents
        # verbs of saying ("says", "menciona"): a role or work beside one is who speaks
        self.speaking = frozenset(fold(word) for word in questions.speaking)
        self._question_words = Phrases.of(questions.question_words)
        # the one-word openings a question's verb may follow ("¿y qué dijo …?")
        self._opening_words = CONTINUING | {
            fold(word)
            for word in (*questions.question_words, *questions.question_openers)
            if " " not in word
        }
        self._question_openers = Phrases.of(questions.question_openers)
        self._anywhere = Phrases.of(questions.question_words_anywhere)
        self._to_others = Phrases.of(questions.to_others)
        self._requests = Phrases.of(questions.requests)
        self._request_nouns = Phrases.of(questions.request_nouns)
        self._complements = frozenset(questions.complements)
        self._copulas = frozenset(questions.copulas)
        self._doer_words = frozenset(questions.doers)
        self._deed_verbs = deed_verbs(questions.deeds)
        self._asks_of_you = frozenset(fold(w) for w in questions.asks_of_you)
        self._opposites: list[list[tuple[str, ...]]] = [
            [tuple(words(p)) for p in opposite.claim] for opposite in questions.opposites
        ]
        # Each opposite's one-word claims, and its longer ones with their longest word
        # first, so that most questions are ruled out at the first word.
        self._opposite_words = [
            (
                frozenset(phrase[0] for phrase in phrases if len(phrase) == 1),
                [tuple(sorted(p, key=len, reverse=True)) for p in phrases if len(p) > 1],
            )
            for phrases in self._opposites
        ]
        # the topic phrases of two joined halves ("pros and cons"): a half claims nothing
        self._topic_phrases = Phrases.of(joined_phrases(knowledge))
        # an agreement and an opposite with facts in common: a question making both claims
        # ("were the names of the real people changed?": "real names", "names changed")
        # names one side's words to claim the other's; the agreement says which
        self._clashes = [
            (i, j)
            for i, agree in enumerate(questions.opposites)
            for j, opposite in enumerate(questions.opposites)
            if agree.agrees
            and not opposite.agrees
            and {fold(f) for f in agree.facts} & {fold(f) for f in opposite.facts}
        ]
        # the opposites indexed: each one-word claim to its opposites, each longer claim
        # under the first letters of its longest word
        self._single_opposites: dict[str, list[int]] = {}
        self._multi_opposites: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for index, (singles, multis) in enumerate(self._opposite_words):
            for word in singles:
                self._single_opposites.setdefault(word, []).append(index)
            for phrase in multis:
                self._multi_opposites.setdefault(phrase[0][:4], []).append((index, phrase))
        # ... and the other forms of each one-word claim, where they are no claim of their
        # own ("confirmaron" claims what "confirmo" does)
        listed = set(self._single_opposites)
        for index, (singles, _) in enumerate(self._opposite_words):
            for word in singles:
                for form in forms(word) - listed:
                    found = self._single_opposites.setdefault(form, [])
                    if index not in found:
                        found.append(index)
        self._errata = _errata(knowledge)
        # (every word an erratum adds: a question with none repeats no error)
        self._errata_words = frozenset(word for added, _ in self._errata for word in added)
        # Each opposite's facts-side phrases: a question using the facts' own words
        # ("did it come out before the show?") claims what the facts say
        # (an [[agree]]'s facts side is its claim side: its claims already say it)
        self._facts_sides = [
            [] if opposite.agrees else [" ".join(words(p)) for p in opposite.facts]
            for opposite in questions.opposites
        ]
        # ... by first word: the opposites a question may claim the facts' side of
        self._facts_sides_from: dict[str, set[int]] = {}
        for index, phrases in enumerate(self._facts_sides):
            for phrase in phrases:
                self._facts_sides_from.setdefault(phrase.split()[0], set()).add(index)

        def entries(phrases: Iterable[str]) -> list[tuple[tuple[str, ...], str]]:
            return [(tuple(words(phrase)), "") for phrase in phrases]

        def labelled(table: Mapping[str, Iterable[str]]) -> list[tuple[tuple[str, ...], str]]:
            return [(tuple(words(p)), label) for label, phrases in table.items() for p in phrases]

        self._index = PhraseIndex(
            {
                "wants": [(tuple(key.split()), key) for key in self._kinds],
                "things": [(key, " ".join(key)) for key in self._thing_names],
                "roles": labelled(questions.roles),
                "narrowing": labelled(questions.narrowing),
                "mentions": labelled(questions.mentions),
                "question_words": entries(questions.question_words),
                "question_openers": entries(questions.question_openers),
                "openers": entries(questions.openers),
                "alone": entries(questions.alone),
                # Titles quoted in a question: their words are not the asker's ("did
                # she write 'How the U.S. Triggered a Massacre in Mexico'?").
                # Each work's title carries its author's credit: "wrote 'How the U.S. …'"
                # claims the article's authorship, as "wrote the article" does.
                "titles": _titles_with_credits(knowledge),
                # Filler phrases: a word of one claims no credit ("creo que salió en 2020":
                # "I think", not "creó", he created).
                "fillers": entries(p for p in knowledge.vocabulary.fillers if " " in p.strip()),
            }
        )
        self._months: dict[str, int] = {}
        for language in knowledge.languages.values():
            for number, name in enumerate(language.settings["months"], start=1):
                self._months[fold(name)] = number
                self._months.setdefault(fold(name)[:3], number)

    def is_question_word(self, word: str) -> bool:
        """Whether a word alone is a question word or opener ("whats", "que")."""
        return word in self._opening_words and word not in CONTINUING

    def respelt(self, tokens: Iterable[str]) -> list[str]:
        """The tokens with chat spellings as the words they stand for ("wat" -> "what").
        A spelling that is also a word for "or" is one only before a word it could not
        join ("make u cry" is "you"; Spanish "siete u ocho" joins, "u" before "o"/"ho")."""
        spellings = self._spellings
        said = list(tokens)
        if spellings.keys().isdisjoint(said):
            return said  # most questions: no chat spelling
        return [
            spellings.get(token, token)
            if token not in self._or or not said[at + 1 : at + 2] or not _joins_as_or(said[at + 1])
            else token
            for at, token in enumerate(said)
        ]

    def read(
        self, tokens: Sequence[str], counts_from: Sequence[str], question_mark: bool = False
    ) -> Form:
        """The form of `tokens` (the question as typed); `counts_from` is the same
        question with number words as digits ("six seasons" -> "6 season");
        `question_mark`: the clause ended with "?".
        """
        # (each table's hits looked at only when it has some: most tables have none)
        hits = self._index.scan(tokens)
        if "fillers" in hits and "roles" in hits:
            filling = {at for start, end, _ in hits["fillers"] for at in range(start, end)}
            roles = [hit for hit in hits["roles"] if hit[0] not in filling]
            hits = (
                {**hits, "roles": roles}
                if roles
                else {table: found for table, found in hits.items() if table != "roles"}
            )
        titles = hits.get("titles")
        quoted = {at for start, end, _ in titles for at in range(start, end)} if titles else set()
        if quoted:
            hits = {
                table: [hit for hit in found if table == "titles" or hit[0] not in quoted]
                for table, found in hits.items()
            }
        start = _after_chatter(tokens)
        found = hits.get("wants", [])
        if found and "roles" in hits:
            found = self._without_role_claimed(tokens, found, hits["roles"])
        # (an article that opens a phrase asking for a kind opens no yes/no: "¿y la fecha?")
        opens = (
            "openers" in hits
            and any(hit[0] == start for hit in hits["openers"])
            and not any(hit[0] == start for hit in found)
        )
        if opens:
            # "is the journalist who wrote it a Pulitzer winner?": after a yes/no opener,
            # "who" that follows a noun starts a relative clause, not a question;
            # "do you know who plays Irene?" still asks who.
            # ("ya voy en el cap 2 cómo se llama": a question word that is no relative one
            # still asks)
            # ("la fotografía destaca en qué capítulo?": one closing the question asks
            # in place, as a statement's last words)
            found = [
                f
                for f in found
                if f[0] == 0 or f[1] == len(tokens) or self._asks_in_place(tokens, f[0])
            ]
        if (found or "question_words" in hits) and not opens and self.ending_tag(tokens):
            # "the town where it all happens is in Coahuila, isn't it?", "the guy who
            # created it also directed it, right?": a statement closed by a yes/no tag;
            # a question word inside it starts a relative clause, not a question ("who
            # plays Irene, right?" still asks who, from the start)
            found = [f for f in found if f[0] == start or self._asks_in_place(tokens, f[0])]
            kept = [
                hit
                for hit in hits.get("question_words", ())
                if hit[0] == start or self._asks_in_place(tokens, hit[0])
            ]
            hits = {key: value for key, value in hits.items() if key != "question_words"}
            if kept:
                hits["question_words"] = kept
        if question_mark and len(tokens) > LATE_WORD and (found or "question_words" in hits):
            # Deep in a sentence, "when" / "cuando" joins clauses ("is it strongest when
            # it follows the DEA?", "¿brilla más cuando se enfoca en la DEA?"); a
            # question word asks at the start, at the very end, or after "know", "tell".
            named_ends = {end for _, end, _ in hits.get("things", ())}

            def asks_here(hit: tuple[int, int, str]) -> bool:
                at, end, _ = hit
                before = tokens[at - 1] if at else ""
                if at in named_ends and tokens[at] in _RELATIVE_WORDS:
                    return False  # "the Allende where the massacre happened": a relative
                if before in self._doer_nouns and tokens[at] in _RELATIVE_TO_PEOPLE:
                    return False  # "the journalist who wrote it won a Pulitzer?"
                return (
                    tokens[at] not in _JOINING_WORDS
                    or at <= start + LATE_WORD
                    or end == len(tokens)
                    or before in _ASKING_VERBS
                    or before in PREPOSITIONS
                )

            found = [hit for hit in found if asks_here(hit)]
            hits = {
                **hits,
                "question_words": [h for h in hits.get("question_words", ()) if asks_here(h)],
            }
            if not hits["question_words"]:
                del hits["question_words"]
        if len(found) > 1:
            found = self._without_named_kinds(tokens, found, start)
        asked: list[frozenset[str]] = []
        covered: set[int] = set()
        naming: dict[int, int] = {}  # where a phrase asking a name ends: its place in `asked`
        for at, end, phrase in found:
            kinds = self._kinds[phrase]
            if NAME_KIND in kinds:  # ("what's the name of the town?": a place's name)
                naming[end - 1] = len(asked)
            asked.append(kinds)
            covered.update(range(at, end))
        by_nouns, named_nouns = self._asked_by_nouns(tokens, covered, naming.keys())
        for end in named_nouns:
            # the name of a town is a town: what is asked is the noun's kind ("what's the
            # name of the episode where the massacre happens" wants one episode, which
            # the list of them all is not)
            asked[naming[end]] = asked[naming[end]] - {NAME_KIND}
        asked += by_nouns
        wants = frozenset().union(*asked)
        if PLACE_KIND in wants and not self._outlet_verbs.isdisjoint(tokens):
            wants = wants | {ORGANISATION_KIND}  # "where was the article published?"
        if not self._refines.keys().isdisjoint(wants):
            # "que día exacto, la fecha completa": a day, which a year alone does not give
            wants = wants - {self._refines[kind] for kind in wants if kind in self._refines}
        certain = frozenset().union(*[kinds for kinds in asked if len(kinds) == 1])
        named = hits.get("things", ())
        things = (
            tuple(dict.fromkeys(self._thing_names[tuple(tokens[at:end])] for at, end, _ in named))
            if named
            else ()
        )
        typed_digits = any(map(str.isdigit, tokens))
        years = (
            tuple(int(t) for t in tokens if len(t) == 4 and t.isdigit() and _YEAR.match(t))
            if typed_digits
            else ()
        )
        # (a name of three letters is a month only beside a day or after "in": "May 25",
        # "25 may", "in may"; not "may" the verb, "mar" the sea)
        months = (
            tuple(
                self._months[t]
                for i, t in enumerate(tokens)
                if t in self._months and (len(t) > 3 or _beside_day(tokens, i))
            )
            if not self._months.keys().isdisjoint(tokens)
            else ()
        )
        days = (
            tuple(
                int(t)
                for i, t in enumerate(tokens)
                if t.isdigit()
                and 1 <= int(t) <= 31
                and any(n in self._months for n in tokens[max(0, i - 2) : i + 3])
            )
            if months and typed_digits
            else ()
        )
        # (nothing to count without a number: a digit, or "one" after "more than")
        counting = any(map(str.isdigit, counts_from)) or not ONE_WORDS.isdisjoint(counts_from)
        # (a year's bound claims no order of the facts: "did it come out after 2020?")
        year_bounds, bounding = self._year_bounds(tokens, years) if years else ((), ())
        claiming = [t for at, t in enumerate(tokens) if at not in bounding] if bounding else tokens
        agreeing, negations = self._negated_opposites(claiming)
        # "low on blood and gore" holds "gore": the facts' words claim the facts' side
        opposites = self._opposites_in(claiming)
        if opposites and agreeing:
            opposites = tuple(i for i in opposites if i not in agreeing)
        has_question_word = (
            bool(wants)
            or "question_words" in hits
            or ("question_openers" in hits and any(h[0] == start for h in hits["question_openers"]))
        )
        # A sentence ending in "?" with no question word asks yes or no, in Spanish
        # above all ("el critico dice q es manipuladora?"); "cast?" is a topic.
        clitic_verb = bool(hits.get("roles")) and self._clitic_verb(tokens, hits["roles"])
        sentence = (
            question_mark
            and len(tokens) >= MIN_SENTENCE
            and not has_question_word
            and not (
                tokens[0] in CONTINUING
                and len(tokens) <= SHORT_FOLLOW_UP
                and not clitic_verb
                and self._copulas.isdisjoint(tokens[1:COPULA_REACH])
                and self._verb_clitics.isdisjoint(tokens)  # ("¿y le gustó al crítico?")
            )  # "and the one after it?" (but "¿y también la escribió?", "¿y también es
            # el director?" ask yes or no)
        )
        if sentence and "things" in hits:
            # ("the source article?": a name alone, however many words, is a topic)
            in_names = {at for start, end, _ in hits["things"] for at in range(start, end)}
            sentence = any(
                at not in in_names and token not in ARTICLES for at, token in enumerate(tokens)
            )
        asked_yes_no = not wants and (sentence or opens or self._asks_if_or_tags(tokens))
        choices = (
            [
                t
                for at, t in enumerate(tokens[:-1])
                if at
                and t in self._or
                and at not in quoted
                # "…, or nah?", "… o algo así, no?" ask yes or no (a tag, or two)
                and not any(
                    tuple(tokens[at : at + n]) in self._tag_set
                    and (at + n == len(tokens) or tuple(tokens[at + n :]) in self._tag_set)
                    for n in TAG_LENGTHS
                )
                # ("¿la canceló o nomás no dicen nada?", "is it out or not yet?": the other
                # side of the same yes or no, not a second value offered; "o ni al caso"
                # is no such side: "ni" there only dismisses)
                and not self._negates_after_or(tokens, at)
            ]
            if not self._or.isdisjoint(tokens)
            else []
        )
        if choices and any(has_phrase(tokens, opener) for opener in self._or_openers):
            choices = choices[1:]
        roles = hits.get("roles", ())
        form = Form(
            wants=wants,
            certain_wants=certain,
            yes_no=asked_yes_no,
            asked_yes_no=asked_yes_no,
            either_or=bool(choices) and (asked_yes_no or not wants),
            things=things,
            years=years,
            year_bounds=year_bounds,
            months=months,
            days=days,
            counts=tuple(_counts(counts_from)) if counting else (),
            numbers=_loose_numbers(counts_from, years, days) if counting else (),
            opposites=opposites,
            agreeing=agreeing,
            claim_words=self._claim_words(tokens, negations, things, roles),
            repeats_error=self._repeats_error(counts_from),
            completes=self._completes(tokens, named) if named else "",
            deeds=self._deeds(tokens, named) if named else (),
            agent_at=tuple(
                end + 1
                for _, end, _ in roles
                if end + 1 < len(tokens) and tokens[end] in self._agents
            )
            if roles
            else (),
            roles=(_claimed_roles(hits, tokens, self.speaking) if roles else frozenset())
            | self._authored(tokens, hits.get("narrowing", ())),
            speakers=self._speakers(tokens, roles) if roles else frozenset(),
            clitic_verb=clitic_verb,
            alone=bool(hits.get("alone")),
            owned=any(self._owned(tokens, at, end) for at, end, _ in named),
            existential=bool(named) and self._existential.within(tokens),
            mentions=frozenset(label for _, _, label in hits["mentions"])
            if "mentions" in hits
            else frozenset(),
            asks=has_question_word,
            question_mark=question_mark,
            tokens=tuple(tokens),
            long_wants=bool(found) and any(end - start > 1 for start, end, _ in found),
        )
        # A statement with a claim and no question word asks whether it holds
        # ("so there are 6 seasons??", "el articulo es de 2011?").
        if not asked_yes_no and not form.asks and form.claims_without_asking:
            return replace(form, yes_no=True)
        return form

    def _asks_in_place(self, tokens: Sequence[str], at: int) -> bool:
        """Whether the question word at `at` asks where it stands, inside a sentence:
        after a verb of asking ("do you know who plays Irene?"), or being a word that
        only ever asks."""
        return (at > 0 and tokens[at - 1] in _ASKING_VERBS) or tokens[at] in self._asking_only

    def _negates_after_or(self, tokens: Sequence[str], at: int) -> bool:
        """Whether "or" at `at` opens the other side of one yes or no: a negation right
        after it, or after a filler ("or not yet", "o nomás no dicen nada"; not "or HBO,
        not sure", nor "o ni al caso", where "ni" only dismisses)."""
        denying = NEGATING - NOR
        after = tokens[at + 1 : at + 3]
        if after and after[0] in self._filler_words and after[0] not in denying:
            after = after[1:]
        return bool(after) and after[0] in denying

    def _without_role_claimed(
        self,
        tokens: Sequence[str],
        found: list[tuple[int, int, str]],
        roles: Sequence[tuple[int, int, str]],
    ) -> list[tuple[int, int, str]]:
        """The phrases asking for a kind, but for a role's ("the director of") said of
        someone named before a copula: "Ginger Thompson is the director of the series,
        yes?" claims the role for her; "who is the director of the series?" asks it."""
        starts = {start for start, _, _ in roles}
        kept = []
        for hit in found:
            at = hit[0]
            before = at - 1 if at and tokens[at - 1] in ARTICLES else at
            claimed = (
                at in starts
                and before >= 2
                and tokens[before - 1] in self._copulas
                and not self._question_words.within(tokens[: before - 1])
            )
            if not claimed:
                kept.append(hit)
        return kept

    def _clitic_verb(self, tokens: Sequence[str], roles: Sequence[tuple[int, int, str]]) -> bool:
        """Whether a role word that is a verb ([followups] before_verbs) stands after an
        object pronoun ("¿y también la escribió?"; not "¿y la directora?", "¿y la
        fotografía?", where "la" is an article)."""
        return any(
            start and tokens[start - 1] in self._clitics and tokens[start] in self._verbs
            for start, _, _ in roles
        )

    def _speakers(
        self, tokens: Sequence[str], roles: Sequence[tuple[int, int, str]]
    ) -> frozenset[str]:
        """The credits of role words naming who speaks or whose thing it is: one right
        before a verb of saying ("did the critic say …", "what did the director say?")
        or a possessive ("the director's post"), or one right after a question's
        opening verb of saying and an article ("¿qué dijo el director?", "que opina el
        critico"), not one it says something of ("what did the review say the director
        did?")."""
        if self.speaking.isdisjoint(tokens) and POSSESSIVE not in tokens:
            return frozenset()  # most questions: no verb of saying, nobody's thing
        speakers: set[str] = set()
        for start, end, credit in roles:
            if self.speaking.intersection(tokens[end : end + 1]) or (
                tokens[end : end + 1] == [POSSESSIVE] and end + 1 < len(tokens)
            ):  # ("what blog was the director's post on?": his)
                speakers.add(credit)
                continue
            for verb_at in (start - 1, start - 2):
                opening = tokens[:verb_at]
                if (
                    verb_at >= 0
                    and tokens[verb_at] in self.speaking
                    and len(opening) <= 2
                    and self._opening_words.issuperset(opening)
                ):
                    speakers.add(credit)
        return frozenset(speakers)

    def _year_bounds(
        self, tokens: Sequence[str], years: Sequence[int]
    ) -> tuple[tuple[tuple[int, str], ...], tuple[int, ...]]:
        """The years said as a bound ([spans] before and after): "before 2022", "antes
        del 2022", "after the year 2020" (a year at most two words after the bound); and
        where the bounds' words are."""
        bounds, where = [], []
        for start, end, side in self._bounds.find(tokens):
            for token in tokens[end : end + 3]:
                if token.isdigit() and int(token) in years:
                    bounds.append((int(token), side))
                    where += range(start, end)
                    break
        return tuple(bounds), tuple(where)

    @staticmethod
    def _claim_words(
        tokens: Sequence[str],
        negations: frozenset[str],
        things: Sequence[Thing],
        roles: Sequence[tuple[int, int, str]],
    ) -> frozenset[str]:
        """The words that make a question's claims: its negations, the names of the
        things it names and its role words."""
        if not things and not roles:
            return negations  # most questions: nothing named, no role
        return (
            negations
            | frozenset(word for thing in things for name in thing.names for word in name.split())
            | {word for start, end, _ in roles for word in tokens[start:end]}
        )

    def _without_named_kinds(
        self, tokens: Sequence[str], found: list[tuple[int, int, str]], start: int
    ) -> list[tuple[int, int, str]]:
        """The phrases asking for a kind, but for a kind's noun inside a thing named
        after a question word that opens the question ("who wrote the season 2 release
        date article?": who, not a date); one right after an asking word still asks
        ("who wrote it, and in what year?"), and so does a phrase a preposition opens
        ("who is Irene in the story?": what she is)."""
        if not any(at == start and self._question_words.at(tokens, at) for at, _, _ in found):
            return found
        return [
            (at, end, phrase)
            for at, end, phrase in found
            if tokens[at] in PREPOSITIONS
            or self._question_words.at(tokens, at)
            or self._asking.intersection(tokens[max(0, at - NOUN_REACH) : at])
        ]

    def _asked_by_nouns(
        self, tokens: Sequence[str], covered: set[int], naming: Collection[int]
    ) -> tuple[list[frozenset[str]], set[int]]:
        """Kinds named by a noun a few words after a question word ("which US agency")
        or a phrase asking for a name (`naming`: where one ends, "the name of the
        town"), or by the last word of a question a question word opens ("what's she
        like?"); a noun inside a phrase that asks for a kind (`covered`: "what date") is
        that phrase's. With them, the ends of the phrases in `naming` a noun follows."""
        asked = []
        named: set[int] = set()
        last = self._kind_last.get(tokens[-1]) if len(tokens) > 2 else None
        if last and tokens[_after_chatter(tokens)] in self._asking:
            asked.append(frozenset({last}))
        if self._kind_nouns.keys().isdisjoint(tokens):
            return asked, named  # most questions: no such noun
        for index, token in enumerate(tokens):
            kind = None if index in covered else self._kind_nouns.get(token)
            if not kind:
                continue
            if kind == NAME_KIND and index and tokens[index - 1] in self._kind_nouns:
                continue  # ("whats the cartel name": the cartel's, an organisation)
            following = tokens[index + 1 : index + 2]
            if following and following[0] in self._not_before:
                continue
            reach = range(max(0, index - NOUN_REACH), index)
            naming_here = [end for end in naming if end in reach]
            if self._asking.intersection(tokens[reach.start : index]) or naming_here:
                asked.append(frozenset({kind}))
                named.update(naming_here)
        return asked, named

    def claim_words(self, form: Form) -> frozenset[str]:
        """The words of the claims a question makes that the facts can answer ("is it
        set in some huge city?": "huge", "city"; "…in the state of Chihuahua?"): understood,
        though no topic's."""
        opposed = (word for index in form.opposites for p in self._opposites[index] for word in p)
        named = (word for thing in form.things for name in thing.names for word in name.split())
        return frozenset((*opposed, *named))

    def _opposites_in(self, tokens: Sequence[str]) -> tuple[int, ...]:
        found: set[int] = set()
        singles = self._single_opposites
        inside: set[int] | None = None
        claimed = not singles.keys().isdisjoint(tokens)  # (most questions: no such word)
        for at, token in enumerate(tokens if claimed else ()):
            # "non-professionals" claims what "untrained" says, not its opposite
            if token in singles and not (at and tokens[at - 1] in TURNING):
                if inside is None:  # a word of a longer topic phrase claims nothing
                    inside = {
                        i
                        for start, end in self._topic_phrases.positions(tokens)
                        for i in range(start, end)
                    }
                if at not in inside:  # ("pros and cons?" says nothing of professionals)
                    found.update(singles[token])
        forms: WordForms | None = None
        prefixes = {t[:4] for t in tokens}
        for prefix in self._multi_opposites.keys() & prefixes:
            for index, phrase in self._multi_opposites[prefix]:
                # (a word in some form starts with the first four letters of a question's
                # word: a cheap test that rules out most phrases before WordForms is built)
                if index in found or not all(word[:4] in prefixes for word in phrase):
                    continue
                forms = forms or WordForms(tokens)
                if all(forms.holds(word) for word in phrase):
                    found.add(index)
        for agree, opposite in self._clashes if len(found) > 1 else ():
            if agree in found:
                found.discard(opposite)
        return tuple(sorted(found)) if found else ()

    def _negated_opposites(self, tokens: Sequence[str]) -> tuple[tuple[int, ...], frozenset[str]]:
        """Opposites whose facts' side the question claims: in the facts' own words
        ("was the blog post before the premiere?"), or the other side negated
        ("non-professionals", "not famous"); and the negation words that did it."""
        found, negations = [], set()
        sides = self._facts_sides_from
        candidates = (
            {index for token in tokens for index in sides.get(token, ())}
            if not sides.keys().isdisjoint(tokens)  # (most questions: none of their words)
            else ()
        )
        if candidates:
            said = f" {' '.join(tokens)} "
            for index in sorted(candidates):
                for phrase in self._facts_sides[index]:
                    at = said.find(f" {phrase} ")
                    before = said[:at].split()[-1:] if at > 0 else []
                    if at >= 0 and not TURNING.intersection(before):
                        found.append(index)
                        break
        if TURNING.isdisjoint(tokens):
            return tuple(dict.fromkeys(found)), frozenset()  # most questions: no negation
        for at, token in enumerate(tokens):
            # ("not trained", "aren't trained": what "untrained" says; "no son actores
            # profesionales", "no tiene formación profesional": a few words apart, with
            # no other clause or claim between)
            if not at or token not in self._single_opposites:
                continue
            for back in range(at - 1, max(-1, at - 1 - NEGATION_REACH), -1):
                before = tokens[back]
                if before in TURNING and back == 0 and back < at - 1:
                    break  # ("aren't they professional actors?", "¿no son actores …?": the
                    # question's negation, which expects a yes, not the claim's)
                if before in TURNING:
                    found.extend(self._single_opposites[token])
                    negations.add(before)
                    break
                if (
                    before in CONTINUING
                    or before in _RELATIVE_WORDS
                    or before in self._clitics  # ("¿no la cancelaron?" negates the verb)
                    or before in self._single_opposites
                ):
                    break
        return tuple(dict.fromkeys(found)), frozenset(negations)

    def addressing(self, form: Form) -> Addressing:
        """Whether a message reads surely as a question, talks to other people, or asks
        with a word of request: what unaddressed mode needs, worked out only there."""
        tokens = form.tokens
        return Addressing(
            sure_question=form.question_mark
            or form.long_wants  # "que cartel", "what year"
            or self._starts_with_question_word(tokens)
            or self.clearly_asks(tokens),
            to_others=self._talks_to_others(tokens),
            requests=self._requests.within(tokens),
            names_wanted=self._names_wanted(tokens),
        )

    def asks(self, form: Form) -> bool:
        """Whether a clause asks (a "?", a question word, a clear opener, a request or a
        closing yes/no tag): what a clause beside others needs, without the rest of
        `addressing`."""
        tokens = form.tokens
        return (
            form.question_mark
            or form.long_wants
            or self._starts_with_question_word(tokens)
            or self.clearly_asks(tokens)
            or self._requests_in(tokens)
            or self._ends_with_tag(tokens)
        )

    def opens_request(self, tokens: Sequence[str]) -> bool:
        return self._question_openers.at(tokens, 0) is not None

    def _repeats_error(self, tokens: Sequence[str]) -> bool:
        """Whether the question repeats a source's error ("is episode 1 called Álvaro?",
        "¿el primer capítulo se llama Álvaro?"): it holds the words the error adds, next
        to words of the error's context (`tokens` with number words as digits).
        """
        if self._errata_words.isdisjoint(tokens):
            return False  # most questions: no error's added word at all
        present = set(tokens)
        repeated = [context for added, context in self._errata if added <= present]
        if not repeated:
            return False  # (some of an error's added words, not all)
        plain = {_plain(token) for token in tokens}
        return any(len(context & plain) >= 2 for context in repeated)

    def _talks_to_others(self, tokens: Sequence[str]) -> bool:
        """ "did you finish it?" talks to other fans; "can you tell me…", "6 u 8" do not."""
        for _, end in self._to_others.positions(tokens):
            after = tokens[end : end + 2]
            if self._asks_of_you.intersection(after) or (after[:1] and after[0].isdigit()):
                continue
            return True
        return False

    def _starts_with_question_word(self, tokens: Sequence[str]) -> bool:
        """ "what is episode 1 called" and "the lazy herd is ep what" ask; "the parts
        where it shines" does not."""
        start = _after_chatter(tokens)
        if self._anywhere.within(tokens):
            return True
        opening = tokens[start : start + 2]
        if opening[:1] and opening[0] in SUBORDINATING and opening[1:] and opening[1] in ARTICLES:
            return False  # "when the DEA guy says it's under control: 🤡" tells, not asks
        if tokens[start : start + 1] and tokens[start] in PREPOSITIONS:
            start += 1  # "de quién hace?", "in which episode"
        return self._question_words.at(tokens, start) is not None or self._question_words.ends(
            tokens
        )

    def clearly_asks(self, tokens: Sequence[str]) -> bool:
        """A yes/no opener that is not also an article or pronoun ("is", "did", "hay";
        not "la", "se"). A tag asks only with its "?" ("so yeah" tells)."""
        start = _after_chatter(tokens)
        first = tuple(tokens[start : start + 1])
        return bool(first) and first[0] not in WEAK_OPENERS and self.opens_yes_no(tokens)

    def _authored(
        self, tokens: Sequence[str], works: Sequence[tuple[int, int, str]]
    ) -> frozenset[str]:
        """The authors' credits claimed by naming who a work is by ("is the review by
        James Schamus?", "¿la reseña también es de él?"): after a linking verb, the
        work's name, "by" or "de" and a name (not "la reseña de la serie")."""
        found: set[str] = set()
        for _, end, credit in works:
            at = end
            # (past the show it is of: "the review of the show is by …")
            if at < len(tokens) and tokens[at] in self._complements:
                named = at + 2 if at + 1 < len(tokens) and tokens[at + 1] in ARTICLES else at + 1
                if named < len(tokens) and tokens[named] in self._show_words:
                    at = named + 1
            while at < len(tokens) and tokens[at] in self._linking:
                at += 1
            linked = not self._copulas.isdisjoint(tokens[:at])
            if (
                linked
                and at + 1 < len(tokens)
                and tokens[at] in self._authored_by
                and tokens[at + 1] not in ARTICLES
                and not tokens[at + 1].isdigit()  # "was the article from 2017?"
            ):
                found.add(credit)
        return frozenset(found)

    def _owned(self, tokens: Sequence[str], at: int, end: int) -> bool:
        """Whether the thing named at `at:end`, of a class a show may be in several of,
        is named as whose the show is ("an HBO show", "¿es de Amazon?"), not only where
        it may be too ("is it on HBO?")."""
        if self._thing_names[tuple(tokens[at:end])].label not in self._open_classes:
            return False
        after = tokens[end] if end < len(tokens) else ""
        return after in self._owner_after or (at > 0 and tokens[at - 1] in self._owner_before)

    def _completes(self, tokens: Sequence[str], things: Sequence[tuple[int, int, str]]) -> str:
        """ "what's he the manager of?", "armando silva es gerente de qué?", "¿de qué es
        gerente?": the thing named and the preposition whose object is asked for."""
        for start, end, _ in things:
            after = tokens[end : end + 2]
            # "the manager of?" (the clause ends), "gerente de qué" ("what" follows, and
            # ends it but for a copula: "… de qué año es" asks which year, not "of what")
            opener = self._question_openers.at(tokens, end + 1) if len(after) == 2 else None
            ending = opener is not None and all(
                t in self._copulas for t in tokens[end + 1 + opener[0] :]
            )
            if after and after[0] in self._complements and (len(after) == 1 or ending):
                return " ".join([*tokens[start:end], after[0]])
            # "de qué es gerente": the preposition and "what" open it, the thing follows
            # its copula
            opens = start == 3 and tokens[0] in self._complements and tokens[2] in self._copulas
            if opens and self._question_openers.at(tokens, 1) is not None:
                return " ".join([*tokens[start:end], tokens[0]])
        return ""

    def _deeds(
        self, tokens: Sequence[str], things: Sequence[tuple[int, int, str]]
    ) -> tuple[tuple[Thing, tuple[str, ...]], ...]:
        """ "was it carried out by the DEA?" (the deed before "by") and "the DEA carried
        out the massacre" (the deed after the doer): the words the deed is said in, up to
        DEED_WORDS of them, whose runs `deed_forms` tries. (Only a thing with a word of
        letters there has a deed: no run of the others is one.)"""
        deeds = []
        for start, end, _ in things:
            thing = self._thing_names[tuple(tokens[start:end])]
            before = start
            while before > 0 and tokens[before - 1] in ARTICLES:
                before -= 1
            if before > 1 and tokens[before - 1] in self._doer_words:
                done = tokens[max(0, before - DEED_WORDS - 1) : before - 1]
            else:
                done = tokens[end : end + DEED_WORDS]
                if not any(tuple(done[:size]) in self._deed_verbs for size in (1, 2, 3)):
                    # ... or the deed before its doer, as Spanish puts it ("la
                    # hicieron los de la DEA"), not a yes/no question's auxiliary ("did
                    # the DEA make it happen?")
                    earlier = tokens[max(0, before - DEED_WORDS) : before]
                    done = [*(t for t in earlier if t not in self._opener_words), *done]
            if any(map(str.isalpha, done)):
                deeds.append((thing, tuple(done)))
        return tuple(deeds)

    def _requests_in(self, tokens: Sequence[str]) -> bool:
        """A word of request anywhere, or a noun of request in a terse message."""
        return self._requests.within(tokens) or self._names_wanted(tokens)

    def _names_wanted(self, tokens: Sequence[str]) -> bool:
        """A noun of request in a terse message ("ep 6 title")."""
        return len(tokens) <= TERSE_WORDS and self._request_nouns.within(tokens)

    def holds_opener(self, tokens: Sequence[str]) -> bool:
        return self._openers.within(tokens)

    def opens_yes_no(self, tokens: Sequence[str]) -> bool:
        return self._openers.at(tokens, _after_chatter(tokens)) is not None

    def _asks_if_or_tags(self, tokens: Sequence[str]) -> bool:
        """ "anyone know if it's on Netflix", "…, right?" """
        if not _ASKING_IF.isdisjoint(tokens) and any(
            a in _ASKING_IF and b in _IF for a, b in itertools.pairwise(tokens)
        ):
            return True
        return self._ends_with_tag(tokens)

    def _ends_with_tag(self, tokens: Sequence[str]) -> bool:
        return bool(self.ending_tag(tokens))

    def ending_tag(self, tokens: Sequence[str]) -> tuple[str, ...]:
        """The yes/no tag ending the words ("…, right?", "…, verdad?", "… o que"); none
        in "gente de verdad"."""
        if not tokens or tokens[-1] not in self._tag_ends:
            return ()
        for tag in self._tags:
            size = len(tag)
            ends = len(tokens) > size and tuple(tokens[-size:]) == tag
            before = tokens[-size - 1] if ends else ""
            if ends and before not in NOT_BEFORE_TAG and before not in self._asking_words:
                return tag
        return ()


def _joins_as_or(word: str) -> bool:
    """Whether Spanish would write "u" for "o" ("or") before the word: one that starts
    with the sound "o" ("ocho", "hoy", "8", "11"); or whether the "u" is an initial
    ("the U.S.": a letter follows it)."""
    return word.startswith(("o", "ho", "8", "11")) or len(word) == 1


def _claimed_roles(
    hits: Mapping[str, list[tuple[int, int, str]]],
    tokens: Sequence[str],
    speaking: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The credits the question's role words claim; a writing role next to a work's
    name is that work's author ("wrote the review": the reviewer). A role word after
    a number counts things ("3 out of 5 stars"), it gives no one a part; one before a
    verb of saying is who speaks ("did the critic say …").
    """
    if not hits.get("roles"):
        return frozenset()  # most questions: no role word at all
    roles = {
        credit
        for start, end, credit in hits.get("roles", ())
        if not (start and tokens[start - 1].isdigit())
        and not speaking.intersection(tokens[end : end + 1])
    }
    works = [hit for hit in [*hits.get("narrowing", ()), *hits.get("titles", ())] if hit[2]]
    if not works or not roles & {WRITER, INVOLVED_CREDIT}:
        return frozenset(roles)
    # "wrote the review", "worked on the review", "the article's writer": the work's
    # author; each writing role by the work named next to it, so that "did the
    # journalist who wrote the article also write the show?" still claims a writer
    kept: set[str] = set()
    # (a work's whole name, "el artículo original", before "lo escribió")
    named_to = {at: end for at, end, _ in hits.get("things", ())}
    for start, end, credit in hits["roles"]:
        if credit not in (WRITER, INVOLVED_CREDIT):
            continue
        near = [
            work
            for at, stop, work in works
            if 0 <= at - end < _WORK_REACH
            or (
                0 <= start - (whole := named_to.get(at, stop)) <= _WORK_BEFORE
                and _OBJECT_CLITICS.issuperset(tokens[whole:start])
            )
        ]
        if near:
            roles |= set(near)
        else:
            kept.add(credit)
    return frozenset((roles - {WRITER, INVOLVED_CREDIT}) | kept)


def joined_phrases(knowledge: Knowledge) -> list[str]:
    """The vocabulary's topic phrases of two halves joined by "and" ("pros and cons",
    "lo bueno y lo malo"): one topic, split by no question and claiming no half."""
    return [
        phrase
        for phrases in knowledge.vocabulary.concepts.values()
        for phrase in phrases
        if CONTINUING.intersection(words(phrase)[1:-1])
    ]


def known_titles(knowledge: Knowledge) -> list[tuple[str, str | None]]:
    """Every title a question may quote, with its author where the sources name one:
    the source article's, the review's headline, the sources' own, each episode's."""
    facts = knowledge.facts
    show = facts["show"]["title"]
    sources = [(source.title, source.author) for source in knowledge.sources.values()]
    # a source's title that opens with the show's name is quoted without it too
    # ("the 'Season 2: Release date, Cast, and Plot' article")
    shorter = [
        (title[len(show) :].strip(), author)
        for title, author in sources
        if title.startswith(show) and title[len(show) :].strip()
    ]
    return [
        (facts["source_article"]["title"], facts["source_article"]["author"]),
        (facts["review"]["headline"], facts["review"]["author"]),
        *sources,
        *shorter,
        *((episode.title, None) for episode in knowledge.episodes),
    ]


def _titles_with_credits(knowledge: Knowledge) -> list[tuple[tuple[str, ...], str]]:
    """Each title's words, with its author's credits (one entry per credit; "" for a
    title without an author, an episode's)."""
    credits_of = {fold(person.name): person.credits for person in knowledge.people}
    return [
        (tuple(words(title)), credit)
        for title, author in known_titles(knowledge)
        for credit in (credits_of.get(fold(author), ("",)) if author else ("",))
    ]


def _after_chatter(tokens: Sequence[str]) -> int:
    """Where the question starts, after "so", "wait", "oigan" and the like."""
    start = 0
    while start < len(tokens) - 1 and tokens[start] in OPENING_CHATTER:
        start += 1
    return start


def _errata(knowledge: Knowledge) -> list[tuple[frozenset[str], frozenset[str]]]:
    """For each erratum that adds a wrong word: (the added words, the rest of its words).

    A typo's fix ("release" -> "released") or a respelling adds no new word, so it is
    no claim: only words of the wrong reading that no right word begins with count.
    """
    common = {w for phrase in knowledge.vocabulary.fillers for w in words(phrase)}
    found = []
    for source in knowledge.sources.values():
        for wrong, right in source.errata:
            wrong_words, right_words = set(words(wrong)), set(words(right))
            added = {
                w
                for w in wrong_words - right_words - common
                if not any(r.startswith(w[:STEM]) for r in right_words)
            }
            if added:
                context = frozenset(_plain(w) for w in wrong_words - added)
                found.append((frozenset(added), context))
    return found


def _beside_day(tokens: Sequence[str], at: int) -> bool:
    """Whether a day of a month (1 to 31, in digits) stands right before or after `at`,
    or a word that only a date follows ("in May", "since may")."""
    if at and tokens[at - 1] in _BEFORE_MONTH:
        return True
    near = (*tokens[max(0, at - 1) : at], *tokens[at + 1 : at + 2])
    return any(t.isdigit() and 1 <= int(t) <= 31 for t in near)


def _plain(word: str) -> str:
    """A word as an erratum's context is compared: "#1" and "1" alike, and every noun
    for an episode or a season as one ("el primer capítulo" is "episode 1")."""
    return _counts_noun(word) or word.lstrip("#")


AS_OF = "as_of"  # a time-sensitive fact's date: when its source said it


def _counts_noun(word: str) -> str | None:
    """What `word` counts ("episode_count" for "episodes", "caps"), if anything."""
    for stem, name in _COUNT_NOUNS.items():
        if word.startswith(stem[:4]) or word in _SPANISH_NOUNS.get(stem, ()):
            return name
    return None


def _loose_numbers(
    tokens: Sequence[str], years: Sequence[int], days: Sequence[int]
) -> tuple[int, ...]:
    """Numbers a question names that are no year, day, count, episode or season ("did
    the reviewer give it 3 out of 5 stars?"): a claim the facts must hold to confirm.
    """
    found = []
    for index, token in enumerate(tokens):
        if not token.isdigit() or int(token) in years or int(token) in days:
            continue
        beside = [*tokens[max(0, index - 1) : index], *tokens[index + 1 : index + 2]]
        if not any(_counts_noun(word) for word in beside):
            found.append(int(token))
    return tuple(found)


def _counts(tokens: Sequence[str]) -> list[tuple[int, str, str]]:
    """Counts before a noun: "6 seasons", "5 episodes", "more than 1 season" (the
    matcher's tokens: digits), each with how the facts' count must compare to it."""
    found = []
    for index, token in enumerate(tokens[:-1]):
        if token not in ONE_WORDS and not token.isdigit():
            continue  # (most words: no number, and no "one" after a comparison)
        compare = comparison_before(tokens, index)
        if token in ONE_WORDS and compare != "=":
            token = "1"  # "más de una temporada": "una" after a comparison is a number
        if not token.isdigit():
            continue
        if index and _counts_noun(tokens[index - 1]):
            continue  # "season 1 episode 1": a season's number, counting nothing
        if index and tokens[index - 1] in RUN_ENDS:
            continue  # "the first 3 episodes": which ones, not how many
        if int(token) < 100:
            name = _counts_noun(tokens[index + 1])
            if name:
                found.append((int(token), name, compare))
    return found


ONE_WORDS = frozenset({"one", "un", "una", "uno"})  # "one" as a count: "más de una temporada"
SHOW_CONCEPT = "show"  # words naming the show itself ("Somos", "the series")
# The ends of the episode list a run of them starts from ("the first 3", "the last 2"),
# as the matcher writes them.
RUN_ENDS = frozenset({"#1", "#last"})


# Words before a count that compare ("more than one season", "menos de 6 capítulos")
_COMPARING = (
    (("more", "than"), ">"), (("over",), ">"), (("mas", "de"), ">"),
    (("less", "than"), "<"), (("fewer", "than"), "<"), (("under",), "<"),
    (("menos", "de"), "<"), (("at", "least"), ">="), (("al", "menos"), ">="),
    (("por", "lo", "menos"), ">="), (("at", "most"), "<="), (("como", "mucho"), "<="),
)  # fmt: skip


def comparison_before(tokens: Sequence[str], index: int) -> str:
    """How the words before `index` compare the number there ("more than 5": ">"), or
    "=" for none."""
    before = tuple(tokens[max(0, index - 3) : index])
    return next((op for words, op in _COMPARING if before[-len(words) :] == words), "=")


def compared(value: float, op: str, claimed: float) -> bool:
    """Whether `value` compares with `claimed` as `op` ("=", ">", "<", ">=", "<=") says."""
    return _COMPARED[op](value, claimed)


_COMPARED = {
    "=": operator.eq,
    ">": operator.gt,
    "<": operator.lt,
    ">=": operator.ge,
    "<=": operator.le,
}


_SPANISH_NOUNS = {
    "episode": ("capitulo", "capitulos", "caps", "cap", "eps", "ep", "episodios", "episodio"),
    "season": ("temporada", "temporadas", "temp"),
}


@dataclass(frozen=True)
class Evidence:
    """What one intent's answer states, to check claims against."""

    text: str  # folded words of the facts and the reply, space-separated and padded
    years: frozenset[int]
    months: frozenset[int]
    days: frozenset[int]
    structured: bool  # whether the dates came from fact tables (not the reply's words)
    stated: frozenset[int] = frozenset()  # the numbers the fact tables state
    said: str = ""  # folded words of the reply alone, padded: what the answer says

    @functools.cached_property
    def numbers(self) -> frozenset[int]:
        """Every number the facts and the reply state (worked out when a claim needs it)."""
        return self.stated | {int(t) for t in self.text.split() if t.isdigit()}

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The words of `text`, for other forms of them (worked out when needed)."""
        return frozenset(self.text.split())


class Checker:
    """Weighs a question's claims against the facts one intent answers with."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._knowledge = knowledge
        questions = knowledge.questions
        self._deed_verbs = deed_verbs(questions.deeds)
        things_by_class: dict[str, list[Thing]] = {}
        for thing in dict.fromkeys(things_by_name(knowledge).values()):
            things_by_class.setdefault(thing.label, []).append(thing)
        # Each thing's rivals: the others of its class that share none of its names (so
        # not the thing itself): facts that name a rival deny the thing.
        self._rivals = {
            thing: [other for other in others if not _overlaps(other, thing)]
            for others in things_by_class.values()
            for thing in others
        }
        # ... and the first words of their names: facts whose words hold none of them
        # name no rival (one test of a set, before each name is looked for in the text)
        self._rival_words = {
            thing: frozenset(name.split(" ")[0] for other in others for name in other.names)
            for thing, others in self._rivals.items()
        }
        self._opposites = [
            (
                [" ".join(words(p)) for p in opposite.claim],
                [" ".join(words(p)) for p in opposite.facts],
                opposite.agrees,
            )
            for opposite in questions.opposites
        ]
        self._open_classes = questions.open_classes
        # the claims no fact ever settles ("is the reviewer a woman?"): nobody's gender
        self._unsettled = frozenset(
            index for index, opposite in enumerate(questions.opposites) if not opposite.facts
        )
        self._doer_words = tuple(questions.doers)  # in file order: no hash order
        self._credits = [frozenset(person.credits) for person in knowledge.people]
        self._involved_credits = questions.involved_credits
        self._crew_credits = frozenset(questions.involved_credits) - PART_CREDITS
        self._additive = frozenset(map(fold, questions.additive))
        self._facts_of: dict[tuple[str, int], Evidence] = {}
        self._evidence_of: dict[tuple[str, int, str], Evidence] = {}
        show = knowledge.facts["show"]
        self._counts = {
            "episode_count": show["episode_count"],
            "season_count": show["season_count"],
        }
        everything: list[str] = []
        for code in knowledge.languages:
            local = knowledge.in_language(code)
            for fact in local.facts.values():
                _flatten(dict(fact.values), everything, [], [])
            everything += [e.title for e in local.episodes]
            everything += [
                f"{m.actor} {m.character or ''} {m.description or ''}" for m in local.cast
            ]
            everything += [p.name for p in local.people]
            everything += [f"{s.kind} {s.title} {s.label}" for s in local.sources.values()]
        self._known_text = f" {' '.join(words(' '.join(everything)))} "
        self._held: dict[tuple[str, ...], bool] = {}  # off_ground's finds, by thing's names
        # What the show is, in every language ("the Netflix limited series Somos."): a
        # thing of these describes the show, whatever the answer is about
        identity: list[str] = []
        for code in knowledge.languages:
            show = knowledge.in_language(code).facts[SHOW_TABLE].values
            _flatten({k: v for k, v in show.items() if isinstance(v, str)}, identity, [], [])
        self._identity = f" {' '.join(words(' '.join(identity)))} "

    def evidence(self, intent: Intent, reply: str, language_facts: Mapping[str, Fact]) -> Evidence:
        """The facts `intent` answers with, in the base language and the reply's (kept
        for the replies met most recently: the same reply comes back for many questions)."""
        key = (intent.name, id(language_facts))
        known = self._evidence_of.get((*key, reply))
        if known is None:
            if len(self._evidence_of) >= EVIDENCE_KEPT:
                self._evidence_of.clear()
            known = self._evidence_of[(*key, reply)] = self._new_evidence(
                intent, reply, language_facts
            )
        return known

    def _new_evidence(
        self, intent: Intent, reply: str, language_facts: Mapping[str, Fact]
    ) -> Evidence:
        key = (intent.name, id(language_facts))
        facts = self._facts_of.get(key)
        if facts is None:
            facts = self._facts_of[key] = self._facts_evidence(intent, language_facts)
        said = _words_of(reply)
        reply_text = f" {' '.join(said)} "
        text = f"{facts.text}{reply_text[1:]}"
        if intent.facts:
            return Evidence(
                text, facts.years, facts.months, facts.days, True, facts.stated, reply_text
            )
        years = frozenset(int(t) for t in said if _YEAR.match(t))
        return Evidence(text, years, frozenset(), frozenset(), False, facts.stated, reply_text)

    def _facts_evidence(self, intent: Intent, language_facts: Mapping[str, Fact]) -> Evidence:
        """What the fact tables of `intent` state, once per intent and language."""
        tables = [self._knowledge.facts[name] for name in intent.facts]
        tables += [language_facts[name] for name in intent.facts if name in language_facts]
        texts: list[str] = []
        dates: list[dt.date] = []
        numbers: list[int] = []
        for table in tables:
            for key, value in table.values.items():
                if key != AS_OF:  # when the source said it, not what it says
                    _flatten(value, texts, dates, numbers)
        years = {d.year for d in dates} | {n for n in numbers if 1900 <= n <= 2100}
        said = words(" ".join(texts))
        return Evidence(
            f" {' '.join(said)} ",
            frozenset(years),
            frozenset(d.month for d in dates),
            frozenset(d.day for d in dates),
            True,
            frozenset(numbers),
        )

    def things(
        self, form: Form, evidence: Evidence, of_someone: bool = True
    ) -> tuple[list[Thing], list[Thing], list[Thing]]:
        """Named things the evidence holds, contradicts (holds another of the class),
        and says nothing of. Without `of_someone` (no one named), an occupation is of
        someone the facts may not describe ("is the cartel kid played by the same guy
        who plays the cop?": the cast list's "manager" denies no cop).
        """
        held, contradicted, unknown = [], [], []
        if not form.things:
            return held, contradicted, unknown  # most questions: nothing named
        deeds = dict(form.deeds)
        for thing in form.things:
            doers = self._doers(evidence, deeds.get(thing, ()))
            # "was the massacre carried out by the DEA?": the facts say it was carried out
            # by the Zetas; the DEA is in them, but as something else
            if (
                doers is not None
                and not _holds(doers, thing)
                and any(_holds(doers, other) for other in self._rivals[thing])
            ):
                contradicted.append(thing)
                continue
            # (what the show is describes it in a question, but is no claim's proof)
            described = not form.yes_no and _holds(self._identity, thing)
            if _holds(evidence.text, thing) or described:
                held.append(thing)
            elif (
                (thing.label not in self._open_classes or form.owned)
                and not form.existential  # ("is there a book about it?": some other one)
                and (of_someone or thing.label != OCCUPATION_CLASS)
                and not self._rival_words[thing].isdisjoint(evidence.words)
                and any(_holds(evidence.text, other) for other in self._rivals[thing])
            ):
                contradicted.append(thing)
            else:
                unknown.append(thing)
        return held, contradicted, unknown

    def _doers(self, evidence: Evidence, deed: Sequence[str]) -> str | None:
        """The words after "<deed> by" ("por") in the facts: who they say did it (`deed`:
        the words the deed is said in, `Form.deeds`)."""
        if not deed:
            return None  # most things: no deed said of them
        text = evidence.text
        # (a cheap test first: a deed's last word must stand right before an agent word,
        # and most texts hold few agent words; most runs of a deed's words end in none of
        # the words before them, and are not looked for in the whole text once per agent)
        before = {
            text[text.rfind(" ", 0, at) + 1 : at]
            for agent in self._doer_words
            for at in _places(text, f" {agent} ")
        }
        if not before:
            return None  # (no agent word in the facts: no one they say did anything)
        for done in deed_forms(deed, self._deed_verbs, before):
            for agent in self._doer_words:
                at = text.find(f" {done} {agent} ")
                if at >= 0:
                    after = text[at + len(done) + len(agent) + 2 :].split()[:DEED_REACH]
                    return f" {' '.join(after)} "
        return None

    def unsettled(self, form: Form) -> bool:
        """Whether the question claims something no fact could settle either way."""
        return not self._unsettled.isdisjoint(form.opposites)

    def narrows(self, thing: Thing) -> bool:
        """Whether naming `thing` narrows a question to it: not a platform a show may be
        one of many on, nor a work a question cites ("per the article, who ...")."""
        return thing.label not in self._open_classes and thing.label != CITED_CLASS

    def off_ground(self, thing: Thing) -> bool:
        """Whether a thing the answer does not hold takes the question off the sources'
        ground: another show, or something the sources never mention ("the UK").
        """
        if thing.label == NARROWING_CLASS:
            return True
        held = self._held.get(thing.names)
        if held is None:  # once per thing of questions.toml: the text grows with the facts
            held = self._held[thing.names] = _holds(self._known_text, thing)
        return not held

    def verify(
        self,
        form: Form,
        evidence: Evidence,
        people: Sequence[tuple[CastMember | Person, str]],
        titled: frozenset[int],
        numbered: frozenset[int],
        unexplained: Sequence[str] = (),
        echoed: bool = False,
        gives: frozenset[str] = frozenset(),
        strangers: Sequence[str] = (),
        of_someone: bool = True,
    ) -> Verdict:
        """Whether the facts confirm every claim ("yes"), contradict one ("no") or
        leave one open ("unknown"). A "yes" also needs every word of the question
        explained: "is Armando Silva's character a cop?" is not confirmed by his role.
        """
        held, contradicted, open_things = self.things(form, evidence, of_someone)
        unknown = [thing.names[0] for thing in open_things]
        # A platform named by facts that do not say where to watch ("did Netflix say
        # anything about season 2?": the renewal facts name Netflix) confirms nothing.
        supported = any(t.label not in self._open_classes or t.label in gives for t in held)
        supported = supported or echoed
        refuted = bool(contradicted)
        bounds = dict(form.year_bounds)
        for year in form.years:
            if year in bounds and evidence.years:
                # "was it out before 2022?": each year the facts give on that side
                sides = {_COMPARED[bounds[year]](given, year) for given in evidence.years}
                supported |= sides == {True}
                refuted |= sides == {False}
                if len(sides) > 1:
                    unknown.append(str(year))
            elif year in evidence.years:
                supported = True
            elif evidence.years:
                refuted = True
            else:
                unknown.append(str(year))
        for values, known in ((form.months, evidence.months), (form.days, evidence.days)):
            for value in values:
                # (facts with no month or day settle none: "was the massacre in May
                # 2011?", "did the review come out in may?" of a year or no date)
                if not evidence.structured or not known:
                    unknown.append(str(value))
                elif value in known:
                    supported = True
                else:
                    refuted = True
        for number in form.numbers:
            if number not in numbered and number not in evidence.numbers:
                unknown.append(str(number))
        for count, name, compare in form.counts:
            if _COMPARED[compare](self._counts[name], count):
                supported = True
            else:
                refuted = True
        # a claim the facts' words deny (or, negated, confirm); an [[agree]] the reverse
        for indices, denied in ((form.opposites, True), (form.agreeing, False)):
            for index in indices:
                claim, facts, agrees = self._opposites[index]
                # praise is of what the answer is about ("did he like the
                # cinematography?"), not of anything else in its source: the review
                # as a whole weighs it both ways
                where = evidence.said if agrees else evidence.text
                if any(f" {phrase} " in where for phrase in facts):
                    refuted |= denied != agrees
                    supported |= denied == agrees
                elif denied and any(f" {phrase} " in where for phrase in claim):
                    supported = True
                else:
                    unknown.append(claim[0])
        # (a second role claimed "also" of a role's one holder: "did the journalist also
        # write the show?")
        also = form.asked_yes_no and not self._additive.isdisjoint(form.tokens)
        person, denied = self._people(people, form.roles, form.mentions, also)
        if person in ("yes", None) and form.alone and any(map(self._shared, form.roles)):
            # "did he write it alone?", "¿la escribió una sola persona?": the sources give
            # it to several
            person = "no"
        if person is None and strangers and form.roles - PART_CREDITS:
            # "was it created by Guillermo del Toro?": the sources name who created it
            person, denied = "no", frozenset(form.roles - PART_CREDITS)
        if (
            person is None
            and not people
            and form.roles - PART_CREDITS
            and any(thing.label in CREDITLESS for thing in form.things)
        ):
            # "Did ProPublica create it?", "did Netflix direct it?": credits are people's;
            # an organisation or platform named instead holds none of them.
            person, denied = "no", frozenset(form.roles - PART_CREDITS)
        supported |= person == "yes"
        refuted |= person == "no"
        if person == "unknown":
            unknown.append("person")
        if titled and numbered:
            if titled == numbered:
                supported = True
            else:
                refuted = True
        refuted |= form.repeats_error
        if refuted:
            return Verdict("no", tuple(unknown), denied)
        if unknown or unexplained:  # part of what it claims is not understood or not known
            return Verdict("unknown", (*unknown, *unexplained))
        if not supported:
            return Verdict("unknown")
        return Verdict("yes")

    def _involvement(self, credits: Iterable[str]) -> frozenset[str]:
        """A part in the show, for whoever holds a credit that is one."""
        return INVOLVED if self._involved_credits.intersection(credits) else frozenset()

    def without_asked(self, form: Form, asked: Collection[str]) -> Form:
        """The form without the [[opposite]] claims made only by words in `asked` (the
        words after "anything": "does the reviewer say anything bad about it?" asks
        whether the review has a weakness, it claims nothing "bad")."""
        if not form.opposites or not asked:
            return form
        said = f" {' '.join(form.tokens)} "
        kept = tuple(
            i
            for i in form.opposites
            if not all(
                set(words(phrase)) <= set(asked)
                for phrase in self._opposites[i][0]
                if f" {' '.join(words(phrase))} " in said
            )
        )
        return form if kept == form.opposites else replace(form, opposites=kept)

    def without_praise(self, form: Form) -> Form:
        """The form without its [[agree]] claims of liking ("did the critic like it?"),
        for an answer whose facts say in their own words how much ("gripping but also
        melancholic"): the liking is what it answers, not a claim to check."""
        kept = tuple(i for i in form.opposites if not self._opposites[i][2])
        return form if kept == form.opposites else replace(form, opposites=kept)

    def of_people_only(self, form: Form) -> Form:
        """The form without where things are from ([things] nationality), for an answer
        that is about no one: "which Mexican state is Allende in?", "¿qué agencia gringa
        la regó?" say where the place and the agency are, which the facts name; only of
        people do the sources never say it ("the Mexican co-writer")."""
        kept = tuple(thing for thing in form.things if thing.label != NATIONALITY_CLASS)
        return form if len(kept) == len(form.things) else replace(form, things=kept)

    def _holders_of(self, credit: str) -> list[frozenset[str]]:
        """The credits of each person the sources give a credit to."""
        return [credits for credits in self._credits if credit in credits]

    def _shared(self, credit: str) -> bool:
        """Whether the sources give a credit to more than one person."""
        return len(self._holders_of(credit)) > 1

    def _people(
        self,
        people: Sequence[tuple[CastMember | Person, str]],
        roles: frozenset[str],
        mentions: frozenset[str] = frozenset(),
        also: bool = False,
    ) -> tuple[Support | None, frozenset[str]]:
        """Claims about the people a question names: an actor and a character ("does X
        play Y?"), or a role ("is X the director?"); and the credits claimed for
        someone who lacks them. Merely naming someone claims nothing.
        """
        if not people:
            # "was the director also one of the writers?": one person holding both
            # credits confirms it; no one holding both is not known to deny it.
            if len(roles) > 1 and any(roles <= credits for credits in self._credits):
                return "yes", frozenset()
            # "did the journalist also write the show?", "was the cinematographer also one
            # of the writers?": a role one person holds names them, and they lack the
            # other (of the crew, whom the sources credit in full; not a part in the
            # cast, which they may not list whole: "was the director in the cast?"), when
            # asked "also" of them ("did the creator use the journalist's article?"
            # claims no one holds both)
            sole = [held for role in sorted(roles) if len(held := self._holders_of(role)) == 1]
            lacked = roles - sole[0][0] - self._involvement(sole[0][0]) if sole else roles
            # (only the show's crew credits, which the sources give in full: "is the
            # reviewer also a journalist?" is not known)
            if also and len(roles) > 1 and sole and lacked & self._crew_credits:
                return "no", lacked
            return None, frozenset()
        actors = {id(who) for who, role in people if role == "actor"}
        characters = {id(who) for who, role in people if role == "character"}
        if actors and characters:
            return ("yes" if actors == characters else "no"), frozenset()
        # (of a character, a star's part: "is Benjamín a star?", "¿Irene es protagonista?"
        # are of the part the actor plays; "paquito's actor?" and "is Benjamín the
        # director?" claim nothing)
        parts = roles == {STAR_CREDIT}
        credited = [
            frozenset(who.credits) | self._involvement(who.credits)
            for who, role in people
            if role != "character" or parts
        ]
        # "is she in the review?", "¿sale en la reseña?" (where "sale en" alone would
        # claim a part in the cast): the sources that name her
        if mentions and not roles - {CAST_CREDIT}:
            named = all(mentions <= set(who.sources) for who, _ in people)
            return ("yes" if named else "no"), frozenset()
        if not roles or not credited:
            return None, frozenset()
        if roles == INVOLVED:
            # a part in the show: known of those credited with one; of anyone else (the
            # review's author, the article's), the sources don't say
            known = all(INVOLVED_CREDIT in credits for credits in credited)
            return ("yes" if known else "unknown"), frozenset()
        if all(roles <= credits for credits in credited):
            return "yes", frozenset()
        if len(roles) == 1 and roles <= PART_CREDITS and len(credited) > 1:
            # "are X and Y the stars?": one part claimed for each; someone lacks it.
            # ("did Schamus write it from Thompson's article?" names two in two ways.)
            return "no", roles
        if any(roles & credits for credits in credited):
            # "did the reviewer like Ignacio Prieto's camera work?": one of the roles
            # is his, the other someone else's; which goes with whom is not read.
            return "unknown", frozenset()
        return "no", roles


@functools.lru_cache(maxsize=4096)
def _words_of(reply: str) -> tuple[str, ...]:
    """A reply's words (replies repeat: the same answer to many questions)."""
    return tuple(words(reply))


def _places(text: str, part: str) -> list[int]:
    """Every place `part` starts in `text`, overlapping or not."""
    found = []
    at = text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _holds(text: str, thing: Thing) -> bool:
    return any(f" {name} " in text for name in thing.names)


def _overlaps(a: Thing, b: Thing) -> bool:
    """Whether two things share a name's words ("sinaloa" and "sinaloa cartel")."""
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in a.names for y in b.names)


def _flatten(value: object, texts: list[str], dates: list[dt.date], numbers: list[int]) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, str):
        texts.append(value)
    elif isinstance(value, dt.date):
        dates.append(value)
    elif isinstance(value, int):
        numbers.append(value)
    elif isinstance(value, tuple | list):
        for item in value:
            _flatten(item, texts, dates, numbers)
    elif isinstance(value, dict):
        for item in value.values():
            _flatten(item, texts, dates, numbers)
