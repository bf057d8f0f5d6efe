"""Owner-only maintenance: publishing the slash commands and reloading the facts.

Syncing is rate-limited by Discord and slow to spread, so the bot never syncs
the global command tree by itself: its owner does, once, after an update.
Reloading lets a corrected fact file go live without a restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, final

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
        """Publish the slash commands everywhere (global) or in this server only (here)."""
        if scope == "here" and ctx.guild is not None:
            self.bot.tree.copy_global_to(guild=ctx.guild)
            synced = await self.bot.tree.sync(guild=ctx.guild)
        else:
            synced = await self.bot.tree.sync()
        where = "in this server" if scope == "here" else "globally"
        await self._tell(ctx, f"Synced {len(synced)} slash commands {where}.")

    @commands.command(hidden=True)
    @commands.is_owner()
    async def reload(self, ctx: commands.Context[SomosBot]) -> None:
        """Read the fact files again; if they have a problem, keep the old facts and say why."""
        try:
            knowledge = await self.bot.reload_knowledge()
        except KnowledgeError as error:
            reply = f"Kept the facts I had. The new files have a problem: {error}"
        else:
            reply = (
                f"Reloaded the facts: {len(knowledge.episodes)} episodes, "
                f"{len(knowledge.cast)} cast members, {len(knowledge.sources)} sources."
            )
        await self._tell(ctx, cut(without_markdown(reply), 2000))

    async def _tell(self, ctx: commands.Context[SomosBot], text: str) -> None:
        await MessageTarget(ctx.message, self.bot.sender).post(Reply(text))


async def setup(bot: SomosBot) -> None:
    await bot.add_cog(Owner(bot))
