"""/settings: each server's admins choose where the bot listens and how it replies.

They exist only in servers that installed the bot (never in a user's own install,
nor in DMs). Discord hides them from members without Manage Server, and we check
the permission again here, since a server can override what Discord shows.
A change is acknowledged ("thinking…") before it is saved: the database may wait
for another process's lock longer than Discord's 3 seconds to answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, final

import discord
from discord import app_commands
from discord.ext import commands

from bot.replies import InteractionTarget, Reply
from bot.store import GuildSettings

if TYPE_CHECKING:
    from bot.client import SomosBot


@final
@app_commands.allowed_installs(guilds=True, users=False)
@app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
@app_commands.default_permissions(manage_guild=True)
class ServerSettings(commands.GroupCog, group_name="settings"):
    """Server settings (Manage Server only)."""

    def __init__(self, bot: SomosBot) -> None:
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        permissions = interaction.permissions
        if not permissions.manage_guild:
            raise app_commands.MissingPermissions(["manage_guild"])
        return True

    @app_commands.command(name="show")
    async def show(self, interaction: discord.Interaction) -> None:
        await self._reply(interaction, self.bot.guild_settings(interaction.guild_id))

    @app_commands.command(name="listen")
    async def listen(
        self, interaction: discord.Interaction, channel: discord.TextChannel, enabled: bool = True
    ) -> None:
        assert interaction.guild_id is not None
        current = self.bot.guild_settings(interaction.guild_id).listen_channels
        channels = current | {channel.id} if enabled else current - {channel.id}
        await self._save(interaction, listen_channels=channels)

    @app_commands.command(name="unaddressed")
    async def unaddressed(self, interaction: discord.Interaction, enabled: bool) -> None:
        assert interaction.guild_id is not None
        if enabled and not self.bot.intents.message_content:
            await self._tell(interaction, "settings_cannot_unaddressed")
            return
        await self._save(interaction, answer_unaddressed=enabled)

    @app_commands.command(name="questionlog")
    async def questionlog(self, interaction: discord.Interaction, enabled: bool) -> None:
        assert interaction.guild_id is not None
        await self._save(interaction, log_unanswered=enabled)

    @app_commands.command(name="language")
    async def language(self, interaction: discord.Interaction, language: str) -> None:
        assert interaction.guild_id is not None
        if language not in self.bot.engine.languages:
            known = ", ".join(sorted(self.bot.engine.languages))
            await self._tell(interaction, "settings_languages", languages=known)
            return
        await self._save(interaction, language=language)

    @language.autocomplete("language")
    async def language_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        codes = sorted(self.bot.engine.languages)
        return [app_commands.Choice(name=c, value=c) for c in codes if current.lower() in c][:25]

    async def _save(self, interaction: discord.Interaction, **changes: object) -> None:
        """Acknowledge at once, save, then show the result (a failed save raises NotSaved,
        which the error handler explains in one line)."""
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        updated = await self.bot.store.update(interaction.guild_id, **changes)
        await self._reply(interaction, updated)

    async def _reply(self, interaction: discord.Interaction, settings: GuildSettings) -> None:
        target = InteractionTarget(interaction, self.bot.sender)
        language = self.bot.language_for(target)

        def say(key: str, /, **values: object) -> str:
            return self.bot.say(language, key, **values)

        def state(on: bool) -> str:
            return say("settings_on" if on else "settings_off")

        channels = ", ".join(f"<#{c}>" for c in sorted(settings.listen_channels))
        lines = [
            say("settings_channels", channels=channels or say("settings_no_channels")),
            say("settings_unaddressed", state=state(settings.answer_unaddressed)),
            say("settings_language", language=settings.language or self.bot.settings.language),
            say("settings_questionlog", state=state(settings.log_unanswered)),
        ]
        if settings.answer_unaddressed and not self.bot.intents.message_content:
            lines.append(say("settings_needs_intent"))
        await target.post(Reply("\n".join(lines)), ephemeral=True)

    async def _tell(self, interaction: discord.Interaction, key: str, **values: object) -> None:
        """A line of [chat] for the admin who asked only, in their language."""
        target = InteractionTarget(interaction, self.bot.sender)
        text = self.bot.say(self.bot.language_for(target), key, **values)
        await target.post(Reply(text), ephemeral=True)


async def setup(bot: SomosBot) -> None:
    await bot.add_cog(ServerSettings(bot))
