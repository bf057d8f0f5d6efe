"""How an engine Answer looks in Discord: an embed, or plain text where embeds are off.

Anything a user typed is escaped before it is shown again, every length is cut
to Discord's limits, and nothing here can ping anyone: callers send with
AllowedMentions.none() and the text itself has its mentions defused too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import discord

from bot.engine import Answer
from bot.sending import Sender
from bot.text import visible, without_markdown

EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FOOTER_MAX = 2048
MESSAGE_MAX = 2000
BUTTON_LABEL_MAX = 80
NO_MENTIONS = discord.AllowedMentions.none()
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


class SuggestionView(discord.ui.View):
    """ "Did you mean" buttons that only the person who asked can press."""

    def __init__(
        self,
        asker_id: int,
        suggestions: tuple[str, ...],
        on_pick: Callable[[discord.Interaction, str], Awaitable[None]],
        sender: Sender,
        timeout: float = 120.0,
    ) -> None:
        super().__init__(timeout=timeout)
        self.asker_id = asker_id
        self._sender = sender
        self._on_pick = on_pick
        for index, suggestion in enumerate(suggestions):
            button: discord.ui.Button[SuggestionView] = discord.ui.Button(
                label=cut(suggestion, BUTTON_LABEL_MAX),
                style=discord.ButtonStyle.secondary,
                custom_id=f"suggestion:{index}",
            )
            button.callback = self._picker(suggestion)  # type: ignore[assignment]
            self.add_item(button)

    def _picker(self, suggestion: str) -> Callable[[discord.Interaction], Awaitable[None]]:
        async def pick(interaction: discord.Interaction) -> None:
            self.stop()
            await self._on_pick(interaction, suggestion)

        return pick

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.asker_id:
            return True
        await self._sender.respond(
            interaction,
            content="These buttons are for the person who asked. Ask me yourself to get your own!",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return False
