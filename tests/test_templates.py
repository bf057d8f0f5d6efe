"""Edits of the reply files and intents.toml that would break answering are refused at load,
and bot/templates.py (what the code fills each template with) matches the code."""

from __future__ import annotations

import ast
import os
import random
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot import templates
from bot.cli import main
from bot.engine import Engine
from bot.engine.compose import Composer
from bot.knowledge import DEFAULT_DIR, KnowledgeError, load

ROOT = Path(__file__).resolve().parent.parent
BANKS = ROOT / "tests" / "banks"
TEMPLATE_SECTIONS = ("replies", "declines", "declines.topics", "credits", "examples", "chat")


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, target)
    return target


def _templates() -> Iterator[tuple[str, str, str, str]]:
    """(language file, section, key, text) of every template with a placeholder."""
    for path in sorted((DEFAULT_DIR / "replies").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        tables = {"language": data["language"], **{s: _table(data, s) for s in TEMPLATE_SECTIONS}}
        for section, table in tables.items():
            for key, text in table.items():
                if isinstance(text, str) and re.search(r"\{\w+\}", text):
                    yield path.name, section, key, text


def _table(data: dict[str, Any], section: str) -> dict[str, Any]:
    for part in section.split("."):
        data = data[part]
    return data


TEMPLATES = list(_templates())


def edit_template(path: Path, section: str, key: str, change: Callable[[str], str]) -> None:
    """Change the line `key = "..."` of [section] in a TOML file."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    current = ""
    for index, line in enumerate(lines):
        header = re.match(r"\[([\w.]+)\]\s*$", line)
        if header:
            current = header.group(1)
        elif current == section and re.match(rf"{re.escape(key)}\s*=", line):
            lines[index] = change(line)
            path.write_text("".join(lines), encoding="utf-8")
            return
    raise AssertionError(f"no {key} in [{section}] of {path.name}")


def _typo(line: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: "{" + m.group(1)[:-1] + "}", line, count=1)


def _lone_brace(line: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: m.group(1) + "}", line, count=1)


@pytest.mark.parametrize(("change"), [_typo, _lone_brace], ids=["typo", "lone brace"])
@pytest.mark.parametrize(("file", "section", "key", "text"), TEMPLATES)
def test_a_broken_placeholder_in_any_template_is_refused_at_load(
    copy: Path, change: Callable[[str], str], file: str, section: str, key: str, text: str
) -> None:
    edit_template(copy / "replies" / file, section, key, change)
    with pytest.raises(KnowledgeError) as caught:
        load(copy)
    assert caught.value.file == f"knowledge/replies/{file}"
    assert caught.value.where == f"{section}.{key}"


def test_every_kind_of_template_is_checked() -> None:
    sections = {(file, section) for file, section, _, _ in TEMPLATES}
    assert {section for _, section in sections} == {"language", *TEMPLATE_SECTIONS}
    assert {file for file, _ in sections} == {"en.toml", "es.toml"}


def _without_intent(path: Path, name: str) -> None:
    blocks = path.read_text(encoding="utf-8").split("[[intent]]")
    kept = [b for b in blocks if not re.search(rf'^name = "{re.escape(name)}"$', b, re.M)]
    assert len(kept) == len(blocks) - 1, name
    path.write_text("[[intent]]".join(kept), encoding="utf-8")


_KNOWLEDGE = load()
# the intents the code answers (small talk is answered from the data, whatever its name)
_ANSWERED = Composer(_KNOWLEDGE, _KNOWLEDGE.languages["en"]).intents - {
    intent.name for intent in _KNOWLEDGE.intents if intent.chat
}


@pytest.mark.parametrize("name", sorted({*templates.NAMED_INTENTS, *_ANSWERED}))
def test_deleting_an_intent_the_code_names_is_refused_at_load(copy: Path, name: str) -> None:
    _without_intent(copy / "intents.toml", name)
    with pytest.raises(KnowledgeError) as caught:
        Engine(load(copy))
    # (or questions.toml, whose [undated] names the intents of works it has no date for)
    named_by = ("knowledge/intents.toml", "knowledge/questions.toml")
    assert caught.value.file in (*named_by, "knowledge/replies/en.toml")
    if caught.value.file in named_by:
        assert name in caught.value.problem


def test_an_answerable_intent_the_code_has_no_reply_for_is_refused(copy: Path) -> None:
    path = copy / "intents.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[intent]]\nname = "soundtrack"\ncues = [["music"]]\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as caught:
        Engine(load(copy))  # (as ask, chat, run and reload build it)
    # (refused for its missing example question first, then for its missing reply)
    assert "soundtrack" in str(caught.value)
    example = '\n[examples]\nsoundtrack = "Is there a soundtrack?"\n'
    for name in ("en", "es"):
        replies = copy / "replies" / f"{name}.toml"
        text = replies.read_text(encoding="utf-8").replace("[examples]", example.strip(), 1)
        replies.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        Engine(load(copy))
    assert caught.value.file == "knowledge/intents.toml" and "no reply" in caught.value.problem


def test_ask_refuses_a_spanish_cast_template_typo_in_one_line(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_template(
        copy / "replies" / "es.toml", "replies", "actor", lambda s: s.replace("{actor}", "{actr}")
    )
    assert main(["--knowledge", str(copy), "ask", "¿quién interpreta a Irene?"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "knowledge/replies/es.toml" in err and "replies.actor" in err and "{actr}" in err


def test_ask_refuses_a_chat_message_typo(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # [chat] is only said on Discord: before the check, this loaded and broke there
    edit_template(copy / "replies" / "en.toml", "chat", "asking_quickly", _typo)
    assert main(["--knowledge", str(copy), "ask", "who plays Irene?"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "chat.asking_quickly" in err


# --- random edits: each is refused at load, or the bot still answers ------------------

SMOKE = [
    "who plays Irene?", "¿quién interpreta a Irene?", "what is episode 3 called?",
    "¿cómo se llama el capítulo 3?", "who wrote it?", "is there a season 2?", "hola", "thanks",
    "where was it filmed?", "dónde se filmó", "help", "ayuda", "what did the review say?",
    "how many years passed between the massacre and the premiere?", "who is Fernanda Melchor",
    "is there an episode 9?", "asdf qwerty",
]  # fmt: skip


def _mutate(text: str, rng: random.Random) -> str | None:
    lines = text.splitlines(keepends=True)
    index = rng.choice([i for i, line in enumerate(lines) if line.strip()])
    line = lines[index]
    kind = rng.choice(["delete line", "typo", "lone brace"])
    if kind == "delete line":
        del lines[index]
    elif "{" in line:
        lines[index] = _typo(line) if kind == "typo" else _lone_brace(line)
    else:
        return None
    return "".join(lines)


def _mutations(count: int) -> Iterator[tuple[str, int]]:
    rng = random.Random(12)
    files = sorted(str(p.relative_to(DEFAULT_DIR)) for p in DEFAULT_DIR.rglob("*.toml"))
    # the reply files hold the templates: most of the edits go there
    weighted = files + ["replies/en.toml", "replies/es.toml"] * 4 + ["intents.toml"] * 2
    made = 0
    while made < count:
        seed = rng.randrange(1 << 30)
        if _mutate(
            (DEFAULT_DIR / (file := rng.choice(weighted))).read_text("utf-8"), random.Random(seed)
        ):
            made += 1
            yield file, seed


@pytest.mark.parametrize(("file", "seed"), list(_mutations(60)))
def test_a_random_edit_is_refused_at_load_or_answers(copy: Path, file: str, seed: int) -> None:
    path = copy / file
    mutated = _mutate(path.read_text("utf-8"), random.Random(seed))
    assert mutated is not None
    path.write_text(mutated, encoding="utf-8")
    try:
        engine = Engine(load(copy))
    except KnowledgeError:
        return
    for question in SMOKE:
        engine.answer(question)
    for intent in engine.knowledge.intents:
        for language in engine.languages:
            engine.topic(intent.name, language)


# --- bot/templates.py matches the code ------------------------------------------------


def _bank_questions() -> list[str]:
    questions = []
    for path in sorted(BANKS.glob("*.toml")):
        for entries in tomllib.loads(path.read_text(encoding="utf-8")).values():
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, dict) and isinstance(entry.get("text"), str):
                    questions.append(entry["text"])
                for turn in entry.get("turns", []) if isinstance(entry, dict) else []:
                    if isinstance(turn, dict) and isinstance(turn.get("text"), str):
                        questions.append(turn["text"])
    return questions


def test_the_placeholders_declared_are_those_the_composer_fills(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[tuple[str, str], set[str]] = {}
    fill = Composer.fill

    def recording(self: Composer, key: str, section: Any = None, **values: Any) -> str:
        language = self._lang  # type: ignore[attr-defined]
        sections = {
            id(language.replies): "replies",
            id(language.declines): "declines",
            id(language.decline_topics): "declines.topics",
            id(language.credits): "credits",
            id(language.examples): "examples",
        }
        name = sections[id(language.replies if section is None else section)]
        seen.setdefault((name, key), set()).update(values)
        return fill(self, key, section, **values)

    monkeypatch.setattr(Composer, "fill", recording)
    engine = Engine(load())
    for question in _bank_questions() + SMOKE:
        engine.credit(engine.answer(question))
    for first, then in (
        ("who plays Irene?", "who says so?"),
        ("¿quién es Irene?", "¿quién lo dice?"),
    ):
        engine.answer(then, context=engine.answer(first).context)  # (follow-ups' own wording)
    names = [m.actor for m in engine.knowledge.cast] + [p.name for p in engine.knowledge.people]
    for language in engine.languages:
        engine.person_choices("", language)
        for intent in engine.knowledge.intents:
            engine.topic(intent.name, language)
        for name in names:
            engine.topic("person", language, person=engine.find_person(name))
    chat = {i.name for i in engine.knowledge.intents if i.chat}

    def declared(section: str, key: str) -> tuple[str, ...]:
        if section == "replies":
            return templates.SMALL_TALK if key in chat else templates.REPLIES[key]
        if section == "declines":
            return templates.DECLINES[key]
        if section == "declines.topics":
            return templates.DECLINE_TOPIC
        if section == "credits":
            return templates.CREDIT
        return templates.EXAMPLES.get(key, ())

    for (section, key), given in seen.items():
        assert given == set(declared(section, key)), f"{section}.{key}"
    filled = {key for section, key in seen if section == "replies"}
    assert set(templates.REPLIES) <= filled, "declared, never filled"
    assert set(templates.DECLINES) <= {key for section, key in seen if section == "declines"}


def test_the_chat_placeholders_declared_are_those_the_bot_says() -> None:
    said: dict[str, set[str]] = {}
    for path in (ROOT / "bot").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "say"
                and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant)
            ):
                said.setdefault(str(node.args[1].value), set()).update(
                    k.arg for k in node.keywords if k.arg
                )
    assert len(said) >= 4
    for key, given in said.items():
        assert given == set(templates.CHAT[key]), key


def test_the_intents_declared_are_those_the_code_answers(knowledge: Any) -> None:
    composer = Composer(knowledge, knowledge.languages["en"])
    named = set()
    for path in [*(ROOT / "bot" / "engine").glob("*.py"), *(ROOT / "bot" / "exts").glob("*.py")]:
        source = path.read_text(encoding="utf-8")
        named |= set(re.findall(r'_intents\["(\w+)"\]', source))
        named |= set(re.findall(r'topic\(\s*"(\w+)"', source))
        named |= set(re.findall(r'^\w*(?:INTENT|DATE_GAP) = "(\w+)"', source, re.M))
        for pair in re.findall(r'= "(\w+)" if \w+ else "(\w+)"', source):
            named |= set(pair)  # name = "episode" if found else "episode_list"
    known = templates.NAMED_INTENTS | composer.intents
    assert named <= known, named - known


def test_run_refuses_a_template_typo_before_connecting(copy: Path, tmp_path: Path) -> None:
    edit_template(copy / "replies" / "es.toml", "replies", "character", _typo)
    env = {
        **os.environ,
        "DISCORD_TOKEN": "x" * 40,
        "SOMOS_KNOWLEDGE_DIR": str(copy),
        "DATABASE_PATH": str(tmp_path / "run.sqlite3"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "knowledge/replies/es.toml" in line and "replies.character" in line
