"""The command set, checked offline: unique names, help for each, autocomplete bounds."""

from __future__ import annotations

from pathlib import Path

from bot.client import create_bot
from bot.engine import Engine
from bot.knowledge import Knowledge
from bot.settings import Settings


async def test_no_two_commands_share_a_name_or_alias(knowledge: Knowledge, tmp_path: Path):
    bot = await create_bot(Settings(database=tmp_path / "db.sqlite3"), knowledge)
    await bot.setup_hook()
    names: list[str] = []
    for command in bot.walk_commands():
        parent = f"{command.parent} " if command.parent else ""
        names += [command.qualified_name, *(f"{parent}{alias}" for alias in command.aliases)]
        assert command.short_doc or command.hidden, f"{command.name} has no help text"
    assert len(names) == len(set(names))
    slash = [c.qualified_name for c in bot.tree.walk_commands()]
    assert len(slash) == len(set(slash))


def test_autocomplete_never_offers_more_than_25(engine: Engine):
    for typed in ["", "a", "e", "the", "zzzz", "donatlan", "1"]:
        assert len(engine.episode_choices(typed)) <= 25
        assert len(engine.person_choices(typed)) <= 25
    assert engine.person_choices("dona chay")[0][1] == "Doña Chayo"


async def test_every_listed_command_is_described_in_every_reply_language(
    knowledge: Knowledge, tmp_path: Path
):
    bot = await create_bot(Settings(database=tmp_path / "db.sqlite3"), knowledge)
    await bot.setup_hook()
    listed = {c.name for c in bot.get_cog("Questions").get_commands()}
    for code, language in knowledge.languages.items():
        assert listed <= set(language.commands), f"{code}: {listed - set(language.commands)}"


def test_discord_py_runs_with_its_speed_extras():
    import discord

    assert discord.utils.HAS_ORJSON  # discord.py[speed]: orjson parses every payload
