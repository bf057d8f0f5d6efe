"""Bursts of questions while Discord misbehaves: every question gets exactly one reply.

Each test sends 200+ questions from 50 people in 8 channels, DMs and slash
commands (everyone within the rate limits), and injects one kind of fault
halfway: REST 429s, 500/502s, a dropped gateway connection, RECONNECT, or
INVALID_SESSION. Replies are matched to questions by their message reference
(or interaction), so a lost or doubled reply is seen, not just a wrong total.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest

from bot.client import SomosBot
from bot.engine import Engine
from bot.knowledge import Knowledge
from bot.settings import Settings
from tests.discord.conftest import RunBot, World
from tests.fake_discord import FakeChannel, FakeUser

PEOPLE = 50
QUESTIONS_EACH = 4
CHANNELS = 8
SLASH_EVERY = 10  # every tenth question is a /ask
MESSAGES = "/channels/{channel_id}/messages"
CALLBACK = "/interactions/{interaction_id}/{token}/callback"


@dataclass(frozen=True)
class Question:
    asker: FakeUser
    channel: FakeChannel | None  # None: a DM
    text: str
    slash: bool


def question_pool(knowledge: Knowledge) -> list[str]:
    """Varied questions, all answerable, built from the facts; each names what it asks
    about, so that its answer does not depend on what its asker asked before."""
    pool = [f"what is episode {episode.number} called" for episode in knowledge.episodes]
    pool += [f"who plays {member.character}" for member in knowledge.cast if member.character]
    pool += ["when did somos come out", "will there be a season 2", "who made somos"]
    pool += ["what is somos about"]
    return pool


def plan(world: World, knowledge: Knowledge, channels: list[FakeChannel]) -> list[Question]:
    people = [world.fake.add_user(f"fan{n}") for n in range(PEOPLE)]
    for person in people:
        world.fake.add_member(world.guild, person)
    pool = question_pool(knowledge)
    questions: list[Question] = []
    in_channels = 0
    for _ in range(QUESTIONS_EACH):
        for number, person in enumerate(people):
            text = pool[len(questions) % len(pool)]
            if number % 5 == 0:  # one person in five asks in DMs
                questions.append(Question(person, None, text, slash=False))
                continue
            channel = channels[in_channels % CHANNELS]
            slash = in_channels % SLASH_EVERY == 5
            questions.append(Question(person, channel, text, slash))
            in_channels += 1
    return questions


def assert_within_limits(questions: list[Question], settings: Settings) -> None:
    per_person = Counter(q.asker.id for q in questions)
    per_channel = Counter(q.channel.id for q in questions if q.channel is not None)
    assert max(per_person.values()) <= settings.user_rate
    assert max(per_channel.values()) <= settings.channel_rate


class Burst:
    """Sends the questions and matches every reply the bot makes to its question."""

    def __init__(self, world: World, bot: SomosBot) -> None:
        self.fake = world.fake
        self.bot = bot
        self.messages: dict[int, Question] = {}
        self.interactions: dict[int, Question] = {}

    async def ask(self, question: Question) -> None:
        if question.slash:
            record = await self.fake.send_slash_command(
                "ask", {"question": question.text}, user=question.asker, channel=question.channel
            )
            self.interactions[record.id] = question
            return
        if question.channel is None:
            sent = await self.fake.send_dm(question.asker, question.text)
        else:
            text = f"<@{self.bot.user.id}> {question.text}"
            sent = await self.fake.send_message(question.channel, question.asker, text)
        self.messages[int(sent["id"])] = question

    def replies(self) -> Counter[int]:
        """How many replies each question got: message replies and interaction responses."""
        counts: Counter[int] = Counter()
        for message in self.fake.sent_messages:
            if message.reference_id in self.messages:
                counts[message.reference_id] += 1
            elif message.interaction_id in self.interactions:
                counts[message.interaction_id] += 1  # a follow-up would be a second reply
        for interaction_id in self.interactions:
            counts[interaction_id] += len(self.fake.interactions[interaction_id].responses)
        return counts

    def all_answered(self) -> bool:
        replies = self.replies()
        return all(replies[key] >= 1 for key in [*self.messages, *self.interactions])

    async def run(self, questions: list[Question], midway: Callable[[], Awaitable[None]]) -> None:
        half = len(questions) // 2
        for question in questions[:half]:
            await self.ask(question)
        await midway()
        for question in questions[half:]:
            await self.ask(question)
        await self.fake.wait_until(self.all_answered, timeout=60, what="a reply to every question")
        await asyncio.sleep(0.5)  # time for any doubled reply to show up


async def _rest_429(world: World, bot: SomosBot) -> None:
    faults = world.fake.faults
    faults.fail_next("POST", MESSAGES, status=429, count=40, retry_after=0.2)
    faults.fail_next("POST", CALLBACK, status=429, count=5, retry_after=0.2)
    faults.fail_next(None, MESSAGES, status=429, count=1, retry_after=0.3, is_global=True)


async def _rest_5xx(world: World, bot: SomosBot) -> None:
    world.fake.faults.fail_next("POST", MESSAGES, status=500, count=4)
    world.fake.faults.fail_next("POST", MESSAGES, status=502, count=4)


async def _dropped_connection(world: World, bot: SomosBot) -> None:
    await world.fake.drop_connection(code=4000)


async def _reconnect(world: World, bot: SomosBot) -> None:
    await world.fake.request_reconnect()


async def _resumable_invalid_session(world: World, bot: SomosBot) -> None:
    await world.fake.invalidate_session(resumable=True)


async def _fresh_invalid_session(world: World, bot: SomosBot) -> None:
    """Discord delivers nothing to a bot between INVALID_SESSION and its new IDENTIFY,
    so the rest of the burst is sent once the new session is up.
    """
    await world.fake.invalidate_session(resumable=False)
    await world.fake.wait_for_identifies(2, timeout=10)


async def _everything(world: World, bot: SomosBot) -> None:
    await _rest_429(world, bot)
    await _rest_5xx(world, bot)
    await _dropped_connection(world, bot)


# Each fault, and the new gateway sessions it must cause (a resume, or a new identify).
FAULTS = {
    "rest-429-route-and-global": (_rest_429, 0),
    "rest-500-and-502": (_rest_5xx, 0),
    "gateway-dropped": (_dropped_connection, 1),
    "gateway-reconnect": (_reconnect, 1),
    "invalid-session-resumable": (_resumable_invalid_session, 1),
    "invalid-session-new-identify": (_fresh_invalid_session, 1),
    "429s-5xxs-and-a-drop": (_everything, 1),
}


@pytest.mark.parametrize(("fault", "reconnects"), FAULTS.values(), ids=FAULTS.keys())
async def test_every_question_gets_exactly_one_reply(
    world: World,
    run_bot: RunBot,
    knowledge: Knowledge,
    engine: Engine,
    caplog: pytest.LogCaptureFixture,
    fault: Callable[[World, SomosBot], Awaitable[None]],
    reconnects: int,
):
    caplog.set_level(logging.WARNING)
    channels = [world.general, world.quiet]
    channels += [world.fake.add_channel(world.guild, f"room-{n}") for n in range(CHANNELS - 2)]
    questions = plan(world, knowledge, channels)
    assert len(questions) >= 200
    async with run_bot() as bot:
        assert_within_limits(questions, bot.settings)
        burst = Burst(world, bot)
        await burst.run(questions, lambda: fault(world, bot))
        replies = burst.replies()
        assert not bot.is_closed()
    fake = world.fake
    assert all(rule.exhausted for rule in fake.faults.rules), "a REST fault was never hit"
    assert len(fake.identifies) - 1 + len(fake.resumes) == reconnects
    doubled = {key: count for key, count in replies.items() if count > 1}
    assert not doubled, f"{len(doubled)} questions answered more than once"
    assert len(replies) == len(questions)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    expected = {q.text: engine.answer(q.text).text for q in questions}
    for message in world.fake.sent_messages:
        question = burst.messages.get(message.reference_id)
        if question is not None and message.embeds:
            assert message.embeds[0]["description"] == expected[question.text]
