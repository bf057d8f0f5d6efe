"""How the bot replies in a server: flood control, duplicates, buttons, listening, no embeds."""

from __future__ import annotations

import asyncio

from tests.discord.conftest import RunBot, World
from tests.fake_discord import DEFAULT_PERMISSIONS

VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14


async def test_over_the_rate_limit_one_notice_then_silence(world: World, run_bot: RunBot):
    async with run_bot(user_rate=2, user_window=60.0):
        for number in (1, 2, 3, 4, 5):
            await world.fake.send_dm(world.alice, f"episode {number}")
        replies = await world.fake.wait_for_messages(3)
        await world.fake.send_dm(world.bob, "episode 6")  # others are not held back
        await world.fake.wait_for_messages(4)
    texts = [m.embeds[0]["description"] if m.embeds else m.content for m in replies]
    assert "The Lazy Herd" in texts[0] and "A Mouth Full of Flies" in texts[1]
    assert "asking quickly" in texts[2]
    assert len(world.fake.sent_messages) == 4


async def test_busy_channel_one_notice_then_silence_other_channels_unaffected(
    world: World, run_bot: RunBot
):
    askers = [world.fake.add_user(f"fan{n}") for n in range(4)]
    for asker in askers:
        world.fake.add_member(world.guild, asker)
    async with run_bot(channel_rate=2, channel_window=60.0) as bot:
        me = bot.user.id
        for number, asker in enumerate(askers, start=1):
            await world.fake.send_message(world.general, asker, f"<@{me}> episode {number}")
            await world.fake.wait_for_messages(min(number, 3))
        await world.fake.send_message(world.quiet, askers[3], f"<@{me}> episode 6")
        replies = await world.fake.wait_for_messages(4)
    texts = [m.embeds[0]["description"] if m.embeds else m.content for m in replies]
    assert "The Lazy Herd" in texts[0] and "A Mouth Full of Flies" in texts[1]
    assert "Lots of questions here" in texts[2]
    assert replies[3].channel_id == world.quiet.id
    assert len(world.fake.sent_messages) == 4


async def test_same_answer_moments_ago_gets_a_pointer(world: World, run_bot: RunBot):
    async with run_bot() as bot:
        me = bot.user.id
        await world.fake.send_message(world.general, world.alice, f"<@{me}> who plays irene")
        [first] = await world.fake.wait_for_messages(1)
        await world.fake.send_message(world.general, world.bob, f"<@{me}> who plays Irene??")
        [_, pointer] = await world.fake.wait_for_messages(2)
    assert not pointer.embeds
    assert "just a moment ago" in pointer.content
    assert f"/channels/{world.guild.id}/{world.general.id}/{first.id}" in pointer.content


async def test_suggestion_buttons_only_work_for_the_asker(world: World, run_bot: RunBot):
    async with run_bot() as bot:
        me = bot.user.id
        await world.fake.send_message(world.general, world.alice, f"<@{me}> population of allende")
        [offer] = await world.fake.wait_for_messages(1)
        [row] = offer.payload["components"]
        button = row["components"][0]
        stranger = await world.fake.send_component_interaction(
            offer, button["custom_id"], user=world.bob
        )
        refusal = await world.fake.wait_for_interaction_response(stranger.id)
        asker = await world.fake.send_component_interaction(
            offer, button["custom_id"], user=world.alice
        )
        picked = await world.fake.wait_for_interaction_response(asker.id)
    assert "Did you mean" in offer.payload["embeds"][0]["description"]
    assert refusal.ephemeral and "person who asked" in refusal.content
    assert picked.type == 7  # the offer is edited into the answer
    assert "Allende" in picked.embeds[0]["description"]
    assert picked.data.get("components") == []


async def test_suggestion_buttons_answer_after_a_restart_still_only_for_the_asker(
    world: World, run_bot: RunBot
):
    async with run_bot() as bot:
        me = bot.user.id
        await world.fake.send_message(world.general, world.alice, f"<@{me}> population of allende")
        [offer] = await world.fake.wait_for_messages(1)
    [row] = offer.payload["components"]
    buttons = row["components"]
    assert all(b["custom_id"].startswith(f"somos:ask:{world.alice.id}:en:") for b in buttons)
    async with run_bot():  # a new process: nothing of the old one's views survives
        stranger = await world.fake.send_component_interaction(
            offer, buttons[0]["custom_id"], user=world.bob
        )
        refusal = await world.fake.wait_for_interaction_response(stranger.id)
        asker = await world.fake.send_component_interaction(
            offer, buttons[0]["custom_id"], user=world.alice
        )
        picked = await world.fake.wait_for_interaction_response(asker.id)
    assert refusal.ephemeral and "person who asked" in refusal.content
    assert picked.type == 7  # the offer is edited into the answer
    assert picked.embeds[0]["title"] == buttons[0]["label"]
    assert "Allende" in picked.embeds[0]["description"]
    assert world.fake.messages[offer.id]["components"] == []


async def test_listening_channel_answers_confident_questions_only(world: World, run_bot: RunBot):
    async with run_bot(
        listen_channel_ids=frozenset({world.general.id}), answer_unaddressed=True,
        message_content=True,
    ):  # fmt: skip
        await world.fake.send_message(world.general, world.alice, "lol what a day")
        await world.fake.send_message(world.general, world.alice, "hello everyone")
        await world.fake.send_message(world.quiet, world.alice, "who plays irene?")
        await world.fake.send_message(world.general, world.bob, "who plays chema?")
        [reply] = await world.fake.wait_for_messages(1)
    assert world.fake.identifies[0].intents & (1 << 15)  # asked for message content
    assert reply.channel_id == world.general.id
    assert "Everardo Arzate" in reply.embeds[0]["description"]
    assert len(world.fake.sent_messages) == 1


async def test_plain_text_where_embeds_are_not_allowed(world: World, run_bot: RunBot):
    no_embeds = DEFAULT_PERMISSIONS & ~EMBED_LINKS
    guild = world.fake.add_guild(
        "No embeds", everyone_permissions=no_embeds, bot_permissions=no_embeds
    )
    channel = world.fake.add_channel(guild, "plain")
    world.fake.add_member(guild, world.alice)
    async with run_bot() as bot:
        await world.fake.send_message(channel, world.alice, f"<@{bot.user.id}> is there a season 2")
        [reply] = await world.fake.wait_for_messages(1)
    assert not reply.embeds
    assert "neither renewed nor cancelled" in reply.content
    assert "-# Source:" in reply.content and "as of June 2022" in reply.content


async def test_only_view_and_send_needed_read_history_only_for_threading_replies(
    world: World, run_bot: RunBot, caplog
):
    send_only = VIEW_CHANNEL | SEND_MESSAGES
    read_only = VIEW_CHANNEL
    spots = {}
    for name, permissions in (("send only", send_only), ("read only", read_only)):
        guild = world.fake.add_guild(name, everyone_permissions=0, bot_permissions=permissions)
        spots[name] = world.fake.add_channel(guild, "room")
        world.fake.add_member(guild, world.alice)
    async with run_bot() as bot:
        me = bot.user.id
        await world.fake.send_message(spots["read only"], world.alice, f"<@{me}> who plays irene")
        await world.fake.send_message(spots["send only"], world.alice, f"<@{me}> who plays irene")
        [reply] = await world.fake.wait_for_messages(1)
        await asyncio.sleep(0.2)
    assert reply.channel_id == spots["send only"].id
    assert "Iliana Donatlán" in reply.content  # plain text: no Embed Links either
    assert reply.reference_id is None
    assert len(world.fake.sent_messages) == 1
    assert not [request for request in world.fake.requests if request.status == 403]
    assert not [record for record in caplog.records if record.levelname == "ERROR"]
