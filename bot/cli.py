"""Command line: `somos-bot ask`, `somos-bot chat` and `somos-bot run` (the Discord bot)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import re
import signal
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from bot import heap
from bot.engine import Answer, Context, Engine
from bot.engine.decide import Outcome
from bot.knowledge import DEFAULT_DIR, Knowledge, KnowledgeError, load
from bot.settings import Settings, SettingsError
from bot.store import DatabaseError, SettingsStore, group_questions
from bot.text import visible

EXIT_USAGE = 2
EXIT_FAILED = 1  # a problem outside the bot's settings and files: the network
QUIT_WORDS = frozenset({"/quit", "/exit", "/q"})
# Typed alone at the chat prompt, these end the chat after the bot says goodbye.
LEAVING_WORDS = frozenset({"exit", "quit", "bye", "goodbye", "salir", "adios", "adiós"})


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # `somos-bot ask … | head -1`: the reader left; nothing more to say to it, and
        # no traceback for whoever typed the pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        args = _parser().parse_args(["chat"])
    if args.command == "run":
        return run_bot(args.knowledge)
    if args.command == "report":
        return report(args.database, args.top, sys.stdout)
    try:
        engine = Engine.from_directory(
            args.knowledge or os.environ.get("SOMOS_KNOWLEDGE_DIR") or DEFAULT_DIR
        )
    except KnowledgeError as error:
        print(f"somos-bot: the fact base is not valid: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "ask":
        return _ask(engine, args)
    return chat(engine, sys.stdin, sys.stdout, as_json=bool(getattr(args, "json", False)))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="somos-bot",
        description="Answers questions about the Netflix series Somos. from its sources.",
    )
    parser.add_argument(
        "--knowledge",
        type=Path,
        default=None,
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
    chatting = commands.add_parser(
        "chat", help="ask questions at a prompt until /quit or exit (the default)"
    )
    chatting.add_argument(
        "--json",
        action="store_true",
        help="read one message per line on stdin, as one conversation; write one JSON "
        "object per message (the fields of ask --json)",
    )
    commands.add_parser("run", help="connect to Discord (needs DISCORD_TOKEN; see .env.example)")
    reporting = commands.add_parser(
        "report", help="the questions the bot could not answer, most asked first"
    )
    reporting.add_argument(
        "--database",
        type=Path,
        default=None,
        help="a SQLite file to read (default: DATABASE_URL's server, else DATABASE_PATH)",
    )
    reporting.add_argument("--top", type=int, default=20, help="how many groups to show")
    return parser


def report(database: Path | None, top: int, out: TextIO) -> int:
    """Print the unanswered questions, similar ones grouped, so a maintainer knows which
    facts fans miss. Only text, time, server and language are kept: never who asked.
    Reads the file given, else the database the settings choose (DATABASE_URL or
    DATABASE_PATH): with PostgreSQL, the questions of every process of a shard cluster.
    """
    try:
        settings = Settings.load()
    except SettingsError as error:
        print(f"somos-bot report: {error}", file=sys.stderr)
        return EXIT_USAGE
    if database is not None:
        settings = replace(settings, database=database, database_url=None)
    if not settings.database_url and not settings.database.exists():
        print(
            f"somos-bot report: no database at {settings.database} (the bot creates it when "
            "it runs; set DATABASE_PATH or DATABASE_URL, or pass --database)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        rows = SettingsStore(settings.open_database()).unanswered()
    except DatabaseError as error:
        print(f"somos-bot report: {error}", file=sys.stderr)
        return EXIT_USAGE
    if not rows:
        print("No unanswered questions logged yet.", file=out)
        return 0
    groups = group_questions(rows)
    print(
        f"{len(rows)} unanswered questions, {rows[0][0][:10]} to {rows[-1][0][:10]}; "
        f"the {min(top, len(groups))} most asked of {len(groups)} groups:",
        file=out,
    )
    for group in groups[:top]:  # stored text is shown without control characters
        wording = visible(group.wording)
        print(f"{group.count:5}  {wording}  [{', '.join(group.languages)}]", file=out)
        if group.others:
            shown = "; ".join(visible(other) for other in group.others[:3])
            more = f" (+{len(group.others) - 3} more)" if len(group.others) > 3 else ""
            print(f"       also: {shown}{more}", file=out)
    return 0


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
    """The --batch form: one JSON object per input line, flushed as it goes, so that
    output line N always belongs to input line N. A blank line asks nothing: its object
    is a decline with an empty text."""
    for line in lines:
        question = line.rstrip("\r\n")
        answer = engine.answer(question) if question.strip() else _nothing_asked(question)
        out.write(json.dumps(answer.to_dict(), ensure_ascii=False) + "\n")
        out.flush()


def _nothing_asked(line: str) -> Answer:
    return Answer(
        question=line,
        text="",
        declined=True,
        intents=(),
        confidence=0.0,
        sources=(),
        outcome=Outcome.DECLINE.value,
    )


def render(engine: Engine, answer: Answer) -> str:
    """An answer as a person reads it in a terminal: the text (its spoiler warning kept,
    Discord's spoiler bars, which a terminal cannot hide behind, left out), then where
    it came from."""
    text = _SPOILER_BARS.sub(r"\1", answer.text)
    credit = engine.credit(answer)
    return f"{text}\n  ({credit})" if credit else text


_SPOILER_BARS = re.compile(r"\|\|(.+?)\|\|", re.DOTALL)


def chat(engine: Engine, stdin: TextIO, stdout: TextIO, *, as_json: bool = False) -> int:
    """An interactive prompt with line editing and history when run in a terminal.

    One conversation: each answer's context is kept for the next question, so
    follow-ups ("and Chema?", "who wrote it?") work as in Discord. `as_json`: one
    JSON object per message (the fields of `ask --json`), for scripted conversations.
    """
    interactive = stdin.isatty() and stdout.isatty() and not as_json
    context: Context | None = None
    if interactive:
        _enable_history()
        print(
            "Ask me about the Netflix series Somos. (/quit or exit to leave, /help for ideas)",
            file=stdout,
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
        answer = engine.answer(question, context=context)
        context = answer.context
        if as_json:
            print(json.dumps(answer.to_dict(), ensure_ascii=False), file=stdout, flush=True)
        else:
            print(render(engine, answer), file=stdout, flush=True)
        if question.casefold() in LEAVING_WORDS:
            return 0  # said goodbye back ("exit": "Bye! Come back any time ...")


def _enable_history() -> None:
    # Importing readline gives input() line editing and history; it is missing on
    # some platforms, where the prompt still works without it.
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401


def run_bot(knowledge_dir: Path | None) -> int:
    """Connect to Discord until stopped; setting or login problems end in one clear line."""
    import aiohttp
    import discord  # only `run` needs discord.py: `ask` and `chat` start faster without it

    try:
        settings = Settings.load()
        token = settings.require_token()
        knowledge = load(knowledge_dir or settings.knowledge_dir)
    except (SettingsError, KnowledgeError) as error:
        print(f"somos-bot run: {error}", file=sys.stderr)
        return EXIT_USAGE
    setup_logging(
        settings.log_level,
        secrets=[token],
        message_content=settings.message_content,
        colour=not os.environ.get("NO_COLOR"),
    )
    point_at_api(settings)
    try:
        asyncio.run(_serve(settings, knowledge, token))
    except discord.LoginFailure:
        print(f"somos-bot run: {REJECTED_TOKEN}", file=sys.stderr)
        return EXIT_USAGE
    except (KnowledgeError, DatabaseError) as error:
        print(f"somos-bot run: {error}", file=sys.stderr)
        return EXIT_USAGE
    except discord.PrivilegedIntentsRequired:
        print(f"somos-bot run: {INTENT_HELP}", file=sys.stderr)
        return EXIT_USAGE
    except (aiohttp.ClientConnectionError, TimeoutError) as error:
        reason = str(error) or type(error).__name__
        print(f"somos-bot run: {UNREACHABLE.format(reason=reason)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        pass
    return 0


def setup_logging(
    level: str,
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
    *,
    message_content: bool = False,
    colour: bool = True,
) -> logging.Handler:
    """discord.py's logging setup (every logger, to stderr by default), through a handler
    that writes no token and no user's words (`bot.logsafety`), nor discord.py's warnings
    that do not concern this bot (`bot.lognoise`; `message_content`: whether the operator
    asked for the Message Content intent). Colour where discord.py would use it (a
    terminal, or any stream inside Docker), unless `colour` is False (NO_COLOR set).
    Returns the handler."""
    import discord

    from bot.lognoise import IrrelevantWarnings
    from bot.logsafety import SafeLogFilter

    handler = logging.StreamHandler(stream)
    handler.addFilter(IrrelevantWarnings(message_content))
    handler.addFilter(SafeLogFilter(secrets))
    if colour:
        discord.utils.setup_logging(handler=handler, level=logging.getLevelName(level))
    else:
        plain = logging.Formatter(PLAIN_LOG, "%Y-%m-%d %H:%M:%S", style="{")
        discord.utils.setup_logging(
            handler=handler, formatter=plain, level=logging.getLevelName(level)
        )
    return handler


PLAIN_LOG = "[{asctime}] [{levelname:<8}] {name}: {message}"  # discord.py's, without colour
REJECTED_TOKEN = (
    "Discord rejected the token in DISCORD_TOKEN. Reset it in the Developer Portal "
    "(your application > Bot > Reset Token) and put the new one in .env"
)
UNREACHABLE = (
    "could not reach Discord ({reason}); check this machine's network connection (and "
    "DISCORD_API_BASE if set), then start the bot again"
)
INTENT_HELP = (
    "Discord refused the gateway intents the bot asked for; check the application's "
    "Privileged Gateway Intents in the Developer Portal (your application > Bot)"
)


def point_at_api(settings: Settings) -> None:
    """Use another API host (a local fake of Discord in the end-to-end tests)."""
    import discord.gateway
    import discord.http
    import yarl

    if settings.api_base:
        discord.http.Route.BASE = settings.api_base
    if settings.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


async def _serve(settings: Settings, knowledge: Knowledge, token: str) -> None:
    """Run until stopped. If Discord refuses the Message Content intent the operator asked
    for, run without it (mentions, DMs and slash commands still work) and say so once.
    """
    import discord

    try:
        await _serve_once(settings, knowledge, token)
    except discord.PrivilegedIntentsRequired:
        if not settings.message_content:
            raise
        logging.getLogger("bot").warning(INTENT_REFUSED)
        await _serve_once(replace(settings, message_content=False), knowledge, token)


INTENT_REFUSED = (
    "Discord refused the Message Content intent (MESSAGE_CONTENT_INTENT=true); running "
    "without it: mentions, DMs and slash commands are answered, other messages are not. "
    "Enable it in the Developer Portal (your application > Bot > Privileged Gateway Intents)"
)


async def _serve_once(settings: Settings, knowledge: Knowledge, token: str) -> None:
    from bot.client import create_bot

    bot = await create_bot(settings, knowledge)
    heap.settle()  # the facts and the engine are built: out of the collector's way
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):  # not on Windows
            loop.add_signal_handler(signal_number, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await bot.start(token)


if __name__ == "__main__":
    raise SystemExit(main())
