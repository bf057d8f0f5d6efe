"""Work out what a tokenised question asks and about which episode or person.

Everything that can be looked up is indexed once, when the engine is built: a
phrase table (concept words, names, titles, fillers) for exact matches, and a
word list for rapidfuzz to correct typos against. Per question the work is a
few dictionary look-ups plus one fuzzy search per unknown word.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine.claims import (
    ARTICLES,
    NEGATING,
    NEGATION_REACH,
    NO_FORM,
    OPENING_CHATTER,
    POSSESSIVE,
    PREPOSITIONS,
    RUN_ENDS,
    Addressing,
    Form,
    QuestionReader,
    Starting,
    things_by_name,
)
from bot.engine.decide import ANSWER_AT
from bot.engine.inflection import STEM, inflected
from bot.engine.normalise import fold, is_number, words
from bot.knowledge import CastMember, Episode, Intent, Knowledge, Person, Vocabulary

# Words that open a clause: after "about", no topic ("… about if it happens?")
CLAUSE_OPENERS = frozenset({"if", "si", "when", "cuando", "because", "porque", "since"})
FEMININE = ("a", "as")  # the endings of a Spanish ordinal that agrees with a feminine noun
MAX_RUN = 10  # the most episodes "the first N" may name (more is a count, "the first 100")
# Typo correction: edits allowed (a swap of two letters is one edit), and the
# share of confidence each edit costs.
OF_WORDS = frozenset({"de", "del"})  # "la jefa de Benjamín": whose
DEFINITE = frozenset({"el", "la", "los", "las", "su", "sus"})  # "la jefa", not "un libro"
WHO_CONCEPT = "who"  # the words asking for a person ("who", "quién")
JOINED_POSITIONS = frozenset({"and", "y", "&", "ni"})  # "the first and last episodes"
MIN_TYPO_LENGTH = 4
# Articles before a number that make it one of a list's items ("ya vi el 4", "después del 4")
NUMBER_ARTICLES = frozenset({"el", "del", "al", "the"})
MAX_CONCEPT_WORDS = 4  # the longest phrase naming a concept looked for in a statement
OF_WORK_REACH = 3  # words from a work's name to what it is of: "the review of the show"
POLITE_WORD = 6  # the shortest word of a polite opener read as a filler ("indicara")
MIN_DESCRIBED = 2  # words of someone's description alone that name them
LONG_WORD = 8
TYPO_COST = 0.08
UNKNOWN_WORD_PENALTY = 0.1
SPECIFIC = 2.5  # specificity of a match that chatter around it cannot sink
CHATTER_ALLOWANCE = 3  # unknown words such a match is charged for at most
PLURAL = "s"  # how a plural episode or season noun ends ("episodes", "capitulos", "eps")
ONE = "one"  # "one" read as a pronoun, not a number
NO_CONCEPTS: frozenset[str] = frozenset()  # what a word that names no concept names
QUESTION_MARK = "?"  # ends the tokens of a clause that ended with "?"
UNKNOWN_CONCEPT = "@unknown"  # a word the reading knows nothing of
PRONOUN_ONE = frozenset({"one", "uno"})

Role = Literal["character", "actor", "crew"]


@dataclass(frozen=True)
class PersonMatch:
    """A person found in a question, and whether the name was the character's."""

    who: CastMember | Person
    role: Role


@dataclass(frozen=True)
class _Tag:
    kind: Literal["concept", "person", "title", "filler", "described"]
    value: str | int | PersonMatch


# Words that open a question inside another, after "about" ("what does the review say
# about whether it is for kids?"): what follows is the topic, "about" no plot.
_EMBEDDED_ASKING = frozenset(
    {"who", "what", "how", "whether", "if", "which", "when", "where", "why", "quien",
     "que", "como", "si", "cual", "cuando", "donde"}
)  # fmt: skip

_NO_PHRASE: Starting[_Tag] = Starting()  # what a word that starts no phrase starts


# Frozen to the type checker only, which rejects any assignment to a field: at run time
# a frozen dataclass sets each field through object.__setattr__ when built, five times
# the cost of a plain one (about 2 us more for a Reading or a Form), and each question
# builds several. unsafe_hash gives it the hash a frozen one has.
@dataclass(frozen=TYPE_CHECKING, slots=True, unsafe_hash=True)
class Reading:
    """One interpretation of a question (or of one part of a two-part question)."""

    intent: Intent | None
    confidence: float
    ranked: tuple[Intent, ...] = ()
    episodes: tuple[Episode, ...] = ()
    titled: frozenset[int] = frozenset()  # episode numbers the question gave by title
    people: tuple[PersonMatch, ...] = ()
    missing_number: int | None = None
    unknown: tuple[str, ...] = ()
    hints_only: bool = False  # matched on weak concepts alone
    concepts: frozenset[str] = frozenset()
    variety: int = 0  # varies the examples a reply shows (a hash of the question)
    specificity: tuple[float, ...] = ()  # of each intent in `ranked`
    form: Form = NO_FORM  # what kind of answer it wants, yes/no, what it claims
    numbered: frozenset[int] = frozenset()  # episode numbers the question gave by number
    words: tuple[str, ...] = ()  # the question's meaningful words (no fillers), as read
    cue: frozenset[str] = frozenset()  # the concepts that chose the intent
    strangers: tuple[str, ...] = ()  # unknown words naming who holds a role ("by ___")
    dated: tuple[str, ...] = ()  # the dated facts compared ("story.year", "release.date")
    confirms: bool = False  # asked again to be confirmed ("are you sure?")
    sourced: bool = False  # asked again for which source says it ("who says so?")
    # the words of a statement whose source is asked ("who said some parts are
    # manipulative?": "some parts are manipulative"), which its answer must hold
    stated: tuple[str, ...] = ()
    claims_checked: bool = False  # ... said by someone ("who said …"): checked as a claim
    # a value put forward as the last question's answer ("was it Jero Medina?", "yo leí
    # que fue en 2022" after "when did it come out?"): each value's folded names, one of
    # which its answer must hold
    claimed: tuple[tuple[str, ...], ...] = ()
    # the order asked of its episodes ("before", "after", "between"; see
    # Engine._episode_order): claimed of two, or counted from one or between two
    order: str = ""
    # the unit of time a span between its dated facts is asked in ("day" … "decade",
    # [spans] in questions.toml), or "" for the one that suits it
    unit: str = ""
    # a span claimed between its dated facts, in `unit`: (count, how it compares: "=",
    # ">", …): "was the blog post more than a year before the premiere?" is (1, ">")
    claimed_span: tuple[int, str] | None = None

    @property
    def answered(self) -> bool:
        return self.intent is not None and self.intent.answerable and self.confidence >= ANSWER_AT

    @property
    def key(self) -> tuple[object, ...]:
        """What the reading would answer; two readings with one key give one reply."""
        name = self.intent.name if self.intent else None
        # (the people themselves, however named: "who plays Doña Chayo and what's her
        # job" asks of one person twice, by her part and by her actress)
        people = tuple(match.who for match in self.people)
        return (name, self.episodes, people, self.missing_number)


class Matcher:
    def __init__(self, knowledge: Knowledge) -> None:
        self._knowledge = knowledge
        self._intents = knowledge.intents
        self._weak = knowledge.vocabulary.weak
        # the concepts that are a work's own name ("review", "season2article")
        works = {intent.work for intent in self._intents if intent.work}
        self.work_concepts = frozenset(works & set(knowledge.vocabulary.concepts))
        self._negated = {
            fold(word): concept
            for concept, found in knowledge.vocabulary.negated.items()
            for word in found
        }
        self._not_after = {
            concept: frozenset(map(fold, found))
            for concept, found in knowledge.vocabulary.not_after.items()
        }
        self._owning = frozenset(word for found in self._not_after.values() for word in found)
        self._of_work = {
            concept: frozenset(map(fold, found))
            for concept, found in knowledge.vocabulary.of_work.items()
        }
        # the words that name a source ("review", "articulo"; "season 2 article" is three)
        self.mention_words = frozenset(
            word
            for found in knowledge.questions.mentions.values()
            for w in found
            for word in words(w)
        )
        self._lists = frozenset(map(fold, knowledge.questions.lists))
        self._trailing = {
            fold(word): concept
            for concept, found in knowledge.vocabulary.trailing.items()
            for word in found
        }
        # the concepts that name something to ask about: a topic an answer holds
        self.topic_concepts = (
            frozenset(
                concept
                for intent in self._intents
                if intent.answerable and not intent.chat
                for cue in intent.cues
                for concept in cue
            )
            - self._weak
        )
        self._phrases: dict[tuple[str, ...], list[_Tag]] = {}
        vocabulary = knowledge.vocabulary
        self._numbers = number_words(vocabulary)
        self._number_words = frozenset(self._numbers) | PRONOUN_ONE
        # the sound-alike spellings by their first letter, each group in the file's order
        self._sound_alikes: dict[str, list[tuple[str, str]]] = {}
        for written, sound in vocabulary.sound_alikes:
            self._sound_alikes.setdefault(written[:1], []).append((written, sound))
        self._rewrites = {
            tuple(words(phrase)): tuple(words(replacement))
            for phrase, replacement in vocabulary.rewrites.items()
        }
        # the lengths of the rewritten phrases each word starts, longest first
        rewrite_sizes: dict[str, set[int]] = {}
        for phrase in self._rewrites:
            rewrite_sizes.setdefault(phrase[0], set()).add(len(phrase))
        self._rewrite_sizes = {
            word: tuple(sorted(sizes, reverse=True)) for word, sizes in rewrite_sizes.items()
        }
        # "to last" as the matcher sees it ("to #last"), longest first
        self._back_phrases = sorted(
            {
                tuple(self._numbers.get(w, w) for w in self.rewritten(words(p)))
                for p in vocabulary.from_end
            },
            key=len,
            reverse=True,
        )
        self._longest_back = max(map(len, self._back_phrases), default=0)
        self._counts_back = {phrase[0] for phrase in self._back_phrases}
        for phrase in self._rewrites:
            self._add(" ".join(phrase), _Tag("filler", " ".join(phrase)))
        for word in self._numbers:
            self._add(word, _Tag("filler", word))
        for concept, phrases in vocabulary.concepts.items():
            for phrase in phrases:
                self._add(phrase, _Tag("concept", concept))
        # ("other articles", "otros reportajes": before a class's nouns, plural; no typo
        # is corrected towards these plurals, which no one listed as words)
        derived: set[tuple[str, ...]] = set()
        for concept, (label, before) in vocabulary.before_things.items():
            for names in knowledge.questions.things[label]:
                for name in names:
                    plural = name if name.endswith("s") else f"{name}s"
                    # (the noun still names what it names: "other articles" are articles)
                    own = self._phrases.get(tuple(words(plural))) or self._phrases.get(
                        tuple(words(name)), []
                    )
                    for word in before:
                        phrase = f"{word} {plural}"
                        if tuple(words(phrase)) not in self._phrases:
                            derived.add(tuple(words(phrase)))
                        self._add(phrase, _Tag("concept", concept))
                        for tag in [t for t in own if t.kind == "concept"]:
                            self._add(phrase, tag)
        followups = (
            vocabulary.pronouns
            | vocabulary.next_words
            | vocabulary.previous_words
            | vocabulary.same
        )
        # The words that make a question yes/no ("right?", "verdad?") carry no topic.
        asking = [phrase for phrases in knowledge.questions.wants.values() for phrase in phrases]
        form_words = {
            *knowledge.questions.tags,
            *knowledge.questions.openers,
            *OPENING_CHATTER,
            *(word for phrase in asking for word in words(phrase)),
        }
        # ... nor does a month's name, which a claim's date is read from ("¿fue el 1 de
        # julio?")
        months = {
            str(name)
            for language in knowledge.languages.values()
            for name in language.settings.get("months", ())
        }
        for phrase in (
            *vocabulary.fillers,
            *sorted(followups),
            *sorted(form_words),
            *sorted(months),
        ):
            self._add(phrase, _Tag("filler", phrase))
        # A noun that says what kind of answer is wanted ("¿en qué página?", "which
        # website?") is understood, though it names no topic.
        topic_stems = {
            word[:STEM]
            for phrase, tags in self._phrases.items()
            if any(tag.kind == "concept" for tag in tags) and phrase not in derived
            for word in phrase
        }
        # ... and so is another word for a deed the facts tell ("committed": "carried out"),
        # and a polite way into a question ("le agradecería que me indicara")
        questions = knowledge.questions
        for phrase in (
            *(noun for nouns in questions.kind_nouns.values() for noun in nouns),
            *(other for others in questions.deeds.values() for other in others),
            *(w for opener in questions.embedded for w in words(opener) if len(w) >= POLITE_WORD),
        ):
            if len(words(phrase)) == 1 and phrase[:STEM] in topic_stems:
                continue  # one form of a topic word ("executed": "executive producer")
            if tuple(words(phrase)) not in self._phrases:
                self._add(phrase, _Tag("filler", phrase))
        for episode in knowledge.episodes:
            for phrase in (episode.title, *episode.aliases):
                self._add(phrase, _Tag("title", episode.number))
        self._add_title_words(knowledge, vocabulary)
        self._show_words = tuple(words(knowledge.facts["show"]["title"]))
        # the episodes whose title is the show's own name
        self._titled_as_show = frozenset(
            e.number for e in knowledge.episodes if tuple(words(e.title)) == self._show_words
        )
        self._add(knowledge.facts["source_article"]["title"], _Tag("concept", "source"))
        self._add(knowledge.facts["review"]["headline"], _Tag("concept", "review"))
        # a source's own title names the work that source is ("who wrote the 'Season 2:
        # Release date, Cast, and Plot' article?")
        show_title = knowledge.facts["show"]["title"]
        for intent in self._intents:
            if intent.source and intent.work and intent.work in vocabulary.concepts:
                title = knowledge.sources[intent.source].title
                for phrase in (title, title.removeprefix(show_title)):
                    self._add(phrase, _Tag("concept", intent.work))
        self.people: dict[str, PersonMatch] = {}
        for match, phrases in _person_names(knowledge):
            for phrase in phrases:
                self._add(phrase, _Tag("person", match))
                self.people.setdefault(fold(phrase), match)
        self._longest_name = max((len(name.split()) for name in self.people), default=0)
        known = {word for phrase in self._phrases for word in phrase}
        known |= {word for name in things_by_name(knowledge) for word in name}
        for word, match in _described_by(knowledge, known).items():
            self._add(word, _Tag("described", match))
        # (every phrase is in: the one-word fillers, for is_filler)
        self._fillers = frozenset(
            key[0]
            for key, tags in self._phrases.items()
            if len(key) == 1 and all(tag.kind == "filler" for tag in tags)
        )
        # every word of each description, in every language, for the evidence around
        # a description's own words ("forced" with "help" and "DEA")
        self._description_words: dict[str, set[str]] = {}
        for code in knowledge.languages:
            for member in knowledge.in_language(code).cast:
                said = self._description_words.setdefault(member.actor, set())
                said.update(w for w in words(member.description or "") if not self.is_filler(w))
        # The concepts each word names alone (for concepts_of)
        self._word_concepts = {
            key[0]: frozenset(str(tag.value) for tag in tags if tag.kind == "concept")
            for key, tags in self._phrases.items()
            if len(key) == 1 and any(tag.kind == "concept" for tag in tags)
        }
        # The lengths of the phrases each word starts, so tagging tries only those that
        # the word after it allows (their tags are in _phrases).
        self._starting: dict[str, Starting[_Tag]] = {}
        for phrase in self._phrases:
            self._starting.setdefault(phrase[0], Starting()).note(phrase)
        # Typos are corrected towards meaningful words only: correcting an unknown
        # word into a filler would hide that the question asks something unknown.
        meaningful = {
            phrase
            for phrase, tags in self._phrases.items()
            if (any(t.kind != "filler" for t in tags) or phrase[0] in self._numbers)
            and phrase not in derived
        }
        self._known = {word for phrase in self._phrases for word in phrase}
        # Another form of a one-word concept ("renovo" beside "renovaron", "profesional"
        # beside "professional"): the stem names one concept only, so it is that word.
        stem_concepts: dict[str, set[str]] = {}
        stem_word: dict[str, str] = {}
        for key, tags in self._phrases.items():
            if len(key) == 1 and len(key[0]) > STEM:
                for tag in tags:
                    if tag.kind == "concept":
                        stem_concepts.setdefault(key[0][:STEM], set()).add(str(tag.value))
                        stem_word.setdefault(key[0][:STEM], key[0])
        self._stems = {
            stem: stem_word[stem] for stem, names in stem_concepts.items() if len(names) == 1
        }
        # The words a typo may be of, by its first letter and its length: those within
        # the edits allowed of that length (alphabetically, the order they are searched).
        spellable = sorted(
            {word for phrase in meaningful for word in phrase if len(word) >= MIN_TYPO_LENGTH}
        )
        self._spellable: dict[tuple[str, int], list[str]] = {}
        for length in range(MIN_TYPO_LENGTH, max(map(len, spellable), default=0) + 3):
            for word in spellable:
                if abs(len(word) - length) <= _edits(length):
                    self._spellable.setdefault((word[0], length), []).append(word)
        self.episodes = {episode.number: episode for episode in knowledge.episodes}
        self._episodes = self.episodes
        self._last_episode = max(self._episodes)
        self._episode_nouns = _single_words(vocabulary.concepts["episode"])
        self._episode_nouns_or_one = self._episode_nouns | {ONE}  # "episode 3", "the 3rd one"
        # Each cue under one concept it names, the one fewest cues name (a cue needs all
        # its concepts, so it is looked at only when its rarest is there), with its
        # specificity: ranking looks only at cues that may hold.
        # Equally specific cues of one intent: the first in the file wins, whatever order
        # the question's concepts come in.
        naming: dict[str, int] = {}
        for intent in self._intents:
            for cue in intent.cues:
                for concept in cue:
                    naming[concept] = naming.get(concept, 0) + 1
        self._cues_by_concept: dict[str, list[tuple[int, frozenset[str], tuple[float, int]]]] = {}
        for order, intent in enumerate(self._intents):
            for rank, cue in enumerate(intent.cues):
                if cue:
                    rarest = min(sorted(cue), key=naming.__getitem__)
                    entry = (order, cue, (self._specificity(cue), -rank))
                    self._cues_by_concept.setdefault(rarest, []).append(entry)
        self._season_nouns = _single_words(vocabulary.concepts["season"])
        self._forms = QuestionReader(knowledge)
        self._count_nouns = self._episode_nouns | self._season_nouns
        self._times = frozenset(map(fold, knowledge.vocabulary.times))

    def _add_title_words(self, knowledge: Knowledge, vocabulary: Vocabulary) -> None:
        """Each word that belongs to one episode's title alone names that episode ("the one
        with flies in the title", "el de los lobos"): the titles' own words are evidence.
        """
        common = {w for phrase in vocabulary.fillers for w in words(phrase)}
        common |= {w for phrases in vocabulary.concepts.values() for p in phrases for w in words(p)}
        common |= set(words(knowledge.facts["show"]["title"]))
        owners: dict[str, set[int]] = {}
        for episode in knowledge.episodes:
            for phrase in (episode.title, *episode.aliases):
                for word in words(phrase):
                    if len(word) >= MIN_TYPO_LENGTH and word not in common:
                        owners.setdefault(word, set()).add(episode.number)
                        owners.setdefault(word.rstrip("s"), set()).add(episode.number)
        for word, numbers in owners.items():
            if len(numbers) == 1 and (word,) not in self._phrases:
                self._add(word, _Tag("title", next(iter(numbers))))

    def _add(self, phrase: str, tag: _Tag) -> None:
        key = tuple(words(phrase))
        if key:
            tags = self._phrases.setdefault(key, [])
            if tag not in tags:
                tags.append(tag)

    def read(self, tokens: Sequence[str]) -> Reading:
        question_mark = bool(tokens) and tokens[-1] == QUESTION_MARK
        if QUESTION_MARK in tokens:
            tokens = [token for token in tokens if token != QUESTION_MARK]
        tokens = self._forms.respelt(tokens)
        corrected, quality = self._corrected(tokens)
        rewritten = self._rewrite(corrected)
        flat = self._numbers_read(rewritten)
        tags, unknown = self._tag(flat)
        tags = self._placed(flat, tags)
        # (the concepts named, and then the qualifiers found, once the episodes are found)
        present = {str(tag.value) for _, tag in tags if tag.kind == "concept"}
        if not self._of_work.keys().isdisjoint(present):
            present -= self._of_a_work(flat, tags)
        if self._negated and not NEGATING.isdisjoint(flat):
            present |= self._negated_concepts(flat)
        season, missing_season = self._find_season(flat)
        episodes, titled, numbered, missing_episode = self._find_episodes(
            flat,
            tags,
            present,
            season is not None or missing_season is not None,
            feminine=flat is not rewritten and any(map(self._feminine_ordinal, rewritten)),
        )
        people = self._people_in(flat, tags, unknown)
        if episodes:
            present.add("@episode")
        if missing_episode is not None:
            present.add("@episode_other")
        if season is not None:
            present.add(f"@season{season}")
        if missing_season is not None:
            present.add("@season_other")
        if people:
            present.add("@person")
            if any(isinstance(match.who, CastMember) for match in people):
                present.add("@cast")  # (someone seen on screen, not a writer or critic)
        if unknown:
            present.add(UNKNOWN_CONCEPT)
            if self._asks_a_relation(flat, tags, unknown, present):
                present.add("@relation")
        if quality < 1.0:
            # (a typo of a question word asks as that word does: "wats the deal w s2")
            tokens = [
                fixed if fixed != typed and self._forms.is_question_word(fixed) else typed
                for typed, fixed in zip(tokens, corrected, strict=True)
            ]
        form = self._forms.read(tokens, flat, question_mark)
        # (not in a question read through a respelt word: "punished" is not "published")
        if unknown and (form.opposites or form.things) and form.yes_no and quality == 1.0:
            # ... when every unknown word is one of them: a word beside them that is
            # nobody's ("did any DEA agent get punished?") still asks the unknown
            claimed = self._forms.claim_words(form)
            if all(word in claimed for word in unknown):
                unknown = []
                present.discard(UNKNOWN_CONCEPT)
        # (a work is cited only where a concept or a word names one: most questions name
        # none)
        citing = not (
            self.work_concepts.isdisjoint(present) and self.mention_words.isdisjoint(flat)
        )
        cited = self._cited(flat, tags) if citing else frozenset()
        ranked = self._where_told(self._rank(present, cited), cited)
        if not ranked:
            return Reading(
                None,
                0.0,
                unknown=tuple(unknown),
                concepts=frozenset(present),
                form=form,
                words=self._meaningful(flat),
            )
        best, specificity, cue = ranked[0]
        intents, specificities, _ = zip(*ranked, strict=True)
        # A question word that wants the kind of fact the intent holds is evidence for
        # it, as a concept is ("q cartel fue el de la masacre": an organisation, and the
        # story names one).
        kind_fits = bool(form.certain_wants & best.gives)
        if kind_fits:
            specificity += 1.0
        confidence = min(1.0, 0.6 + 0.2 * specificity) * quality
        # A very specific match survives chatter around it ("hey so I wanted to know
        # what the second episode is called, thanks in advance"), and so does one whose
        # facts are of the kind asked for.
        allowed = specificity >= SPECIFIC or kind_fits
        counted = min(len(unknown), CHATTER_ALLOWANCE) if allowed else len(unknown)
        confidence -= UNKNOWN_WORD_PENALTY * counted
        if (best.strict or (cue <= self._weak and not kind_fits)) and unknown:
            confidence = min(confidence, ANSWER_AT - 0.1)
        return Reading(
            intent=best,
            confidence=round(max(confidence, 0.0), 3),
            ranked=intents,
            episodes=episodes,
            titled=titled,
            people=people,
            missing_number=missing_season if missing_season is not None else missing_episode,
            unknown=tuple(unknown),
            hints_only=cue <= self._weak,
            concepts=frozenset(present),
            specificity=specificities,
            form=form,
            numbered=numbered,
            words=self._meaningful(flat),
            cue=cue,
        )

    @property
    def speaking(self) -> frozenset[str]:
        """The verbs of saying ("says", "menciona")."""
        return self._forms.speaking

    def asks(self, form: Form) -> bool:
        """Whether a clause asks (see QuestionReader.asks)."""
        return self._forms.asks(form)

    def opens_request(self, tokens: Sequence[str]) -> bool:
        """Whether the words open with a question opener of [question_openers]: a request
        ("list me …", "dime …", "give me …") or a word that opens a question ("que")."""
        return self._forms.opens_request(tokens)

    def addressing(self, form: Form) -> Addressing:
        """How a question speaks (for unaddressed mode only: worked out when needed)."""
        return self._forms.addressing(form)

    def opens_yes_no(self, tokens: Sequence[str]) -> bool:
        """Whether the words open a yes/no question ("did he write and direct it?")."""
        return self._forms.opens_yes_no(tokens)

    def holds_opener(self, tokens: Sequence[str]) -> bool:
        """Whether a yes/no opener stands anywhere in the words."""
        return self._forms.holds_opener(tokens)

    def names_a_list(self, tokens: Sequence[str]) -> bool:
        """Whether the words hold a noun for a list of people ("the cast list", "el
        reparto": [others] lists), which a position beside it picks from."""
        return not self._lists.isdisjoint(tokens)

    def ending_tag(self, tokens: Sequence[str]) -> tuple[str, ...]:
        """The yes/no tag that ends the words, if one does ("… o que?")."""
        return self._forms.ending_tag(tokens)

    def clearly_opens_yes_no(self, tokens: Sequence[str]) -> bool:
        """... with an opener that is not also an article or pronoun ("is", not "la")."""
        return self._forms.clearly_asks(tokens)

    def ordinal(self, word: str) -> str | None:
        """The position an ordinal word names ("first", "2nd", "penúltima": "#1", "#2",
        "#penultimate"), or None."""
        number = self._numbers.get(word, word)
        return number if number.startswith("#") and is_number(number) else None

    def position(self, number: str, count: int | None = None) -> int:
        """The episode a number token names: "3" and "#3" are 3, "#last" the last one;
        or, given `count`, the item of a list that long ("#penultimate" of 8 is 7)."""
        return _position(number, self._last_episode if count is None else count)

    def claim_words(self, form: Form) -> frozenset[str]:
        """The words of the claims a question's form makes ("Chihuahua", "cop")."""
        return self._forms.claim_words(form)

    def naming(self, tokens: Sequence[str], concepts: frozenset[str]) -> set[str]:
        """The words of `tokens` inside a phrase that names one of `concepts` ("came" in
        "it came out", which names `release` as a phrase, not alone)."""
        found: set[str] = set()
        for at in range(len(tokens)):
            for size in range(1, min(MAX_CONCEPT_WORDS, len(tokens) - at) + 1):
                tags = self._phrases.get(tuple(tokens[at : at + size]), ())
                if any(tag.kind == "concept" and tag.value in concepts for tag in tags):
                    found.update(tokens[at : at + size])
        return found

    def concepts_of(self, word: str) -> frozenset[str]:
        """The concepts a single word names ("season" names `season`)."""
        return self._word_concepts.get(word, NO_CONCEPTS)

    def is_filler(self, word: str) -> bool:
        """Whether a word carries no meaning for a question ("the", "pls", "wey")."""
        return word in self._fillers

    def _meaningful(self, tokens: list[str]) -> tuple[str, ...]:
        """The words that are no fillers."""
        fillers = self._fillers
        return tuple([token for token in tokens if token not in fillers])

    def _numbers_read(self, tokens: list[str]) -> list[str]:
        """Number words as digits ("three" -> "3", "third" -> "#3"), except "one" as a
        pronoun: "the last one", "the one with flies", "the 4th one".
        """
        # (most questions: no number word, nor "one", and the tokens as they are)
        flat = tokens if self._number_words.isdisjoint(tokens) else self._as_digits(tokens)
        return flat if self._counts_back.isdisjoint(flat) else self._from_end(flat)

    def _as_digits(self, tokens: list[str]) -> list[str]:
        """The number words as digits, and "one" as a pronoun as ONE."""
        flat: list[str] = []
        nouns = self._count_nouns
        for index, token in enumerate(tokens):
            if token in PRONOUN_ONE:
                before = tokens[index - 1] if index else ""
                after = tokens[index + 1] if index + 1 < len(tokens) else ""
                if before not in nouns and after not in nouns:
                    flat.append(ONE)
                    continue
            if index + 1 < len(tokens) and tokens[index + 1] in self._times:
                flat.append(token)  # ("last night", "la última vez": a time, no position)
                continue
            flat.append(self._numbers.get(token, token))
        return flat

    def _from_end(self, flat: list[str]) -> list[str]:
        """An ordinal before "to last" counts from the end ([numbers] `from_end`): "the
        2nd to last" is "#last-1", the one before the last."""
        out: list[str] = []
        index = 0
        while index < len(flat):
            token = flat[index]
            if token.startswith("#") and token[1:].isdigit() and token != "#1":
                # ("the 2nd episode from the end": a noun may stand between)
                noun = 1 if index + 1 < len(flat) and flat[index + 1] in self._episode_nouns else 0
                at = index + 1 + noun
                after = tuple(flat[at : at + self._longest_back])
                size = next((len(p) for p in self._back_phrases if after[: len(p)] == p), 0)
                if size:
                    back = int(token[1:]) - 1
                    out.append(f"#last-{back}" if back else "#last")
                    out.extend(flat[index + 1 : at])
                    index = at + size
                    continue
            out.append(token)
            index += 1
        return out

    def _asks_a_relation(
        self,
        tokens: list[str],
        tags: list[tuple[int, _Tag]],
        unknown: list[str],
        present: set[str],
    ) -> bool:
        """A person's name, a possessive and an unknown word: "Benjamín's brother"; or,
        in Spanish, an unknown word, "de" and a name: "la jefa de Benjamín"."""
        for end, tag in tags:
            if tag.kind != "person" or not isinstance(tag.value, PersonMatch):
                continue
            if (
                tokens[end : end + 1] == [POSSESSIVE]
                and end + 1 < len(tokens)
                and tokens[end + 1] in unknown
            ):
                return True
            if WHO_CONCEPT not in present:
                continue  # (asked for a person only: "quién …")
            for start in range(max(3, end - 3), end):
                # (the cheap look first: an article, a word not known, "de", then a
                # name, "la jefa de Benjamín"; not "ase de Irene", "un libro de …")
                if not (
                    tokens[start - 1] in OF_WORDS
                    and tokens[start - 2] in unknown
                    and tokens[start - 3] in DEFINITE
                ):
                    continue
                names = names_of(tag.value.who)
                # (the word not known is none of the name's own: "la doña del carrito")
                own = {word for name in names for word in words(name)}
                firsts = {words(name)[0] for name in names if name}
                if tokens[start] in firsts and tokens[start - 2] not in own:
                    return True
        return False

    def _people_in(
        self, tokens: list[str], tags: list[tuple[int, _Tag]], unknown: list[str]
    ) -> tuple[PersonMatch, ...]:
        """The people a question names, and those it describes with two or more words
        of their description alone ("forced" and "obligado"); a single such word is no
        evidence ("me pueden ayudar?"), so it stays unexplained."""
        named: list[PersonMatch] = []
        described: dict[PersonMatch, set[str]] = {}
        for end, tag in tags:
            if tag.kind == "person" and isinstance(tag.value, PersonMatch):
                named.append(tag.value)
            # (a description's words are single words: the one before end)
            elif tag.kind == "described" and isinstance(tag.value, PersonMatch):
                described.setdefault(tag.value, set()).add(tokens[end - 1])
        for match, found in described.items():
            assert isinstance(match.who, CastMember)
            also = self._description_words.get(match.who.actor, set()).intersection(tokens)
            if len(found | also) >= MIN_DESCRIBED:
                named.append(match)
            else:
                unknown.extend(sorted(found))
        return tuple(dict.fromkeys(named)) if named else ()

    def name_at(self, tokens: Sequence[str], start: int, end: int | None = None) -> int:
        """How many words from `start` name someone as written (their name or another of
        theirs: "jero medina", "doña chayo"), the most first; 0 for none. With `end`, the
        words must end there instead ("who do Jero Medina and …": 2 before "and")."""
        for size in range(self._longest_name, 0, -1):
            begin = start if end is None else end - size
            if begin < 0 or begin + size > len(tokens):
                continue
            if " ".join(tokens[begin : begin + size]) in self.people:
                return size
        return 0

    def people_named(self, tokens: list[str]) -> tuple[PersonMatch, ...]:
        """Everyone the words name, once each, in order (a reply's "Mercedes Hernández is
        decent as Doña Chayo": Mercedes Hernández, as an actor)."""
        tags, _ = self._tag(tokens)
        people: dict[str, PersonMatch] = {}
        for _, tag in tags:
            if tag.kind == "person" and isinstance(tag.value, PersonMatch):
                who = tag.value.who
                role: Role = "actor" if isinstance(who, CastMember) else tag.value.role
                people.setdefault(real_name(who), PersonMatch(who, role))
        return tuple(people.values())

    def _negated_concepts(self, tokens: list[str]) -> set[str]:
        """The concepts named by a word a negation turns ("didn't the reviewer like":
        weakness; [concepts] `negated`)."""
        found: set[str] = set()
        for at, token in enumerate(tokens):
            if token in NEGATING:
                for word in tokens[at + 1 : at + 1 + NEGATION_REACH + 1]:
                    if word in self._negated:
                        found.add(self._negated[word])
        return found

    def knows(self, word: str) -> bool:
        """Whether `word` is a word of the vocabulary, names or titles as written."""
        return word in self._known

    def _corrected(self, tokens: list[str]) -> tuple[list[str], float]:
        """The tokens with typos corrected, and the quality of the reading: the least
        confidence any correction left (1.0 when every word is known as typed)."""
        known = self._known
        if known.issuperset(tokens):
            return tokens, 1.0  # most questions: every word known as typed
        corrected: list[str] = []
        quality = 1.0
        for token in tokens:
            if token in known:  # most words: nothing to correct
                corrected.append(token)
                continue
            word, score = self._correct(token)
            corrected.append(word)
            quality = min(quality, score)
        return corrected, quality

    def _correct(self, token: str) -> tuple[str, float]:
        """The token itself if known, else the closest known word with the same first letter."""
        if token in self._known or len(token) < MIN_TYPO_LENGTH or is_number(token):
            return token, 1.0
        for written, sound in self._sound_alikes.get(token[0], ()):
            if token.startswith(written):
                heard = sound + token[len(written) :]
                if heard in self._known:
                    return heard, 1.0 - TYPO_COST
        edits = _edits(len(token))
        choices = self._spellable.get((token[0], len(token)), ())
        found = process.extractOne(token, choices, scorer=OSA.distance, score_cutoff=edits)
        if found is None:
            stem_word = self._stems.get(token[:STEM])
            if stem_word and inflected(token, stem_word):
                return stem_word, 1.0
            return token, 1.0
        return found[0], 1.0 - TYPO_COST * found[1]

    def rewritten(self, tokens: Sequence[str]) -> list[str]:
        """The words with [rewrites] applied ("the season 2 article" is one word)."""
        return self._rewrite(list(tokens))

    def _rewrite(self, tokens: list[str]) -> list[str]:
        """Replace phrases listed under [rewrites] ("finale" -> "last episode")."""
        starts = self._rewrite_sizes
        if starts.keys().isdisjoint(tokens):
            return tokens
        out: list[str] = []
        index = 0
        while index < len(tokens):
            if tokens[index] not in starts:
                out.append(tokens[index])
                index += 1
                continue
            for size in starts[tokens[index]]:
                if size > len(tokens) - index:
                    continue
                replacement = self._rewrites.get(tuple(tokens[index : index + size]))
                if replacement:
                    out.extend(replacement)
                    index += size
                    break
            else:
                out.append(tokens[index])
                index += 1
        return out

    def _of_a_work(self, tokens: list[str], tags: list[tuple[int, _Tag]]) -> set[str]:
        """The concepts named only as what a work named just before is of ([concepts]
        `of_work`: "the review of the show", "la reseña de Somos"): the work is asked
        about, not they."""
        concepts = [(end, str(tag.value)) for end, tag in tags if tag.kind == "concept"]
        kept, dropped = set(), set()
        for (before_end, before), (end, concept) in itertools.pairwise([(0, ""), *concepts]):
            linking = self._of_work.get(concept)
            between = tokens[before_end : end - 1]
            if (
                linking
                and before in self.work_concepts
                and between[:1]
                and between[0] in linking
                and len(between) <= OF_WORK_REACH
            ):
                dropped.add(concept)
            else:
                kept.add(concept)
        return dropped - kept

    def _tag(self, tokens: list[str]) -> tuple[list[tuple[int, _Tag]], list[str]]:
        """Greedy longest-phrase tagging.

        Returns each tag with the index just past its phrase, and the words left
        unexplained (numbers are never unexplained).
        """
        tags: list[tuple[int, _Tag]] = []
        unknown: list[str] = []
        phrases, by_first, owning = self._phrases, self._starting, self._owning
        count = len(tokens)
        index = 0
        while index < count:
            token = tokens[index]
            # (the lengths Starting.sizes gives, without a call: a step per word)
            starting = by_first.get(token, _NO_PHRASE)
            alone = starting.alone
            sizes = alone if index + 1 == count else starting.after.get(tokens[index + 1], alone)
            for size in sizes:
                if size > count - index:
                    continue
                found = phrases.get((token,) if size == 1 else tuple(tokens[index : index + size]))
                if found and index and tokens[index - 1] in owning:
                    found = self._not_owned(tokens, index, size, found)
                if found:
                    index += size
                    for tag in found:
                        tags.append((index, tag))
                    break
            else:
                if not is_number(token):
                    unknown.append(token)
                index += 1
        return tags, unknown

    def _not_owned(self, tokens: list[str], index: int, size: int, tags: list[_Tag]) -> list[_Tag]:
        """The tags of the phrase of `size` words at `index`, without the concepts that the
        word before it makes the asker's own ("my cousin": [concepts] `not_after`); still
        a known word."""
        before = tokens[index - 1]
        kept = [
            tag
            for tag in tags
            if tag.kind != "concept" or before not in self._not_after.get(str(tag.value), ())
        ]
        return kept or [_Tag("filler", " ".join(tokens[index : index + size]))]

    def _placed(self, tokens: list[str], tags: list[tuple[int, _Tag]]) -> list[tuple[int, _Tag]]:
        """Without the concept of a word that names it only at the end of a question,
        where a topic follows it at once or a verb of saying goes before it: "what's it
        about?" and "what's it about in episode 1?" ask the plot, "tell me about the
        review" asks about the review, "what did critics say about it?" what they said
        ([concepts] `trailing`)."""
        if self._trailing.keys().isdisjoint(tokens):
            return tags

        def before_topic(end: int, tag: _Tag) -> bool:
            if tag.kind != "concept" or self._trailing.get(tokens[end - 1]) != tag.value:
                return False
            if end > 1 and len(tokens) - end <= 1 and tokens[end - 2] in self._forms.speaking:
                return True  # "what did critics say about it?": what was said of it
            start = end  # the topic follows it at once, after an article at most
            if start < len(tokens) and tokens[start] in CLAUSE_OPENERS:
                return False  # "what's it gonna be about if it happens?": a clause follows
            while start < len(tokens) and tokens[start] in ARTICLES:
                start += 1
            if start < len(tokens) - 1 and tokens[start] in _EMBEDDED_ASKING:
                return True  # "what do they say about who it's for?": a question follows
            # (tagging is greedy: the first tags ending past `start` are its phrase's)
            nearest = min((later for later, _ in tags if later > start), default=0)
            return any(
                later == nearest
                and (
                    other.kind == "person"
                    or (other.kind == "concept" and other.value in self.topic_concepts)
                )
                for later, other in tags
            )

        return [(end, tag) for end, tag in tags if not before_topic(end, tag)]

    def _counts_a_noun(self, tokens: list[str], number: str) -> bool:
        """Whether a number counts the noun after it ("which two actors…", "name the 6
        episodes"): a word that is no filler and no episode noun but a plural one follows
        it ("what is 5 called?", "the 4 episode" index one)."""
        at = tokens.index(number)
        after = tokens[at + 1 : at + 2]
        if after and after[0] in self._count_nouns:
            return after[0].endswith(PLURAL)
        if not after or self.is_filler(after[0]):
            return False
        return "title" not in self.concepts_of(after[0])  # "what is 5 called?"

    def _an_episode_by_number(self, tokens: list[str], number: str) -> bool:
        """A lone number after an article, in a message that speaks of episodes
        elsewhere: one of them ("¿cuántos capítulos me faltan si ya vi el 4?", "how many
        episodes come after the 4th… after the 4?")."""
        if self._episode_nouns.isdisjoint(tokens):
            return False
        at = tokens.index(number)
        return bool(at) and tokens[at - 1] in NUMBER_ARTICLES

    def _find_episodes(
        self,
        tokens: list[str],
        tags: list[tuple[int, _Tag]],
        concepts: set[str],
        names_season: bool,
        feminine: bool = False,
    ) -> tuple[tuple[Episode, ...], frozenset[int], frozenset[int], int | None]:
        """Episodes named by number or by title, the numbers named by title and by number,
        and a missing one.

        A lone number asked for by its name ("y el 4 como se llama?") is an episode too,
        but not a Spanish ordinal that agrees with a feminine noun left unsaid (`feminine`:
        "¿y por qué no hay segunda?" is a season, "la primera que me dijiste" an actress;
        "capítulo" and "episodio" are masculine).
        """
        bare = [token for token in tokens if token.isdigit()]
        positions = [t for t in tokens if t.startswith("#")]
        # (a number is a digit or a position: most questions hold neither)
        numbers = _numbers_beside(tokens, self._episode_nouns_or_one) if bare or positions else []
        if (
            not numbers
            and not names_season
            and len(bare) == 1
            and ("title" in concepts or self._an_episode_by_number(tokens, bare[0]))
            and not self._counts_a_noun(tokens, bare[0])
        ):
            numbers = bare
        if (
            not numbers
            and not names_season
            and len(positions) == 1
            and (self._names_an_episode(tags, concepts) or self._alone(tokens, positions))
            # (not an order between two titles: "cuál va primero, el de la luna o el de
            # los lobos?")
            and sum(tag.kind == "title" for _, tag in tags) < 2
            and not feminine
        ):
            numbers = positions  # "the last one, what's it called", "y el cuarto?"
        if (
            len(numbers) < 2
            and not names_season
            and len(positions) == 2
            and "episode" in concepts
            and not feminine
            and self._joined(tokens, positions)
        ):
            # "how many episodes between the first and the last?", "the second and the
            # third episode" (one noun beside the second of them)
            numbers = positions
        if (
            numbers
            and all(n.startswith("#") for n in numbers)
            and self.names_a_list(tokens)
            and self._episode_nouns.isdisjoint(tokens)
        ):
            numbers = []  # "who's the last one in the cast list?": one of the cast
        last = self._last_episode
        found: list[Episode] = []
        for number in numbers:
            value = _position(number, last)
            if value not in self._episodes:
                return (), frozenset(), frozenset(), value
            found.append(self._episodes[value])
        titled = set()
        for at, tag in tags:
            if tag.kind != "title":
                continue
            assert isinstance(tag.value, int)
            episode = self._episodes[tag.value]
            names_show = episode.number in self._titled_as_show
            if names_show and not self._named_as_episode(tokens, concepts):
                continue
            start = at - len(self._show_words)  # tags stand at the end of their phrase
            after_noun = start > 1 and tokens[start - 2] in self._episode_nouns
            if (
                names_show
                and start > 0
                and tokens[start - 1] in PREPOSITIONS
                and (numbers or after_noun)
            ):
                continue  # "el capitulo 5 de Somos", "episode 2 of Somos": the show
            titled.add(episode.number)
            found.append(episode)
        if not numbers and titled and len(bare) == 1 and not names_season:
            numbers = bare  # "el cap de la luna es el 3?": the title and a number
        if (
            numbers
            and numbers != positions
            and len(positions) == 1
            and not names_season
            and not all(n.startswith("#") for n in numbers)  # (a run: "the first 3 eps")
        ):
            # "is episode 5 the last one?": a position names an episode as a title does
            placed = _position(positions[0], last)
            if placed in self._episodes:
                titled.add(placed)
                found.append(self._episodes[placed])
        numbered = frozenset([_position(n, last) for n in numbers]) if numbers else frozenset()
        return tuple(dict.fromkeys(found)) if found else (), frozenset(titled), numbered, None

    def _feminine_ordinal(self, token: str) -> bool:
        """Whether a word is a Spanish ordinal in the feminine ("segunda", "última",
        "2da"): a position whose noun is no episode's."""
        return token.endswith(FEMININE) and self._numbers.get(token, "").startswith("#")

    @staticmethod
    def _names_an_episode(tags: list[tuple[int, _Tag]], concepts: set[str]) -> bool:
        """Whether the question asks an episode's name, or names one by its title."""
        return bool({"title", "what"} & concepts) or any(tag.kind == "title" for _, tag in tags)

    def _joined(self, tokens: list[str], positions: list[str]) -> bool:
        """Whether two positions are joined by "and" with nothing else between ("the
        first and the last", "el primero y el último")."""
        first, second = (
            tokens.index(positions[0]),
            len(tokens) - 1 - tokens[::-1].index(positions[1]),
        )
        between = tokens[first + 1 : second]
        return not JOINED_POSITIONS.isdisjoint(between) and all(
            t in JOINED_POSITIONS or self.is_filler(t) for t in between
        )

    def _alone(self, tokens: list[str], positions: list[str]) -> bool:
        """Whether the positions are all the question says ("y el cuarto?")."""
        return all(t in positions or self.is_filler(t) for t in tokens)

    def _named_as_episode(self, tokens: list[str], concepts: set[str]) -> bool:
        """Whether the show's own name is used as an episode's: it follows an episode word
        ("the episode (called) Somos"), or the question asks an episode's name.
        """
        if "how_many" in concepts:  # "how many episodes does Somos have": the show
            return False
        if "title" in concepts and self._episode_nouns_or_one.intersection(tokens):
            return True
        for index, token in enumerate(tokens):
            if token == self._show_words[0] and any(
                t in self._episode_nouns for t in tokens[max(0, index - 4) : index]
            ):
                return True
        return False

    def _find_season(self, tokens: list[str]) -> tuple[int | None, int | None]:
        numbers = _numbers_beside(tokens, self._season_nouns)
        if not numbers:
            return None, None
        value = _position(numbers[0], 1)
        if value in (1, 2):
            return value, None
        return None, value

    def topics(self, concepts: Iterable[str]) -> tuple[Intent, ...]:
        """The intents the concepts ask for, best first, as `read` ranks them."""
        return tuple(intent for intent, _, _ in self._where_told(self._rank(set(concepts))))

    def _cited(self, tokens: list[str], tags: list[tuple[int, _Tag]]) -> frozenset[str]:
        """The concepts of works cited as saying something ("the review says it's based
        on an article", "¿qué artículo menciona la reseña?": the review says it, the
        article is asked about)."""

        def said_by(end: int) -> bool:
            before = end - 2  # the word before a one-word name, past an article
            while before >= 0 and tokens[before] in ARTICLES:
                before -= 1
            if before > 0 and tokens[before] == "to" and tokens[before - 1] == "according":
                before -= 1  # "according to the review"
            after = tokens[end : end + 1]  # "the review says", "menciona la reseña"
            speaking = self.speaking
            return bool(speaking.intersection(after)) or (
                before >= 0 and tokens[before] in speaking
            )

        # (a work's own concept, or the concept of a word that mentions a source: "what
        # does the article say about a second season?")
        return frozenset(
            str(tag.value)
            for end, tag in tags
            if tag.kind == "concept"
            and (tag.value in self.work_concepts or tokens[end - 1] in self.mention_words)
            and said_by(end)
        )

    def _rank(
        self, present: set[str], cited: frozenset[str] = frozenset()
    ) -> list[tuple[Intent, float, frozenset[str]]]:
        """Intents whose cues are all present, most specific first, file order on ties.

        A topic the sources do not cover outranks every answer whose cue does not
        mention that topic itself: "runtime of episode 1" is about the runtime. A work
        cited as saying something turns no topic away (`unless`): "the review says it's
        based on an article" still asks about the article.
        """
        best: dict[int, tuple[tuple[float, int], frozenset[str]]] = {}
        for concept in present:
            for order, cue, key in self._cues_by_concept.get(concept, ()):
                if cue <= present and (order not in best or key > best[order][0]):
                    best[order] = (key, cue)
        intents = self._intents
        turning = present - cited if cited else present
        keyed: list[tuple[float, int, frozenset[str]]] = []  # (-specificity, order, cue)
        unknown_topics: set[str] = set()
        for order, (key, cue) in best.items():
            intent = intents[order]
            if intent.unless.isdisjoint(turning):
                keyed.append((-key[0], order, cue))
                if not intent.answerable:
                    unknown_topics |= cue
        keyed.sort()  # (orders are unique: no two tuples compare past them)
        if unknown_topics:  # the overruled after the rest, each in that order (a stable sort)
            keyed.sort(key=lambda k: intents[k[1]].answerable and not k[2] & unknown_topics)
        return [(intents[order], -negative, cue) for negative, order, cue in keyed]

    def _where_told(
        self,
        ranked: list[tuple[Intent, float, frozenset[str]]],
        cited: frozenset[str] = frozenset(),
    ) -> list[tuple[Intent, float, frozenset[str]]]:
        """A source named only as where to look ("does the review say who is to blame
        for the massacre?", "qué dice la reseña de la DEA"): the topic asked about wins
        over the summary of that source, when the source states the topic's facts.
        """
        if len(ranked) < 2:
            return ranked
        best, _, cue = ranked[0]
        # (its cue is the work's name, or a word citing it: "what does the article say…")
        named = cue - self._weak
        if best.work is None or not (named == {best.work} or (named and named <= cited)):
            return ranked
        facts = self._knowledge.facts
        where = {best.work, best.source}  # "review"; the season 2 article's source id
        for index, (intent, _, own) in enumerate(ranked[1:], start=1):
            # (or a topic of people, which no fact table states and each source names
            # some of: "which two actors does the season 2 article say star in it?")
            of_people = not intent.facts and intent.answerable and not intent.chat
            if intent.work != best.work and (
                any(
                    where.intersection(facts[name].sources)
                    for name in intent.facts
                    if name in facts
                )
                or (of_people and any(not c.startswith("@") for c in own - self._weak))
            ):
                return [ranked[index], *ranked[:index], *ranked[index + 1 :]]
        return ranked

    def _specificity(self, cue: frozenset[str]) -> float:
        return sum(0.5 if concept in self._weak else 1.0 for concept in cue)


def number_words(vocabulary: Vocabulary) -> dict[str, str]:
    """Number words to the tokens the matcher uses: "three" -> "3", "third" -> "#3"."""
    numbers: dict[str, str] = {}
    for value, group in enumerate(vocabulary.cardinals, start=1):
        numbers.update({fold(word): str(value) for word in group})
    for value, group in enumerate(vocabulary.ordinals, start=1):
        numbers.update({fold(word): f"#{value}" for word in group})
    numbers.update({fold(word): "#last" for word in vocabulary.last})
    numbers.update({fold(word): "#penultimate" for word in vocabulary.second_last})
    numbers.update({fold(word): "#antepenultimate" for word in vocabulary.third_last})
    return numbers


def _edits(length: int) -> int:
    """The edits a typo of a word this long may hold (a swap of two letters is one)."""
    return 1 if length < LONG_WORD else 2


def _position(number: str, last: int) -> int:
    """The index a number token gives: "3" and "#3" are 3, "#last" is `last`."""
    if number == "#last":
        return last
    if number == "#penultimate":
        return last - 1
    if number == "#antepenultimate":
        return last - 2
    if number.startswith("#last-"):
        return last - int(number[6:])
    return int(number.lstrip("#"))


def _single_words(phrases: Iterable[str]) -> frozenset[str]:
    """The one-word entries of a concept, as tokens ("episode", "ep", "capitulo", ...)."""
    return frozenset(key[0] for key in map(words, phrases) if len(key) == 1)


def _numbers_beside(tokens: list[str], nouns: frozenset[str]) -> list[str]:
    """Numbers that index a noun: "episode 3", "episode #3", "3rd episode", "last episode".

    A plain number before the noun ("6 episodes") is a count, not an index.
    """
    found: list[str] = []
    if nouns.isdisjoint(tokens):
        return found  # most questions: no such noun
    for index, token in enumerate(tokens):
        if token not in nouns:
            continue
        after = tokens[index + 1 : index + 3]
        if after[:1] in (["number"], ["no"], ["numero"]):
            after = after[1:]
        run = _run_before(tokens[max(0, index - 2) : index])
        if run:
            found.extend(run)  # "the last 2 eps", "los primeros tres caps"
        elif after and is_number(after[0]):
            found.append(after[0])
            # ... and those joined to it: "episodes 5 and 6", "entre el capitulo 1 y 3",
            # "el cap 3 y el 4", "el cap 2 ni el 5"
            at = tokens.index(after[0], index + 1) + 1
            while at + 1 < len(tokens) and tokens[at] in JOINED_POSITIONS:
                step = 2 if tokens[at + 1] in ARTICLES and at + 2 < len(tokens) else 1
                if not tokens[at + step].isdigit():
                    break
                found.append(tokens[at + step])
                at += step + 1
        elif index > 0 and tokens[index - 1].startswith("#"):
            # ... and those joined to it: "the first and last episodes"
            at = index - 1
            while at >= 2 and tokens[at - 1] in JOINED_POSITIONS and tokens[at - 2].startswith("#"):
                at -= 2
            found.extend(tokens[i] for i in range(at, index, 2))
    return found


def _run_before(pair: list[str]) -> list[str]:
    """The positions a count and an end name together before an episode noun ("the
    first 3", "the last 2", "los 2 ultimos"): the run of that many from that end."""
    if len(pair) != 2:
        return []
    count, end = (pair[1], pair[0]) if pair[1].isdigit() else (pair[0], pair[1])
    if not count.isdigit() or end not in RUN_ENDS or not 1 < int(count) <= MAX_RUN:
        return []
    if end == "#1":
        return [f"#{n}" for n in range(1, int(count) + 1)]
    return [f"#last-{back}" for back in range(int(count) - 1, 0, -1)] + ["#last"]


def _person_names(knowledge: Knowledge) -> list[tuple[PersonMatch, list[str]]]:
    """Every way each person may be named: full names, data aliases, unique name parts."""
    entries: list[tuple[PersonMatch, list[str]]] = []
    for member in knowledge.cast:
        # (the aliases name the part, named or not: "the crooked manager" is a part,
        # whose player "is the crooked manager played by Jero Medina?" claims)
        part = [member.character] if member.character else []
        if part or member.aliases:
            entries.append((PersonMatch(member, "character"), [*part, *member.aliases]))
        entries.append((PersonMatch(member, "actor"), [member.actor]))
    for person in knowledge.people:
        entries.append((PersonMatch(person, "crew"), [person.name, *person.aliases]))
    taken = {
        word
        for phrases in knowledge.vocabulary.concepts.values()
        for p in phrases
        for word in words(p)
    }
    taken |= {word for phrase in knowledge.vocabulary.fillers for word in words(phrase)}
    part_owners: dict[str, set[int]] = {}
    for index, (match, _) in enumerate(entries):
        if match.role == "actor":
            assert isinstance(match.who, CastMember)
            for part in words(match.who.actor):
                part_owners.setdefault(part, set()).add(index)
    for part, owners in part_owners.items():
        if len(owners) == 1 and len(part) >= 4 and part not in taken:
            entries[next(iter(owners))][1].append(part)
    return entries


def _described_by(knowledge: Knowledge, taken: set[str]) -> dict[str, PersonMatch]:
    """The words of a character's description, in every language, that describe no one
    else and are no word of the vocabulary or name of a thing ("forced", "obligado"):
    evidence of whom a question describes ("the guy forced to help the DEA")."""
    owners: dict[str, set[str]] = {}
    matches: dict[str, PersonMatch] = {}
    # (the part described, named or not: "is the crooked manager played by Jero Medina?"
    # claims who plays that part)
    for member in knowledge.cast:
        matches[member.actor] = PersonMatch(member, "character")
    for code in knowledge.languages:
        for member in knowledge.in_language(code).cast:
            for word in words(member.description or ""):
                if len(word) >= MIN_TYPO_LENGTH and word not in taken:  # ("lets", "sabe")
                    owners.setdefault(word, set()).add(member.actor)
    return {word: matches[next(iter(who))] for word, who in owners.items() if len(who) == 1}


def real_name(who: CastMember | Person) -> str:
    """The real person's name: the actor's for a cast member (a pronoun points at a
    real person, and "the same guy" is the actor)."""
    return who.actor if isinstance(who, CastMember) else who.name


def names_of(who: CastMember | Person) -> tuple[str, ...]:
    """Every name someone goes by: their own, their character's, their other spellings."""
    if isinstance(who, CastMember):
        return (who.actor, who.character or "", *who.aliases)
    return (who.name, *who.aliases)


def substance(text: str) -> list[str]:
    """The words of substance of a description or title: not "la", "que", "the"."""
    return [word for word in words(text) if len(word) > MIN_TYPO_LENGTH]
