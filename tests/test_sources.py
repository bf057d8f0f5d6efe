"""What sources.toml and the README say each source is comes from the source texts
themselves (tests/seeds.py says where they are read from)."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from bot.knowledge import DEFAULT_DIR, Knowledge, KnowledgeError, Source, load
from tests.seeds import ROOT, SEEDS

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the source texts are not in {SEEDS}")


def _flat(text: str) -> str:
    """Text compared without differences of spacing or of quote marks."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split())


def _text(source: Source) -> str:
    assert source.seed, f"{source.id}: no seed file named"
    return _flat((SEEDS / source.seed).read_text(encoding="utf-8"))


@needs_seeds
def test_every_source_names_its_text(knowledge: Knowledge) -> None:
    for source in knowledge.sources.values():
        assert (SEEDS / str(source.seed)).is_file(), source.id


@needs_seeds
def test_title_and_author_are_as_the_text_gives_them(knowledge: Knowledge) -> None:
    for source in knowledge.sources.values():
        text = _text(source)
        for part in source.title.split(": "):  # a heading and a subheading: each as written
            assert _flat(part) in text, (source.id, part)
        if source.author:
            assert source.author in text, source.id
        else:
            assert "author" in source.unstated, source.id


@needs_seeds
def test_every_erratum_is_in_the_text(knowledge: Knowledge) -> None:
    for source in knowledge.sources.values():
        for wrong, _ in source.errata:
            assert _flat(wrong) in _text(source), (source.id, wrong)


def test_the_readme_says_what_each_source_is(knowledge: Knowledge) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = _flat(readme.split("## What it knows", 1)[1].split("\n## ", 1)[0])
    for source in knowledge.sources.values():
        for part in source.title.split(": "):
            assert _flat(part) in section, (source.id, part)
        if source.author:
            assert source.author in section
    assert "tests/sources/" in section  # where the texts are


def test_unstated_names_only_what_a_reader_looks_for(tmp_path: Path) -> None:
    facts = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, facts)
    path = facts / "sources.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('unstated = ["outlet"', 'unstated = ["plot"', 1),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as caught:
        load(facts)
    assert caught.value.file == "knowledge/sources.toml"
    assert caught.value.where == "source[1].unstated"
