"""The one place where command errors become a short, friendly message and a log line."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, final

import discord
from discord import app_commands
from discord.ext import commands

from bot.limits import OverLimit
from bot.replies import InteractionTarget, Reply, target_of
from bot.store import NotSaved
from bot.templates import CHAT

if TYPE_CHECKING:
    from bot.client import SomosBot

log = logging.getLogger(__name__)
SORRY = "error_sorry"  # [chat] keys of what the user is told
NOT_SAVED = "error_not_saved"


def explain(error: Exception) -> str | None:
    """The [chat] line that tells the user about an error, or None to stay quiet."""
    if isinstance(error, commands.CommandNotFound | OverLimit):
        return None  # nothing to say, or said already (the flood notice)
    if isinstance(error, commands.NotOwner):
        return "error_not_owner"
    if isinstance(error, commands.MissingPermissions | app_commands.MissingPermissions):
        return "error_manage_server"
    if isinstance(error, commands.NoPrivateMessage | app_commands.NoPrivateMessage):
        return "error_server_only"
    if isinstance(error, NotSaved):
        return NOT_SAVED
    return SORRY


def report(command: object, error: Exception, key: str | None) -> None:
    """The operator's log line: a traceback only for the unexpected (SORRY)."""
    if key == SORRY:
        log.error("Command %s failed", command, exc_info=error)
    elif isinstance(error, NotSaved):
        log.warning("Command %s could not save (%s); the user was told to retry", command, error)


@final
class Errors(commands.Cog):
    def __init__(self, bot: SomosBot) -> None:
        self.bot = bot
        self._previous_handler = bot.tree.on_error
        bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous_handler  # type: ignore[method-assign]

    @commands.Cog.listener()
    async def on_command_error(
        self, ctx: commands.Context[SomosBot], error: commands.CommandError
    ) -> None:
        original = getattr(error, "original", error)
        target = target_of(ctx, self.bot.sender)
        if isinstance(original, commands.UserInputError):
            message: str | None = self.input_help(ctx, original)
        else:
            key = explain(original)
            report(ctx.command, original, key)
            message = self.bot.say(self.bot.language_for(target), key) if key else None
        if message is not None:
            await target.post(Reply(message), ephemeral=True)

    def input_help(self, ctx: commands.Context[SomosBot], error: commands.UserInputError) -> str:
        """A text command missing its argument, or given one it can't take: how to use it,
        in the asker's language (never discord.py's own wording)."""
        language = self.bot.language_for(target_of(ctx, self.bot.sender))
        prefix = ctx.clean_prefix
        name = ctx.command.name if ctx.command else ""
        key = f"missing_{name}"
        if isinstance(error, commands.MissingRequiredArgument) and key in CHAT:
            return self.bot.say(language, key, command=f"{prefix}{ctx.invoked_with or name}")
        return self.bot.say(language, "bad_argument", help=f"{prefix}help")

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        original = getattr(error, "original", error)
        if isinstance(original, OverLimit):
            return  # the flood notice was the reply
        key = explain(original) or SORRY
        report(interaction.command, original, key)
        target = InteractionTarget(interaction, self.bot.sender)
        message = self.bot.say(self.bot.language_for(target), key)
        await target.post(Reply(message), ephemeral=True)


async def setup(bot: SomosBot) -> None:
    await bot.add_cog(Errors(bot))
