"""How an engine Answer looks in Discord: an embed, or plain text where embeds are off.

Anything a user typed is escaped before it is shown again, every length is cut
to Discord's limits, and nothing here can ping anyone: callers send with
AllowedMentions.none() and the text itself has its mentions defused too.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

import discord
from discord.ext import commands

from bot.engine import Answer
from bot.sending import Sender
from bot.text import visible, without_markdown

log = logging.getLogger(__name__)

EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FOOTER_MAX = 2048
MESSAGE_MAX = 2000
BUTTON_LABEL_MAX = 80
COLOUR_ANSWER = discord.Colour.dark_teal()
COLOUR_DECLINE = discord.Colour.light_grey()


def cut(text: str, limit: int) -> str:
    """`text` shortened to `limit` characters, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def echo(user_text: str, limit: int) -> str:
    """User text made safe to show again: no markdown tricks, no mentions, bounded."""
    flat = visible(user_text[: limit * 4])
    safe = discord.utils.escape_mentions(without_markdown(flat))
    return cut(safe, limit)


def answer_embed(answer: Answer, credit: str, question: str | None = None) -> discord.Embed:
    embed = discord.Embed(
        description=cut(answer.text, EMBED_DESCRIPTION_MAX),
        colour=COLOUR_DECLINE if answer.declined else COLOUR_ANSWER,
    )
    if question:
        embed.title = echo(question, EMBED_TITLE_MAX)
    if credit:
        embed.set_footer(text=cut(credit, EMBED_FOOTER_MAX))
    return embed


def answer_text(answer: Answer, credit: str) -> str:
    """The plain-text form, for channels where the bot may not embed links."""
    footer = f"\n-# {credit}" if credit else ""
    return cut(answer.text, MESSAGE_MAX - len(footer)) + footer


@dataclass(frozen=True)
class Reply:
    """One reply: its plain text (all of it, for where embeds are not allowed), and
    optionally the embed that shows it where they are, and buttons."""

    text: str
    embed: discord.Embed | None = None
    view: discord.ui.View | None = None


class Target(ABC):
    """Where a question came from, and the one way to answer it there."""

    author_id: int
    channel_id: int
    guild_id: int | None  # the server it came from, if any
    # The server whose settings apply: None where the bot is not installed in the server
    # (a user's own install used there), which then has no say in its replies.
    settings_guild_id: int | None
    locale: discord.Locale | None  # the asker's Discord language, when Discord says it
    reads_messages: bool  # whether the bot gets messages there (text commands, mentions)
    must_answer: bool  # an interaction must get a response; a message need not

    @abstractmethod
    async def post(self, reply: Reply, *, ephemeral: bool = False) -> discord.PartialMessage | None:
        """Send `reply` (`ephemeral`: only the asker sees it, where that exists); the
        message, or None when nothing was posted or Discord does not say which it is."""


class MessageTarget(Target):
    """A message (a mention, a DM, a text command), answered in its channel as a reply to
    it, within the bot's permissions there: embeds only with Embed Links, the reply
    reference only with Read Message History, and nothing at all (quietly) where it may
    not post. A channel message cannot be ephemeral: everyone there sees it.
    """

    must_answer = False

    def __init__(self, message: discord.Message, sender: Sender) -> None:
        self.message = message
        self.sender = sender
        self.author_id = message.author.id
        self.channel_id = message.channel.id
        self.guild_id = message.guild.id if message.guild is not None else None
        self.settings_guild_id = self.guild_id  # messages arrive only where it is installed
        self.locale = None
        self.reads_messages = True

    async def post(self, reply: Reply, *, ephemeral: bool = False) -> discord.PartialMessage | None:
        channel = self.message.channel
        if isinstance(channel, discord.GroupChannel):
            return None  # no bot is in a group DM: no message comes from one
        guild = self.message.guild
        me = guild.me if guild is not None else None
        permissions = channel.permissions_for(me) if me is not None else None
        if permissions is None:  # a DM: everything is allowed
            permissions = discord.Permissions.text()
        elif not _can_send(channel, permissions):
            log.info("No permission to post in channel %s of server %s", channel.id, self.guild_id)
            return None
        embed = reply.embed if permissions.embed_links else None
        reference = None
        if permissions.read_message_history:
            reference = self.message.to_reference(fail_if_not_exists=False)
        return await self.sender.send(
            channel,
            content=None if embed is not None else reply.text,
            embed=embed,
            view=reply.view,
            reference=reference,
        )


class InteractionTarget(Target):
    """An interaction (a slash command, a button, a context menu), answered through it:
    an embed only where the interaction allows the bot Embed Links."""

    must_answer = True

    def __init__(self, interaction: discord.Interaction, sender: Sender) -> None:
        self.interaction = interaction
        self.sender = sender
        self.author_id = interaction.user.id
        self.channel_id = interaction.channel_id or 0
        self.guild_id = interaction.guild_id
        self.settings_guild_id = self.guild_id if interaction.is_guild_integration() else None
        self.locale = interaction.locale
        self.reads_messages = (
            self.settings_guild_id is not None or interaction.context.dm_channel is True
        )

    @property
    def can_embed(self) -> bool:
        return self.interaction.app_permissions.embed_links

    async def post(self, reply: Reply, *, ephemeral: bool = False) -> discord.PartialMessage | None:
        embed = reply.embed if self.can_embed else None
        return await self.sender.respond(
            self.interaction,
            content=None if embed is not None else reply.text,
            embed=embed,
            view=reply.view,
            ephemeral=ephemeral,
        )

    async def update(self, reply: Reply) -> None:
        """Turn the message whose button was pressed into `reply` (its buttons gone)."""
        if reply.embed is not None and self.can_embed:
            await self.sender.update(self.interaction, embed=reply.embed)
        else:
            await self.sender.update(self.interaction, content=reply.text)


def target_of(ctx: commands.Context[Any], sender: Sender) -> Target:
    """A command's target: its interaction for a slash command, else its message."""
    if ctx.interaction is not None:
        return InteractionTarget(ctx.interaction, sender)
    return MessageTarget(ctx.message, sender)


def _can_send(channel: object, permissions: discord.Permissions) -> bool:
    if isinstance(channel, discord.Thread):
        return permissions.send_messages_in_threads
    return permissions.send_messages
