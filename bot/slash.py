"""The slash commands' names and descriptions in other languages, from the reply files.

Discord shows each command, option and menu in the reader's Discord language when
the synced command carries it (`name_localizations`, `description_localizations`).
English is the code's own wording; the other languages' come from [slash] in their
reply files, keyed by the command's qualified name ("settings listen"), then
".description", ".<option>" and ".<option>.description".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

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
    if isinstance(data, app_commands.Command | app_commands.Group | app_commands.ContextMenu):
        if location in (Where.command_name, Where.group_name):
            return data.qualified_name
        if location in (Where.command_description, Where.group_description):
            return f"{data.qualified_name}.description"
    return None


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
