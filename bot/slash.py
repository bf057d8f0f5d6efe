"""The slash commands' wording, from [slash] of the reply files.

English, Discord's default, is put on the commands before they are synced
(`word_commands`); Discord shows each command, option and menu in the reader's
Discord language where the synced command carries it (`name_localizations`,
`description_localizations`), which `ReplyFileTranslator` fills from the other
languages' files. Keys: the command's qualified name ("settings listen"), then
".description", ".<option>" and ".<option>.description"; a message menu's, its
`extras["wording"]` ("ask_menu").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where

from bot.knowledge import Language

# Discord's locales for each reply language other than English.
LOCALES: Mapping[discord.Locale, str] = {
    discord.Locale.spain_spanish: "es",
    discord.Locale.latin_american_spanish: "es",
}


def wording_key(context: app_commands.TranslationContextTypes) -> str | None:
    """Where [slash] keeps the text Discord asks for, or None for what it does not hold."""
    data = context.data
    location = context.location
    if isinstance(data, app_commands.Parameter):
        option = f"{data.command.qualified_name}.{data.name}"
        if location is Where.parameter_name:
            return option
        return f"{option}.description" if location is Where.parameter_description else None
    if isinstance(data, app_commands.ContextMenu):
        return data.extras.get("wording") if location is Where.command_name else None
    if isinstance(data, app_commands.Command | app_commands.Group):
        if location in (Where.command_name, Where.group_name):
            return data.qualified_name
        if location in (Where.command_description, Where.group_description):
            return f"{data.qualified_name}.description"
    return None


def word_commands(tree: app_commands.CommandTree[Any], english: Mapping[str, str]) -> None:
    """Give every slash command, group and option its English description from the reply
    file (a command the file does not describe keeps its docstring)."""
    for command in tree.walk_commands():
        name = command.qualified_name
        command.description = english.get(f"{name}.description", command.description)
        if isinstance(command, app_commands.Command):
            for option, parameter in command._params.items():
                text = english.get(f"{name}.{option}.description")
                if text is not None:  # a locale_str, so the translator is asked too
                    parameter.description = app_commands.locale_str(text)


class ReplyFileTranslator(app_commands.Translator):
    """Translates the command tree from the reply files as they are now (a reload and a
    `sync` publish corrected wording)."""

    def __init__(self, languages: Callable[[], Mapping[str, Language]]) -> None:
        self.languages = languages

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        code = LOCALES.get(locale)
        key = wording_key(context)
        if code is None or key is None:
            return None
        language = self.languages().get(code)
        return language.slash.get(key) if language is not None else None
