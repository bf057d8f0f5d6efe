"""Every reply the bot can give, read as a careful fan would against the two sources.

The replies are rendered two ways: every composer's template with every fact it takes
(each intent, with each episode and each person it can be about, plain and as "Yes:",
"No:" and "my sources don't say"; every decline), in each language; and the reply to
every question and conversation turn of the banks. Each reply is then checked:

- a quoted title or quote appears in the sources as written;
- each number, date and year is one the sources give;
- no pronoun or gendered word gives anyone a gender the sources don't;
- no sentence is empty, doubled or unpunctuated, no line starts in lower case;
- spoiler tags hold only what the fact files mark as giving the finale away.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import cache

import pytest

from bot.engine import Engine
from bot.engine.compose import Composer
from bot.engine.decide import Outcome
from bot.engine.understand import PersonMatch, Reading
from bot.knowledge import Knowledge, load
from tests.banks.check import BANKS, BANKS_TODAY, load_bank, load_conversations
from tests.seeds import SEEDS

# Who the sources give a gender, and which: the review says of James Schamus that "he
# focusses", the article that "he felt"; the review says Doña Chayo "knows more about
# the town than she lets on". Nobody else is given one.
GENDERED = {"m": ("Schamus",), "f": ("Chayo",)}
# Words that give a gender, per reply language.
GENDER_WORDS = {
    "en": {
        "m": ("he", "him", "his", "himself"),
        "f": ("she", "her", "hers", "herself"),
    },
    "es": {
        "m": ("él", "el actor", "un actor", "escritor", "autor", "creador", "ganador",
              "el periodista", "un gerente", "interpretado por", "corrupto"),
        "f": ("ella", "actriz", "escritora", "autora", "creadora", "ganadora",
              "la periodista", "una gerente", "interpretada por", "la directora"),
    },
}  # fmt: skip


# Words that say more than a source does when the source has none of them ("new
# episodes could come sometime in 2023 at the earliest": the article says "sometime in
# 2023").
OVERSTATING = {
    "en": ("at the earliest", "at the latest", "definitely", "officially", "for sure",
           "certainly", "confirmed"),
    "es": ("como pronto", "como muy pronto", "como tarde", "definitivamente", "oficialmente",
           "sin duda", "confirmad"),
}  # fmt: skip


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@cache
def _sources() -> str:
    texts = sorted(SEEDS.glob("*.txt"))
    assert texts, f"no source texts in {SEEDS}"
    return _plain(" ".join(path.read_text(encoding="utf-8") for path in texts))


_MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


@cache
def _source_numbers() -> frozenset[int]:
    found = {int(n) for n in re.findall(r"\d+", _sources())}
    words = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    found |= {i + 1 for i, w in enumerate(words) if re.search(rf"\b{w}\b", _sources(), re.I)}
    # the years between two dates the sources give ("about 10 years apart"), or one and
    # today, the banks' (the day the tests answer "how long ago" as of)
    years = [n for n in found if 1900 < n < 2100] + [BANKS_TODAY.year]
    # ... the days, weeks and months between two of their dates ("5 weeks and 1 day
    # (36 days)"), or one and today ("5 years and 5 months ago")
    dates = [dt.date(y, m, d or 1) for d, m, y in _source_dates()] + [BANKS_TODAY]
    spans = set()
    for start, end in itertools.permutations(dates, 2):
        if start < end:
            days, months = (
                (end - start).days,
                (end.year - start.year) * 12 + end.month - start.month,
            )
            spans |= {days, *divmod(days, 7), months, months - 1, *divmod(months, 12)}
            spans |= {*divmod(months - 1, 12)}
    # how many of the cast each source names ("the article names eight of the cast")
    listed = {sum(source in m.sources for m in load().cast) for source in ("article", "review")}
    return frozenset(
        found | {abs(a - b) for a in years for b in years} | spans | listed | {years[-1]}
    )


@cache
def _source_dates() -> frozenset[tuple[int | None, int, int]]:
    """(day or None, month, year) of each date written in the sources."""
    months = "|".join(_MONTHS_EN)
    dates: set[tuple[int | None, int, int]] = set()
    for month, day, year in re.findall(rf"({months}) (?:(\d{{1,2}}), )?(\d{{4}})", _sources()):
        number = _MONTHS_EN.index(month) + 1
        dates |= {(int(day) if day else None, number, int(year)), (None, number, int(year))}
    today = BANKS_TODAY  # ("… ago; today is 1 December 2026")
    return frozenset(dates | {(today.day, today.month, today.year)})


def _problems(text: str, knowledge: Knowledge, code: str, asked: str = "") -> Iterator[str]:
    """What a reply says beyond the sources; a number the question itself gives may be
    said back ("there is no episode 7")."""
    language = knowledge.languages[code]
    months: list[str] = list(language.settings["months"])  # type: ignore[arg-type]
    spoiler_values = _spoiler_values(knowledge, code)
    body = _plain(text)
    for quoted in re.findall(r"“([^”]*)”|«([^»]*)»", body):
        quote = "".join(quoted)
        if quote not in _sources():
            yield f"quotes {quote!r}, which the sources don't write so"
    unquoted = re.sub(r"“[^”]*”|«[^»]*»|\"[^\"]*\"", " ", body)
    for number in re.findall(r"(?<![\w.])\d+(?![\w])", unquoted):
        if int(number) not in _source_numbers() and number not in re.findall(r"\d+", asked):
            yield f"gives the number {number}, which the sources don't"
    names = [w for w in language.settings.get("number_words", ()) if isinstance(w, str)]
    for index, word in enumerate(names):
        found = index > 1 and re.search(rf"\b{word}\b", unquoted, re.I)
        if found and index not in _source_numbers():
            yield f"gives the number {word!r}, which the sources don't"
    month_names = "|".join(months)
    day_month = r"(\d{1,2}) (?:de )?" if code == "es" else r"(\d{1,2}) "
    for day, month, year in re.findall(
        rf"(?:{day_month})?({month_names}) (?:de )?(\d{{4}})", unquoted, re.I
    ):
        number = [m.casefold() for m in months].index(month.casefold()) + 1
        date = (int(day) if day else None, number, int(year))
        if date not in _source_dates():
            yield f"gives the date {day} {month} {year}, which the sources don't"
    lowered = unquoted.casefold()
    for phrase in OVERSTATING[code]:
        if phrase in lowered and phrase not in _sources().casefold():
            yield f"says {phrase!r}, more than the sources do"
    for gender, gendered_words in GENDER_WORDS[code].items():
        for word in gendered_words:
            found = re.search(rf"(?<!\w){word}(?!\w)", lowered)
            if found and not any(name in body for name in GENDERED[gender]):
                yield f"{word!r} gives someone a gender the sources don't"
    title = str(knowledge.facts["show"]["title"])
    for line in text.split("\n"):
        # (the show's title ends in a full stop of its own: "created Somos., is …")
        line = re.sub(rf"{re.escape(title)}(?![”»\"]|$)", title.rstrip("."), line.strip())
        if not line:
            yield "has an empty line"
            continue
        if line[0].islower():
            yield f"starts a line in lower case: {line[:40]!r}"
        if not re.search(r"[.!?:”\"»)|]$", line):
            yield f"a line ends without punctuation: {line[-40:]!r}"
        if re.search(r"(?<!\.)\.[”»\"]?\.(?!\.)|\s[.,;:]|,,|;;|\.\s*[,;]", line):
            yield f"doubled or stray punctuation: {line!r}"
        # (a second part of the reply may repeat what it confirms: "Yes: … on 30 June 2021")
        full_dates = re.findall(rf"\d{{1,2}} (?:de )?(?:{month_names}) (?:de )?\d{{4}}", line)
        for date in {d for d in full_dates if full_dates.count(d) > 1}:
            yield f"gives the date {date} twice"
        sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚ¿¡“])", line) if s]
        doubled = {s for s in sentences if len(s) > 15 and sentences.count(s) > 1}
        for sentence in doubled:
            yield f"says {sentence[:50]!r} twice"
    for hidden in re.findall(r"\|\|(.*?)\|\|", body):
        if not any(value in hidden for value in spoiler_values):
            yield f"hides {hidden[:50]!r}, which no fact marks as a spoiler"


_SPOILERS: dict[tuple[int, str], frozenset[str]] = {}


def _spoiler_values(knowledge: Knowledge, code: str) -> frozenset[str]:
    """The fact values marked as giving the finale away, in language `code`."""
    key = (id(knowledge), code)
    if key not in _SPOILERS:
        _SPOILERS[key] = _spoiler_values_of(knowledge.in_language(code))
    return _SPOILERS[key]


def _spoiler_values_of(knowledge: Knowledge) -> frozenset[str]:
    values: set[str] = set()
    for fact in knowledge.facts.values():
        values |= {str(fact.values[name]) for name in fact.spoilers}
    for episode in knowledge.episodes:
        if episode.note and episode.spoilers:
            values.add(episode.note)
    return frozenset(_plain(v) for v in values)


def _readings(knowledge: Knowledge) -> Iterator[Reading]:
    """A reading of every intent a composer answers, with each item it can be about."""
    for intent in knowledge.intents:
        base = Reading(intent, 1.0)
        if intent.name == "episode":
            for episode in knowledge.episodes:
                yield Reading(intent, 1.0, episodes=(episode,))
                yield Reading(intent, 1.0, episodes=(episode,), titled=frozenset({episode.number}))
            yield Reading(intent, 1.0, episodes=knowledge.episodes[:2])
        elif intent.name == "date_gap":
            dated = ("story.year", "release.date", "source_article.year", "blog_post.date")
            for first, second in itertools.combinations(dated, 2):
                yield Reading(intent, 1.0, dated=(first, second))
                yield Reading(intent, 1.0, dated=(first, second), concepts=frozenset({"order"}))
        elif intent.name in ("person", "director"):
            for member in knowledge.cast:
                yield Reading(intent, 1.0, people=(PersonMatch(member, "actor"),))
                if member.character:
                    yield Reading(intent, 1.0, people=(PersonMatch(member, "character"),))
            for person in knowledge.people:
                yield Reading(intent, 1.0, people=(PersonMatch(person, "crew"),))
        else:
            yield base


def _rendered(knowledge: Knowledge) -> Iterator[tuple[str, str, str]]:
    """(language, what was rendered, the reply) for every template with every fact."""
    for code, language in knowledge.languages.items():
        composer = Composer(knowledge.in_language(code), language)
        for reading in _readings(knowledge):
            assert reading.intent is not None
            what = f"{reading.intent.name} {[e.number for e in reading.episodes]} " + str(
                [getattr(p.who, "actor", getattr(p.who, "name", "")) for p in reading.people]
            )
            if reading.intent.answerable and reading.intent.name in composer.intents:
                text = composer.answer(reading).text
                for outcome in (Outcome.ANSWER, Outcome.YES, Outcome.NO, Outcome.UNSAID):
                    yield code, f"{what} as {outcome.value}", composer.with_outcome(outcome, text)
            else:
                yield code, f"{what} declined", composer.decline(reading)
        for variety in range(12):
            yield code, f"general decline {variety}", composer.decline_generally(variety)
        yield code, "whom", composer.whom()
        yield code, "suggest", composer.suggest(composer.examples(0, 2))
        for member in knowledge.cast:
            yield code, f"autocomplete {member.actor}", composer.cast_choice(member) + "."


def _bank_replies(engine: Engine) -> Iterator[tuple[str, str, str]]:
    for path in sorted(BANKS.glob("*.toml")):
        if path.name.startswith("chatter"):
            continue
        text = path.read_text(encoding="utf-8")
        if "[[conversation]]" in text:
            for conversation in load_conversations(path.name):
                context = None
                for turn in conversation.turns:
                    answer = engine.answer(turn.text, conversation.language, context)
                    context = answer.context
                    yield answer.language, _shown(path.name, turn.text), answer.text
        else:
            for question in load_bank(path.name):
                answer = engine.answer(question.text)
                yield answer.language, _shown(path.name, question.text), answer.text


def _shown(bank: str, text: str) -> str:
    """A bank question as a failure message shows it: a holdout's is kept unread (its
    numbers alone, which a reply may say back)."""
    if "_holdout" not in bank:
        return text
    return f"{_UNREAD} {bank}: its numbers {re.findall(r'[0-9]+', text)}"


_UNREAD = "(a holdout's question, kept unread)"


def _report(
    replies: Iterator[tuple[str, str, str]], knowledge: Knowledge, asked: bool = False
) -> list[str]:
    """The problems of each reply; `asked`: each reply's `what` is the question it
    answers."""
    found = []
    for code, what, text in replies:
        problems = _problems(text, knowledge, code, what if asked else "")
        shown = "(its reply unread too)" if what.startswith(_UNREAD) else repr(text)
        found += [f"[{code}] {what}: {p}\n    {shown}" for p in problems]
    return found


def test_every_template_with_every_fact_says_only_what_the_sources_do(
    knowledge: Knowledge,
) -> None:
    problems = _report(_rendered(knowledge), knowledge)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:30])


def test_every_bank_reply_says_only_what_the_sources_do(
    engine: Engine, knowledge: Knowledge
) -> None:
    problems = _report(_bank_replies(engine), knowledge, asked=True)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(sorted(set(problems))[:40])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("The review is by Rony Patra: “Based on true events, this series will make you cry”.",
         "quotes"),
        ("All six episodes came out on 30 June 2020.", "date"),
        ("It came out in 2019.", "number"),
        ("Rony Patra liked it: he recommends it.", "gender"),
        ("New episodes could come sometime in 2023 at the earliest.", "more than"),
        ("Author Fernanda Melchor co-wrote it; she is a novelist.", "gender"),
        ("Episode 6 of Somos. is “Somos.”.", "punctuation"),
        ("author Fernanda Melchor co-wrote it.", "lower case"),
        ("It came out on 30 June 2021. It came out on 30 June 2021.", "twice"),
        ("It has six episodes", "punctuation"),
        ("The cast: ||Jero Medina as Benjamín||.", "spoiler"),
    ],
)  # fmt: skip
def test_the_check_finds_what_a_careful_reader_would(
    knowledge: Knowledge, text: str, problem: str
) -> None:
    found = " ".join(_problems(text, knowledge, "en"))
    words = {"punctuation": ("punctuation", "ends without"), "number": ("number",)}
    assert any(w in found for w in words.get(problem, (problem,))), found


def test_the_check_passes_a_faithful_reply(knowledge: Knowledge) -> None:
    faithful = (
        "All six episodes of Somos. were released on Netflix on 30 June 2021. "
        "James Schamus said he felt he needed to reveal the existence of all kinds of people."
    )
    assert list(_problems(faithful, knowledge, "en")) == []
    assert list(_problems("Fernanda Melchor la coescribió.", knowledge, "es")) == []


@pytest.mark.parametrize(
    "question",
    ["is the review positive", "what did the review say", "is it worth watching",
     "la reseña es positiva?", "vale la pena verla?", "qué dijo la reseña"],
)  # fmt: skip
def test_a_reply_that_weighs_the_review_carries_both_sides(
    engine: Engine, knowledge: Knowledge, question: str
) -> None:
    """The review recommends it, and says it is not for everybody and can trigger: a
    reply that gives its verdict gives both, never the praise alone."""
    answer = engine.answer(question)
    review = knowledge.in_language(answer.language).facts["review"].values
    text = _plain(answer.text)
    praise = [review["enjoyed"], *review["strengths"], review["audience"]]
    against = [review["content_warning"], *review["weaknesses"]]
    assert any(_plain(p) in text for p in praise), text
    assert any(_plain(a) in text for a in against), text
