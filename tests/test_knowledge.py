"""The fact files: what they hold, and what a fan's mistake in them produces."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.knowledge as knowledge_module
from bot.engine import Engine
from bot.knowledge import DEFAULT_DIR, Knowledge, KnowledgeError, load

# where the goodbye intent stands in intents.toml (the loader counts from 1)
BYE = 1 + [intent.name for intent in load().intents].index("smalltalk_bye")
CONFIRM = 1 + [intent.name for intent in load().intents].index("smalltalk_confirm")
ASIDE = 1 + [intent.name for intent in load().intents].index("smalltalk_aside")
MERCEDES = 1 + [m.actor for m in load().cast].index("Mercedes Hernández")
FILMING = 1 + [intent.name for intent in load().intents].index("filming")
# where the season 2 article's intent stands (its `source` names a source id)
SEASON2_ARTICLE = 1 + [intent.name for intent in load().intents].index("season2_article")


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, target)
    return target


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_real_fact_base_loads(knowledge: Knowledge) -> None:
    assert [e.number for e in knowledge.episodes] == [1, 2, 3, 4, 5, 6]
    assert knowledge.facts["show"]["season_count"] == 1
    assert knowledge.facts["renewal"].as_of is not None
    assert len(knowledge.cast) == 9


def test_every_fact_names_a_known_source(knowledge: Knowledge) -> None:
    groups = [*knowledge.facts.values(), *knowledge.episodes, *knowledge.cast, *knowledge.people]
    for group in groups:
        assert group.sources
        assert set(group.sources) <= set(knowledge.sources)


def test_facts_record_the_correct_reading_not_the_sources_slips(knowledge: Knowledge) -> None:
    assert knowledge.episodes[0].title == "The Lazy Herd"
    chayo = next(m for m in knowledge.cast if m.actor.startswith("Mercedes"))
    assert chayo.character == "Doña Chayo" and chayo.actor == "Mercedes Hernández"
    assert knowledge.facts["source_article"]["publisher"] == "ProPublica"


@pytest.mark.parametrize(
    ("file", "old", "new", "where", "problem"),
    [
        (
            "episodes.toml",
            'title = "The Lazy Herd"',
            'title = "The Lazy Herd',
            "",
            "not valid TOML",
        ),
        ("episodes.toml", 'title = "The Lazy Herd"\n', "", "episode[1].title", "missing required"),
        ("episodes.toml", "number = 2\n", "number = 1\n", "episode[2].number", "duplicate episode"),
        (
            "episodes.toml",
            "number = 3\n",
            'number = "three"\n',
            "episode[3].number",
            "whole number",
        ),
        (
            "cast.toml",
            'sources = ["article"]',
            'sources = ["wikipedia"]',
            "cast[1].sources",
            "unknown source id 'wikipedia'",
        ),
        (
            "cast.toml",
            'sources = ["article"]',
            "sources = []",
            "cast[1].sources",
            "at least one source",
        ),
        (
            "cast.toml",
            'aliases = ["benjamin", "benja"]',
            'aliases = ["benjamin", ""]',
            "cast[1].aliases[2]",
            "non-empty string",
        ),
        ("show.toml", "date = 2021-06-30", 'date = "June 30"', "release.date", "a date"),
        ("show.toml", "[renewal]", "[renewals]", "renewal", "missing table"),
        ("review.toml", 'author = "Rony Patra"\n', "", "review.author", "missing required"),
        (
            "intents.toml",
            'cues = [["filming"]]',
            'cues = [["filmin"]]',
            f"intent[{FILMING}].cues[1]",
            "unknown concept 'filmin'",
        ),
        ("replies/en.toml", 'release = "All', 'released = "All', "replies.release", "missing"),
        ("vocabulary.toml", "[numbers]", "[number]", "numbers", "missing table"),
        ("questions.toml", 'qe = "que"', "qe = 3", "spellings.qe", "must be"),
        (
            "vocabulary.toml",
            'sound_alikes = [["y", "ll"],',
            'sound_alikes = [["y"],',
            "spelling.sound_alikes[0]",
            "pair of non-empty strings",
        ),
        (
            "vocabulary.toml",
            'sound_alikes = [["y", "ll"],',
            'sound_alikes = [["", "h"],',
            "spelling.sound_alikes[0]",
            "pair of non-empty strings",
        ),
        (
            "questions.toml",
            'credits = ["cast", "star",',
            'credits = ["cast", "stars",',
            "involved.credits",
            "unknown credit 'stars'",
        ),
        (
            "vocabulary.toml",
            'trailing = ["about"]',
            'trailing = ["abuot"]',
            "concepts.plot.trailing",
            "the concept's own words",
        ),
        (
            "intents.toml",
            'name = "smalltalk_bye"\ncues = [["bye"]]\nchat = true',
            'name = "smalltalk_bye"\ncues = [["bye"]]',
            f"intent[{BYE}].closes",
            "only small talk",
        ),
        (
            "cast.toml",
            "billed = 1\n",
            "billed = -1\n",
            f"cast[{MERCEDES}].billed",
            "only of a star",
        ),
        (
            "vocabulary.toml",
            'things_class = "work"',
            'things_class = "works"',
            "concepts.other_of_kind.things_class",
            "unknown class of things 'works'",
        ),
        (
            "questions.toml",
            'works = ["review"]',
            'works = ["reviews"]',
            "undated.works",
            "unknown intent with a work 'reviews'",
        ),
        (
            "intents.toml",
            'name = "smalltalk_aside"\nchat = true',
            'name = "smalltalk_aside"',
            f"intent[{ASIDE}].aside",
            "only small talk",
        ),
        (
            "intents.toml",
            'name = "smalltalk_aside"\nchat = true\naside = true\n',
            'name = "smalltalk_aside"\nchat = true\naside = true\n\n'
            '[[intent]]\nname = "smalltalk_aside2"\nchat = true\naside = true\n',
            f"intent[{ASIDE + 1}].aside",
            "only one intent is the aside",
        ),
        (
            "intents.toml",
            'name = "smalltalk_aside"\nchat = true\naside = true',
            'name = "smalltalk_aside"\ncues = [["bye"]]\nchat = true\naside = true',
            f"intent[{ASIDE}].cues",
            "an aside has no cues",
        ),
        (
            "replies/es.toml",
            'character = "¿Quién interpreta a {character}?"\n',
            "",
            "examples.character",
            "missing",
        ),
        (
            "intents.toml",
            'name = "smalltalk_confirm"\ncues = [["confirm"]]\nchat = true',
            'name = "smalltalk_confirm"\ncues = [["confirm"]]',
            f"intent[{CONFIRM}].confirms",
            "only small talk",
        ),
        (
            "vocabulary.toml",
            'not_after = ["my",',
            'not_after = [1, "my",',
            "concepts.family.not_after[1]",
            "a non-empty string",
        ),
        (
            "intents.toml",
            'source = "article"',
            'source = "the article"',
            f"intent[{SEASON2_ARTICLE}].source",
            "unknown source 'the article'",
        ),
        (
            "questions.toml",
            '"story.year" = [',
            '"story.years" = [',
            "dated.story.years",
            "a date or a year",
        ),
        (
            "questions.toml",
            'decent = ["like",',
            'fine = ["like",',
            "praise.fine",
            "unknown rating",
        ),
        (
            "questions.toml",
            'week = ["week"',
            'fortnight = ["week"',
            "spans.units.fortnight",
            "unknown unit",
        ),
        (
            "replies/en.toml",
            'decade = ["decade", "decades"]',
            'decade = ["decades"]',
            "language.units.decade",
            "for one and for more",
        ),
        ("sources.toml", 'id = "article"', 'id = "review"', "source[2].id", "duplicate source id"),
        ("sources.toml", 'as_of = "2022-06"', 'as_of = "June 2022"', "source[2].as_of", "a month"),
        ("show.toml", 'as_of = "2022-06"', 'as_of = "2022-13"', "watch.as_of", "a month"),
        (
            "show.toml",
            'publisher = ["review"]',
            'publishr = ["review"]',
            "source_article.said_by.publishr",
            "not a field here",
        ),
        (
            "show.toml",
            'year = ["review"]\n',
            'year = ["blog"]\n',
            "source_article.said_by.year",
            "this group's sources",
        ),
        (
            "people.toml",
            'credits = ["reviewer"]',
            'credits = ["critic"]',
            "credits.critic",
            "missing required",
        ),
    ],
)
def test_malformed_file_names_file_and_field(
    copy: Path, file: str, old: str, new: str, where: str, problem: str
) -> None:
    replace(copy / file, old, new)
    with pytest.raises(KnowledgeError) as caught:
        Engine.from_directory(copy)
    error = caught.value
    # A credit id used in people.toml must be worded in every reply language.
    expected_file = (
        "knowledge/replies/en.toml" if where.startswith("credits") else f"knowledge/{file}"
    )
    assert error.file == expected_file, str(error)
    assert error.where == where, str(error)
    assert problem in error.problem, str(error)


def test_missing_file_is_named(copy: Path) -> None:
    (copy / "cast.toml").unlink()
    with pytest.raises(KnowledgeError, match=r"knowledge/cast\.toml: file is missing"):
        load(copy)


def test_episode_count_must_match_the_show(copy: Path) -> None:
    replace(copy / "show.toml", "episode_count = 6", "episode_count = 7")
    with pytest.raises(KnowledgeError, match=r"lists 6 episodes but show\.toml says 7"):
        load(copy)


FACT_FILES = sorted(p.relative_to(DEFAULT_DIR).as_posix() for p in DEFAULT_DIR.rglob("*.toml"))
WRONG_VALUES = ['""', "7", "true", "[]", '[""]', "{}", "2021-06-30", '"x"', "[1, 2]"]


@st.composite
def damaged_fact_base(draw: st.DrawFn) -> tuple[str, str]:
    """One fact file, with one line deleted, one value of the wrong kind, or cut short."""
    name = draw(st.sampled_from(FACT_FILES))
    lines = (DEFAULT_DIR / name).read_text(encoding="utf-8").splitlines(keepends=True)
    index = draw(st.integers(0, len(lines) - 1))
    damage = draw(st.sampled_from(["delete", "retype", "truncate"]))
    if damage == "delete":
        del lines[index]
    elif damage == "retype" and "=" in lines[index]:
        key = lines[index].split("=", 1)[0]
        lines[index] = f"{key}= {draw(st.sampled_from(WRONG_VALUES))}\n"
    else:
        lines = lines[:index]
    return name, "".join(lines)


@settings(max_examples=150, deadline=None)
@given(damaged_fact_base())
def test_any_damage_is_reported_as_a_knowledge_error_or_still_loads(damage: tuple[str, str]):
    name, text = damage
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary) / "knowledge"
        shutil.copytree(DEFAULT_DIR, directory)
        (directory / name).write_text(text, encoding="utf-8")
        try:
            engine = Engine(load(directory))
        except KnowledgeError as error:
            assert error.file.startswith("knowledge/") and error.problem, str(error)
        else:
            assert engine.answer("who plays Irene?").text


def test_a_file_that_is_not_utf8_is_named(copy: Path) -> None:
    (copy / "cast.toml").write_bytes(b'# Do\xf1a Chayo\n[[cast]]\nactor = "x"\n')
    with pytest.raises(KnowledgeError, match=r"knowledge/cast\.toml: not UTF-8 text \(byte 4\)"):
        load(copy)


ENTRY_VALUES = ["", "  ", 7, 0, -1, True, [], [""], ["x", 2], ["article"], ["blog"], {}, "x"]


def _entries_read(kind: str, table: dict[str, object], plain: bool) -> object:
    """What loading one [[episode]] or [[cast]] entry gives: the entry, or the error's
    place and problem; `plain`: with entries that need only a look taken at once."""
    sources = load().sources
    file = object.__new__(knowledge_module._File)
    file.name, file.data = f"knowledge/{kind}.toml", {kind: [table]}
    show = knowledge_module.Fact(values={"episode_count": 1}, sources=("article",))
    saved = knowledge_module._plain_episode, knowledge_module._plain_member
    if not plain:
        knowledge_module._plain_episode = knowledge_module._plain_member = lambda *_: None
    try:
        if kind == "episode":
            return knowledge_module._load_episodes(file, sources, {"show": show})
        return knowledge_module._load_cast(file, sources)
    except KnowledgeError as error:
        return (error.where, error.problem)
    finally:
        knowledge_module._plain_episode, knowledge_module._plain_member = saved


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        *(("episode", f) for f in ("number", "title", "aliases", "sources", "note", "spoilers")),
        *(
            ("cast", f)
            for f in ("actor", "character", "aliases", "sources", "description", "performance")
        ),
        ("cast", "star"),
    ],
)
def test_entries_taken_at_once_are_read_as_the_full_check_reads_them(kind: str, field: str):
    knowledge = load()
    entries = {
        "episode": [vars(e) for e in knowledge.episodes],
        "cast": [vars(m) for m in knowledge.cast],
    }[kind]
    for entry in entries[:3]:
        table = {k: list(v) if isinstance(v, tuple | frozenset) else v for k, v in entry.items()}
        table = {k: v for k, v in table.items() if v not in (None, [])}
        for value in [*ENTRY_VALUES, None]:  # (None: the field left out)
            damaged = {k: v for k, v in table.items() if k != field}
            if value is not None:
                damaged[field] = value
            read = _entries_read(kind, damaged, plain=True)
            assert read == _entries_read(kind, damaged, plain=False), (field, value)


def test_every_unit_of_time_has_its_length_in_days() -> None:
    """A span claimed in a unit ([spans.units]) is weighed in days: each unit the
    loader accepts has its length in the engine (bot.engine.DAYS_IN)."""
    from bot.engine import DAYS_IN
    from bot.knowledge import SPAN_UNITS

    assert set(DAYS_IN) == set(SPAN_UNITS)
