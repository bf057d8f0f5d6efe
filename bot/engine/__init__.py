"""The answering engine: message in, structured answer out. No Discord here.

The terminal harness, the Discord cogs and the tests all call `Engine.answer`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import OSA

from bot.engine.choices import Choices
from bot.engine.claims import (
    ARTICLES,
    AS_OF,
    CITED_CLASS,
    NEGATING,
    NEGATION_REACH,
    NEGATIONS,
    NOR,
    ONE_WORDS,
    OPENING_CHATTER,
    PART_CREDITS,
    PREPOSITIONS,
    SHORT_FOLLOW_UP,
    SHOW_CONCEPT,
    TERSE_WORDS,
    TURNING,
    Addressing,
    Checker,
    Evidence,
    Form,
    Phrases,
    Verdict,
    WordForms,
    compared,
    comparison_before,
    deed_verbs,
    has_phrase,
    joined_phrases,
    known_titles,
    same_word,
)
from bot.engine.compose import (
    COUNT_KIND,
    GAP_CONCEPT,
    LATER_CONCEPT,
    NAMING,
    ORDER_CONCEPT,
    TODAY_REF,
    UNDESCRIBED,
    Composer,
    Reply,
)
from bot.engine.decide import ANSWER_AT, SUGGEST_AT, Outcome, by_confidence, volunteer, with_facts
from bot.engine.inflection import STEM
from bot.engine.lookup import Lookup
from bot.engine.normalise import MAX_CHARS, fold, is_number, tokens, without_markup, words
from bot.engine.understand import (
    JOINED_POSITIONS,
    QUESTION_MARK,
    UNKNOWN_CONCEPT,
    UNKNOWN_WORD_PENALTY,
    Matcher,
    PersonMatch,
    Reading,
    Role,
    names_of,
    real_name,
    substance,
)
from bot.knowledge import (
    BASE_LANGUAGE,
    CAST_CREDIT,
    DEFAULT_DIR,
    QUALIFIERS,
    CastMember,
    Episode,
    Intent,
    Knowledge,
    KnowledgeError,
    Month,
    Person,
    load,
)

# Where one message may hold several questions.
# Where one clause ends: "?", "!", ";", a new line and emoji ("i just finished it 😭
# who plays the cart lady"); a "." does not ("Somos.", "U.S.", "does benjamin... die").
_CLAUSE_BREAK = re.compile(r"((?:[?!;\n¿¡]|[\U0001F300-\U0001FAFF\u2600-\u27BF])+)")
CLOSED_WORDS = 3  # words before and after a closing "pls" that make two sentences
# a period ending a sentence: after a word (group 1), before a space and a letter
_SENTENCE_END = re.compile(r"(\w{2,})\.\s+(?=[^\W\d_])")
MAX_REMEMBERED_REPLIES = 1024  # replies whose named episodes are kept, at most
RETRACTED_WORDS = 4  # "not the review", "no el capítulo 4": what a "not" takes back, at most
_COMMA = ","  # where a comma stood: a place to try splitting, never read as a word
_PLAIN_TAG = "right"  # a closing tag of several words, said plainly (_tag_closed)
_THAT = frozenset({"that", "que", "q"})  # joining a claim to the verb relaying it
POSITION_REACH = 3  # words from a join to the positions it joins ("the second and the third")
SOURCED_WORDS = 5  # the most words of a bare "source?" follow-up, chatter included
REASON_KIND = "reason"  # the kind of answer "why" wants
RELAY_OPENING = 4  # words before a verb relaying someone's claim ("my dad thinks …")
RELAYED_WORDS = 3  # the fewest words of a claim relayed ("… swears she is": none)
_RIGHT_WORDS = frozenset({"razon"})  # a verdict's word no tag alone ("tiene razón")
# the words before a negation that deny a statement's claim ("it isn't", "it's not")
_DENIERS = frozenset(
    {"it", "its", "s", "is", "was", "they", "he", "she", "there", "that", "this", "are",
     "were", "has", "have", "had"}
)  # fmt: skip
_SUITED = frozenset({"for", "para", "pa", "por"})  # "good for kids": whom it suits, what for
_IN_IT = frozenset({"in", "en", "it", "la", "ella"})  # "great in it": an actor's praise, then
_CONJUNCTIONS = frozenset({"and", "y", "plus", "then", "e", _COMMA})
MAX_QUESTIONS = 3
COUNTED = frozenset({"season", "episode"})  # concepts whose words a count checks
PERSON_INTENT = "person"  # what is said of someone named, whatever is asked
# Cues that only name something (a person, an episode), not ask anything of it.
PERSON_CUE = "@person"
DATE_GAP = "date_gap"  # the intent comparing two dated facts
EPISODE_ORDER = "episode_order"  # the intent putting episodes in order, or counting them
# Reading.order, by the value of an order word ([others] earlier, later, between)
ORDER_NAMES = {-1: "before", 1: "after", 0: "between"}
ORDERS = (ORDER_NAMES[-1], ORDER_NAMES[1])  # the orders claimed of two episodes
SAID_WHERE = "said_where"  # "who says so?": which source says what was just answered
# Concepts that only ask (how many, when): no topic a reply must speak of
ASKING_CUES = frozenset({"how_many", "when", "where", "who", "what", "why"})
OTHER_SHOWS = frozenset({"other_show"})  # the intents about another series
COMPARING_CONCEPTS = (GAP_CONCEPT, ORDER_CONCEPT)  # how far apart, which came first
# Days in each unit of time ([spans.units]), to weigh a span claimed in it
DAYS_IN = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5}
MAX_SPAN_COUNT = 100  # the largest count of units a span is claimed in ("100 years")
ONE_OF_A_UNIT = ONE_WORDS | {"a", "an"}  # "more than a year", "más de un año"
PAIRED_WORDS = 1  # a word before "and" that asks nothing is half of one subject
DOUBLING_REACH = 3  # words before a clitic where the object it doubles may stand
LIST_ITEM_WORDS = 2  # a part this short after a question is one of its list ("… wrote, directed")
NAMED_ITEM_WORDS = 4  # a part naming one more item of the same question ("y el cap 5 ?")
PREAMBLE = 2  # words before "i would like to know" that make them a preamble
CONFIRMATION_WORDS = 5  # "(could you confirm) whether that is correct": at most this long
EPISODE_CONCEPT = "episode"  # the words for an episode ("ep", "capítulo")
EPISODE_WORD = "episode"  # a word of that concept, to name an episode by number in words
PLAY_CONCEPT = "play"  # the words for playing a part ("plays", "character", "papel")
REVIEW_CONCEPT = "review"  # the review, and the words judging something ("good", "buena")
ENJOY_CONCEPT = "enjoy"  # the words of liking something ("like", "le gustó")
PERFORMANCE_CONCEPT = "performance"  # the words for acting ("acting", "actuación")
PERFORMANCES_INTENT = "performances"  # the source's word on the cast's acting
SAYS_WHO_CONCEPT = "says_who"  # the words asking who says something ("which source says")
# Words that ask of something besides or around the item named ("what other characters
# has the first one played?", "what did he play before?")
OTHER_WORDS = frozenset(
    [
        "other",
        "others",
        "else",
        "before",
        "after",
        "otro",
        "otra",
        "otros",
        "otras",
        "antes",
        "despues",
    ]
)
NEGATED = NEGATING | TURNING  # what says a statement's word is not so ("isn't gripping")
SOURCE_WORDS = frozenset({"source", "sources", "fuente", "fuentes"})  # "which source says"
SAYING_REACH = 4  # words from the last source offered to the verb of saying ("el que dijo")
STATEMENT_JOINS = frozenset({"que", "q", "that", "whether", "if", "si"})  # "dice que …"
# Verbs that only name what a source speaks of ("which source mentions a second
# season?"): no claim of it to check
MENTIONING = frozenset(
    [
        "mention",
        "mentions",
        "mentioned",
        "talk",
        "talks",
        "bring",
        "brings",
        "list",
        "lists",
        "menciona",
        "menciono",
        "mencionan",
        "habla",
        "hablan",
        "nombra",
        "nombran",
    ]
)
TITLE_CONCEPT = "title"  # the words that ask for a name ("called", "se llama")
EPISODE_QUALIFIER = "@episode"  # the concept of a question narrowed to one episode
SEASON2_QUALIFIER = "@season2"  # ... and to a second season
APPOSITIVE_WORDS = 5  # words after a comma that may name again what was asked about
APPOSITIVE_FILLER = frozenset({"title"})  # ("la otra serie que nombra": "nombra" names)
OTHER_SHOWS_CONCEPT = "other_shows"  # shows other than Somos, as words ("the other show")
TOPIC_TAIL_WORDS = 5  # a remark this short after a question may say what it was about
TOPIC_WORDS = 6  # ... and before one: "and the article it's based on, who wrote it?"
BARE_NAME_WORDS = 3  # a clause this short that only names someone continues a question
MIN_NAME_WORDS = 2  # unknown words that make a stranger's name ("Guillermo del Toro")
MAX_NAMED = 3  # an answer naming this many people or fewer is about them ("he" after it)
MIN_NAME_TYPO = 4  # a shorter word is no misspelt name
NAME_TYPO_SHARE = 3  # a misspelt name is off by at most a third of its letters ("tomson")
MAX_NAME_WORDS = 4  # the most words a name has ("Mercedes Hernández", "Doña Chayo")
ENTITY_CUES = frozenset({PERSON_CUE, EPISODE_QUALIFIER})
# Bounds on the work one message can cause, whatever it holds: clauses read,
# words read per clause, and places per clause where "and" is tried as a join
# of two questions.
MAX_CLAUSES = 8
MAX_WORDS = 80
MAX_JOINS_TRIED = 4
TAIL_AFTER = 16  # a clause this long not understood may end in its question (_tail)
# What reading one whole message may cost, over all its clauses, the joins tried and
# the follow-ups resolved: each read costs READ_COST plus its words (a read's fixed
# work is worth about that many words). A short question costs about 25.
READ_COST = 20
MAX_READ_WORDS = 100
# ... and a short message, whose reads are cheap, a few more: a follow-up split at its
# comma, then read whole with what its pronoun points at ("if it does happen, when?"
# after season 2), needs five reads; the long messages that cost most get none
SHORT_MESSAGE_WORDS = 8
SHORT_MESSAGE_EXTRA = 2 * READ_COST
MAX_PIECES = 4 * MAX_CLAUSES  # clauses and breaks looked at, empty ones included
MAX_NAME_CHARS = 100  # of a command argument or autocomplete input; names are short
FIND_CUTOFF = 75  # rapidfuzz WRatio a command argument must reach to name something
MAX_SUGGESTIONS = 3
_YEAR = re.compile(r"^(19|20)\d\d$")
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
DATE_KIND = "date"  # the kind of answer "when" wants ([wants] in questions.toml)
DATE_KINDS = frozenset({DATE_KIND, "day", "month"})  # the kinds a dated fact gives
WHO_CONCEPT = "who"  # the words asking for a person
_NAME_JOINERS = frozenset({"of", "de", "del", "the", "el", "la"})  # "article of season 2"
# the concepts of words that name a work or an episode ("temporada", "serie", "capítulo")
_NAMING_CONCEPTS = frozenset({"show", "season", "episode", "review", "source", "blog"})
_GERUND_ENDINGS = ("ando", "iendo", "yendo", "ing")  # "siguen hablando", "still waiting"
_NAME_KINDS = frozenset({"name"})  # what a word no fact holds may be put forward as
_HALF_SAID = frozenset(
    {Outcome.UNSAID, Outcome.ANSWER}
)  # a part the sources lack beside one they answer
_AND = frozenset({"and", "y", "e"})  # a message opening with these continues the last one
ASIDE_WORDS = 4  # the fewest words of a remark talked to in kind (fewer may name a thing)
# words that join the two sides of an either/or question ("fbi or cia")
_EITHER = frozenset({"or", "o", "u"})
LIST_WORD = "list"  # what "name them all" after a count reads as, before the counted
_AND_WORD = "and"  # what "same question for …" reads as
# concepts of nouns that "the two", "ambos" may qualify ("the two sources"): no people
_NOUN_CONCEPTS = _NAMING_CONCEPTS | {"bot_sources"}
ORGANISATION_CLASS = "organisation"  # the [things] class of the DEA, the Zetas
MIN_ECHO = 3  # letters of a question word that can echo a fact ("cry")


# (frozen to the type checker only: see understand.Reading)
@dataclass(frozen=TYPE_CHECKING, unsafe_hash=True)
class Context:
    """What a follow-up may point back to: the last answer in one conversation."""

    intent: str
    episodes: tuple[Episode, ...]
    people: tuple[PersonMatch, ...]
    language: str
    work: str | None = None  # words naming the last work talked about ("review", "narcos")
    focus: str | None = None  # what "it" / "lo" points at: "person", "episode" or "work"
    # who was talked about before a topic without people ("ok back to the actress you
    # mentioned, what did the review say about her?"): "he", "she" still point there
    earlier: tuple[PersonMatch, ...] = ()
    # the last answer, when it was about no one named in the question: the people it
    # names are who "he" may be next ("what did the review think of the acting?")
    said: str = ""
    # the people an answer named before the conversation narrowed to one of them: "the
    # other one" is the rest ("who are the stars?" … "who does Jero Medina play?")
    among: tuple[PersonMatch, ...] = ()
    # the words of the question last answered, for "are you sure?" to ask again
    asked: tuple[str, ...] = ()
    # ... and whether it was answered "Yes" or "No" ("and Armando Silva?" asks it again)
    yes_no: bool = False
    # the last answer's text: "that episode" may be the one it names ("… especially in
    # the final episode")
    replied: str = ""
    # the episodes talked about one topic back: "ese capítulo" after "who said that?"
    earlier_episodes: tuple[Episode, ...] = ()
    # the episodes talked about before the last ones: "how many are between those two?"
    # after "what's the first episode?" … "and the last?"
    episodes_before: tuple[Episode, ...] = ()
    # ... and the people: "which of them is higher on the cast list?" after "what role
    # does Iliana Donatlán play?" … "¿y Caraly Sánchez?"
    people_before: tuple[PersonMatch, ...] = ()
    # the last answer, one text for each question of its message, and the episodes it
    # was about, in order: "the first one you mentioned" is one of the people or
    # episodes it named (Engine._pointed_back)
    # (text, people asked of, intent)
    reply_parts: tuple[tuple[str, tuple[PersonMatch, ...], str], ...] = ()
    reply_episodes: tuple[Episode, ...] = ()
    # the dated facts the last answers told, the latest last ("story.year", then
    # "release.date"): "how many years apart is that?" is between them
    dated: tuple[str, ...] = ()


# (frozen to the type checker only: see understand.Reading)
@dataclass(frozen=TYPE_CHECKING, unsafe_hash=True)
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
    language: str = BASE_LANGUAGE
    context: Context | None = None  # for the next message of the same conversation
    # What was decided (see bot.engine.decide.Outcome): answer, yes, no, unsaid (the
    # sources don't give that detail; the reply says what they do), suggest, decline.
    outcome: str = Outcome.ANSWER.value
    # Whether to say it to a message nobody addressed to the bot (decide.volunteer).
    volunteer: bool = False

    @property
    def intent(self) -> str | None:
        return self.intents[0] if self.intents else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "declined": self.declined,
            "intent": self.intent,
            "intents": list(self.intents),
            "confidence": self.confidence,
            "sources": list(self.sources),
            "suggestions": list(self.suggestions),
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "language": self.language,
            "outcome": self.outcome,
            "volunteer": self.volunteer,
        }


_ANSWERED = (Outcome.ANSWER, Outcome.YES, Outcome.NO)  # the outcomes that answer


# (frozen to the type checker only: see understand.Reading)
@dataclass(frozen=TYPE_CHECKING, slots=True, unsafe_hash=True)
class _Part:
    """The outcome for one question within a message."""

    reading: Reading
    text: str
    sources: tuple[str, ...] = ()
    as_of: dt.date | None = None
    suggestions: tuple[str, ...] = ()
    outcome: Outcome = Outcome.DECLINE

    @property
    def answered(self) -> bool:
        return self.outcome in _ANSWERED

    @property
    def settled(self) -> bool:
        """Answered, or declined because the sources do not cover what it asks."""
        return self.answered or self.outcome is Outcome.UNSAID or _declines_a_topic(self.reading)


class Engine:
    """Answers questions about the show from a validated fact base, in the asker's language."""

    def __init__(self, knowledge: Knowledge, today: Callable[[], dt.date] = dt.date.today) -> None:
        """`today`: today's date, for spans of time up to it ("how long ago …")."""
        self.knowledge = knowledge
        self._matcher = Matcher(knowledge)
        self._knowledge_weak = knowledge.vocabulary.weak  # "who", "what": no topic alone
        self._doubling = knowledge.vocabulary.doubling
        self._checker = Checker(knowledge)
        self._local_facts = {
            code: knowledge.in_language(code).facts for code in knowledge.languages
        }
        self._composers = {
            code: Composer(knowledge.in_language(code), language, today)
            for code, language in knowledge.languages.items()
        }
        self._wording = {code: composer.wording for code, composer in self._composers.items()}
        # Words of titles and names say nothing of the asker's language ("Tell the Moon
        # to Come" in a Spanish question).
        names = [e.title for e in knowledge.episodes] + [knowledge.facts["show"]["title"]]
        names += [m.actor for m in knowledge.cast] + [m.character or "" for m in knowledge.cast]
        names += [p.name for p in knowledge.people]
        neutral = frozenset(words(" ".join(names)))
        self._neutral = neutral
        # ... as whole names: "the" is English outside "The Lazy Herd" ("the serie have
        # 6 seasons?" is English)
        self._names_from: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted({tuple(words(name)) for name in names if name}, key=len, reverse=True):
            if phrase:
                self._names_from.setdefault(phrase[0], []).append(phrase)
        self._markers = {
            code: frozenset(words(" ".join(language.markers)))
            for code, language in knowledge.languages.items()
        }
        # each marker word -> the languages it marks, so a message is counted in one pass
        self._marked: dict[str, list[str]] = {}
        for code, markers in self._markers.items():
            for word in markers:
                self._marked.setdefault(word, []).append(code)
        letters = {
            code: frozenset(str(language.settings.get("letters", "")))
            for code, language in knowledge.languages.items()
        }
        # each language's own letters, for those that have some
        self._letters = {code: found for code, found in letters.items() if found}
        vocabulary = knowledge.vocabulary
        self._pronouns = frozenset(map(fold, vocabulary.pronouns))
        self._subject_pronouns = frozenset(map(fold, vocabulary.subject_pronouns))
        self._before_verbs = frozenset(map(fold, vocabulary.before_verbs))
        self._clitics = frozenset(map(fold, vocabulary.clitics))
        self._someone = frozenset(map(fold, vocabulary.someone))
        self._someones = frozenset(map(fold, vocabulary.someones))
        self._he_or_she = self._someone | self._someones  # pronouns for one person
        # ... as the subject of a yes/no question ("is he Isidro Linares?", "¿ella es Irene?")
        self._subjects = self._someone | self._subject_pronouns
        self._identity_concepts = frozenset({SHOW_CONCEPT, "play"})  # "is he the one playing …?"
        self._agents = knowledge.questions.agents
        self._closing_words = frozenset(
            word
            for intent in knowledge.intents
            if intent.closes
            for cue in intent.cues
            for concept in cue
            for phrase in vocabulary.concepts.get(concept, ())
            for word in words(phrase)
        )
        self._subjectless = frozenset(tuple(words(p)) for p in vocabulary.subjectless)
        # What the sources say each person is, in every language ("Pulitzer
        # award-winning journalist", "la periodista ganadora del Pulitzer"): its words
        # of substance, not "la", "que", "del"
        self._told: dict[str, set[str]] = {}
        for code in knowledge.languages:
            local = knowledge.in_language(code)
            said = [(p.name, p.title) for p in local.people]
            said += [(m.actor, m.description) for m in local.cast]
            for name, text in said:
                self._told.setdefault(name, set()).update(substance(text or ""))
        self._show_title = frozenset(words(knowledge.facts["show"]["title"]))
        self._character_words = frozenset(map(fold, vocabulary.character_words))
        # ... and what asks it of the one last talked about ("¿y a quién interpreta?")
        self._asks_part = self._character_words | frozenset(map(fold, vocabulary.part_verbs))
        self._item_pronouns = [tuple(words(p)) for p in vocabulary.item_pronouns]
        self._says_who = Phrases.of(vocabulary.concepts.get(SAYS_WHO_CONCEPT, ()))
        # the verbs of saying, with those that are one only right after "who" ("who called
        # it impressive?", not "what's it called?")
        self._who_speaking = self._matcher.speaking | frozenset(
            map(fold, knowledge.questions.speaking_after_who)
        )
        self._statement_replies: dict[str, tuple[tuple[Reading, Reply], ...]] = {}
        self._others = Phrases.of(vocabulary.others)
        self._picking_before = frozenset(map(fold, vocabulary.picking_before))
        self._comparatives = frozenset(map(fold, knowledge.questions.comparing))
        self._card_intents = frozenset({PERSON_INTENT, "episode"})  # answered by cards
        self._or_words = frozenset(map(fold, knowledge.questions.or_words))
        self._choosing = frozenset(map(fold, knowledge.questions.choosing))
        # the pronouns for one person ("she", "her", "ella"): a person named before a comma
        self._one_person = frozenset(map(fold, (*vocabulary.someone, *vocabulary.someones)))
        # ... and for one work or episode ("it", "ese"): an episode named before a comma
        self._item_words = frozenset(
            word
            for phrase in vocabulary.work_pronouns
            for word in words(phrase)
            if len(words(phrase)) == 1
        )
        self._each = frozenset(map(fold, knowledge.questions.each))
        self._picking_heads = frozenset(map(fold, vocabulary.picking_heads))
        self._picking_said = Phrases.of(vocabulary.picking_said)
        # the words around "you mentioned" in an aside pointing back ("the one you
        # mentioned before", "el que mencionaste antes")
        self._pointer_words = (
            frozenset(vocabulary.picking_before)
            | frozenset(vocabulary.picking_heads)
            | {"que", "who", "before", "earlier", "antes", "hace", "rato", "ahorita", "just"}
        )
        self._picking_of = frozenset(map(fold, vocabulary.picking_of))
        self._picking_both = Phrases.of(vocabulary.picking_both)
        self._which_one = frozenset(map(fold, knowledge.questions.which_one))
        self._besides_words = Phrases.of((*vocabulary.others, *vocabulary.besides))
        self._best = Phrases.of(knowledge.questions.best)
        self._citing = Phrases.of(knowledge.questions.citing)
        self._copulas = frozenset(fold(word) for word in knowledge.questions.copulas)
        # concepts a value put forward as an answer may come with: "it" (the show), a
        # reaction, Spanish "que" read as "what" ("yo leí que fue en 2022")
        self._claim_neutral = frozenset({SHOW_CONCEPT, "what", "reaction"})
        self._open_classes = frozenset(knowledge.questions.open_classes)
        self._claim_links = frozenset({"it", "that", "this", "eso", "ese", "esa", "ello"})
        self._ranking = {fold(word): at for at, word in enumerate(knowledge.questions.ranking)}
        # praise claimed of a performance, with the rank it needs at least ("well": decent)
        self._praise = tuple(
            (Phrases.of(phrases), self._ranking[fold(level)])
            for level, phrases in knowledge.questions.praise.items()
        )
        # a deed's other words -> the facts' verb ("did" -> "carried out"), and who did it
        verbs = deed_verbs(knowledge.questions.deeds)
        self._deed_phrases = tuple(
            {**verbs, **{tuple(words(v)): v for v in verbs.values()}}.items()
        )
        self._deed_firsts = frozenset(phrase[0] for phrase, _ in self._deed_phrases)
        self._doers = tuple(map(fold, knowledge.questions.doers))
        # (the cast whose performance a source rates, for "is she the best of them?")
        self._performances = frozenset(fold(m.performance) for m in knowledge.cast if m.performance)
        self._rated_cast = tuple(m for m in knowledge.cast if m.performance in self._ranking)
        self._groups: dict[str, tuple[PersonMatch, ...]] = {}
        self._reply_episodes: dict[str, tuple[Episode, ...]] = {}  # (see _episodes_in)
        self._clitic_after = frozenset(map(fold, vocabulary.clitic_after))
        self._loose_clitics = frozenset(map(fold, vocabulary.loose_clitics))
        self._loose_clitic_not_before = frozenset(map(fold, vocabulary.loose_clitic_not_before))
        self._work_pronouns = sorted(
            (tuple(words(p)) for p in vocabulary.work_pronouns), key=len, reverse=True
        )
        self._work_pronouns_from: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self._work_pronouns:
            self._work_pronouns_from.setdefault(phrase[0], []).append(phrase)
        # Words that point back at someone or something already talked about.
        self._pointing = self._pronouns | {w for phrase in self._work_pronouns for w in phrase}
        # one-word pointers at an item ("that", "ese"): before a character word, the last
        # person's character ("ese personaje"), where "a role" or "the role" is any
        self._demonstratives = frozenset(
            phrase[0]
            for phrase in map(tuple, map(words, vocabulary.work_pronouns))
            if len(phrase) == 1
        )
        self._again = sorted((tuple(words(p)) for p in vocabulary.again), key=len, reverse=True)
        self._corrections = Phrases((tuple(words(p)), "correction") for p in vocabulary.corrections)
        self._work_verbs = frozenset(map(fold, vocabulary.work_verbs))
        self._show_verbs = Phrases((tuple(words(p)), "show") for p in vocabulary.show_verbs)
        self._same_question = Phrases((tuple(words(p)), "same") for p in vocabulary.same_question)
        self._name_them = frozenset(tuple(words(p)) for p in vocabulary.name_them)
        # the words of a count asked ("how many"), taken out to ask for the things counted
        self._counting = Phrases(
            (tuple(words(p)), "count") for p in vocabulary.concepts["how_many"]
        )
        self._returns = Phrases((tuple(words(p)), "return") for p in vocabulary.returns)
        self._excluding = Phrases(
            (tuple(words(p)), "excluding") for p in knowledge.questions.excluding
        )
        self._tags = frozenset(fold(tag) for tag in knowledge.questions.tags if " " not in tag)
        self._whole_tags = frozenset(tuple(words(tag)) for tag in knowledge.questions.tags)
        self._tag_words = frozenset(word for tag in self._whole_tags for word in tag)
        self._dated, self._dated_verbs = (
            Phrases(
                (tuple(words(phrase)), ref) for ref, phrases in table.items() for phrase in phrases
            )
            for table in (knowledge.questions.dated, knowledge.questions.dated_verbs)
        )
        self._dated_refs = tuple(knowledge.questions.dated)
        spans = knowledge.questions
        self._span_units = {
            fold(word): unit for unit, named in spans.span_units.items() for word in named
        }
        self._time_units = frozenset(self._span_units)
        # (the counts a span may be claimed in: "5 years", "five years", "a year")
        self._span_counts = {str(n): n for n in range(1, MAX_SPAN_COUNT + 1)}
        for value, group in enumerate(knowledge.vocabulary.cardinals, start=1):
            self._span_counts.update({fold(word): value for word in group})
        self._span_counts.update({word: 1 for word in ONE_OF_A_UNIT})
        self._measures = Phrases.of(spans.span_measures)
        self._ago, self._since = Phrases.of(spans.span_ago), Phrases.of(spans.span_since)
        self._hypothetical = Phrases.of(knowledge.questions.hypothetical)
        self._source_language = Phrases.of(knowledge.questions.source_language)
        # every year a fact names (a date's, a year's, an "as of" month's)
        self._fact_years = frozenset(
            value.year if isinstance(value, dt.date) else value
            for fact in knowledge.facts.values()
            for value in (*fact.values.values(), fact.as_of)
            if isinstance(value, dt.date) or (isinstance(value, int) and value > 999)
        )
        # the intent telling each dated fact: the first whose first facts hold it and
        # that gives a date ("blog_post.date": blog_post)
        self._dated_tellers = {
            ref: next(
                (
                    i.name
                    for i in knowledge.intents
                    if i.facts and i.facts[0] == ref.partition(".")[0] and DATE_KINDS & set(i.gives)
                ),
                "",
            )
            for ref in self._dated_refs
        }
        comparing = {
            (phrase, concept)
            for concept in COMPARING_CONCEPTS
            for phrase in vocabulary.concepts.get(concept, ())
        }
        # ... and the phrases rewritten into them ("published first": "earliest")
        comparing |= {
            (phrase, concept)
            for phrase, into in vocabulary.rewrites.items()
            for said, concept in list(comparing)
            if into == said
        }
        self._comparing = Phrases((tuple(words(phrase)), concept) for phrase, concept in comparing)
        # (a question with none of these words compares no dates: most, at one look)
        self._comparing_firsts = self._comparing.firsts | self._measures.firsts | self._ago.firsts
        self._whether = [[word] for word in knowledge.questions.whether]
        self._embedded = Phrases(
            [
                *((tuple(words(p)), "embedded") for p in knowledge.questions.embedded),
                *((tuple(words(p)), "telling") for p in knowledge.questions.telling),
            ]
        )
        # the concepts of the question words alone ("who", "what"), no topic of theirs
        self._question_concepts = self._knowledge_weak & frozenset(
            concept
            for phrase in knowledge.questions.question_words
            if len(said := words(phrase)) == 1
            for concept in self._matcher.concepts_of(said[0])
        )
        self._role_words = frozenset(
            word
            for phrases in knowledge.questions.roles.values()
            for phrase in phrases
            for word in words(phrase)
        )
        # the source that lists the cast: the one naming the most of it
        named_by: dict[str, int] = {}
        for member in knowledge.cast:
            for source in member.sources:
                named_by[source] = named_by.get(source, 0) + 1
        self._listing_source = max(named_by, key=lambda s: named_by[s]) if named_by else ""
        self._cast_listed = tuple(
            PersonMatch(member, "actor")
            for member in knowledge.cast
            if self._listing_source in member.sources
        )
        self._cast_listed_ids = frozenset(id(match.who) for match in self._cast_listed)
        self._sourced_alone = frozenset(tuple(words(p)) for p in vocabulary.sourced)
        self._relaying = Phrases(
            (tuple(words(p)), "relaying") for p in knowledge.questions.relaying
        )
        self._situation = Phrases(
            (tuple(words(p)), "situation") for p in knowledge.questions.situation
        )
        self._steps = {word: 1 for word in map(fold, vocabulary.next_words)}
        self._steps.update({word: -1 for word in map(fold, vocabulary.previous_words)})
        self._beside = Phrases((tuple(words(p)), "beside") for p in vocabulary.beside)
        self._same = frozenset(map(fold, vocabulary.same))
        self._complements = frozenset(knowledge.questions.complements)
        self._person_nouns = frozenset(knowledge.questions.kind_nouns.get("person", ()))
        self._articles = frozenset(map(fold, vocabulary.articles))
        self._retracting = frozenset(map(fold, vocabulary.retracting))
        self._cast_parts = frozenset(map(fold, vocabulary.parts))
        self._intents = {intent.name: intent for intent in knowledge.intents}
        # intents of works the sources give no date for ([undated] in questions.toml)
        self._undated_works = [self._intents[name] for name in knowledge.questions.undated]
        # the small talk for a remark that asks nothing the sources answer (Intent.aside)
        self._aside = next((intent for intent in knowledge.intents if intent.aside), None)
        # The concepts of the words that name a source ("review", "article")
        self._mentioning = frozenset(
            concept
            for word in self._matcher.mention_words
            for concept in self._matcher.concepts_of(word)
        )
        # The sources that state each intent's facts.
        self._stated_by = {
            intent.name: frozenset(
                source for name in intent.facts for source in knowledge.facts[name].sources
            )
            for intent in knowledge.intents
        }
        # ... and the sources of the fact each intent gives first, the one it is asked
        # for ("when did it premiere?": the release date, from the article; the show's
        # other facts beside it are the review's too)
        self._stated_first = {
            intent.name: frozenset(knowledge.facts[intent.facts[0]].sources)
            if intent.facts
            else frozenset()
            for intent in knowledge.intents
        }
        # Titles, and vocabulary phrases joined by "and" ("pros and cons"), by first
        # word: no question is split inside one
        self._titles: dict[str, list[tuple[str, ...]]] = {}
        for title in (*(title for title, _ in known_titles(knowledge)), *joined_phrases(knowledge)):
            phrase = tuple(words(title))
            if len(phrase) > 1:
                self._titles.setdefault(phrase[0], []).append(phrase)
        concepts = knowledge.vocabulary.concepts
        # The words that name each topic the sources lack ("win", "award", "gano").
        self._topic_words = {
            intent.name: {
                word
                for cue in intent.cues
                for concept in cue
                for phrase in concepts.get(concept, ())
                for word in words(phrase)
            }
            for intent in knowledge.intents
            if not intent.answerable
        }
        self._asking = knowledge.questions.asking_concepts
        # What asks for a kind of answer ("why", "por qué", "directed by"): a message of
        # these alone asks the last question's kind of thing again ("and who?")
        self._question_phrases = Phrases(
            (tuple(words(phrase)), "asks")
            for phrases in (*knowledge.questions.wants.values(), knowledge.questions.question_words)
            for phrase in phrases
        )
        self._order = {intent.name: index for index, intent in enumerate(knowledge.intents)}
        # Intents another word can turn away ("released" said of the review), and the
        # concepts that can do it
        self._turnable_intents = tuple(i for i in knowledge.intents if i.unless and i.answerable)
        self._turnable = frozenset(c for i in self._turnable_intents for c in i.unless)
        self._holders: dict[str, tuple[PersonMatch, ...]] = {}
        for person in knowledge.people:
            for credit in person.credits:
                found = self._holders.get(credit, ())
                self._holders[credit] = (*found, PersonMatch(person, "crew"))
        # The answers about a work (the review, the blog post, season 2)
        self._work_answers = frozenset(i.name for i in knowledge.intents if i.work)
        # The answers that state the show's counts of episodes and seasons
        self._count_answers = tuple(
            i for i in knowledge.intents if "count" in i.gives and "show" in i.facts
        )
        # The answers with facts that are about someone's credit (the cinematography)
        self._credit_answers = tuple(
            i for i in knowledge.intents if i.credit and i.facts and not i.work
        )
        # Each credited work's answers, those stating its content first (the review's
        # verdict before who wrote it)
        self._work_intents = tuple(
            sorted((i for i in knowledge.intents if i.work and i.credit), key=lambda i: not i.facts)
        )
        # Each work's author, where an intent names both ("review": the reviewer): "he"
        # after any answer from the review is Rony Patra.
        self._authors = {
            intent.work: self._holders[intent.credit]
            for intent in knowledge.intents
            if intent.work and intent.credit in self._holders
        }
        # ... and the other way round, each author's works, by the author itself (not an
        # equal one: see _works_of)
        self._works_by_author: dict[int, frozenset[str]] = {}
        for work, authors in self._authors.items():
            for author in authors:
                key = id(author.who)
                self._works_by_author[key] = self._works_by_author.get(key, frozenset()) | {work}
        # What someone wrote that the sources quote, besides the works credited to them
        # ("what did James Schamus say?": the blog post whose author he is)
        credited = {_name(match) for found in self._authors.values() for match in found}
        self._said_by = {
            str(author): intent
            for intent in knowledge.intents
            if intent.work and intent.facts
            for author in [knowledge.facts[intent.facts[0]].values.get("author")]
            if author and author not in credited
        }
        # ... whose author is, like a credited work's, who "he" is afterwards ("¿y la
        # reseña también es de él?" after the blog post)
        self._writing = frozenset(
            word for phrase in knowledge.questions.roles.get("writer", ()) for word in words(phrase)
        )
        self._indefinite = frozenset(map(fold, knowledge.questions.indefinite))
        self._additive = frozenset(map(fold, knowledge.questions.additive))
        marks = sorted(knowledge.questions.spoken_marks, key=len, reverse=True)
        # (their last words, looked for first: most messages say none)
        self._spoken_hints = frozenset(mark.split()[-1].lower() for mark in marks)
        self._spoken_marks = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, marks)) + r")\b", re.IGNORECASE)
            if marks
            else None
        )
        # words a period may follow inside a sentence: the listed abbreviations, and the
        # words of titles that end in one ("Somos.")
        self._dotted = frozenset(map(fold, knowledge.questions.abbreviations)) | {
            fold(word[:-1])
            for title, _ in known_titles(knowledge)
            for word in title.split()
            if word.endswith(".")
        }
        # words closing a request ("pls"): a sentence may end after one
        closers = sorted(map(fold, knowledge.questions.closing), key=len, reverse=True)
        # (any of them anywhere, looked for first in the lowered message: most hold none)
        self._closer_hint = re.compile("|".join(map(re.escape, closers))) if closers else None
        self._closing_end = (
            re.compile(
                r"\b(" + "|".join(map(re.escape, closers)) + r")\b[\s,]+(?=[^\W\d_])",
                re.IGNORECASE,
            )
            if closers
            else None
        )
        self._precise = frozenset(map(fold, knowledge.questions.precise))
        self._doing = frozenset(map(fold, knowledge.questions.doing))
        # "confirmed for 2023": the year something is set for
        self._scheduling = frozenset(map(fold, knowledge.questions.scheduling))
        # "is it still on Netflix?": asking of now
        self._present = Phrases.of(knowledge.questions.present)
        questions = knowledge.questions
        self._occupation = frozenset(map(fold, questions.occupation))
        self._honorifics = frozenset(map(fold, questions.honorifics))
        # (asked yes or no as well: "¿tiene apellido Doña Chayo?")
        self._surname = Phrases.of(questions.wants.get("surname", ()))
        self._ordering = {word: -1 for word in map(fold, questions.earlier)}
        self._ordering.update({word: 1 for word in map(fold, questions.later)})
        self._ordering.update({word: 0 for word in map(fold, questions.between)})
        # (in a list, besides those: "which of them is higher on the cast list?")
        self._listed_order = dict(self._ordering)
        self._listed_order.update({word: -1 for word in map(fold, questions.higher)})
        self._listed_order.update({word: 1 for word in map(fold, questions.lower)})
        self._talked_authors = dict(self._authors)
        for author, intent in self._said_by.items():
            found = self._matcher.people_named(words(author))
            if intent.work and len(found) == 1:
                self._talked_authors.setdefault(intent.work, found)
        # The works a question can name by a concept that is the work's own name ("what
        # does the review say about the cinematography?", "the season 2 article says …"):
        # "who wrote it?" afterwards asks about that work.
        self._work_concepts = self._matcher.work_concepts
        # "that", "ese": they point back even past a work the message names
        self._pointing_back = frozenset(map(fold, vocabulary.demonstratives))
        # the kinds of answer each work's answers give, and the facts they state
        # ("review": no place, no dated fact)
        self._work_gives: dict[str, frozenset[str]] = {}
        self._work_facts: dict[str, frozenset[str]] = {}
        for intent in knowledge.intents:
            if intent.work and intent.answerable:
                gives = self._work_gives.get(intent.work, frozenset())
                self._work_gives[intent.work] = gives | intent.gives
                stated = self._work_facts.get(intent.work, frozenset())
                self._work_facts[intent.work] = stated | frozenset(intent.facts)
        self._dated_tables = frozenset(ref.partition(".")[0] for ref in knowledge.questions.dated)
        # The words that name a work ("review", "article", "blog post", "Narcos"; the
        # show by its concept): a message that names one points its "it" at that work,
        # not at the one talked about before ("and the show itself, who wrote it?" after
        # the review)
        self._naming_concepts = _NAMING_CONCEPTS | self._matcher.work_concepts
        self._work_names = self._matcher.mention_words | {
            word
            for intent in knowledge.intents
            if intent.work
            for word in words(intent.work)
            if not is_number(word)
        }
        # The works that are shows of their own (another series, a second season): "it"
        # unsaid after one is that show ("¿de qué va a tratar?" after season 2)
        self._show_works = frozenset(
            i.work
            for i in knowledge.intents
            if i.work and (i.name in OTHER_SHOWS or SEASON2_QUALIFIER in i.takes)
        )
        # The facts' words of each reply written once, for _echoes
        self._echo_forms = {
            (code, reply.text): self._facts_forms(reply.text, code)
            for code, composer in self._composers.items()
            for reply in composer.written
        }
        # The replies written once that name one episode, by its position or title ("…
        # especially in the final episode"), with their facts' words: "which episode is
        # the most difficult to watch?" is asked of one of them (_episode_by_its_facts)
        self._episode_tellers = tuple(
            (
                self._intents[name],
                self._echo_forms[(code, reply.text)],
                WordForms(words(reply.text)),
            )
            for code, composer in self._composers.items()
            for name, reply in composer.written_of.items()
            if len(self._episodes_in(reply.text)) == 1
        )
        self._least = frozenset(knowledge.questions.least)
        self._told_dated_by = {i.name: self._told_dated(i.name) for i in knowledge.intents}
        self._question_word_set = frozenset(
            w for w in map(fold, knowledge.questions.question_words) if " " not in w
        )
        self._tellers_cues = frozenset().union(
            *(c for t, _, _ in self._episode_tellers for c in t.cues)
        )
        # the one-word names of each source ("review", "articulo"): a choice between them
        # before a verb of saying asks who says the rest (_sources_then_saying)
        self._source_of_word = {
            fold(phrase): source
            for source, phrases in knowledge.questions.mentions.items()
            for phrase in phrases
            if len(words(phrase)) == 1
        }
        # the concepts of the words that ask ("which", "quién") or name what the answer
        # is about ("episode", "the show", "the review"), not a topic asked of
        self._asking_concepts = (
            _NAMING_CONCEPTS
            | self._work_concepts
            | frozenset().union(
                *(self._matcher.concepts_of(word) for word in knowledge.questions.question_words)
            )
        )
        self._episode_names = {
            fold(name): episode
            for episode in knowledge.episodes
            for name in (episode.title, *episode.aliases)
        }
        # What the commands look names up in, and their autocomplete (`Choices`, made
        # at the first keystroke), kept with the facts they come from
        self._episode_lookup = Lookup(list(self._episode_names), FIND_CUTOFF)
        self._episode_numbers: dict[str, Episode] = {}
        for episode in knowledge.episodes:
            self._episode_numbers.setdefault(str(episode.number), episode)
        self._person_lookup = Lookup(list(self._matcher.people), FIND_CUTOFF)
        self._numbers_in_order = sorted(self._matcher.episodes)  # (bisected for "between")
        self._choices: dict[str, Choices] = {}
        written = self._composers[BASE_LANGUAGE].intents
        for index, intent in enumerate(knowledge.intents, start=1):
            if intent.answerable and intent.name not in written:
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
    def languages(self) -> tuple[str, ...]:
        return tuple(self._composers)

    def credit(self, answer: Answer) -> str:
        """Where an answer comes from, for a footer: source labels and the "as of" date."""
        return self._composers[answer.language].credit(answer.sources, answer.as_of)

    def language_of(self, message: str, default: str = BASE_LANGUAGE) -> str:
        """The reply language for a message: the one whose common words it uses most,
        or `default` when it uses none ("ep 3?") or the count is tied.
        """
        text = message[:MAX_CHARS]
        found = self._without_names(words(text))
        counts = dict.fromkeys(self._markers, 0)
        for word in found:
            for code in self._marked.get(word, ()):
                counts[code] += 1
        said = text.split() if self._letters and not text.isascii() else ()
        for code, letters in self._letters.items() if said else ():
            # "renovó", "¿": a language's own letters
            counts[code] += sum(
                1
                for word in said
                if not letters.isdisjoint(word)
                and not self._neutral.issuperset(w for w in words(word) if len(w) > 1)
            )
        best = max(counts.values(), default=0)
        leaders = [code for code, count in counts.items() if count == best]
        if best == 0 or default in leaders:
            return default if default in self._composers else BASE_LANGUAGE
        return leaders[0]

    def _without_names(self, found: list[str]) -> list[str]:
        """The words outside the titles and names they hold, which are no language's."""
        if self._names_from.keys().isdisjoint(found):
            return found  # most messages: no name or title
        kept: list[str] = []
        at = 0
        while at < len(found):
            for phrase in self._names_from.get(found[at], ()):
                if tuple(found[at : at + len(phrase)]) == phrase:
                    at += len(phrase)
                    break
            else:
                kept.append(found[at])
                at += 1
        return kept

    def answer(
        self,
        message: str,
        language: str | None = None,
        context: Context | None = None,
        *,
        unaddressed: bool = False,
        reply_in: str | None = None,
    ) -> Answer:
        """Answer `message`. `language`: the reply language when the message does not
        show one; `context`: the previous answer's, for follow-ups ("and Chema?");
        `unaddressed`: nobody addressed the bot, so decide whether to speak up at all
        (`Answer.volunteer`); `reply_in`: the reply language whatever the message's (a
        reader's, asking about someone else's message).
        """
        text = message[:MAX_CHARS]
        default = context.language if context else language or BASE_LANGUAGE
        composer = self._composers[reply_in or self.language_of(text, default)]
        variety = zlib.crc32(text.encode("utf-8", "replace"))
        parts = self._one_chat(self._parts(text, composer, context, variety))
        parts = self._aside_to(parts, text, composer)
        if any(part.answered for part in parts):
            parts = [p for p in parts if p.settled and not self._asked_and_answered(p, parts)]
        answer = self._combine(message, parts, composer, context, variety)
        if unaddressed:
            said = len(words(text))
            speaks = any(self._volunteers(part, said) for part in parts if part.answered)
            answer = replace(answer, volunteer=speaks)
        return answer

    def topic(
        self,
        intent: str,
        language: str = BASE_LANGUAGE,
        *,
        episode: Episode | None = None,
        person: PersonMatch | None = None,
    ) -> Answer:
        """The answer for a known intent (a chat command), without reading a question."""
        reading = Reading(
            self._intents[intent],
            1.0,
            episodes=(episode,) if episode else (),
            people=(person,) if person else (),
        )
        composer = self._composer(language)
        return self._combine(intent, [self._respond(reading, composer)], composer, None, 0)

    def find_episode(self, text: str) -> Episode | None:
        """The episode a command argument names: its number, title or a close spelling."""
        cleaned = text[:MAX_NAME_CHARS].strip().lstrip("#")
        numbered = self._episode_numbers.get(cleaned)
        if numbered is not None:
            return numbered
        # (a name as written scores 100, which no other name does: no need to score them)
        named = self._episode_names.get(folded := fold(cleaned))
        if named is not None:
            return named
        found = self._episode_lookup.best(folded)
        return self._episode_names[found] if found is not None else None

    def find_person(self, text: str) -> PersonMatch | None:
        """The cast or crew member a command argument names, allowing typos."""
        people = self._matcher.people
        named = people.get(folded := fold(text[:MAX_NAME_CHARS]))
        if named is not None:  # (as find_episode: a name as written is the best)
            return named
        found = self._person_lookup.best(folded)
        return people[found] if found is not None else None

    def episode_choices(self, current: str, limit: int = 25) -> list[tuple[str, str]]:
        """Autocomplete for episodes: (label, value) pairs best first, at most `limit`,
        only those whose number, title or another name matches what was typed."""
        choices = self._choices.get("episodes")
        if choices is None:  # indexed at the first keystroke, once per fact base
            choices = self._choices["episodes"] = Choices(
                (f"{e.number}. {e.title}", str(e.number), (str(e.number), e.title, *e.aliases))
                for e in self.knowledge.episodes
            )
        return choices.ranked(current[:MAX_NAME_CHARS], limit)

    def person_choices(
        self, current: str, language: str = BASE_LANGUAGE, limit: int = 25
    ) -> list[tuple[str, str]]:
        """Autocomplete for cast members, by character or actor name (or another
        spelling of it), best first; only those that match what was typed."""
        composer = self._composer(language)
        key = f"cast {composer.code}"
        choices = self._choices.get(key)
        if choices is None:  # indexed at the first keystroke, once per fact base
            choices = self._choices[key] = Choices(
                (
                    composer.cast_choice(member)[:100],
                    member.character or member.actor,
                    (member.actor, member.character or "", *member.aliases),
                )
                for member in self.knowledge.cast
            )
        return choices.ranked(current[:MAX_NAME_CHARS], limit)

    def _composer(self, language: str) -> Composer:
        """The composer for `language`, or the facts' own language if it has none."""
        return self._composers.get(language, self._composers[BASE_LANGUAGE])

    def _combine(
        self,
        message: str,
        parts: list[_Part],
        composer: Composer,
        context: Context | None,
        variety: int,
    ) -> Answer:
        parts = _unique(parts)[:MAX_QUESTIONS] or [
            self._respond(Reading(None, 0.0, variety=variety), composer)
        ]
        answered = [part for part in parts if part.answered]
        if answered:
            confidence = min(part.reading.confidence for part in answered)
        else:
            confidence = max(part.reading.confidence for part in parts)
        context = self._next_context(context, parts, composer.code)
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
            language=composer.code,
            context=context,
            outcome=(answered or [p for p in parts if p.sources] or parts)[0].outcome.value,
        )

    def _asked_and_answered(self, part: _Part, parts: list[_Part]) -> bool:
        """A clause that points back at what another clause of the message answered ("the
        one with flies in the title, which ep is that", "the cinematography in the
        finale, who did it"): it says nothing more."""
        reading = part.reading
        wants = reading.form.wants
        if len(parts) < 2 or not wants or reading.people or reading.episodes:
            return False
        topics = _topics(reading.concepts) - self._knowledge_weak
        if part.outcome is not Outcome.UNSAID and (topics or part.outcome is not Outcome.ANSWER):
            return False  # (an answer only to "who did it?": no topic of its own)
        if not self._work_pronoun_at(list(reading.form.tokens)):
            return False
        unsaid = part.outcome is Outcome.UNSAID
        return any(
            other is not part
            # (or told the sources don't say: "the Mexican co-writer, who is it?")
            and (other.answered or other.outcome is Outcome.UNSAID)
            and other.reading.intent
            and wants & other.reading.intent.gives
            # ... an answered "who did it?" only after a bare topic, which asks nothing
            # ("what's it about and who made it?" asks two things)
            and (unsaid or not self._asks(other))
            for other in parts
        )

    def _aside_to(self, parts: list[_Part], text: str, composer: Composer) -> list[_Part]:
        """A remark that asks nothing and names nothing the sources speak of ("it's so
        hot here today ugh", "mi gato duerme en el teclado") is talked to in kind, not
        told the sources don't answer it: it was no question, and is not logged as one."""
        if (
            self._aside is None
            or not parts
            or any(part.answered or part.sources for part in parts)
            or any(map(self._asks, parts))
            or not self._remark_only(text)
        ):
            return parts
        reading = replace(parts[0].reading, intent=self._aside, confidence=1.0)
        return [self._respond(reading, composer)]

    def _remark_only(self, text: str) -> bool:
        """Whether a message only remarks on something the sources know nothing of: no
        "?", no question word, opener, request or either/or anywhere, and every word it means
        something by unknown to the bot (no topic, work, fact word, person or episode)."""
        if "?" in text or "¿" in text:
            return False
        said = [t for t in _clause_tokens(fold(without_markup(text))) if t != _COMMA]
        # (a few words may be a name or term asked about: "asdfghjkl", "the villain",
        # "miguel angel treviño")
        if len(said) < ASIDE_WORDS:
            return False
        if self._question_phrases.within(said) or not _EITHER.isdisjoint(said):
            return False
        if self._embedded.within(said):  # a request, however out of scope: "tell me a joke"
            return False
        if self._matcher.opens_yes_no(said):
            return False
        # (read whole, as said: a part read after the last answer may have lost words)
        reading = self._matcher.read(said)
        return reading.concepts == {UNKNOWN_CONCEPT} and not (reading.people or reading.episodes)

    def _one_chat(self, parts: list[_Part]) -> list[_Part]:
        """Small talk gets one reply ("thanks, that's all": the thanks), and none beside a
        real answer ("ok, and who wrote it?"); thanks or goodbye beside a remark that
        asks nothing ("ok gonna go cry now, thanks") is that small talk alone.
        """
        chat = [p for p in parts if p.answered and p.reading.intent and p.reading.intent.chat]
        if not chat:
            return parts
        rest = [p for p in parts if p not in chat]
        closing = any(p.reading.intent and p.reading.intent.closes for p in chat)
        if any(p.settled for p in rest) and not (closing and not any(map(self._asks, rest))):
            return rest
        return [min(chat, key=lambda p: self._order.get(_intent_name(p.reading), 0))]

    def _asks(self, part: _Part) -> bool:
        """Whether a part of a message asks something: a "?", a question word, a yes/no
        opener, a word of request, or an asking verb ("tell me about")."""
        form = part.reading.form
        if form.tokens[:1] and form.tokens[0] in _AND:
            return True  # "who plays Irene? and Chema": the question again, of Chema
        if _names_only(part.reading) and len(form.tokens) <= BARE_NAME_WORDS:
            return True  # "… also Chema"
        # "?", a question word, an opener, a request, a tag ("ya salió, o qué"), an
        # asking verb ("tell me about")
        return self._matcher.asks(form) or self._asks_by_concept(part.reading)

    def _asks_by_concept(self, reading: Reading) -> bool:
        """A concept that asks in a terse message ("ep 6 title", "cast list"), not in a
        remark ("saw that name next to the first episode somewhere")."""
        return len(reading.form.tokens) <= TERSE_WORDS and bool(self._asking & reading.concepts)

    def _asks_by_form(self, reading: Reading, speech: Addressing) -> bool:
        """A "?", a question word, a clear yes/no opener, a request, or an asking verb."""
        return (
            speech.sure_question
            or speech.requests
            or speech.names_wanted
            or bool(self._asking & reading.concepts)
        )

    def _asked(self, clauses: list[list[_Part]]) -> list[_Part]:
        """The parts of the clauses of a message that ask, when one does: a remark
        beside a question ("how old is Jero Medina? he looks 16", "what else has she
        written? want to read her stuff") is the asker's context, not a question."""
        if len(clauses) > 1:
            # "are you sure? i thought the last one was the night belongs to us": the doubt
            # is of the claim beside it, which the facts settle, not of the last answer
            claims = [
                c
                for c in clauses
                if any(p.outcome in _CHECKED and not p.reading.confirms for p in c)
            ]
            doubted = any(p.reading.confirms for c in clauses for p in c)
            if doubted:
                # ("are you sure? i thought it was Armando Silva": "Yes", sure of the
                # answer, rather than "No" to the value put forward beside the doubt)
                claims = [c for c in claims if not any(p.reading.claimed for p in c)]
            if claims and doubted:
                clauses = claims
            clauses = [c for c in clauses if any(self._asks(p) for p in c)] or clauses
            if any(p.reading.sourced for c in clauses for p in c):
                # "are you sure? where'd you find that?": where it is from, which says
                # the answer again too
                clauses = [[p for p in c if not p.reading.confirms] for c in clauses]
                clauses = [c for c in clauses if c]
        # ... and so is a part of one clause after a part that asks ("who directed ep 3,
        # that one hit different")
        return [part for clause in clauses for part in self._without_afterthoughts(clause)]

    def _without_afterthoughts(self, parts: list[_Part]) -> list[_Part]:
        if len(parts) < 2:
            return parts  # (the first part is kept whether it asks or not)
        asking = [at for at, part in enumerate(parts) if self._asks(part)]
        if not asking:
            return parts
        # (a short part between two that ask is an item of their list: "who wrote,
        # directed and created it?", "the release date, cast, and plot?"; one that only
        # names another of what a part before it asked about is asked the same: "cómo se
        # llama el cap 2 y el cap 5", "… ni el 5")
        first = parts[asking[0]].reading
        return [
            p
            for at, p in enumerate(parts)
            if at <= asking[0]
            or self._asks(p)
            or (at < asking[-1] and len(p.reading.form.tokens) <= LIST_ITEM_WORDS)
            or (
                bool(p.reading.people or p.reading.episodes)
                and p.reading.intent is first.intent
                and self._only_names(p.reading)  # ("y el cap 5", not "ep 4 was boring")
            )
        ]

    def _volunteers(self, part: _Part, said: int) -> bool:
        """Whether to say this answer to a message of `said` words nobody addressed to
        the bot; a phrase that only names what it wants ("cap 3 titulo") asks when it is
        about the whole message, not beside a remark ("el titulo del cap 3, tell the
        moon to come, esta bien poetico")."""
        reading = part.reading
        if reading.intent is None or not reading.intent.volunteer or reading.intent.chat:
            return False
        speech = self._matcher.addressing(reading.form)
        alone = said <= len(reading.form.tokens) + ALONE_SLACK
        return volunteer(
            outcome=part.outcome,
            confidence=reading.confidence,
            question=speech.sure_question
            or speech.requests
            or (alone and self._asks_by_form(reading, speech)),
            to_others=speech.to_others,
            allowed=True,
            whole=_wholly_understood(reading, speech.sure_question),
        )

    def _parts(
        self, message: str, composer: Composer, context: Context | None, variety: int
    ) -> list[_Part]:
        message = without_markup(message)
        lowered = message.lower()
        if self._spoken_marks is not None and any(h in lowered for h in self._spoken_hints):
            message = self._spoken_marks.sub("?", message)  # "… question mark" dictated
        pieces = _CLAUSE_BREAK.split(message)  # clause, break, clause, ...
        if ". " in message or (self._closer_hint is not None and self._closer_hint.search(lowered)):
            pieces = self._sentences(pieces)  # (most messages: one sentence a clause)
        read: list[list[str]] = []
        after_period: list[bool] = []  # each clause: whether it follows a sentence's end
        pointing = False  # the last clause only pointed back at one the last answer named
        for index in range(0, min(len(pieces), MAX_PIECES), 2):
            if len(read) == MAX_CLAUSES:
                break
            if not pieces[index].strip():
                continue
            words = self._without_retracted(
                self._without_preamble(
                    self._without_situation(
                        self._relayed(
                            self._tag_closed(
                                self._without_pointer_aside(self._after_lead_in(pieces[index]))
                            )
                        )
                    )
                )
            )
            ends = pieces[index + 1] if index + 1 < len(pieces) else ""
            if not words:
                continue
            words, pointed_only = self._pointed_back(words, context)
            if read and read[-1][-1] != QUESTION_MARK and self._only_tag(words):
                # "Salió en 2020, ¿verdad?": a tag of its own asks of the clause before
                read[-1] = [*read[-1], *words, QUESTION_MARK]
            elif (
                read and read[-1][-1] != QUESTION_MARK and (self._return_ends(read[-1]) or pointing)
            ):
                # "volviendo a Benjamín, ¿en qué capítulo aparece?": one question; "y la
                # primera, ¿qué dice la reseña de ella?": of her, by name
                named = self._pronoun_named(read[-1], words) if pointing else None
                merged = named or [*read[-1], _COMMA, *words]
                read[-1] = [*merged, *([QUESTION_MARK] if "?" in ends else [])]
            else:
                read.append([*words, QUESTION_MARK] if "?" in ends else words)
                # (after a sentence's period only, not after a "?" or "!": see below)
                after_period.append(bool(read[:-1]) and not pieces[index - 1])
            # ("the second one, is her character related to Benjamín?": one question)
            pointing = pointed_only
        # (words the whole message may still have read)
        short = sum(map(len, read)) <= SHORT_MESSAGE_WORDS
        budget = [MAX_READ_WORDS + (SHORT_MESSAGE_EXTRA if short else 0)]
        clauses: list[list[_Part]] = []
        before = context  # the context the last clause was read in
        last_words: list[str] = []  # the words of the last clause
        for at, (words, after_sentence) in enumerate(zip(read, after_period, strict=True)):
            if budget[0] <= READ_COST:
                break  # past what one message may cost
            # Each clause is read in the light of the ones before it ("is there a
            # trailer? when did it drop": "it" is the trailer); worked out only when a
            # clause follows (the message's own context is _combine's).
            if clauses:
                before = context
                context = self._next_context(context, clauses[-1], composer.code)
            words = words[: budget[0] - READ_COST]
            found = self._split(words, MAX_QUESTIONS, composer, context, variety, budget)
            if clauses and self._tells_topic(clauses[-1], found) and budget[0] > READ_COST:
                # "fue en tamaulipas no? lo de la masacre": the words after a question
                # understood as nothing say what it was about
                words = [*(w for w in last_words if w != QUESTION_MARK), *words, QUESTION_MARK]
                found = self._split(words, MAX_QUESTIONS, composer, before, variety, budget)
                clauses.pop()
                context = before
            elif (
                after_sentence
                and budget[0] > READ_COST
                and not any(part.settled for part in found)
                and not any(p.reading.intent and p.reading.intent.chat for p in clauses[-1])
            ):
                # "i thought there were six seasons. are there?": a sentence understood as
                # nothing on its own may ask of the one before it; read together, they
                # are taken when understood
                joined = [*(w for w in last_words if w != QUESTION_MARK), *words]
                again = self._split(joined, MAX_QUESTIONS, composer, before, variety, budget)
                if any(part.settled for part in again):
                    found, words, context = again, joined, before
                    clauses.pop()
            elif (
                at == len(read) - 1
                and not any(part.answered for part in found)
                and budget[0] > READ_COST
            ):
                tail = self._tail(words)
                if tail:
                    # "ngl i only clicked on it bc …, ended up watching 4 eps in a row,
                    # anyway who's the guy behind it": a long clause not understood as a
                    # whole may end in its question, read on its own
                    ending = self._split(tail, MAX_QUESTIONS, composer, context, variety, budget)
                    if any(part.answered for part in ending):
                        found = ending
            clauses.append(found)
            last_words = words
        return self._asked(clauses)

    def _tail(self, words: list[str]) -> list[str]:
        """What a long clause says after its last comma, with the part before that too
        where the last is a few words ("…, i need the exact release date, anyone?"), if
        the clause is long enough to bury a question (TAIL_AFTER words or more)."""
        commas = [at for at, word in enumerate(words) if word == _COMMA]
        if len(words) < TAIL_AFTER or not commas:
            return []
        for at in reversed(commas):
            tail = words[at + 1 :]
            if sum(1 for w in tail if w != QUESTION_MARK and not self._is_chatter(w)) >= 3:
                # (only after words that ask nothing: "who dreamed this show up, and when
                # did netflix put it out?" asks twice, and half an answer is a wrong one)
                before = [w for w in words[:at] if w != _COMMA]
                start = next((i for i, w in enumerate(before) if not self._is_chatter(w)), 0)
                asked_before = bool(
                    self._question_phrases.at(before, start)
                ) or self._matcher.clearly_opens_yes_no(before)
                return tail if self._may_ask(tail) and not asked_before else []
        return []

    def _sentences(self, pieces: list[str]) -> list[str]:
        """The clauses and breaks, each clause cut where a sentence ends inside it ("alv el
        ultimo cap me dejo llorando. como se llama ese cap": two), at a period and a
        space before a letter, after a word of two letters or more that is no
        abbreviation and no title's own ("Somos. is good", "the U.S. triggered" end none);
        or after a word that closes a request, with a few words before and after it
        ("list the ep titles pls im making a schedule": [others] closing).
        """
        closing = self._closing_end
        cut: list[str] = []
        for index, piece in enumerate(pieces):
            if index % 2:
                cut.append(piece)
                continue
            # (where each sentence stops, where the next resumes, the words it needs)
            ends = [
                (end.start(1) + len(end.group(1)), end.end(), 1)
                for end in _SENTENCE_END.finditer(piece)
                if fold(end.group(1)) not in self._dotted
            ]
            if closing is not None:
                ends += [(end.end(1), end.end(), CLOSED_WORDS) for end in closing.finditer(piece)]
            start = 0
            for stop, resume, least in sorted(ends):
                before, after = piece[start:stop].split(), piece[resume:].split()
                if stop > start and len(before) >= least and len(after) >= least:
                    cut += [piece[start:stop], ""]
                    start = resume
            cut.append(piece[start:])
        return cut

    def _tells_topic(self, question: list[_Part], after: list[_Part]) -> bool:
        """Whether a short remark that only names something (`after`) follows a question
        that was understood as nothing, or one that names no work while the remark names
        one, and so says what the question was about ("fue en tamaulipas no? lo de la
        masacre", "quién la escribió? la reseña")."""
        if len(after) != 1 or len(question) != 1 or self._asks(after[0]):
            return False
        tokens = after[0].reading.form.tokens
        if len(tokens) > TOPIC_TAIL_WORDS or not self._asks(question[0]):
            return False
        # (read alone: what the remark names, every word of it known)
        named = self._matcher.read(list(tokens))
        if named.intent is None or named.intent.chat or UNKNOWN_CONCEPT in named.concepts:
            return False
        asked = question[0].reading
        # (understood as nothing on its own words: the last answer's topic a follow-up
        # took is no topic of its own, "… ¿verdad?" → "fue en tamaulipas no? lo de la
        # masacre")
        if asked.intent is None or self._matcher.read(list(asked.form.tokens)).intent is None:
            return True
        # (the question names nothing of its own, or the show only by a pronoun)
        if asked.people or asked.episodes or asked.concepts & self._work_concepts:
            return False
        if SHOW_CONCEPT in asked.concepts and not self._work_pronoun_at(list(asked.form.tokens)):
            return False
        return bool(named.intent.work)

    def _apposition(self, left: _Part, right: list[str]) -> bool:
        """Whether the words after a comma only name again the work a question before it
        asked about ("who created the other show, Narcos?", "¿quién hizo la fotografía de
        Narcos, la otra serie que nombra?"): no question word, a few words, works only."""
        works = self._work_concepts | {OTHER_SHOWS_CONCEPT}
        if not (left.reading.form.asks and left.reading.concepts & works):
            return False
        said = [t for t in right if t not in (_COMMA, QUESTION_MARK)]
        if len(said) > APPOSITIVE_WORDS:
            return False
        reading = self._matcher.read(said)  # (its own words, not what they point back at)
        named = reading.concepts - self._knowledge_weak - APPOSITIVE_FILLER
        return not reading.form.asks and bool(named) and named <= works

    def _only_names(self, reading: Reading) -> bool:
        """Whether a short reading's words only name an item: articles, joining words,
        an episode's noun and number, a person's name ("y el cap 5", "ni el 5", "and
        Paquito"), nothing said of it ("episode 4 was boring")."""
        tokens = [t for t in reading.form.tokens if t != QUESTION_MARK]
        names = {w for m in reading.people for w in words(_name(m))}
        return len(tokens) <= NAMED_ITEM_WORDS and all(
            t in ARTICLES
            or t in _AND
            or t in names
            or is_number(t)
            or EPISODE_CONCEPT in self._matcher.concepts_of(t)
            for t in tokens
        )

    def _judged_topic(
        self, tokens: list[str], reading: Reading, context: Context
    ) -> Reading | None:
        """ "was it good?", "¿y estuvo buena?" after "who did the cinematography?": a
        judgement asked, in a short follow-up that names nothing else, of the topic just
        answered (whose facts hold the review's word on it: "impressive"), not of the
        show; asked as a yes or no."""
        last = self._intents.get(context.intent)
        if (
            last is None
            or last not in self._credit_answers
            or reading.people
            or reading.episodes
            or not {REVIEW_CONCEPT} <= reading.concepts <= {REVIEW_CONCEPT, ENJOY_CONCEPT}
            or len(tokens) > SHORT_FOLLOW_UP
            or reading.form.wants  # ("and who's the critic?" asks a person)
            # ("was the review good?" judges the review; "¿y al crítico le gustó?" asks
            # whether the critic liked the topic)
            or (
                not self._matcher.mention_words.isdisjoint(tokens)
                and self._checker.without_praise(reading.form) is reading.form
            )
        ):
            return None
        form = replace(reading.form, yes_no=True, asked_yes_no=True)
        return replace(
            reading, intent=last, confidence=max(reading.confidence, ANSWER_AT), form=form
        )

    def _statement_cited(
        self, tokens: list[str], read: Reading, budget: list[int]
    ) -> Reading | None:
        """ "who said some parts are manipulative and repetitive?", "which source says the
        final episode hits you like a ton of bricks?": what the rest of the question
        states, read without the words asking who says it, to be answered with the
        source that says it (see _stating). None where the words asking name no saying
        and no source ("¿de dónde sacaste el año?" asks of the last answer), where the
        rest states nothing of its own ("who said that?", "which source says so, the
        review or the article?") or names a topic the sources lack (declined as such);
        a statement no answer holds is declined, never credited to the last answer's
        source."""
        found = self._says_who.find(tokens) if SAYS_WHO_CONCEPT in read.concepts else []
        if not found:
            found = self._who_then_saying(tokens)  # "who praised his cinematography?"
        if not found:
            found = self._sources_then_saying(tokens)  # "the review or the article said …?"
        if not found:
            return None
        start, end, _ = found[0]
        asking = tokens[start:end]
        if self._who_speaking.isdisjoint(asking) and SOURCE_WORDS.isdisjoint(asking):
            return None  # ("¿de dónde sacaste el año?": what the last answer said)
        rest = [t for t in (*tokens[:start], *tokens[end:]) if t != QUESTION_MARK]
        if not self._telling(rest) or not _spend(budget, len(rest)):
            return None
        topic = self._matcher.read(rest)
        intent = topic.intent
        if intent is not None and not intent.answerable and topic.confidence >= ANSWER_AT:
            return None  # a topic the sources lack ("who claims it got a third season?")
        if not topic.answered or intent is None or intent.chat:
            # read as no topic of its own ("who said the dark storyline can act as a
            # trigger for certain audiences?"): the answer that holds all its words
            holding = [
                reading
                for composer in self._composers.values()
                for reading, reply in self._statements(composer)
                if self._holds(rest, reply.text)
            ]
            if not holding:  # nobody in the sources says it
                return replace(read, intent=None, confidence=0.0, ranked=(), stated=tuple(rest))
            topic = holding[0]
        # (what is said is checked against the facts where the question asks who said
        # it, not which source names or was published when: "which source was
        # published in 2021?")
        claims = not self._who_speaking.isdisjoint(asking)
        return replace(topic, sourced=True, stated=tuple(rest), claims_checked=claims)

    def _who_then_saying(self, tokens: Sequence[str]) -> list[tuple[int, int, str]]:
        """A question opening with "who" and a verb of saying or judging ("who praised
        Ignacio Prieto's cinematography?", "¿quién elogió la fotografía?", "who called
        it manipulative?"): those two words, which ask who says the rest."""
        if len(tokens) < 3 or tokens[1] not in self._who_speaking:
            return []
        return (
            [(0, 2, SAYS_WHO_CONCEPT)]
            if WHO_CONCEPT in self._matcher.concepts_of(tokens[0])
            else []
        )

    def _sources_then_saying(self, tokens: Sequence[str]) -> list[tuple[int, int, str]]:
        """ "Was it the review or the article that said most of the cast are untrained?",
        "¿fue la reseña o el artículo el que dijo que …?": two sources offered as a
        choice, then a verb of saying: the words up to it ask who says the rest, as "who
        said" does."""
        if self._source_of_word.keys().isdisjoint(tokens):
            return []  # (most questions: no source named)
        named = [
            (at, self._source_of_word[t])
            for at, t in enumerate(tokens)
            if t in self._source_of_word
        ]
        # (the first two sources named, "or" between them, and the verb right after the
        # second: "review or article, what does the article say …?" offers no choice)
        pairs = itertools.pairwise(named)
        pair = next(((a, b) for a, b in pairs if a[1] != b[1]), None)
        if pair is None or self._or_words.isdisjoint(tokens[pair[0][0] : pair[1][0]]):
            return []
        last = pair[1][0]
        for at in range(last + 1, min(len(tokens) - 1, last + 1 + SAYING_REACH)):
            if tokens[at] in self._question_word_set:
                return []
            if tokens[at] in self._matcher.speaking:
                end = at + 2 if tokens[at + 1] in STATEMENT_JOINS else at + 1
                return [(0, end, SAYS_WHO_CONCEPT)]
        return []

    def _closed_by_tag(self, tokens: Sequence[str]) -> bool:
        """Whether the words are one clause a yes/no tag closes ("… co-wrote it, right?",
        "…, ¿no?"): no comma before the tag's own, and no question word opening it."""
        said = tokens[:-1] if tokens[-1:] == [QUESTION_MARK] else tokens
        tag = self._matcher.ending_tag(said)
        if not tag:
            return False
        body = said[: -len(tag)]
        if body[-1:] == [_COMMA]:
            body = body[:-1]
        return _COMMA not in body and not self._question_phrases.at(body, 0)

    def _telling(self, stated: Sequence[str]) -> list[str]:
        """The words of a statement that tell what it says: not fillers or question words,
        not the words naming a source, pointing back or saying ("that, the review or the
        article", "mentions"), not words of one or two letters."""
        skipped = self._matcher.mention_words | self._pointing | self._matcher.speaking
        skipped = skipped | STATEMENT_JOINS
        return [
            w
            for w in stated
            if (len(w) > 2 or w.isdigit())
            and w not in skipped
            and not self._matcher.is_filler(w)
            and self._question_phrases.at([w], 0) is None  # ("que", "who")
        ]

    def _holds(
        self, stated: Sequence[str], text: str, concepts: frozenset[str] = frozenset()
    ) -> bool:
        """Whether a reply's text says what a statement says: each of its telling words
        in the text (a word of it, or one sharing its first STEM letters), or a word of
        the topic the reply answers (`concepts`: "the episode titles" of the list); and
        no negation in the statement the text lacks ("the story isn't gripping")."""
        said = fold(text)
        said_words = words(text)
        telling = self._telling(stated)
        if all(map(str.isdigit, telling)):
            return False  # ("who said 1 2 3?": numbers alone state nothing)
        for at, word in enumerate(stated[:-1]):
            # a negated word is negated in the text too ("the story isn't gripping")
            if word in NEGATED and not self._negated_in(stated[at + 1], said_words):
                return False
        known = frozenset(said_words)
        topical = self._matcher.naming(stated, concepts) if concepts else set()
        return all(
            word in known
            or (len(word) > STEM and word[:STEM] in said)
            or word in topical  # ("came" of "it came out": the release, as a phrase)
            for word in telling
        )

    @staticmethod
    def _negated_in(word: str, said: Sequence[str]) -> bool:
        """Whether `said` holds `word` (or a form sharing its first STEM letters) within a
        few words after a negation."""
        return any(
            token[:STEM] == word[:STEM]
            and any(t in NEGATED for t in said[max(0, at - NEGATION_REACH) : at])
            for at, token in enumerate(said)
        )

    def _stating(self, reading: Reading, reply: Reply, composer: Composer) -> Reply:
        """The answer that says the statement a question asks the source of, with the
        sources that say it: the one its topic reads as, if that holds it ("which source
        says the final episode hits you like a ton of bricks?"), or else the first of all
        the answers that does ("who claims the story is gripping but melancholic?": the
        review's verdict, not the story); with no sources where none holds it. Of several
        sources, those the answer names as saying it ("the review says it … hits you like
        a ton of bricks": the review, not the article)."""
        stated = reading.stated
        if self._holds(stated, reply.text, reading.cue):  # (the topic's own words count)
            best = reply
        elif not reading.claims_checked and reading.confidence >= ANSWER_AT and reply.text:
            # (which source has a topic, in no verb of saying: "¿en qué fuente viene la
            # fecha de estreno?" asks where the release is told, not who says "viene")
            best = reply
        else:
            holding = [r for _, r in self._statements(composer) if self._holds(stated, r.text)]
            if not holding:
                return replace(reply, sources=())
            best = holding[0]
        if len(best.sources) < 2:
            return best
        named = self._matcher.read(words(best.text)).form.mentions
        return replace(best, sources=tuple(s for s in best.sources if s in named) or best.sources)

    def _statements(self, composer: Composer) -> tuple[tuple[Reading, Reply], ...]:
        """Every answer the facts give, in one language (worked out once): each topic's,
        each episode's and each person's, which a statement's words may be found in."""
        found = self._statement_replies.get(composer.code)
        if found is None:
            readings = [
                Reading(intent, 1.0)
                for intent in self.knowledge.intents
                if intent.answerable and not intent.chat and intent.name != PERSON_INTENT
            ]
            episode = self._intents["episode"]
            readings += [Reading(episode, 1.0, episodes=(e,)) for e in self.knowledge.episodes]
            person = self._intents[PERSON_INTENT]
            people = {id(m.who): m for m in self._matcher.people.values()}
            readings += [Reading(person, 1.0, people=(m,)) for m in people.values()]
            replies = ((r, composer.answer(r)) for r in readings)
            found = tuple((r, said) for r, said in replies if said.text)
            self._statement_replies[composer.code] = found
        return found

    def _asks_again(self, reading: Reading, context: Context | None) -> str | None:
        """Why a message asks the last question again, if it does: "confirms" (it doubts
        the answer) or "sourced" (it asks which source says it)."""
        if self._doubts(reading, context):
            # ("that's wrong": the answer's source, rather than a "Yes" to agree with it)
            assert reading.intent is not None
            return "sourced" if reading.intent.disputes else "confirms"
        said_where = reading.intent is not None and reading.intent.name == SAID_WHERE
        if context is not None and context.asked and reading.answered and said_where:
            return "sourced"
        if context is None or not context.asked or len(reading.form.tokens) > SOURCED_WORDS:
            return None  # (most messages)
        said = [t for t in reading.form.tokens if t.isalnum() and not self._is_chatter(t)]
        return "sourced" if tuple(said) in self._sourced_alone else None  # "source?", "¿fuente?"

    def _counter_claim(
        self, reading: Reading, context: Context | None
    ) -> tuple[tuple[str, ...], ...]:
        """The values a message puts forward as the last question's answer, if that is
        all it does: after its last copula, only someone, a year or a named thing of the
        kind the last question asked for, and no topic of its own ("was it Jero
        Medina?", "nel, yo creo q es areli gonzalez" after "who plays Chema?"; "no
        manches, yo leí que fue en 2022" after "when did it come out?"; "no way, it was
        the Sinaloa cartel" after "which cartel carried it out?"). "Is Jero Medina in
        it?", "is that the same guy who plays Benjamín?" go on past the copula in words
        of their own."""
        form = reading.form
        if context is None or not context.asked or form.asks:
            return ()  # (no answer to put a value forward as; "and who is Chayo exactly?")
        tokens = [t for t in form.tokens if t != QUESTION_MARK]
        copulas = [at for at, token in enumerate(tokens) if token in self._copulas]
        if not copulas:
            return ()
        last = self._intents.get(context.intent)
        if last is None or not last.answerable or last.chat:
            return ()
        cued = {concept for cue in last.cues for concept in cue}  # ("el cartel de …")
        topics = {c for c in reading.concepts if not c.startswith("@")} - self._claim_neutral
        # (of someone talked about, "is she related to Érika?", or in words not read,
        # the value is not put forward as the answer)
        unread = any(len(word) > 3 for word in reading.unknown)
        if topics - cued or not self._he_or_she.isdisjoint(tokens):
            return ()
        named = bool(reading.people or form.years or form.things)
        if unread and (named or not last.gives & _NAME_KINDS):
            return ()
        claimed: tuple[tuple[str, ...], ...] = ()
        if not named:
            # a name the facts don't know, of something the last question named, asked
            # ("no es Álvaro?" after "what's the first episode called?"; "the camerawork
            # is insane" tells)
            after = [t for t in tokens[copulas[-1] + 1 :] if t not in ARTICLES]
            if form.asked_yes_no and after and set(after) <= set(reading.unknown):
                claimed = tuple((word,) for word in reading.unknown)
        elif reading.people:
            # (a credit asked about, "who directed it?", is checked as that credit of
            # theirs: the answer names the co-writers too)
            if "person" in last.gives and not form.years and last.credit is None:
                claimed = tuple((fold(_name(m)),) for m in reading.people)
        elif form.years:
            if last.gives & DATE_KINDS:
                claimed = tuple((str(year),) for year in form.years)
        elif form.things and (
            reading.intent is None or reading.intent.chat or reading.intent is last
        ):
            # (only where a reaction took it, or where it is read as the last question's
            # topic: "fue el cartel de Sinaloa, no?" after the source article checks
            # itself against the story; a place or company a show may be in several of,
            # "is it on Prime too?", is no rival to the answer's)
            kinds = {thing.label for thing in form.things}
            if kinds <= last.gives and not kinds & self._open_classes:
                claimed = tuple(tuple(fold(n) for n in thing.names) for thing in form.things)
            if claimed and context.replied:
                # (of a class the last answer names none of, no rival to it: "is it
                # available in India?" after where to watch it, Netflix and no country)
                local = self._local_facts.get(context.language, {})
                said = self._checker.evidence(last, context.replied, local)
                held, contradicted, _ = self._checker.things(form, said, of_someone=False)
                if not held and not contradicted:
                    claimed = ()
        value_words = {w for value in claimed for name in value for w in words(name)}
        after = tokens[copulas[-1] + 1 :]
        # (the value closes the message: "is Caraly Sánchez mentioned in the review?"
        # goes on past it)
        if not after or after[-1] not in value_words or not self._same.isdisjoint(after):
            return ()
        for word in after:
            if word in value_words or word in ARTICLES or word in PREPOSITIONS:
                continue
            if word in self._claim_links or self._matcher.is_filler(word):
                continue
            if form.things and self._matcher.concepts_of(word) & cued:
                continue  # ("el cartel de Jalisco" after "who carried out the massacre?")
            return ()  # (words of its own past the copula)
        return claimed

    def _doubts(self, reading: Reading, context: Context | None) -> bool:
        """Whether the message doubts the last answer ("are you sure?"), asking at most
        for the kind of fact it gave ("¿estás seguro de la fecha?")."""
        if context is None or not context.asked or not reading.answered:
            return False
        if reading.intent is None or not reading.intent.confirms:
            return False
        last = self._intents.get(context.intent)
        wants = reading.form.wants
        return not wants or (last is not None and bool(wants & last.gives))

    def _told_of_the_last(
        self, tokens: list[str], reading: Reading, context: Context
    ) -> Reading | None:
        """ "What did the review think of it?" after the cinematography: what a source
        says of the topic just answered, when that source states its facts (not the
        source's own summary)."""
        last = self._intents.get(context.intent)
        intent = reading.intent
        if last is None or intent is None or not last.answerable or last.work or last is intent:
            return None
        cited = reading.form.mentions
        if not cited or intent.work is None or not self._work_pronoun_at(tokens):
            return None
        if reading.people or reading.episodes or not cited <= self._stated_by[last.name]:
            return None
        # ... and the message names nothing but the source ("the review", "think")
        if reading.cue - self._knowledge_weak - {intent.work} - self._mentioning:
            return None
        return self._asked_again(reading, last, context)

    def _asks_the_doer(self, tokens: list[str], reading: Reading, context: Context) -> bool:
        """Whether a follow-up asks who did what the last question named ("¿quién la
        hizo?", "who carried it out?" after "where did the massacre happen?"): it asks
        who, points back ("it", "la"), and names a deed the last answer says was done by
        someone ("carried out by", "cometida por": [deeds] and doers in questions.toml),
        of an event the last question named ([dated] words of the answer's facts)."""
        if WHO_CONCEPT not in reading.concepts or not context.replied or not context.asked:
            return False
        if not (self._work_pronoun_at(tokens) or self._clitics.intersection(tokens)):
            return False
        if self._deed_firsts.isdisjoint(tokens):
            return False  # (most follow-ups: no word of a deed)
        done = {verb for phrase, verb in self._deed_phrases if has_phrase(tokens, phrase)}
        said = f" {fold(context.replied)} "
        if not any(f" {verb} {agent} " in said for verb in done for agent in self._doers):
            return False
        last = self._intents.get(context.intent)
        events = {
            word
            for ref, named in self.knowledge.questions.dated.items()
            if last is not None and ref.partition(".")[0] in last.facts
            for phrase in named
            for word in words(phrase)
        }
        return not events.isdisjoint(context.asked)

    def _asked_again(self, reading: Reading, last: Intent, context: Context) -> Reading:
        """The last question asked again by this reading, of the conversation's episode
        and person where that question takes them."""
        return replace(
            reading,
            intent=last,
            confidence=max(reading.confidence, ANSWER_AT),
            episodes=context.episodes if EPISODE_QUALIFIER in last.takes else (),
            people=context.people if last.name == PERSON_INTENT else (),
        )

    def _answerable(self, name: str) -> bool:
        """Whether the intent named so has an answer (not a topic no source covers)."""
        intent = self._intents.get(name)
        return intent is not None and intent.answerable

    def _is_chatter(self, token: str) -> bool:
        """A word that opens a message without meaning anything ("oye", "ok", ",")."""
        return token == _COMMA or token in OPENING_CHATTER or self._matcher.is_filler(token)

    def _returned(self, tokens: list[str]) -> list[str]:
        """A clause that opens with a return to something talked about before ("ok going
        back to Paquito's actor, has he been in anything else?"), read as one question:
        what it returns to is what the rest asks about, not a question of its own."""
        start = self._return_ends(tokens)
        if start is None or _COMMA not in tokens[start:]:
            return tokens
        comma = tokens.index(_COMMA, start)
        return [*tokens[start:comma], *tokens[comma + 1 :]]

    def _joins_names(self, tokens: list[str], at: int) -> bool:
        """Whether the "and" at `at` joins two people named as written, whom the words
        after them ask something of ("who do Jero Medina and Mercedes Hernández play?",
        "¿Irene y Chema salen en la reseña?"), not a question of its own ("who plays
        Irene and Chema?", "who is Irene and who plays her?")."""
        right = self._matcher.name_at(tokens, at + 1)
        left = self._matcher.name_at(tokens, 0, end=at) if right else 0
        if not left:
            return False
        if at > left and tokens[at - left - 1] in self._choosing:
            return True  # "which of Mercedes Hernández and Armando Silva …?": a choice
        after = tokens[at + 1 + right :]
        if not [t for t in after if t != QUESTION_MARK]:
            return False
        return not (
            self._question_phrases.at(after, 0) or self._matcher.clearly_opens_yes_no(after)
        )

    def _pointed_back(self, tokens: list[str], context: Context | None) -> tuple[list[str], bool]:
        """ "The first one you mentioned, is he a star?", "y la primera, ¿qué dice la reseña
        de ella?", "is the second one you named the finale?": a position among the two or
        more people the last answer named, or among its episodes where the words say it
        is of that list ([followups] picking_*), put in the words as that one's name.
        Also whether the words say nothing else, so that the question is the next
        clause's ("the second one, is her character related to Benjamín?")."""
        if context is None or not (context.reply_parts or context.among):
            return tokens, False
        for at in range(1, len(tokens)):
            number = self._matcher.ordinal(tokens[at])
            if number is None or tokens[at - 1] not in self._picking_before:
                continue
            end = at + 1
            while end < len(tokens) and tokens[end] in self._picking_heads:
                end += 1
            said = self._picking_said.at(tokens, end)
            if said is not None:
                end += said[0]
            after = tokens[end : end + 2]
            if (
                said is None
                and len(after) == 2
                and after[0] in self._picking_of
                and after[1] != QUESTION_MARK
            ):
                continue  # a position in something it names ("the last one in the cast list")
            following = self._matcher.concepts_of(after[0]) if after and end == at + 1 else ()
            if not _NAMING_CONCEPTS.isdisjoint(following):
                continue  # a position of a thing it names ("the first episode")
            names = self._reply_names(context, listed=said is not None)
            place = self._matcher.position(number, len(names))
            if len(names) < 2 or not 1 <= place <= len(names):
                return tokens, False
            rest = [*tokens[: at - 1], *tokens[end:]]
            alone = all(t in _AND or t == _COMMA or t in OPENING_CHATTER for t in rest)
            if tokens[end : end + 1] == [_COMMA]:
                # "y la primera, ¿qué dice la reseña de ella?": of her, by name; "the
                # first one you mentioned, is it before …?": of that episode
                episode = names[place - 1][:1] == [EPISODE_WORD]
                pronouns = self._item_words if episode else self._one_person
                named = self._pronoun_named(names[place - 1], tokens[end + 1 :], pronouns)
                if named is not None:
                    return [*tokens[: at - 1], *named], False
            return [*tokens[: at - 1], *names[place - 1], *tokens[end:]], alone
        return self._both_named(tokens, context), False

    def _both_named(self, tokens: list[str], context: Context) -> list[str]:
        """ "Are both of them untrained actors?", "which of the two does the review
        praise more?", "¿y ambos salen en la lista?": the two people the last answer
        named (or one of them was picked from), by name, where the words name no one."""
        found = self._picking_both.find(tokens)
        if not found:
            return tokens  # most messages
        start, end, _ = found[0]
        if self._question_phrases.at(tokens, start):
            start += 1  # ("which of them …": which, of the two; "cuál de ellos": cuál de)
            if tokens[start] in self._choosing:
                start += 1
        following = tokens[end] if end < len(tokens) else QUESTION_MARK
        if self._before_noun(following) or self._matcher.people_named(tokens):
            return tokens  # ("the two sources", "did Revilla and Melchor both…?")
        names = self._reply_names(context, listed=False)
        people = tuple(dict.fromkeys((*context.people_before[-1:], *context.people)))
        if len(names) != 2 and len(people) == 2 and len(context.people) == 1:
            # ... or the two people talked about last, one after the other ("what role does
            # Iliana Donatlán play?" … "¿y Caraly Sánchez?" … "which of them …?")
            names = [words(_name(match)) for match in people]
        if len(names) != 2:
            # ... or the two episodes talked about last ("¿cuántos hay entre esos dos?"
            # after the first episode and the last; "which of the two comes later?")
            talked = tuple(dict.fromkeys((*context.episodes_before[-1:], *context.episodes)))
            if len(talked) != 2 or len(context.episodes) != 1:
                return tokens
            between = any(self._ordering.get(token) == 0 for token in tokens)
            if not between and self._inside_titles(tokens):
                return tokens  # ("which of those two comes right after 'A Walk with Wolves'?")
            names = [[EPISODE_WORD, str(episode.number)] for episode in talked]
        return [*tokens[:start], *names[0], _AND_WORD, *names[1], *tokens[end:]]

    def _before_noun(self, word: str) -> bool:
        """Whether a word after "the two", "ambos" is a noun they qualify ("the two
        sources", "las dos fuentes", "the two dates"): one naming a source, an episode or
        the like, or one the bot does not know; not a verb ("both of them play")."""
        if word == QUESTION_MARK or self._matcher.is_filler(word):
            return False
        concepts = self._matcher.concepts_of(word)
        return not self._matcher.knows(word) or not _NOUN_CONCEPTS.isdisjoint(concepts)

    def _reply_names(self, context: Context, listed: bool) -> list[list[str]]:
        """The names of the people the last answer named, in its order, or of those one of
        them was picked from; or, with `listed` (the words say it was a list: "you
        mentioned"), of the episodes it was about."""
        people = context.among or self._reply_people(context)
        if len(people) > 1 or not listed:
            return [words(_name(match)) for match in people]
        return [[EPISODE_WORD, str(episode.number)] for episode in context.reply_episodes]

    def _reply_people(self, context: Context) -> tuple[PersonMatch, ...]:
        """The people the last answer named, in order: those each of its questions asked
        of ("who plays Érika, Irene and Chema?"), or else the one its answer was about
        ("who created it and who wrote the review?": James Schamus, Rony Patra); or
        everyone its one answer names ("the review singles out Mercedes Hernández and
        Armando Silva")."""
        parts = context.reply_parts
        if len(parts) == 1 and not parts[0][1]:
            return self._matcher.people_named(words(parts[0][0]))
        items: dict[str, PersonMatch] = {}
        for text, people, _ in parts:
            for match in people or self._matcher.people_named(words(text))[:1]:
                # (as people_named gives them: a cast member by the actor, whom "he"
                # and "she" point at)
                role: Role = "actor" if isinstance(match.who, CastMember) else match.role
                items.setdefault(real_name(match.who), PersonMatch(match.who, role))
        return tuple(items.values())

    def _return_ends(self, tokens: list[str]) -> int | None:
        """Where a return to something talked about before ("back to", "volviendo a")
        that opens the words, after chatter at most, ends."""
        for at, token in enumerate(tokens):
            found = self._returns.at(tokens, at)
            if found is not None:
                return at + found[0]
            if not self._is_chatter(token):
                return None
        return None

    def _only_tag(self, tokens: list[str]) -> bool:
        """Whether the words are only a question tag ("verdad", "o no", "right"), with
        fillers around it."""
        said = tuple(
            t
            for t in tokens
            if t != _COMMA and (t in self._tag_words or not self._matcher.is_filler(t))
        )
        return said in self._whole_tags

    def _span_unit(self, tokens: Sequence[str]) -> str:
        """The unit of time a measure word asks a span in ([spans]: "how many days",
        "¿cuántas semanas …?", "how long after …, in years"), or "" for none."""
        measured = self._measures.find(tokens)
        if not measured or self._time_units.isdisjoint(tokens):
            return ""  # most questions
        for _, end, _ in measured:
            for token in tokens[end : end + 3]:
                if token in self._span_units:
                    return self._span_units[token]
        found = [t for t in tokens[measured[0][1] :] if t in self._span_units]
        return self._span_units[found[0]] if found else ""

    def _dates_compared(
        self, tokens: list[str], context: Context | None = None
    ) -> tuple[tuple[str, ...], frozenset[str], str]:
        """The dated facts the words compare, in the order named, how (COMPARING_
        CONCEPTS: "how many years passed between … and …", "which came first, … or …")
        and in what unit of time ("how many days …": [spans]); TODAY_REF is one of them
        for a span up to today ("how long ago did it come out?"). Nothing unless two are
        named with a measure or an order."""
        # ("¿y del artículo al estreno?" after a span asked: the same asked again)
        again = context is not None and context.intent == DATE_GAP
        if self._comparing_firsts.isdisjoint(tokens) and not again:
            return (), frozenset(), ""  # most questions: no measure or order
        comparing = self._comparing.find(tokens)
        unit = self._span_unit(tokens)
        ago = self._ago.within(tokens)
        if not comparing and not unit and not ago and not again:
            return (), frozenset(), ""  # most questions: no measure or order
        how = frozenset(concept for _, _, concept in comparing)
        if unit or ago or (again and not comparing):
            how = how | {GAP_CONCEPT}
        # (up to today: "how long ago …", or with a measure "how many years since …")
        today = ago or (bool(unit or comparing) and self._since.within(tokens))
        named = self._matcher.rewritten(tokens)  # "the season 2 article" is no "article"
        nouns = self._dated.find(named)
        dated = tuple(dict.fromkeys(ref for _, _, ref in nouns))
        if len(dated) < 2:  # "… after the massacre did the show come out?"
            # (in the order named: "did the show come out before or after the article?")
            found = sorted([*nouns, *self._dated_verbs.find(named)])
            dated = tuple(dict.fromkeys(ref for _, _, ref in found))
        if len(dated) == 1 and context is not None and context.work:
            # "¿fue antes o después del estreno?" after the blog post: the post is one
            talked = (ref for _, _, ref in self._dated.find(words(context.work)))
            talked = tuple(ref for ref in dict.fromkeys(talked) if ref not in dated)
            # ("was that before or after the premiere?": said of "that", first)
            offered = {self._ordering.get(t) for t in named}
            dated = (*talked, *dated) if {-1, 1} <= offered else (*dated, *talked)
        if not dated and context is not None and len(context.reply_parts) == 2:
            # "and which of them came first?" after "when did the show come out, and when
            # was the blog post?": the dated fact each of the last answer's two parts told
            told = [self._told_dated(intent) for _, _, intent in context.reply_parts]
            dated = tuple(dict.fromkeys(ref for ref in told if ref))
            if len(dated) != 2 or len(told) != 2:
                dated = ()  # (each part must have told one: "what's the review about?" none)
        if not dated and context is not None and len(context.dated) == 2 and (unit or comparing):
            # "how many years apart is that?" after the massacre's year and the
            # premiere's: the two dated facts the last answers told
            dated = context.dated
        if today and len(dated) == 1:
            dated = (*dated, TODAY_REF)
        return (dated, how, unit) if len(dated) == 2 else ((), how, unit)

    def _dated_order_claim(self, tokens: list[str], reading: Reading) -> Reading | None:
        """A yes/no question claiming one dated fact came before or after another ("was
        the show out before the ProPublica article?", "did the blog post come out after
        the massacre?", "¿la entrada de blog fue antes del estreno?"): the two, in the
        order named, with the order claimed between them, for _weigh to check; None
        when it claims no such order."""
        form = reading.form
        if not form.yes_no or form.either_or:
            return None
        # ("more than a year after the blog post?", "so 4 years between …?": a span too)
        span = None if self._time_units.isdisjoint(tokens) else self._span_claimed(tokens)
        if span is None and (
            self._ordering.keys().isdisjoint(tokens) or not self._time_units.isdisjoint(tokens)
        ):
            return None  # (a unit with no count claims no span: "days before …?")
        named = self._matcher.rewritten(tokens)  # (positions are of these words)
        orders = [(at, self._ordering[t]) for at, t in enumerate(named) if t in self._ordering]
        if span is not None:
            orders = [(at, order) for at, order in orders if order]  # ("… between …")
        if len({order for _, order in orders}) > 1 or (orders and orders[0][1] == 0):
            return None  # (one order, not "between")
        nouns, verbs = self._dated.find(named), self._dated_verbs.find(named)
        if not orders:  # "so 4 years between the ProPublica piece and the series?"
            if span is None:
                return None  # (an order word the matcher rewrote: "last" is an episode)
            dated = tuple(dict.fromkeys(ref for _, _, ref in nouns))
            if len(dated) < 2:
                dated = (*dated, *dict.fromkeys(r for _, _, r in verbs if r not in dated))
            if len(dated) != 2:
                return None
            return self._claiming_dates(reading, dated, "", span)
        at, order = orders[0]

        def side(before: bool) -> set[str]:  # the facts named on one side of the order
            for hits in (nouns, verbs):  # (a noun before a verb: "did the article come out")
                refs = {ref for start, _, ref in hits if (start < at) == before}
                if refs:
                    return refs
            return set()

        earlier_side, later_side = side(True), side(False)
        if len(earlier_side) != 1 or len(later_side) != 1 or earlier_side == later_side:
            return None
        first, second = earlier_side.pop(), later_side.pop()
        return self._claiming_dates(reading, (first, second), ORDER_NAMES[order], span)

    def _claiming_dates(
        self,
        reading: Reading,
        dated: tuple[str, ...],
        order: str,
        span: tuple[int, str, str] | None,
    ) -> Reading:
        """The reading of a yes/no question claiming an order of two dated facts, or a
        span between them, or both, for _weigh to check (_dated_claim_holds)."""
        return replace(
            reading,
            intent=self._intents[DATE_GAP],
            dated=dated,
            order=order,
            unit=span[1] if span else "",
            claimed_span=(span[0], span[2]) if span else None,
            # (a span claimed is answered with the span; an order alone, with the order)
            concepts=reading.concepts | {GAP_CONCEPT if span else ORDER_CONCEPT},
            episodes=(),
            people=(),
            numbered=frozenset(),
            form=replace(reading.form, things=()),
            confidence=max(reading.confidence, ANSWER_AT),
        )

    def _span_claimed(self, tokens: Sequence[str]) -> tuple[int, str, str] | None:
        """A span of time a question puts forward: its count, unit and how the facts'
        must compare to it ("more than a year": (1, "year", ">"); "4 years": (4, "year",
        "="); "más de 10 años"), or None."""
        for at, token in enumerate(tokens):
            unit = self._span_units.get(token)
            if unit is None or not at:
                continue
            count = self._span_counts.get(tokens[at - 1])
            if count is None:
                continue
            return count, unit, comparison_before(tokens, at - 1)
        return None

    def _dated_claim_holds(self, reading: Reading) -> bool | None:
        """Whether what a question claims of two dated facts holds: the order, the span,
        or both (see _dated_order_claim); None when their dates don't settle it."""
        holds = [self._dated_order_holds(reading)] if reading.order in ORDERS else []
        if reading.claimed_span is not None:
            holds.append(self._dated_span_holds(reading))
        if False in holds:
            return False
        return None if None in holds else True

    def _dated_span_holds(self, reading: Reading) -> bool | None:
        """Whether the span a question claims between two dated facts holds, from the
        earliest and latest days each may be (a year alone: any of its days): "more
        than a year" holds when even the shortest is; "4 years" when the span, said in
        years as a reply says it, is 4. None when the dates don't settle it."""
        assert reading.claimed_span is not None
        count, op = reading.claimed_span
        (first, first_last), (second, second_last) = sorted(
            self._date_range(ref) for ref in reading.dated
        )
        shortest = max(0, (second - first_last).days)
        longest = (second_last - first).days
        days = DAYS_IN[reading.unit]
        if op == "=":
            if longest - shortest > days:
                return None  # (a unit finer than the dates: "36 days after the massacre?")
            return round((shortest + longest) / 2 / days) == count
        low, high = compared(shortest, op, count * days), compared(longest, op, count * days)
        return low if low == high else None

    def _date_range(self, ref: str) -> tuple[dt.date, dt.date]:
        """The first and last day a dated fact may be: a year alone, any of its days."""
        parts = self._date_parts(ref)
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
        if len(parts) == 2:
            year, month = parts
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return dt.date(year, month, 1), following - dt.timedelta(days=1)
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)

    def _dated_in_year(self, reading: Reading) -> tuple[str, ...]:
        """The dated facts of the one year a "what" question names, where the facts
        its topic answers with hold no date in that year ("then what happened in
        2017?", "¿qué salió en 2017?": the ProPublica article's year, not the
        massacre's), earliest first; nothing otherwise."""
        form, intent = reading.form, reading.intent
        if form.yes_no or form.either_or or not form.asks or len(set(form.years)) != 1:
            return ()
        if form.wants - {UNDESCRIBED} or intent is None or intent.name == DATE_GAP:
            return ()  # ("who directed it in 2021?" asks for someone)
        year = form.years[0]
        # (an "as of" date too: "the status of season 2 as of june 2022")
        own = (ref for ref in self._dated_refs if ref.partition(".")[0] in intent.facts)
        if any(self._date_parts(ref)[0] == year for ref in own):
            return ()  # ("what happened in 2011?": the massacre)
        # (the season 2 article's month too: "what happened in 2022?")
        found = [ref for ref in self._dated_refs if self._date_parts(ref)[0] == year]
        return tuple(sorted(found, key=self._date_parts)) if len(found) <= 2 else ()

    def _dated_asked(self, tokens: list[str], reading: Reading) -> tuple[str, ...]:
        """The one dated fact a question asks the date of by its noun, where the topic its
        other words read as tells another ("what year did the killings in that village
        actually happen?": the massacre's, though "actually happen" reads as the source
        article); nothing where a verb names another dated fact ("what year was the show
        about the massacre released?" asks the premiere's)."""
        form, intent = reading.form, reading.intent
        if intent is None or form.yes_no or form.either_or or DATE_KINDS.isdisjoint(form.wants):
            return ()
        named = self._matcher.rewritten(tokens)
        dated = dict.fromkeys(ref for _, _, ref in self._dated.find(named))
        if len(dated) != 1:
            return ()
        (ref,) = dated
        told = self._told_dated_by.get(intent.name)
        if (
            told is None
            or told == ref
            or any(r != ref for _, _, r in self._dated_verbs.find(named))
        ):
            return ()
        return (ref,)

    def _dated_order_holds(self, reading: Reading) -> bool | None:
        """Whether the order a question claims of two dated facts holds (see
        _dated_order_claim); None when their dates don't settle it (a year, and a day
        in that year)."""
        first, second = (self._date_parts(ref) for ref in reading.dated)
        common = min(len(first), len(second))
        if first[:common] == second[:common]:
            return None
        return (first[:common] < second[:common]) == (reading.order == ORDERS[0])

    def _date_parts(self, ref: str) -> tuple[int, ...]:
        """A dated fact's date as precise as it is given: (year,), (year, month) for a
        month ("as of June 2022"), or (year, month, day)."""
        table, _, field = ref.partition(".")
        value = self.knowledge.facts[table].values[field]
        if isinstance(value, Month):
            return (value.year, value.month)
        if isinstance(value, dt.date):
            return (value.year, value.month, value.day)
        return (int(value),)

    def _told_dated_of(self, reading: Reading) -> str | None:
        """The one dated fact an answer told: the one it was asked of ("what happened in
        2017?"), or its topic's ("when did it come out?": the release date)."""
        if len(reading.dated) == 1:
            return reading.dated[0]
        if reading.intent is None or reading.dated:
            return None
        return self._told_dated_by.get(reading.intent.name)

    def _told_dated(self, intent: str) -> str | None:
        """The one dated fact ([dated]) an intent's answer tells ("release": the release
        date), or None (none, or several: the show's summary)."""
        facts = self._intents[intent].facts if intent in self._intents else ()
        own = [ref for ref in self._dated_refs if _event_of(ref, facts)]
        return own[0] if len(own) == 1 else None

    def _compared_dates(
        self, tokens: list[str], reading: Reading, context: Context | None
    ) -> Reading:
        """ "How many years passed between the massacre and the premiere?", "which came
        first, the article or the blog post?": the two dated facts named, in the order
        named. Asked of fewer or more than two, it is another question: the next reading."""
        compares = reading.intent is not None and reading.intent.name == DATE_GAP
        undated = self._undated_compared(tokens, reading)
        if undated is not None:
            return undated
        claimed = self._dated_order_claim(tokens, reading)
        if claimed is not None:
            return claimed
        dated, how, unit = self._dates_compared(tokens, context)
        if dated:
            # the comparison decides, whatever else its words name ("¿cuántos años
            # pasaron entre la masacre y el estreno?" asks no one's age)
            # ("came first" names no episode, its "or" offers the two facts, and the
            # things and people it names are those facts: "James Schamus's blog post")
            # ("did the show come out before or after the article?": said of the show,
            # "after" where it came later; "which came first": the earlier one first)
            later = any(self._ordering.get(t) == 1 for t in self._matcher.rewritten(tokens))
            how = how | {LATER_CONCEPT} if later else how
            return replace(
                reading,
                intent=self._intents[DATE_GAP],
                dated=dated,
                unit=unit,
                concepts=(reading.concepts | how) - {EPISODE_QUALIFIER, PERSON_CUE},
                episodes=(),
                people=(),
                numbered=frozenset(),
                form=replace(
                    reading.form, either_or=False, yes_no=False, asked_yes_no=False, things=()
                ),
                confidence=max(reading.confidence, ANSWER_AT),
            )
        if not compares:
            in_year = self._dated_in_year(reading) or self._dated_asked(tokens, reading)
            if not in_year:
                return reading
            # "then what happened in 2017?": the ProPublica article, not the massacre
            return replace(
                reading,
                intent=self._intents[DATE_GAP],
                dated=in_year,
                concepts=reading.concepts | {ORDER_CONCEPT},
                episodes=(),
                people=(),
                numbered=frozenset(),
                form=replace(reading.form, things=()),
            )
        others = [i for i in reading.ranked if i.name != DATE_GAP]
        if not others:
            return replace(reading, intent=None, confidence=0.0)
        return replace(reading, intent=others[0], ranked=tuple(others))

    def _undated_compared(self, tokens: list[str], reading: Reading) -> Reading | None:
        """A work the sources give no date for, put in order beside another thing ("did
        the review come out before or after the season 2 article?", "was the review
        written before the show came out?"): a question of when that work came out,
        which they don't say; "come out" is the work's, not the premiere's. None where
        no such work is compared."""
        intent = self._undated_work(tokens, reading.concepts)
        if intent is None:
            return None
        form = reading.form
        return replace(
            reading,
            intent=intent,
            ranked=(intent,),
            dated=(),
            form=replace(form, wants=form.wants | {DATE_KIND}, things=()),
            confidence=max(reading.confidence, ANSWER_AT),
        )

    def _undated_work(
        self, tokens: list[str], concepts: frozenset[str] | None = None
    ) -> Intent | None:
        """The intent of the one undated work the words put in order (see
        _undated_compared), `concepts` being what they name (or, not given, the
        phrases of the words); None if none."""
        if self._comparing_firsts.isdisjoint(tokens):
            return None  # most questions: no order or measure
        if not self._comparing.find(self._matcher.rewritten(tokens)):
            return None
        works = [
            intent
            for intent in self._undated_works
            if intent.work
            and (
                intent.work in concepts
                if concepts is not None
                else self._matcher.naming(tokens, frozenset({intent.work}))
            )
            and not self._only_cited(tokens, intent.work)
        ]
        return works[0] if len(works) == 1 else None

    def _only_cited(self, tokens: list[str], work: str) -> bool:
        """Whether a work is named only as where something is said ("according to the
        review, …", "segun la reseña", "the article in the review"): after a word citing
        it or a preposition, past an article."""
        named = self._matcher.naming(tokens, frozenset({work}))
        citing = self._citing.find(tokens)
        cited = {end for _, end, _ in citing}
        starts = {start for start, _, _ in citing}  # ("según la reseña" names it too)
        for at, token in enumerate(tokens):
            if token not in named or token in ARTICLES or at in starts:
                continue  # (an article, or a word citing it: "según la reseña")
            if at and tokens[at - 1] in named and tokens[at - 1] not in ARTICLES:
                continue  # (a word of the name past its first)
            before = at - 1
            while before >= 0 and tokens[before] in ARTICLES:
                before -= 1
            if before < 0 or (before + 1 not in cited and tokens[before] not in PREPOSITIONS):
                return False
        return bool(named)

    def _without_retracted(self, tokens: list[str]) -> list[str]:
        """The clause without what it takes back: "the actress, not the character", "el
        capítulo 5 no el 4", "perdón, no el blog, el estreno". A "not"/"no" after a comma
        or a noun, before an article, takes back the words up to the next comma, article
        or question word (four at most), when something else is left to ask about ("no
        la han renovado?" takes nothing back)."""
        for at in range(1, len(tokens) - 1):
            if tokens[at] not in self._retracting:
                continue
            before, after = tokens[at - 1], tokens[at + 1]
            if before != _COMMA and self._is_chatter(before):
                continue
            if after not in self._articles:  # ("¿Allende no está en Chihuahua?")
                continue
            end = at + 2
            while (
                end < len(tokens)
                and end - at <= RETRACTED_WORDS
                and tokens[end] not in (_COMMA, QUESTION_MARK)
                and tokens[end] not in self._articles
                and not self._question_phrases.at(tokens, end)  # "… no la reseña. quien …"
            ):
                end += 1
            kept = [*tokens[:at], *tokens[end:]]
            if any(t != _COMMA and not self._is_chatter(t) for t in kept):
                return kept
        return tokens

    def _without_preamble(self, tokens: list[str]) -> list[str]:
        """The clause from where its question begins: after "I would like to know",
        "quisiera saber" when words come before it ("I am preparing a class
        presentation, and I would like to know who created it"), which are the
        asker's preamble, not part of the question."""
        # (an opener with nothing after it opens nothing: "… and i forgot lol")
        # ("tell me" only before "if": "tell me who plays Irene" asks as it is)
        everywhere = [
            (start, end)
            for start, end, kind in self._embedded.find(tokens)
            if any(not self._is_chatter(t) for t in tokens[end:])
            and (kind != "telling" or tokens[end : end + 1] in self._whether)
        ]
        if not everywhere or self._asks_before(tokens[: everywhere[-1][0]]):
            return tokens  # "who created it and do you know when it came out?": both
        if tokens[everywhere[-1][1] : everywhere[-1][1] + 1] in self._whether:
            # "quisiera saber si …", "I need to know whether …": a yes/no question
            after = [t for t in tokens[everywhere[-1][1] + 1 :] if t not in (_COMMA, QUESTION_MARK)]
            confirms = len(after) <= CONFIRMATION_WORDS and self._tags.intersection(after)
            if len(after) >= 2 and not confirms:  # ("… whether that is correct": see below)
                return [*after, QUESTION_MARK]
        found = [(start, end) for start, end in everywhere if start >= PREAMBLE]
        if not found:
            # ("tengo la duda de quién hace de Benjamín": the opener's own words are
            # not the question's, where a question word follows it)
            start, end = everywhere[0]
            opening = all(self._is_chatter(t) for t in tokens[:start])
            meaning = not all(map(self._matcher.is_filler, tokens[start:end]))  # ("duda")
            rest = [t for t in tokens[end:] if t != _COMMA]
            asks = self._question_phrases.at(tokens, end) or self._matcher.clearly_opens_yes_no(
                rest
            )
            if opening and meaning and asks:  # ("correct me if i'm wrong, was it …?")
                return rest
            return tokens
        start, end = found[-1]
        rest = [t for t in tokens[end:] if t != _COMMA]
        if self._tags.intersection(rest[-CONFIRMATION_WORDS:]) and len(rest) <= CONFIRMATION_WORDS:
            # "Somos. consists of six seasons. Could you please confirm whether that is
            # correct?": what was said before is the claim to confirm
            return [*tokens[:start], *rest]
        return rest if len(rest) >= 2 else tokens

    def _relayed(self, tokens: list[str]) -> list[str]:
        """The claim of a clause that relays someone's for a verdict ("my dad thinks it
        came out in 2020, is he right?", "mi tío dice que la hizo el cartel de Sinaloa,
        ¿es cierto?"): the words after a verb of [embedded] relaying that follows a short
        opening of the asker's own ([embedded] situation), where no question word asks
        after it. The opening and the verb claim nothing the facts could check."""
        if not tokens or self._situation.at(tokens, 0) is None:
            return tokens  # (most clauses)
        found = self._relaying.find(tokens[: RELAY_OPENING + 2])
        if not found:
            return tokens
        _, end, _ = found[0]
        if end < len(tokens) and tokens[end] in _THAT:
            end += 1
        claim = tokens[end:]
        while claim and claim[0] == _COMMA:
            claim = claim[1:]
        # (a claim of its own: "… swears she is" says nothing without the question before)
        said = [t for t in claim if t.isalnum()]
        meant = [t for t in said if not self._matcher.is_filler(t)]
        if len(said) < RELAYED_WORDS or not meant or self._question_phrases.within(claim):
            return tokens
        return claim

    def _without_pointer_aside(self, tokens: list[str]) -> list[str]:
        """The clause without a stretch between commas that only points back at what
        the stretch before it names ("y Silva, el que mencionaste antes, ¿qué papel
        tiene?", "and Silva, the one you mentioned, …"): the name says who."""
        if _COMMA not in tokens:
            return tokens  # (most clauses: no aside)
        stretches = _stretches(tokens)
        kept = [stretches[0]]
        dropped = False
        for stretch in stretches[1:]:
            said = self._picking_said.find(stretch)
            covered = {at for start, end, _ in said for at in range(start, end)}
            aside = bool(said) and all(
                at in covered or word in self._pointer_words for at, word in enumerate(stretch)
            )
            if aside and kept[-1]:
                dropped = True
            elif dropped:
                kept[-1] = [*kept[-1], *stretch]  # (the aside's commas were its own)
                dropped = False
            else:
                kept.append(stretch)
        if len(kept) == len(stretches):
            return tokens
        return _joined(kept)

    def _tag_closed(self, tokens: list[str]) -> list[str]:
        """The clause with a tag of several words that closes it after a comma ("my dad
        thinks X, is he right?", "mi tío dice que X, dime si tiene razón") said as the
        plain tag "right": the verdict asked is on what comes before, and its words ("he",
        "tell me if") are no question of their own."""
        if _COMMA not in tokens:
            return tokens
        last = len(tokens) - 1 - tokens[::-1].index(_COMMA)
        tail = tuple(t for t in tokens[last + 1 :] if t != QUESTION_MARK)
        if len(tail) < 2 or tail not in self._whole_tags or not tokens[:last]:
            return tokens
        if self._tags.isdisjoint(tail) and _RIGHT_WORDS.isdisjoint(tail):
            return tokens  # ("…, didn't he?": a tag that asks of someone, kept)
        return [*tokens[:last], _COMMA, _PLAIN_TAG]

    def _without_situation(self, tokens: list[str]) -> list[str]:
        """The clause without the stretches between its commas that tell the asker's own
        situation ([embedded] situation: "who created it, my teacher wants it in the
        bibliography", "¿cómo se llama?, es para una tarea"), where another stretch asks
        with a question word at its start. A stretch that asks itself ("my mom wants to
        know who…") or names anything the question may lean on ("my roommate is on
        episode 2, what's it called?", "since there are six seasons, when's season 7?")
        is kept, and so is all of a clause with no such question: a yes/no question may
        lean on what the asker says ("my friend says it was cancelled, is that true?")."""
        if _COMMA not in tokens:
            return tokens  # (most clauses)
        stretches = _stretches(tokens)

        def own(stretch: list[str]) -> int:
            """0: not the asker's own; 1: theirs, naming nothing a question may lean on
            (no number, no one, no topic); 2: theirs, naming a topic only ("I'm making
            a watch checklist")."""
            opener = self._situation.at(stretch, 0)
            if opener is None or self._embedded.within(stretch):
                return 0
            if any(word.isdigit() for word in stretch):
                return 0
            # (a word naming a topic alone says so without reading the whole)
            if any(
                _topics(self._matcher.concepts_of(w)) - self._question_concepts for w in stretch
            ):
                return 2
            reading = self._matcher.read(stretch)
            if reading.people or reading.episodes:
                return 0
            return 2 if _topics(reading.concepts) - self._question_concepts else 1

        told = [own(s) for s in stretches]

        def asks(stretch: list[str]) -> bool:
            start = next((i for i, t in enumerate(stretch) if not self._is_chatter(t)), 0)
            return any(self._question_phrases.at(stretch, at) is not None for at in {0, start})

        asking = [s for s, own in zip(stretches, told, strict=True) if not own and s]
        if 2 in told and any(asks(s) or self._matcher.opens_request(s) for s in asking):
            # a stretch of the asker's naming a topic is left out only where the question
            # is understood without it and points back at nothing ("list me all the
            # episode titles, I'm making a watch checklist"; not "since it's based on
            # that article, who wrote it", "mi hermana leyó una reseña, ¿quién la escribió?")
            joined = _joined(asking)
            # (a pronoun, or a position in something named before: "I'm looking at the
            # cast, who is the last one?", "I'm studying the DEA, what did they do wrong?")
            points = (
                self._work_pronoun_at(joined)
                or not self._pronouns.isdisjoint(joined)
                or not self._he_or_she.isdisjoint(joined)
                or not self._clitics.isdisjoint(joined)
                or any(self._matcher.ordinal(t) for t in joined)
            )
            if not points and self._matcher.read(joined).answered:
                return joined
        mine = [own == 1 for own in told]
        if not any(mine) or all(mine):
            return tokens
        kept = [s for s, own in zip(stretches, mine, strict=True) if not own and s]
        if not any(map(asks, kept)):
            return tokens
        return _joined(kept)

    def _after_lead_in(self, clause: str) -> list[str]:
        """The clause's tokens after a lead-in that ends in a colon, when what follows
        asks on its own ("quick trivia q for game night: how many writers…") and the
        lead-in names nothing the question may be about ("season 2: when does it come
        out?", "episode 3: who directed it?"); a colon before what completes the question
        is kept ("true or false: the show blames the DEA", "qué se publicó primero: el
        artículo o la entrada de blog")."""
        lead_in, colon, rest = clause.partition(": ")
        if colon:
            before, after = _clause_tokens(lead_in), _clause_tokens(rest)
            form = self._matcher.read([t for t in after if t != _COMMA]).form
            # (a question word, a clear yes/no opener, or a closing tag: "quick check:
            # Somos is just one season, right?")
            asks = form.asks or form.asked_yes_no or self._matcher.clearly_opens_yes_no(after)
            if after and asks and not self._names_anything(before):  # "season 2: when…"
                return after
        return _clause_tokens(clause)

    def _names_anything(self, tokens: list[str]) -> bool:
        """Whether the words name a topic, a work, a season, an episode or someone, or
        ask something: anything a question after them may be about."""
        if self._question_phrases.within(tokens):
            return True
        reading = self._matcher.read([t for t in tokens if t != _COMMA])
        if reading.people or reading.episodes:
            return True
        named = {c for c in reading.concepts if c != UNKNOWN_CONCEPT} - self._knowledge_weak
        if reading.intent is not None and reading.intent.chat:
            named -= reading.cue  # "hey guys:", "ok so:"
        return bool(named)

    def _asks_before(self, words_before: list[str]) -> bool:
        """Whether the words before a polite opener ask or name something the question
        needs (a question word, someone, an episode: "for episode 3, I would like to
        know the title"), so that they are no preamble to leave out."""
        if not words_before:
            return False
        if self._question_phrases.within(words_before):
            return True
        read = self._matcher.read([t for t in words_before if t != _COMMA])
        return bool(read.people or read.episodes)

    def _split(
        self,
        tokens: list[str],
        most: int,
        composer: Composer,
        context: Context | None,
        variety: int,
        budget: list[int],
    ) -> list[_Part]:
        """Read the tokens as one question, or as up to `most` joined by "and" when each
        part stands on its own (an answer, or a topic the sources do not cover) and one
        answers. `budget` holds what reading the whole message may still cost (see
        READ_COST; a join reads its words twice), so that no message ("who plays Irene
        and who plays Irene and ...") costs more than a few short questions.
        """
        tokens = self._returned(tokens)
        # (a join needs words after it: "what did she write then?" ends at "then")
        last = len(tokens) - 1 - (tokens[-1:] == [QUESTION_MARK])
        joins = [
            index
            for index, token in enumerate(tokens)
            if token in _CONJUNCTIONS and 0 < index < last
        ]
        if joins:  # (most clauses: no "and" or comma, and no title to look for)
            quoted = self._inside_titles(tokens)
            joins = [index for index in joins if index not in quoted]
        if joins and (self._dates_compared(tokens)[0] or self._undated_work(tokens)):
            # "between the massacre and the premiere", "which came first, the review or
            # the article?" are one question
            joins = []
        cited = self._says_who.find(tokens) if joins else []
        if cited:
            # "who said some parts are manipulative and repetitive?": the statement's
            # "and" joins it; a question after a join asks on its own ("which source says
            # so, and who plays Benjamín?")
            joins = [
                j
                for j in joins
                if j < cited[0][1]
                or self._question_phrases.at(tokens, j + 1)
                or self._matcher.clearly_opens_yes_no(tokens[j + 1 :])
            ]
        if joins and not self._listed_order.keys().isdisjoint(tokens):
            whole = self._matcher.read(tokens)
            if (
                self._order_choice(tokens, whole) is not None
                or self._episode_order(tokens, whole, whole) is not None
                or self._listed_first(tokens, whole) is not None
            ):
                # "which is earlier, the wolves ep or the moon ep?", "the one between
                # episode 1 and 3", "how many are between episode 2 and episode 5?": two
                # episodes one order word chooses among, orders or counts are one question
                joins = []
        if joins and not self._may_ask(tokens):
            joins = []  # a remark ("acabo de terminar el 4 y no mames") is one part
        if joins:
            # "the name of the second and the third episode": two positions the one noun
            # after them makes episodes are one question of both
            placed = [j for j in joins if self._between_positions(tokens, j)]
            if placed and len(self._matcher.read(tokens).episodes) > 1:
                joins = [j for j in joins if j not in placed]
        if joins:  # "who do Jero Medina and Mercedes Hernández play?": one question of two
            joins = [j for j in joins if not self._joins_names(tokens, j)]
        if joins and self._matcher.clearly_opens_yes_no(tokens):
            # "did he write and direct it?" is one question ("la foto está preciosa, …"
            # opens none); "jaja sale, y quién lo dirigió?" asks a new one after the "and"
            joins = [j for j in joins if self._question_phrases.at(tokens, j + 1)]
        if joins and self._closed_by_tag(tokens):
            # ... and so is a statement of one clause a tag closes ("the creator also
            # directed and co-wrote it, right?"), its "and" joining no second question
            joins = [
                j for j in joins if tokens[j] == _COMMA or self._question_phrases.at(tokens, j + 1)
            ]
        for index in joins[:MAX_JOINS_TRIED] if most > 1 else ():
            # (an opening that only chats costs next to nothing to read: "oye, cuántos
            # capítulos tiene y cómo se llama el primero?" still has its "y" tried)
            chat = all(t in OPENING_CHATTER for t in tokens[:index]) and bool(
                self._question_phrases.at(tokens, index + 1)
            )
            if not chat and budget[0] < 3 * READ_COST + 2 * len(tokens):
                break  # not enough left to read the parts and, failing that, the whole
            budget[0] -= index if chat else READ_COST + index
            left = self._respond(self._read(tokens[:index], context, variety, budget), composer)
            remark = left.reading.form
            at_comma = _COMMA in tokens[index - 1 : index + 1]
            # (a remark that asks nothing, before a question that clearly does:
            # "thinking of starting Somos tonight, is it good?")
            told = remark.yes_no or (
                not left.settled and self._matcher.clearly_opens_yes_no(tokens[index + 1 :])
            )
            if at_comma and told and not remark.claims_anything and not self._asks(left):
                # "jaja sale, y quién lo dirigió?", "la serie me encantó, ¿quién hizo la
                # fotografía?": a remark, then the question ("la fotografía está bien
                # chida, ¿quién la hizo?": of what the remark names)
                named = self._dislocated(tokens[:index], tokens[index + 1 :])
                if named is not None:
                    whole = self._respond(self._read(named, context, variety, budget), composer)
                    if whole.answered:
                        return [whole]
                rest = self._split(
                    tokens[index + 1 :], most - 1, composer, context, variety, budget
                )
                if all(p.settled for p in rest):
                    return rest
                continue
            # (asking nothing in its own words: its reading may be a follow-up's, "and
            # the article" read as "who wrote the article?")
            # ((only a few words: a short read, not charged to the message's budget)
            if (
                at_comma
                and index <= TOPIC_WORDS + 1
                and not self._may_ask(tokens[:index])
                and not _claims_a_value(self._matcher.read(tokens[:index]).form)
            ):
                # "and the director's blog post, when was that?", "and the article, who
                # wrote it?": what the question after the comma points at is named
                # before it
                named = self._dislocated(tokens[:index], tokens[index + 1 :])
                if named is not None:
                    whole = self._respond(self._read(named, context, variety, budget), composer)
                    if whole.answered or whole.outcome is Outcome.UNSAID:
                        return [whole]
            rest_said = [t for t in tokens[index + 1 :] if t != QUESTION_MARK]
            if at_comma and len(rest_said) <= CITED_WORDS and self._citing.at(rest_said, 0):
                continue  # "why did he make it, per that blog post": where to look
            tagged = self._tags.intersection(rest_said)
            if tagged and all(w in self._tags or self._matcher.is_filler(w) for w in rest_said):
                continue  # "…, es cierto?", "…, right?": a tag on the claim before it
            named = left.reading.intent is not None and not left.reading.intent.chat
            paired = (
                tokens[index] != _COMMA
                and len(left.reading.words) <= PAIRED_WORDS
                and tokens[index + 2 : index + 3] == [_COMMA]  # "Narcos and Somos, …"
            )
            if named and paired and not self._asks(left):
                continue  # "Narcos and Somos, do they have the same creator?": one subject
            if not left.settled or set(left.reading.words) <= self._matcher.mention_words:
                continue  # "según la reseña, …" says where to look; it asks nothing
            if (
                left.reading.people
                and left.reading.cue <= {PERSON_CUE}
                and not left.reading.form.asks
            ):
                continue  # "¿Mercedes Hernández y Jero Medina son los protagonistas?"

            # what follows is read after it where a yes/no question checks what it asked
            # ("who wrote the review, was it Rony Patra?"), or where it asks nothing and
            # names what "it" is ("ok im on ep 3 now, whats it called")
            after = context
            if (
                self._matcher.opens_yes_no(tokens[index + 1 :])
                or (left.answered and not self._asks(left))
                # "y el primero cómo se llama, ¿no es Álvaro?": a value put forward as the
                # answer to the question before it
                or (left.answered and not self._copulas.isdisjoint(tokens[index + 1 : index + 4]))
                # "who's Isidro Linares played by, and what's his role in the story?":
                # "his" is the one person the question before it named
                or (
                    left.answered
                    and len(left.reading.people) == 1
                    and not self._he_or_she.isdisjoint(tokens[index + 1 :])
                )
                # "what's the title of the article it's based on, and who wrote it?":
                # "it" is the work the question before it was about
                # ("el de ProPublica de qué año es y quién lo escribió?": "lo" before a
                # verb of writing)
                or (
                    left.answered
                    and left.reading.intent is not None
                    and left.reading.intent.work is not None
                    and (
                        bool(self._work_pronoun_at(tokens[index + 1 :]))
                        or self._clitic_on_a_work(tokens[index + 1 :])
                    )
                )
            ):
                after = self._next_context(context, [left], composer.code)
            rest = self._split(tokens[index + 1 :], most - 1, composer, after, variety, budget)
            if left.answered and len(rest) == 1 and rest[0].reading.claimed:
                return rest  # "who wrote the review, was it Rony Patra?": "Yes: …"
            if not left.answered and len(rest) == 1 and _names_only(rest[0].reading):
                continue  # "¿qué relación tienen Benjamín y Érika?": one question of two
            if at_comma and len(rest) == 1 and self._apposition(left, tokens[index + 1 :]):
                continue  # "who created the other show, Narcos?": one question
            parts = [left, *rest]
            keys = {part.reading.key for part in parts}
            if all(p.settled for p in parts) and any(p.answered for p in parts) and len(keys) > 1:
                return parts
            halves = {p.outcome for p in parts}
            if (
                len(parts) == 2
                and len(keys) == 1
                and halves == _HALF_SAID
                and tokens[index] in _AND
                and all(map(self._asks, parts))  # ("the review says X and the article Y, same?")
            ):
                # "¿dónde la puedo ver y si está en el Netflix de España?": one topic, asked
                # twice with "and", one part the sources answer, the other they lack: the
                # answer, and the other said not to be known in so many words (not "what
                # they do say" and the same answer again); one part, so that the two are
                # not taken for one reply said twice
                answer = next(p for p in parts if p.answered)
                said = [p.text if p.answered else composer.unsaid_alone() for p in parts]
                return [replace(answer, text="\n".join(said))]
        budget[0] -= READ_COST + len(tokens)
        return [self._respond(self._read(tokens, context, variety, budget), composer)]

    def _between_positions(self, tokens: list[str], at: int) -> bool:
        """Whether a join stands between two positions a few words apart ("the second
        and the third", "del 2 y del 5")."""

        def placed(word: str) -> bool:
            return word.isdigit() or self._matcher.ordinal(word) is not None

        if tokens[at] not in JOINED_POSITIONS:
            return False  # (a comma: "what's episode 2 called, episode 4 was boring")
        return any(map(placed, tokens[max(0, at - POSITION_REACH) : at])) and any(
            map(placed, tokens[at + 1 : at + 1 + POSITION_REACH])
        )

    def _pronoun_named(
        self, topic: list[str], question: list[str], pronouns: frozenset[str] | None = None
    ) -> list[str] | None:
        """The question with its pronoun for one person ("ella", "her"; or `pronouns`)
        replaced by what a clause before it pointed at ("y la primera, ¿qué dice la
        reseña de ella?": the first one named, put in by name); None when it has none."""
        pronouns = self._one_person if pronouns is None else pronouns
        topic = [t for t in topic if t not in _AND and t not in OPENING_CHATTER and t != _COMMA]
        at = next((i for i, t in enumerate(question) if t in pronouns), None)
        if at is None or not topic:
            return None
        return [*question[:at], *topic, *question[at + 1 :]]

    def _dislocated(self, topic: list[str], question: list[str]) -> list[str] | None:
        """The question with the work pronoun it opens on replaced by the topic named
        before its comma ("when was that" after "and the director's blog post"), if the
        topic names a work and the question points at one; None otherwise."""
        topic = [t for t in topic if t != _COMMA]
        while topic and (topic[0] in _AND or topic[0] in OPENING_CHATTER):
            topic = topic[1:]
        if not topic or len(topic) > TOPIC_WORDS:
            return None
        pointing = self._work_pronoun_at(question)
        if pointing and self._names_a_work(topic, (), ""):
            at = pointing[0]
            return [*question[:at], *topic, *question[at + 1 :]]
        # ... or a topic of an answer, by its own words, pointed at by a Spanish object
        # pronoun ("la fotografía está bien chida, ¿quién la hizo?": the photography)
        clitics = [
            i for i, t in enumerate(question) if t in self._clitics and self._clitic_at(question, i)
        ]
        # (its nouns: not a verb that opens questions, "jaja sale")
        naming = [
            t
            for t in topic
            if self._matcher.topic_concepts & self._matcher.concepts_of(t)
            and not self._matcher.holds_opener([t])  # (a verb: "sale", "es")
        ]
        if not clitics or not naming:
            return None
        at = clitics[0]
        return [*question[:at], *naming, *question[at + 1 :]]

    def _may_ask(self, tokens: list[str]) -> bool:
        """Whether a clause may hold questions to split: a "?", a question word or a
        yes/no opener anywhere (a cheap look, before any reading)."""
        return (
            QUESTION_MARK in tokens
            or self._question_phrases.within(tokens)
            or self._matcher.holds_opener(tokens)
        )

    def _read(
        self, tokens: list[str], context: Context | None, variety: int, budget: list[int]
    ) -> Reading:
        """The matcher's reading, with what a follow-up points back to filled in."""
        tokens = self._corrected(tokens)
        if _COMMA in tokens:
            tokens = [token for token in tokens if token != _COMMA]
        tokens = self._in_the_sources_language(self._without_excluded(tokens))
        read = self._matcher.read(tokens)
        cited = self._statement_cited(tokens, read, budget)
        if cited is not None:
            return cited
        why = self._asks_again(read, context)
        claimed = () if why else self._counter_claim(read, context)
        if context is not None and (why or claimed) and _spend(budget, len(context.asked)):
            # "are you sure?", "¿estás seguro de la fecha?" (to be confirmed), "who says
            # so?", "¿qué fuente lo dice?" (to say which source answers it), "was it Jero
            # Medina?", "neta? yo pensaba q era jero medina" after "who plays Chema?" (its
            # answer checked for the value put forward): the last question again
            again = self._read(list(context.asked), context, variety, budget)
            if again.answered:
                # (read after its own answer, "the next one?" would step again: the
                # episode and person are the ones that answer was about)
                return replace(
                    again,
                    confirms=why == "confirms",
                    sourced=why == "sourced",
                    claimed=claimed,
                    episodes=context.episodes if again.episodes else (),
                    people=context.people if again.people else (),
                )
        reading = self._closing(_no_chat_for_a_question(read))
        reading = self._strangers(reading)
        small_talk = reading.answered and reading.intent is not None and reading.intent.chat
        if context is not None and not small_talk:  # "thanks, that's all": no "that" to find
            reading = self._follow_up(tokens, reading, context, budget)
        reading = self._besides(tokens, reading, read, context) or reading
        reading = self._pronoun_beside_name(tokens, reading, context)
        reading = self._same_by_roles(reading)
        reading = self._speaker_by_role(reading)
        reading = self._best_rated(reading)
        reading = self._told_of_the_person(reading, context)
        reading = self._author_as_their_work(tokens, reading, context, variety, budget)
        reading = self._episode_by_its_facts(tokens, reading, context)
        reading = self._compared_dates(tokens, reading, context)
        if small_talk:  # ("vale, hasta luego": "luego" steps to no episode)
            return _with_examples(reading, variety)
        ordered = self._episode_order(tokens, reading, read)
        if ordered is not None:  # (before a step: "how many come after the moon one?")
            return _with_examples(ordered, variety)
        stepped = self._step_person(tokens, reading, context) or self._listed_first(tokens, reading)
        if stepped is not None:  # ("y el que sigue?" after the fifth of the cast list)
            return _with_examples(stepped, variety)
        reading = self._step_episode(tokens, reading, context)  # (of one episode only)
        return _with_examples(self._ordered_episode(tokens, reading), variety)

    def _chosen_of_two(self, reading: Reading, composer: Composer) -> Reading | None:
        """ "Which of them gets a mention in the review?" of two people, or of two
        episodes: asked of each as a yes/no question, the one it holds of (and of the
        other not) is the answer, about that one alone; negated ("which of them isn't a
        star?"), the one it does not hold of. None where it is no such question, or the
        facts hold it of both or of neither."""
        form = reading.form
        people, episodes = reading.people, reading.episodes
        if not (len(people) == 2 or (len(episodes) == 2 and not people)):
            return None  # most questions
        if form.either_or or not reading.answered:
            return None
        asked = [t for t in form.tokens if t not in _AND]
        if not asked or asked[0] not in self._which_one:
            return None  # (a "which" question asks no yes or no: "which of them is a star?")
        yes_no = replace(form, yes_no=True, asked_yes_no=True)
        if people:
            each = [replace(reading, people=(match,), form=yes_no) for match in people]
        else:
            each = [
                replace(
                    reading,
                    episodes=(episode,),
                    numbered=reading.numbered & {episode.number},
                    titled=reading.titled & {episode.number},
                    form=yes_no,
                )
                for episode in episodes
            ]
        outcomes = [self._respond(one, composer).outcome for one in each]
        # (a yes/no question is answered of what it claims, negated or not: "is he not a
        # star?" is "Yes" of a star; "which of them isn't a star?" is the one it is "No" of)
        wanted, other = Outcome.YES, Outcome.NO
        if not NEGATING.isdisjoint(form.tokens):
            wanted, other = other, wanted
            if other not in outcomes:
                return None
        if outcomes.count(wanted) != 1:
            return None
        chosen = each[outcomes.index(wanted)]
        return replace(chosen, form=replace(form, yes_no=False, asked_yes_no=False))

    def _listed_first(self, tokens: list[str], reading: Reading) -> Reading | None:
        """Of two people named, the one an order word picks in the cast list a source
        gives ("which of Iliana Donatlán and Caraly Sánchez comes first in the cast
        list?", "¿cuál de los dos va antes en el reparto?"): asked about alone. None
        unless both are in that list and the question asks which (no yes/no)."""
        people, form = reading.people, reading.form
        if len(people) != 2 or self._listed_order.keys().isdisjoint(tokens):
            return None  # most questions
        if form.yes_no or not self._matcher.names_a_list(tokens):
            return None
        orders = {self._listed_order[t] for t in tokens if t in self._listed_order}
        listed = [match.who for match in self._cast_listed]
        if len(orders) != 1 or 0 in orders or any(m.who not in listed for m in people):
            return None
        first, last = sorted(people, key=lambda match: listed.index(match.who))
        chosen = first if orders == {-1} else last
        return replace(
            reading,
            intent=self._intents[PERSON_INTENT],
            confidence=max(reading.confidence, ANSWER_AT),
            people=(chosen,),
            form=replace(form, either_or=False, asked_yes_no=False),
        )

    def _ordered_episode(self, tokens: list[str], reading: Reading) -> Reading:
        """Of two episodes named, the one an order word picks (`_order_choice`), asked
        for as one episode."""
        chosen = self._order_choice(tokens, reading)
        if chosen is None:
            return reading
        return replace(
            reading,
            intent=self._intents["episode"],
            confidence=max(reading.confidence, ANSWER_AT),
            episodes=(chosen,),
            titled=frozenset(),
            numbered=frozenset({chosen.number}),
            form=replace(reading.form, yes_no=False, asked_yes_no=False, either_or=False),
        )

    def _episode_order(self, tokens: list[str], reading: Reading, own: Reading) -> Reading | None:
        """An order asked of the episodes a question names, by its order words (not
        positions: "the first one"): of two, whether the first named comes before or after
        the other ("is A Walk with Wolves before Tell the Moon to Come?": No), or which it
        is ("¿va antes o después?"); counted, how many come before or after one ("how many
        episodes come after Tell the Moon to Come?") or between two. `own` is the reading
        of the words alone: two episodes are both named there, not one pointed back at."""
        episodes, form = reading.episodes, reading.form
        if not episodes or self._ordering.keys().isdisjoint(tokens):
            return None  # most questions
        if len({episode.number for episode in episodes}) != len(episodes):
            return None  # one episode found twice orders nothing
        orders = {
            self._ordering[token]
            for token in tokens
            if token in self._ordering and self._matcher.ordinal(token) is None
        }
        counted = COUNT_KIND in form.wants and EPISODE_CONCEPT in reading.concepts
        if counted and len(orders) == 1 and len(episodes) == (2 if 0 in orders else 1):
            order = ORDER_NAMES[orders.pop()]  # ("how many eps come after the moon one?")
        elif counted or len(episodes) != 2 or 0 in orders or not orders:
            return None
        elif {e.number for e in episodes} - {e.number for e in own.episodes} and not any(
            token in self._ordering and self._item_words.intersection(tokens[max(0, at - 2) : at])
            for at, token in enumerate(tokens)
        ):
            # one of them not named here, nor as the subject of the order ("is it after A
            # Walk with Wolves?" is of the episode talked about; "… after the first title -
            # is that part of it?" orders no episode)
            return None
        elif orders == {-1, 1} and form.either_or:
            order = ""  # ("¿va antes o después de Tell the Moon to Come?": which it is)
        elif len(orders) == 1 and form.yes_no and not form.either_or:
            order = ORDER_NAMES[orders.pop()]  # ("is A Walk with Wolves before …?": a claim)
        else:
            return None
        return replace(
            reading,
            intent=self._intents[EPISODE_ORDER],
            confidence=max(reading.confidence, ANSWER_AT),
            order=order,
            form=replace(form, either_or=False, yes_no=bool(order) and form.yes_no),
        )

    def _order_choice(self, tokens: list[str], reading: Reading) -> Episode | None:
        """Of two episodes named, the one an order word picks: the earlier or the later
        asked for as a choice ("which is earlier, the wolves ep or the moon ep?"), or the
        one between them ("el que queda entre el de las moscas y el de los lobos")."""
        if len(reading.episodes) != 2 or self._ordering.keys().isdisjoint(tokens):
            return None  # most questions: not two episodes, or no order word
        if reading.numbered and any(word.startswith("#") for word in reading.words):
            return None  # the word found them by position: "the last 2 eps"
        low, high = sorted(reading.episodes, key=lambda episode: episode.number)
        orders = {self._ordering[token] for token in tokens if token in self._ordering}
        if {-1, 1} <= orders and reading.form.either_or:
            return None  # "¿va antes o después?" asks the order, not which one (_episode_order)
        order = next(self._ordering[token] for token in tokens if token in self._ordering)
        form = reading.form
        if order == 0:  # the one episode between them, if just one is
            numbers = self._numbers_in_order
            first, end = bisect_right(numbers, low.number), bisect_left(numbers, high.number)
            return self._matcher.episodes[numbers[first]] if end - first == 1 else None
        if form.either_or or (form.asks and not form.yes_no):
            return low if order < 0 else high
        return None  # "is the moon one before the wolves one?" claims an order

    def _next_context(
        self, previous: Context | None, parts: list[_Part], language: str
    ) -> Context | None:
        # the dated facts told, the latest last; an answer that told none ends them ("who
        # plays Irene?"), a decline keeps them
        now: tuple[str, ...] = ()
        answered = False
        for part in parts:
            if part.answered:
                answered = True
                ref = self._told_dated_of(part.reading)
                if ref and ref not in now:
                    now = (*now, ref)
        dated = previous.dated if previous is not None and not answered else ()
        if now:
            kept = previous.dated if previous is not None else ()
            dated = (*(ref for ref in kept if ref not in now), *now)[-2:]
        context = _next_context(
            previous,
            parts,
            language,
            self._holders,
            self._talked_authors,
            self._work_concepts,
            dated,
        )
        told = [p.reading for p in parts if p.settled and p.reading.intent]
        last = told[-1] if told else None
        if context is not None and last is not None and last.dated:
            # "did Schamus post a blog before the premiere?" … "when?": of the blog post,
            # what the claim was about, not of the order; "what happened in 2017?" …
            # "who wrote it?": of the one fact dated that year, the ProPublica article
            claimed = last.order in ORDERS or len(last.dated) == 1
            teller = self._dated_tellers.get(last.dated[0]) if claimed else None
            if teller:
                work = self._intents[teller].work
                context = replace(
                    context,
                    intent=teller,
                    work=work or context.work,
                    focus="work" if work and not context.people else context.focus,
                )
        if context is None or len(context.people) != 1:
            return context
        if (
            context.asked
            and self._matcher.names_a_list(list(context.asked))
            and id(context.people[0].who) in self._cast_listed_ids
        ):
            # "who's last in the cast list?" … "and before him?": the list asked of
            return replace(context, among=self._cast_listed)
        if previous is None:
            return context
        # the people named before the conversation narrowed to one of them: the last
        # answer's, or those it still narrows ("Somos. stars Jero Medina and Mercedes
        # Hernández" … "who does Jero Medina play?")
        # ... or everyone the last answer named ("who plays Benjamín and who plays Doña
        # Chayo?" … "the first one you mentioned" … "and the other one?")
        who = context.people[0].who
        lists: tuple[Callable[[], tuple[PersonMatch, ...]], ...] = (
            lambda: previous.people,
            lambda: previous.among,
            lambda: self._matcher.people_named(words(previous.said)) if previous.said else (),
            lambda: self._reply_people(previous),
        )
        for listed in lists:  # (each worked out only when the one before fails)
            named = listed()
            if len(named) > 1 and any(m.who is who for m in named):
                return replace(context, among=named)
        return context

    def _corrected(self, tokens: list[str]) -> list[str]:
        """ "no I meant the review, not the article": what the fan meant, read on its own
        (the words before are chatter, the ", not …" after is what they did not mean).
        After a question ("what's the second episode, i mean its title?") it is an aside.
        """
        found = self._corrections.find(tokens)
        if not found:
            return self._without_denied_work(tokens)
        start, end, _ = found[-1]
        if self._may_ask(tokens[:start]):
            return tokens[:start] + tokens[end:]  # the words "i mean" ask no meaning
        meant = tokens[end:]
        for index, token in enumerate(meant[:-1]):
            if token == _COMMA and meant[index + 1] in NEGATIONS and index:
                # ... up to the next question, if one follows ("…, not the article.
                # who wrote the review?")
                then = next(
                    (
                        at
                        for at in range(index + 2, len(meant))
                        if self._question_phrases.at(meant, at)
                        or self._matcher.opens_yes_no(meant[at:])
                    ),
                    len(meant),
                )
                return meant[:index] + meant[then:]
        return meant

    def _without_denied_work(self, tokens: list[str]) -> list[str]:
        """ "who wrote the original article? not the review, the article": a source named
        after "not" and before a comma is the one not meant, and is left out."""
        mentions = self._matcher.mention_words
        for at, token in enumerate(tokens):
            if token not in NEGATIONS:
                continue
            for named in range(at + 1, min(at + 4, len(tokens) - 2)):
                if tokens[named] in mentions and tokens[named + 1] == _COMMA:
                    return tokens[:at] + tokens[named + 2 :]
        return tokens

    def _in_the_sources_language(self, tokens: list[str]) -> list[str]:
        """ "What's episode 2 called in English?": a name or title asked in the language
        the sources are written in is the one they give ([others] source_language); the
        question without those words."""
        found = self._source_language.find(tokens)
        if not found or not any(NAMING in self._matcher.concepts_of(t) for t in tokens):
            return tokens
        start, end, _ = found[0]
        return tokens[:start] + tokens[end:]

    def _without_excluded(self, tokens: list[str]) -> list[str]:
        """ "who stars in it besides Jero Medina?": the question without the name left
        out, so that it asks for the list (whose answer names the others too), not for
        that one person's card."""
        for start, end, _ in self._excluding.find(tokens):
            for stop in range(min(len(tokens), end + MAX_NAME_WORDS), end, -1):
                named = self._matcher.read(tokens[end:stop])
                if named.people and _names_only(named):
                    return tokens[:start] + tokens[stop:]
        return tokens

    def _follow_up(
        self, tokens: list[str], reading: Reading, context: Context, budget: list[int]
    ) -> Reading:
        """Read a message in the light of the conversation so far.

        "What about episode 5?": the rest after the opening is read on its own.
        "Who does she play?", "¿y quién la interpreta?": the pronoun is the person
        last talked about (the actor, for a cast member: a pronoun points at a real
        person). "Who wrote it?" after the review: "it" is the work last talked about.
        "And the 5th?", "when was it posted?": a message that names only an episode,
        a person or the kind of answer it wants asks the last question again about it.
        A message that names its own topic is read on its own.
        """
        for opening in self._again:
            if tuple(tokens[: len(opening)]) == opening and len(tokens) > len(opening):
                if not _spend(budget, len(tokens)):
                    break
                rest = self._matcher.read(tokens[len(opening) :])
                if rest.answered:
                    return rest
        told = self._told_of_the_last(tokens, reading, context)
        if told is not None:
            return told
        judged = self._judged_topic(tokens, reading, context)
        if judged is not None:
            return judged
        other = self._the_other(tokens, context, budget)
        if other is not None:
            return other
        same = self._same_asked_of(tokens, reading, context, budget)
        if same is None:
            same = self._same_yes_no_of(tokens, reading, context, budget)
        if same is None:
            same = self._the_counted(tokens, context, budget)
        if same is not None:
            return same
        listed = self._listed_item(reading, context)
        if listed is not None:
            return listed
        last = self._intents.get(context.intent)
        if last and last.credit and reading.form.yes_no and self._names_only_people(reading):
            # "who directed it?" … "was it Fernanda Melchor?": that credit, for her
            return replace(reading, intent=last, confidence=max(reading.confidence, ANSWER_AT))
        if last and self._asks_the_doer(tokens, reading, context):
            return self._asked_again(reading, last, context)  # ("… by the Los Zetas cartel")
        resolved = self._resolve_pronouns(tokens, reading, context, budget)
        if resolved.answered and resolved is not reading:
            return resolved
        if resolved is reading:
            of_subject = self._unsaid_subject(tokens, reading, context, budget)
            if of_subject is not None:
                return of_subject
        return self._ellipsis(tokens, resolved, context)

    def _same_asked_of(
        self, tokens: list[str], reading: Reading, context: Context, budget: list[int]
    ) -> Reading | None:
        """ "¿Y el artículo de la temporada 2?" after "who wrote the review?", "¿y el
        capítulo 3?" after "who directed Somos?": the last who-question asked again of
        the work or episode this "and …" names, in place of the one it named; and any
        last question, after "same question for …" ([followups] same_question)."""
        said = [t for t in tokens if t != QUESTION_MARK]
        opening = self._same_question.at(said, 0)
        if opening is not None:  # ("same question for the article": "and the article")
            said = [_AND_WORD, *said[opening[0] :]]
        last = self._intents.get(context.intent)
        if (
            not said
            or said[0] not in _AND
            or len(said) > SHORT_FOLLOW_UP + 2
            or (reading.form.asks and opening is None)
            or reading.people
            or last is None
            or not context.asked
        ):
            return None
        concepts_of = self._matcher.concepts_of
        # (a who-question, whether or not its answer named anyone: "who wrote the season
        # 2 article?"; any question asked again in so many words)
        if opening is None and not any(WHO_CONCEPT in concepts_of(t) for t in context.asked):
            return None
        named = said[1:]
        if not (reading.episodes or self._names_a_work(named, (), context.work or "")):
            return None
        if not all(map(self._names_part, named)):
            return None  # ("¿y la reseña dice algo de él?" asks something of its own)
        asked = [t for t in context.asked if t != QUESTION_MARK]
        # (the work it named in place of this one, or else the show: "how many parts
        # is the series, per the review?" asked of the article is asked per the article)
        at = next((i for i, t in enumerate(asked) if t in self._work_names), None)
        if at is None:
            at = next((i for i, t in enumerate(asked) if SHOW_CONCEPT in concepts_of(t)), None)
        if at is None:
            return None
        # (the whole of that work's name: "el artículo de la temporada 2", "the
        # ProPublica article")
        while at and self._names_part(asked[at - 1]):
            at -= 1
        end = at + 1
        while end < len(asked) and self._names_part(asked[end]):
            end += 1
        again = [*asked[:at], *named, *asked[end:]]
        if not _spend(budget, len(again)):
            return None
        resolved = self._matcher.read(again)
        if resolved.intent is None:
            return None
        return replace(resolved, confidence=max(resolved.confidence, ANSWER_AT))

    def _the_counted(
        self, tokens: list[str], context: Context, budget: list[int]
    ) -> Reading | None:
        """ "Name them all", "¿cuáles son?" after "how many writers are there?": the last
        question asked again without its count, which lists what it counted."""
        said = tuple(t for t in tokens if t != QUESTION_MARK and t not in _AND)
        if said not in self._name_them or not context.asked:
            return None
        asked = [t for t in context.asked if t != QUESTION_MARK]
        counted = self._counting.find(asked)
        if not counted:
            return None  # (the last question counted nothing: "who are they?" is its own)
        kept = [t for at, t in enumerate(asked) if not any(s <= at < e for s, e, _ in counted)]
        again = [LIST_WORD, *kept]
        if not _spend(budget, len(again)):
            return None
        resolved = self._matcher.read(again)
        if not resolved.answered:
            return None
        return resolved

    def _same_yes_no_of(
        self, tokens: list[str], reading: Reading, context: Context, budget: list[int]
    ) -> Reading | None:
        """ "And Armando Silva?" after "does the review mention Jero Medina?": the last
        yes/no question asked again of the one person this "and …" names, in place of the
        one it named (a card of him would answer no yes or no)."""
        if not context.yes_no or context.intent != PERSON_INTENT:
            # (only a yes/no question of the person: "who does he play?" a card answers,
            # and one of a topic, "did the review criticize him?", is of the topic)
            return None
        said = [t for t in tokens if t != QUESTION_MARK]
        if not said or said[0] not in _AND or len(reading.people) != 1:
            return None
        # (a name alone, as typed: "and Armando Silva?", "¿y a Chema?"; "and does Armando
        # Silva …?", "¿y de él qué dice?" ask on their own)
        name = [t for t in said[1:] if t not in PREPOSITIONS and t not in ARTICLES]
        if not name or self._matcher.name_at(name, 0) != len(name):
            return None
        asked = [t for t in context.asked if t != QUESTION_MARK]
        spans: list[tuple[int, int]] = []
        at = 0
        while at < len(asked):  # (each name once, the longest: "jero medina", not "medina")
            size = self._matcher.name_at(asked, at)
            if size:
                spans.append((at, size))
            at += size or 1
        if len(spans) != 1:
            return None  # (the last question named one person, to put this one for)
        at, size = spans[0]
        again = [*asked[:at], *name, *asked[at + size :]]
        if not _spend(budget, len(again)):
            return None
        resolved = self._matcher.read(again)
        if resolved.intent is None or resolved.people != reading.people:
            return None
        return replace(resolved, confidence=max(resolved.confidence, ANSWER_AT))

    def _names_part(self, token: str) -> bool:
        """Whether a word may be part of a work's or an episode's name ("el", "artículo",
        "de", "la", "temporada", "2", "capítulo")."""
        return (
            token in self._work_names
            or token in _NAME_JOINERS
            or is_number(token)
            or not self._naming_concepts.isdisjoint(self._matcher.concepts_of(token))
        )

    def _the_other(self, tokens: list[str], context: Context, budget: list[int]) -> Reading | None:
        """ "And the other one?", "¿y el otro protagonista?": of two people named, the one
        not talked about last, put in the question as asked ([followups] `others`)."""
        found = self._others.find(tokens)
        if not found or len(context.people) != 1:
            return None
        # (or of those the source it names names: "and the other actor the reviewer
        # mentioned?" after one of the review's two)
        cited = self._matcher.read(tokens).form.mentions if not context.among else frozenset()
        among = context.among or tuple(
            PersonMatch(member, "actor")
            for member in self.knowledge.cast
            if len(cited) == 1 and cited <= set(member.sources)
        )
        current = context.people[0].who
        rest = [m for m in among if m.who is not current]
        if len(rest) != 1:
            return None
        start, end, _ = found[0]
        named = [*tokens[:start], *words(_name(rest[0])), *tokens[end:]]
        if not _spend(budget, len(named)):
            return None
        reading = self._matcher.read(named)
        return reading if reading.answered and reading.people else None

    def _besides(
        self, tokens: list[str], reading: Reading, own: Reading, context: Context | None
    ) -> Reading | None:
        """ "Who else stars with her?", "¿y quién más la escribió?" after one writer, "the
        other lead, the one next to the pushcart lady": of the people a topic's answer
        names (the stars, the writers), those besides the one named or talked about last
        ([followups] `besides`); `own` is the message's reading on its own words, before
        a pronoun was resolved. None when the message says no "besides", or the one it
        sets aside is none of them. (One named after "besides" is read without: the
        list answers, naming the others.)"""
        if not self._besides_words.find(tokens):
            return None
        group = next(
            (
                intent
                for intent in (reading.intent, *reading.ranked, own.intent, *own.ranked)
                if intent is not None
                and intent.answerable
                and not intent.chat
                and intent.name != PERSON_INTENT
                and "person" in intent.gives
            ),
            None,
        )
        aside = own.people  # (not whom a pronoun or "the other" was found to be)
        if not aside and context is not None:
            aside = context.people[-1:]
        if group is None or not aside:
            return None
        members = self._group(group)
        apart = {real_name(m.who) for m in aside}
        rest = [m for m in members if real_name(m.who) not in apart]
        if len(rest) == len(members) or not rest:
            return None  # (none of them set aside, or no one else)
        return Reading(
            self._intents[PERSON_INTENT],
            max(reading.confidence, ANSWER_AT),
            people=tuple(rest),
            concepts=frozenset({PERSON_CUE}),
            cue=frozenset({PERSON_CUE}),
        )

    def _same_by_roles(self, reading: Reading) -> Reading:
        """ "Is the creator the same person who did the cinematography?": whether the one
        holder of each role named is one real person, asked of them (the check is
        _weigh's, for two people named)."""
        form = reading.form
        if not form.yes_no or reading.people or self._same.isdisjoint(form.tokens):
            return reading
        roles = form.roles - PART_CREDITS
        holders = [self._holders.get(role, ()) for role in sorted(roles)]
        if len(holders) < 2 or any(len(held) != 1 for held in holders):
            return reading
        people = {real_name(held[0].who): held[0] for held in holders}
        return self._about_people(reading, tuple(people.values()))

    def _about_people(
        self, reading: Reading, people: tuple[PersonMatch, ...], **changes: Any
    ) -> Reading:
        """`reading` as a question about `people` (their card, and what it asks of them),
        at least as sure as an answer: what the steps that work out who is meant give."""
        return replace(
            reading,
            intent=self._intents[PERSON_INTENT],
            confidence=max(reading.confidence, ANSWER_AT),
            people=people,
            **changes,
        )

    def _speaker_by_role(self, reading: Reading) -> Reading:
        """ "What did the director say?", "¿qué dijo el director?", "the director's post":
        the one holder of the role named as who speaks or whose thing it is, asked of as
        if named ("what did James Schamus say?"), not the role's holders. Only for one the
        sources quote (his blog post): a role whose words are a work of theirs (the
        critic's review: "¿qué opina el crítico?") is read as that work."""
        form = reading.form
        if reading.people or len(form.speakers) != 1 or not form.asks or form.yes_no:
            return reading
        held = self._holders.get(next(iter(form.speakers)), ())
        if len(held) != 1 or real_name(held[0].who) not in self._said_by:
            return reading
        return self._about_people(reading, held)

    def _best_rated(self, reading: Reading) -> Reading:
        """ "Which actor did the review think was the best?": of the performances the
        answer rates, or of the people the question names ("who does the review praise
        more, Armando Silva or Mercedes Hernández?"), the one rated highest ([others]
        best, ranking), when one is."""
        intent = reading.intent
        if intent is None or not self._best.within(reading.form.tokens):
            return reading
        if len(reading.people) == 1:
            # "is Armando Silva the best one?": of that one, whose card says the rating
            person = self._intents.get(PERSON_INTENT)
            rated = isinstance(reading.people[0].who, CastMember) and reading.form.yes_no
            return replace(reading, intent=person) if rated and person else reading
        rated = [
            (self._ranking[m.who.performance], m)
            for m in reading.people or self._group(intent)
            if isinstance(m.who, CastMember) and m.who.performance in self._ranking
        ]
        if len(rated) < 2:
            return reading
        rated.sort(key=lambda pair: pair[0])
        if rated[0][0] == rated[1][0]:
            return reading  # (rated alike: no one best)
        return self._about_people(reading, (rated[0][1],))

    def _pronoun_beside_name(
        self, tokens: list[str], reading: Reading, context: Context | None
    ) -> Reading:
        """A yes/no question whose subject is "he" or "she", naming someone else after
        it ("is he Isidro Linares?", "is he the one playing Isidro Linares?", "¿ella es
        Irene?" after Armando Silva, Arelí González): of the one talked about and the one
        named, as "is Armando Silva Isidro Linares?" would be."""
        if context is None or len(context.people) != 1 or len(reading.people) != 1:
            return reading
        if not reading.form.yes_no or reading.form.either_or:
            return reading
        # (only who one is, or plays: "is he related to Benjamín?", "does he mention Jero
        # Medina?" ask something else of the two)
        topics = {c for c in reading.concepts if not c.startswith("@")} - self._identity_concepts
        if topics or reading.unknown:
            return reading
        pronoun = next((at for at, t in enumerate(tokens) if t in self._subjects), None)
        first_name = next(
            (at for at in range(len(tokens)) if self._matcher.name_at(tokens, at)), None
        )
        if pronoun is None or first_name is None or first_name < pronoun:
            return reading  # ("is Isidro Linares him?" names first: not asked here)
        beside = {*tokens[max(0, pronoun - 1) : pronoun], *tokens[pronoun + 1 : pronoun + 2]}
        if self._copulas.isdisjoint(beside) and "play" not in reading.concepts:
            return reading  # (the subject of "is", "es" or "play": "el gerente" is no "él")
        return replace(reading, people=(context.people[0], reading.people[0]))

    def _said_to_be(self, reading: Reading, said: str) -> bool:
        """Whether a question says one of the two people it names is the other ("is Érika
        the pushcart lady?"), claiming no role of either and saying nothing else; a thing
        that is one of their names ("¿es Irene la vendedora?") is no claim. `said`: the
        answer's text, whose words in another form say nothing more ("corrupto")."""
        form = reading.form
        if len(reading.people) != 2 or not form.tokens:
            return False
        # (the copula first, or after the name it opens with: "¿Jesús Sida es el gerente?";
        # past "and" and a pronoun for one of them: "¿y ella es Irene?")
        tokens = form.tokens
        start = next((at for at, t in enumerate(tokens) if t not in _AND | self._subjects), 0)
        named = self._matcher.name_at(tokens, start)
        after_name = tokens[start + named] if 0 < start + named < len(tokens) else ""
        if tokens[start] not in self._copulas and after_name not in self._copulas:
            return False
        replied = words(said)
        if any(not any(same_word(word, w) for w in replied) for word in reading.unknown):
            # ("is Irene related to Benjamín?": more than one being the other; "¿es el
            # gerente corrupto?" is of the answer's "corrupta")
            return False
        named = {fold(a) for m in reading.people for a in getattr(m.who, "aliases", ())}
        return not form.roles and all(named.intersection(t.names) for t in form.things)

    def _of_another_episode(self, reading: Reading, reply: Reply) -> bool:
        """Whether the question names an episode and its answer's facts name others only
        ("did the reviewer say the cinematography was most impressive in the first
        episode?": the review says the final one). Read only for such a question."""
        if not reading.numbered or reading.intent is self._intents.get("episode"):
            return False
        named = {episode.number for episode in self._episodes_in(reply.text)}
        return bool(named) and not named & reading.numbered

    def _episodes_in(self, text: str) -> tuple[Episode, ...]:
        """The episodes a reply's text names, by number, title or position ("the final
        episode"); kept, as a reply's text is the facts' and the templates': a few
        hundred."""
        found = self._reply_episodes.get(text)
        if found is None:
            found = self._matcher.read(words(text)).episodes
            if len(self._reply_episodes) < MAX_REMEMBERED_REPLIES:
                self._reply_episodes[text] = found
        return found

    def _group(self, intent: Intent) -> tuple[PersonMatch, ...]:
        """The people the answer to `intent` names (worked out once per topic); none for
        a topic with no answer of its own, or whose answer is of people named."""
        if not intent.answerable or intent.chat or intent.name == PERSON_INTENT:
            return ()
        found = self._groups.get(intent.name)
        if found is None:
            text = self._composer(BASE_LANGUAGE).answer(Reading(intent, 1.0)).text
            found = self._groups[intent.name] = self._matcher.people_named(words(text))
        return found

    def _clitic_at(self, tokens: Sequence[str], at: int) -> bool:
        """Whether the word at `at` is an object pronoun: right after a question word
        ("¿quién la interpreta?"), or one that is never an article, before a word that
        may be a verb ("¿en qué página lo publicaron?")."""
        if at == 0:
            return False
        if tokens[at - 1] in self._clitic_after:
            return True
        after = tokens[at + 1 : at + 2]
        return (
            tokens[at] in self._loose_clitics
            and bool(after)
            and after[0] not in self._loose_clitic_not_before
            and after[0] != QUESTION_MARK
        )

    def _clitic_on_a_work(self, tokens: Sequence[str]) -> bool:
        """Whether an object pronoun stands before a verb whose object is a written work
        ("¿quién lo escribió?", "¿cuándo lo publicaron?": [followups] work_verbs)."""
        return any(
            tokens[at + 1] in self._work_verbs and self._clitic_at(tokens, at)
            for at in range(1, len(tokens) - 1)
        )

    def _names_show(self, tokens: Sequence[str], pronouns: Iterable[int]) -> bool:
        """Whether words other than the pronouns name the show ("y la serie quién la
        escribió?")."""
        skipped = set(pronouns)
        return any(
            SHOW_CONCEPT in self._matcher.concepts_of(token)
            for i, token in enumerate(tokens)
            if i not in skipped
        )

    def _kind_of_the_topic(self, reading: Reading, context: Context) -> bool:
        """Whether a question wants a kind of answer that the last answer's topic gives
        and no answer about the work talked about does ("when was it?" after the
        massacre, asked of the review: the massacre's year)."""
        wants = reading.form.wants
        last = self._intents.get(context.intent)
        if not wants or last is None or last.work == context.work or not wants & last.gives:
            return False
        if wants <= DATE_KINDS:  # (a date is a dated fact's: [dated] in questions.toml)
            return self._dated_tables.isdisjoint(
                self._work_facts.get(context.work or "", frozenset())
            ) and not self._dated_tables.isdisjoint(last.facts)
        return not wants & self._work_gives.get(context.work or "", frozenset())

    def _names_a_work(self, tokens: Sequence[str], skipped: Iterable[int], work: str) -> bool:
        """Whether words other than the pronouns name a work other than `work`, the one
        talked about ("and the article it's based on?" after the review; not "ese
        artículo" after the article)."""
        concepts_of = self._matcher.concepts_of
        own = set(words(work))
        own_concepts = {concept for word in own for concept in concepts_of(word)}
        skip = set(skipped)
        if any(tokens[i] in self._pointing_back for i in skip):
            return False  # "was that after the show came out?": "that" points back
        return any(
            (token in self._work_names or SHOW_CONCEPT in concepts_of(token))
            and token not in own
            and own_concepts.isdisjoint(concepts_of(token))
            for i, token in enumerate(tokens)
            if i not in skip
        )

    def _resolve_pronouns(
        self, tokens: list[str], reading: Reading, context: Context, budget: list[int]
    ) -> Reading:
        if (
            reading.answered
            and reading.intent is not None
            and reading.intent.work is not None
            and reading.intent.work == context.work
            and not reading.form.yes_no
            and self._pronouns.isdisjoint(tokens)  # ("who did he say was best?": whom)
        ):
            return reading  # "¿y qué le critica?" after the review: already of the review
        # (a pronoun that doubles the object just named points at no one before: "¿y al
        # crítico le gustó?")
        pronouns = [
            i for i, t in enumerate(tokens) if t in self._pronouns and not self._doubles(tokens, i)
        ]
        said = [i for i, t in enumerate(tokens) if t != QUESTION_MARK]
        if said and said[-1] > 0 and tokens[said[-1]] in self._subject_pronouns:
            pronouns.append(said[-1])  # "¿lo dirigió el?": an article ends no sentence
        # ... nor comes before a verb or an adverb: "¿y el sale en la reseña?"
        pronouns += [
            i
            for i, t in enumerate(tokens[:-1])
            if t in self._subject_pronouns
            and tokens[i + 1] in self._before_verbs
            and i not in pronouns
        ]
        clitics = [
            i
            for i, t in enumerate(tokens)
            if t in self._clitics and self._clitic_at(tokens, i) and not self._doubles(tokens, i)
        ]
        works = self._work_pronoun_at(tokens)
        if not context.episodes and self._points_at_episode(tokens):
            # "¿y cómo se llama ese episodio?" after "… sobre todo en el último episodio":
            # the one episode the last answer named, or the one talked about before it
            told = self._episodes_in(context.replied) if context.replied else ()
            told = told if len(told) == 1 else context.earlier_episodes
            if len(told) == 1:
                context = replace(context, episodes=told, focus="episode")
        replaced: dict[int, list[str]] = {}
        keep_topic = False
        # ("he", "she"; "el" read as "él" above: "¿el es el director también?")
        he_or_she = not context.people and (
            bool(self._he_or_she.intersection(tokens))
            or any(tokens[i] in self._subject_pronouns for i in pronouns)
        )
        if he_or_she and context.said:
            # "who does he play?" after an answer about two or three people: all of them
            # (the sources give no one a gender)
            found = self._matcher.people_named(words(context.said))
            if 1 < len(found) <= MAX_NAMED:
                context = replace(context, people=found, focus="person")
        if he_or_she and not context.people and context.earlier:
            context = replace(context, people=context.earlier)  # "she", not "su"
        if context.focus == "person" and context.work and context.people and (works or clitics):
            who = context.people[-1].who
            credits = set(who.credits) if isinstance(who, Person) else {CAST_CREDIT}
            if (
                reading.form.roles
                and not reading.form.roles & credits
                and not self._names_show(tokens, {*works, *clitics})
            ):
                # "who wrote it?" after the review's word on the cinematography: its
                # cinematographer wrote nothing, so "it" is the work, the review
                context = replace(context, focus="work")
            elif any(tokens[i + 1 : i + 2] and tokens[i + 1] in self._work_verbs for i in clitics):
                # "¿y cuándo lo publicó?" after the blog post: what is written or
                # published is the work, whoever wrote it ([followups] work_verbs)
                context = replace(context, focus="work")
        pointing = pronouns + (clitics if context.focus == "person" else [])
        # "that character", "ese personaje": the last person's (the word before it
        # stays: "¿qué hace ese …?" still asks what they do)
        characters = [
            i + 1
            for i, t in enumerate(tokens[:-1])
            if tokens[i + 1] in self._character_words
            and t in self._demonstratives
            and not self._complements.intersection(tokens[i + 2 : i + 3])  # "… of the DEA's"
        ]
        pointing += characters if context.focus == "person" else []
        # "ese wey", "that actress": the last person, the demonstrative with its noun;
        # "the actress?", "¿y el personaje?": a part alone, the last person's in it
        nouns = [
            i + 1
            for i, t in enumerate(tokens[:-1])
            if tokens[i + 1] in self._person_nouns
            and t in self._demonstratives
            and not self._complements.intersection(tokens[i + 2 : i + 3])
        ]
        nouns += self._part_alone(tokens)
        pointing += nouns if context.focus == "person" else []

        if context.people and not reading.people and pointing:
            match = context.people[-1]
            who = match.who
            name = words(real_name(who))
            if len(context.people) > 1:  # "he" after an answer about two: both
                name = [
                    w
                    for at, m in enumerate(context.people)
                    for w in (["and"] if at else []) + words(_name(m))
                ]
            for index in pointing:
                # "her character", "su personaje": the character, not the actress
                after = tokens[index + 1 : index + 2]
                character = who.character if isinstance(who, CastMember) else None
                if index in nouns:
                    replaced[index - 1] = []
                    alone = character is not None and tokens[index] in self._character_words
                    replaced[index] = words(character) if character and alone else name
                elif index in characters:
                    if character:  # one the sources don't name is asked about as it is
                        replaced[index] = words(character)
                elif character and after and after[0] in self._character_words:
                    replaced[index] = words(character)
                    replaced[index + 1] = []
                else:
                    replaced[index] = name
            if (
                context.work
                and context.intent in self._work_answers
                and not self._names_a_work(tokens, [*works, *clitics], context.work)
            ):
                # "what did he say in it?" after the blog post: he is its author, it the post
                for index in works:
                    replaced.setdefault(index, words(context.work))
        elif (
            (
                context.focus == "work"
                # ("what's it called?" after "is the last episode really gory?", which
                # the review answered: the episode the question named; "¿quién dijo
                # eso?" still asks who said what the review said)
                or (
                    context.intent in self._work_answers
                    and not pointing
                    and works
                    and not (
                        context.focus == "episode"
                        and len(context.episodes) == 1
                        and self._matcher.speaking.isdisjoint(tokens)
                    )
                )
            )  # "was that after the show came out?" after the blog post: the post
            and context.work
            and (works or clitics)
            and not self._show_title.issubset(tokens)  # "y Somos, dónde la veo?"
            # ("¿cómo se llama ese capítulo?" after the review's word on the last one: the
            # episode, not the review)
            and not (len(context.episodes) == 1 and self._points_at_episode(tokens))
            # ("when did it premiere?" after the review: only a show premieres)
            and not self._show_verbs.find(tokens)
            # ("and the show itself, who wrote it?" after the review: the show's writers)
            and not self._names_a_work(tokens, [*works, *clitics], context.work)
            # ("and in what year was it?" after the story, asked per the review: the
            # review gives no year, the story does)
            and not self._kind_of_the_topic(reading, context)
            # ("la actriz de doña chayo es la misma que la de irene?": among names, "la"
            # is an article, or points at them, never at the work)
            and not (reading.people and not works)
        ):
            # a clitic doubles a named object: "y la serie, quién la escribió?"
            doubled = self._names_show(tokens, [*works, *clitics])
            for index in [*works, *([] if doubled else clitics)]:
                replaced[index] = words(context.work)
        elif (
            context.focus == "work"
            and context.work
            and self._answerable(context.intent)  # ("¿y de los actores?" after the music)
            and tokens[:1]
            and tokens[0] in _AND
            and SHOW_CONCEPT not in reading.concepts  # "y Somos cuántos episodios tiene?"
            and not any(c.startswith(("@season", "@episode")) for c in reading.concepts)
            and not any(map(is_number, tokens))  # "y la 1?" names its own item
            and not self._names_a_work(tokens, works, context.work)  # "and the article?"
            and not self._kind_of_the_topic(reading, context)  # "and in what year was it?"
        ):  # "y la primera temporada?" names its own season
            # "and the author?" after the review: the review's author (the "and" kept:
            # a short "and …?" names a topic, it asks no yes or no)
            replaced[0] = [tokens[0], *words(context.work)]
        elif (
            context.focus == "person"
            and context.people
            and not reading.people
            and (
                (
                    reading.form.mentions
                    and (reading.form.either_or or self._named_as_where(tokens))
                )  # "…, la reseña o el artículo?"
                or (reading.form.roles and self._drops_subject(tokens))
                or reading.form.clitic_verb  # "¿pero sí la coescribió?"
                # "the director too?", "¿también es el director?": the same person again
                or (reading.form.roles and not self._additive.isdisjoint(tokens))
            )
            and reading.form.yes_no
            # ("isn't the DEA to blame, per the review?" names its own subject)
            and all(thing.label == CITED_CLASS for thing in reading.form.things)
            and not self._doubling.intersection(tokens)  # "¿y al crítico le gustó?"
        ):
            # "¿y sale en la reseña?", "¿es una de las protagonistas?": Spanish drops the
            # pronoun; the person is implied
            who = context.people[-1].who
            name = words(real_name(who))
            replaced[0] = [tokens[0], *name]
        elif (
            # ("¿y cómo se llama ese?" after who directed episode 3: "ese" is the episode
            # even where "he" would be the director)
            (context.focus == "episode" or self._points_at_item(tokens))
            and len(context.episodes) == 1
            and (works or clitics)
            and not (reading.people and not works)  # (among names, "la" is an article)
            and (not reading.episodes or reading.form.yes_no)  # "is that the finale?"
        ):  # "what's it called?", "who directed that one?", "¿quién lo dirigió?"
            episode = ["episode", str(context.episodes[0].number)]
            doubled = self._names_show(tokens, [*works, *clitics])  # "y la serie, quién la…"
            for index in [*works, *([] if doubled else clitics)]:
                replaced[index] = episode
            # ... the episode narrows what was asked, and changes no topic: "whose
            # cinematography stood out in it?" after the finale is still cinematography
            # ("what's it called?" is not a question about the show narrowed to one)
            keep_topic = (
                reading.answered
                and reading.intent is not None
                and EPISODE_QUALIFIER in reading.intent.takes
                and not self._points_at_item(tokens)
            )
        elif (
            len(context.episodes) > 1
            and self._points_at_item(tokens)
            and reading.answered
            and reading.intent is not None
            and EPISODE_QUALIFIER not in reading.intent.takes
            and not (reading.people or reading.episodes)
        ):
            # "who directed that one?" after an answer about several episodes: whichever
            # it is, one episode's, which the sources don't give per episode
            first = context.episodes[0]
            return replace(reading, episodes=(first,), numbered=frozenset({first.number}))
        elif (
            context.focus == "work"
            and context.work
            and reading.intent is None
            and reading.form.yes_no
            and tokens
        ):
            # "¿ya la confirmaron o qué?" after season 2: a yes/no question with no topic
            # of its own, and a Spanish object pronoun before its verb, is of the work
            replaced[0] = [*words(context.work), tokens[0]]
        # "is that the same guy who plays Benjamín?": the person last talked about, beside
        # whoever the question names (not where it names both sides: "is the creator the
        # same person who did the cinematography?")
        if (
            context.people
            and context.focus == "person"
            and len(reading.form.roles - PART_CREDITS) < 2
        ):
            last = context.people[-1].who
            for i, token in enumerate(tokens[:-1]):
                if token in self._same and tokens[i + 1] in self._person_nouns:
                    replaced[i] = []
                    replaced[i + 1] = words(real_name(last))
        if not replaced:
            return reading
        named = [w for i, t in enumerate(tokens) for w in replaced.get(i, [t])]
        if not _spend(budget, len(named)):
            return reading
        resolved = self._matcher.read(named)
        if keep_topic:  # the same question, narrowed to the episode
            return replace(
                reading,
                episodes=resolved.episodes,
                numbered=resolved.numbered,
                titled=resolved.titled,
            )
        # what the pronoun points at wins when it makes a confident reading of its own
        if resolved.confidence < min(reading.confidence, ANSWER_AT):
            return reading
        return resolved

    def _part_alone(self, tokens: list[str]) -> list[int]:
        """Where a message that only names a part in the cast ("the actress?", "¿y el
        personaje?", "no, I meant the actor") names it, after its article: nowhere, for
        most. ("And the director?" asks who directed it; "is he the actor?" asks yes or
        no.)"""
        said = [at for at, t in enumerate(tokens) if t not in (QUESTION_MARK, _COMMA, *_AND)]
        if (
            len(said) < 2
            or tokens[said[-1]] not in self._cast_parts
            or tokens[said[-2]] not in self._articles
        ):
            return []
        before = [tokens[at] for at in said[:-2]]
        if not all(map(self._is_chatter, before)) or not self._pronouns.isdisjoint(before):
            return []
        return [] if self._matcher.clearly_opens_yes_no(before) else [said[-1]]

    def _unsaid_subject(
        self, tokens: list[str], reading: Reading, context: Context, budget: list[int]
    ) -> Reading | None:
        """ "¿De qué trata?" after episode 2, "¿cuántas temporadas tiene?" after Narcos:
        Spanish leaves "it" unsaid. A short question with no person, episode, position or
        show of its own is re-read with what was just talked about, and that reading is
        taken when it asks something of it: of an episode, its title or a topic the
        sources don't give per episode (what happens in it); of a person, their part
        ("¿y qué papel hace?"); of a work, the work's own answer or a topic the sources
        lack. A topic that is the show's ("¿quién es el creador?") is not narrowed to
        either."""
        episode = context.focus == "episode" and len(context.episodes) == 1
        # ("¿y qué papel hace?", "¿y a quién interpreta?" after one person: their part)
        part = (
            context.focus == "person"
            and len(context.people) == 1
            and not self._asks_part.isdisjoint(tokens)
        )
        if episode:
            subject = ["episode", str(context.episodes[0].number)]
        elif part:
            subject = words(real_name(context.people[0].who))
        elif context.work in self._show_works and not (context.people or context.said):
            # another show or a second season ("¿cuántas temporadas tiene?" after
            # Narcos); after a trailer or the review, "¿es buena?" is still about Somos
            # (and not "what role?" after an answer naming actors)
            subject = words(context.work)
        else:
            return None
        said = [t for t in tokens if t != QUESTION_MARK]
        titled = TITLE_CONCEPT in reading.concepts
        if (
            (reading.intent is None and not (episode and titled))
            or (episode and EPISODE_CONCEPT in reading.concepts)  # "¿cuántos capítulos son?"
            or any(is_number(w) or w.startswith("#") for w in reading.words)  # "y la primera"
            or reading.episodes
            or reading.people
            or not said
            # (asking their part, a longer one too: "¿y cómo se llama el personaje que hace?")
            or len(said) > (2 * SHORT_FOLLOW_UP if part else SHORT_FOLLOW_UP)
            or self._names_show(tokens, ())
            # (a work of its own: "when was the blog post published?" after the season 2
            # article asks of the blog post)
            or (reading.intent is not None and reading.intent.work not in (None, context.work))
        ):
            return None
        named = [*said, *subject]
        if not _spend(budget, len(named)):
            return None
        resolved = self._matcher.read(named)
        intent = resolved.intent
        if intent is None or intent is reading.intent or (episode and not resolved.episodes):
            return None
        if episode:
            fits = intent is self._intents["episode"] and titled
        elif part:
            fits = intent.name == PERSON_INTENT and bool(resolved.people)
        else:
            # the work's answer to what this message asks (its topic or its facts), not
            # its summary ("¿es buena?" after season 2 asks about Somos, not whether
            # season 2 is coming)
            own = reading.intent
            fits = intent.work == context.work and (
                bool(resolved.cue & (reading.concepts - self._knowledge_weak))
                or (own is not None and bool(set(own.facts) & set(intent.facts)))
            )
        if intent.answerable and not fits:
            return None
        return resolved if resolved.confidence >= min(reading.confidence, ANSWER_AT) else None

    def _points_at_item(self, tokens: list[str]) -> bool:
        return self._points_at_episode(tokens) or any(
            tuple(tokens[i : i + len(p)]) == p
            for p in self._item_pronouns
            for i in range(len(tokens) - len(p) + 1)
        )

    def _points_at_episode(self, tokens: list[str]) -> bool:
        """Whether a demonstrative stands before a noun naming an episode ("what's that
        ep called?", "¿cómo se llama ese capítulo?")."""
        return any(
            token in self._demonstratives
            and EPISODE_CONCEPT in self._matcher.concepts_of(tokens[at + 1])
            for at, token in enumerate(tokens[:-1])
        )

    def _doubles(self, tokens: list[str], at: int) -> bool:
        """Whether the pronoun at `at` doubles an object named just before it ("¿y al
        crítico le gustó?": [followups] `doubling`)."""
        return bool(self._doubling.intersection(tokens[max(0, at - DOUBLING_REACH) : at]))

    def _named_as_where(self, tokens: list[str]) -> bool:
        """Whether a source is named as where someone appears ("¿sale en la reseña?",
        "is he in the review?", "¿la reseña la menciona?"), not as what is asked about
        ("was the review positive?")."""
        if self._matcher.speaking.intersection(tokens):
            return True  # "does the review mention her?"
        for at, token in enumerate(tokens):
            if token in self._matcher.mention_words:
                before = at - 1
                while before >= 0 and tokens[before] in ARTICLES:
                    before -= 1
                if before >= 0 and tokens[before] in PREPOSITIONS:
                    return True
        return False

    def _drops_subject(self, tokens: list[str]) -> bool:
        """Whether a verb that leaves its subject unsaid opens the question ("¿es una de
        las protagonistas?", "¿fue el director?")."""
        start = 1 if tokens[:1] and tokens[0] in _AND else 0
        return any(tuple(tokens[start : start + len(p)]) == p for p in self._subjectless)

    def _work_pronoun_at(self, tokens: list[str]) -> list[int]:
        """Where a word pointing at a work stands ("that one" counts once, at "that")."""
        found = []
        for index, token in enumerate(tokens):
            for phrase in self._work_pronouns_from.get(token, ()):
                if tuple(tokens[index : index + len(phrase)]) == phrase:
                    found.append(index)
                    break
        if found:  # (not one in a closing tag: "…, is that right?" asks of the claim)
            said = tokens[:-1] if tokens[-1:] == [QUESTION_MARK] else tokens
            tag = self._matcher.ending_tag(said)
            found = [index for index in found if index < len(said) - len(tag)]
        return found

    def _ellipsis(self, tokens: list[str], reading: Reading, context: Context) -> Reading:
        """ "And the 5th?", "y el 4?", "and Paquito?", "when was it posted?": the last
        question again, about what this message names or for the kind it wants.
        """
        last = self._intents.get(context.intent)
        if last is None or last.chat:
            return reading
        if not last.answerable:
            # "where was it filmed? in Allende?": the same question, which the sources
            # don't answer either, not a question about Allende
            claims = self._only_claims(reading) and reading.intent is not last
            return self._asked_again(reading, last, context) if claims else reading
        # "¿y la serie en general?" after "¿quién dirigió el ep 3?": the same question of
        # the whole show (not one that only exists per episode: its title)
        if (
            reading.concepts == {SHOW_CONCEPT}
            and context.episodes
            and last.name != PERSON_INTENT  # ("who plays her in episode 2?" names someone)
            and not all(EPISODE_QUALIFIER in cue for cue in last.cues)
            and not reading.people
            and len(tokens) <= SHORT_FOLLOW_UP
        ):
            return replace(reading, intent=last, confidence=max(reading.confidence, ANSWER_AT))
        # (not a question about the bot itself: "what can you do?" is help, an answer
        # never said unasked)
        to_the_bot = (
            reading.answered and reading.intent is not None and not reading.intent.volunteer
        )
        bare = reading.form.wants and self._only_asks(tokens) and not to_the_bot
        declined_topic = reading.intent is not None and not reading.intent.answerable
        if (reading.answered and not bare) or declined_topic:
            return reading
        numbers = _positions(reading)
        known = self._matcher.episodes
        if len(numbers) == 1 and not reading.people and context.focus == "episode":
            number = self._matcher.position(numbers[0])
            if number in known:
                intent = last if EPISODE_QUALIFIER in last.takes else self._intents["episode"]
                return replace(
                    reading,
                    intent=intent,
                    confidence=max(reading.confidence, ANSWER_AT),
                    episodes=(known[number],),
                    numbered=frozenset({number}),
                    titled=frozenset(),
                )
        if any(t in self._comparatives and not self._matcher.is_filler(t) for t in tokens):
            # a comparison asks its own ("who is older, …?" after the review; "more",
            # "más" say how much as often: "¿y quién más?")
            return reading
        if self._only_claims(reading):
            # "y fue en 2010?", "and in the UK?" after the massacre, the release: the last
            # question again, checked against what this one claims
            return self._asked_again(reading, last, context)
        wants = reading.form.wants
        if wants and wants & last.gives and not reading.people and not reading.episodes:
            return self._asked_again(reading, last, context)
        return reading

    def _listed_item(self, reading: Reading, context: Context) -> Reading | None:
        """ "el 2do?", "y el penúltimo?" after an answer listing people (the cast, the
        article's cast list): that one of the list, in its order, not an episode; a
        message naming episodes in words ("el 2do capítulo") is about episodes."""
        numbers = _positions(reading)
        if (
            len(numbers) != 1
            # (a position and nothing else, or but words asking someone's part: "which
            # character does the second one play?")
            or not all(
                word == numbers[0]
                or PLAY_CONCEPT in self._matcher.concepts_of(word)
                or self._question_phrases.at([word], 0) is not None
                for word in reading.words
            )
            # ("what other characters has the first one played?", "… play before?")
            or self._besides_words.within(reading.form.tokens)
            or not self._steps.keys().isdisjoint(reading.form.tokens)
            or not OTHER_WORDS.isdisjoint(reading.form.tokens)
            or context.focus == "episode"
            or reading.people
            or EPISODE_CONCEPT in reading.concepts
        ):
            return None
        # (the list just given, or the one an item was just picked from)
        listed = self._matcher.people_named(words(context.said)) if context.said else ()
        return self._item_of(reading, listed or context.among, numbers[0])

    def _item_of(
        self, reading: Reading, listed: tuple[PersonMatch, ...], number: str, **changes: Any
    ) -> Reading | None:
        """`reading` as a question about the one of `listed` (a list of two or more) at
        the position `number` names ("#2", "#last"), when the list has one there."""
        at = self._matcher.position(number, len(listed))
        if len(listed) < 2 or not 1 <= at <= len(listed):
            return None
        return self._about_people(
            reading,
            (listed[at - 1],),
            concepts=reading.concepts - {EPISODE_QUALIFIER},
            episodes=(),
            numbered=frozenset(),
            titled=frozenset(),
            **changes,
        )

    def _picked_from_list(self, reading: Reading, composer: Composer) -> Reading:
        """ "who's the last one in the article's cast list?", "el penúltimo del reparto":
        a position asked of a list of people the answer gives is that one of the list, in
        its order (the list as this question's answer gives it: the article's eight),
        not an episode; a question naming episodes in words is about episodes."""
        numbers = _positions(reading)
        intent = reading.intent
        if (
            len(numbers) != 1
            or not numbers[0].startswith("#")
            or intent is None
            or "person" not in intent.gives
            or not reading.answered
            or reading.people
            or EPISODE_CONCEPT in reading.concepts
            or not self._matcher.names_a_list(reading.form.tokens)  # ("the cast")
            or not self._group(intent)  # (an answer that names no list of people)
        ):
            return reading
        listed = self._matcher.people_named(words(composer.answer(reading).text))
        if not reading.form.mentions:
            # "who's last in the cast list?": the list a source gives, the one naming the
            # most of the cast (the others only mention some in passing)
            listing = [m for m in listed if self._listing_source in m.who.sources]
            listed = tuple(listing) if len(listing) > 1 else listed
        form = reading.form
        if form.yes_no and not self._matcher.clearly_opens_yes_no(list(form.tokens)):
            # "the last actor in the list?": which one, with "actor" no role claimed
            form = replace(form, yes_no=False, asked_yes_no=False, roles=frozenset())
        return self._item_of(reading, listed, numbers[0], form=form) or reading

    def _only_claims(self, reading: Reading) -> bool:
        """Whether a yes/no question only claims something (a year, a place, a count)
        and names no topic, person or episode: "was it in 2020?", "¿y fue en Sinaloa?"."""
        form = reading.form
        if not form.yes_no or not form.claims_anything or reading.people or reading.episodes:
            return False
        claimed = self._matcher.claim_words(form) | self._pointing  # ("was it …")
        # (a tag asks no more: "in Allende or what", "¿en Coahuila mismo o q?")
        tokens = [t for t in form.tokens if t != QUESTION_MARK and t not in self._same]
        tag = self._matcher.ending_tag(tokens)
        return all(
            is_number(w) or w in claimed or w in tag or w in self._same for w in reading.words
        )

    def _only_asks(self, said: Sequence[str]) -> bool:
        """Whether the words only ask for a kind of answer ("and who?", "¿y cuándo?"):
        "directed" alone is not "directed by"."""
        covered = {
            i for start, end in self._question_phrases.positions(said) for i in range(start, end)
        }
        return all(
            i in covered or self._matcher.is_filler(word) or not word.isalnum()
            for i, word in enumerate(said)
        )

    def _told_of_the_person(self, reading: Reading, context: Context | None) -> Reading:
        """A topic the sources lack, asked of someone whose own description speaks to it
        ("did Ginger Thompson win a Pulitzer?": the sources call her a "Pulitzer
        award-winning journalist"): the person's facts answer, not "my sources don't
        say". Spanish drops the subject: "¿ganó un Pulitzer?" is about the last person.
        """
        intent = reading.intent
        if intent is None:
            return reading
        # (or a topic whose answer names no one, asked yes or no of someone: "does she
        # know a lot about the town?" after Doña Chayo is hers, not the story's)
        if intent.answerable and not (reading.form.yes_no and "person" not in intent.gives):
            return reading
        people = reading.people
        said = list(reading.form.tokens)
        pointing = self._work_pronoun_at(said)
        if (
            not people
            and context
            # (or the one author of the work just talked about, when nothing points at
            # the work: "¿y ganó el Pulitzer?" after the article)
            and (context.focus == "person" or (len(context.people) == 1 and not pointing))
            # (or which one, with the subject dropped: "¿y qué premio ganó?" after her)
            and (reading.form.yes_no or (reading.form.asks and context.focus == "person"))
            # ("did somos win any awards?" after her is about the show)
            and not self._names_show(said, pointing)
        ):
            people = context.people
        roles = reading.form.roles - PART_CREDITS
        named_by_role = not people and len(roles) == 1
        if named_by_role:  # "did the journalist win a Pulitzer?": the one journalist
            people = self._holders.get(next(iter(roles)), ())
            people = people if len(people) == 1 else ()
        if not people:
            return reading  # (no one's description to tell of it: most questions)
        if self._for_a_work(reading.form.tokens):
            return reading  # ("did she win it for that article?": what for, not said)
        told: set[str] = set()
        for match in people:
            who = match.who
            told |= self._told[real_name(who)]
        named = {w for m in people for w in words(_name(m))}
        if named_by_role:
            named |= reading.form.claim_words
        # (not the question's own words, "what", "who", nor a name's misspelling, "tomson")
        # ("has she won anything?": what she won is the description's to say)
        asked = [
            w
            for w in reading.words
            if w not in named
            and w not in self._indefinite
            and not self._only_weak(w)
            and not _misspells(w, named)
        ]
        said = [t for t in reading.form.tokens if t.isalnum()]
        tag = self._matcher.ending_tag(said)
        while asked and asked[-1] in tag:
            asked.pop()
        topic = self._topic_words.get(intent.name, frozenset())
        # Every other word must be the description's or the topic's: "did she win it for
        # that article?" claims more than "Pulitzer award-winning journalist" says.
        # ("awards" is a form of the description's "award")
        # ("has she won anything?", "¿ganó algo?": the topic asked of in general, where the
        # description speaks to it in its own words, "award")
        forms = WordForms(told)
        # (not by a credit's word: "author" says she writes, not what else she wrote)
        in_general = not self._indefinite.isdisjoint(reading.form.tokens)
        speaks = any(map(forms.holds, asked)) or (
            in_general and bool((told & topic) - self._role_words)
        )
        if not speaks or not all(forms.holds(w) or w in topic for w in asked):
            return reading
        person = self._intents.get(PERSON_INTENT)
        if person is None or reading.form.wants - person.gives:
            return reading  # ("what year did she win it?": no description dates it)
        form = reading.form
        if not form.asks and not form.yes_no:  # "ginger thompson ganó el pulitzer": whether
            form = replace(form, yes_no=True)
        unknown = tuple(w for w in reading.unknown if not _misspells(w, named))
        return replace(reading, intent=person, people=people, form=form, unknown=unknown)

    def _for_a_work(self, tokens: Sequence[str]) -> bool:
        """Whether the words say what something was for: "for it", "for the article",
        "por la serie" (a description that says she won a prize says nothing of what for)."""
        return any(
            token in _SUITED
            and any(
                t in self._pointing
                or self._matcher.concepts_of(t) & (self._work_concepts | {SHOW_CONCEPT})
                for t in tokens[at + 1 : at + 3]
            )
            for at, token in enumerate(tokens)
        )

    def _only_weak(self, word: str) -> bool:
        """Whether a word names only concepts that are no topic alone ("what", "who")."""
        concepts = self._matcher.concepts_of(word)
        return bool(concepts) and concepts <= self._knowledge_weak

    def _inside_titles(self, tokens: list[str]) -> set[int]:
        """Where a known title or joined phrase stands in `tokens`, commas included: a
        comma or an "and" inside "Based on true events, this limited series …" or "pros
        and cons" joins no questions."""
        inside: set[int] = set()
        present = set(tokens)
        if not any(
            present.issuperset(title)
            for first in self._titles.keys() & present
            for title in self._titles[first]
        ):
            return inside  # most messages: no title has all its words there
        kept = [(at, token) for at, token in enumerate(tokens) if token != _COMMA]
        words_only = [token for _, token in kept]
        for start, token in enumerate(words_only):
            for title in self._titles.get(token, ()):
                size = len(title)
                if tuple(words_only[start : start + size]) == title:
                    inside.update(range(kept[start][0], kept[start + size - 1][0] + 1))
        return inside

    def _names_only_people(self, reading: Reading) -> bool:
        """Whether the message's words are only the names of the people it names and
        words that point back ("was it Fernanda Melchor?")."""
        names = {word for match in reading.people for word in words(_name(match))}
        return bool(reading.people) and set(reading.words) <= names | self._pointing

    def _step_person(
        self, tokens: list[str], reading: Reading, context: Context | None
    ) -> Reading | None:
        """ "¿Y el que sigue?", "who's next on the list?", "y quién sigue después de ella
        en la lista?": after one person picked from a list (Context.among), the one a
        step from them in it; a message naming an episode or a person steps no list."""
        if (
            self._steps.keys().isdisjoint(tokens)
            or reading.episodes
            or EPISODE_CONCEPT in reading.concepts
        ):
            return None  # most questions
        if (
            len(reading.people) == 1
            and self._matcher.names_a_list(tokens)
            and isinstance(reading.people[0].who, CastMember)
        ):
            # "who comes right after Jero Medina in the cast list?": from the one named,
            # in the list the sources give
            current, among = reading.people[0].who, self._cast_listed
            reading = replace(reading, people=())
        elif (
            context is None
            or context.focus != "person"
            or len(context.people) != 1
            or len(context.among) < 2
            # (a message asking something else: "was that after the show came out?")
            or (reading.answered and reading.intent is not self._intents[PERSON_INTENT])
        ):
            return None
        else:
            current, among = context.people[0].who, context.among
            if any(match.who is not current for match in reading.people):
                return None  # ("what comes after Jero Medina's episode?") names someone else
        step = next(self._steps[t] for t in tokens if t in self._steps)
        at = next((i for i, m in enumerate(among) if m.who is current), None)
        if at is None or not 0 <= at + step < len(among):
            return None
        return self._about_people(
            reading,
            (among[at + step],),
            concepts=reading.concepts - {EPISODE_QUALIFIER},
            episodes=(),
            numbered=frozenset(),
            titled=frozenset(),
        )

    def _step_episode(
        self, tokens: list[str], reading: Reading, context: Context | None
    ) -> Reading:
        """ "The next one?" / "what comes after The Lazy Herd?": the episode one step
        from the one named, or from the conversation's last episode.
        """
        if self._steps.keys().isdisjoint(tokens):
            return reading  # most questions: no word of a step at all
        placing = {i for start, end in self._beside.positions(tokens) for i in range(start, end)}
        step = next(
            (
                self._steps[t]
                for at, t in enumerate(tokens)
                if t in self._steps and at not in placing
            ),
            0,
        )
        last = context.episodes if context else ()
        named = reading.episodes[0].number if len(reading.episodes) == 1 else None
        if step and len(last) == 1 and named == last[0].number + step:
            return reading  # "the one before, ep 2" after episode 3 names it twice
        base = reading.episodes or last
        if not step or len(base) != 1:
            return reading
        target = self._matcher.episodes.get(base[0].number + step)
        if target is None:
            if (
                step < 0
                or reading.episodes
                or reading.intent not in (None, self._intents["episode"])
            ):
                return reading  # "did the blog post come out after the finale?"
            # "and the next one?" after the last episode: there is none, and the reply
            # says how many there are
            return replace(
                reading,
                intent=self._intents["episode_other"],
                confidence=max(reading.confidence, ANSWER_AT),
                episodes=(),
                missing_number=base[0].number + step,
            )
        intent = (
            reading.intent if reading.episodes and reading.answered else self._intents["episode"]
        )
        form = reading.form
        if form.yes_no and not self._matcher.clearly_opens_yes_no(tokens):
            # "the one after that?", "title of the one after the wolves one?" name an
            # episode; they ask no yes or no of it
            form = replace(form, yes_no=False, asked_yes_no=False)
        return replace(
            reading,
            intent=intent,
            confidence=max(reading.confidence, ANSWER_AT),
            episodes=(target,),
            titled=frozenset(),
            form=form,
        )

    def _respond(self, reading: Reading, composer: Composer) -> _Part:
        chosen = self._chosen_of_two(reading, composer)
        if chosen is not None:
            reading = chosen
        reading = self._settled_by_claims(self._credit_fact_words(reading, composer), composer)
        reading = self._picked_from_list(reading, composer)
        if reading.answered and self._points_at_nobody(reading):
            return _Part(reading, composer.whom())
        if reading.answered:
            reading = self._their_work(self._fit_kind(self._counted(reading), composer), composer)
            reply: Reply = composer.answer(reading)
            if not reply.text:  # nothing to say of it (a person's card with no person)
                return _Part(reading, composer.decline_generally(reading.variety))
            if reading.stated:  # "who said some parts are manipulative?"
                stating = self._stating(reading, reply, composer)
                # "who said Netflix renewed it?": nobody; what the sources do say (not of
                # what a source only mentions: "which source mentions a second season?")
                checked = None
                if reading.claims_checked and MENTIONING.isdisjoint(reading.stated):
                    claimed = replace(reading.form, yes_no=True, asked_yes_no=True)
                    checked = self._respond(
                        replace(reading, form=claimed, stated=(), sourced=False), composer
                    )
                    if checked.outcome is Outcome.NO:
                        return checked
                if not stating.sources and checked and checked.outcome is Outcome.YES:
                    # said in other words, which the facts confirm ("who said most of
                    # the cast aren't trained actors?": the review's "untrained")
                    stating = reply
                reply = stating
                if not reply.sources:  # a statement no answer holds: who said it, unknown
                    return _Part(reading, composer.decline_generally(reading.variety))
            if reading.sourced and reply.sources:  # "who says so?": which source, and what
                # (the source of the fact asked for, where it is among the answer's: the
                # release date is the article's, though the show's count beside it is the
                # review's too)
                stating = (
                    self._stated_first.get(reading.intent.name, frozenset())
                    if reading.intent
                    else frozenset()
                )
                first = [s for s in reply.sources if s in stating]
                text = composer.said_by(first or reply.sources, reply.text)
                return _Part(reading, text, reply.sources, reply.as_of, outcome=Outcome.ANSWER)
            if reading.intent and reading.intent.chat:  # small talk claims nothing
                return _Part(reading, reply.text, outcome=Outcome.ANSWER)
            told = self._told_episode(reading, reply)
            if told is not None:  # "…, especially in the final episode": which one that is
                named = composer.answer(Reading(self._intents["episode"], 1.0, episodes=(told,)))
                reply = composer.followed_by(reply, named.text)
            outcome, verdict = self._weigh(reading, reply, composer)
            assert reading.intent is not None
            text = reply.text
            if outcome is Outcome.NO and verdict.denied_roles:
                holders = composer.holders(verdict.denied_roles)
                named = self._named_holders(verdict.denied_roles, text)
                if holders not in text and not named:  # "is X the director?": the director, once
                    text = f"{text} {holders}"
                person = self._intents.get(PERSON_INTENT)
                if (
                    person
                    and len(reading.people) == 1
                    and fold(_name(reading.people[0])) not in fold(text)
                ):
                    # ... and what the one it was claimed of did ("Ignacio Prieto did its
                    # cinematography")
                    card = composer.answer(replace(reading, intent=person)).text
                    text = f"{text} {card}" if card else text
            best = self._rated_best()
            if (
                outcome is Outcome.NO
                and best is not None
                and len(reading.people) == 1
                and self._best.within(reading.form.tokens)
                and fold(best.actor) not in fold(text)
                and (person := self._intents.get(PERSON_INTENT))
            ):
                # "is she the standout of the cast?": "No", and who the review rates highest
                rated = replace(reading, intent=person, people=(PersonMatch(best, "actor"),))
                text = f"{text} {composer.answer(rated).text}"
            if outcome is Outcome.NO and self._unsaid_by(reading):
                # "does the review say when it premiered?": "No", it is from the article
                stating = [s for s in self.knowledge.sources if s in self._sources_asked(reading)]
                text = composer.said_by(stating, text)
                reply = replace(reply, sources=tuple(stating))  # (credited to that one too)
            sourced = self._which_source(reading, composer)
            if sourced is not None:  # "is Ignacio Prieto in the review or the article?"
                return _Part(reading, sourced, reply.sources, outcome=Outcome.ANSWER)
            asks_why = "reason" in reading.form.wants
            if outcome is Outcome.ANSWER and reading.intent.tells_unknown and not asks_why:
                outcome = Outcome.UNSAID
            elif outcome is Outcome.ANSWER and (dated := self._one_date(reading, text)):
                text = composer.answer(replace(reading, dated=dated)).text
            else:
                text = composer.with_outcome(outcome, text)
            # (the episode told is the one talked about: "what's that one called?")
            told_of = replace(reading, episodes=(told,)) if told is not None else reading
            return _Part(told_of, text, reply.sources, reply.as_of, outcome=outcome)
        if reading.intent is not None and not reading.intent.answerable:
            return _Part(reading, composer.decline(reading))
        names = [i.name for i in reading.ranked if i.answerable and not i.chat][:MAX_SUGGESTIONS]
        if names and by_confidence(reading.confidence) is Outcome.SUGGEST:
            suggestions = tuple(
                dict.fromkeys(composer.example_for(reading, name) for name in names)
            )
            text = composer.suggest(list(suggestions))
            return _Part(reading, text, (), None, suggestions, Outcome.SUGGEST)
        return _Part(reading, composer.decline_generally(reading.variety))

    def _author_as_their_work(
        self,
        tokens: list[str],
        reading: Reading,
        context: Context | None,
        variety: int,
        budget: list[int],
    ) -> Reading:
        """ "Which actor did Rony Patra praise most?", "which actor did he praise most?"
        after the review's author: the author of a work, as who judges the best, is that
        work ("which actor did the review praise most?"), not a question about them.
        (Only of the best: "what did he think of the story?" is already the review's.)"""
        if (
            len(reading.people) != 1
            or not reading.form.asks
            or not self._best.within(tokens)
            or self._matcher.speaking.isdisjoint(tokens)
        ):
            return reading
        who = reading.people[0].who
        work = next(
            (
                w
                for w, authors in self._talked_authors.items()
                if any(a.who is who for a in authors)
            ),
            None,
        )
        rating = self._stated_by.get(PERFORMANCES_INTENT, frozenset())
        if work is None or not any(self._source_of_word.get(w) in rating for w in words(work)):
            return reading  # (not the blog post's author: the ratings are the review's)
        naming = {*words(_name(reading.people[0])), *(fold(a) for a in getattr(who, "aliases", ()))}
        naming |= self._he_or_she
        at = next((i for i, t in enumerate(tokens) if t in naming), None)
        if at is None:
            return reading
        rest = [t for t in tokens[at:] if t not in naming]
        rewritten = [*tokens[:at], *words(work), *rest]
        if not _spend(budget, len(rewritten)):
            return reading
        again = self._read(rewritten, context, variety, budget)
        return again if again.answered and not any(m.who is who for m in again.people) else reading

    def _episode_by_its_facts(
        self, tokens: list[str], reading: Reading, context: Context | None = None
    ) -> Reading:
        """ "Which episode is the most difficult to watch?", "¿en qué capítulo destaca la
        fotografía?": a question asking which episode, naming none, whose other words are
        those of a fact that names one episode ("the last episode is particularly
        difficult to watch") is asked of that fact, not of the episode list; its reply
        then says which episode that is (_told_episode). A word counts when the fact's
        own words hold it, or when it is one of the words its topic is asked by (not a
        work's name, which says where to look, not what about). Turned around ("the
        least difficult"), the fact's words would claim the opposite: read as it was."""
        asking = self._asking_concepts
        if (
            "episode" not in reading.form.wants
            or reading.episodes
            or reading.people
            or reading.numbered
            or reading.form.yes_no
            or (reading.answered and not reading.cue <= asking)  # (a topic of its own)
            or not self._least.isdisjoint(tokens)
            or not NEGATING.isdisjoint(tokens)  # ("… not the hardest …")
        ):
            return reading
        ranked = {other.name: at for at, other in enumerate(reading.ranked)}
        best: tuple[int, int, int] = (0, 0, 0)
        chosen: Intent | None = None
        for teller, facts, said in self._episode_tellers:
            cues = frozenset().union(*teller.cues) - asking
            shared = unheld = 0
            for word in reading.words:
                if self._only_asking(word):
                    continue  # ("which", "episode")
                topics = self._matcher.concepts_of(word) - asking
                if not topics.isdisjoint(cues) or (
                    len(word) >= MIN_ECHO
                    and word not in self._neutral
                    and (said if topics else facts).holds(word)  # ("difficult to watch")
                ):
                    shared += 1
                elif topics:
                    break  # another topic ("which episode has the massacre?": the story)
                elif len(word) >= MIN_ECHO and word not in self._neutral:
                    unheld += 1  # ("which episode can I watch for free?")
            else:
                # (the most words shared; then the reading's own ranking; then the fact
                # with fewest words, the most to the point)
                score = (shared, -ranked.get(teller.name, len(ranked)), -len(facts.exact))
                if shared > unheld and score > best:
                    best, chosen = score, teller
        if chosen is None and context is not None:
            # "¿en qué episodio se luce más?" after the cinematography: the topic just
            # answered, where its facts name one episode, when the words name no topic
            # but such facts' (praise, the review)
            told = [t for t, _, _ in self._episode_tellers if t.name == context.intent]
            judging = self._tellers_cues
            topical = [self._matcher.concepts_of(word) - asking for word in reading.words]
            judged = [topics for topics in topical if topics]
            saids = [w for t, _, w in self._episode_tellers if t.name == context.intent]
            # (something of the topic's judging asked: its words, "the most", the review,
            # or the facts' own words, "sobre todo"; "which episode should I start with?"
            # asks none of it)
            judging_asked = (
                bool(judged)
                or bool(reading.form.mentions)
                or self._best.within(tokens)
                or any(
                    said.holds(t)
                    for said in saids  # (in either language)
                    for t in tokens
                    if len(t) >= MIN_ECHO
                    and not self._matcher.is_filler(t)
                    and t not in self._question_word_set
                    and not self._only_asking(t)
                )
            )
            if told and judging_asked and all(topics <= judging for topics in judged):
                chosen = told[0]
        if chosen is None:
            return reading
        return replace(reading, intent=chosen, confidence=max(reading.confidence, ANSWER_AT))

    def _only_asking(self, word: str) -> bool:
        """Whether a word names only what asks or what is asked about ("which", "episode",
        "the review"): no topic of its own."""
        concepts = self._matcher.concepts_of(word)
        return bool(concepts) and concepts <= self._asking_concepts

    def _told_episode(self, reading: Reading, reply: Reply) -> Episode | None:
        """The one episode a reply names by its position or title, where the question
        asks which episode and the answer's topic gives none ("which episode has the best
        cinematography, according to the review?": "… especially in the final episode",
        which is episode 6): the facts' own words answer the kind asked."""
        intent = reading.intent
        if (
            "episode" not in reading.form.wants
            or reading.episodes
            or intent is None
            or "episode" in intent.gives
        ):
            return None
        found = self._episodes_in(reply.text)
        return found[0] if len(found) == 1 else None

    def _which_source(self, reading: Reading, composer: Composer) -> str | None:
        """Which of the sources a question offers name the one person it asks about
        ("is Ignacio Prieto in the review or the article?", "¿quién menciona a Ignacio
        Prieto, la reseña o el artículo?"): a choice between sources, not a fact."""
        form = reading.form
        if len(reading.people) != 1 or not (form.either_or or form.wants):
            return None
        offered = [s for s in self.knowledge.sources if s in form.mentions]
        if len(offered) < len(self.knowledge.sources):
            return None  # it names one source: "is she in the review?" is a yes or no
        match = reading.people[0]
        naming = [source for source in offered if source in match.who.sources]
        return composer.named_in(_name(match), naming) if naming else None

    def _says(self, reading: Reading, who: Person) -> bool:
        """Whether a question asks what `who` said, or whether they said something ("what
        did he say?", "¿qué dijo Schamus?", "did James Schamus say anything about it?"),
        they being who speaks (not "what did the review say of his story?")."""
        form, tokens = reading.form, reading.form.tokens
        if not (form.asks or form.yes_no):
            return False
        if any(h.who is who for role in form.speakers for h in self._holders.get(role, ())):
            return True  # "what did the director say?"
        speaker = {fold(w) for name in (who.name, *who.aliases) for w in name.split()}
        speaker |= self._he_or_she | self._subject_pronouns  # "what did he say?"
        return any(
            token in self._matcher.speaking
            and not speaker.isdisjoint(tokens[max(0, at - 2) : at + 2])
            for at, token in enumerate(tokens)
        )

    def _wrote_something(self, reading: Reading) -> bool:
        """Whether a question asks of something written other than the show ("did Schamus
        write anything about it?", "¿escribió algo antes del estreno?")."""
        tokens = reading.form.tokens
        return any(
            token in self._writing and not self._indefinite.isdisjoint(tokens[at + 1 : at + 3])
            for at, token in enumerate(tokens)
        )

    def _one_date(self, reading: Reading, text: str) -> tuple[str, ...]:
        """The one dated thing a date question asks of, where its answer `text` gives
        several dates ("what year is the article from?": the article's 2017, not also the
        massacre's 2011): it is to be given alone. Nothing otherwise."""
        form, intent = reading.form, reading.intent
        if not form.wants or not form.wants <= DATE_KINDS or form.yes_no or intent is None:
            return ()
        if form.roles or not _AND.isdisjoint(form.tokens):
            return ()  # ("propublica article year and author": its author too)
        # (one the question names that is the answer's own: "season 2 release date" names
        # the premiere's words, but its answer is of a second season; "what year did the
        # massacre happen?" names the massacre, whose year the article's answer also has)
        own = {ref for ref in self._dated_refs if _event_of(ref, intent.facts)}
        named = self._matcher.rewritten(list(form.tokens))
        dated = tuple(dict.fromkeys(ref for _, _, ref in self._dated.find(named)))
        if len(dated) != 1 or dated[0] not in own:
            return ()
        if len(set(_YEAR_IN_TEXT.findall(text))) < 2:
            return ()  # ("when did it come out?": the premiere's answer gives one)
        return dated

    def _their_work(self, reading: Reading, composer: Composer) -> Reading:
        """Someone credited for a work, asked of it ("what did Rony Patra think of it?",
        "how did he describe the story?" after the review, "¿entonces qué escribió
        ella?" of the journalist): the answer from their work, not a card about them,
        nor an answer that never names them (the story, the series' writers).
        """
        intent = reading.intent
        if intent is None or len(reading.people) != 1:
            return reading
        if reading.form.either_or and len(reading.form.roles) > 1 and intent.name != PERSON_INTENT:
            # "did Schamus direct it or just write it?": which of the roles they hold is
            # on their card, not in one role's answer
            return replace(reading, intent=self._intents[PERSON_INTENT])
        who = reading.people[0].who
        if not isinstance(who, Person):
            return reading
        said = self._said_by.get(who.name)
        asks_said = self._says(reading, who) or self._wrote_something(reading)
        if said is not None and asks_said and intent is not said:
            # "what did James Schamus say?", "did he say anything before it came out?":
            # his blog post, the words the sources quote (not an answer that never names
            # him, nor his credits)
            elsewhere = fold(who.name) not in fold(composer.answer(reading).text)
            if intent.name == PERSON_INTENT or elsewhere or self._wrote_something(reading):
                return replace(reading, intent=said)
        works = self._works_of(reading.people)
        # the bot's own sources they wrote: what the review states is Rony Patra's; the
        # season 2 article is no one's, whatever Ginger Thompson's article is called
        names = {_name(match) for match in reading.people}
        written = frozenset(
            source.id for source in self.knowledge.sources.values() if source.author in names
        )
        if reading.form.yes_no and (intent.credit or reading.form.roles):
            stated = self._stated_by[intent.name]
            tokens = reading.form.tokens
            says_who = bool(tokens) and tokens[0] in self._agents  # "is X the …?" says who
            if (
                stated
                and stated <= written
                and not self._names_only_people(reading)
                and not says_who
            ):
                # "did Rony Patra like the cinematography?": his review speaks of someone
                # else's work; he is not claimed to have done it
                return replace(reading, form=replace(reading.form, roles=frozenset()))
            return reading  # "was it Ginger Thompson?" checks a credit; it asks no work

        def theirs(other: Intent) -> bool:  # credited to them, or stated by their work alone
            stated = self._stated_by[other.name]
            by_work = bool(stated) and stated <= written
            return other.credit in who.credits or other.work in works or by_work

        candidates = reading.ranked
        if intent.name != PERSON_INTENT:
            said = fold(composer.answer(reading).text)
            if fold(who.name) in said:
                return reading
            if theirs(intent):  # the answer is their work's, though it does not name them
                return reading if reading.form.yes_no else replace(reading, people=())
            if not reading.form.yes_no:  # a yes/no question keeps to what it names
                candidates = (*candidates, *self._work_intents)
        else:
            # The topic asked of their work, as if the work were named instead of them
            # ("who did Rony Patra say stood out?", "what did he think of the acting?"
            # after the review): the answers someone named rules out
            topics = self._matcher.topics(reading.concepts - {PERSON_CUE})
            candidates = (*topics, *candidates)
        if (
            intent.name == PERSON_INTENT
            and reading.form.asks
            and "person" not in reading.form.wants
        ):
            # "what did Rony Patra think overall?", "¿qué dijo la reseña de su trabajo?"
            # of the cinematographer: asked what, not who, of someone with a work
            candidates = (*candidates, *self._work_intents, *self._credit_answers)
        wants = reading.form.wants
        for other in candidates:
            fits = not wants or not other.gives or bool(wants & other.gives)
            if theirs(other) and fits and other.answerable and other is not intent:
                people = reading.people if other.credit in who.credits else ()
                return replace(reading, intent=other, people=people)
        return reading

    def _works_of(self, people: Sequence[PersonMatch]) -> frozenset[str]:
        """The works the people named wrote ("review" for Rony Patra)."""
        if not people:
            return frozenset()
        # (looked up by each person's own object, as `is` compares them)
        return frozenset().union(*(self._works_by_author.get(id(p.who), ()) for p in people))

    def _named_holders(self, credits: frozenset[str], text: str) -> bool:
        """Whether `text` already names everyone holding `credits`."""
        holders = [match for credit in credits for match in self._holders.get(credit, ())]
        return bool(holders) and all(fold(_name(match)) in fold(text) for match in holders)

    def _strangers(self, reading: Reading) -> Reading:
        """Unknown words where a role's holder is named ("was it created by Guillermo
        del Toro?", "el creador es Alfonso Cuarón, no?"): a name the sources never give,
        claimed for that role. They are understood, as a claim to check, not noise. A
        name takes two words or more: "written by women" names no one."""
        form = reading.form
        if not form.agent_at or not reading.unknown or not form.roles - PART_CREDITS:
            return reading
        named: list[str] = []
        for start in form.agent_at:
            for token in form.tokens[start:]:
                if not self._matcher.knows(token) and not is_number(token):
                    named.append(token)  # unknown, or known only as a typo of something
                elif not self._matcher.is_filler(token) or not named:
                    break  # "del" in "Guillermo del Toro" goes on; a word of substance ends it
        if len(named) < MIN_NAME_WORDS:
            return reading
        # the unknown words as read, less the name's (its typo readings too: "todo")
        written = set(form.tokens)
        left = tuple(w for w in reading.unknown if w in written and w not in named)
        confidence = reading.confidence + UNKNOWN_WORD_PENALTY * (len(reading.unknown) - len(left))
        if not left:  # the whole question is understood: a role, and who is said to hold it
            confidence = max(confidence, ANSWER_AT)
        return replace(
            reading, unknown=left, confidence=round(min(confidence, 1.0), 3), strangers=tuple(named)
        )

    def _closing(self, reading: Reading) -> Reading:
        """A message that thanks or says goodbye and asks nothing (no "?", no question
        word, no request) is that small talk, whatever topic word it holds ("sale bye":
        "sale" is also "it comes out"; "ok thanks for the cast info")."""
        intent, form = reading.intent, reading.form
        if intent is None or intent.chat or form.question_mark or form.asks:
            return reading
        if self._matcher.ending_tag(form.tokens):  # "season 2 va a salir or nah"
            return reading
        closing = next((i for i in reading.ranked if i.closes), None)
        if closing is None:
            return reading
        speech = self._matcher.addressing(form)
        if speech.requests or speech.names_wanted:
            return reading
        said = next((at for at, token in enumerate(form.tokens) if token in self._closing_words), 0)
        if self._matcher.opens_yes_no(list(form.tokens[said + 1 :])):
            return reading  # "thanks is there going to be a season 2" asks after its thanks
        return replace(reading, intent=closing, confidence=max(reading.confidence, ANSWER_AT))

    def _points_at_nobody(self, reading: Reading) -> bool:
        """ "Who does he play?", "is she in it a lot?" with no one named in the
        conversation (a pronoun the follow-up could not resolve): any answer would be a
        guess at whom, and the cast list is no answer about "him". A role the question
        names ("did the creator say why he made it?") or a work whose author the answer
        gives ("in the blog post, what did he say?") is whom it means."""
        intent = reading.intent
        if reading.people or intent is None or intent.chat or intent.credit or intent.work:
            return False
        if reading.form.roles - PART_CREDITS:  # a role noun, not "play" or "star in"
            return False
        tokens = reading.form.tokens
        if self._he_or_she.isdisjoint(tokens):
            return False  # most questions: no "he", "she", "her"
        for at, token in enumerate(tokens):
            after = tokens[at + 1 : at + 2]
            if token in self._someone:
                return True
            # "who plays her?", "her character": a person; "the girl and her family": no
            if token in self._someones and (not after or after[0] in self._character_words):
                return True
        return False

    def _counted(self, reading: Reading) -> Reading:
        """A count claimed ("i read somos has six seasons??") is checked by the answer
        that states the show's counts, not by whatever else the question touched; a
        count said in passing by a question that asks for something else ("name the 6
        episodes in order") is no claim to check."""
        intent, form = reading.intent, reading.form
        if not form.counts or intent is None or "count" in intent.gives:
            return reading
        if not (form.yes_no or form.either_or or form.wants):
            return reading
        counting = next((i for i in self._count_answers if i in reading.ranked), None)
        return replace(reading, intent=counting or self._count_answers[0])

    def _fit_kind(self, reading: Reading, composer: Composer) -> Reading:
        """The reading, moved to an equally specific interpretation whose facts are of
        the kind asked for ("who wrote episode 5": the writers, not the title), and
        that still speaks of the people the question names ("why was Doña Chayo a
        cop?" is about her, not about the story's causes).
        """
        wants, intent = reading.form.wants, reading.intent
        if not wants or intent is None or not intent.gives or wants & intent.gives:
            return reading
        if wants == {REASON_KIND} and len(reading.people) == 1:
            # "why did Schamus make it?": the reasons someone gives are in what the
            # sources quote of them (the blog post), when that answers why
            own = self._said_by.get(real_name(reading.people[0].who))
            if own is not None and own.answerable and REASON_KIND in own.gives:
                return replace(reading, intent=own)
        best = reading.specificity[0] if reading.specificity else 0.0
        for other, specificity in zip(reading.ranked, reading.specificity, strict=False):
            if intent.work and other.work and other.work != intent.work:
                continue  # "who wrote the season 2 article?" is not about another work
            if other.answerable and wants & other.gives and specificity >= best - 0.5:
                moved = replace(reading, intent=other)
                said = fold(composer.answer(moved).text)
                if all(fold(_name(match)) in said for match in reading.people):
                    return moved
        # "which Netflix show does the review bring up?": the one answer of that kind the
        # source named states
        stated = [
            other
            for other in self.knowledge.intents
            if other.answerable
            and wants & other.gives
            and reading.form.mentions & self._stated_by[other.name]
            and (other.name != DATE_GAP or reading.dated)  # it needs two dated things
        ]
        # (not when it asks who holds a role: "who wrote that article?" asks for the
        # article's author, not for a person the article names; nor when that answer
        # speaks of something else: "how many died in it?" after the article asks no
        # count of episodes)
        alone = len(stated) == 1 and not reading.people and not reading.form.roles
        if alone and self._speaks_of(stated[0], reading):
            return replace(reading, intent=stated[0])
        return reading

    def _speaks_of(self, other: Intent, reading: Reading) -> bool:
        """Whether `other` is about every topic that chose the reading's intent (the
        works and the weak concepts aside)."""
        topics = reading.cue - self._work_concepts - self._knowledge_weak - ASKING_CUES
        return topics <= frozenset().union(*other.cues)

    def _weigh(self, reading: Reading, reply: Reply, composer: Composer) -> tuple[Outcome, Verdict]:
        """How the facts behind `reply` meet what the question wants and claims."""
        intent, form = reading.intent, reading.form
        assert intent is not None
        if reading.claimed:
            # "was it Jero Medina?" after "who plays Chema?": the answer names it or not
            said = fold(reply.text)
            holds = all(any(name in said for name in value) for value in reading.claimed)
            return (Outcome.YES if holds else Outcome.NO), Verdict("yes" if holds else "no")
        if "person" not in intent.gives:
            form = self._checker.of_people_only(form)  # ("which Mexican state…?")
        said = fold(reply.text)
        if (
            form.yes_no
            and len(reading.people) > 1
            and (not self._same.isdisjoint(form.tokens) or self._said_to_be(reading, said))
            and all(fold(_name(m)) in said for m in reading.people)  # (an answer about them)
        ):
            # "la actriz de doña chayo es la misma que la de irene?": one real person, or not
            one = len({real_name(m.who) for m in reading.people}) == 1
            return (Outcome.YES if one else Outcome.NO), Verdict(support="yes" if one else "no")
        if len(reading.people) == 1 and not self._same.isdisjoint(form.tokens):
            # "dona chayo y doña chayo son la misma?", "Mercedes Hernandez in the review,
            # Mercedes Hernández in the article: same person?": one person named twice
            who = reading.people[0].who
            names = {
                w
                for name in names_of(who)
                for w in words(name)
                if len(w) > 2 and not self._matcher.is_filler(w)  # ("the pushcart lady")
            }
            if any(form.tokens.count(word) > 1 for word in names):
                return Outcome.YES, Verdict(support="yes")
        kind_given = not form.wants or not intent.gives or bool(form.wants & intent.gives)
        kind_given = kind_given or self._told_episode(reading, reply) is not None
        kind_given = kind_given and not (form.wants & reply.lacks)
        narrowed = QUALIFIERS & reading.concepts
        if reading.episodes and reading.numbered | reading.titled:
            narrowed = narrowed | {EPISODE_QUALIFIER}
        covered = narrowed <= intent.takes
        evidence = self._evidence(reading, reply, composer)
        held, contradicted, unknown_things = self._checker.things(
            form, evidence, of_someone=bool(reading.people)
        )
        off_ground = bool(unknown_things) and any(map(self._checker.off_ground, unknown_things))
        if not (form.yes_no or form.either_or):
            # A question that names a thing or a person its answer never mentions asks
            # about something else ("which Zetas bosses were behind it", "which eps did
            # Monika Revilla write").
            off_ground = off_ground or any(map(self._checker.narrows, unknown_things))
            # ... or another of a class the answer names, where it asks no value for
            # the premise to be wrong about ("what did UK critics say?": the review's
            # places are the story's)
            if contradicted and not form.wants - {"description"} and not reading.people:
                off_ground = off_ground or any(map(self._checker.narrows, contradicted))
            if reading.people and not off_ground:
                said = fold(reply.text)
                off_ground = any(fold(_name(m)) not in said for m in reading.people)
        # "Was Mercedes Hernández in Narcos?": the review's word on Narcos never names her,
        # so what it holds settles nothing of her
        # (not what a source says of them, nor a question its topic settles whatever it
        # names: "is he in season 2?")
        unnamed_by_facts = (
            (form.yes_no or form.either_or)
            and "person" not in intent.gives
            and not form.mentions
            # (a source's answer never settles what it does not name: "y isidro es el
            # malo?" is not the review's weaknesses; a second season's still does)
            and (
                intent.yes_no not in ("yes", "no")
                or (intent.work is not None and intent.work not in self._show_works)
            )
            and any(fold(_name(m)) not in said for m in reading.people)
        )
        if form.either_or and held:
            off_ground = False  # "Netflix or Prime Video?": the facts name one of them
        unsourced = False
        if form.mentions and not reading.people and intent.facts:
            # "Was the review on Netflix?": a source asked about that does not state the
            # facts answering it (the platform comes from the article) settles nothing.
            unsourced = bool(self._unsaid_by(reading))
        elif form.mentions and reading.people and intent.name == PERSON_INTENT:
            # "what does the review say about him?": a source that never names him says
            # nothing of him ("does the review mention him?" is a plain "No", below)
            told = {source for match in reading.people for source in match.who.sources}
            if not (form.yes_no or form.either_or) and form.mentions - told:
                off_ground = True
        elif form.mentions and reading.episodes:
            # "what did the review say about episode 3?", "does it stand out in the first
            # episode, per the review?": the review names the final episode only, so
            # nothing from the article about another one is what it said
            told = {source for episode in reading.episodes for source in episode.sources}
            if form.mentions - told:
                if form.yes_no or form.either_or:
                    unsourced = True
                else:
                    off_ground = True
        authored = self._works_of(reading.people)
        if (
            authored
            and intent.facts
            and not authored & (self._stated_by[intent.name] | {intent.work})
        ):
            # "Did Rony Patra say it's on Netflix?": his review is where to look, and the
            # platform comes from the article
            unsourced = True
        if (
            reading.cue
            and reading.cue <= ENTITY_CUES
            and form.asks
            and not form.yes_no
            and not form.wants & intent.gives
        ):
            # Only a name was recognised, and the question asks something of it in words
            # its facts never use: who plays her is not that answer ("what does Irene do
            # for work?", "what does Doña Chayo sell from her cart?"); a question of
            # someone's job is answered by a description ("what does Doña Chayo do for a
            # living?": a pushcart vendor), which Irene lacks.
            described = UNDESCRIBED not in reply.lacks
            kind_given = kind_given and not any(
                len(word) > 1
                and f" {word} " not in evidence.text
                and not (described and word in self._occupation)
                for word in reading.unknown
            )
        asks_surname = reading.people and (
            "surname" in form.wants or self._surname.within(form.tokens)
        )
        if asks_surname and any(
            len([w for w in words(_name(m)) if w not in self._honorifics]) < 2
            for m in reading.people
        ):
            # "what's Érika's last name?", "¿tiene apellido Doña Chayo?": a name of one
            # word, past an honorific, has none
            kind_given = False
        if form.completes and f" {form.completes} " not in evidence.text:
            kind_given = False  # "what's he the manager of?": the facts never say
        if self._compares_cards(reading):
            kind_given = False  # "who's older, Armando Silva or Jero Medina?": not said
        if self._asks_exact_deed(reading):
            kind_given = False  # "what exactly did the DEA do wrong?": "a misjudgment"
        verdict = Verdict("unknown")
        denied = False  # (a statement denying its claim: see below)
        if not form.yes_no and not form.asks and self._claims_about(reading):
            form = replace(form, yes_no=True)
        if intent.name == EPISODE_ORDER:  # (an order claimed is the one claim: below)
            form = replace(form, yes_no=form.yes_no and reading.order in ORDERS, either_or=False)
        if form.yes_no or form.either_or:
            people = [(match.who, match.role) for match in reading.people]
            credit_check = self._names_only_people(reading) or reading.cue <= {PERSON_CUE}
            if intent.credit and people and not (form.roles or form.mentions) and credit_check:
                # "who wrote the review, was it Rony Patra?": the credit asked about
                # is the one the answer gives.
                form = replace(form, roles=frozenset({intent.credit}))
            each = self._each if len(reading.people) > 1 else frozenset()
            unexplained = [
                word
                for word in reading.unknown
                if word not in form.claim_words
                and word not in each  # ("did Melchor and Revilla both write it?")
                and len(word) > 1
                and not _holds_form(evidence, word)
            ]
            unexplained += self._topics_turned(reading)
            if form.alone and "person" not in intent.gives:
                form = replace(form, alone=False)  # "alone" asked of an answer with no one
            # ("does the review say anything bad?", "¿la reseña dice algo malo?": whether
            # the source says such a thing, no claim that it is bad; "did anything bad
            # happen in the town?" names no source to say it)
            if (form.mentions or form.speakers) and not reading.people:
                form = self._checker.without_asked(
                    form,
                    [
                        w
                        for at, w in enumerate(form.tokens)
                        if at and form.tokens[at - 1] in self._indefinite
                    ],
                )
            praised = self._checker.without_praise(form) is not form
            acted = any(m.role in ("actor", "character") for m in reading.people)
            # (of someone in the crew, praise is of their work where the answer is it:
            # "is the journalist good?" is no praise the review gives her)
            crew = bool(reading.people) and not acted and not intent.credit
            if (
                intent.yes_no == "open"
                or (acted and self._rated_as(reading) is None)
                or crew
                or self._praised_for(form.tokens)
            ):
                # (of someone in the cast, praise is of their acting, by [praise] level:
                # "is Armando Silva a good person?" claims nothing the review rates; "good
                # for kids" asks who it suits, not how good it is)
                form = self._checker.without_praise(form)
            verdict = self._checker.verify(
                form,
                evidence,
                people,
                reading.titled,
                reading.numbered,
                unexplained,
                echoed=self._echoes(reading, reply, composer),
                gives=intent.gives,
                strangers=reading.strangers,
                of_someone=bool(reading.people),
            )
            rated = self._rated_as(reading)
            if (
                praised
                and acted
                and rated is None
                and verdict.support == "yes"
                and not form.mentions
            ):
                # "is Jero Medina good in it?": a part in it is his, praise the review
                # never gives him
                verdict = Verdict("unknown", ("praise",))
            holds = None
            claims_dates = reading.order in ORDERS or reading.claimed_span is not None
            if intent.name == DATE_GAP and claims_dates and len(reading.dated) == 2:
                holds = self._dated_claim_holds(reading)
            if holds is not None:
                # "was the show out before the ProPublica article?": their dates settle it
                verdict, off_ground = Verdict("yes" if holds else "no"), False
            elif reading.order in ORDERS and len(reading.episodes) == 2:
                # "is A Walk with Wolves before Tell the Moon to Come?": the episodes'
                # numbers settle it (their titles and numbers are no claim of each other)
                first, other = reading.episodes
                holds = (first.number < other.number) == (reading.order == ORDERS[0])
                verdict, off_ground = Verdict("yes" if holds else "no"), False
            elif rated is not None:  # "did the review say she was excellent?": "decent"
                verdict, off_ground = Verdict("yes" if rated else "no"), False
            elif unnamed_by_facts and not verdict.denied_roles:
                verdict, off_ground = Verdict("unknown"), True
            if verdict.support == "yes" and self._of_another_episode(reading, reply):
                verdict = Verdict("no")  # "… most impressive in the first episode?": the final
            if intent.about_most and people:  # "most of the cast": not her in particular
                verdict = Verdict("unknown", ("person",))
                off_ground = True  # (whichever way it is asked: "trained or amateur?")
            # (whichever way it is asked: "is the reviewer a man or a woman?")
            off_ground = off_ground or self._checker.unsettled(form)
            denied = self._denied_in_statement(form)
            if verdict.support in ("yes", "no") and denied:
                # "it isn't a limited series, right?": the statement denies what the facts
                # were checked for, so its verdict is the other one
                verdict = replace(verdict, support="no" if verdict.support == "yes" else "yes")
        outcome = with_facts(
            kind_given=kind_given,
            qualifiers_covered=covered,
            off_ground=off_ground,
            open_claims=bool(verdict.open_claims) and form.asked_yes_no,
            yes_no=form.yes_no,
            either_or=form.either_or,
            support=verdict.support,
            # (not for a role claimed: "do Narcos and Somos have the same creator?")
            # (and of a statement that denies it, the other: "it's not based on a true
            # story, right?")
            default=_other_side(intent.yes_no, denied)
            if form.asked_yes_no and not form.roles - self._own_credits(intent)
            else None,
            unsourced=unsourced,
            # (of a fact another source states, not of what a source never names:
            # "según la reseña, ¿destaca el capítulo 1?" is not settled by the review)
            asks_if_said=bool(self._unsaid_by(reading))
            and not self._matcher.speaking.isdisjoint(form.tokens),
            # a falsehood taken for granted of someone named, or of a fact asked for
            # ("when did the massacre in Chihuahua happen?"), not a comparison's aside
            premise_denied=bool(contradicted)
            and bool(reading.people or form.wants - {"description"})
            # (asking what someone says about a thing takes nothing of it for granted:
            # "what does Ginger Thompson say about the DEA?")
            and not (form.asks and not self._matcher.speaking.isdisjoint(form.tokens)),
            confirming=reading.confirms,
            after_as_of=self._after_as_of(form, reply),
        )
        return outcome, verdict

    def _unsaid_by(self, reading: Reading) -> frozenset[str]:
        """The sources a question about no one cites that do not state the fact it asks
        for ("does the review say when it premiered?": the review; the date is the
        article's)."""
        intent, form = reading.intent, reading.form
        if intent is None or not form.mentions or reading.people or not intent.facts:
            return frozenset()
        # (the work asked about is no source cited, unless the words name another work:
        # "the season 2 article" cites that source, not the source article)
        others = reading.concepts & self._work_concepts - {intent.work} - form.mentions
        own = set() if others else {intent.work}
        return form.mentions - self._sources_asked(reading) - own

    def _sources_asked(self, reading: Reading) -> frozenset[str]:
        """The sources of the fact a question asks for: its intent's first fact group's,
        or, where the question names the value of a field only some of them state, those
        ("does the season 2 article mention ProPublica?": the publisher is the review's)."""
        assert reading.intent is not None and reading.intent.facts
        fact = self.knowledge.facts[reading.intent.facts[0]]
        if not fact.said_by:
            return self._stated_first[reading.intent.name]  # most groups
        tokens = set(reading.form.tokens)
        named = [
            name
            for name in fact.said_by
            if (isinstance(value := fact.values[name], str) and set(words(value)) <= tokens)
            or (isinstance(value, int) and value in reading.form.years)
        ]
        if not named:
            return self._stated_first[reading.intent.name]
        return frozenset(source for name in named for source in fact.sources_of(name))

    def _compares_cards(self, reading: Reading) -> bool:
        """Whether a question compares people or episodes by something ("who's older,
        Armando Silva or Jero Medina?", "¿quién sale más, Doña Chayo o Benjamín?",
        "which episode is longer, The Lazy Herd or Somos.?": [others] comparing) and
        is answered by their cards, which compare nothing."""
        form = reading.form
        name = reading.intent.name if reading.intent else ""
        if name not in self._card_intents or self._comparatives.isdisjoint(form.tokens):
            return False  # most questions
        # (a choice: "tell me more about Irene and Chema" is none)
        named = len(reading.people) + len(reading.episodes) > 1
        return form.either_or or (named and not self._or_words.isdisjoint(form.tokens))

    def _asks_exact_deed(self, reading: Reading) -> bool:
        """Whether a question asks exactly what an organisation it names did ("what
        exactly did the DEA do wrong?", "¿qué hizo exactamente la DEA?", [others]
        precise, doing): the sources name such deeds only in a word ("a misjudgment"),
        the nearest thing they say, not the deed itself."""
        form = reading.form
        if form.yes_no or not form.asks or reading.people or self._precise.isdisjoint(form.tokens):
            return False
        return not self._doing.isdisjoint(form.tokens) and any(
            thing.label == ORGANISATION_CLASS for thing in form.things
        )

    def _after_as_of(self, form: Form, reply: Reply) -> bool:
        """Whether a question asks of a time its facts' "as of" date does not reach:
        whether what held still holds ("is it still on Netflix?": [others] present), or
        a change of state in a later year ("neta netflix cancelo somos en 2023?", "was it
        renewed in 2024?" of facts as of June 2022): what held then may not hold since.
        A year something is said to be set for ("confirmed for 2023", "para 2023") is a
        date the facts can check."""
        if reply.as_of is None:
            return False
        tokens = form.tokens
        for _, end, _ in self._present.find(tokens):
            # (not a doing that goes on: "¿por qué siguen hablando de ella?")
            if not tokens[end : end + 1] or not tokens[end].endswith(_GERUND_ENDINGS):
                return True
        if not form.years:
            return False
        # (a change of state claimed, "renewed", "cancelled", or a season said to have
        # come out: "¿entonces sí salió la temporada 2 en 2023?")
        hypothetical = self._hypothetical.within(form.tokens)
        # (a verb of release, not the show named: "¿la serie tendrá temporada 2 en 2023?")
        released = not hypothetical and any(
            SHOW_CONCEPT not in self._matcher.concepts_of(form.tokens[start])
            for start, _, _ in self._dated_verbs.find(list(form.tokens))
        )
        # ... or how things stand in a year no fact names ("is there a season 2 in 2026
        # or not", "hay temporada 2 en 2026?"), not what would be then
        unnamed = not hypothetical and bool(set(form.years) - self._fact_years)
        if not form.opposites and not released and not unnamed:
            return False
        # (a month named with it reaches no later than the facts' month: "as of June
        # 2022, had Netflix renewed it?" asks what they say)
        latest = max(form.months, default=12)
        return any(
            _not_reached(int(token), reply.as_of)
            and not (int(token) == reply.as_of.year and latest <= reply.as_of.month)
            and not (at and tokens[at - 1] in self._scheduling)
            for at, token in enumerate(tokens)
            if token.isdigit() and int(token) in form.years
        )

    def _rated_as(self, reading: Reading) -> bool | None:
        """Whether the one cast member a yes/no question names was rated as it claims
        ("did the review say Mercedes Hernández was excellent?", "¿Armando Silva estuvo
        decente?"): the rating words of [others] ranking, in any form sharing their
        first letters ("excelling", "excelente"), against the member's own; None when
        it claims no rating, or names no one rated."""
        if len(reading.people) != 1:
            return None
        who = reading.people[0].who
        if not isinstance(who, CastMember) or who.performance is None:
            return None
        if self._best.within(reading.form.tokens):
            # "is she the standout of the cast?": the one rated highest, if just one is
            return self._rated_best() is who
        # (the first STEM letters of a word of STEM or more; same_word would also take
        # a four-letter word, and "does the review say he's good?" is no rating claimed)
        claimed = {
            word
            for token in reading.form.tokens
            if len(token) >= STEM
            for word in self._ranking
            if token[:STEM] == word[:STEM]
        }
        if claimed:
            # (a level claimed holds of one as high or higher: "was he great in it?" of
            # "excellent"; "was she excellent?" of "decent" does not)
            # (the sources' own words are checked as said: "did the review say he was
            # decent?" of "excellent" is a No, with the word it does use)
            rank = self._ranking.get(fold(who.performance))
            asked = [self._ranking[word] for word in claimed if word in self._ranking]
            if rank is None or not asked or claimed & self._performances:
                return fold(who.performance) in claimed
            return rank <= min(asked)
        # "did the review like her acting?", "¿actuó increíble?": praise of the acting (a
        # source or the performance named: not "is her character a good person?", "did
        # he like the script?"), which holds of a rating as high as the one it needs or
        # higher ([praise]; "decent" is liked); negated, it settles nothing here
        form = reading.form
        of_acting = bool(form.mentions) or PERFORMANCE_CONCEPT in reading.concepts
        # (or praise of them that ends the question, but for "in it": "was he any good?",
        # "was he great in it?", "¿estuvo bien?")
        said = [t for t in form.tokens if t.isalnum()]
        tag = self._matcher.ending_tag(said)
        while said and said[-1] in tag:
            said.pop()
        of_acting = of_acting or any(
            all(t in _IN_IT or SHOW_CONCEPT in self._matcher.concepts_of(t) for t in said[end:])
            for phrases, _ in self._praise
            for _, end, _ in phrases.find(said)
        )
        if not of_acting or not TURNING.isdisjoint(form.tokens):
            return None
        needs = [rank for phrases, rank in self._praise if phrases.within(form.tokens)]
        rank = self._ranking.get(fold(who.performance))
        return rank <= min(needs) if needs and rank is not None else None

    def _denied_in_statement(self, form: Form) -> bool:
        """Whether a statement closed by a tag denies its claim ("it isn't a limited
        series, right?", "no hay segunda temporada, ¿verdad?"), where no negated
        [[opposite]] took the negation already ("it's not gory, right?"); a question
        that opens negated ("isn't it a limited series?") asks for the claim itself."""
        said = [t for t in form.tokens if t.isalnum()]
        if NEGATING.isdisjoint(said) or form.agreeing:
            return False  # (most questions)
        tag = self._matcher.ending_tag(said)
        body = said[: len(said) - len(tag)]
        if not tag or not body or self._matcher.clearly_opens_yes_no(body):
            return False
        # (not one opening it: a Spanish "¿no es de 10 capítulos, verdad?" asks as "isn't
        # it …?" does; nor the asker's doubt, "no sé si …", "i don't know if …")
        return any(
            t in NEGATING and t not in NOR and at and body[at - 1] in _DENIERS
            for at, t in enumerate(body)
        )

    def _praised_for(self, tokens: Sequence[str]) -> bool:
        """Whether praise is followed by whom it suits ("is it good for kids?", "¿es
        buena para niños?"): what it asks is who it suits, not how good it is."""
        if _SUITED.isdisjoint(tokens):
            return False  # (most questions)
        return any(
            tokens[end : end + 1] and tokens[end] in _SUITED
            for phrases, _ in self._praise
            for _, end, _ in phrases.find(tokens)
        )

    def _rated_best(self) -> CastMember | None:
        """The one cast member whose performance a source rates highest, if just one."""
        ranks = [self._ranking[m.performance or ""] for m in self._rated_cast]
        top = [m for m, rank in zip(self._rated_cast, ranks, strict=True) if rank == min(ranks)]
        return top[0] if len(top) == 1 else None

    def _own_credits(self, intent: Intent) -> set[str]:
        """The credits an answer is about: its own, and its work's author's ("does the
        reviewer recommend it?" claims nothing beyond the review)."""
        authors = self._authors.get(intent.work or "", ())
        return {
            intent.credit or "",
            *(c for m in authors if isinstance(m.who, Person) for c in m.who.credits),
        }

    def _topics_turned(self, reading: Reading) -> list[str]:
        """Topics a yes/no question names that another of its words turns away from
        what the facts cover (`unless` in intents.toml), and that the answer does not
        speak to: "did the review come out the same day as the premiere?" asks of the
        review's release, which no fact gives; "Sí" to the review would be a guess.
        """
        assert reading.intent is not None
        concepts = reading.concepts
        if self._turnable.isdisjoint(concepts):
            return []  # no topic here that another word can turn
        used = {concept for cue in reading.intent.cues for concept in cue}
        # "season 2", "episode 4": the noun is part of the qualifier it forms
        used |= {noun for noun in COUNTED if any(c.startswith(f"@{noun}") for c in concepts)}
        # A topic named only by the words naming someone is no claim of theirs: "is the
        # journalist who wrote the article a Pulitzer winner?" (the article's author)
        claimed = reading.form.claim_words
        naming = frozenset().union(*map(self._matcher.concepts_of, claimed & set(reading.words)))
        told = frozenset().union(
            *(self._matcher.concepts_of(w) for w in reading.words if w not in claimed)
        )
        return [
            other.name
            for other in self._turnable_intents
            if other.answerable
            and other is not reading.intent
            and other.unless & concepts
            and any(
                cue <= concepts
                and (topics := _topics(cue - used))
                and not (topics <= naming and topics.isdisjoint(told))
                for cue in other.cues
            )
        ]

    def _echoes(self, reading: Reading, reply: Reply, composer: Composer) -> bool:
        """Whether the question's own descriptive words are words of the facts it is
        answered with ("does the review call it manipulative?": the review says
        "overtly manipulative"), not of the reply's wording or anyone's name.
        """
        facts = self._echo_forms.get((composer.code, reply.text))
        if facts is None:
            facts = self._facts_forms(reply.text, composer.code)
        return any(
            len(word) >= MIN_ECHO and facts.holds(word)
            for word in reading.words
            if word not in self._neutral
            # names are checked as things, and a number of seasons or episodes as a
            # count: neither says the facts agree ("did Netflix say anything of season 2?")
            and word not in reading.form.claim_words
            and not self._matcher.concepts_of(word) & COUNTED
        )

    def _facts_forms(self, reply: str, language: str) -> WordForms:
        """The words of a reply that are the facts' own: not the wording around them, nor
        names and titles."""
        return WordForms(set(words(reply)) - self._wording[language] - self._neutral)

    def _claims_about(self, reading: Reading) -> bool:
        """Whether a question with no question word claims something of episodes or
        people ("el de las moscas es el primero?", "monika revilla fue la directora?").
        """
        if reading.titled and reading.numbered:
            return True
        crew_or_actor = any(match.role != "character" for match in reading.people)
        return crew_or_actor and bool(reading.form.roles)

    def _evidence(self, reading: Reading, reply: Reply, composer: Composer) -> Evidence:
        assert reading.intent is not None
        local = self._local_facts[composer.code]
        return self._checker.evidence(reading.intent, reply.text, local)

    def _settled_by_claims(self, reading: Reading, composer: Composer) -> Reading:
        """A near miss whose yes/no claims its own facts settle ("the massacre happend
        in 2013 right?": the story's facts give 2011) was understood: the claim that
        the facts confirm or deny is evidence of the topic, as its words are."""
        form, intent = reading.form, reading.intent
        if reading.answered or intent is None or not intent.answerable or not form.yes_no:
            return reading
        if reading.confidence < SUGGEST_AT or reading.unknown or not form.claims_anything:
            return reading  # every word explained, and a claim to settle
        lifted = replace(reading, confidence=ANSWER_AT)
        reply = composer.answer(lifted)
        if not reply.text:
            return reading
        _, verdict = self._weigh(lifted, reply, composer)
        if verdict.support == "unknown" or verdict.open_claims:
            return reading
        return lifted

    def _credit_fact_words(self, reading: Reading, composer: Composer) -> Reading:
        """Count a near miss's unknown words that its own facts use as evidence for it.

        "What did he take as a challenge in the blog post?" quotes the post; "the
        massacre happened in Allende, Chihuahua?" names a place of the story's kind:
        words of the facts the answer would give, and things of the kinds those facts
        name, are not noise, in any reply language.
        """
        if reading.answered or reading.intent is None or not reading.intent.answerable:
            return reading
        if reading.confidence <= 0.0 or not reading.unknown:
            return reading
        evidence = self._evidence(reading, composer.answer(reading), composer)
        held, contradicted, _ = self._checker.things(reading.form, evidence)
        named = {
            word for thing in (*held, *contradicted) for n in thing.names for word in n.split()
        }
        explained = [w for w in reading.unknown if f" {w} " in evidence.text or w in named]
        if not explained:
            return reading
        unknown = tuple(word for word in reading.unknown if word not in explained)
        confidence = reading.confidence + UNKNOWN_WORD_PENALTY * len(explained)
        if unknown and (reading.intent.strict or reading.hints_only):
            confidence = min(confidence, ANSWER_AT - 0.1)
        return replace(reading, confidence=round(min(confidence, 1.0), 3), unknown=unknown)


# Words a message may hold beyond its one clause's and still be that clause alone (an
# "oye," before it, a "?" read apart)
ALONE_SLACK = 2
CITED_WORDS = 6  # "…, according to the season 2 article": a citation after a question
UNKNOWN_IN_A_QUESTION = 2  # unexplained words a volunteered answer may leave before a "?"
_CHECKED = (Outcome.YES, Outcome.NO)  # the outcomes of a claim the facts settle
# Concepts that ask for a judgement: beside another topic's answer, they are not answered.
_JUDGEMENTS = frozenset({"strength", "weakness", "enjoy", "recommend", "review", "warning"})


def _wholly_understood(reading: Reading, sure_question: bool) -> bool:
    """At most one word left unexplained in a question (none in a bare phrase), and no
    judgement asked beside the fact answered ("was ep 4 the best?" asks for the best,
    which the episode's title does not say)."""
    judged = _JUDGEMENTS & (reading.concepts - reading.cue)
    form = reading.form
    allowed = UNKNOWN_IN_A_QUESTION if form.question_mark else int(sure_question)
    return len(reading.unknown) <= allowed and not judged


def _claims_a_value(form: Form) -> bool:
    """Whether words claim a count, year, number or side ("the article I read said six
    seasons"): a remark, not a topic named for the question after it."""
    return bool(form.counts or form.years or form.numbers or form.opposites)


def _misspells(word: str, names: Iterable[str]) -> bool:
    """Whether `word` is one of `names` misspelt ("tomson" for "thompson")."""
    return len(word) >= MIN_NAME_TYPO and any(
        OSA.distance(word, name) <= len(name) // NAME_TYPO_SHARE for name in names
    )


def _spend(budget: list[int], words: int) -> bool:
    """Take one more read of `words` from a message's reading budget, if it has it."""
    if budget[0] < READ_COST + words:
        return False
    budget[0] -= READ_COST + words
    return True


def _no_chat_for_a_question(reading: Reading) -> Reading:
    """Small talk does not answer a question asking for a kind it does not give ("ok how
    many are there then" holds "ok", but asks a count), nor one claiming something ("neta
    todo pasó por culpa de la DEA??"): the question is not understood."""
    intent, form = reading.intent, reading.form
    if intent is None or not intent.chat:
        return reading
    asks_more = bool(form.wants) and not form.wants & intent.gives
    if not asks_more and not (form.asked_yes_no and form.claims_anything):
        return reading
    return replace(reading, intent=None, confidence=min(reading.confidence, SUGGEST_AT - 0.1))


_WORK_FOCUS = {"work": "work"}  # after a new topic, only a work can still be "it"


def _asked_words(form: Form) -> tuple[str, ...]:
    """The words of a question as read (respelt, "?" kept: it may ask yes or no), for
    "are you sure?" to read again."""
    return (*form.tokens, QUESTION_MARK) if form.question_mark else form.tokens


def _next_context(
    previous: Context | None,
    parts: list[_Part],
    language: str,
    holders: dict[str, tuple[PersonMatch, ...]],
    authors: dict[str, tuple[PersonMatch, ...]],
    work_concepts: frozenset[str],
    dated: tuple[str, ...] = (),
) -> Context | None:
    """The conversation after this message: what its last settled question was about
    (`dated`: the dated facts the last answers told, see Context.dated).

    A decline of a topic the sources lack still names what was talked about
    ("tell me about episode 5": declined, and "the one before" is episode 4);
    small talk leaves the context as it was, and so does "I don't understand", but for
    the one work it names.
    """
    about = [p for p in parts if p.settled and p.reading.intent and not p.reading.intent.chat]
    if not about:
        return _named_in_passing(previous, parts, language, work_concepts)
    reading = about[-1].reading
    intent = reading.intent
    assert intent is not None
    # the work the answer is from, or the one the question named as where to look
    named = sorted(reading.concepts & work_concepts)
    # (a topic the sources lack is of a work they name only when the question names it:
    # "was it made by the Breaking Bad guy?" is not of Narcos, "how many seasons does
    # Narcos have?" is; "y la musica?" is of its soundtrack)
    named_work = intent.work not in work_concepts or intent.work in reading.concepts
    of_work = intent.work if intent.answerable or named_work else None
    own_work = of_work or (named[0] if len(named) == 1 else None)
    work = own_work or (previous.work if previous else None)
    if reading.people:
        focus = "person"
    elif reading.episodes:
        focus = "episode"
    elif own_work:
        focus = "work"
    else:
        focus = previous.focus if previous else None
    named_people = reading.people
    credited = holders.get(intent.credit or "", ()) or authors.get(intent.work or "", ())
    if not named_people and len(credited) == 1:
        # "Who made it?" names James Schamus: "did he direct it too?" is about him.
        named_people = credited
        focus = focus if intent.work else "person"
    # An answer to a new topic replaces who and which episode were talked about; a
    # decline keeps them ("tell me about episode 5": declined; "the one before?").
    # The same question asked again ("when was it posted?" after the blog post) keeps
    # them too: it is still about the same person.
    again = previous is not None and previous.intent == intent.name
    kept = previous if previous is not None and (again or not about[-1].answered) else None
    told = about[-1].answered or about[-1].outcome is Outcome.UNSAID
    if told and not again and not own_work and not named_people:
        # an answer about the show itself ("how many episodes did it have?"), or what
        # the sources do say of it ("how many died?"): "it" is the show again, not the
        # work talked about before
        work = None
    people = named_people or (kept.people if kept else ())
    # one topic back only: "she" two topics later is nobody
    earlier = () if people or previous is None else previous.people
    answered_of_no_one = about[-1].answered and not named_people and not intent.work
    episodes = reading.episodes or (kept.episodes if kept else ())
    return Context(
        intent=intent.name,
        episodes=episodes,
        earlier_episodes=() if episodes or previous is None else previous.episodes,
        episodes_before=()
        if previous is None
        else previous.episodes
        if previous.episodes and previous.episodes != episodes
        else previous.episodes_before,
        people=people,
        people_before=()
        if previous is None
        else previous.people
        if previous.people and previous.people != people
        else previous.people_before,
        earlier=earlier,
        said=about[-1].text if answered_of_no_one else "",
        language=language,
        work=work,
        asked=_asked_words(about[-1].reading.form) if told else (),
        yes_no=told and about[-1].outcome in (Outcome.YES, Outcome.NO),
        replied=about[-1].text if about[-1].answered else "",
        # (a decline names no list: "the first one" is still of the one before)
        reply_parts=tuple(
            (part.text, part.reading.people, _intent_name(part.reading))
            for part in about
            if part.answered
        )
        or (kept.reply_parts if kept else ()),
        reply_episodes=tuple(
            dict.fromkeys(e for part in about if part.answered for e in part.reading.episodes)
        )
        or (kept.reply_episodes if kept else ()),
        focus=focus if named_people or reading.episodes or kept else _WORK_FOCUS.get(focus or ""),
        dated=dated,
    )


def _named_in_passing(
    previous: Context | None, parts: list[_Part], language: str, work_concepts: frozenset[str]
) -> Context | None:
    """The context after words understood as no question: as it was, but for the one
    work, episode or person they name, which is what is talked about ("¿y la reseña le
    pone estrellas?", not understood, then "¿y quién la escribió?": the review's author;
    "alv el ultimo cap me dejo llorando. como se llama ese cap": episode 6). Small talk
    names nothing; words naming two of a kind point at neither."""
    if any(p.reading.intent and p.reading.intent.chat for p in parts):
        return previous
    works = {c for p in parts for c in p.reading.concepts & work_concepts}
    episodes = {e.number: e for p in parts for e in p.reading.episodes}
    people = {real_name(m.who): m for p in parts for m in p.reading.people}
    if len(works) > 1 or len(episodes) > 1 or len(people) > 1 or not (works or episodes or people):
        return previous
    context = previous or Context(intent="", episodes=(), people=(), language=language)
    if works:
        context = replace(context, work=works.pop(), focus="work")
    if episodes:
        context = replace(context, episodes=tuple(episodes.values()), focus="episode")
    if people:
        context = replace(context, people=tuple(people.values()), focus="person")
    return context


def _positions(reading: Reading) -> list[str]:
    """The numbers and positions a reading's words name ("#3", "#last"), not years."""
    return [w for w in reading.words if is_number(w) and not _YEAR.match(w)]


def _not_reached(year: int, as_of: dt.date) -> bool:
    """Whether facts true as of `as_of` leave some of `year` unknown (June 2022: 2022
    and every year after it)."""
    return year > as_of.year or (year == as_of.year and as_of < dt.date(year, 12, 31))


def _name(match: PersonMatch) -> str:
    who = match.who
    if isinstance(who, CastMember):
        return who.character if match.role == "character" and who.character else who.actor
    return who.name


def _with_examples(reading: Reading, variety: int) -> Reading:
    """The reading with `variety` set where the reply will show example questions (help,
    a decline); the copy is skipped for the common case of a plain answer.
    """
    shows_examples = not reading.answered or (reading.intent and reading.intent.name == "help")
    return replace(reading, variety=variety) if shows_examples else reading


def _event_of(ref: str, facts: Iterable[str]) -> bool:
    """Whether a dated fact ("release.date") is the date of something in these facts:
    not the date a source said them as of ("renewal.as_of", the season 2 article's
    month), which dates the source, not the renewal."""
    table, _, field = ref.partition(".")
    return table in facts and field != AS_OF


def _other_side(answer: str | None, denied: bool) -> str | None:
    """A topic's own yes or no, turned where the statement asked denies its claim."""
    if not denied or answer not in ("yes", "no"):
        return answer
    return "no" if answer == "yes" else "yes"


def _stretches(tokens: list[str]) -> list[list[str]]:
    """The words between a clause's commas, stretch by stretch."""
    stretches: list[list[str]] = [[]]
    for token in tokens:
        if token == _COMMA:
            stretches.append([])
        else:
            stretches[-1].append(token)
    return stretches


def _joined(stretches: list[list[str]]) -> list[str]:
    """Stretches of words as one clause again, a comma between each two."""
    return list(itertools.chain.from_iterable([*s, _COMMA] for s in stretches))[:-1]


def _clause_tokens(clause: str) -> list[str]:
    """The clause's first MAX_WORDS tokens, with a comma token where a comma separated
    words."""
    found: list[str] = []
    for segment in clause.split(_COMMA):
        if len(found) >= MAX_WORDS:
            break
        words = tokens(segment)
        if words and found:
            found.append(_COMMA)
        found.extend(words)
    return found[:MAX_WORDS]


def _holds_form(evidence: Evidence, word: str) -> bool:
    """Whether the facts use `word` or another form of it ("helping": "help")."""
    if f" {word} " in evidence.text:
        return True
    return any(same_word(word, fact) for fact in evidence.words)


def _topics(concepts: frozenset[str]) -> frozenset[str]:
    """The concepts that name a topic: not the show itself, nor a name or a qualifier
    ("@person", "@season1")."""
    return frozenset(c for c in concepts if c != SHOW_CONCEPT and not c.startswith("@"))


def _intent_name(reading: Reading) -> str:
    return reading.intent.name if reading.intent else ""


def _names_only(reading: Reading) -> bool:
    """Whether a reading holds names and nothing it asks of them ("and Érika")."""
    return bool(reading.people or reading.episodes) and reading.cue <= ENTITY_CUES


def _declines_a_topic(reading: Reading) -> bool:
    return reading.intent is not None and not reading.intent.answerable


# a reply's names and numbers (a capital opening a sentence is no name's: "There is …")
_NAMED_IN_TEXT = re.compile(r"(?<![.:;!?] )(?<!^)\b(?:[A-ZÁÉÍÓÚÑ]\w+|\d+)\b|\b\d+\b")


def _unique(parts: list[_Part]) -> list[_Part]:
    """One part per reading, and no reply said twice (the first of two the same): a
    part whose text another part says too ("who wrote the review, was it Rony Patra?":
    "Yes: " and the same answer) gives way to it."""
    if len(parts) < 2:
        return parts
    seen: dict[tuple[object, ...], _Part] = {}
    for part in parts:
        was = seen.setdefault(part.reading.key, part)
        if was.outcome is Outcome.ANSWER and part.outcome in (Outcome.YES, Outcome.NO):
            seen[part.reading.key] = part  # the same answer, with the yes or no asked for
    kept: list[_Part] = []
    for part in seen.values():
        if all(part.text != other.text for other in kept):
            kept.append(part)
    return [
        part
        for part in kept
        if not any(
            other is not part and (part.text in other.text or _states_no_more(part, other, kept))
            for other in kept
        )
    ]


def _states_no_more(part: _Part, other: _Part, parts: list[_Part]) -> bool:
    """A plain answer stating no fact table another, earlier answer does not ("how many
    episodes, and when did it come out": the count says the date too)."""
    if part.outcome is not Outcome.ANSWER or other.outcome is not Outcome.ANSWER:
        return False
    mine, theirs = part.reading.intent, other.reading.intent
    if mine is None or theirs is None or not mine.facts or mine is theirs:
        return False
    if not set(mine.facts) <= set(theirs.facts) or parts.index(other) > parts.index(part):
        return False
    # ... where the earlier answer says what this one names: its names and numbers ("are
    # the names real? and which cartel was it": the story's cartel is no part of the
    # answer about real events, though its facts are among theirs)
    said = set(words(other.text))
    return all(fold(word) in said for word in _NAMED_IN_TEXT.findall(part.text))


__all__ = ["ANSWER_AT", "MAX_READ_WORDS", "MAX_WORDS", "READ_COST", "Answer", "Context", "Engine"]
