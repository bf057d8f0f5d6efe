"""The nasty-input corpus, sent to the running bot: one safe, valid reply to each.

The fake rejects what Discord would (over-long text, bad embeds), so a reply
that reaches it is one Discord would have accepted.
"""

from __future__ import annotations

import re

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
