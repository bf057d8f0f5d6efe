"""`somos-bot run` exactly as shipped: a separate process, pointed at the fake by settings."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.knowledge import DEFAULT_DIR
from tests.discord.conftest import TOKEN, World
from tests.discord.process import run_environment, running
from tests.fake_discord import FakeDiscord
from tests.fake_discord.models import INTENT_MESSAGE_CONTENT

MANAGE_GUILD = 1 << 5


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
async def test_run_answers_a_mention_logs_no_token_and_stops_cleanly(
    world: World, tmp_path: Path, stop: signal.Signals
):
    async with running(world.fake, TOKEN, tmp_path, LOG_LEVEL="DEBUG") as run:
        bot_id = world.fake.bot_user.id
        await world.fake.send_message(world.general, world.alice, f"<@{bot_id}> who plays Irene?")
        [reply] = await world.fake.wait_for_messages(1, timeout=10)
        await run.stop(stop)  # "within a few seconds"
    output, code = run.output, run.code
    assert "Iliana Donatlán" in reply.embeds[0]["description"]
    assert code == 0, output
    assert "discord.gateway" in output  # setup_logging is on, at the level asked
    assert TOKEN not in output
    assert "Traceback" not in output


async def test_run_with_a_rejected_token_says_so(world: World, tmp_path: Path):
    env = run_environment(world.fake, "not-the-right-token", tmp_path / "run.sqlite3")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 2
    assert "rejected the token" in err.decode()
    assert "not-the-right-token" not in (out + err).decode()
    assert "Traceback" not in err.decode()


def test_run_without_a_token_explains_how_to_get_one(tmp_path: Path):
    env = {key: value for key, value in os.environ.items() if key != "DISCORD_TOKEN"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "DISCORD_TOKEN" in result.stderr and ".env" in result.stderr


def test_run_with_a_broken_fact_file_does_not_start(tmp_path: Path):
    facts = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, facts)
    episodes = facts / "episodes.toml"
    episodes.write_text(episodes.read_text(encoding="utf-8").replace("number = 2\n", ""))
    env = {**os.environ, "DISCORD_TOKEN": TOKEN, "SOMOS_KNOWLEDGE_DIR": str(facts)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("somos-bot run: knowledge/episodes.toml: episode[2].number")
    assert "Traceback" not in result.stderr


async def test_no_server_setting_makes_the_bot_ask_for_a_privileged_intent(
    world: World, run_bot, tmp_path: Path
):
    """One server's admin turning on unaddressed answers must not change the process's
    intents: where Discord refuses Message Content, that would stop the bot everywhere."""
    async with run_bot() as bot:
        await bot.store.update(world.guild.id, listen_channels={world.general.id})
        await bot.store.update(world.guild.id, answer_unaddressed=True)
    async with run_bot() as restarted:
        assert not restarted.intents.message_content
    assert not any(
        (record.intents or 0) & INTENT_MESSAGE_CONTENT for record in world.fake.identifies
    )


async def test_run_without_the_approved_intent_starts_without_it_and_says_so(tmp_path: Path):
    async with FakeDiscord(expected_token=TOKEN, disallowed_intents=INTENT_MESSAGE_CONTENT) as fake:
        guild = fake.add_guild("Somos fans")
        general = fake.add_channel(guild, "general")
        alice = fake.add_user("alice")
        fake.add_member(guild, alice)
        async with running(fake, TOKEN, tmp_path, MESSAGE_CONTENT_INTENT="true") as run:
            # the refused IDENTIFY is not recorded: the one awaited is the second
            await fake.send_message(general, alice, f"<@{fake.bot_user.id}> who plays Irene?")
            [reply] = await fake.wait_for_messages(1, timeout=10)
            await run.stop()
    output, code = run.output, run.code
    assert code == 0, output
    assert "Iliana Donatlán" in reply.embeds[0]["description"]
    assert output.count("refused the Message Content intent") == 1
    assert "Traceback" not in output
    assert [(r.intents or 0) & INTENT_MESSAGE_CONTENT for r in fake.identifies] == [0]


async def test_unaddressed_mode_is_refused_without_the_intent(world: World, run_bot):
    async with run_bot() as bot:
        refused = await world.fake.send_slash_command(
            "settings unaddressed", {"enabled": True}, user=world.alice,
            channel=world.general, permissions=MANAGE_GUILD,
        )  # fmt: skip
        reply = await world.fake.wait_for_interaction_response(refused.id)
        assert not bot.guild_settings(world.guild.id).answer_unaddressed
    assert "Message Content" in reply.content and reply.ephemeral
    async with run_bot(message_content=True) as bot:
        accepted = await world.fake.send_slash_command(
            "settings unaddressed", {"enabled": True}, user=world.alice,
            channel=world.general, permissions=MANAGE_GUILD,
        )  # fmt: skip
        # acknowledged at once, saved, then shown in a follow-up
        await world.fake.wait_for_interaction(accepted.id, lambda r: bool(r.followups))
        assert bot.guild_settings(world.guild.id).answer_unaddressed
