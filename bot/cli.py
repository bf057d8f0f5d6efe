"""Command line: `somos-bot ask`, `somos-bot chat` (and the Discord bot, `run`)."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from bot.engine import Answer, Engine
from bot.knowledge import DEFAULT_DIR, KnowledgeError

EXIT_USAGE = 2
QUIT_WORDS = frozenset({"/quit", "/exit", "/q"})


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        args = _parser().parse_args(["chat"])
    try:
        engine = Engine.from_directory(args.knowledge)
    except KnowledgeError as error:
        print(f"somos-bot: the fact base is not valid: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "ask":
        return _ask(engine, args)
    return chat(engine, sys.stdin, sys.stdout)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="somos-bot",
        description="Answers questions about the Netflix series Somos. from its sources.",
    )
    parser.add_argument(
        "--knowledge",
        type=Path,
        default=Path(os.environ.get("SOMOS_KNOWLEDGE_DIR") or DEFAULT_DIR),
        help="folder of fact files (default: the repository's knowledge/, or $SOMOS_KNOWLEDGE_DIR)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    ask = commands.add_parser("ask", help="answer one question, or one per line with --batch")
    ask.add_argument("question", nargs="*", help="the question (quote it in the shell)")
    ask.add_argument("--json", action="store_true", help="print the structured result as JSON")
    ask.add_argument(
        "--batch",
        action="store_true",
        help="read one question per line on stdin; write one JSON object per line",
    )
    commands.add_parser("chat", help="ask questions at a prompt until /quit (the default)")
    return parser


def _ask(engine: Engine, args: argparse.Namespace) -> int:
    if args.batch:
        answer_lines(engine, sys.stdin, sys.stdout)
        return 0
    question = " ".join(args.question).strip()
    if not question:
        print(
            'somos-bot ask: give a question, e.g. somos-bot ask "who plays Irene?"', file=sys.stderr
        )
        return EXIT_USAGE
    answer = engine.answer(question)
    print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else render(engine, answer))
    return 0


def answer_lines(engine: Engine, lines: Iterable[str], out: TextIO) -> None:
    """The --batch form: one JSON object per non-empty input line, flushed as it goes."""
    for line in lines:
        question = line.rstrip("\r\n")
        if question.strip():
            out.write(json.dumps(engine.answer(question).to_dict(), ensure_ascii=False) + "\n")
            out.flush()


def render(engine: Engine, answer: Answer) -> str:
    """An answer as a person reads it in a terminal: the text, then where it came from."""
    credit = engine.credit(answer)
    return f"{answer.text}\n  (source: {credit})" if credit else answer.text


def chat(engine: Engine, stdin: TextIO, stdout: TextIO) -> int:
    """An interactive prompt with line editing and history when run in a terminal."""
    interactive = stdin.isatty() and stdout.isatty()
    if interactive:
        _enable_history()
        print(
            "Ask me about the Netflix series Somos. (/quit to leave, /help for ideas)", file=stdout
        )
    while True:
        try:
            line = input("you> ") if interactive else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            print(file=stdout)
            return 0
        if not interactive and line == "":
            return 0
        question = line.strip()
        if question in QUIT_WORDS:
            return 0
        if not question:
            continue
        if question == "/help":
            question = "help"
        answer = engine.answer(question)
        print(render(engine, answer), file=stdout, flush=True)


def _enable_history() -> None:
    # Importing readline gives input() line editing and history; it is missing on
    # some platforms, where the prompt still works without it.
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401


if __name__ == "__main__":
    raise SystemExit(main())
