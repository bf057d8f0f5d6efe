"""Every reply the bot makes goes through a Sender: a passing Discord failure loses no
reply and doubles none.

discord.py retries a channel message itself on 429 and on 500, 502, 504 and 524,
but gives up at once on 503 (and the other 5xx) and on a dropped connection. So
the Sender tries again, a few times with backoff (`Settings.send_retry_delays`),
and only where trying again cannot post a second copy:

- A message (the answer to a mention, a DM or a prefix command) carries one
  nonce, with `enforce_nonce`, for all its tries. For a nonce it has seen in the
  last few minutes Discord returns the message it already made instead of making
  another, so a try that failed after Discord had posted the message is harmless.
- An interaction's initial response (a slash command's answer, a button's
  update) cannot carry a nonce, but Discord takes only one per interaction and
  refuses any other with 40060 "already acknowledged". discord.py's webhook
  client retries every 5xx on these itself, so a response that arrived but was
  reported failed comes back as 40060: that means delivered, not an error. Here
  only connection errors are tried again (the token lasts 3 seconds: a later try
  is refused as an unknown interaction). Buttons on a response that arrived that
  way still work: they carry all they need in their custom_id (bot.exts.questions).
- A follow-up (a webhook message, after the initial response) takes no nonce,
  and Discord would post a second copy: the Sender never retries one. The bot
  sends follow-ups only for error notices after a response.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

import aiohttp
import discord
from discord.http import handle_message_parameters
from discord.utils import MISSING

log = logging.getLogger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()  # every reply: it never pings anyone
T = TypeVar("T")
# Where a message can be posted, and pointed at by a PartialMessage (not a group DM,
# where no bot is).
Channel = (
    discord.TextChannel
    | discord.VoiceChannel
    | discord.StageChannel
    | discord.Thread
    | discord.DMChannel
    | discord.PartialMessageable
)

# What discord.py's REST client already retries on its own, five times.
RETRIED_BY_DISCORD_PY = frozenset({500, 502, 504, 524})
ALREADY_ACKNOWLEDGED = 40060  # Discord's code for a second response to one interaction
DEFAULT_DELAYS = (0.5, 1.0, 2.0)


def connection_lost(error: BaseException) -> bool:
    """The request may or may not have reached Discord: no answer came back."""
    return isinstance(error, aiohttp.ClientConnectionError | TimeoutError)


def passing_server_error(error: BaseException) -> bool:
    """A 5xx that discord.py gave up on at once (503 and the like), not after its retries."""
    return (
        isinstance(error, discord.DiscordServerError) and error.status not in RETRIED_BY_DISCORD_PY
    )


class Sender:
    """Sends the bot's replies, retrying what is safe to retry (see the module docstring)."""

    def __init__(self, delays: Sequence[float] = DEFAULT_DELAYS) -> None:
        self.delays = tuple(delays)

    async def send(
        self,
        channel: Channel,
        *,
        content: str | None = None,
        embed: discord.Embed | None = None,
        view: discord.ui.View | None = None,
        reference: discord.MessageReference | None = None,
    ) -> discord.PartialMessage:
        """Post a message, pinging no one; one nonce for every try. The message comes
        back as its channel and id (all the bot uses of it: its link): the request is
        discord.py's own (`Messageable.send`'s parameters and route), but not the Message
        it would build from Discord's answer, and from the message it refers to."""
        nonce = secrets.randbits(63)
        state = channel._state

        def transient(error: BaseException) -> bool:
            return passing_server_error(error) or connection_lost(error)

        async def attempt() -> discord.PartialMessage:
            with handle_message_parameters(
                content=content,
                embed=_given(embed),
                view=_given(view),
                nonce=nonce,
                allowed_mentions=NO_MENTIONS,
                previous_allowed_mentions=state.allowed_mentions,
                message_reference=(
                    MISSING if reference is None else reference.to_message_reference_dict()
                ),
                mention_author=None if reference is None else False,
            ) as params:
                data = await state.http.send_message(channel.id, params=params)
            return discord.PartialMessage(channel=channel, id=int(data["id"]))

        sent = await self._retry(attempt, transient)
        if view is not None and view.is_dispatchable():
            state.store_view(view, sent.id)  # its buttons answer presses
        return sent

    async def respond(
        self,
        interaction: discord.Interaction,
        *,
        content: str | None = None,
        embed: discord.Embed | None = None,
        view: discord.ui.View | None = None,
        ephemeral: bool = False,
    ) -> discord.Message | None:
        """Answer an interaction, pinging no one: its initial response, retried safely;
        or, once it has one, a follow-up, sent once. The message, or None when Discord
        does not say which it is.
        """
        if interaction.response.is_done():
            return await interaction.followup.send(
                content=_given(content),
                embed=_given(embed),
                view=_given(view),
                ephemeral=ephemeral,
                allowed_mentions=NO_MENTIONS,
                wait=True,
            )

        async def initial() -> discord.Message | None:
            response = await interaction.response.send_message(
                content=content,
                embed=_given(embed),
                view=_given(view),
                ephemeral=ephemeral,
                allowed_mentions=NO_MENTIONS,
            )
            resource = response.resource
            return resource if isinstance(resource, discord.InteractionMessage) else None

        return await self._initial_response(initial)

    async def update(
        self,
        interaction: discord.Interaction,
        *,
        content: str | None = None,
        embed: discord.Embed | None = None,
    ) -> None:
        """Turn the message of a pressed button into `content` or `embed`, buttons gone, as
        the interaction's initial response."""

        async def initial() -> None:
            await interaction.response.edit_message(
                content=content, embed=embed, view=None, allowed_mentions=NO_MENTIONS
            )

        await self._initial_response(initial)

    async def _initial_response(self, attempt: Callable[[], Awaitable[T]]) -> T | None:
        async def once() -> T | None:
            try:
                return await attempt()
            except discord.HTTPException as error:
                if error.code != ALREADY_ACKNOWLEDGED:
                    raise
                log.info("An interaction response was reported failed but had arrived")
                return None

        return await self._retry(once, connection_lost)

    async def _retry(
        self, attempt: Callable[[], Awaitable[T]], transient: Callable[[BaseException], bool]
    ) -> T:
        """`attempt()`, tried again after each delay while it fails in a passing way."""
        for delay in self.delays:
            try:
                return await attempt()
            except Exception as error:
                if not transient(error):
                    raise
                log.warning(
                    "Discord failed to take a reply (%s); trying again in %.2f s",
                    _describe(error),
                    delay,
                )
            await asyncio.sleep(delay)
        return await attempt()


def _given(value: T | None) -> T:
    """discord.py's "not given" for None: its overloads take no None for these fields."""
    return MISSING if value is None else value


def _describe(error: BaseException) -> str:
    if isinstance(error, discord.HTTPException):
        return f"{error.status}"
    return type(error).__name__
