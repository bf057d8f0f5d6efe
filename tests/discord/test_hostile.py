"""The nasty-input corpus, sent to the running bot: one safe, valid reply to each.

The fake rejects what Discord would (over-long text, bad embeds), so a reply
that reaches it is one Discord would have accepted.
"""

from __future__ import annotations

import asyncio
import re

import pytest

from tests.discord.conftest import RunBot, World
from tests.engine.test_robustness import NASTY

# A ping: @everyone / @here, or a user or role mention, not escaped.
PING = re.compile(r"(?<!\\)@(?:everyone|here)|<@[!&]?\d+>")


def shown_text(message) -> str:
    parts = [message.content or ""]
    for embed in message.embeds:
        parts += [embed.get("title", ""), embed.get("description", "")]
    return "\n".join(parts)


async def test_every_nasty_message_gets_one_safe_reply(world: World, run_bot: RunBot):
    async with run_bot(user_rate=1000, channel_rate=1000) as bot:
        me = bot.user.id
        asked = []
        for text in NASTY:
            sent = await world.fake.send_message(world.general, world.alice, f"<@{me}> {text}")
            asked.append(int(sent["id"]))
        replies = await world.fake.wait_for_messages(len(NASTY), timeout=30)
    assert sorted(reply.reference_id for reply in replies) == sorted(asked)
    for reply in replies:
        assert reply.payload["allowed_mentions"]["parse"] == []
        shown = shown_text(reply)
        assert not PING.search(shown), shown[:300]
        assert "\u202e" not in shown and "\x00" not in shown
        assert len(reply.embeds[0].get("title", "")) <= 256


@pytest.mark.parametrize("command", ["help", "sync", "ask"])
async def test_every_reply_goes_through_the_limits(world: World, run_bot: RunBot, command: str):
    """help, an owner command from someone else, a command missing its argument: all
    count against the asker's limit like questions (one notice, then silence)."""
    async with run_bot() as bot:
        for _ in range(25):
            await world.fake.send_message(world.general, world.bob, f"<@{bot.user.id}> {command}")
        await world.fake.wait_for_messages(bot.settings.user_rate + 1)
        await asyncio.sleep(0.5)
    replies = world.fake.sent_messages
    notices = [m for m in replies if "quickly" in (m.content or "")]
    assert len(notices) == 1
    assert len(replies) == bot.settings.user_rate + 1


async def test_a_flood_costs_no_work_past_the_limit(world: World, run_bot: RunBot):
    """The limits are checked before the engine runs: 150 DMs cost 8 answers' work."""
    async with run_bot() as bot:
        calls = []
        answer = bot.engine.answer

        def counted(*args, **kwargs):
            calls.append(args)
            return answer(*args, **kwargs)

        bot.engine.answer = counted  # type: ignore[method-assign]
        for number in range(150):
            await world.fake.send_dm(world.bob, f"who plays Irene? {number}")
        await world.fake.wait_for_messages(bot.settings.user_rate + 1)
        await asyncio.sleep(0.5)
    assert len(calls) == bot.settings.user_rate


# Every markdown character Discord reads, one after another: none may survive unescaped.
MARKDOWN_TRICK = (
    "[x] **who** plays ||irene|| [free nitro](https://evil.example) `code` > # __u__ ~~s~~"
)


async def test_the_echoed_question_shows_markdown_as_typed(world: World, run_bot: RunBot):
    async with run_bot() as bot:
        await world.fake.send_message(
            world.general, world.alice, f"<@{bot.user.id}> {MARKDOWN_TRICK}"
        )
        [reply] = await world.fake.wait_for_messages(1)
    title = reply.embeds[0]["title"]
    unescaped = re.findall(r"(?<!\\)[*_~`|>#\[\]()]", title.replace("\\\\", ""))
    assert unescaped == [], title
    assert title.replace("\\", "") == MARKDOWN_TRICK  # the words themselves are kept


DEADLINE = 3.0  # seconds Discord gives an interaction's first response


async def test_a_dm_flood_does_not_make_slash_commands_miss_their_deadline(
    world: World, run_bot: RunBot
):
    """300 long, costly DMs from one person beside 100 `/ask` from 100 others: the flood
    costs its sender's allowance only, and every `/ask` is answered within Discord's
    deadline (before the limits came first and the work was bounded, all 100 missed it)."""
    world.fake.interaction_deadline = DEADLINE
    crafted = " , ".join(["who plays irene and who dies and el final e quien muere"] * 12)
    askers = []
    for number in range(100):
        fan = world.fake.add_user(f"fan{number}")
        world.fake.add_member(world.guild, fan)
        askers.append(fan)
    async with run_bot(channel_rate=1000):
        flood = [world.fake.send_dm(world.bob, f"{crafted} {n}") for n in range(300)]
        asks = [
            world.fake.send_slash_command(
                "ask", {"question": "who plays Irene?"}, user=fan, channel=world.general
            )
            for fan in askers
        ]
        sent = await asyncio.gather(*flood, *asks)
        interactions = sent[len(flood) :]
        responses = [
            await world.fake.wait_for_interaction_response(i.id, timeout=15) for i in interactions
        ]
    late = [
        round(r.request.timestamp - i.dispatched_at, 2)
        for i, r in zip(interactions, responses, strict=True)
        if r.request.status != 200 or r.request.timestamp - i.dispatched_at >= DEADLINE
    ]
    assert late == []
