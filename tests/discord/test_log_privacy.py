"""`somos-bot run` at DEBUG, as shipped: its log holds no token and none of the words people
wrote, yet still tells what happened (event names, ids, routes)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.discord.conftest import TOKEN, World
from tests.discord.process import running

MESSAGE_WORDS = "quokkas-in-allende-7731"
OPTION_WORDS = "narwhal-at-the-ranch-4419"


async def test_a_debug_log_holds_no_token_and_no_ones_words(world: World, tmp_path: Path):
    async with running(world.fake, TOKEN, tmp_path, LOG_LEVEL="DEBUG") as run:
        mention = f"<@{world.fake.bot_user.id}>"
        message = await world.fake.send_message(
            world.general, world.alice, f"{mention} who plays Irene? {MESSAGE_WORDS}"
        )
        [reply] = await world.fake.wait_for_messages(1, timeout=10)
        interaction = await world.fake.send_slash_command(
            "ask", {"question": f"who plays Chema? {OPTION_WORDS}"},
            user=world.alice, channel=world.general,
        )  # fmt: skip
        response = await world.fake.wait_for_interaction_response(interaction.id, timeout=10)
        await asyncio.sleep(0.5)  # the bot logs the response it got back
        await run.stop()
    log, code = run.output, run.code
    assert code == 0, log
    assert MESSAGE_WORDS in reply.embeds[0]["title"]  # the reply echoes it: that is logged too
    assert response.embeds and OPTION_WORDS in response.embeds[0]["title"]
    secrets = {
        "interaction token": interaction.token,
        "bot token": TOKEN,
        "message": MESSAGE_WORDS,
        "slash command option": OPTION_WORDS,
    }
    assert [name for name, secret in secrets.items() if secret in log] == []
    # Still a useful log: the events, their ids and the routes called are all there.
    for kept in ("MESSAGE_CREATE", "INTERACTION_CREATE", "[redacted]", "/callback"):
        assert kept in log
    assert str(message["id"]) in log and str(interaction.id) in log
    assert "Traceback" not in log
