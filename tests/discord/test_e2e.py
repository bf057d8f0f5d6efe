"""The bot, unmodified, against a fake Discord API on 127.0.0.1, through discord.py itself."""

from __future__ import annotations

import asyncio
import logging
import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.knowledge import DEFAULT_DIR
from tests.discord.conftest import OWNER_ID, TOKEN, RunBot, World

MANAGE_GUILD = 1 << 5
SLASH_COMMANDS = {"ask", "episode", "episodes", "cast", "release", "renewal", "review", "about",
                  "help", "settings"}  # fmt: skip


def description(message) -> str:
    [embed] = message.embeds
    return embed["description"]


def assert_pings_no_one(payload: dict) -> None:
    mentions = payload.get("allowed_mentions")
    assert mentions is not None, payload
    assert mentions.get("parse") == [] and not mentions.get("users") and not mentions.get("roles")
    assert not mentions.get("replied_user")


async def test_mention_is_answered_with_the_engines_text(
    world: World, run_bot: RunBot, engine: Engine
):
    async with run_bot() as bot:
        me = bot.user.id
        await world.fake.send_message(world.general, world.alice, f"<@{me}> who plays Irene?")
        [reply] = await world.fake.wait_for_messages(1)
    assert description(reply) == engine.answer("who plays Irene?").text
    assert "Iliana Donatlán" in description(reply)
    assert reply.embeds[0]["footer"]["text"].startswith("Source:")
    assert reply.payload["message_reference"]["fail_if_not_exists"] is False
    assert_pings_no_one(reply.payload)


async def test_a_spanish_answer_names_its_source_in_spanish(world: World, run_bot: RunBot):
    async with run_bot() as bot:
        me = bot.user.id
        await world.fake.send_message(
            world.general, world.alice, f"<@{me}> quien interpreta a Irene?"
        )
        [reply] = await world.fake.wait_for_messages(1)
    footer = reply.embeds[0]["footer"]["text"]
    assert footer.startswith("Fuente:") and ("la reseña" in footer or "el artículo" in footer)


async def test_dm_is_answered(world: World, run_bot: RunBot, engine: Engine):
    async with run_bot():
        await world.fake.send_dm(world.alice, "is there a season 2?")
        [reply] = await world.fake.wait_for_messages(1)
    assert description(reply) == engine.answer("is there a season 2?").text
    assert "as of June 2022" in reply.embeds[0]["footer"]["text"]


async def test_prefix_commands_with_the_message_content_intent(
    world: World, run_bot: RunBot, engine: Engine
):
    async with run_bot(message_content=True):
        await world.fake.send_message(world.general, world.alice, "!ask who plays chema")
        await world.fake.send_message(world.general, world.bob, "!episode 3")
        first, second = await world.fake.wait_for_messages(2)
    assert description(first) == engine.answer("who plays chema").text
    assert "Tell the Moon to Come" in description(second)
    assert world.fake.identifies[0].intents & (1 << 15)


async def test_mention_prefix_and_dm_commands_need_no_privileged_intent(
    world: World, run_bot: RunBot
):
    async with run_bot() as bot:
        await world.fake.send_message(world.general, world.alice, f"<@{bot.user.id}> episode 3")
        await world.fake.send_dm(world.bob, "!cast irene")
        first, second = await world.fake.wait_for_messages(2)
    assert "Tell the Moon to Come" in description(first)
    assert "Iliana Donatlán" in description(second)
    assert not world.fake.identifies[0].intents & (1 << 15)


async def test_unaddressed_chatter_is_ignored_by_default(world: World, run_bot: RunBot):
    async with run_bot():
        await world.fake.send_message(world.general, world.alice, "who plays irene?")
        await world.fake.send_dm(world.bob, "ep 1")
        [reply] = await world.fake.wait_for_messages(1)
    assert reply.channel_id != world.general.id  # only the DM got a reply


async def test_slash_commands_registered_in_the_dev_guild(world: World, run_bot: RunBot):
    async with run_bot():
        names = {command["name"] for command in world.fake.commands(world.guild)}
    assert names >= SLASH_COMMANDS
    assert not world.fake.commands(None)  # never a global sync on start


async def test_slash_command_and_autocomplete(world: World, run_bot: RunBot, engine: Engine):
    async with run_bot():
        asked = await world.fake.send_slash_command(
            "ask", {"question": "who created it?"}, user=world.alice, channel=world.general
        )
        response = await world.fake.wait_for_interaction_response(asked.id)
        typed = await world.fake.send_autocomplete(
            "episode", {"episode": "wolv"}, "episode", user=world.alice, channel=world.general
        )
        choices = (await world.fake.wait_for_interaction_response(typed.id)).choices
    assert response.embeds[0]["description"] == engine.answer("who created it?").text
    assert 1 <= len(choices) <= 25
    assert choices[0] == {"name": "4. A Walk with Wolves", "value": "4"}


async def test_settings_changed_by_admin_refused_for_others_and_kept(world: World, run_bot: RunBot):
    async with run_bot() as bot:
        refused = await world.fake.send_slash_command(
            "settings listen",
            {"channel": world.quiet},
            user=world.bob,
            channel=world.general,
            permissions=0,
        )
        refusal = await world.fake.wait_for_interaction_response(refused.id)
        changed = await world.fake.send_slash_command(
            "settings listen",
            {"channel": world.quiet},
            user=world.alice,
            channel=world.general,
            permissions=MANAGE_GUILD,
        )
        await world.fake.wait_for_interaction(changed.id, lambda r: bool(r.followups))
        assert bot.guild_settings(world.guild.id).listen_channels == {world.quiet.id}
    assert "Manage Server" in refusal.content and refusal.ephemeral
    async with run_bot() as restarted:
        assert restarted.guild_settings(world.guild.id).listen_channels == {world.quiet.id}


async def test_other_bots_and_itself_are_ignored(world: World, run_bot: RunBot):
    async with run_bot() as bot:
        me = bot.user.id
        await world.fake.send_message(world.general, world.other_bot, f"<@{me}> who plays irene")
        # Nor a bot's command, or its DM: no message of a bot reaches a handler.
        await world.fake.send_message(world.general, world.other_bot, "!episodes")
        await world.fake.send_message(world.general, world.other_bot, f"<@{me}> help")
        await world.fake.send_dm(world.other_bot, "who plays chema")
        hook = {"webhook_id": "1234"}
        await world.fake.send_message(world.general, world.bob, f"<@{me}> ep 1", extra=hook)
        await world.fake.send_message(world.general, world.alice, f"<@{me}> ep 2")
        replies = await world.fake.wait_for_messages(1)
    assert len(world.fake.sent_messages) == 1
    assert "A Mouth Full of Flies" in description(replies[0])


async def test_everyone_in_a_question_never_pings(world: World, run_bot: RunBot):
    async with run_bot() as bot:
        me = bot.user.id
        question = (
            f"<@{me}> @everyone @here <@&{world.guild.id}> <@{world.bob.id}> who plays **chema**"
        )
        await world.fake.send_message(world.general, world.alice, question)
        [reply] = await world.fake.wait_for_messages(1)
    assert_pings_no_one(reply.payload)
    title = reply.embeds[0]["title"]
    assert "@everyone" not in title.replace("@\u200beveryone", "")
    assert "**" not in title.replace("\\*", "")


async def test_token_never_logged(world: World, run_bot: RunBot, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    async with run_bot() as bot:
        await world.fake.send_message(world.general, world.alice, f"<@{bot.user.id}> hi")
        await world.fake.wait_for_messages(1)
    assert caplog.records
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(bot.settings)


async def test_two_shards_identify(world: World, run_bot: RunBot):
    async with run_bot(shard_count=2):
        identifies = await world.fake.wait_for_identifies(2)
    assert sorted(tuple(record.shard) for record in identifies) == [(0, 2), (1, 2)]


async def test_owner_only_sync(world: World, run_bot: RunBot):
    owner = world.fake.users[OWNER_ID]
    async with run_bot() as bot:
        await world.fake.send_message(world.general, world.alice, f"<@{bot.user.id}> sync")
        await world.fake.send_message(world.general, owner, f"<@{bot.user.id}> sync")
        refusal, done = await world.fake.wait_for_messages(2)
    assert "owner" in refusal.content
    assert "everywhere" in done.content
    assert world.fake.commands(None)


async def test_owner_reloads_facts_bad_files_keep_the_old_ones(
    world: World, run_bot: RunBot, tmp_path: Path
):
    facts = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, facts)
    cast = facts / "cast.toml"
    original = cast.read_text(encoding="utf-8")
    owner = world.fake.users[OWNER_ID]
    async with run_bot(knowledge_dir=facts) as bot:
        me = bot.user.id

        async def say(author, text: str) -> str:
            before = len(world.fake.sent_messages)
            await world.fake.send_message(world.general, author, f"<@{me}> {text}")
            reply = (await world.fake.wait_for_messages(before + 1))[-1]
            return reply.embeds[0]["description"] if reply.embeds else reply.content

        cast.write_text(original.replace('sources = ["article"]', 'sources = ["blog"]', 1))
        refused = await say(world.alice, "reload")
        failed = await say(owner, "reload")
        still = await say(world.bob, "who plays irene")
        cast.write_text(original.replace("Iliana Donatlán", "Iliana Renamed"))
        done = await say(owner, "reload")
        renamed = await say(world.bob, "who plays Irene?")
    assert "owner" in refused
    assert "Kept the facts" in failed
    shown = failed.replace("\\", "")  # markdown characters in the path come escaped
    assert "knowledge/cast.toml: cast[1].sources: unknown source id 'blog'" in shown
    assert "Iliana Donatlán" in still
    assert done.startswith("Reloaded the facts: 6 episodes")
    assert "Iliana Renamed" in renamed


async def test_a_server_not_loaded_yet_is_not_mistaken_for_a_dm(world: World, run_bot: RunBot):
    async with run_bot() as bot:
        unseen = world.fake.add_guild("Joined a moment ago")  # no GUILD_CREATE sent yet
        room = world.fake.add_channel(unseen, "general")
        world.fake.add_member(unseen, world.alice)
        await world.fake.send_message(room, world.alice, "who plays irene")
        await world.fake.send_message(room, world.alice, f"<@{bot.user.id}> who plays irene")
        [reply] = await world.fake.wait_for_messages(1)
        await asyncio.sleep(0.2)
    assert len(world.fake.sent_messages) == 1
    assert "Iliana Donatlán" in description(reply)
