"""Owner-only maintenance: publishing the slash commands and reloading the facts.

Syncing is rate-limited by Discord and slow to spread, so the bot never syncs
the global command tree by itself: its owner does, once, after an update.
Reloading lets a corrected fact file go live without a restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, final

import discord
from discord.ext import commands

from bot.knowledge import KnowledgeError
from bot.replies import MessageTarget, Reply, cut
from bot.text import without_markdown

if TYPE_CHECKING:
    from bot.client import SomosBot


@final
class Owner(commands.Cog):
    def __init__(self, bot: SomosBot) -> None:
        self.bot = bot

    @commands.command(hidden=True)
    @commands.is_owner()
    async def sync(
        self, ctx: commands.Context[SomosBot], scope: Literal["global", "here"] = "global"
    ) -> None:
        """Publish the slash commands everywhere (global) or in this server only (here).

        Going global also removes the dev server's copies (DEV_GUILD_ID), which would
        otherwise show every command twice there.
        """
        language = self.bot.language_for(MessageTarget(ctx.message, self.bot.sender))
        if scope == "here":
            if ctx.guild is None:
                await self._tell(ctx, self.bot.say(language, "sync_here_needs_server"))
                return
            self.bot.tree.copy_global_to(guild=ctx.guild)
            synced = await self.bot.tree.sync(guild=ctx.guild)
            await self._tell(ctx, self.bot.say(language, "synced_here", count=len(synced)))
            return
        synced = await self.bot.tree.sync()
        dev = self.bot.settings.dev_guild_id
        removed = await self._unpublish(discord.Object(dev)) if dev else 0
        if removed:
            text = self.bot.say(
                language,
                "synced_global_dev_removed",
                count=len(synced),
                removed=removed,
                server=dev,
            )
        else:
            text = self.bot.say(language, "synced_global", count=len(synced))
        await self._tell(ctx, text)

    async def _unpublish(self, guild: discord.Object) -> int:
        """Remove every slash command of this bot from one server; how many there were."""
        copies = await self.bot.tree.fetch_commands(guild=guild)
        if copies:
            self.bot.tree.clear_commands(guild=guild)
            await self.bot.tree.sync(guild=guild)
        return len(copies)

    @commands.command(hidden=True)
    @commands.is_owner()
    async def reload(self, ctx: commands.Context[SomosBot]) -> None:
        """Read the fact files again; if they have a problem, keep the old facts and say why."""
        language = self.bot.language_for(MessageTarget(ctx.message, self.bot.sender))
        try:
            knowledge = await self.bot.reload_knowledge()
        except KnowledgeError as error:
            reply = self.bot.say(language, "reload_kept", problem=without_markdown(str(error)))
        else:
            reply = self.bot.say(
                language,
                "reloaded",
                episodes=len(knowledge.episodes),
                cast=len(knowledge.cast),
                sources=len(knowledge.sources),
            )
        await self._tell(ctx, cut(reply, 2000))

    async def _tell(self, ctx: commands.Context[SomosBot], text: str) -> None:
        await MessageTarget(ctx.message, self.bot.sender).post(Reply(text))


async def setup(bot: SomosBot) -> None:
    await bot.add_cog(Owner(bot))
