"""Discord answering 503 (which discord.py does not retry): no reply lost, none doubled.

Half of the injected 503s come before Discord creates the message, half after
it did the work; the fake de-duplicates message creates by their enforced nonce,
as Discord does, so a retry that reuses the nonce cannot post a second reply.
"""

from __future__ import annotations

import logging
from collections import Counter

import pytest

from bot.engine import Engine
from tests.discord.conftest import RunBot, World

MESSAGES = "/channels/{channel_id}/messages"
CALLBACK = "/interactions/{interaction_id}/{token}/callback"
QUICK_RETRIES = (0.05, 0.1, 0.2)  # the shipped delays are 0.5, 1 and 2 s: same number of tries
QUESTIONS = [
    "who plays Irene?",
    "what is episode 1 called",
    "what is episode 2 called",
    "what is episode 3 called",
    "what is episode 4 called",
    "what is episode 5 called",
    "what is episode 6 called",
    "when did it come out",
    "will there be a season 2",
    "who made it",
    "what is it about",
    "who plays Chuy?",
    "who plays Doña Chayo?",
    "who plays Benjamín?",
    "how many episodes are there",
    "who wrote it",
    "what did the review say",
    "is it on netflix",
    "who directed it",
    "what is it based on",
]


async def test_a_burst_of_503s_loses_and_doubles_no_reply(
    world: World, run_bot: RunBot, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    fake = world.fake
    people = [fake.add_user(f"fan{n}") for n in range(len(QUESTIONS))]
    for person in people:
        fake.add_member(world.guild, person)
    rules = [  # 40 in a row, alternating: refused, then created but reported failed
        fake.faults.fail_next("POST", MESSAGES, status=503, after=n % 2 == 1) for n in range(40)
    ]
    async with run_bot(send_retry_delays=QUICK_RETRIES) as bot:
        assert bot.user is not None
        asked: dict[int, str] = {}
        for person, question in zip(people, QUESTIONS, strict=True):
            channel = world.general if len(asked) % 2 else world.quiet
            sent = await fake.send_message(channel, person, f"<@{bot.user.id}> {question}")
            asked[int(sent["id"])] = question

        def replies() -> Counter[int]:
            return Counter(m.reference_id for m in fake.sent_messages if m.reference_id)

        await fake.wait_until(lambda: set(replies()) >= set(asked), timeout=10, what="replies")
        await fake.wait_until(lambda: all(rule.exhausted for rule in rules), what="all faults")
    counts = replies()
    assert set(counts) == set(asked), f"{len(set(asked) - set(counts))} questions unanswered"
    assert all(count == 1 for count in counts.values()), "a question answered twice"
    for message in fake.sent_messages:
        if message.embeds:  # else a pointer to the same answer given a moment ago
            question = asked[message.reference_id or 0]
            assert message.embeds[0]["description"] == engine.answer(question).text
    # Each reply that failed after it was created was asked for again with its nonce
    # and came back as the message already made, once.
    made = {message.payload["nonce"]: str(message.id) for message in fake.sent_messages}
    posts = fake.requests_to("POST", MESSAGES)
    failed_after = [post for post in posts if post.fault and "after" in post.fault]
    assert len(failed_after) == 20
    for failed in failed_after:
        nonce = failed.json["nonce"]
        again = [post for post in posts if post.json["nonce"] == nonce and post.status == 200]
        assert [post.response["id"] for post in again] == [made[nonce]]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


async def test_dropped_connections_lose_and_double_no_reply(
    world: World, run_bot: RunBot, caplog: pytest.LogCaptureFixture
) -> None:
    """A connection that drops before Discord answers (discord.py does not retry it),
    whether or not the message was made, in DMs and in a server."""
    caplog.set_level(logging.WARNING)
    fake = world.fake
    for n in range(6):
        fake.faults.fail_next("POST", MESSAGES, disconnect=True, after=n % 2 == 1)
    async with run_bot(send_retry_delays=QUICK_RETRIES) as bot:
        assert bot.user is not None
        asked = []
        for question in QUESTIONS[:6]:
            if len(asked) % 3 == 0:
                sent = await fake.send_dm(world.bob, question)
            else:
                sent = await fake.send_message(
                    world.general, world.alice, f"<@{bot.user.id}> {question}"
                )
            asked.append(int(sent["id"]))

        def replies() -> Counter[int]:
            return Counter(m.reference_id for m in fake.sent_messages if m.reference_id)

        await fake.wait_until(lambda: set(replies()) >= set(asked), timeout=10, what="replies")
        await fake.wait_until(lambda: all(r.exhausted for r in fake.faults.rules), what="faults")
    assert replies() == Counter(asked)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


async def test_a_slash_answer_that_arrived_despite_a_503_is_not_an_error(
    world: World, run_bot: RunBot, caplog: pytest.LogCaptureFixture
) -> None:
    """discord.py retries every 5xx of an interaction callback itself; when the first
    try had arrived, Discord refuses the second (40060): that is delivered, not a failure.
    """
    caplog.set_level(logging.WARNING)
    fake = world.fake
    rule = fake.faults.fail_next("POST", CALLBACK, status=503, after=True)
    async with run_bot(send_retry_delays=QUICK_RETRIES):
        record = await fake.send_slash_command(
            "ask", {"question": "who plays Irene?"}, user=world.alice, channel=world.general
        )
        await fake.wait_until(lambda: rule.exhausted, what="the fault")
        callbacks = lambda: fake.requests_to("POST", CALLBACK)  # noqa: E731
        await fake.wait_until(lambda: len(callbacks()) >= 2, timeout=5, what="the retry")
        await fake.wait_until(lambda: all(c.status for c in callbacks()), what="answers")
    [response] = fake.interactions[record.id].responses
    assert "Irene" in response.data["embeds"][0]["description"]
    assert [c.status for c in callbacks()] == [503, 400]
    assert not fake.interactions[record.id].followups
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
