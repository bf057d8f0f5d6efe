"""The terminal harness: `somos-bot ask`, `ask --json`, `ask --batch` and `chat`."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.database import SqliteDatabase
from bot.store import SettingsStore

NOW = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)

BATCH_FIELDS = {"question", "text", "declined", "intent", "confidence", "sources"}


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The installed command, as a user runs it (a real process, real stdin)."""
    command = [sys.executable, "-m", "bot.cli", *args]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, timeout=60)


def test_ask_prints_the_answer_and_its_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "who plays Irene?"]) == 0
    out = capsys.readouterr().out
    assert "Iliana Donatlán" in out
    assert "(Source: " in out


def test_ask_names_the_source_in_the_askers_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "quien interpreta a Irene?"]) == 0
    out = capsys.readouterr().out
    assert "(Fuente: " in out and "Source" not in out


def test_the_terminal_shows_no_discord_spoiler_bars(capsys: pytest.CaptureFixture[str]) -> None:
    """A terminal cannot hide a spoiler: the warning line says one follows, and the text
    is shown without Discord's || bars."""
    assert main(["ask", "tell me about the last episode"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("⚠️") and "||" not in out and "low on blood and gore" in out


def test_ask_json_is_the_structured_result(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "is", "there", "a", "season", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= BATCH_FIELDS
    assert data["intent"] == "renewal" and data["declined"] is False
    assert data["as_of"] == "2022-06"  # the article's precision: "June 2022"


def test_ask_without_a_question_explains_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask"]) == 2
    assert "somos-bot ask" in capsys.readouterr().err


def test_batch_answers_every_line_in_one_process() -> None:
    questions = ["who plays chema", "", "where was it filmed", "ep 2", "¿cuántos capítulos tiene?"]
    result = run("ask", "--batch", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["question"] for row in rows] == questions  # one line out per line in
    for row in rows:
        assert set(row) >= BATCH_FIELDS
        assert isinstance(row["declined"], bool) and isinstance(row["sources"], list)
    assert rows[0]["declined"] is False and "Everardo Arzate" in rows[0]["text"]
    assert rows[1]["declined"] is True and rows[1]["text"] == ""  # a blank line asks nothing
    assert rows[2]["declined"] is True
    assert "A Mouth Full of Flies" in rows[3]["text"]


def test_batch_keeps_blank_and_whitespace_lines_in_place() -> None:
    result = run("ask", "--batch", stdin="who plays chema\n\n   \nep 2\n\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["question"] for row in rows] == ["who plays chema", "", "   ", "ep 2", ""]
    assert [row["outcome"] for row in rows[1:3]] == ["decline", "decline"]


def test_chat_answers_until_quit_when_piped() -> None:
    result = run("chat", stdin="who plays irene\n\n/quit\nwho plays chema\n")
    assert result.returncode == 0, result.stderr
    assert "Iliana Donatlán" in result.stdout
    assert "Everardo Arzate" not in result.stdout


def test_chat_stops_at_end_of_input() -> None:
    result = run("chat", stdin="ep 1")
    assert result.returncode == 0
    assert "The Lazy Herd" in result.stdout


def test_no_command_starts_the_chat() -> None:
    result = run(stdin="who directed it\n")
    assert result.returncode == 0
    assert "James Schamus" in result.stdout


def test_broken_fact_base_is_reported_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text("[[source]]\nid = 1\n", encoding="utf-8")
    result = run("--knowledge", str(tmp_path), "ask", "hi")
    assert result.returncode == 2
    assert "knowledge/sources.toml: source[1].id: must be a string" in result.stderr
    assert "Traceback" not in result.stderr


def test_chat_follows_up_within_the_session() -> None:
    result = run("chat", stdin="who plays irene\nwho does she play?\n¿y el capítulo 2?\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("Iliana Donatlán plays Irene" in line for line in lines)
    assert any(line.startswith("El episodio 2 de Somos.") for line in lines)


def logged(database: Path, questions: list[tuple[str, str]]) -> None:
    """Questions in a SQLite file's unanswered log, as the bot logs them."""

    async def log_them() -> None:
        store = SettingsStore(SqliteDatabase(database))
        await store.open()
        for question, language in questions:
            await store.record_unanswered(question, 1, language, NOW)
        await store.close()

    asyncio.run(log_them())


def test_report_groups_similar_unanswered_questions(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    asked = [
        "where was it filmed?", "Where was it filmed", "where was somos filmed",
        "donde la grabaron", "what did imdb rate it", "where was it filmed??",
    ]  # fmt: skip
    logged(database, [(q, "es" if "donde" in q else "en") for q in asked])
    result = run("report", "--database", str(database))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("6 unanswered questions")
    assert lines[1].split()[0] == "4" and "where was it filmed" in lines[1]
    assert "where was somos filmed" in lines[2]


def test_report_prints_no_terminal_escapes(tmp_path: Path) -> None:
    """A row written before the log cleaned its input still prints harmlessly."""
    database = tmp_path / "bot.sqlite3"
    logged(database, [("placeholder", "en")])
    with sqlite3.connect(database) as connection:
        connection.execute(
            "UPDATE unanswered SET question = ?", ("\x1b]0;pwned\x07who\x1b[2J won",)
        )
    connection.close()
    result = run("report", "--database", str(database))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "who" in result.stdout and "won" in result.stdout


def test_a_reader_that_leaves_early_gets_no_traceback() -> None:
    """`somos-bot chat < questions | head -1`: the pipe closes while the bot writes."""
    command = [sys.executable, "-m", "bot.cli", "chat"]
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        process.stdout.close()  # the reader is gone before the bot says anything
        _, err = process.communicate(b"who plays irene\n" * 2000, timeout=60)
    assert b"Traceback" not in err, err.decode()[-500:]


def test_report_without_a_database_says_where_it_looked(tmp_path: Path) -> None:
    result = run("report", "--database", str(tmp_path / "missing.sqlite3"))
    assert result.returncode == 2
    assert "no database at" in result.stderr and "DATABASE_PATH" in result.stderr


def test_chat_json_scripts_a_conversation() -> None:
    script = "what did the review say\nwho wrote it?\nthanks!\nexit\nnever read\n"
    result = run("chat", "--json", stdin=script)
    assert result.returncode == 0, result.stderr
    turns = [json.loads(line) for line in result.stdout.splitlines()]
    assert [t["intent"] for t in turns] == [
        "review", "review_author", "smalltalk_thanks", "smalltalk_bye",
    ]  # fmt: skip
    assert "Rony Patra" in turns[1]["text"]
    assert set(turns[0]) >= {"question", "text", "declined", "intent", "sources", "outcome"}
    assert not turns[2]["declined"]  # small talk is never an unanswered question
