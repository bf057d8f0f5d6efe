"""The Discord bot: a commands.AutoShardedBot holding the engine, settings and store."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands
from discord.state import AutoShardedConnectionState

from bot import heap
from bot.engine import Engine
from bot.knowledge import Knowledge, load
from bot.replies import Target
from bot.sending import NO_MENTIONS, Sender
from bot.settings import Settings
from bot.slash import ReplyFileTranslator, word_commands
from bot.smoke import tried_engine
from bot.store import GuildSettings, SettingsStore

if TYPE_CHECKING:
    from discord.types.gateway import MessageCreateEvent

log = logging.getLogger(__name__)

EXTENSIONS = ("bot.exts.errors", "bot.exts.questions", "bot.exts.server_settings", "bot.exts.owner")


class _ConnectionState(AutoShardedConnectionState["SomosBot"]):
    """discord.py's, except that a message posted by a bot goes no further than its
    gateway event: nothing here answers a bot (both `on_message` handlers return at once),
    so no Message is built for it, and no task is started to hand it to them. Most of
    these are the echo of the bot's own replies, one for each, each with the question it
    refers to."""

    def parse_message_create(self, data: MessageCreateEvent) -> None:
        if not data["author"].get("bot", False):
            super().parse_message_create(data)


class SomosBot(commands.AutoShardedBot):
    """Answers questions about Somos. in servers and DMs.

    Sharded from the start (one shard unless SHARD_COUNT says otherwise), so a
    bot that outgrows one process only needs SHARD_COUNT and SHARD_IDS.
    """

    def __init__(
        self, settings: Settings, knowledge: Knowledge, store: SettingsStore, **options: Any
    ) -> None:
        self.settings = settings
        self.store = store
        self.knowledge = knowledge
        self.engine = Engine(knowledge)
        self.sender = Sender(settings.send_retry_delays)  # every reply goes through it
        if settings.shard_ids:
            options["shard_ids"] = list(settings.shard_ids)
        super().__init__(
            command_prefix=commands.when_mentioned_or(settings.prefix),
            # Slash commands and the context menu work from a server install and from a
            # user's own install, in servers, DMs and group DMs, unless one says otherwise
            # (the server settings are server-only).
            allowed_installs=app_commands.AppInstallationType(guild=True, user=True),
            allowed_contexts=app_commands.AppCommandContext(
                guild=True, dm_channel=True, private_channel=True
            ),
            intents=self.intents_for(settings),
            allowed_mentions=NO_MENTIONS,
            help_command=None,
            shard_count=settings.shard_count,
            max_messages=None,
            chunk_guilds_at_startup=False,
            member_cache_flags=discord.MemberCacheFlags.none(),
            **options,
        )

    def _get_state(self, **options: Any) -> AutoShardedConnectionState[Any]:
        """discord.py's hook for its connection state: ours (see `_ConnectionState`)."""
        return _ConnectionState(
            dispatch=self.dispatch,
            handlers=self._handlers,
            hooks=self._hooks,
            http=self.http,
            **options,
        )

    @staticmethod
    def intents_for(settings: Settings) -> discord.Intents:
        """The least the bot needs. Message content (a privileged intent) only when the
        operator asks for it (MESSAGE_CONTENT_INTENT): mentions and DMs carry their content
        without it, so slash commands, mentions and DMs always work. No server's setting
        changes what the process asks Discord for: one server's admin must never be able
        to make Discord refuse the whole bot.
        """
        intents = discord.Intents.none()
        intents.guilds = True
        intents.guild_messages = True
        intents.dm_messages = True
        intents.message_content = settings.message_content
        return intents

    async def reload_knowledge(self) -> Knowledge:
        """Read and check the fact files again, answer the smoke set with them in every
        language (bot.smoke), then swap them in at once.

        On any problem this raises KnowledgeError and the old facts stay: a question
        is answered wholly from the old facts or wholly from the new ones.
        """
        knowledge = await asyncio.to_thread(load, self.settings.knowledge_dir)
        engine = await asyncio.to_thread(tried_engine, knowledge)
        self.knowledge, self.engine = knowledge, engine
        heap.resettle()
        log.info("Reloaded the fact files from %s", self.settings.knowledge_dir)
        return knowledge

    def say(self, language: str, key: str, /, **values: object) -> str:
        """A line of the bot's own wording ([chat] in the language's reply file)."""
        languages = self.knowledge.languages
        return languages.get(language, languages["en"]).chat[key].format(**values)

    def language_for(self, target: Target) -> str:
        """The reply language when a question does not show its own: the asker's Discord
        language for interactions (if we speak it), else the server's (where the bot is
        installed), else the bot's.
        """
        if target.locale is not None:
            code = str(target.locale.value).split("-")[0]
            if code in self.engine.languages:
                return code
        return self.guild_settings(target.settings_guild_id).language or self.settings.language

    def guild_settings(self, guild_id: int | None) -> GuildSettings:
        return self.store.get(guild_id) if guild_id is not None else GuildSettings()

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        word_commands(self.tree, self.knowledge.languages["en"].slash)
        await self.tree.set_translator(ReplyFileTranslator(lambda: self.knowledge.languages))
        if self.settings.dev_guild_id:
            guild = discord.Object(self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("Synced %d slash commands to dev guild %s", len(synced), guild.id)

    async def on_message(self, message: discord.Message, /) -> None:
        """discord.py's own: run the command a message holds. Only a message with a
        command's name (or alias) in it can hold one, so no other is parsed for a prefix
        (most are questions; the Questions cog answers them)."""
        if not message.author.bot and self.may_be_command(message.content):
            await self.process_commands(message)

    def may_be_command(self, content: str) -> bool:
        """Whether a command's name (or alias) is anywhere in `content`: without one, no
        prefix or mention before it can invoke a command."""
        return any(name in content for name in self.all_commands)

    async def close(self) -> None:
        await super().close()
        await self.store.close()

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("Logged in as %s (%s) in %d servers", self.user, self.user.id, len(self.guilds))


async def create_bot(settings: Settings, knowledge: Knowledge, **options: Any) -> SomosBot:
    """A bot ready to start, with its per-server settings loaded; `options` go to discord.py."""
    default = GuildSettings(settings.listen_channel_ids, settings.answer_unaddressed)
    store = SettingsStore(settings.open_database(), default)
    await store.open()
    return SomosBot(settings, knowledge, store, **options)
