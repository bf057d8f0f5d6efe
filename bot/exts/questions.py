"""Questions: free-text questions (mentions, DMs, listening channels) and the chat commands.

Every path ends in `deliver`, so all replies get the same flood control,
duplicate pointer, embed or plain-text form, and "did you mean" buttons.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from typing import TYPE_CHECKING, final

import discord
from discord import app_commands
from discord.ext import commands

from bot.engine import Answer, Context, Episode, PersonMatch
from bot.limits import Conversations, OverLimit, RateLimiter, RecentAnswers, Verdict
from bot.replies import (
    BUTTON_LABEL_MAX,
    InteractionTarget,
    MessageTarget,
    Reply,
    Target,
    answer_embed,
    answer_text,
    cut,
    target_of,
)

if TYPE_CHECKING:
    from bot.client import SomosBot

log = logging.getLogger(__name__)
# One conversation: a person talking to the bot in one channel (or DM) of one server.
ConversationKey = tuple[int, int, int]
CUSTOM_ID_MAX = 100  # Discord's limit for a component's custom_id


class SuggestionButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"somos:ask:(?P<asker>[0-9]{1,20}):(?P<language>[a-z]{2,3}):(?P<question>.+)",
):
    """A "did you mean" button that answers its question for the person who asked.

    Everything it needs is in its custom_id (who asked, the language, the question), so
    discord.py rebuilds it from any press: it works for as long as the message exists,
    across restarts, and not only while the process that sent it runs.
    """

    def __init__(self, asker_id: int, language: str, question: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=cut(question, BUTTON_LABEL_MAX),
                style=discord.ButtonStyle.secondary,
                custom_id=self.custom_id_for(asker_id, language, question),
            )
        )
        self.asker_id = asker_id
        self.language = language
        self.question = question

    @staticmethod
    def custom_id_for(asker_id: int, language: str, question: str) -> str:
        return f"somos:ask:{asker_id}:{language}:{question}"

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[discord.ui.View],
        match: re.Match[str],
        /,
    ) -> SuggestionButton:
        return cls(int(match["asker"]), match["language"], match["question"])

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        questions = _questions(interaction)
        if questions is None:
            return False
        if interaction.user.id == self.asker_id:
            return True
        await questions.refuse_stranger(interaction)
        return False

    async def callback(self, interaction: discord.Interaction) -> None:
        questions = _questions(interaction)
        if questions is not None:
            await questions.answer_suggestion(interaction, self.language, self.question)


class ShareButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"somos:share:(?P<reader>[0-9]{1,20})",
):
    """On an answer only its reader sees (the "Ask Somos" menu): post it for everyone."""

    def __init__(self, reader_id: int, label: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=cut(label, BUTTON_LABEL_MAX),
                style=discord.ButtonStyle.primary,
                custom_id=f"somos:share:{reader_id}",
            )
        )
        self.reader_id = reader_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[discord.ui.View],
        match: re.Match[str],
        /,
    ) -> ShareButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(int(match["reader"]), label or "")

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        return interaction.user.id == self.reader_id

    async def callback(self, interaction: discord.Interaction) -> None:
        questions = _questions(interaction)
        if questions is not None:
            await questions.share(interaction)


def answer_buttons(
    asker_id: int, language: str, suggestions: tuple[str, ...], share: str | None = None
) -> discord.ui.View | None:
    """The "did you mean" buttons (none for a question too long to carry in a custom_id:
    the reply's text still offers it), and a button labelled `share` to post a private
    answer for everyone."""
    if not suggestions and share is None:
        return None  # (most answers: no view to build)
    view = discord.ui.View(timeout=None)
    for question in suggestions:
        if len(SuggestionButton.custom_id_for(asker_id, language, question)) <= CUSTOM_ID_MAX:
            view.add_item(SuggestionButton(asker_id, language, question))
    if share is not None:
        view.add_item(ShareButton(asker_id, share))
    return view if view.children else None


@final
class Questions(commands.Cog):
    def __init__(self, bot: SomosBot) -> None:
        self.bot = bot
        settings = bot.settings
        self.users: RateLimiter[int] = RateLimiter(settings.user_rate, settings.user_window)
        self.channels: RateLimiter[int] = RateLimiter(
            settings.channel_rate, settings.channel_window
        )
        self.recent = RecentAnswers()
        self.conversations: Conversations[ConversationKey, Context] = Conversations()
        self.clock = time.monotonic  # seconds; the tests set their own
        self.ask_menu = app_commands.ContextMenu(
            name=bot.knowledge.languages["en"].slash["ask_menu"],
            callback=self.ask_about_message,
            type=discord.AppCommandType.message,
            extras={"wording": "ask_menu"},  # its key in [slash] (bot.slash)
        )

    async def cog_load(self) -> None:
        self.bot.add_check(self.admit_command)
        self.bot.add_dynamic_items(SuggestionButton, ShareButton)
        self.bot.tree.add_command(self.ask_menu)

    async def cog_unload(self) -> None:
        self.bot.remove_check(self.admit_command)
        self.bot.remove_dynamic_items(SuggestionButton, ShareButton)
        self.bot.tree.remove_command(self.ask_menu.name, type=self.ask_menu.type)

    # --- free text ----------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.webhook_id is not None:
            return
        addressed = self._addresses_bot(message)
        if not addressed and not self._listening(message):
            return
        if (
            addressed
            and self.bot.may_be_command(message.content)
            and (await self.bot.get_context(message)).valid
        ):
            return  # a command: it answers for itself
        question = self._strip_mentions(message.content)
        target = MessageTarget(message, self.bot.sender)
        language = self.bot.language_for(target)
        if not question and not addressed:
            return  # unaddressed and empty (an image, or no Message Content intent)
        if addressed and not await self.admit(target, language):
            return  # over a limit: no work at all, one notice at most
        if not question:  # "@Somos" alone: what it can do
            await self.deliver(target, self.bot.engine.topic("help", language))
            return
        answer = self._answer(target, question, language, remember=addressed)
        if not addressed:
            if not answer.volunteer:  # the engine decides (bot.engine.decide.volunteer)
                return
            if not await self.admit(target, answer.language):
                return
            self._remember(target, answer)
        await self.deliver(target, answer, question=question if addressed else None)

    def _addresses_bot(self, message: discord.Message) -> bool:
        """A DM, or a message that mentions the bot itself (not @everyone or a role).

        A message from a server not loaded yet (during an outage, or just after
        joining) also has no `guild`: only the channel's type tells a DM apart.
        """
        if isinstance(message.channel, discord.DMChannel):
            return True
        me = self.bot.user
        return me is not None and any(user.id == me.id for user in message.mentions)

    def _listening(self, message: discord.Message) -> bool:
        if message.guild is None:
            return False
        settings = self.bot.guild_settings(message.guild.id)
        return settings.answer_unaddressed and message.channel.id in settings.listen_channels

    def _strip_mentions(self, content: str) -> str:
        me = self.bot.user
        if me is not None:
            content = re.sub(rf"<@!?{me.id}>", " ", content)
        return content.strip()

    # --- commands -------------------------------------------------------------------

    @commands.hybrid_command()
    async def ask(self, ctx: commands.Context[SomosBot], *, question: str) -> None:
        """Ask any question about Somos."""
        target = self._target(ctx)
        answer = self._answer(target, question, self._language(ctx))
        await self.deliver(target, answer, question=question)

    @commands.hybrid_command()
    async def episode(self, ctx: commands.Context[SomosBot], *, episode: str) -> None:
        """An episode by number or title."""
        found = self.bot.engine.find_episode(episode)
        name = "episode" if found else "episode_list"
        await self._topic(ctx, name, episode=found)

    @episode.autocomplete("episode")
    async def episode_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        choices = self.bot.engine.episode_choices(current)
        return [app_commands.Choice(name=n, value=v) for n, v in choices]

    @commands.hybrid_command()
    async def episodes(self, ctx: commands.Context[SomosBot]) -> None:
        """All the episodes."""
        await self._topic(ctx, "episode_list")

    @commands.hybrid_command()
    async def cast(self, ctx: commands.Context[SomosBot], *, name: str | None = None) -> None:
        """The cast, or one cast member."""
        person = self.bot.engine.find_person(name) if name else None
        topic = "person" if person else "cast_list"
        await self._topic(ctx, topic, person=person)

    @cast.autocomplete("name")
    async def cast_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        language = self.bot.language_for(InteractionTarget(interaction, self.bot.sender))
        choices = self.bot.engine.person_choices(current, language)
        return [app_commands.Choice(name=n, value=v) for n, v in choices]

    @commands.hybrid_command()
    async def release(self, ctx: commands.Context[SomosBot]) -> None:
        """When it came out."""
        await self._topic(ctx, "release")

    @commands.hybrid_command()
    async def renewal(self, ctx: commands.Context[SomosBot]) -> None:
        """Whether there will be a season 2."""
        await self._topic(ctx, "renewal")

    @commands.hybrid_command()
    async def review(self, ctx: commands.Context[SomosBot]) -> None:
        """The review's verdict."""
        await self._topic(ctx, "review")

    @commands.hybrid_command()
    async def about(self, ctx: commands.Context[SomosBot]) -> None:
        """What the show is and the sources."""
        await self._topic(ctx, "about")

    @commands.hybrid_command(name="help")
    async def help_(self, ctx: commands.Context[SomosBot]) -> None:
        """What I can answer."""
        language = self._language(ctx)
        answer = self.bot.engine.topic("help", language)
        wording = self.bot.knowledge.languages[answer.language]
        target = self._target(ctx)
        lines: list[str] = []
        for command in sorted(self.get_commands(), key=lambda c: c.name):
            name, language = command.name, answer.language
            description = wording.commands.get(name, command.short_doc)
            typed = self._text_form(ctx, target, name)
            if typed is None:
                line = self.bot.say(
                    language, "help_command_slash", name=name, description=description
                )
            else:
                line = self.bot.say(
                    language, "help_command", name=name, command=typed, description=description
                )
            lines.append(line)
        embed = answer_embed(answer, "")
        embed.add_field(
            name=self.bot.say(answer.language, "help_commands"),
            value="\n".join(lines),
            inline=False,
        )
        embed.add_field(
            name=self.bot.say(answer.language, "help_just_ask"),
            value=self.bot.say(answer.language, "help_just_ask_text"),
            inline=False,
        )
        text = f"{answer.text}\n" + "\n".join(lines)
        await target.post(Reply(text, embed))

    def _text_form(self, ctx: commands.Context[SomosBot], target: Target, name: str) -> str | None:
        """How to type command `name` as a message here, in a form that works: the prefix
        in a DM or with the Message Content intent, else a mention (Discord blanks other
        server messages without the intent, so `!ask` would never arrive); None where the
        bot gets no messages at all (a user's install in a server or group DM)."""
        if not target.reads_messages:
            return None
        if target.guild_id is None or self.bot.intents.message_content:
            return f"{self.bot.settings.prefix}{name}"
        return f"@{ctx.me.display_name} {name}"

    async def _topic(
        self,
        ctx: commands.Context[SomosBot],
        intent: str,
        *,
        episode: Episode | None = None,
        person: PersonMatch | None = None,
    ) -> None:
        """Answer a look-up command with the engine's reply on its topic."""
        language = self._language(ctx)
        answer = self.bot.engine.topic(intent, language, episode=episode, person=person)
        await self.deliver(self._target(ctx), answer)

    def _target(self, ctx: commands.Context[SomosBot]) -> Target:
        return target_of(ctx, self.bot.sender)

    def _language(self, ctx: commands.Context[SomosBot]) -> str:
        return self.bot.language_for(self._target(ctx))

    def _answer(
        self,
        target: Target,
        question: str,
        language: str,
        *,
        remember: bool = True,
        reply_in: str | None = None,
    ) -> Answer:
        """Answer within the asker's conversation here, so follow-ups can point back;
        `remember`: keep what it was about (not for a message the bot may not answer);
        `reply_in`: the reply language whatever the question's (someone else's message).
        """
        now = self.clock()
        context = self.conversations.get(_conversation(target), now)
        answer = self.bot.engine.answer(
            question, language, context, unaddressed=not remember, reply_in=reply_in
        )
        if remember:
            self._remember(target, answer)
        return answer

    def _remember(self, target: Target, answer: Answer) -> None:
        if answer.context is not None:
            self.conversations.put(_conversation(target), answer.context, self.clock())

    # --- replying -----------------------------------------------------------------------

    async def deliver(
        self,
        target: Target,
        answer: Answer,
        question: str | None = None,
        *,
        private: bool = False,
    ) -> None:
        """Send one reply for one question (already admitted: see `admit`). `private`:
        for the reader only, with a button to share it; not someone's question to the
        bot, so not logged as unanswered either."""
        now = self.clock()
        in_server = target.guild_id is not None and not private
        credit = self.bot.engine.credit(answer)
        if in_server and (link := self.recent.find(target.channel_id, answer.text, now)):
            await target.post(
                Reply(self.bot.say(answer.language, "answered_moments_ago", link=link))
            )
            return
        share = self.bot.say(answer.language, "share_button") if private else None
        view = answer_buttons(target.author_id, answer.language, answer.suggestions, share)
        title = question if question is not None and self._asks(question, answer) else None
        reply = Reply(answer_text(answer, credit), answer_embed(answer, credit, title), view)
        sent = await target.post(reply, ephemeral=private)
        if sent is not None and in_server:
            self.recent.remember(target.channel_id, answer.text, now, sent.jump_url)
        if answer.declined and question is not None and not private:
            asked_at = dt.datetime.now(dt.UTC)
            await self.bot.store.record_unanswered(
                question, target.settings_guild_id, answer.language, asked_at
            )

    async def ask_about_message(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        """The "Ask Somos" message menu: answer the selected message for the reader alone,
        in their language, in their own conversation here."""
        target = InteractionTarget(interaction, self.bot.sender)
        language = self.bot.language_for(target)
        if not await self.admit(target, language):
            return
        question = self._strip_mentions(message.content)
        if not question:
            await target.post(Reply(self.bot.say(language, "nothing_to_answer")), ephemeral=True)
            return
        answer = self._answer(target, question, language, reply_in=language)
        await self.deliver(target, answer, question, private=True)

    async def share(self, interaction: discord.Interaction) -> None:
        """Post a private answer for everyone, and take the button off the private one."""
        message = interaction.message
        if message is None:
            return
        embed = message.embeds[0] if message.embeds else None
        text = message.content or (embed.description if embed is not None else None) or ""
        target = InteractionTarget(interaction, self.bot.sender)
        await target.update(Reply(text, embed))
        await target.post(Reply(text, embed))

    def _asks(self, question: str, answer: Answer) -> bool:
        """Whether a message is a question, worth repeating as the reply's title: it ends
        with a question mark, or the engine read a question about the show in it (not
        small talk, a call for help, or words it could not read at all)."""
        if question.rstrip().endswith("?"):
            return True
        if answer.intent is None or answer.intent == "help":
            return False
        return answer.intent not in {i.name for i in self.bot.knowledge.intents if i.chat}

    async def admit(self, target: Target, language: str) -> bool:
        """Count one question against the asker's and the channel's limits, before any
        work is done for it; past either, say so once (always to an interaction, which
        must be answered), then stay quiet until it refills.
        """
        now = self.clock()
        for limiter, key, notice in (
            (self.users, target.author_id, "asking_quickly"),
            (self.channels, target.channel_id, "channel_busy"),
        ):
            verdict = limiter.check(key, now)
            if verdict is Verdict.ALLOW:
                continue
            if verdict is Verdict.NOTICE or target.must_answer:
                wait = f"{max(limiter.retry_after(key, now), 1):.0f}"
                text = self.bot.say(language, notice, seconds=wait)
                await target.post(Reply(text), ephemeral=True)
            return False
        return True

    async def admit_command(self, ctx: commands.Context[SomosBot]) -> bool:
        """Every command, of every cog, goes through the same limits before it runs
        ("@Somos help" 25 times gets the same as 25 questions)."""
        if not await self.admit(self._target(ctx), self._language(ctx)):
            raise OverLimit
        return True

    async def answer_suggestion(
        self, interaction: discord.Interaction, language: str, question: str
    ) -> None:
        """Replace the "did you mean" message with the answer to the picked question, in
        the asker's conversation there (a follow-up can point back at it)."""
        target = InteractionTarget(interaction, self.bot.sender)
        answer = self._answer(target, question, language)
        credit = self.bot.engine.credit(answer)
        await target.update(
            Reply(answer_text(answer, credit), answer_embed(answer, credit, question))
        )

    async def refuse_stranger(self, interaction: discord.Interaction) -> None:
        """Someone else pressed the asker's button: tell only them."""
        target = InteractionTarget(interaction, self.bot.sender)
        text = self.bot.say(self.bot.language_for(target), "not_your_buttons")
        await target.post(Reply(text), ephemeral=True)


def _questions(interaction: discord.Interaction) -> Questions | None:
    """The Questions cog of the bot that received `interaction`."""
    client = interaction.client
    cog = (
        client.get_cog(Questions.__cog_name__)
        if isinstance(client, commands.Bot | commands.AutoShardedBot)
        else None
    )
    return cog if isinstance(cog, Questions) else None


def _conversation(target: Target) -> ConversationKey:
    """One person talking to the bot in one channel (or DM) of one server."""
    return (target.guild_id or 0, target.channel_id, target.author_id)


async def setup(bot: SomosBot) -> None:
    await bot.add_cog(Questions(bot))
