"""Speaking up only when asked, through the real client against the fake Discord API.

In a listening channel with unaddressed answers on, the bot must answer none of the
fan-chat corpus and nearly all answerable questions of the banks; without the Message
Content intent Discord delivers those messages empty, and it must stay silent.
"""

from __future__ import annotations

import asyncio

from bot.engine import Engine
from tests.banks.check import load_bank, load_chatter
from tests.discord.conftest import RunBot, World

ANSWERABLE_BANKS = ("en.toml", "es.toml", "chat_en.toml", "chat_es.toml", "terse.toml")
REQUIRED_SHARE = 0.90
# Generous limits: this measures what the bot chooses to answer, not flood control.
OPEN_LIMITS = {"user_rate": 100_000, "channel_rate": 100_000}


async def _replies_to(world: World, lines: list[str]) -> dict[int, str]:
    """Send each line unaddressed, each from another fan (as in a busy channel, where a
    line is nobody's follow-up), then one mention to know all were read; the replies
    to the unaddressed lines, by the index of the line they answer."""
    sent: dict[int, int] = {}
    for index, line in enumerate(lines):
        fan = world.fake.add_user(f"fan{index}")
        world.fake.add_member(world.guild, fan)
        message = await world.fake.send_message(world.general, fan, line)
        sent[int(message["id"])] = index
    bot_id = world.fake.bot_user.id
    marker = await world.fake.send_message(
        world.general, world.bob, f"<@{bot_id}> who plays Irene?"
    )
    await world.fake.wait_until(
        lambda: any(m.reference_id == int(marker["id"]) for m in world.fake.sent_messages),
        timeout=120,
        what="the reply to the mention",
    )
    await asyncio.sleep(0.2)
    replies = {}
    for reply in world.fake.sent_messages:
        if reply.reference_id in sent:
            text = reply.embeds[0]["description"] if reply.embeds else reply.content
            replies[sent[reply.reference_id]] = text
    return replies


async def test_fan_chatter_is_never_answered(world: World, run_bot: RunBot):
    chatter = load_chatter()
    async with run_bot(
        listen_channel_ids=frozenset({world.general.id}),
        answer_unaddressed=True,
        message_content=True,
        **OPEN_LIMITS,
    ):
        replies = await _replies_to(world, chatter)
    assert not replies, "\n".join(f"{chatter[i]!r} -> {text!r}" for i, text in replies.items())


async def test_answerable_questions_are_answered_unaddressed(
    world: World, run_bot: RunBot, engine: Engine
):
    """Of the bank questions the bot answers when asked directly, the share it also
    answers when nobody addressed it."""
    questions = [
        q.text
        for name in ANSWERABLE_BANKS
        for q in load_bank(name)
        if not q.declined and not engine.answer(q.text).declined
    ]
    async with run_bot(
        listen_channel_ids=frozenset({world.general.id}),
        answer_unaddressed=True,
        message_content=True,
        **OPEN_LIMITS,
    ):
        replies = await _replies_to(world, questions)
    share = len(replies) / len(questions)
    print(f"answered unaddressed: {len(replies)}/{len(questions)} ({share:.1%})")
    assert share >= REQUIRED_SHARE


async def test_without_the_intent_unaddressed_messages_get_no_reply(world: World, run_bot: RunBot):
    lines = ["is there a season 2?", "watching ep 2 now", "who plays Irene?", "hi"]
    async with run_bot(
        listen_channel_ids=frozenset({world.general.id}), answer_unaddressed=True, **OPEN_LIMITS
    ):
        replies = await _replies_to(world, lines)
    assert not replies  # Discord gave the bot empty text: nothing to answer, no help
